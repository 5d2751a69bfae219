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
  /**
   * The rectangle drawn into since the last clear (inclusive pixel bounds; empty when x0 > x1), so a
   * clear only wipes what was drawn. Everything outside it holds the last clear's values.
   */
  dirtyX0 = 0;
  dirtyY0 = 0;
  dirtyX1: number;
  dirtyY1: number;
  /** Whether ids and alphas were written since the last clear (a clear skips those that were not). */
  idWritten = true;
  alphaWritten = true;
  private background = 0;
  /**
   * With `tiles`: per TILE x TILE block of pixels, the farthest depth drawn in it (-Infinity while
   * any of its pixels is empty), so `drawShaded` skips a triangle wholly behind what is drawn.
   * Pixels only come nearer, so a tile's value lags behind and never hides too much; it is brought
   * up to date after each mesh, for the tiles the mesh drew into.
   */
  readonly tiles: { readonly far: Float32Array; readonly dirty: Uint8Array; readonly across: number; stale: number[] } | null;

  constructor(
    readonly width: number,
    readonly height: number,
    opts: { readonly tiles?: boolean } = {},
  ) {
    const n = width * height;
    const across = Math.ceil(width / TILE);
    const count = across * Math.ceil(height / TILE);
    this.tiles = opts.tiles ? { far: new Float32Array(count).fill(-Infinity), dirty: new Uint8Array(count), across, stale: [] } : null;
    this.depth = new Float32Array(n).fill(-Infinity);
    this.color = new Uint32Array(n);
    this.id = new Uint16Array(n);
    this.alpha = new Float32Array(n);
    // Everything: the colour is not yet the background of any clear.
    this.dirtyX1 = width - 1;
    this.dirtyY1 = height - 1;
  }

  clear(background: number): void {
    const W = this.width;
    const whole = background !== this.background;
    const x0 = whole ? 0 : this.dirtyX0, x1 = whole ? W - 1 : this.dirtyX1;
    const y0 = whole ? 0 : this.dirtyY0, y1 = whole ? this.height - 1 : this.dirtyY1;
    if (x1 >= x0 && y1 >= y0) {
      if (x0 === 0 && x1 === W - 1) {
        const a = y0 * W, b = (y1 + 1) * W;
        this.depth.fill(-Infinity, a, b);
        this.color.fill(background, a, b);
        if (whole || this.idWritten) this.id.fill(0, a, b);
        if (whole || this.alphaWritten) this.alpha.fill(0, a, b);
      } else {
        for (let y = y0; y <= y1; y++) {
          const a = y * W + x0, b = y * W + x1 + 1;
          this.depth.fill(-Infinity, a, b);
          this.color.fill(background, a, b);
          if (whole || this.idWritten) this.id.fill(0, a, b);
          if (whole || this.alphaWritten) this.alpha.fill(0, a, b);
        }
      }
    }
    this.idWritten = false;
    this.alphaWritten = false;
    this.background = background;
    if (this.tiles) {
      this.tiles.far.fill(-Infinity);
      this.tiles.dirty.fill(0);
      this.tiles.stale = [];
    }
    this.dirtyX0 = W;
    this.dirtyY0 = this.height;
    this.dirtyX1 = -1;
    this.dirtyY1 = -1;
  }

  /** Marks a rectangle as drawn into (inclusive, already clipped to the buffer). */
  touch(x0: number, y0: number, x1: number, y1: number): void {
    if (x0 < this.dirtyX0) this.dirtyX0 = x0;
    if (y0 < this.dirtyY0) this.dirtyY0 = y0;
    if (x1 > this.dirtyX1) this.dirtyX1 = x1;
    if (y1 > this.dirtyY1) this.dirtyY1 = y1;
  }
}

/** The side of a depth tile, in pixels (a power of two: see TILE_SHIFT). */
const TILE = 8;
const TILE_SHIFT = 3;

