/**
 * A software z-buffer: triangles in screen space with per-vertex colour, larger depth is nearer.
 * No browser or GPU: plain typed arrays.
 */
export class Framebuffer {
  readonly depth: Float32Array;
  /** Packed 0xAABBGGRR (little-endian RGBA bytes). */
  readonly color: Uint32Array;
  /** Which drawn item owns the pixel (0: none). */
  readonly id: Uint16Array;
  /** A fourth interpolated value per pixel (opacity of a see-through layer), when drawn with one. */
  readonly alpha: Float32Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    const n = width * height;
    this.depth = new Float32Array(n).fill(-Infinity);
    this.color = new Uint32Array(n);
    this.id = new Uint16Array(n);
    this.alpha = new Float32Array(n);
  }

  clear(background: number): void {
    this.depth.fill(-Infinity);
    this.color.fill(background);
    this.id.fill(0);
    this.alpha.fill(0);
  }
}

/** Vertices already projected: screen x, y (pixels, y down), depth, and colour 0-255. */
export interface ScreenVertices {
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly z: Float32Array;
  readonly r?: Float32Array;
  readonly g?: Float32Array;
  readonly b?: Float32Array;
  readonly a?: Float32Array;
}

export interface DrawOptions {
  readonly id: number;
  /** Skip triangles facing away (closed meshes). */
  readonly cull: boolean;
  /** Only pixels nearer than this buffer's depth are drawn (for a layer in front of another). */
  readonly nearerThan?: Float32Array;
  /** Called for pixels that pass, instead of writing colour (counting, masks). */
  readonly onPixel?: (index: number) => void;
  /** Multiply screen coordinates by this (draw a smaller copy of a projection). */
  readonly scale?: number;
}

export function drawTriangles(fb: Framebuffer, v: ScreenVertices, indices: Uint32Array, opts: DrawOptions): void {
  const { width: W, height: H, depth, color, id: ids, alpha } = fb;
  const { x: X, y: Y, z: Z, r: R, g: G, b: B, a: A } = v;
  const id = opts.id;
  const cull = opts.cull;
  const nearer = opts.nearerThan;
  const onPixel = opts.onPixel;
  const sc = opts.scale ?? 1;
  const hasColor = R !== undefined && G !== undefined && B !== undefined && onPixel === undefined;
  for (let t = 0; t < indices.length; t += 3) {
    const i0 = indices[t] ?? 0;
    let i1 = indices[t + 1] ?? 0;
    let i2 = indices[t + 2] ?? 0;
    const x0 = (X[i0] ?? 0) * sc;
    const y0 = (Y[i0] ?? 0) * sc;
    let x1 = (X[i1] ?? 0) * sc, y1 = (Y[i1] ?? 0) * sc;
    let x2 = (X[i2] ?? 0) * sc, y2 = (Y[i2] ?? 0) * sc;
    let area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
    if (area >= 0) {
      if (cull || area === 0) continue;
      const ti = i1; i1 = i2; i2 = ti;
      const tx = x1; x1 = x2; x2 = tx;
      const ty = y1; y1 = y2; y2 = ty;
      area = -area;
    }
    let minX = Math.floor(Math.min(x0, x1, x2));
    let maxX = Math.ceil(Math.max(x0, x1, x2));
    let minY = Math.floor(Math.min(y0, y1, y2));
    let maxY = Math.ceil(Math.max(y0, y1, y2));
    if (maxX < 0 || maxY < 0 || minX >= W || minY >= H) continue;
    if (minX < 0) minX = 0;
    if (minY < 0) minY = 0;
    if (maxX > W - 1) maxX = W - 1;
    if (maxY > H - 1) maxY = H - 1;
    const inv = 1 / area;
    // Barycentric weights as linear functions of the pixel centre.
    const a0x = -(y2 - y1) * inv, a0y = (x2 - x1) * inv;
    const a1x = -(y0 - y2) * inv, a1y = (x0 - x2) * inv;
    const a2x = -(y1 - y0) * inv, a2y = (x1 - x0) * inv;
    const z0 = Z[i0] ?? 0, z1 = Z[i1] ?? 0, z2 = Z[i2] ?? 0;
    let r0 = 0, r1 = 0, r2 = 0, g0 = 0, g1 = 0, g2 = 0, b0c = 0, b1c = 0, b2c = 0;
    const hasAlpha = A !== undefined;
    const al0 = A?.[i0] ?? 0, al1 = A?.[i1] ?? 0, al2 = A?.[i2] ?? 0;
    if (hasColor) {
      r0 = R[i0] ?? 0; r1 = R[i1] ?? 0; r2 = R[i2] ?? 0;
      g0 = G[i0] ?? 0; g1 = G[i1] ?? 0; g2 = G[i2] ?? 0;
      b0c = B[i0] ?? 0; b1c = B[i1] ?? 0; b2c = B[i2] ?? 0;
    }
    const eps = -1e-7;
    for (let py = minY; py <= maxY; py++) {
      const cy = py + 0.5;
      // Each weight is linear along the row: l = base + slope * cx. Keep the span where all three are >= 0.
      const b0 = (0 - x1) * a0x + (cy - y1) * a0y;
      const b1 = (0 - x2) * a1x + (cy - y2) * a1y;
      const b2 = (0 - x0) * a2x + (cy - y0) * a2y;
      let lo = minX + 0.5;
      let hi = maxX + 0.5;
      if (a0x > 0) lo = Math.max(lo, (eps - b0) / a0x);
      else if (a0x < 0) hi = Math.min(hi, (eps - b0) / a0x);
      else if (b0 < eps) continue;
      if (a1x > 0) lo = Math.max(lo, (eps - b1) / a1x);
      else if (a1x < 0) hi = Math.min(hi, (eps - b1) / a1x);
      else if (b1 < eps) continue;
      if (a2x > 0) lo = Math.max(lo, (eps - b2) / a2x);
      else if (a2x < 0) hi = Math.min(hi, (eps - b2) / a2x);
      else if (b2 < eps) continue;
      const xs = Math.ceil(lo - 0.5);
      const xe = Math.floor(hi - 0.5);
      if (xe < xs) continue;
      const cx = xs + 0.5;
      let l0 = b0 + a0x * cx;
      let l1 = b1 + a1x * cx;
      let l2 = b2 + a2x * cx;
      const row = py * W;
      for (let px = xs; px <= xe; px++) {
        if (l0 >= eps && l1 >= eps && l2 >= eps) {
          const k = row + px;
          const z = l0 * z0 + l1 * z1 + l2 * z2;
          if (z > (depth[k] ?? 0) && (nearer === undefined || z > (nearer[k] ?? 0))) {
            depth[k] = z;
            ids[k] = id;
            if (onPixel) onPixel(k);
            else if (hasColor) {
              const r = l0 * r0 + l1 * r1 + l2 * r2;
              const g = l0 * g0 + l1 * g1 + l2 * g2;
              const b = l0 * b0c + l1 * b1c + l2 * b2c;
              color[k] = 0xff000000 | (clamp8(b) << 16) | (clamp8(g) << 8) | clamp8(r);
              if (hasAlpha) alpha[k] = l0 * al0 + l1 * al1 + l2 * al2;
            }
          }
        }
        l0 += a0x;
        l1 += a1x;
        l2 += a2x;
      }
    }
  }
}

function clamp8(v: number): number {
  return v <= 0 ? 0 : v >= 255 ? 255 : v | 0;
}
