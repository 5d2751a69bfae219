/** Box-filter an RGB image by an integer factor (the resolve step of supersampling). */
export function downsample(rgb: Uint8Array, width: number, height: number, factor: number): Uint8Array {
  const w = Math.floor(width / factor);
  const h = Math.floor(height / factor);
  const out = new Uint8Array(w * h * 3);
  const n = factor * factor;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let r = 0, g = 0, b = 0;
      for (let dy = 0; dy < factor; dy++) {
        let k = ((y * factor + dy) * width + x * factor) * 3;
        for (let dx = 0; dx < factor; dx++, k += 3) {
          r += rgb[k] ?? 0;
          g += rgb[k + 1] ?? 0;
          b += rgb[k + 2] ?? 0;
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
