import { INK, inkLevel, inkWeights } from './outline';
import { BACKGROUND, INSERTION, ORIGIN, pack } from './palette';
import type { Framebuffer } from './rasterizer';
import { smoothEdges } from './smooth-edges';

/** The layers a view is drawn in (render-view.ts), composed into its picture. */
export interface ViewLayers {
  /** Every solid surface: colour, depth and which item owns each pixel. */
  readonly opaque: Framebuffer;
  /** The painted bones' attachment weights (origin in red, insertion in blue), when the page paints any. */
  readonly markers: Framebuffer | null;
  /** The see-through muscles, when a view has any: colour, opacity, depth and owner. */
  readonly glass: Framebuffer | null;
  /** 1 for the ids (item index + 1) of the highlighted structures. */
  readonly targetIds: Uint8Array;
}

/**
 * How far behind a highlighted muscle's surface an attachment area shows through it (metres): the
 * markers layer is read only within this of the solid surface.
 */
export const MARKERS_SHOW_WITHIN = 0.02;

/** How far nearer than its neighbour a pixel must be for an ink line within one item (a depth jump). */
const DEPTH_STEP = 0.004;
const INK_WEIGHTS = inkWeights(0.85);
const [INK_R, INK_G, INK_B] = INK;
const [ORIGIN_R, ORIGIN_G, ORIGIN_B] = ORIGIN;
const [INSERTION_R, INSERTION_G, INSERTION_B] = INSERTION;
const BACKGROUND_PACKED = pack(BACKGROUND);
const BG_R = BACKGROUND_PACKED & 0xff, BG_G = (BACKGROUND_PACKED >> 8) & 0xff, BG_B = (BACKGROUND_PACKED >> 16) & 0xff;

/**
 * Called for every pixel: bound here once, as an import is read through a getter at each use once
 * the module is compiled to CommonJS (tsx), which cost a sixth of the composing loop.
 */
const lineAt = inkLevel;

let blankRow: Uint8Array = new Uint8Array(0);

/** A row of `width` background pixels (kept between views: a copy is far quicker than a loop). */
function backgroundRow(width: number): Uint8Array {
  if (blankRow.length !== width * 3) {
    blankRow = new Uint8Array(width * 3);
    for (let o = 0; o < blankRow.length; o += 3) {
      blankRow[o] = BG_R;
      blankRow[o + 1] = BG_G;
      blankRow[o + 2] = BG_B;
    }
  }
  return blankRow;
}

/**
 * The picture of a view from its layers, into `rgb` (width x height x 3): each solid pixel with its
 * ink line (outline.ts), an attachment area just under a highlighted muscle showing through it,
 * the see-through muscles laid over everything but the highlighted ones, and then the edges
 * smoothed (smooth-edges.ts). Counts the pixels where a highlighted structure is the nearest solid
 * surface, and of those the ones no see-through muscle lies over.
 */
export function composeView(rgb: Uint8Array, layers: ViewLayers): { targetPixels: number; exposedPixels: number } {
  const { opaque, markers, glass, targetIds } = layers;
  const W = opaque.width, H = opaque.height;
  // Rows and columns that nothing was drawn on are background.
  const y0 = Math.min(opaque.dirtyY0, glass ? glass.dirtyY0 : H);
  const y1 = Math.max(opaque.dirtyY1, glass ? glass.dirtyY1 : -1);
  const x0 = Math.min(opaque.dirtyX0, glass ? glass.dirtyX0 : W);
  const x1 = Math.max(opaque.dirtyX1, glass ? glass.dirtyX1 : -1);
  const blank = backgroundRow(W);
  const background = (o: number, e: number): void => {
    if (e > o) rgb.set(blank.subarray(0, e - o), o);
  };
  const counts: PixelCounts = { targetPixels: 0, exposedPixels: 0 };
  for (let y = 0; y < H; y++) {
    const rowStart = y * W * 3;
    if (y < y0 || y > y1) {
      background(rowStart, rowStart + W * 3);
      continue;
    }
    background(rowStart, rowStart + x0 * 3);
    background(rowStart + (x1 + 1) * 3, rowStart + W * 3);
    composeRow(rgb, y, x0, x1, opaque, markers, glass, targetIds, counts);
  }
  smoothEdges(rgb, opaque.id, W, H, { x0, y0, x1, y1 });
  return counts;
}

