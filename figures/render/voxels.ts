import type { Mesh } from './mesh';
import type { Sweep } from './sweep';
import { cross, normalize, perpendicular, sub, type Vec3 } from './vec';

/** A regular grid of cubic voxels; voxel (i, j, k) has its centre at origin + spacing * (i, j, k). */
export interface VoxelGrid {
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  readonly origin: readonly [number, number, number];
  readonly spacing: number;
}

export function gridAround(bounds: readonly [number, number, number, number, number, number], spacing: number): VoxelGrid {
  const nx = Math.ceil((bounds[3] - bounds[0]) / spacing) + 1;
  const ny = Math.ceil((bounds[4] - bounds[1]) / spacing) + 1;
  const nz = Math.ceil((bounds[5] - bounds[2]) / spacing) + 1;
  return { nx, ny, nz, origin: [bounds[0], bounds[1], bounds[2]], spacing };
}

/**
 * Mark every voxel whose centre lies inside a closed mesh (ray parity along z per column).
 * Works for one closed part at a time; call once per part to mark a union.
 */
export function markInside(grid: VoxelGrid, mesh: Mesh, out: Uint8Array, value: number): void {
  const { nx, ny, nz, origin, spacing: h } = grid;
  const P = mesh.positions;
  const I = mesh.indices;
  const hits = new Map<number, number[]>();
  const jitter = 1.37e-7;
  for (let t = 0; t < I.length; t += 3) {
    const a = (I[t] ?? 0) * 3, b = (I[t + 1] ?? 0) * 3, c = (I[t + 2] ?? 0) * 3;
    const ax = P[a] ?? 0, ay = P[a + 1] ?? 0, az = P[a + 2] ?? 0;
    const bx = P[b] ?? 0, by = P[b + 1] ?? 0, bz = P[b + 2] ?? 0;
    const cx = P[c] ?? 0, cy = P[c + 1] ?? 0, cz = P[c + 2] ?? 0;
    const det = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay);
    if (det === 0) continue;
    const i0 = Math.max(0, Math.ceil((Math.min(ax, bx, cx) - origin[0]) / h));
    const i1 = Math.min(nx - 1, Math.floor((Math.max(ax, bx, cx) - origin[0]) / h));
    const j0 = Math.max(0, Math.ceil((Math.min(ay, by, cy) - origin[1]) / h));
    const j1 = Math.min(ny - 1, Math.floor((Math.max(ay, by, cy) - origin[1]) / h));
    for (let j = j0; j <= j1; j++) {
      const py = origin[1] + j * h + jitter;
      for (let i = i0; i <= i1; i++) {
        const px = origin[0] + i * h + jitter * 0.61;
        const l1 = ((px - ax) * (cy - ay) - (cx - ax) * (py - ay)) / det;
        const l2 = ((bx - ax) * (py - ay) - (px - ax) * (by - ay)) / det;
        if (l1 < 0 || l2 < 0 || l1 + l2 > 1) continue;
        const z = az + l1 * (bz - az) + l2 * (cz - az);
        const key = i + nx * j;
        const list = hits.get(key);
        if (list) list.push(z);
        else hits.set(key, [z]);
      }
    }
  }
  for (const [key, list] of hits) {
    if (list.length < 2) continue;
    list.sort((p, q) => p - q);
    for (let q = 0; q + 1 < list.length; q += 2) {
      const k0 = Math.max(0, Math.ceil(((list[q] ?? 0) - origin[2]) / h));
      const k1 = Math.min(nz - 1, Math.floor(((list[q + 1] ?? 0) - origin[2]) / h));
      for (let k = k0; k <= k1; k++) out[key + nx * ny * k] = value;
    }
  }
}

/**
 * Visit the voxels near a sweep with their signed distance to its surface (negative inside),
 * estimated along the ray from the path: every voxel up to `reach` metres outside. Each segment
 * owns the space between the mitre planes at its two ends, so the field is continuous along
 * bends; the ends are rounded off.
 */
