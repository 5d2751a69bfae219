import type { EllipsoidPart, LoftPart, PlatePart } from '../model/types';
import { MeshBuilder, type Mesh } from './mesh';
import { catmull, periodic, smoothPath } from './spline';
import { add, cross, normalize, perpendicular, scale, sub, type Vec3 } from './vec';

const RING = 40;

function ringRadii(r: number | readonly number[], size: number): number[] {
  if (typeof r === 'number') return new Array<number>(size).fill(r);
  if (r.length === 2) {
    const a = r[0] ?? 0;
    const b = r[1] ?? 0;
    return Array.from({ length: size }, (_, k) => {
      const th = (2 * Math.PI * k) / size;
      return (a * b) / Math.hypot(b * Math.cos(th), a * Math.sin(th));
    });
  }
  return Array.from({ length: size }, (_, k) => periodic(r, k / size));
}

/** Frames along a polyline: tangent, front and side vectors at every point. */
export function pathFrames(points: readonly Vec3[], front: Vec3, side: Vec3): { t: Vec3; f: Vec3; s: Vec3 }[] {
  return points.map((p, i) => {
    const prev = points[Math.max(0, i - 1)] ?? p;
    const next = points[Math.min(points.length - 1, i + 1)] ?? p;
    const t = normalize(sub(next, prev));
    const f = perpendicular(front, t, side);
    const sRaw = perpendicular(side, t, cross(t, f));
    const s = normalize(sub(sRaw, scale(f, sRaw[0] * f[0] + sRaw[1] * f[1] + sRaw[2] * f[2])));
    return { t, f, s };
  });
}

/**
 * A closed tube through rings. `rings[i]` are radii at equal angles from f toward s around
 * `centres[i]`. Ends are domes of the given lengths (0: flat).
 */
export function tubeMesh(
  centres: readonly Vec3[],
  rings: readonly (readonly number[])[],
  frames: readonly { t: Vec3; f: Vec3; s: Vec3 }[],
  capStart: number,
  capEnd: number,
): Mesh {
  const size = rings[0]?.length ?? RING;
  const b = new MeshBuilder();
  const ringAt = (c: Vec3, radii: readonly number[], f: Vec3, s: Vec3, k: number): number => {
    const start = b.vertexCount;
    for (let j = 0; j < size; j++) {
      const th = (2 * Math.PI * j) / size;
      const r = (radii[j] ?? 0) * k;
      b.vertex(add(c, add(scale(f, Math.cos(th) * r), scale(s, Math.sin(th) * r))));
    }
    return start;
  };
  const capRings = (end: 0 | 1, len: number): number[] => {
    const i = end === 0 ? 0 : centres.length - 1;
    const c = centres[i] ?? [0, 0, 0];
    const fr = frames[i] ?? { t: [0, 0, 1] as Vec3, f: [0, 1, 0] as Vec3, s: [1, 0, 0] as Vec3 };
    const radii = rings[i] ?? [];
    const dir = end === 0 ? scale(fr.t, -1) : fr.t;
    const out: number[] = [];
    const steps = len > 0 ? 5 : 0;
    for (let q = 1; q <= steps; q++) {
      const phi = (q / (steps + 1)) * (Math.PI / 2);
      out.push(ringAt(add(c, scale(dir, len * Math.sin(phi))), radii, fr.f, fr.s, Math.cos(phi)));
    }
    out.push(b.vertex(add(c, scale(dir, len))));
    return out;
  };
  const body: number[] = centres.map((c, i) =>
    ringAt(c, rings[i] ?? [], frames[i]?.f ?? [0, 1, 0], frames[i]?.s ?? [1, 0, 0], 1),
  );
  for (let i = 0; i + 1 < body.length; i++) b.ringStrip(body[i] ?? 0, body[i + 1] ?? 0, size);
  const startCap = capRings(0, capStart);
  const endCap = capRings(1, capEnd);
  for (const [first, cap, reverse] of [
    [body[0] ?? 0, startCap, true],
    [body[body.length - 1] ?? 0, endCap, false],
  ] as const) {
    let prev = first;
    for (let q = 0; q < cap.length - 1; q++) {
      const ring = cap[q] ?? 0;
      if (reverse) b.ringStrip(ring, prev, size);
      else b.ringStrip(prev, ring, size);
      prev = ring;
    }
    b.fan(cap[cap.length - 1] ?? 0, prev, size, reverse);
  }
  return b.build(true);
}

