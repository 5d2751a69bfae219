import type { BonePaint } from './attachments';
import type { ViewBasis } from './camera';
import type { Tissue } from '../model/types';
import { fibresOf, type FibreFrame } from './fibres';
import type { Mesh } from './mesh';
import { MARKERS_SHOW_WITHIN, composeView } from './compose';
import {
  BACKGROUND,
  BONE,
  CARTILAGE,
  LIGAMENT,
  SOFT,
  GHOST,
  MUTED_MUSCLE,
  MUTED_TENDON,
  TARGET_MUSCLE,
  TARGET_TENDON,
  pack,
  vary,
  type Rgb,
} from './palette';
import { MATTE, light, project, type Framing, type Shading } from './projection';
import { Framebuffer, drawDepth, drawShaded, hiddenBehind } from './rasterizer';

const TISSUE_COLOUR: Readonly<Record<Tissue, Rgb>> = { bone: BONE, cartilage: CARTILAGE, ligament: LIGAMENT, soft: SOFT };

/** Something drawn: a bone, a muscle belly or a tendon, with the muscles it belongs to. */
export interface SceneItem {
  readonly id: string;
  readonly kind: 'bone' | 'muscle' | 'tendon';
  readonly mesh: Mesh;
  /** Muscle ids: the belly's own id, a tendon's muscles; empty for a bone. */
  readonly owners: readonly string[];
  /** Axis-aligned bounds [minX, minY, minZ, maxX, maxY, maxZ], to skip items outside the picture. */
  readonly bounds: readonly [number, number, number, number, number, number];
  /** The side of the body: modelled on the right, its mirror image on the left, or whole across the midline. */
  readonly side: 'right' | 'left' | 'midline';
  /** Framings whose pictures leave it out (a bone's `hiddenIn`). */
  readonly hiddenIn?: readonly string[];
  /** What a skeletal item is made of, for its colour (default bone). */
  readonly tissue?: Tissue;
  /** A muscle's fibres: drawn on it when it is highlighted (see fibres.ts). */
  readonly fibres?: FibreFrame;
  /** The muscle a sheet belongs to (Muscle.sheetOf): its sheets on one side are drawn as one surface. */
  readonly sheetOf?: string;
}

/** Whether any of an item's bounding box falls inside the picture. */
export function onScreen(item: SceneItem, basis: ViewBasis, f: Framing): boolean {
  const [x0, y0, z0, x1, y1, z1] = item.bounds;
  // Height first (the turning axis is vertical), then the horizontal extent after turning.
  const top = f.height / 2 - (z1 - f.centreZ) * f.pixelsPerMetre;
  const bottom = f.height / 2 - (z0 - f.centreZ) * f.pixelsPerMetre;
  if (bottom < 0 || top > f.height) return false;
  let lo = Infinity, hi = -Infinity;
  for (const x of [x0, x1])
    for (const y of [y0, y1]) {
      const sx = f.width / 2 + ((x - f.axisX) * basis.right[0] + (y - f.axisY) * basis.right[1]) * f.pixelsPerMetre;
      lo = Math.min(lo, sx);
      hi = Math.max(hi, sx);
    }
  return hi >= 0 && lo <= f.width;
}

export interface ViewRequest {
  readonly basis: ViewBasis;
  /** Framing at the picture's size. */
  readonly framing: Framing;
  readonly highlighted: ReadonlySet<string>;
  readonly paints: ReadonlyMap<string, BonePaint>;
  /** Where to write the picture (width x height x 3 bytes), when the caller reuses a buffer. */
  readonly out?: Uint8Array;
}

export interface ViewResult {
  /** RGB, framing.width x framing.height. */
  readonly rgb: Uint8Array;
  /** Pixels where a highlighted structure is the nearest opaque surface. */
  readonly targetPixels: number;
  /** Of those, the pixels no see-through muscle lies over: how exposed the highlighted ones are. */
  readonly exposedPixels: number;
  /** Structures drawn see-through because they hid the highlighted ones. */
  readonly ghosts: readonly string[];
}

const MUSCLE_SHADING: Shading = { ambient: 0.28, diffuse: 0.74, fill: 0.14, specular: 0.1, shininess: 18 };
const TENDON_SHADING: Shading = { ambient: 0.46, diffuse: 0.52, fill: 0.12, specular: 0.18, shininess: 24 };
const GHOST_SCALE = 4;

function isTarget(item: SceneItem, highlighted: ReadonlySet<string>): boolean {
  return item.owners.some((o) => highlighted.has(o));
}

/** Axis-aligned bounds, as SceneItem.bounds. */
type Bounds = SceneItem['bounds'];

