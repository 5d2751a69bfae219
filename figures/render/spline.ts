import { distance, type Vec3 } from './vec';

/** Uniform Catmull-Rom interpolation of four scalars at t in [0, 1] between p1 and p2. */
export function catmull(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const t2 = t * t;
  const t3 = t2 * t;
  return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
}

function at<T>(list: readonly T[], i: number): T {
  const v = list[Math.min(list.length - 1, Math.max(0, i))];
  if (v === undefined) throw new Error('empty list');
  return v;
}

/** A smooth curve through the points (Catmull-Rom, ends clamped), `perSpan` samples per span. */
export function smoothPath(points: readonly Vec3[], perSpan: number): Vec3[] {
  if (points.length < 2) return points.map((p) => p);
  const out: Vec3[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = at(points, i - 1);
    const p1 = at(points, i);
    const p2 = at(points, i + 1);
    const p3 = at(points, i + 2);
    for (let s = 0; s < perSpan; s++) {
      const t = s / perSpan;
      out.push([
        catmull(p0[0], p1[0], p2[0], p3[0], t),
        catmull(p0[1], p1[1], p2[1], p3[1], t),
        catmull(p0[2], p1[2], p2[2], p3[2], t),
      ]);
    }
  }
  out.push(at(points, points.length - 1));
  return out;
}

/** Cumulative arc length of a polyline, starting at 0. */
export function arcLengths(points: readonly Vec3[]): number[] {
  const out = [0];
  for (let i = 1; i < points.length; i++) out.push(at(out, i - 1) + distance(at(points, i - 1), at(points, i)));
  return out;
}

/** Resample a polyline into `count` points evenly spaced along its length. */
export function resample(points: readonly Vec3[], count: number): Vec3[] {
  const lengths = arcLengths(points);
  const total = at(lengths, lengths.length - 1);
  const out: Vec3[] = [];
  let j = 0;
  for (let i = 0; i < count; i++) {
    const s = (total * i) / Math.max(1, count - 1);
    while (j < points.length - 2 && at(lengths, j + 1) < s) j++;
    const l0 = at(lengths, j);
    const l1 = at(lengths, j + 1);
    const t = l1 > l0 ? (s - l0) / (l1 - l0) : 0;
    const a = at(points, j);
    const b = at(points, j + 1);
    out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
  }
  return out;
}

/** Periodic Catmull-Rom through values at equal angles; `u` in [0, 1) turns once around. */
export function periodic(values: readonly number[], u: number): number {
  const n = values.length;
  if (n === 1) return at(values, 0);
  const x = (((u % 1) + 1) % 1) * n;
  const i = Math.floor(x);
  const t = x - i;
  const v = (k: number): number => at(values, (((i + k) % n) + n) % n);
  return catmull(v(-1), v(0), v(1), v(2), t);
}
