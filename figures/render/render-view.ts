import type { BonePaint } from './attachments';
import type { ViewBasis } from './camera';
import type { Tissue } from '../model/types';
import type { Mesh } from './mesh';
import { outline } from './outline';
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
import { Framebuffer, drawTriangles } from './rasterizer';

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
}

/** Whether any of an item's bounding box falls inside the picture. */
function onScreen(item: SceneItem, basis: ViewBasis, f: Framing): boolean {
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
  /** Framing at the rendered (supersampled) size. */
  readonly framing: Framing;
  readonly highlighted: ReadonlySet<string>;
  readonly paints: ReadonlyMap<string, BonePaint>;
}

export interface ViewResult {
  /** RGBA, framing.width x framing.height. */
  readonly rgba: Uint8Array;
  /** Pixels where a highlighted structure is the nearest opaque surface. */
  readonly targetPixels: number;
  /** Structures drawn see-through because they hid the highlighted ones. */
  readonly ghosts: readonly string[];
}

const MUSCLE_SHADING: Shading = { ambient: 0.28, diffuse: 0.74, fill: 0.14, specular: 0.1, shininess: 18 };
const TENDON_SHADING: Shading = { ambient: 0.46, diffuse: 0.52, fill: 0.12, specular: 0.18, shininess: 24 };
const GHOST_SCALE = 4;

function isTarget(item: SceneItem, highlighted: ReadonlySet<string>): boolean {
  return item.owners.some((o) => highlighted.has(o));
}

interface Scratch {
  x: Float32Array;
  y: Float32Array;
  z: Float32Array;
  r: Float32Array;
  g: Float32Array;
  b: Float32Array;
  a: Float32Array;
}

/** Per-mesh vertex arrays, reused from view to view (same sizes every time). */
const scratches = new WeakMap<Mesh, Scratch>();