export function visitSweep(grid: VoxelGrid, sw: Sweep, reach: number, visit: (index: number, distance: number) => void): void {
  const { nx, ny, nz, origin, spacing: h } = grid;
  const n = sw.exponent;
  const C = sw.centres;
  const chords: Vec3[] = [];
  for (let i = 0; i + 1 < C.length; i++) chords.push(normalize(sub(C[i + 1] ?? [0, 0, 0], C[i] ?? [0, 0, 0])));
  const mitre = (i: number): Vec3 => {
    const a = chords[i - 1];
    const b = chords[i];
    if (!a) return b ?? [0, 0, 1];
    if (!b) return a;
    const m = normalize([a[0] + b[0], a[1] + b[1], a[2] + b[2]]);
    return m[0] === 0 && m[1] === 0 && m[2] === 0 ? b : m;
  };
  for (let i = 0; i + 1 < C.length; i++) {
    const c0 = C[i] ?? [0, 0, 0];
    const c1 = C[i + 1] ?? c0;
    const hw0 = sw.halfWidth[i] ?? 0, hw1 = sw.halfWidth[i + 1] ?? 0;
    const hd0 = sw.halfDepth[i] ?? 0, hd1 = sw.halfDepth[i + 1] ?? 0;
    const big = Math.max(hw0, hw1, hd0, hd1) + reach;
    const i0 = Math.max(0, Math.ceil((Math.min(c0[0], c1[0]) - big - origin[0]) / h));
    const i1 = Math.min(nx - 1, Math.floor((Math.max(c0[0], c1[0]) + big - origin[0]) / h));
    const j0 = Math.max(0, Math.ceil((Math.min(c0[1], c1[1]) - big - origin[1]) / h));
    const j1 = Math.min(ny - 1, Math.floor((Math.max(c0[1], c1[1]) + big - origin[1]) / h));
    const k0 = Math.max(0, Math.ceil((Math.min(c0[2], c1[2]) - big - origin[2]) / h));
    const k1 = Math.min(nz - 1, Math.floor((Math.max(c0[2], c1[2]) + big - origin[2]) / h));
    const first = i === 0;
    const last = i + 2 === C.length;
    const n0 = mitre(i);
    const n1 = mitre(i + 1);
    const f0 = perpendicular(sw.f[i] ?? [0, 1, 0], n0, [0, 1, 0]);
    const f1 = perpendicular(sw.f[i + 1] ?? f0, n1, [0, 1, 0]);
    const s0 = cross(n0, f0);
    const s1 = cross(n1, f1);
    for (let k = k0; k <= k1; k++) {
      const pz = origin[2] + k * h;
      for (let j = j0; j <= j1; j++) {
        const py = origin[1] + j * h;
        for (let ii = i0; ii <= i1; ii++) {
          const px = origin[0] + ii * h;
          const d0 = (px - c0[0]) * n0[0] + (py - c0[1]) * n0[1] + (pz - c0[2]) * n0[2];
          const d1 = (px - c1[0]) * n1[0] + (py - c1[1]) * n1[1] + (pz - c1[2]) * n1[2];
          let axial = 0;
          let u: number;
          if (d0 < 0) {
            if (!first) continue;
            axial = -d0;
            u = 0;
          } else if (d1 > 0) {
            if (!last) continue;
            axial = d1;
            u = 1;
          } else {
            u = d0 - d1 > 1e-12 ? d0 / (d0 - d1) : 0.5;
          }
          const qx = c0[0] + (c1[0] - c0[0]) * u, qy = c0[1] + (c1[1] - c0[1]) * u, qz = c0[2] + (c1[2] - c0[2]) * u;
          const ox = px - qx, oy = py - qy, oz = pz - qz;
          const fx = f0[0] + (f1[0] - f0[0]) * u, fy = f0[1] + (f1[1] - f0[1]) * u, fz = f0[2] + (f1[2] - f0[2]) * u;
          const sx = s0[0] + (s1[0] - s0[0]) * u, sy = s0[1] + (s1[1] - s0[1]) * u, sz = s0[2] + (s1[2] - s0[2]) * u;
          const pa = ox * fx + oy * fy + oz * fz;
          const pb = ox * sx + oy * sy + oz * sz;
          const radial2 = pa * pa + pb * pb;
          if (radial2 > big * big) continue;
          const hw = hw0 + (hw1 - hw0) * u;
          const hd = hd0 + (hd1 - hd0) * u;
          const a = Math.abs(pa / hd);
          const b = Math.abs(pb / hw);
          let rho = n === 2 ? Math.sqrt(a * a + b * b) : Math.pow(Math.pow(a, n) + Math.pow(b, n), 1 / n);
          let dist = Math.sqrt(radial2);
          if (axial > 0) {
            const e = axial / Math.min(hw, hd);
            rho = Math.sqrt(rho * rho + e * e);
            dist = Math.sqrt(radial2 + axial * axial);
          }
          const excess = rho > 1e-9 ? dist * (1 - 1 / rho) : -Math.min(hw, hd);
          if (excess <= reach) visit(ii + nx * (j + ny * k), excess);
        }
      }
    }
  }
}

