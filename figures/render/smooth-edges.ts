/**
 * Antialiasing of a picture drawn one sample per pixel: where two structures meet (or one meets the
 * background), each pixel on the boundary is blended with its four neighbours, so an edge that
 * steps from row to row reads as a line rather than a staircase. Pixels inside a structure are
 * left as they are, so the surfaces keep their sharpness. `ids` says which structure owns each
 * pixel (0: none); only the rectangle x0..x1, y0..y1 (inclusive) is looked at.
 */
export function smoothEdges(
  rgb: Uint8Array,
  ids: Uint16Array,
  width: number,
  height: number,
  area: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number },
): void {
  const W = width;
  const x0 = Math.max(1, area.x0 - 1), x1 = Math.min(W - 2, area.x1 + 1);
  const y0 = Math.max(1, area.y0 - 1), y1 = Math.min(height - 2, area.y1 + 1);
  if (x1 < x0 || y1 < y0) return;
  // The rows above, at and below the current one, as they were before blending.
  const rowBytes = W * 3;
  let above = rgb.slice((y0 - 1) * rowBytes, y0 * rowBytes);
  let here = rgb.slice(y0 * rowBytes, (y0 + 1) * rowBytes);
  let below = new Uint8Array(rowBytes);
  for (let y = y0; y <= y1; y++) {
    below.set(rgb.subarray((y + 1) * rowBytes, (y + 2) * rowBytes));
    for (let x = x0, k = y * W + x0; x <= x1; x++, k++) {
      const id = ids[k];
      if (ids[k - 1] === id && ids[k + 1] === id && ids[k - W] === id && ids[k + W] === id) continue;
      const c = x * 3;
      const o = y * rowBytes + c;
      for (let ch = 0; ch < 3; ch++) {
        const self = here[c + ch] ?? 0;
        const around = (here[c - 3 + ch] ?? 0) + (here[c + 3 + ch] ?? 0) + (above[c + ch] ?? 0) + (below[c + ch] ?? 0);
        rgb[o + ch] = (self * 4 + around + 4) >> 3;
      }
    }
    const spare = above;
    above = here;
    here = below;
    below = spare;
  }
}