function scratchFor(mesh: Mesh): Scratch {
  let s = scratches.get(mesh);
  if (!s) {
    const n = mesh.positions.length / 3;
    s = {
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

/** Which of the other muscles and tendons hide the highlighted ones in this view (at low resolution). */
function findGhosts(items: readonly SceneItem[], projected: readonly (Scratch | null)[], req: ViewRequest): Set<number> {
  const f = req.framing;
  const lw = Math.ceil(f.width / GHOST_SCALE);
  const lh = Math.ceil(f.height / GHOST_SCALE);
  const scale = 1 / GHOST_SCALE;
  const target = buffer('ghost target', lw, lh);
  target.clear(0);
  items.forEach((item, i) => {
    const p = projected[i];
    if (p && item.kind !== 'bone' && isTarget(item, req.highlighted)) {
      drawTriangles(target, p, item.mesh.indices, { id: i + 1, cull: true, scale });
    }
  });
  let targetCount = 0;
  for (let k = 0; k < target.id.length; k++) if (target.id[k]) targetCount++;
  const ghosts = new Set<number>();
  if (targetCount === 0) return ghosts;
  const scratch = buffer('ghost scratch', lw, lh);
  const threshold = Math.max(2, targetCount * 0.01);
  items.forEach((item, i) => {
    const p = projected[i];
    if (!p || item.kind === 'bone' || isTarget(item, req.highlighted)) return;
    scratch.depth.fill(-Infinity);
    let hidden = 0;
    drawTriangles(scratch, { x: p.x, y: p.y, z: p.z }, item.mesh.indices, {
      id: 1,
      cull: true,
      scale,
      nearerThan: target.depth,
      onPixel: (k) => {
        if (target.id[k]) hidden++;
      },
    });
    if (hidden >= threshold) ghosts.add(i);
  });
  return ghosts;
}

function colourOf(item: SceneItem, target: boolean): Rgb {
  if (item.kind === 'bone') return BONE;
  if (item.kind === 'tendon') return target ? TARGET_TENDON : MUTED_TENDON;
  return target ? vary(TARGET_MUSCLE, item.id, 0.05) : vary(MUTED_MUSCLE, item.id, 0.06);
}

/**
 * One view: bones ivory with their attachment areas painted, the highlighted muscles in colour,
 * the others muted, and those that would hide the highlighted ones see-through. Attachment areas
 * show through the highlighted muscle's own ends; ink lines mark outlines.
 */
const buffers = new Map<string, Framebuffer>();

/** A framebuffer of this size for this use, kept between views (they are large). */
function buffer(use: string, width: number, height: number): Framebuffer {
  const key = `${use} ${width}x${height}`;
  let fb = buffers.get(key);
  if (!fb) {
    fb = new Framebuffer(width, height);
    buffers.set(key, fb);
  }
  return fb;
}

export function renderView(items: readonly SceneItem[], req: ViewRequest): ViewResult {
  const { basis, framing } = req;
  const W = framing.width;
  const H = framing.height;
  const projected = items.map((item) => {
    if (!onScreen(item, basis, framing)) return null;
    const s = scratchFor(item.mesh);
    project(item.mesh, basis, framing, s);
    return s;
  });
  const ghosts = findGhosts(items, projected, req);
  const opaque = buffer('opaque', W, H);
  opaque.clear(pack(BACKGROUND));
  const markers = buffer('markers', W, H);
  if (req.paints.size > 0) markers.clear(0);
  const glass = buffer('glass', W, H);
  if (ghosts.size > 0) glass.clear(0);
  const targetIds = new Uint8Array(items.length + 1);
  items.forEach((item, i) => {
    const id = i + 1;
    const target = isTarget(item, req.highlighted);
    if (target && item.kind !== 'bone') targetIds[id] = 1;
    const s = projected[i];
    if (!s) return;
    if (item.kind === 'bone') {
      const paint = req.paints.get(item.id);
      light(item.mesh, basis, paint?.colours ?? TISSUE_COLOUR[item.tissue ?? 'bone'], MATTE, s);
      drawTriangles(opaque, s, item.mesh.indices, { id, cull: true });
      if (paint) {
        const m = paint.markers;
        const n = s.x.length;
        for (let v = 0; v < n; v++) {
          s.r[v] = m[v * 3] ?? 0;
          s.g[v] = 0;
          s.b[v] = m[v * 3 + 2] ?? 0;
        }
        drawTriangles(markers, s, item.mesh.indices, { id, cull: true });
      }
      return;
    }
    const shading = item.kind === 'tendon' ? TENDON_SHADING : MUSCLE_SHADING;
    if (ghosts.has(i)) {
      light(item.mesh, basis, GHOST, shading, s);
      // Opacity grows toward the silhouette, like a sheet of glass seen edge-on.
      const N = item.mesh.normals;
      const [tx, ty, tz] = basis.toward;
      const a = s.a;
      for (let q = 0; q < a.length; q++) {
        const facing = Math.abs((N[q * 3] ?? 0) * tx + (N[q * 3 + 1] ?? 0) * ty + (N[q * 3 + 2] ?? 0) * tz);
        a[q] = 0.16 + 0.5 * (1 - facing) * (1 - facing);
      }
      drawTriangles(glass, s, item.mesh.indices, { id, cull: true });
      return;
    }
    light(item.mesh, basis, colourOf(item, target), shading, s);
    drawTriangles(opaque, { x: s.x, y: s.y, z: s.z, r: s.r, g: s.g, b: s.b }, item.mesh.indices, { id, cull: true });
  });
  const step = 0.004;
  outline(opaque, step, 0.85);
  const rgba = new Uint8Array(W * H * 4);
  let targetPixels = 0;
  const oc = opaque.color, od = opaque.depth, oid = opaque.id;
  const mc = markers.color, md = markers.depth;
  const gc = glass.color, gd = glass.depth, ga = glass.alpha, gid = glass.id;
  for (let k = 0; k < W * H; k++) {
    let c = oc[k] ?? 0;
    let r = c & 0xff, g = (c >> 8) & 0xff, b = (c >> 16) & 0xff;
    const id = oid[k] ?? 0;
    if (targetIds[id] === 1) {
      targetPixels++;
      // An attachment area just under the highlighted muscle shows through it.
      const m = req.paints.size > 0 ? (mc[k] ?? 0) : 0;
      if (m !== 0 && (od[k] ?? 0) - (md[k] ?? 0) < 0.02) {
        const wo = (m & 0xff) / 255;
        const wi = ((m >> 16) & 0xff) / 255;
        const w = 0.7 * Math.max(wo, wi);
        const mr = wo >= wi ? 212 : 36, mg = wo >= wi ? 36 : 92, mb = wo >= wi ? 36 : 214;
        r += (mr - r) * w;
        g += (mg - g) * w;
        b += (mb - b) * w;
      }
    }
    if (ghosts.size > 0 && (gd[k] ?? -Infinity) > (od[k] ?? -Infinity)) {
      let a = ga[k] ?? 0;
      const gi = gid[k] ?? 0;
      const x = k % W;
      if ((x > 0 && gid[k - 1] !== gi) || (x < W - 1 && gid[k + 1] !== gi) || gid[k - W] !== gi || gid[k + W] !== gi) a = 0.75;
      c = gc[k] ?? 0;
      r += ((c & 0xff) - r) * a;
      g += (((c >> 8) & 0xff) - g) * a;
      b += (((c >> 16) & 0xff) - b) * a;
    }
    const o = k * 4;
    rgba[o] = r;
    rgba[o + 1] = g;
    rgba[o + 2] = b;
    rgba[o + 3] = 255;
  }
  return { rgba, targetPixels, ghosts: [...ghosts].map((i) => items[i]?.id ?? '') };
}