/**
 * Whether an item may be drawn see-through where it hides the highlighted muscles (`targets`: the
 * bounds of each highlighted muscle and tendon): every muscle and tendon; and a soft part of the
 * skeleton (a ligament or membrane, such as the sheet that closes the intercostal spaces, or the
 * body of the tongue) only where it encloses one of them across the body (within 5 mm; a muscle may
 * reach beyond it up and down, as the diaphragm's crura do) and carries no attachment the page
 * paints. So the diaphragm shows through the chest wall, while a picture of the deltoid from the
 * midline still meets a closed thorax rather than looking through it. Never bone or cartilage,
 * which the student places the muscle by.
 */
function ghostable(item: SceneItem, paints: ReadonlyMap<string, BonePaint>, targets: readonly Bounds[]): boolean {
  if (item.kind !== 'bone') return true;
  if ((item.tissue !== 'ligament' && item.tissue !== 'soft') || paints.has(item.id)) return false;
  const [x0, y0, , x1, y1] = item.bounds;
  const slack = 0.005;
  return targets.some((t) => t[0] >= x0 - slack && t[1] >= y0 - slack && t[3] <= x1 + slack && t[4] <= y1 + slack);
}

interface Scratch {
  /** Screen bounds of the projected vertices. */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** The nearest projected depth (larger is nearer). */
  maxZ: number;
  x: Float32Array;
  y: Float32Array;
  z: Float32Array;
  r: Float32Array;
  g: Float32Array;
  b: Float32Array;
  a: Float32Array;
  /** Fibre line coordinates and weights (highlighted muscles only, made on first use). */
  fu?: Float32Array;
  fw?: Float32Array;
}

/** Per-mesh vertex arrays, reused from view to view (same sizes every time). */
const scratches = new WeakMap<Mesh, Scratch>();

function scratchFor(mesh: Mesh): Scratch {
  let s = scratches.get(mesh);
  if (!s) {
    const n = mesh.positions.length / 3;
    s = {
      minX: 0,
      minY: 0,
      maxX: 0,
      maxY: 0,
      maxZ: 0,
      x: new Float32Array(n),
      y: new Float32Array(n),
      z: new Float32Array(n),
      r: new Float32Array(n),
      g: new Float32Array(n),
      b: new Float32Array(n),
      a: new Float32Array(n),
    };
    scratches.set(mesh, s);
  }
  return s;
}

/** Per-pixel stamps of the ghost test: a stamp other than the current one means "nothing drawn yet". */
let ghostStamp: Int32Array | null = null;
let ghostCurrent = 0;

/** Which of the other muscles and tendons hide the highlighted ones in this view (at low resolution). */
function findGhosts(items: readonly SceneItem[], projected: readonly (Scratch | null)[], req: ViewRequest): Set<number> {
  const f = req.framing;
  const lw = Math.ceil(f.width / GHOST_SCALE);
  const lh = Math.ceil(f.height / GHOST_SCALE);
  const scale = 1 / GHOST_SCALE;
  const target = buffer('ghost target', lw, lh);
  target.clear(0);
  // The highlighted muscles' bounds, on screen or not (see ghostable).
  const targets: Bounds[] = [];
  items.forEach((item, i) => {
    if (item.kind === 'bone' || !isTarget(item, req.highlighted)) return;
    targets.push(item.bounds);
    const p = projected[i];
    if (p) drawDepth(target.depth, lw, lh, p, item.mesh.indices, scale, { ids: target.id, id: i + 1, fb: target }, null);
  });
  let targetCount = 0;
  const tid = target.id;
  for (let y = target.dirtyY0; y <= target.dirtyY1; y++) {
    for (let k = y * lw + target.dirtyX0, e = y * lw + target.dirtyX1; k <= e; k++) if (tid[k]) targetCount++;
  }
  const ghosts = new Set<number>();
  if (targetCount === 0) return ghosts;
  const scratch = buffer('ghost scratch', lw, lh);
  if (!ghostStamp || ghostStamp.length !== lw * lh) {
    ghostStamp = new Int32Array(lw * lh);
    ghostCurrent = 0;
  }
  const stamp = ghostStamp;
  const threshold = Math.max(2, targetCount * 0.01);
  // Only the highlighted structures' pixels count: items whose screen box misses them hide nothing.
  const tx0 = target.dirtyX0, tx1 = target.dirtyX1, ty0 = target.dirtyY0, ty1 = target.dirtyY1;
  items.forEach((item, i) => {
    const p = projected[i];
    if (!p || !ghostable(item, req.paints, targets) || isTarget(item, req.highlighted)) return;
    if (Math.ceil(p.maxX * scale) < tx0 || Math.floor(p.minX * scale) > tx1 || Math.ceil(p.maxY * scale) < ty0 || Math.floor(p.minY * scale) > ty1) return;
    ghostCurrent++;
    const hidden = drawDepth(scratch.depth, lw, lh, p, item.mesh.indices, scale, null, {
      mask: tid,
      behind: target.depth,
      stamp,
      current: ghostCurrent,
    });
    if (hidden >= threshold) ghosts.add(i);
  });
  // A tendon or aponeurosis goes see-through with its muscle: left solid beside a see-through belly,
  // a sheet such as the rectus sheath reads as a pale board standing in the picture.
  const seeThrough = new Set([...ghosts].flatMap((i) => (items[i]?.kind === 'muscle' ? [`${items[i]?.side} ${items[i]?.id}`] : [])));
  const sidesOf = (side: SceneItem['side']): readonly string[] => (side === 'midline' ? ['right', 'left', 'midline'] : [side, 'midline']);
  items.forEach((item, i) => {
    if (item.kind !== 'tendon' || !projected[i] || isTarget(item, req.highlighted)) return;
    if (item.owners.some((o) => sidesOf(item.side).some((side) => seeThrough.has(`${side} ${o}`)))) ghosts.add(i);
  });
  return ghosts;
}

