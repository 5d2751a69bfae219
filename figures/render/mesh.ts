import type { Vec3 } from './vec';

/** An indexed triangle mesh, counter-clockwise seen from outside. */
export interface Mesh {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly indices: Uint32Array;
}

/** Collects vertices and triangles, then freezes them into a Mesh with outward normals. */
export class MeshBuilder {
  private readonly p: number[] = [];
  private readonly i: number[] = [];

  get vertexCount(): number {
    return this.p.length / 3;
  }

  vertex(v: Vec3): number {
    this.p.push(v[0], v[1], v[2]);
    return this.p.length / 3 - 1;
  }

  triangle(a: number, b: number, c: number): void {
    this.i.push(a, b, c);
  }

  quad(a: number, b: number, c: number, d: number): void {
    this.i.push(a, b, c, a, c, d);
  }

  /** Quads between consecutive rings of equal size (each ring closed). */
  ringStrip(ringA: number, ringB: number, size: number): void {
    for (let k = 0; k < size; k++) {
      const k1 = (k + 1) % size;
      this.quad(ringA + k, ringA + k1, ringB + k1, ringB + k);
    }
  }

  /** A fan from a pole vertex to a closed ring. */
  fan(pole: number, ring: number, size: number, reverse: boolean): void {
    for (let k = 0; k < size; k++) {
      const k1 = (k + 1) % size;
      if (reverse) this.triangle(pole, ring + k1, ring + k);
      else this.triangle(pole, ring + k, ring + k1);
    }
  }

  /** The mesh; when `closed`, triangles are turned so the enclosed volume is positive (outward). */
  build(closed: boolean): Mesh {
    const positions = Float32Array.from(this.p);
    const indices = Uint32Array.from(this.i);
    if (closed && signedVolume(positions, indices) < 0) flipWinding(indices);
    return { positions, normals: vertexNormals(positions, indices), indices };
  }
}

/**
 * Which connected piece each triangle belongs to, and each piece's triangles. Corners at the same
 * position are one corner, so triangles that touch without sharing an index are one piece.
 */
export function trianglePieces(mesh: Mesh): { piece: Int32Array; sizes: number[] } {
  const P = mesh.positions;
  const I = mesh.indices;
  const corners = P.length / 3;
  // Corners in order of position: those at one position are neighbours, welded to the first.
  const byPosition = Uint32Array.from({ length: corners }, (_, i) => i).sort(
    (a, b) => (P[3 * a] ?? 0) - (P[3 * b] ?? 0) || (P[3 * a + 1] ?? 0) - (P[3 * b + 1] ?? 0) || (P[3 * a + 2] ?? 0) - (P[3 * b + 2] ?? 0),
  );
  const parent = new Int32Array(corners);
  let first = byPosition[0] ?? 0;
  for (const i of byPosition) {
    if (P[3 * i] !== P[3 * first] || P[3 * i + 1] !== P[3 * first + 1] || P[3 * i + 2] !== P[3 * first + 2]) first = i;
    parent[i] = first;
  }
  const find = (v: number): number => {
    while (parent[v] !== v) {
      const up = parent[v] ?? v;
      parent[v] = parent[up] ?? up;
      v = up;
    }
    return v;
  };
  for (let t = 0; t < I.length; t += 3) {
    const a = find(I[t] ?? 0);
    for (const c of [1, 2]) {
      const b = find(I[t + c] ?? 0);
      if (b !== a) parent[b] = a;
    }
  }
  const ids = new Map<number, number>();
  const piece = new Int32Array(I.length / 3);
  const sizes: number[] = [];
  for (let t = 0; t < I.length; t += 3) {
    const root = find(I[t] ?? 0);
    let id = ids.get(root);
    if (id === undefined) {
      id = sizes.length;
      ids.set(root, id);
      sizes.push(0);
    }
    piece[t / 3] = id;
    sizes[id] = (sizes[id] ?? 0) + 1;
  }
  return { piece, sizes };
}

/**
 * The mesh without its crumbs: pieces with fewer than `share` of its largest piece's triangles
 * (the unused vertices go too). The mesh itself when it has none.
 */
export function withoutCrumbs(mesh: Mesh, share: number): Mesh {
  const { piece, sizes } = trianglePieces(mesh);
  const least = share * Math.max(0, ...sizes);
  if (sizes.every((n) => n >= least)) return mesh;
  const remap = new Int32Array(mesh.positions.length / 3).fill(-1);
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  for (let t = 0; t < piece.length; t++) {
    if ((sizes[piece[t] ?? 0] ?? 0) < least) continue;
    for (let c = 0; c < 3; c++) {
      const v = mesh.indices[3 * t + c] ?? 0;
      if ((remap[v] ?? -1) < 0) {
        remap[v] = positions.length / 3;
        for (let d = 0; d < 3; d++) {
          positions.push(mesh.positions[3 * v + d] ?? 0);
          normals.push(mesh.normals[3 * v + d] ?? 0);
        }
      }
      indices.push(remap[v] ?? 0);
    }
  }
  return { positions: Float32Array.from(positions), normals: Float32Array.from(normals), indices: Uint32Array.from(indices) };
}

