import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export function sha256(...parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\0');
  }
  return h.digest('hex');
}

/** Every file under the given folders (recursively) whose name ends with one of `extensions`, sorted. */
export function listSources(roots: readonly string[], extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else if (extensions.some((e) => p.endsWith(e))) out.push(p);
  };
  for (const r of roots) walk(r);
  return out.sort();
}

/** A hash of the contents (and relative names) of files. */
export function hashFiles(files: readonly string[], base: string): string {
  return sha256(...files.flatMap((f) => [path.relative(base, f), readFileSync(f, 'utf8')]));
}
