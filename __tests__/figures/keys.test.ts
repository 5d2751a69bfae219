/** @jest-environment node */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importClosure } from '@/figures/render/hash';

describe('the modules a cache key covers', () => {
  it('follows relative imports and re-exports, leaving out type-only imports and packages', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'closure-'));
    mkdirSync(path.join(dir, 'lib'));
    const file = (name: string, text: string): string => {
      writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const entry = file('entry.ts', "import { b } from './b';\nimport type { C } from './c';\nimport sharp from 'sharp';\nexport * from './lib';\n");
    const b = file('b.ts', "import {\n  d,\n} from './d';\nexport const b = d;\n");
    file('c.ts', 'export type C = number;\n');
    const d = file('d.ts', 'export const d = 1;\n');
    const lib = file('lib/index.ts', "import '../b';\n");
    expect(importClosure([entry])).toEqual([b, d, entry, lib].sort());
  });

  it('names the file and the import it cannot find', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'closure-'));
    writeFileSync(path.join(dir, 'a.ts'), "import { x } from './missing';\n");
    expect(() => importClosure([path.join(dir, 'a.ts')])).toThrow(/a\.ts: cannot find the module '\.\/missing'/);
  });

  it('keeps the code that draws the pictures out of the scene geometry’s key', () => {
    const files = importClosure([path.resolve('figures/render/geometry-cache.ts')]).map((f) => path.relative(path.resolve('figures/render'), f));
    expect(files).toEqual(expect.arrayContaining(['scene-geometry.ts', 'muscle-volumes.ts', 'bone-geometry.ts', 'drawn-geometry.ts']));
    expect(files).not.toEqual(expect.arrayContaining(['render-view.ts']));
    expect(files.filter((f) => ['render-view.ts', 'rasterizer.ts', 'framing.ts', 'page-frame.ts'].includes(f))).toEqual([]);
  });
});