/** How squarely vertex q's surface faces the camera: 1 face-on, 0 edge-on. */
function facingAt(normals: Float32Array, q: number, toward: ViewBasis['toward']): number {
  return Math.abs((normals[q * 3] ?? 0) * toward[0] + (normals[q * 3 + 1] ?? 0) * toward[1] + (normals[q * 3 + 2] ?? 0) * toward[2]);
}

/** The period of the fibre lines, in pixels of a picture 1000 pixels wide. */
const FIBRE_PERIOD = 14;

/** A highlighted belly's fibre lines in this view (see fibres.ts and drawShaded). */
function fibreLines(mesh: Mesh, frame: FibreFrame, basis: ViewBasis, framing: Framing, s: Scratch): { u: Float32Array; w: Float32Array; period: number } {
  const across = fibresOf(mesh, frame);
  const n = across.length;
  if (!s.fu || s.fu.length !== n) {
    s.fu = new Float32Array(n);
    s.fw = new Float32Array(n);
  }
  const u = s.fu, w = s.fw!;
  const period = (FIBRE_PERIOD * framing.width) / 1000;
  const perMetre = framing.pixelsPerMetre / period;
  for (let q = 0; q < n; q++) {
    u[q] = (across[q] ?? 0) * perMetre;
    // Faint where the surface turns away, where the lines would crowd together.
    w[q] = Math.min(1, Math.max(0, (facingAt(mesh.normals, q, basis.toward) - 0.2) / 0.4));
  }
  return { u, w, period };
}

function colourOf(item: SceneItem, target: boolean): Rgb {
  if (item.kind === 'bone') return BONE;
  if (item.kind === 'tendon') return target ? TARGET_TENDON : MUTED_TENDON;
  return target ? vary(TARGET_MUSCLE, item.id, 0.05) : vary(MUTED_MUSCLE, item.id, 0.06);
}

/**
 * One view: bones ivory with their attachment areas painted, the highlighted muscles in colour,
 * the others muted, and those that would hide the highlighted ones see-through everywhere but over
 * the highlighted ones (there they are not drawn at all). Attachment areas show through the
 * highlighted muscle's own ends; ink lines mark outlines.
 */
const buffers = new Map<string, Framebuffer>();

/** A framebuffer of this size for this use, kept between views (they are large). */
function buffer(use: string, width: number, height: number, tiles = false): Framebuffer {
  const key = `${use} ${width}x${height}`;
  let fb = buffers.get(key);
  if (!fb) {
    fb = new Framebuffer(width, height, { tiles });
    buffers.set(key, fb);
  }
  return fb;
}

/** The draw ids of each list of items drawn (sheetIds): the same for all 16 views of a page. */
const drawIdsOf = new WeakMap<readonly SceneItem[], Uint16Array>();

/**
 * The id each item is drawn with (its index + 1), but the sheets of one muscle on one side
 * (SceneItem.sheetOf) share their first sheet's: so no ink line or smoothed edge marks where they meet.
 * Worked out once per list of items.
 */
function sheetIds(items: readonly SceneItem[]): Uint16Array {
  const known = drawIdsOf.get(items);
  if (known) return known;
  const first = new Map<string, number>();
  const ids = Uint16Array.from(items, (item, i) => {
    if (item.kind !== 'muscle') return i + 1;
    const key = `${item.side} ${item.sheetOf ?? item.id}`;
    const id = first.get(key) ?? i + 1;
    first.set(key, id);
    return id;
  });
  drawIdsOf.set(items, ids);
  return ids;
}

