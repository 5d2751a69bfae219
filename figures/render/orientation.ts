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

interface Canvas {
  readonly pixels: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** 3 (RGB) or 4 (RGBA, alpha left alone). */
  readonly channels: number;
}

/** Paints the pixels of a box where `inside` holds, blending by coverage. */
function fill(canvas: Canvas, box: readonly [number, number, number, number], colour: Rgb, inside: (x: number, y: number) => boolean): void {
  const [x0, y0, x1, y1] = box;
  for (let py = Math.max(0, Math.floor(y0)); py < Math.min(canvas.height, Math.ceil(y1)); py++) {
    for (let px = Math.max(0, Math.floor(x0)); px < Math.min(canvas.width, Math.ceil(x1)); px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) if (inside(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
      if (hits === 0) continue;
      const a = hits / (SAMPLES * SAMPLES);
      const o = (py * canvas.width + px) * canvas.channels;
      for (let c = 0; c < 3; c++) canvas.pixels[o + c] = Math.round((canvas.pixels[o + c] ?? 0) * (1 - a) + (colour[c] ?? 0) * a);
    }
  }
}

function ellipse(canvas: Canvas, cx: number, cy: number, rx: number, ry: number, turn: number, colour: Rgb): void {
  const c = Math.cos(turn), s = Math.sin(turn);
  const r = Math.max(rx, ry);
  fill(canvas, [cx - r, cy - r, cx + r, cy + r], colour, (x, y) => {
    const u = (x - cx) * c + (y - cy) * s;
    const v = -(x - cx) * s + (y - cy) * c;
    return (u / rx) ** 2 + (v / ry) ** 2 <= 1;
  });
}

function polygon(canvas: Canvas, points: readonly (readonly [number, number])[], colour: Rgb): void {
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

/** Draws the cue into the lower left corner of an RGB (or RGBA: `channels` 4) picture of `width` x `height`. */
export function drawOrientationCue(
  pixels: Uint8Array,
  size: { width: number; height: number; channels: 3 | 4 },
  angleDeg: number,
  sides: Sides,
): void {
  const { width, height } = size;
  const canvas: Canvas = { pixels, ...size };
  const R = Math.round(width * 0.1);
  const cx = R * 1.35;
  const cy = height - R * 1.35;
  ellipse(canvas, cx, cy, R * 1.06, R * 1.06, 0, RIM);
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
}
