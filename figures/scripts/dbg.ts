import path from 'node:path';
import { model } from '../model';
import { loadOrBuildGeometry } from '../render/geometry-cache';
import { defaultCacheDir, figureKeys } from '../render/keys';
import { boneInteriors } from '../render/checks';
import { partMesh } from '../render/bone-geometry';
import { meshBounds } from '../render/mesh';
const ROOT = path.resolve(__dirname, '..', '..');
const { geometry } = loadOrBuildGeometry(model, defaultCacheDir(ROOT), figureKeys(ROOT).geometry);
const { grid, inside } = boneInteriors(model, 0.0015, 0.0015);
const m = geometry.muscles.get('piriformis')!;
const P = m.positions;
for (let i = 0; i < P.length; i += 3) {
  const x = P[i]!, y = P[i + 1]!, z = P[i + 2]!;
  const a = Math.round((x - grid.origin[0]) / grid.spacing), b = Math.round((y - grid.origin[1]) / grid.spacing), c = Math.round((z - grid.origin[2]) / grid.spacing);
  if (inside[a + grid.nx * (b + grid.ny * c)] !== 1) continue;
  const hits = model.bones.flatMap((bone) => bone.parts.filter((p) => { const [x0, y0, z0, x1, y1, z1] = meshBounds(partMesh(p)); return x >= x0 && x <= x1 && y >= y0 && y <= y1 && z >= z0 && z <= z1; }).map((p) => `${bone.id}:${p.label}`));
  console.log([x, y, z].map((v) => v.toFixed(4)).join(','), hits.join(' | '));
}