/** Brings the tiles drawn into since the last update up to date: each one's farthest depth. */
function updateTiles(fb: Framebuffer): void {
  const t = fb.tiles;
  if (!t || t.stale.length === 0) return;
  const { width: W, height: H, depth } = fb;
  for (const tile of t.stale) {
    const x0 = (tile % t.across) << TILE_SHIFT, y0 = Math.floor(tile / t.across) << TILE_SHIFT;
    const x1 = Math.min(x0 + TILE, W), y1 = Math.min(y0 + TILE, H);
    let far = Infinity;
    for (let y = y0; y < y1 && far > -Infinity; y++) {
      for (let k = y * W + x0, e = y * W + x1; k < e; k++) {
        const d = depth[k] ?? -Infinity;
        if (d < far) far = d;
      }
    }
    t.far[tile] = far;
    t.dirty[tile] = 0;
  }
  t.stale = [];
}

/**
 * Whether everything within the screen rectangle x0..x1, y0..y1 (pixels, clipped here) and no nearer
 * than `near` lies behind what the buffer holds, by its depth tiles: a mesh that is, draws nothing.
 * False for a buffer without tiles.
 */
export function hiddenBehind(fb: Framebuffer, x0: number, y0: number, x1: number, y1: number, near: number): boolean {
  const t = fb.tiles;
  if (!t) return false;
  updateTiles(fb);
  const tx0 = Math.max(0, Math.floor(x0)) >> TILE_SHIFT, tx1 = Math.min(fb.width - 1, Math.ceil(x1)) >> TILE_SHIFT;
  const ty0 = Math.max(0, Math.floor(y0)) >> TILE_SHIFT, ty1 = Math.min(fb.height - 1, Math.ceil(y1)) >> TILE_SHIFT;
  for (let ty = ty0; ty <= ty1; ty++) {
    for (let tile = ty * t.across + tx0, e = ty * t.across + tx1; tile <= e; tile++) {
      if ((t.far[tile] ?? -Infinity) <= near) return false;
    }
  }
  return true;
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
  /**
   * Lines along a muscle's fibres (drawShaded): `u`, each vertex's coordinate across the fibres in
   * line periods, `w` how strongly its lines show (faint where the surface turns away), and the
   * period in pixels.
   */
  readonly fibre?: { readonly u: Float32Array; readonly w: Float32Array; readonly period: number };
}

/** How much a fibre line darkens the surface at its centre. */
const FIBRE_DARKEN = 0.3;

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
  let dx0 = W, dy0 = H, dx1 = -1, dy1 = -1;
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
    if (minX < dx0) dx0 = minX;
    if (minY < dy0) dy0 = minY;
    if (maxX > dx1) dx1 = maxX;
    if (maxY > dy1) dy1 = maxY;
    const inv = 1 / area;
    // Barycentric weights as linear functions of the pixel centre.
    const a0x = -(y2 - y1) * inv, a0y = (x2 - x1) * inv;
    const a1x = -(y0 - y2) * inv, a1y = (x0 - x2) * inv;
    const a2x = -(y1 - y0) * inv, a2y = (x1 - x0) * inv;
    // Where each weight crosses zero along a row: multiplied by these rather than divided, row by row.
    const q0 = 1 / a0x, q1 = 1 / a1x, q2 = 1 / a2x;
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
      if (a0x > 0) lo = Math.max(lo, (eps - b0) * q0);
      else if (a0x < 0) hi = Math.min(hi, (eps - b0) * q0);
      else if (b0 < eps) continue;
      if (a1x > 0) lo = Math.max(lo, (eps - b1) * q1);
      else if (a1x < 0) hi = Math.min(hi, (eps - b1) * q1);
      else if (b1 < eps) continue;
      if (a2x > 0) lo = Math.max(lo, (eps - b2) * q2);
      else if (a2x < 0) hi = Math.min(hi, (eps - b2) * q2);
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
  if (dx1 >= 0) {
    fb.touch(dx0, dy0, dx1, dy1);
    fb.idWritten = true;
    if (A !== undefined) fb.alphaWritten = true;
  }
}