export function signedVolume(positions: Float32Array, indices: Uint32Array): number {
  let v = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = (indices[t] ?? 0) * 3;
    const b = (indices[t + 1] ?? 0) * 3;
    const c = (indices[t + 2] ?? 0) * 3;
    const ax = positions[a] ?? 0, ay = positions[a + 1] ?? 0, az = positions[a + 2] ?? 0;
    const bx = positions[b] ?? 0, by = positions[b + 1] ?? 0, bz = positions[b + 2] ?? 0;
    const cx = positions[c] ?? 0, cy = positions[c + 1] ?? 0, cz = positions[c + 2] ?? 0;
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return v / 6;
}

function flipWinding(indices: Uint32Array): void {
  for (let t = 0; t < indices.length; t += 3) {
    const b = indices[t + 1] ?? 0;
    indices[t + 1] = indices[t + 2] ?? 0;
    indices[t + 2] = b;
  }
}

/** Area-weighted vertex normals. */
export function vertexNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const n = new Float32Array(positions.length);
  for (let t = 0; t < indices.length; t += 3) {
    const a = (indices[t] ?? 0) * 3;
    const b = (indices[t + 1] ?? 0) * 3;
    const c = (indices[t + 2] ?? 0) * 3;
    const ux = (positions[b] ?? 0) - (positions[a] ?? 0);
    const uy = (positions[b + 1] ?? 0) - (positions[a + 1] ?? 0);
    const uz = (positions[b + 2] ?? 0) - (positions[a + 2] ?? 0);
    const vx = (positions[c] ?? 0) - (positions[a] ?? 0);
    const vy = (positions[c + 1] ?? 0) - (positions[a + 1] ?? 0);
    const vz = (positions[c + 2] ?? 0) - (positions[a + 2] ?? 0);
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    for (const i of [a, b, c]) {
      n[i] = (n[i] ?? 0) + nx;
      n[i + 1] = (n[i + 1] ?? 0) + ny;
      n[i + 2] = (n[i + 2] ?? 0) + nz;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i] ?? 0, n[i + 1] ?? 0, n[i + 2] ?? 0) || 1;
    n[i] = (n[i] ?? 0) / l;
    n[i + 1] = (n[i + 1] ?? 0) / l;
    n[i + 2] = (n[i + 2] ?? 0) / l;
  }
  return n;
}

/** One mesh from several. */
export function mergeMeshes(meshes: readonly Mesh[]): Mesh {
  let nv = 0;
  let ni = 0;
  for (const m of meshes) {
    nv += m.positions.length;
    ni += m.indices.length;
  }
  const positions = new Float32Array(nv);
  const normals = new Float32Array(nv);
  const indices = new Uint32Array(ni);
  let ov = 0;
  let oi = 0;
  for (const m of meshes) {
    positions.set(m.positions, ov);
    normals.set(m.normals, ov);
    const base = ov / 3;
    for (let k = 0; k < m.indices.length; k++) indices[oi + k] = (m.indices[k] ?? 0) + base;
    ov += m.positions.length;
    oi += m.indices.length;
  }
  return { positions, normals, indices };
}

/** Axis-aligned bounds [minX, minY, minZ, maxX, maxY, maxZ]. */
/** Axis-aligned bounds [minX, minY, minZ, maxX, maxY, maxZ]. */
export type Bounds = [number, number, number, number, number, number];

/** The bounds of several boxes together, grown by `margin` on every side. */
export function unionBounds(boxes: readonly (readonly number[])[], margin = 0): Bounds {
  const b: Bounds = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (const box of boxes) {
    for (let i = 0; i < 3; i++) {
      b[i] = Math.min(b[i] ?? 0, (box[i] ?? 0) - margin);
      b[i + 3] = Math.max(b[i + 3] ?? 0, (box[i + 3] ?? 0) + margin);
    }
  }
  return b;
}

export function meshBounds(mesh: Mesh): Bounds {
  const b: Bounds = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  const p = mesh.positions;
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i] ?? 0, y = p[i + 1] ?? 0, z = p[i + 2] ?? 0;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (z < b[2]) b[2] = z;
    if (x > b[3]) b[3] = x;
    if (y > b[4]) b[4] = y;
    if (z > b[5]) b[5] = z;
  }
  return b;
}

/** The mirror image of a mesh in the median plane (x -> -x), still counter-clockwise seen from outside. */
export function mirrorMesh(mesh: Mesh): Mesh {
  const positions = Float32Array.from(mesh.positions);
  const normals = Float32Array.from(mesh.normals);
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -(positions[i] ?? 0);
    normals[i] = -(normals[i] ?? 0);
  }
  const indices = Uint32Array.from(mesh.indices);
  flipWinding(indices);
  return { positions, normals, indices };
}
