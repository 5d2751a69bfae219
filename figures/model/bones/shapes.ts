/** Small helpers for writing bone parts, and the frame's vector arithmetic on plain triples. */
import type { BonePart, EllipsoidPart, LoftPart, Vec3 } from '../types';

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const mul = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
export const unit = (a: Vec3): Vec3 => mul(a, 1 / Math.hypot(a[0], a[1], a[2]));
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]];
/** Rounded to 0.1 mm, so the data reads cleanly in LANDMARKS.md. */
export const r4 = (a: Vec3): Vec3 => [Math.round(a[0] * 10000) / 10000, Math.round(a[1] * 10000) / 10000, Math.round(a[2] * 10000) / 10000];

/** A loft through points with one radius (number or [front, side]) per point, or one for all. */
export function tube(
  label: string,
  points: readonly Vec3[],
  r: number | readonly [number, number] | readonly (number | readonly [number, number])[],
  opts: { front?: Vec3; side?: Vec3; caps?: number | readonly [number, number] } = {},
): LoftPart {
  const radii = (i: number): number | readonly number[] => {
    if (typeof r === 'number') return r;
    if (r.length === 2 && typeof r[0] === 'number' && typeof r[1] === 'number' && points.length !== 2) return r as readonly [number, number];
    const v = (r as readonly (number | readonly [number, number])[])[Math.min(i, r.length - 1)] ?? 0.002;
    return v;
  };
  const caps = opts.caps ?? 0.002;
  const [c0, c1] = typeof caps === 'number' ? [caps, caps] : caps;
  return {
    kind: 'loft',
    label,
    sections: points.map((at, i) => ({ at, r: radii(i) })),
    ...(opts.front ? { front: opts.front } : {}),
    ...(opts.side ? { side: opts.side } : {}),
    capStart: c0,
    capEnd: c1,
  };
}

/** An ellipsoid; `axes` its first two axes. */
export function blob(label: string, center: Vec3, radii: Vec3 | number, axes?: readonly [Vec3, Vec3]): EllipsoidPart {
  const r: Vec3 = typeof radii === 'number' ? [radii, radii, radii] : radii;
  return { kind: 'ellipsoid', label, center, radii: r, ...(axes ? { axes } : {}) };
}

/** Parts mirrored across the median plane (for a midline bone built from its right half). */
export function mirrored(parts: readonly BonePart[]): BonePart[] {
  return parts.map((p): BonePart => {
    switch (p.kind) {
      case 'loft':
        return {
          ...p,
          label: `${p.label} (left)`,
          sections: p.sections.map((s) => ({ ...s, at: mirrorX(s.at) })),
          ...(p.front ? { front: mirrorX(p.front) } : {}),
          side: mirrorX(p.side ?? [1, 0, 0]),
        };
      case 'ellipsoid':
        return {
          ...p,
          label: `${p.label} (left)`,
          center: mirrorX(p.center),
          ...(p.axes ? { axes: [mirrorX(p.axes[0]), mirrorX(p.axes[1])] as const } : {}),
        };
      case 'plate':
        return { ...p, label: `${p.label} (left)`, grid: p.grid.map((row) => row.map(mirrorX)), outward: mirrorX(p.outward) };
    }
  });
}
