import { MeshBuilder, vertexNormals, type Mesh } from './mesh';

/** A scalar field sampled on a regular grid: value at (i, j, k) is at origin + spacing * (i, j, k). */
export interface Field {
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  readonly origin: readonly [number, number, number];
  readonly spacing: number;
  readonly values: Float32Array;
}

const CORNERS: readonly (readonly [number, number, number])[] = [
  [0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0], [0, 0, 1], [1, 0, 1], [0, 1, 1], [1, 1, 1],
];
const EDGES: readonly (readonly [number, number])[] = [
  [0, 1], [2, 3], [4, 5], [6, 7], [0, 2], [1, 3], [4, 6], [5, 7], [0, 4], [1, 5], [2, 6], [3, 7],
];

/**
 * The surface where the field crosses `iso` (inside: above iso), by naive surface nets:
 * one vertex per crossing cell at the mean of its edge crossings, one quad per crossing edge,
 * then Taubin smoothing. Outward normals.
 */
export function surfaceNets(field: Field, iso: number, smoothing: number): Mesh {
  const { nx, ny, nz, values, origin, spacing } = field;
  const cx = nx - 1, cy = ny - 1, cz = nz - 1;
  const cellVertex = new Int32Array(cx * cy * cz).fill(-1);
  const b = new MeshBuilder();
  const at = (i: number, j: number, k: number): number => values[i + nx * (j + ny * k)] ?? 0;
  const corner = new Float64Array(8);
  for (let k = 0; k < cz; k++) {
    for (let j = 0; j < cy; j++) {
      for (let i = 0; i < cx; i++) {
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          const o = CORNERS[c] ?? [0, 0, 0];
          const v = at(i + o[0], j + o[1], k + o[2]);
          corner[c] = v;
          if (v > iso) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0, sy = 0, sz = 0, n = 0;
        for (const [e0, e1] of EDGES) {
          const v0 = corner[e0] ?? 0;
          const v1 = corner[e1] ?? 0;
          if (v0 > iso === v1 > iso) continue;
          const t = (iso - v0) / (v1 - v0);
          const a = CORNERS[e0] ?? [0, 0, 0];
          const c = CORNERS[e1] ?? [0, 0, 0];
          sx += a[0] + (c[0] - a[0]) * t;
          sy += a[1] + (c[1] - a[1]) * t;
          sz += a[2] + (c[2] - a[2]) * t;
          n++;
        }
        cellVertex[i + cx * (j + cy * k)] = b.vertex([
          origin[0] + (i + sx / n) * spacing,
          origin[1] + (j + sy / n) * spacing,
          origin[2] + (k + sz / n) * spacing,
        ]);
      }
    }
  }
  const cell = (i: number, j: number, k: number): number =>
    i < 0 || j < 0 || k < 0 || i >= cx || j >= cy || k >= cz ? -1 : (cellVertex[i + cx * (j + cy * k)] ?? -1);
  const emit = (a: number, bb: number, c: number, d: number, flip: boolean): void => {
    if (a < 0 || bb < 0 || c < 0 || d < 0) return;
    if (flip) b.quad(a, d, c, bb);
    else b.quad(a, bb, c, d);
  };
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const inside = at(i, j, k) > iso;
        if (i + 1 < nx && inside !== at(i + 1, j, k) > iso) {
          emit(cell(i, j - 1, k - 1), cell(i, j, k - 1), cell(i, j, k), cell(i, j - 1, k), !inside);
        }
        if (j + 1 < ny && inside !== at(i, j + 1, k) > iso) {
          emit(cell(i - 1, j, k - 1), cell(i - 1, j, k), cell(i, j, k), cell(i, j, k - 1), !inside);
        }
        if (k + 1 < nz && inside !== at(i, j, k + 1) > iso) {
          emit(cell(i - 1, j - 1, k), cell(i, j - 1, k), cell(i, j, k), cell(i - 1, j, k), !inside);
        }
      }
    }
  }
  const mesh = b.build(false);
  return smoothing > 0 ? taubin(mesh, smoothing) : mesh;
}