export function renderView(items: readonly SceneItem[], req: ViewRequest): ViewResult {
  const { basis, framing } = req;
  const W = framing.width;
  const H = framing.height;
  const projected = items.map((item) => {
    if (!onScreen(item, basis, framing)) return null;
    const s = scratchFor(item.mesh);
    project(item.mesh, basis, framing, s);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, maxZ = -Infinity;
    const X = s.x, Y = s.y, Z = s.z;
    for (let v = 0; v < X.length; v++) {
      const x = X[v] ?? 0, y = Y[v] ?? 0, z = Z[v] ?? 0;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (z > maxZ) maxZ = z;
    }
    s.minX = minX;
    s.minY = minY;
    s.maxX = maxX;
    s.maxY = maxY;
    s.maxZ = maxZ;
    return s;
  });
  const ghosts = findGhosts(items, projected, req);
  const painted = req.paints.size > 0;
  const ghosted = ghosts.size > 0;
  const opaque = buffer('opaque', W, H, true);
  opaque.clear(pack(BACKGROUND));
  const markers = buffer('markers', W, H);
  if (painted) markers.clear(0);
  const glass = buffer('glass', W, H, true);
  if (ghosted) glass.clear(0);
  const drawIds = sheetIds(items);
  const targetIds = new Uint8Array(items.length + 1);
  items.forEach((item, i) => {
    if (item.kind !== 'bone' && isTarget(item, req.highlighted)) targetIds[drawIds[i] ?? 0] = 1;
  });
  // Nearest first: the depth tiles then skip most of what lies behind (see Framebuffer.tiles).
  const order = items.map((_, i) => i).filter((i) => projected[i]);
  order.sort((a, b) => (projected[b]?.maxZ ?? 0) - (projected[a]?.maxZ ?? 0));
  order.forEach((i) => {
    const item = items[i];
    const s = projected[i];
    if (!item || !s) return;
    const id = drawIds[i] ?? 0;
    const target = item.kind !== 'bone' && isTarget(item, req.highlighted);
    const shading = item.kind === 'tendon' ? TENDON_SHADING : MUSCLE_SHADING;
    if (ghosts.has(i)) {
      light(item.mesh, basis, GHOST, shading, s);
      // Opacity grows toward the silhouette, like a sheet of glass seen edge-on.
      const a = s.a;
      for (let q = 0; q < a.length; q++) {
        const facing = facingAt(item.mesh.normals, q, basis.toward);
        a[q] = 0.16 + 0.5 * (1 - facing) * (1 - facing);
      }
      drawShaded(glass, s, item.mesh.indices, id);
      return;
    }
    if (item.kind === 'bone') {
      const paint = req.paints.get(item.id);
      // Wholly behind what is drawn (a painted one by more than its markers show through): nothing of it shows.
      if (hiddenBehind(opaque, s.minX, s.minY, s.maxX, s.maxY, s.maxZ + (paint ? MARKERS_SHOW_WITHIN : 0))) return;
      light(item.mesh, basis, paint?.colours ?? TISSUE_COLOUR[item.tissue ?? 'bone'], MATTE, s);
      // A painted bone goes into the markers layer in the same pass (its attachment weights as colour).
      const second = paint ? { fb: markers, rgb: paint.markers, within: MARKERS_SHOW_WITHIN } : undefined;
      drawShaded(opaque, { x: s.x, y: s.y, z: s.z, r: s.r, g: s.g, b: s.b }, item.mesh.indices, id, second);
      return;
    }
    // Wholly behind what is drawn (a deep muscle of the trunk, seen through the others): nothing of it shows.
    if (hiddenBehind(opaque, s.minX, s.minY, s.maxX, s.maxY, s.maxZ)) return;
    light(item.mesh, basis, colourOf(item, target), shading, s);
    const fibre = target && item.fibres ? fibreLines(item.mesh, item.fibres, basis, framing, s) : undefined;
    drawShaded(opaque, { x: s.x, y: s.y, z: s.z, r: s.r, g: s.g, b: s.b, ...(fibre ? { fibre } : {}) }, item.mesh.indices, id);
  });
  const rgb = req.out ?? new Uint8Array(W * H * 3);
  if (rgb.length !== W * H * 3) throw new Error(`renderView: out has ${rgb.length} bytes, not ${W * H * 3}`);
  const { targetPixels, exposedPixels } = composeView(rgb, { opaque, markers: painted ? markers : null, glass: ghosted ? glass : null, targetIds });
  return { rgb, targetPixels, exposedPixels, ghosts: [...ghosts].map((i) => items[i]?.id ?? '') };
}