/** Morphological closing of a mask by a cube of `radius` voxels (separable dilation, then erosion). */
export function closeMask(grid: VoxelGrid, mask: Uint8Array, radius: number): Uint8Array {
  const { nx, ny, nz } = grid;
  if (mask.length !== nx * ny * nz) throw new Error(`closeMask: a mask of ${mask.length} voxels for a ${nx}x${ny}x${nz} grid`);
  const dilated = boxDilate(grid, mask, radius, 1);
  // Erosion is the dilation of the complement.
  return boxDilate(grid, dilated, radius, 0);
}

/**
 * Dilate the voxels equal to `value` by a cube; returns a mask of value (1 for dilate of 1, 0-set
 * grows for 0). Separable: a sliding window along each axis in turn. Along x the window runs down
 * each line; along y and z it runs over whole rows at once (a count per voxel of the row), so every
 * pass reads memory in order, which matters on grids of tens of millions of voxels.
 */
function boxDilate(grid: VoxelGrid, src: Uint8Array, r: number, value: 0 | 1): Uint8Array {
  const { nx, ny, nz } = grid;
  const N = nx * ny * nz;
  let cur = new Uint8Array(N);
  for (let i = 0; i < N; i++) cur[i] = src[i] === value ? 1 : 0;
  // Along x: a running count of the window down each line.
  let out = new Uint8Array(N);
  for (let base = 0; base < N; base += nx) {
    let count = 0;
    for (let q = 0; q < r && q < nx; q++) count += cur[base + q] ?? 0;
    for (let q = 0; q < nx; q++) {
      if (q + r < nx) count += cur[base + q + r] ?? 0;
      if (q - r - 1 >= 0) count -= cur[base + q - r - 1] ?? 0;
      out[base + q] = count > 0 ? 1 : 0;
    }
  }
  [cur, out] = [out, cur];
  // Along y (rows of nx voxels, within each z slice), then z (rows of nx * ny voxels, one block).
  for (const [row, size, blocks] of [[nx, ny, nz], [nx * ny, nz, 1]] as const) {
    const count = new Int32Array(row);
    for (let b = 0; b < blocks; b++) {
      const base = b * row * size;
      count.fill(0);
      const add = (q: number, sign: number): void => {
        const o = base + q * row;
        for (let x = 0; x < row; x++) count[x] = (count[x] ?? 0) + sign * (cur[o + x] ?? 0);
      };
      for (let q = 0; q < r && q < size; q++) add(q, 1);
      for (let q = 0; q < size; q++) {
        if (q + r < size) add(q + r, 1);
        if (q - r - 1 >= 0) add(q - r - 1, -1);
        const o = base + q * row;
        for (let x = 0; x < row; x++) out[o + x] = (count[x] ?? 0) > 0 ? 1 : 0;
      }
    }
    [cur, out] = [out, cur];
  }
  if (value === 0) for (let i = 0; i < N; i++) cur[i] = cur[i] ? 0 : 1;
  return cur;
}
