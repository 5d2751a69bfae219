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

/**
 * The TypeScript files a module runs, itself included: it and every file its relative imports
 * reach, transitively. Type-only imports (`import type`) are left out: they change no output.
 */
export function importClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      const target = path.resolve(path.dirname(file), match[1] ?? '');
      const found = [`${target}.ts`, `${target}.tsx`, path.join(target, 'index.ts'), target].find((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
      if (!found) throw new Error(`${path.relative(process.cwd(), file)}: cannot find the module '${match[1]}' it imports`);
      visit(found);
    }
  };
  for (const entry of entries) visit(path.resolve(entry));
  return [...seen].sort();
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
