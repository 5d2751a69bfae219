import type { Framebuffer } from './rasterizer';

/**
 * Ink lines where one drawn item meets another or the background, and where the depth jumps
 * (a trochanter in front of the shaft): darkens those pixels toward a sepia ink. Lines are two
 * pixels wide, drawn on the nearer side, and softened with the edges they follow (smooth-edges.ts).
 */
export function outline(fb: Framebuffer, depthStep: number, strength: number): void {
  const { width: W, height: H, depth, id, color } = fb;
  const weights = inkWeights(strength);
  for (let y = 2; y < H - 2; y++) {
    let k = y * W + 2;
    for (let x = 2; x < W - 2; x++, k++) {
      const m = inkLevel(id, depth, k, W, depthStep);
      if (m === 0) continue;
      const w = weights[m] ?? 0;
      const c = color[k] ?? 0;
      const r = c & 0xff, g = (c >> 8) & 0xff, b = (c >> 16) & 0xff;
      color[k] = (0xff000000 | (((b + (INK[2] - b) * w) | 0) << 16) | (((g + (INK[1] - g) * w) | 0) << 8) | ((r + (INK[0] - r) * w) | 0)) >>> 0;
    }
  }
}

/** The ink colour (RGB) lines are darkened toward. */
export const INK: readonly [number, number, number] = [60, 45, 40];

/** How much ink each level of inkLevel puts on a pixel (0: none). */
export function inkWeights(strength: number): readonly [number, number, number, number] {
  return [0, 0.55 * strength, 0.75 * strength, strength];
}

/**
 * The line at pixel k (not within 2 pixels of the border) among its 8 neighbours at 1 and 2
 * pixels: 3 next to the background, 2 in front of another item, 1 at a depth jump within the same
 * item (more than `depthStep` nearer than a neighbour), 0 none or the background itself.
 */
export function inkLevel(id: Uint16Array, depth: Float32Array, k: number, W: number, depthStep: number): number {
  const i0 = id[k] ?? 0;
  if (i0 === 0) return 0;
  const a = id[k - 1] ?? 0, b = id[k + 1] ?? 0, c = id[k - W] ?? 0, d = id[k + W] ?? 0;
  const e = id[k - 2] ?? 0, f = id[k + 2] ?? 0, g = id[k - 2 * W] ?? 0, h = id[k + 2 * W] ?? 0;
  if (a === 0 || b === 0 || c === 0 || d === 0 || e === 0 || f === 0 || g === 0 || h === 0) return 3;
  const d0 = depth[k] ?? 0;
  if (a === i0 && b === i0 && c === i0 && d === i0 && e === i0 && f === i0 && g === i0 && h === i0) {
    // Inside one item: only a depth jump draws a line.
    return d0 - (depth[k - 1] ?? 0) > depthStep || d0 - (depth[k + 1] ?? 0) > depthStep ||
      d0 - (depth[k - W] ?? 0) > depthStep || d0 - (depth[k + W] ?? 0) > depthStep ||
      d0 - (depth[k - 2] ?? 0) > depthStep || d0 - (depth[k + 2] ?? 0) > depthStep ||
      d0 - (depth[k - 2 * W] ?? 0) > depthStep || d0 - (depth[k + 2 * W] ?? 0) > depthStep
      ? 1
      : 0;
  }
  if (
    (a !== i0 && d0 >= (depth[k - 1] ?? 0)) || (b !== i0 && d0 >= (depth[k + 1] ?? 0)) ||
    (c !== i0 && d0 >= (depth[k - W] ?? 0)) || (d !== i0 && d0 >= (depth[k + W] ?? 0)) ||
    (e !== i0 && d0 >= (depth[k - 2] ?? 0)) || (f !== i0 && d0 >= (depth[k + 2] ?? 0)) ||
    (g !== i0 && d0 >= (depth[k - 2 * W] ?? 0)) || (h !== i0 && d0 >= (depth[k + 2 * W] ?? 0))
  )
    return 2;
  return (a === i0 && d0 - (depth[k - 1] ?? 0) > depthStep) || (b === i0 && d0 - (depth[k + 1] ?? 0) > depthStep) ||
    (c === i0 && d0 - (depth[k - W] ?? 0) > depthStep) || (d === i0 && d0 - (depth[k + W] ?? 0) > depthStep) ||
    (e === i0 && d0 - (depth[k - 2] ?? 0) > depthStep) || (f === i0 && d0 - (depth[k + 2] ?? 0) > depthStep) ||
    (g === i0 && d0 - (depth[k - 2 * W] ?? 0) > depthStep) || (h === i0 && d0 - (depth[k + 2 * W] ?? 0) > depthStep)
    ? 1
    : 0;
}
