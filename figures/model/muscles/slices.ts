import type { BellyStation, Vec3 } from '../types';

/**
 * A sheet swept down the body in horizontal slices: at each height z it spans from `inner` to
 * `outer` ([x, y] of its medial and lateral edge); its facing is the slice's outward normal.
 */
export function slices(rows: readonly { z: number; inner: readonly [number, number]; outer: readonly [number, number]; d: number }[]) {
  const path: Vec3[] = [];
  const facing: Vec3[] = [];
  const profile: BellyStation[] = [];
  const len: number[] = [0];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!, b = rows[i]!;
    const ca = [(a.inner[0] + a.outer[0]) / 2, (a.inner[1] + a.outer[1]) / 2];
    const cb = [(b.inner[0] + b.outer[0]) / 2, (b.inner[1] + b.outer[1]) / 2];
    len.push(len[i - 1]! + Math.hypot(cb[0]! - ca[0]!, cb[1]! - ca[1]!, b.z - a.z));
  }
  const total = len[len.length - 1]!;
  rows.forEach((r, i) => {
    const dx = r.outer[0] - r.inner[0];
    const dy = r.outer[1] - r.inner[1];
    path.push([(r.inner[0] + r.outer[0]) / 2, (r.inner[1] + r.outer[1]) / 2, r.z]);
    // Outward normal of the slice's chord (the body's surface faces away from its inside).
    facing.push([dy, -dx, 0]);
    profile.push({ t: len[i]! / total, w: Math.max(Math.hypot(dx, dy), 0.004), d: r.d });
  });
  return { path, facing, profile };
}
