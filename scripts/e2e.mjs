// Browser tests: export the real atlas to e2e-site-out/ (for the journeys in e2e/site/, which need
// the whole atlas) and the fixture atlas (with generated pictures) to e2e-out/, then run Playwright
// against both in Debian's Chromium. The real site in out/ is left alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Runs a command; false (with the exit code set) when it fails. */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status === 0) return true;
  process.exitCode = result.status ?? 1;
  return false;
}

const fixture = {
  CONTENT_DIR: 'e2e/fixtures/atlas',
  IMAGE_BASE_URL: '/e2e-images/',
  SITE_URL: 'http://127.0.0.1:3210',
  ATLAS_OUT_DIR: 'e2e-out',
};

const site = { SITE_URL: 'http://127.0.0.1:3211', ATLAS_OUT_DIR: 'e2e-site-out' };

// Each export gets its security headers (serve.json and each page's <meta> policy), as `npm run build`
// gives out/ its own: the browser tests run the site under them.
const built =
  run('npx', ['next', 'build'], site) &&
  run('node', ['scripts/security-headers.mjs', site.ATLAS_OUT_DIR]) &&
  run('node', ['scripts/e2e-images.mjs']) &&
  run('npx', ['next', 'build'], fixture) &&
  run('node', ['scripts/security-headers.mjs', fixture.ATLAS_OUT_DIR]);
// The fixture's pictures must never reach the real site's export.
fs.rmSync('public/e2e-images', { recursive: true, force: true });
if (built) run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
