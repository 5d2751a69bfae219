/**
 * The table of HEAD-LANDMARKS.md: `npx tsx figures/scripts/head-landmarks.ts` snaps every named
 * landmark of the head and neck (figures/model/bones/head.ts) to the nearest point of its bone's
 * blended surface and prints a Markdown table (coordinates in metres, the body frame).
 */
import { model } from '../model';
import { HEAD_LANDMARKS } from '../model/bones/head';
import { boneMesh } from '../render/bone-geometry';
import type { Mesh } from '../render/mesh';

const meshes = new Map<string, Mesh>();
const mm = (v: number): string => v.toFixed(3);
console.log('| landmark | bone | x | y | z | seed off surface (mm) |');
console.log('|---|---|---:|---:|---:|---:|');
for (const l of HEAD_LANDMARKS) {
  let mesh = meshes.get(l.bone);
  if (!mesh) {
    const bone = model.bones.find((b) => b.id === l.bone);
    if (!bone) throw new Error(`no bone ${l.bone}`);
    mesh = boneMesh(bone);
    meshes.set(l.bone, mesh);
  }
  const P = mesh.positions;
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < P.length; i += 3) {
    const d = Math.hypot((P[i] ?? 0) - l.at[0], (P[i + 1] ?? 0) - l.at[1], (P[i + 2] ?? 0) - l.at[2]);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  const x = P[best] ?? 0, y = P[best + 1] ?? 0, z = P[best + 2] ?? 0;
  console.log(`| ${l.name} | ${l.bone} | ${mm(Math.abs(x) < 0.0008 ? 0 : x)} | ${mm(y)} | ${mm(z)} | ${(bestD * 1000).toFixed(1)} |`);
}
