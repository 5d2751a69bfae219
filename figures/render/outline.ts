import type { Framebuffer } from './rasterizer';

/**
 * Ink lines where one drawn item meets another or the background, and where the depth jumps
 * (a trochanter in front of the shaft): darkens those pixels toward a sepia ink. Lines are two
 * pixels wide at the rendered size (one after the 2x downscale) and drawn on the nearer side.
 */
export function outline(fb: Framebuffer, depthStep: number, strength: number): void {
  const { width: W, height: H, depth, id, color } = fb;
  const w1 = 0.55 * strength;
  const w2 = 0.75 * strength;
  const w3 = strength;
  for (let y = 2; y < H - 2; y++) {
    let k = y * W + 2;
    for (let x = 2; x < W - 2; x++, k++) {
      const i0 = id[k] ?? 0;
      if (i0 === 0) continue;
      const d0 = depth[k] ?? 0;
      let m = 0;
      for (let q = 0; q < 8; q++) {
        const n = q === 0 ? k - 1 : q === 1 ? k + 1 : q === 2 ? k - W : q === 3 ? k + W : q === 4 ? k - 2 : q === 5 ? k + 2 : q === 6 ? k - 2 * W : k + 2 * W;
        const i1 = id[n] ?? 0;
        if (i1 !== i0) {
          if (i1 === 0) {
            m = 3;
            break;
          }
          if (d0 >= (depth[n] ?? 0) && m < 2) m = 2;
        } else if (m === 0 && d0 - (depth[n] ?? 0) > depthStep) m = 1;
      }
      if (m === 0) continue;
      const w = m === 3 ? w3 : m === 2 ? w2 : w1;
      const c = color[k] ?? 0;
      const r = c & 0xff, g = (c >> 8) & 0xff, b = (c >> 16) & 0xff;
      color[k] = (0xff000000 | (((b + (40 - b) * w) | 0) << 16) | (((g + (45 - g) * w) | 0) << 8) | ((r + (60 - r) * w) | 0)) >>> 0;
    }
  }
}
