import type { Mesh } from './mesh';
import { meshBounds, unionBounds } from './mesh';
import { gridAround, markInside } from './voxels';

/**
 * Moves the vertices of muscle and tendon surfaces that ended up inside a bone (smoothing
 * rounds a belly into the bone it lies on; a tendon wraps round a malleolus) back onto the bone's
 * surface, so no muscle passes through a bone. `keep` exempts vertices (a tendon's anchored ends).
 */
export function pushOutOfBones(
  meshes: ReadonlyMap<string, Mesh>,
  boneParts: readonly Mesh[],
  keep: (id: string, x: number, y: number, z: number) => boolean,
): Map<string, Mesh> {
  const spacing = 0.0015;
  const grid = gridAround(unionBounds(boneParts.map(meshBounds), 0.003), spacing);
  const solid = new Uint8Array(grid.nx * grid.ny * grid.nz);
  for (const p of boneParts) markInside(grid, p, solid, 1);
  // Surface vertices of the bones (outer ones: not inside another part), hashed by 6 mm cells.
  const cell = 0.006;
  const hash = new Map<string, number[]>();
  const bx: number[] = [], by: number[] = [], bz: number[] = [], bnx: number[] = [], bny: number[] = [], bnz: number[] = [];
  const inside = (x: number, y: number, z: number): boolean => {
    const i = Math.round((x - grid.origin[0]) / spacing);
    const j = Math.round((y - grid.origin[1]) / spacing);
    const k = Math.round((z - grid.origin[2]) / spacing);
    if (i < 0 || j < 0 || k < 0 || i >= grid.nx || j >= grid.ny || k >= grid.nz) return false;
    return solid[i + grid.nx * (j + grid.ny * k)] === 1;
  };
  for (const p of boneParts) {
    const P = p.positions, N = p.normals;
    for (let v = 0; v < P.length; v += 3) {
      const x = P[v] ?? 0, y = P[v + 1] ?? 0, z = P[v + 2] ?? 0;
      const nx = N[v] ?? 0, ny = N[v + 1] ?? 0, nz = N[v + 2] ?? 0;
      // A vertex buried inside another part of the bone is no surface to push onto.
      if (inside(x + nx * 0.0015, y + ny * 0.0015, z + nz * 0.0015)) continue;
      const id = bx.length;
      bx.push(x); by.push(y); bz.push(z); bnx.push(nx); bny.push(ny); bnz.push(nz);
      const key = `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`;
      const list = hash.get(key);
      if (list) list.push(id);
      else hash.set(key, [id]);
    }
  }
  // The nearest bone surface point that faces the pushed surface (so a belly on one side of the
  // thin wing of the ilium goes back to that side, not through to the other).
  // `facing` false: any surface point whose pushed-out position is outside every bone (the fallback
  // for a vertex where two parts meet, a rib and its cartilage, whose facing point lies in the other).
  const nearest = (x: number, y: number, z: number, nx: number, ny: number, nz: number, facing = true): number => {
    let best = -1;
    let bestD = Infinity;
    const ci = Math.floor(x / cell), cj = Math.floor(y / cell), ck = Math.floor(z / cell);
    for (let r = 1; r <= 3 && best < 0; r++) {
      for (let di = -r; di <= r; di++)
        for (let dj = -r; dj <= r; dj++)
          for (let dk = -r; dk <= r; dk++) {
            for (const id of hash.get(`${ci + di},${cj + dj},${ck + dk}`) ?? []) {
              if (facing && (bnx[id] ?? 0) * nx + (bny[id] ?? 0) * ny + (bnz[id] ?? 0) * nz > 0.2) continue;
              if (!facing && inside((bx[id] ?? 0) + (bnx[id] ?? 0) * 0.0008, (by[id] ?? 0) + (bny[id] ?? 0) * 0.0008, (bz[id] ?? 0) + (bnz[id] ?? 0) * 0.0008)) continue;
              const d = ((bx[id] ?? 0) - x) ** 2 + ((by[id] ?? 0) - y) ** 2 + ((bz[id] ?? 0) - z) ** 2;
              if (d < bestD) {
                bestD = d;
                best = id;
              }
            }
          }
    }
    return best;
  };
  const out = new Map<string, Mesh>();
  for (const [id, mesh] of meshes) {
    const P = Float32Array.from(mesh.positions);
    const N = mesh.normals;
    let moved = 0;
    for (let v = 0; v < P.length; v += 3) {
      const x = P[v] ?? 0, y = P[v + 1] ?? 0, z = P[v + 2] ?? 0;
      if (!inside(x, y, z) || keep(id, x, y, z)) continue;
      const nx = N[v] ?? 0, ny = N[v + 1] ?? 0, nz = N[v + 2] ?? 0;
      let b = nearest(x, y, z, nx, ny, nz);
      const to = (k: number): [number, number, number] => [(bx[k] ?? 0) + (bnx[k] ?? 0) * 0.0008, (by[k] ?? 0) + (bny[k] ?? 0) * 0.0008, (bz[k] ?? 0) + (bnz[k] ?? 0) * 0.0008];
      if (b < 0 || inside(...to(b))) b = nearest(x, y, z, nx, ny, nz, false);
      if (b < 0) continue;
      [P[v], P[v + 1], P[v + 2]] = to(b);
      moved++;
    }
    // The few moved vertices keep their (smoothed) normals: recomputing them would bring back the grid's terraces.
    out.set(id, moved > 0 ? { positions: P, indices: mesh.indices, normals: mesh.normals } : mesh);
  }
  return out;
}