/** A bone part lofted through its sections (Catmull-Rom along the axis and around each ring). */
export function loftMesh(part: LoftPart, spacing = 0.003): Mesh {
  const front = part.front ?? [0, 1, 0];
  const side = part.side ?? [1, 0, 0];
  let longest = 0;
  for (let i = 0; i + 1 < part.sections.length; i++) {
    const a = part.sections[i]?.at ?? [0, 0, 0];
    const b = part.sections[i + 1]?.at ?? a;
    longest = Math.max(longest, Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]));
  }
  const perSpan = Math.max(3, Math.ceil(longest / spacing));
  const centres = smoothPath(
    part.sections.map((s) => s.at),
    perSpan,
  );
  const sectionRings = part.sections.map((s) => ringRadii(s.r, RING));
  const n = sectionRings.length;
  const rings: number[][] = [];
  for (let i = 0; i < n - 1; i++) {
    for (let q = 0; q < perSpan; q++) {
      const t = q / perSpan;
      const r0 = sectionRings[Math.max(0, i - 1)] ?? [];
      const r1 = sectionRings[i] ?? [];
      const r2 = sectionRings[i + 1] ?? [];
      const r3 = sectionRings[Math.min(n - 1, i + 2)] ?? [];
      rings.push(r1.map((v, j) => Math.max(0.0004, catmull(r0[j] ?? v, v, r2[j] ?? v, r3[j] ?? v, t))));
    }
  }
  rings.push(sectionRings[n - 1] ?? []);
  const frames = pathFrames(centres, front, side);
  return tubeMesh(centres, rings, frames, part.capStart ?? 0, part.capEnd ?? 0);
}

/** An ellipsoid as a latitude-longitude mesh. */
export function ellipsoidMesh(part: EllipsoidPart): Mesh {
  const u = normalize(part.axes?.[0] ?? [1, 0, 0]);
  const v = perpendicular(part.axes?.[1] ?? [0, 1, 0], u, [0, 0, 1]);
  const w = cross(u, v);
  const [a, bR, c] = part.radii;
  const lat = 16;
  const lon = 28;
  const b = new MeshBuilder();
  const south = b.vertex(add(part.center, scale(w, -c)));
  const rings: number[] = [];
  for (let i = 1; i < lat; i++) {
    const phi = -Math.PI / 2 + (Math.PI * i) / lat;
    rings.push(b.vertexCount);
    for (let j = 0; j < lon; j++) {
      const th = (2 * Math.PI * j) / lon;
      const p = add(
        part.center,
        add(add(scale(u, a * Math.cos(phi) * Math.cos(th)), scale(v, bR * Math.cos(phi) * Math.sin(th))), scale(w, c * Math.sin(phi))),
      );
      b.vertex(p);
    }
  }
  const north = b.vertex(add(part.center, scale(w, c)));
  b.fan(south, rings[0] ?? 0, lon, true);
  for (let i = 0; i + 1 < rings.length; i++) b.ringStrip(rings[i] ?? 0, rings[i + 1] ?? 0, lon);
  b.fan(north, rings[rings.length - 1] ?? 0, lon, false);
  return b.build(true);
}

function gridPoint(grid: readonly (readonly Vec3[])[], r: number, c: number): Vec3 {
  const rows = grid.length;
  const row = grid[Math.min(rows - 1, Math.max(0, r))] ?? [];
  return row[Math.min(row.length - 1, Math.max(0, c))] ?? [0, 0, 0];
}

function gridValue(values: number | readonly (readonly number[])[], r: number, c: number): number {
  if (typeof values === 'number') return values;
  const row = values[Math.min(values.length - 1, Math.max(0, r))] ?? [];
  return row[Math.min(row.length - 1, Math.max(0, c))] ?? 0;
}

