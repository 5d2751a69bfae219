/**
 * Where muscles and tendons enter a bone: `npx tsx figures/scripts/penetrations.ts` lists every
 * vertex that check.ts counts as inside a bone (deeper than 1.5 mm), with the bone it is in and
 * how far it lies from that bone's surface. Uses the geometry cache of `npm run figures`.
 */
import path from 'node:path';
import { model } from '../model';
import { boneInteriors, distanceToMesh } from '../render/checks';
import { loadOrBuildGeometry } from '../render/geometry-cache';
import { defaultCacheDir, figureKeys } from '../render/keys';
import { TENDON_ANCHOR } from '../render/scene-geometry';

const ROOT = path.resolve(__dirname, '..', '..');
const { geometry } = loadOrBuildGeometry(model, defaultCacheDir(ROOT), figureKeys(ROOT).geometry);
const { grid, inside } = boneInteriors(model, 0.0015, 0.0015);
const at = (x: number, y: number, z: number): boolean => {
  const i = Math.round((x - grid.origin[0]) / grid.spacing);
  const j = Math.round((y - grid.origin[1]) / grid.spacing);
  const k = Math.round((z - grid.origin[2]) / grid.spacing);
  if (i < 0 || j < 0 || k < 0 || i >= grid.nx || j >= grid.ny || k >= grid.nz) return false;
  return inside[i + grid.nx * (j + grid.ny * k)] === 1;
};
const anchors = new Map(model.tendons.map((t) => [t.id, [t.path[0], t.path[t.path.length - 1]].filter((p) => p !== undefined)] as const));
for (const [id, mesh] of [...geometry.muscles, ...geometry.tendons]) {
  const P = mesh.positions;
  for (let i = 0; i < P.length; i += 3) {
    const x = P[i] ?? 0, y = P[i + 1] ?? 0, z = P[i + 2] ?? 0;
    if (!at(x, y, z)) continue;
    if ((anchors.get(id) ?? []).some((e) => Math.hypot(x - e[0], y - e[1], z - e[2]) < TENDON_ANCHOR)) continue;
    let bone = '';
    let best = Infinity;
    for (const [bid, bm] of geometry.bones) {
      const d = distanceToMesh(bm, [x, y, z]);
      if (d < best) [best, bone] = [d, bid];
    }
    console.log(`${id} at (${x.toFixed(4)}, ${y.toFixed(4)}, ${z.toFixed(4)}) in ${bone}, ${(best * 1000).toFixed(1)} mm deep`);
  }
}
