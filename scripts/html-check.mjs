// Valid HTML: the W3C Nu Html Checker (npm vnu-jar, run with Java 17 or later) on every HTML page of
// an export. Prints each error as file:line:column: message, and fails on any.
//
// Its CSS checker lags behind browsers (it flags `paint-order`, for one), so the messages about CSS
// (those that begin "CSS:", from <style> elements and style attributes) are left out, and counted.
//
// Usage: node scripts/html-check.mjs [export-dir ...]   (default: out)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vnuJar from 'vnu-jar';

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['out'];
const JAVA = process.env.JAVA || 'java';

/** CSS messages: the checker's CSS grammar is older than the browsers'. */
const isCss = (message) => /^CSS: /.test(message.message ?? '');

let failed = false;
for (const dir of dirs) {
  if (!fs.existsSync(dir)) {
    console.error(`html-check: ${dir}/ does not exist: build the site first (npm run build)`);
    failed = true;
    continue;
  }
  const pages = fs.readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.html') && !String(file).startsWith('_next'));
  // One Java process for the whole folder: starting the checker costs more than checking a page.
  const run = spawnSync(JAVA, ['-Xss8m', '-jar', String(vnuJar), '--format', 'json', '--errors-only', '--skip-non-html', '--exit-zero-always', dir], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error || run.status !== 0) {
    console.error(`html-check: the Nu Html Checker did not run (${run.error?.message ?? `exit ${run.status}`}): it needs Java 17 or later (apt-get install -y default-jre-headless)\n${run.stderr ?? ''}`);
    failed = true;
    continue;
  }
  // With --format json the report goes to stderr.
  const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}');
  const errors = report.messages.filter((message) => message.type === 'error' || message.subType === 'fatal' || message.type === 'non-document-error');
  const shown = errors.filter((message) => !isCss(message));
  const where = (message) => {
    const file = message.url ? path.relative(process.cwd(), decodeURIComponent(new URL(message.url).pathname)) : dir;
    return `${file}:${message.lastLine ?? message.firstLine ?? 0}:${message.firstColumn ?? message.lastColumn ?? 0}`;
  };
  for (const message of shown) console.error(`${where(message)}: ${message.message}`);
  const files = new Set(shown.map((message) => message.url));
  const css = errors.length - shown.length;
  console.log(
    `html-check: ${dir}: ${pages.length} HTML pages, ${shown.length} error${shown.length === 1 ? '' : 's'}${shown.length > 0 ? ` in ${files.size} page${files.size === 1 ? '' : 's'}` : ''}` +
      (css > 0 ? ` (${css} CSS message${css === 1 ? '' : 's'} left out: the checker's CSS grammar lags behind browsers)` : ''),
  );
  if (shown.length > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
