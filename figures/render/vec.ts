/** Small 3-vector helpers on readonly tuples. Coordinates are metres in the body frame. */
export type Vec3 = readonly [number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b));

export function normalize(a: Vec3): Vec3 {
  const l = length(a);
  return l > 1e-12 ? [a[0] / l, a[1] / l, a[2] / l] : [0, 0, 0];
}

/** The part of `v` perpendicular to the unit vector `axis`, normalised; `fallback` when parallel. */
export function perpendicular(v: Vec3, axis: Vec3, fallback: Vec3): Vec3 {
  const p = sub(v, scale(axis, dot(v, axis)));
  if (length(p) > 1e-6) return normalize(p);
  const q = sub(fallback, scale(axis, dot(fallback, axis)));
  return length(q) > 1e-6 ? normalize(q) : normalize(cross(axis, [0.3, 0.5, 0.8]));
}