/** Each vertex's neighbours (with repeats, two per triangle it is in), in compressed rows. */
function neighbourLists(I: Uint32Array, nv: number): { start: Int32Array; nbr: Int32Array } {
  const degree = new Int32Array(nv);
  for (let t = 0; t < I.length; t += 3) {
    for (let e = 0; e < 3; e++) degree[I[t + e] ?? 0] = (degree[I[t + e] ?? 0] ?? 0) + 2;
  }
  const start = new Int32Array(nv + 1);
  for (let v = 0; v < nv; v++) start[v + 1] = (start[v] ?? 0) + (degree[v] ?? 0);
  const fill = Int32Array.from(start.subarray(0, nv));
  const nbr = new Int32Array(start[nv] ?? 0);
  for (let t = 0; t < I.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = I[t + e] ?? 0;
      nbr[fill[a] ?? 0] = I[t + ((e + 1) % 3)] ?? 0;
      fill[a] = (fill[a] ?? 0) + 1;
      nbr[fill[a] ?? 0] = I[t + ((e + 2) % 3)] ?? 0;
      fill[a] = (fill[a] ?? 0) + 1;
    }
  }
  return { start, nbr };
}

/** One Laplacian step on 3-vectors: each moves `factor` of the way to its neighbours' mean. */
function laplacianStep(p: Float32Array, tmp: Float32Array, start: Int32Array, nbr: Int32Array, factor: number): void {
  const nv = p.length / 3;
  for (let v = 0; v < nv; v++) {
    const s0 = start[v] ?? 0;
    const s1 = start[v + 1] ?? 0;
    const x = p[v * 3] ?? 0, y = p[v * 3 + 1] ?? 0, z = p[v * 3 + 2] ?? 0;
    if (s1 === s0) {
      tmp[v * 3] = x; tmp[v * 3 + 1] = y; tmp[v * 3 + 2] = z;
      continue;
    }
    let ax = 0, ay = 0, az = 0;
    for (let q = s0; q < s1; q++) {
      const u = (nbr[q] ?? 0) * 3;
      ax += p[u] ?? 0; ay += p[u + 1] ?? 0; az += p[u + 2] ?? 0;
    }
    const inv = 1 / (s1 - s0);
    tmp[v * 3] = x + factor * (ax * inv - x);
    tmp[v * 3 + 1] = y + factor * (ay * inv - y);
    tmp[v * 3 + 2] = z + factor * (az * inv - z);
  }
  p.set(tmp);
}

/** Rounds of averaging of the shading normals: hides the voxel grid's faint terraces in the light without moving the surface. */
const NORMAL_ROUNDS = 4;

/**
 * Taubin smoothing (shrink-free Laplacian) for `iterations` rounds, then normals averaged over
 * their neighbours NORMAL_ROUNDS times.
 */
export function taubin(mesh: Mesh, iterations: number): Mesh {
  const p = Float32Array.from(mesh.positions);
  const I = mesh.indices;
  const { start, nbr } = neighbourLists(I, p.length / 3);
  const tmp = new Float32Array(p.length);
  for (let it = 0; it < iterations; it++) {
    laplacianStep(p, tmp, start, nbr, 0.5);
    laplacianStep(p, tmp, start, nbr, -0.53);
  }
  const normals = vertexNormals(p, I);
  for (let it = 0; it < NORMAL_ROUNDS; it++) laplacianStep(normals, tmp, start, nbr, 1);
  for (let v = 0; v < normals.length; v += 3) {
    const l = Math.hypot(normals[v] ?? 0, normals[v + 1] ?? 0, normals[v + 2] ?? 0) || 1;
    normals[v] = (normals[v] ?? 0) / l;
    normals[v + 1] = (normals[v + 1] ?? 0) / l;
    normals[v + 2] = (normals[v + 2] ?? 0) / l;
  }
  return { positions: p, normals, indices: I };
}