/** A thick curved plate with a rounded rim. */
export function plateMesh(part: PlatePart, spacing = 0.003): Mesh {
  const rows = part.grid.length;
  const cols = part.grid[0]?.length ?? 0;
  let longest = 0;
  part.grid.forEach((row, r) =>
    row.forEach((p, c) => {
      for (const q of [part.grid[r + 1]?.[c], row[c + 1]]) {
        if (q) longest = Math.max(longest, Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]));
      }
    }),
  );
  const perSpan = Math.max(3, Math.ceil(longest / spacing));
  const R = (rows - 1) * perSpan + 1;
  const C = (cols - 1) * perSpan + 1;
  const mid: Vec3[][] = [];
  const thick: number[][] = [];
  for (let i = 0; i < R; i++) {
    const ri = Math.min(rows - 2, Math.floor(i / perSpan));
    const tr = i / perSpan - ri;
    const mRow: Vec3[] = [];
    const tRow: number[] = [];
    for (let j = 0; j < C; j++) {
      const cj = Math.min(cols - 2, Math.floor(j / perSpan));
      const tc = j / perSpan - cj;
      const val = (get: (r: number, c: number) => number): number => {
        const across = [-1, 0, 1, 2].map((dr) =>
          catmull(get(ri + dr, cj - 1), get(ri + dr, cj), get(ri + dr, cj + 1), get(ri + dr, cj + 2), tc),
        );
        return catmull(across[0] ?? 0, across[1] ?? 0, across[2] ?? 0, across[3] ?? 0, tr);
      };
      mRow.push([
        val((r, c) => gridPoint(part.grid, r, c)[0]),
        val((r, c) => gridPoint(part.grid, r, c)[1]),
        val((r, c) => gridPoint(part.grid, r, c)[2]),
      ]);
      tRow.push(Math.max(0.001, val((r, c) => gridValue(part.thickness, r, c))));
    }
    mid.push(mRow);
    thick.push(tRow);
  }
  const at = (i: number, j: number): Vec3 => mid[Math.min(R - 1, Math.max(0, i))]?.[Math.min(C - 1, Math.max(0, j))] ?? [0, 0, 0];
  const normalAt = (i: number, j: number): Vec3 => {
    const du = sub(at(i + 1, j), at(i - 1, j));
    const dv = sub(at(i, j + 1), at(i, j - 1));
    let n = normalize(cross(du, dv));
    if (n[0] * part.outward[0] + n[1] * part.outward[1] + n[2] * part.outward[2] < 0) n = scale(n, -1);
    return n;
  };
  const b = new MeshBuilder();
  const top: number[][] = [];
  const bottom: number[][] = [];
  for (let i = 0; i < R; i++) {
    const tr: number[] = [];
    const br: number[] = [];
    for (let j = 0; j < C; j++) {
      const n = normalAt(i, j);
      const h = (thick[i]?.[j] ?? 0.002) / 2;
      tr.push(b.vertex(add(at(i, j), scale(n, h))));
      br.push(b.vertex(add(at(i, j), scale(n, -h))));
    }
    top.push(tr);
    bottom.push(br);
  }
  const idx = (g: number[][], i: number, j: number): number => g[i]?.[j] ?? 0;
  for (let i = 0; i + 1 < R; i++) {
    for (let j = 0; j + 1 < C; j++) {
      b.quad(idx(top, i, j), idx(top, i + 1, j), idx(top, i + 1, j + 1), idx(top, i, j + 1));
      b.quad(idx(bottom, i, j), idx(bottom, i, j + 1), idx(bottom, i + 1, j + 1), idx(bottom, i + 1, j));
    }
  }
  // The rim: walk the boundary, bulging outward by half the thickness.
  const boundary: [number, number][] = [];
  for (let j = 0; j < C - 1; j++) boundary.push([0, j]);
  for (let i = 0; i < R - 1; i++) boundary.push([i, C - 1]);
  for (let j = C - 1; j > 0; j--) boundary.push([R - 1, j]);
  for (let i = R - 1; i > 0; i--) boundary.push([i, 0]);
  const centre = at(Math.floor(R / 2), Math.floor(C / 2));
  const rimMid = boundary.map(([i, j]) => {
    const p = at(i, j);
    const n = normalAt(i, j);
    const outward = perpendicular(sub(p, centre), n, [0, 0, 1]);
    return b.vertex(add(p, scale(outward, (thick[i]?.[j] ?? 0.002) / 2)));
  });
  const m = boundary.length;
  for (let k = 0; k < m; k++) {
    const [i0, j0] = boundary[k] ?? [0, 0];
    const [i1, j1] = boundary[(k + 1) % m] ?? [0, 0];
    const r0 = rimMid[k] ?? 0;
    const r1 = rimMid[(k + 1) % m] ?? 0;
    b.quad(idx(top, i0, j0), idx(top, i1, j1), r1, r0);
    b.quad(r0, r1, idx(bottom, i1, j1), idx(bottom, i0, j0));
  }
  return b.build(true);
}
