import type { Muscle } from '../../figures/model/types';
import { buildMuscleMeshes, limitGrowth, thinVoxels } from '../../figures/render/muscle-volumes';
import { mergeMeshes, trianglePieces, withoutCrumbs, type Mesh } from '../../figures/render/mesh';
import { ellipsoidMesh } from '../../figures/render/primitives';

/** A box of ones in an empty grid of n x n x n (a margin of at least two voxels round it). */
function boxMask(n: number, [x0, y0, z0]: readonly number[], [x1, y1, z1]: readonly number[]): Float32Array {
  const mask = new Float32Array(n * n * n);
  for (let z = z0 ?? 0; z <= (z1 ?? 0); z++)
    for (let y = y0 ?? 0; y <= (y1 ?? 0); y++) for (let x = x0 ?? 0; x <= (x1 ?? 0); x++) mask[x + n * (y + n * z)] = 1;
  return mask;
}

/** How many pieces a mesh falls into (triangles joined by shared corners, welded by position). */
function pieces(mesh: Mesh): number {
  const count = mesh.positions.length / 3;
  const weld = new Map<string, number>();
  const rep = Array.from({ length: count }, (_, i) => {
    const key = [0, 1, 2].map((c) => (mesh.positions[3 * i + c] ?? 0).toFixed(6)).join();
    const first = weld.get(key);
    if (first !== undefined) return first;
    weld.set(key, i);
    return i;
  });
  const parent = rep.slice();
  const find = (v: number): number => (parent[v] === v ? v : (parent[v] = find(parent[v] ?? v)));
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = find(rep[mesh.indices[t] ?? 0] ?? 0);
    for (const c of [1, 2]) parent[find(rep[mesh.indices[t + c] ?? 0] ?? 0)] = a;
  }
  return new Set(rep.map(find)).size;
}

function strap(thickness: number): Muscle {
  return {
    id: 'strap',
    name: 'Strap',
    shape: 'flat',
    depth: 'superficial',
    fill: 0,
    origin: [],
    insertion: [],
    path: [
      [0, 0, 0],
      [0, 0, 0.05],
      [0, 0.01, 0.1],
    ],
    facing: [0, -1, 0],
    profile: [
      { t: 0, w: 0.03, d: thickness },
      { t: 1, w: 0.03, d: thickness },
    ],
  };
}

describe('thinVoxels', () => {
  const n = 12;
  const strides = [1, n, n * n];

  it('finds every voxel of a sheet one or two voxels thick', () => {
    for (const thick of [1, 2]) {
      const mask = boxMask(n, [3, 3, 5], [8, 8, 4 + thick]);
      expect(thinVoxels(mask, strides).length).toBe(36 * thick);
    }
  });

  it('finds none in a block three or more voxels thick every way, corners and edges included', () => {
    expect(thinVoxels(boxMask(n, [3, 3, 3], [5, 5, 5]), strides)).toEqual([]);
    expect(thinVoxels(boxMask(n, [2, 3, 4], [8, 7, 6]), strides)).toEqual([]);
  });

  it('finds a strand one voxel wide that joins two blocks, and nothing of the blocks', () => {
    const mask = boxMask(n, [2, 4, 4], [4, 6, 6]);
    const other = boxMask(n, [7, 4, 4], [9, 6, 6]);
    other.forEach((v, i) => v === 1 && (mask[i] = 1));
    for (const x of [5, 6]) mask[x + n * (5 + n * 5)] = 1;
    expect(thinVoxels(mask, strides).sort((a, b) => a - b)).toEqual([5 + n * (5 + n * 5), 6 + n * (5 + n * 5)]);
  });
});

describe('buildMuscleMeshes', () => {
  it('keeps a sheet thinner than two voxels whole: one piece along its whole length', () => {
    // 2.4 mm thick on a 2 mm grid: blurred, its voxels would fall below the surface's level.
    const mesh = buildMuscleMeshes([strap(0.0024)], [], []).get('strap');
    expect(mesh).toBeDefined();
    if (!mesh) return;
    expect(pieces(mesh)).toBe(1);
    const zs = Array.from({ length: mesh.positions.length / 3 }, (_, i) => mesh.positions[3 * i + 2] ?? 0);
    expect(Math.min(...zs)).toBeLessThan(0.01);
    expect(Math.max(...zs)).toBeGreaterThan(0.09);
  });

});

describe('limitGrowth', () => {
  // Voxels 0-1: belly 1's nominal shape. 2-11: its fill, 1 to 10 voxels away; belly 2 is the next
  // nearest to all but the last, 5 voxels away. Voxel 12: belly 2's nominal shape.
  const setup = () => {
    const owner = Uint8Array.from([1, 1, ...Array<number>(10).fill(1), 2]);
    const best = Float32Array.from([-1, -1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -1]);
    const next = Float32Array.from([Infinity, Infinity, ...Array<number>(9).fill(5), Infinity, Infinity]);
    const nextOwner = Uint8Array.from([0, 0, ...Array<number>(9).fill(2), 0, 0]);
    return { owner, best, next, nextOwner };
  };

  it('keeps a belly to `growth` times its nominal volume, its nearest fill first, and hands the rest to the next nearest belly', () => {
    const { owner, best, next, nextOwner } = setup();
    limitGrowth(owner, best, next, nextOwner, 2, 3);
    // 2 nominal voxels x 3 = 6: the nominal two and the four nearest.
    expect([...owner]).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 0, 2]);
    expect(best[6]).toBe(5);
    expect(best[11]).toBe(Infinity);
    // Handed on once: a second pass leaves what belly 2 cannot keep empty.
    limitGrowth(owner, best, next, nextOwner, 2, 3);
    expect([...owner]).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 0, 0, 0, 0, 2]);
  });

  it('leaves a belly within its growth as it is', () => {
    const { owner, best, next, nextOwner } = setup();
    limitGrowth(owner, best, next, nextOwner, 2, 6);
    expect([...owner]).toEqual([...setup().owner]);
    expect([...best]).toEqual([...setup().best]);
  });
});

describe('withoutCrumbs', () => {
  const ball = (x: number, r: number): Mesh => ellipsoidMesh({ kind: 'ellipsoid', label: 'ball', center: [x, 0, 0], radii: [r, r, r] });
  const belly = ball(0, 0.02);
  const crumb = ball(0.1, 0.002);
  // A crumb: 20 triangles of a small ball apart from the belly.
  const smaller: Mesh = { ...crumb, indices: crumb.indices.slice(0, 3 * 20) };

  it('drops a piece under the share of the largest, with its vertices, and keeps the belly as it was', () => {
    const both = mergeMeshes([belly, smaller]);
    expect(trianglePieces(both).sizes).toEqual([belly.indices.length / 3, 20]);
    const kept = withoutCrumbs(both, 0.05);
    expect(trianglePieces(kept).sizes).toEqual([belly.indices.length / 3]);
    // The same triangles, corner by corner, and no vertex more than the belly's (renumbered in order of use).
    const corners = (m: Mesh): number[] => Array.from(m.indices, (v) => [0, 1, 2].map((d) => m.positions[3 * v + d] ?? 0)).flat();
    expect(corners(kept)).toEqual(corners(belly));
    expect(kept.positions.length).toBe(belly.positions.length);
  });

  it('keeps a second piece as large as the share, and returns a mesh with no crumb as it is', () => {
    const both = mergeMeshes([belly, ball(0.1, 0.02)]);
    expect(withoutCrumbs(both, 0.05)).toBe(both);
    expect(trianglePieces(withoutCrumbs(belly, 0.05)).sizes).toHaveLength(1);
  });
});
