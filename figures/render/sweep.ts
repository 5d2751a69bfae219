import type { BellyStation } from '../model/types';
import { MeshBuilder, type Mesh } from './mesh';
import { arcLengths, resample, smoothPath } from './spline';
import { cross, distance, normalize, perpendicular, sub, type Vec3 } from './vec';

/**
 * A section swept along a smooth path: the shape of a belly or a tendon. At every sample: the
 * centre, the tangent t, the facing f (thickness direction), the side s (width direction) and the
 * half width and half thickness.
 */
export interface Sweep {
  readonly centres: readonly Vec3[];
  readonly t: readonly Vec3[];
  readonly f: readonly Vec3[];
  readonly s: readonly Vec3[];
  readonly halfWidth: readonly number[];
  readonly halfDepth: readonly number[];
  /** Superellipse exponent of the section: 2 is an ellipse, higher is boxier. */
  readonly exponent: number;
}

function smoothBlend(a: number, b: number, f: number): number {
  const s = f * f * (3 - 2 * f);
  return a + (b - a) * s;
}

/** Width and thickness at fraction u of the path, eased between stations. */
export function profileAt(profile: readonly BellyStation[], u: number): { w: number; d: number } {
  const first = profile[0] ?? { t: 0, w: 0.01, d: 0.01 };
  if (u <= first.t) return first;
  for (let i = 0; i + 1 < profile.length; i++) {
    const a = profile[i] ?? first;
    const b = profile[i + 1] ?? first;
    if (u <= b.t) {
      const f = b.t > a.t ? (u - a.t) / (b.t - a.t) : 0;
      return { w: smoothBlend(a.w, b.w, f), d: smoothBlend(a.d, b.d, f) };
    }
  }
  return profile[profile.length - 1] ?? first;
}

function isDirectionList(facing: Vec3 | readonly Vec3[]): facing is readonly Vec3[] {
  return Array.isArray(facing[0]);
}

function facingAt(facing: Vec3 | readonly Vec3[], chordFractions: readonly number[], u: number): Vec3 {
  if (!isDirectionList(facing)) return facing;
  const list = facing;
  for (let i = 0; i + 1 < list.length; i++) {
    const u0 = chordFractions[i] ?? 0;
    const u1 = chordFractions[i + 1] ?? 1;
    if (u <= u1 || i + 2 === list.length) {
      const f = u1 > u0 ? Math.min(1, Math.max(0, (u - u0) / (u1 - u0))) : 0;
      const a = list[i] ?? [0, 1, 0];
      const b = list[i + 1] ?? a;
      return normalize([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
    }
  }
  return list[0] ?? [0, 1, 0];
}

export function sweep(
  path: readonly Vec3[],
  facing: Vec3 | readonly Vec3[],
  profile: readonly BellyStation[],
  exponent: number,
  step = 0.004,
): Sweep {
  const smooth = smoothPath(path, 8);
  const lengths = arcLengths(smooth);
  const total = lengths[lengths.length - 1] ?? 0;
  const count = Math.max(2, Math.ceil(total / step) + 1);
  const centres = resample(smooth, count);
  const chords = arcLengths(path);
  const chordTotal = chords[chords.length - 1] || 1;
  const chordFractions = chords.map((c) => c / chordTotal);
  const t: Vec3[] = [];
  const f: Vec3[] = [];
  const s: Vec3[] = [];
  const halfWidth: number[] = [];
  const halfDepth: number[] = [];
  centres.forEach((c, i) => {
    const prev = centres[Math.max(0, i - 1)] ?? c;
    const next = centres[Math.min(count - 1, i + 1)] ?? c;
    const ti = distance(prev, next) > 0 ? normalize(sub(next, prev)) : ([0, 0, 1] as Vec3);
    const u = i / (count - 1);
    const fi = perpendicular(facingAt(facing, chordFractions, u), ti, [0, 1, 0]);
    t.push(ti);
    f.push(fi);
    s.push(normalize(cross(ti, fi)));
    const { w, d } = profileAt(profile, u);
    halfWidth.push(w / 2);
    halfDepth.push(d / 2);
  });
  return { centres, t, f, s, halfWidth, halfDepth, exponent };
}

/**
 * A closed mesh of a sweep: superellipse sections sampled by their parametric angle (so a flat
 * band keeps vertices across its faces, not only at its edges), rounded ends.
 */
export function sweepMesh(sw: Sweep, ringSize = 24): Mesh {
  const b = new MeshBuilder();
  const e = 2 / sw.exponent;
  const ring = (i: number, scaleBy: number, shift: number): number => {
    const start = b.vertexCount;
    const c = sw.centres[i] ?? [0, 0, 0];
    const t = sw.t[i] ?? [0, 0, 1];
    const f = sw.f[i] ?? [0, 1, 0];
    const s = sw.s[i] ?? [1, 0, 0];
    const hd = (sw.halfDepth[i] ?? 0.001) * scaleBy;
    const hw = (sw.halfWidth[i] ?? 0.001) * scaleBy;
    for (let k = 0; k < ringSize; k++) {
      const th = (2 * Math.PI * k) / ringSize;
      const cu = Math.cos(th);
      const su = Math.sin(th);
      const u = hd * Math.sign(cu) * Math.pow(Math.abs(cu), e);
      const v = hw * Math.sign(su) * Math.pow(Math.abs(su), e);
      b.vertex([
        c[0] + f[0] * u + s[0] * v + t[0] * shift,
        c[1] + f[1] * u + s[1] * v + t[1] * shift,
        c[2] + f[2] * u + s[2] * v + t[2] * shift,
      ]);
    }
    return start;
  };
  const n = sw.centres.length;
  const rings = sw.centres.map((_, i) => ring(i, 1, 0));
  for (let i = 0; i + 1 < n; i++) b.ringStrip(rings[i] ?? 0, rings[i + 1] ?? 0, ringSize);
  // Rounded ends: two shrinking rings and a pole.
  const end = (i: number, dir: 1 | -1): void => {
    const cap = 0.8 * Math.min(sw.halfDepth[i] ?? 0.001, sw.halfWidth[i] ?? 0.001);
    const r1 = ring(i, 0.8, dir * cap * 0.6);
    const r2 = ring(i, 0.45, dir * cap * 0.9);
    const c = sw.centres[i] ?? [0, 0, 0];
    const t = sw.t[i] ?? [0, 0, 1];
    const pole = b.vertex([c[0] + t[0] * cap * dir, c[1] + t[1] * cap * dir, c[2] + t[2] * cap * dir]);
    const base = rings[i] ?? 0;
    if (dir > 0) {
      b.ringStrip(base, r1, ringSize);
      b.ringStrip(r1, r2, ringSize);
      b.fan(pole, r2, ringSize, false);
    } else {
      b.ringStrip(r1, base, ringSize);
      b.ringStrip(r2, r1, ringSize);
      b.fan(pole, r2, ringSize, true);
    }
  };
  end(0, -1);
  end(n - 1, 1);
  return b.build(true);
}