function clamp8(v: number): number {
  return v <= 0 ? 0 : v >= 255 ? 255 : v | 0;
}

/*
 * The same rasterization as drawTriangles (the same arithmetic, so the same pixels), specialised
 * for the renderer's passes: no per-pixel callbacks or option checks, and the rectangle drawn into
 * recorded for the next clear. Back faces are always culled (the meshes are closed).
 */

/**
 * Culled, shaded triangles: depth, id, colour and, when `v.a` is given, alpha. With `second`, the
 * same triangles go at once into a second buffer of the same size (depth tested there on their
 * own, no id), coloured by `second.rgb` (three values per vertex): one rasterization for two layers.
 * The second layer is read only within `second.within` behind the first one's final surface, so a
 * triangle farther than that behind every depth tile it covers is skipped in both.
 */
export function drawShaded(
  fb: Framebuffer,
  v: ScreenVertices,
  indices: Uint32Array,
  id: number,
  second?: { readonly fb: Framebuffer; readonly rgb: Float32Array; readonly within: number },
): void {
  const { width: W, height: H, depth, color, id: ids, alpha } = fb;
  const S = second?.rgb;
  const sDepth = second?.fb.depth;
  const sColor = second?.fb.color;
  if (second && (second.fb.width !== W || second.fb.height !== H)) throw new Error('drawShaded: buffers of different sizes');
  const X = v.x, Y = v.y, Z = v.z;
  const R = v.r, G = v.g, B = v.b, A = v.a;
  if (R === undefined || G === undefined || B === undefined) throw new Error('drawShaded needs colours');
  const hasAlpha = A !== undefined;
  const F = v.fibre;
  const FU = F?.u, FW = F?.w, period = F?.period ?? 1;
  // Depth tiles skip hidden triangles (those going into a second layer too only when hidden by more
  // than what that layer is read within: pixels only come nearer, so a tile's far depth is a bound).
  const tiles = fb.tiles;
  const margin = second?.within ?? 0;
  const far = tiles?.far, dirty = tiles?.dirty, stale = tiles?.stale, across = tiles?.across ?? 0;
  let dx0 = W, dy0 = H, dx1 = -1, dy1 = -1;
  const eps = -1e-7;
  const n = indices.length;
  for (let t = 0; t < n; t += 3) {
    const i0 = indices[t] ?? 0;
    const i1 = indices[t + 1] ?? 0;
    const i2 = indices[t + 2] ?? 0;
    const x0 = X[i0] ?? 0, y0 = Y[i0] ?? 0;
    const x1 = X[i1] ?? 0, y1 = Y[i1] ?? 0;
    const x2 = X[i2] ?? 0, y2 = Y[i2] ?? 0;
    const area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
    if (area >= 0) continue;
    let minX = Math.floor(x0 < x1 ? (x0 < x2 ? x0 : x2) : x1 < x2 ? x1 : x2);
    let maxX = Math.ceil(x0 > x1 ? (x0 > x2 ? x0 : x2) : x1 > x2 ? x1 : x2);
    let minY = Math.floor(y0 < y1 ? (y0 < y2 ? y0 : y2) : y1 < y2 ? y1 : y2);
    let maxY = Math.ceil(y0 > y1 ? (y0 > y2 ? y0 : y2) : y1 > y2 ? y1 : y2);
    if (maxX < 0 || maxY < 0 || minX >= W || minY >= H) continue;
    if (minX < 0) minX = 0;
    if (minY < 0) minY = 0;
    if (maxX > W - 1) maxX = W - 1;
    if (maxY > H - 1) maxY = H - 1;
    const z0 = Z[i0] ?? 0, z1 = Z[i1] ?? 0, z2 = Z[i2] ?? 0;
    const tx0 = minX >> TILE_SHIFT, tx1 = maxX >> TILE_SHIFT, ty0 = minY >> TILE_SHIFT, ty1 = maxY >> TILE_SHIFT;
    if (far !== undefined) {
      // Wholly behind every tile it covers: nothing of it can show.
      const near = (z0 > z1 ? (z0 > z2 ? z0 : z2) : z1 > z2 ? z1 : z2) + margin;
      let hidden = true;
      for (let ty = ty0; ty <= ty1 && hidden; ty++) {
        for (let tile = ty * across + tx0, e = ty * across + tx1; tile <= e; tile++) {
          if ((far[tile] ?? -Infinity) <= near) {
            hidden = false;
            break;
          }
        }
      }
      if (hidden) continue;
    }
    if (minX < dx0) dx0 = minX;
    if (minY < dy0) dy0 = minY;
    if (maxX > dx1) dx1 = maxX;
    if (maxY > dy1) dy1 = maxY;
    const inv = 1 / area;
    const a0x = -(y2 - y1) * inv, a0y = (x2 - x1) * inv;
    const a1x = -(y0 - y2) * inv, a1y = (x0 - x2) * inv;
    const a2x = -(y1 - y0) * inv, a2y = (x1 - x0) * inv;
    // Where each weight crosses zero along a row: multiplied by these rather than divided, row by row.
    const q0 = 1 / a0x, q1 = 1 / a1x, q2 = 1 / a2x;
    let wrote = false;
    const r0 = R[i0] ?? 0, r1 = R[i1] ?? 0, r2 = R[i2] ?? 0;
    const g0 = G[i0] ?? 0, g1 = G[i1] ?? 0, g2 = G[i2] ?? 0;
    const b0c = B[i0] ?? 0, b1c = B[i1] ?? 0, b2c = B[i2] ?? 0;
    const al0 = A?.[i0] ?? 0, al1 = A?.[i1] ?? 0, al2 = A?.[i2] ?? 0;
    const sr0 = S?.[i0 * 3] ?? 0, sr1 = S?.[i1 * 3] ?? 0, sr2 = S?.[i2 * 3] ?? 0;
    const sg0 = S?.[i0 * 3 + 1] ?? 0, sg1 = S?.[i1 * 3 + 1] ?? 0, sg2 = S?.[i2 * 3 + 1] ?? 0;
    const sb0 = S?.[i0 * 3 + 2] ?? 0, sb1 = S?.[i1 * 3 + 2] ?? 0, sb2 = S?.[i2 * 3 + 2] ?? 0;
    const fu0 = FU?.[i0] ?? 0, fu1 = FU?.[i1] ?? 0, fu2 = FU?.[i2] ?? 0;
    // No lines where they would crowd to twice their spacing (a surface seen edge-on, or a
    // triangle across a round section's seam).
    const fibres =
      FU !== undefined &&
      Math.max(Math.abs(fu1 - fu0), Math.abs(fu2 - fu0), Math.abs(fu2 - fu1)) < 1 + (2 * Math.max(maxX - minX, maxY - minY)) / period;
    const fw0 = FW?.[i0] ?? 0, fw1 = FW?.[i1] ?? 0, fw2 = FW?.[i2] ?? 0;
    for (let py = minY; py <= maxY; py++) {
      const cy = py + 0.5;
      const b0 = (0 - x1) * a0x + (cy - y1) * a0y;
      const b1 = (0 - x2) * a1x + (cy - y2) * a1y;
      const b2 = (0 - x0) * a2x + (cy - y0) * a2y;
      let lo = minX + 0.5;
      let hi = maxX + 0.5;
      if (a0x > 0) lo = Math.max(lo, (eps - b0) * q0);
      else if (a0x < 0) hi = Math.min(hi, (eps - b0) * q0);
      else if (b0 < eps) continue;
      if (a1x > 0) lo = Math.max(lo, (eps - b1) * q1);
      else if (a1x < 0) hi = Math.min(hi, (eps - b1) * q1);
      else if (b1 < eps) continue;
      if (a2x > 0) lo = Math.max(lo, (eps - b2) * q2);
      else if (a2x < 0) hi = Math.min(hi, (eps - b2) * q2);
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
          if (z > (depth[k] ?? 0)) {
            depth[k] = z;
            ids[k] = id;
            wrote = true;
            let r = l0 * r0 + l1 * r1 + l2 * r2;
            let g = l0 * g0 + l1 * g1 + l2 * g2;
            let b = l0 * b0c + l1 * b1c + l2 * b2c;
            if (fibres) {
              const u = l0 * fu0 + l1 * fu1 + l2 * fu2;
              // 1 on a line, falling smoothly to 0 halfway to the next: soft lines, which cost the
              // encoder fewer bytes than sharp ones.
              const fr = u - Math.floor(u);
              const q = fr < 0.5 ? 1 - 2 * fr : 2 * fr - 1;
              const m = 1 - FIBRE_DARKEN * q * q * q * (l0 * fw0 + l1 * fw1 + l2 * fw2);
              r *= m;
              g *= m;
              b *= m;
            }
            color[k] = 0xff000000 | (clamp8(b) << 16) | (clamp8(g) << 8) | clamp8(r);
            if (hasAlpha) alpha[k] = l0 * al0 + l1 * al1 + l2 * al2;
          }
          if (sDepth !== undefined && sColor !== undefined && z > (sDepth[k] ?? 0)) {
            sDepth[k] = z;
            const r = l0 * sr0 + l1 * sr1 + l2 * sr2;
            const g = l0 * sg0 + l1 * sg1 + l2 * sg2;
            const b = l0 * sb0 + l1 * sb1 + l2 * sb2;
            sColor[k] = 0xff000000 | (clamp8(b) << 16) | (clamp8(g) << 8) | clamp8(r);
          }
        }
        l0 += a0x;
        l1 += a1x;
        l2 += a2x;
      }
    }
    if (wrote && dirty !== undefined && stale !== undefined) {
      for (let ty = ty0; ty <= ty1; ty++) {
        for (let tile = ty * across + tx0, e = ty * across + tx1; tile <= e; tile++) {
          if (dirty[tile] === 0) {
            dirty[tile] = 1;
            stale.push(tile);
          }
        }
      }
    }
  }
  updateTiles(fb);
  if (dx1 >= 0) {
    fb.touch(dx0, dy0, dx1, dy1);
    fb.idWritten = true;
    if (hasAlpha) fb.alphaWritten = true;
    second?.fb.touch(dx0, dy0, dx1, dy1);
  }
}

