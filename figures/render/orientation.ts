import type { Sides } from './framing';

/**
 * The orientation cue drawn in a corner of every picture: the body seen from above, turned as the
 * camera sees it, with an arrow where the reader stands. At the anterior view the figure faces the
 * arrow; at the lateral view of a right limb its right side does. A limb's pictures mark the limb
 * the model shows (the right) in the highlight colour, so a medial view is never taken for a
 * lateral one of the other limb.
 */

type Rgb = readonly [number, number, number];

const PLATE: Rgb = [252, 251, 248];
const RIM: Rgb = [196, 190, 180];
const BODY: Rgb = [206, 199, 189];
const HEAD: Rgb = [150, 141, 130];
const FACE: Rgb = [96, 89, 82];
const LIMB: Rgb = [196, 46, 40];
const ARROW: Rgb = [70, 74, 80];

/** How many samples across a pixel edge decide its coverage (antialiasing). */
const SAMPLES = 3;

/**
 * The cue as a stamp over its box: each layer drawn over the last with its coverage, kept as what
 * is left of the picture below (`keep`, 0-1) and what the layers add (`add`, RGB), so drawing it
 * is one blend a pixel: picture x keep + add. A cue depends only on the picture's size, the angle
 * and the sides, so each is worked out once and stamped on every page's picture.
 */
interface Stamp {
  readonly x0: number;
  readonly y0: number;
  readonly width: number;
  readonly height: number;
  readonly keep: Float32Array;
  readonly add: Float32Array;
}

function emptyStamp(x0: number, y0: number, x1: number, y1: number): Stamp {
  const width = x1 - x0, height = y1 - y0;
  return { x0, y0, width, height, keep: new Float32Array(width * height).fill(1), add: new Float32Array(width * height * 3) };
}

/** Lays a layer over the stamp where `inside` holds, by coverage (SAMPLES x SAMPLES samples a pixel). */
function fill(stamp: Stamp, box: readonly [number, number, number, number], colour: Rgb, inside: (x: number, y: number) => boolean): void {
  const [bx0, by0, bx1, by1] = box;
  const { x0, y0, width, height, keep, add } = stamp;
  for (let py = Math.max(y0, Math.floor(by0)); py < Math.min(y0 + height, Math.ceil(by1)); py++) {
    for (let px = Math.max(x0, Math.floor(bx0)); px < Math.min(x0 + width, Math.ceil(bx1)); px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) if (inside(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
      if (hits === 0) continue;
      const a = hits / (SAMPLES * SAMPLES);
      const k = (py - y0) * width + (px - x0);
      keep[k] = (keep[k] ?? 1) * (1 - a);
      for (let c = 0; c < 3; c++) add[k * 3 + c] = (add[k * 3 + c] ?? 0) * (1 - a) + (colour[c] ?? 0) * a;
    }
  }
}

function ellipse(canvas: Stamp, cx: number, cy: number, rx: number, ry: number, turn: number, colour: Rgb): void {
  const c = Math.cos(turn), s = Math.sin(turn);
  const r = Math.max(rx, ry);
  fill(canvas, [cx - r, cy - r, cx + r, cy + r], colour, (x, y) => {
    const u = (x - cx) * c + (y - cy) * s;
    const v = -(x - cx) * s + (y - cy) * c;
    return (u / rx) ** 2 + (v / ry) ** 2 <= 1;
  });
}

function polygon(canvas: Stamp, points: readonly (readonly [number, number])[], colour: Rgb): void {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  fill(canvas, [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], colour, (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i] ?? [0, 0];
      const [xj, yj] = points[j] ?? [0, 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  });
}

/**
 * Where a point of the body seen from above (x to the body's right, y forward, in units of the
 * cue's radius) lands in the picture, for a camera at `angleDeg` (0: in front, 90: on the right):
 * the camera's side of the body faces down the picture, toward the arrow.
 */
export function cuePoint(angleDeg: number, x: number, y: number): [number, number] {
  const a = (angleDeg * Math.PI) / 180;
  const qx = Math.cos(a) * x - Math.sin(a) * y;
  const qy = Math.sin(a) * x + Math.cos(a) * y;
  return [-qx, qy];
}

/** The cue of a picture of `width` x `height` seen from `angleDeg`, worked out once. */
const stamps = new Map<string, Stamp>();

function cueStamp(width: number, height: number, angleDeg: number, sides: Sides): Stamp {
  const key = `${width}x${height} ${angleDeg} ${sides}`;
  let stamp = stamps.get(key);
  if (stamp) return stamp;
  const R = Math.round(width * 0.1);
  const cx = R * 1.35;
  const cy = height - R * 1.35;
  const rim = R * 1.06;
  stamp = emptyStamp(
    Math.max(0, Math.floor(cx - rim)),
    Math.max(0, Math.floor(cy - rim)),
    Math.min(width, Math.ceil(cx + rim)),
    Math.min(height, Math.ceil(cy + rim)),
  );
  const canvas = stamp;
  ellipse(canvas, cx, cy, rim, rim, 0, RIM);
  ellipse(canvas, cx, cy, R, R, 0, PLATE);
  const at = (x: number, y: number): [number, number] => {
    const [u, v] = cuePoint(angleDeg, x, y);
    return [cx + u * R * 0.62, cy - R * 0.18 + v * R * 0.62];
  };
  const turn = (-angleDeg * Math.PI) / 180;
  // Shoulders (or hips) and head, seen from above; the nose shows which way the body faces.
  const [bx, by] = at(0, -0.05);
  ellipse(canvas, bx, by, R * 0.62 * 0.78, R * 0.62 * 0.36, turn, BODY);
  if (sides === 'right') {
    const [lx, ly] = at(0.5, -0.05);
    ellipse(canvas, lx, ly, R * 0.62 * 0.24, R * 0.62 * 0.24, 0, LIMB);
  }
  const [hx, hy] = at(0, 0);
  polygon(canvas, [at(-0.16, 0.12), at(0.16, 0.12), at(0, 0.5)], FACE);
  ellipse(canvas, hx, hy, R * 0.62 * 0.3, R * 0.62 * 0.3, 0, HEAD);
  // The reader, looking up the picture at the body.
  const tip = cy + R * 0.42;
  polygon(
    canvas,
    [
      [cx, tip],
      [cx + R * 0.2, tip + R * 0.24],
      [cx + R * 0.07, tip + R * 0.24],
      [cx + R * 0.07, tip + R * 0.42],
      [cx - R * 0.07, tip + R * 0.42],
      [cx - R * 0.07, tip + R * 0.24],
      [cx - R * 0.2, tip + R * 0.24],
    ],
    ARROW,
  );
  stamps.set(key, stamp);
  return stamp;
}

/** Draws the cue into the lower left corner of an RGB (or RGBA: `channels` 4, alpha left alone) picture of `width` x `height`. */
export function drawOrientationCue(
  pixels: Uint8Array,
  size: { width: number; height: number; channels: 3 | 4 },
  angleDeg: number,
  sides: Sides,
): void {
  const { x0, y0, width, height, keep, add } = cueStamp(size.width, size.height, angleDeg, sides);
  const ch = size.channels;
  for (let y = 0; y < height; y++) {
    for (let x = 0, k = y * width, o = ((y0 + y) * size.width + x0) * ch; x < width; x++, k++, o += ch) {
      const t = keep[k] ?? 1;
      if (t === 1) continue;
      for (let c = 0; c < 3; c++) pixels[o + c] = Math.round((pixels[o + c] ?? 0) * t + (add[k * 3 + c] ?? 0));
    }
  }
}