/** The pixels where a highlighted structure is the nearest solid surface, and of those the ones no see-through muscle lies over. */
interface PixelCounts {
  targetPixels: number;
  exposedPixels: number;
}

/** One row's pixels x0..x1, its highlighted pixels added to `counts`. */
function composeRow(
  rgb: Uint8Array,
  y: number,
  x0: number,
  x1: number,
  opaque: Framebuffer,
  markers: Framebuffer | null,
  glass: Framebuffer | null,
  targetIds: Uint8Array,
  counts: PixelCounts,
): void {
  const W = opaque.width, H = opaque.height;
  const oc = opaque.color, od = opaque.depth, oid = opaque.id;
  const mc = markers?.color, md = markers?.depth;
  const gc = glass?.color, gd = glass?.depth, ga = glass?.alpha, gid = glass?.id;
  let targetPixels = 0;
  let exposedPixels = 0;
  const inner = y >= 2 && y < H - 2;
  for (let x = x0, k = y * W + x0, o = (y * W + x0) * 3; x <= x1; x++, k++, o += 3) {
    const id = oid[k] ?? 0;
    const glassDepth = gd === undefined ? -Infinity : (gd[k] ?? -Infinity);
    if (id === 0 && glassDepth === -Infinity) {
      rgb[o] = BG_R;
      rgb[o + 1] = BG_G;
      rgb[o + 2] = BG_B;
      continue;
    }
    let c = oc[k] ?? 0;
    let r = c & 0xff, g = (c >> 8) & 0xff, b = (c >> 16) & 0xff;
    if (id !== 0 && inner && x >= 2 && x < W - 2) {
      const m = lineAt(oid, od, k, W, DEPTH_STEP);
      if (m !== 0) {
        const w = INK_WEIGHTS[m] ?? 0;
        r = (r + (INK_R - r) * w) | 0;
        g = (g + (INK_G - g) * w) | 0;
        b = (b + (INK_B - b) * w) | 0;
      }
    }
    const solidDepth = od[k] ?? -Infinity;
    const target = targetIds[id] === 1;
    if (target) {
      targetPixels++;
      if (!(glassDepth > solidDepth)) exposedPixels++;
      // An attachment area just under the highlighted muscle shows through it.
      const m = mc === undefined ? 0 : (mc[k] ?? 0);
      if (m !== 0 && md !== undefined && (od[k] ?? 0) - (md[k] ?? 0) < MARKERS_SHOW_WITHIN) {
        const wo = (m & 0xff) / 255;
        const wi = ((m >> 16) & 0xff) / 255;
        const w = 0.7 * Math.max(wo, wi);
        const origin = wo >= wi;
        r += ((origin ? ORIGIN_R : INSERTION_R) - r) * w;
        g += ((origin ? ORIGIN_G : INSERTION_G) - g) * w;
        b += ((origin ? ORIGIN_B : INSERTION_B) - b) * w;
      }
    } else if (glassDepth > solidDepth && gc !== undefined && ga !== undefined && gid !== undefined) {
      // A see-through muscle is drawn over everything but the highlighted ones: over them it leaves
      // no tint and no edge, so only the page's own structures are in strong colour and no false
      // line crosses them. The highlighted muscle shows through a clear window in the covering one.
      let a = ga[k] ?? 0;
      const gi = gid[k] ?? 0;
      if ((x > 0 && gid[k - 1] !== gi) || (x < W - 1 && gid[k + 1] !== gi) || gid[k - W] !== gi || gid[k + W] !== gi) a = 0.75;
      c = gc[k] ?? 0;
      r += ((c & 0xff) - r) * a;
      g += (((c >> 8) & 0xff) - g) * a;
      b += (((c >> 16) & 0xff) - b) * a;
    }
    rgb[o] = r;
    rgb[o + 1] = g;
    rgb[o + 2] = b;
  }
  counts.targetPixels += targetPixels;
  counts.exposedPixels += exposedPixels;
}
