/** Box-filter an RGBA image by an integer factor into RGB (the resolve step of supersampling). */
export function downsample(rgba: Uint8Array, width: number, height: number, factor: number): Uint8Array {
  const w = Math.floor(width / factor);
  const h = Math.floor(height / factor);
  const out = new Uint8Array(w * h * 3);
  const n = factor * factor;
  if (factor === 2) {
    for (let y = 0; y < h; y++) {
      let k = y * 2 * width * 4;
      const k2 = width * 4;
      let o = y * w * 3;
      for (let x = 0; x < w; x++, k += 8, o += 3) {
        out[o] = ((rgba[k] ?? 0) + (rgba[k + 4] ?? 0) + (rgba[k + k2] ?? 0) + (rgba[k + k2 + 4] ?? 0) + 2) >> 2;
        out[o + 1] = ((rgba[k + 1] ?? 0) + (rgba[k + 5] ?? 0) + (rgba[k + k2 + 1] ?? 0) + (rgba[k + k2 + 5] ?? 0) + 2) >> 2;
        out[o + 2] = ((rgba[k + 2] ?? 0) + (rgba[k + 6] ?? 0) + (rgba[k + k2 + 2] ?? 0) + (rgba[k + k2 + 6] ?? 0) + 2) >> 2;
      }
    }
    return out;
  }
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let r = 0, g = 0, b = 0;
      for (let dy = 0; dy < factor; dy++) {
        let k = ((y * factor + dy) * width + x * factor) * 4;
        for (let dx = 0; dx < factor; dx++, k += 4) {
          r += rgba[k] ?? 0;
          g += rgba[k + 1] ?? 0;
          b += rgba[k + 2] ?? 0;
        }
      }
      const o = (y * w + x) * 3;
      out[o] = (r + n / 2) / n;
      out[o + 1] = (g + n / 2) / n;
      out[o + 2] = (b + n / 2) / n;
    }
  }
  return out;
}