/**
 * Culled triangles scaled by `sc`, tested against `depth` (which they update). With `into`, they
 * write their id there (a mask of what was drawn); with `count`, they write nothing else and count
 * the pixels they pass where `count.mask` is set and that are nearer than `count.behind` too, each
 * time they pass (a nearer triangle of the same mesh over a pixel counts again).
 * `stamp`/`current`: a pixel's depth counts only where stamp === current (else -Infinity), so a
 * depth buffer is "cleared" for the next mesh by changing `current`.
 */
export function drawDepth(
  depth: Float32Array,
  width: number,
  height: number,
  v: ScreenVertices,
  indices: Uint32Array,
  sc: number,
  into: { readonly ids: Uint16Array; readonly id: number; readonly fb: Framebuffer } | null,
  count: { readonly mask: Uint16Array; readonly behind: Float32Array; readonly stamp: Int32Array; readonly current: number } | null,
): number {
  const W = width, H = height;
  const X = v.x, Y = v.y, Z = v.z;
  const ids = into?.ids;
  const id = into?.id ?? 0;
  const mask = count?.mask, behind = count?.behind, stamp = count?.stamp;
  const current = count?.current ?? 0;
  let hits = 0;
  let dx0 = W, dy0 = H, dx1 = -1, dy1 = -1;
  const eps = -1e-7;
  const n = indices.length;
  for (let t = 0; t < n; t += 3) {
    const i0 = indices[t] ?? 0;
    const i1 = indices[t + 1] ?? 0;
    const i2 = indices[t + 2] ?? 0;
    const x0 = (X[i0] ?? 0) * sc, y0 = (Y[i0] ?? 0) * sc;
    const x1 = (X[i1] ?? 0) * sc, y1 = (Y[i1] ?? 0) * sc;
    const x2 = (X[i2] ?? 0) * sc, y2 = (Y[i2] ?? 0) * sc;
    const area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
    if (area >= 0) continue;
    let minX = Math.floor(x0 < x1 ? (x0 < x2 ? x0 : x2) : x1 < x2 ? x1 : x2);
    let maxX = Math.ceil(x0 > x1 ? (x0 > x2 ? x0 : x2) : x1 > x2 ? x1 : x2);
    let minY = Math.floor(y0 < y1 ? (y0 < y2 ? y0 : y2) : y1 < y2 ? y1 : y2);
    let maxY = Math.ceil(y0 > y1 ? (y0 > y2 ? y0 : y2) : y1 > y2 ? y1 : y2);
    if (maxX < 0 || maxY < 0 || minX >= W || minY >= H) continue;
    if (minX < 0) minX = 0;
    if (minY < 0) minY = 0;
    if (maxX > W - 1) maxX = W - 1;
    if (maxY > H - 1) maxY = H - 1;
    if (minX < dx0) dx0 = minX;
    if (minY < dy0) dy0 = minY;
    if (maxX > dx1) dx1 = maxX;
    if (maxY > dy1) dy1 = maxY;
    const inv = 1 / area;
    const a0x = -(y2 - y1) * inv, a0y = (x2 - x1) * inv;
    const a1x = -(y0 - y2) * inv, a1y = (x0 - x2) * inv;
    const a2x = -(y1 - y0) * inv, a2y = (x1 - x0) * inv;
    // Where each weight crosses zero along a row: multiplied by these rather than divided, row by row.
    const q0 = 1 / a0x, q1 = 1 / a1x, q2 = 1 / a2x;
    const z0 = Z[i0] ?? 0, z1 = Z[i1] ?? 0, z2 = Z[i2] ?? 0;
    for (let py = minY; py <= maxY; py++) {
      const cy = py + 0.5;
      const b0 = (0 - x1) * a0x + (cy - y1) * a0y;
      const b1 = (0 - x2) * a1x + (cy - y2) * a1y;
      const b2 = (0 - x0) * a2x + (cy - y0) * a2y;
      let lo = minX + 0.5;
      let hi = maxX + 0.5;
      if (a0x > 0) lo = Math.max(lo, (eps - b0) * q0);
      else if (a0x < 0) hi = Math.min(hi, (eps - b0) * q0);
      else if (b0 < eps) continue;
      if (a1x > 0) lo = Math.max(lo, (eps - b1) * q1);
      else if (a1x < 0) hi = Math.min(hi, (eps - b1) * q1);
      else if (b1 < eps) continue;
      if (a2x > 0) lo = Math.max(lo, (eps - b2) * q2);
      else if (a2x < 0) hi = Math.min(hi, (eps - b2) * q2);
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
          if (stamp !== undefined && behind !== undefined && mask !== undefined) {
            const d = stamp[k] === current ? (depth[k] ?? 0) : -Infinity;
            if (z > d && z > (behind[k] ?? 0)) {
              depth[k] = z;
              stamp[k] = current;
              if (mask[k]) hits++;
            }
          } else if (z > (depth[k] ?? 0)) {
            depth[k] = z;
            if (ids !== undefined) ids[k] = id;
          }
        }
        l0 += a0x;
        l1 += a1x;
        l2 += a2x;
      }
    }
  }
  if (into && dx1 >= 0) {
    into.fb.touch(dx0, dy0, dx1, dy1);
    into.fb.idWritten = true;
  }
  return hits;
}
