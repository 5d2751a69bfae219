/**
 * The thoracic cage: the twelve ribs of the right side (mirrored to the left in the trunk's
 * pictures) with their costal cartilages, and the sternum (midline). Each rib runs from its head on
 * the side of its vertebral body, by its neck to the tubercle on the transverse process, bends at
 * its angle and sweeps round the side of the chest, down and forward, to its costochondral junction.
 * Cartilages 1 to 7 reach the sternum; 8 to 10 join the cartilage above (the costal margin); 11
 * and 12 float. The cage is widest at the eighth rib.
 */
import type { Bone, BonePart, Vec3 } from '../types';
import { mark } from './landmarks';
import { LOWER_LIMB_FRAMES } from './shoulder';
import { add, blob, lerp, mirrored, tube } from './shapes';
import { vertebra } from './vertebrae';

/** Half-width of the cage at each rib (its lateral-most point), ribs 1 to 12. */
const HALF_WIDTH = [0.058, 0.084, 0.1, 0.112, 0.122, 0.13, 0.136, 0.14, 0.14, 0.137, 0.132, 0.108];

/** Front end of each rib: its costochondral junction (ribs 1-10), the tip of a floating rib (11, 12). */
const FRONT_END: readonly Vec3[] = [
  [0.045, 0.028, 1.434],
  [0.068, 0.045, 1.394],
  [0.083, 0.055, 1.360],
  [0.093, 0.06, 1.327],
  [0.098, 0.063, 1.292],
  [0.1, 0.063, 1.262],
  [0.102, 0.058, 1.234],
  [0.115, 0.045, 1.200],
  [0.126, 0.028, 1.177],
  [0.132, 0.01, 1.155],
  [0.13, -0.012, 1.160],
  [0.102, -0.05, 1.180],
];

/** The sternum's front surface in the midline: [y, z] from the jugular notch to the xiphoid tip. */
const JUGULAR_NOTCH: Vec3 = [0, 0.036, 1.465];
const STERNAL_ANGLE: Vec3 = [0, 0.055, 1.415];
const XIPHISTERNAL: Vec3 = [0, 0.08, 1.31];
const XIPHOID_TIP: Vec3 = [0, 0.078, 1.265];

/** Where each of cartilages 1 to 7 meets the side of the sternum (its costal notch). */
const COSTAL_NOTCH: readonly Vec3[] = [
  [0.022, 0.032, 1.447],
  [0.016, 0.05, 1.414],
  [0.015, 0.057, 1.388],
  [0.015, 0.063, 1.363],
  [0.014, 0.068, 1.340],
  [0.013, 0.073, 1.322],
  [0.01, 0.074, 1.310],
];

/** The lower limb's frames leave the ribs out, but for the lumbar frame (psoas major rises to T12). */
const LIMB_FRAMES = LOWER_LIMB_FRAMES.filter((frame) => frame !== 'lumbar');

const RIB_ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** The centreline of rib n (1-12), from its head to its front end, and its landmarks. */
export function ribPath(n: number): Vec3[] {
  const v = vertebra(`T${n}`);
  const W = HALF_WIDTH[n - 1] ?? 0.1;
  const end = FRONT_END[n - 1] ?? [0.1, 0, 1.2];
  const head: Vec3 = [v.w + 0.003, v.y - v.d * 0.45, v.z + v.h * 0.6];
  const tubercle: Vec3 = [v.tpX + 0.001, v.y - v.tpBack + 0.006, v.z + 0.002];
  const floating = n >= 11;
  const angle: Vec3 = floating ? [v.tpX + 0.03, v.y - v.tpBack - 0.002, v.z - 0.01] : [v.tpX + 0.022 + n * 0.0012, v.y - v.tpBack - 0.007, v.z - 0.004];
  const back = angle[1];
  const depth = end[1] - back;
  const zAt = (t: number): number => angle[2] + (end[2] - angle[2]) * Math.pow(t, 1.5);
  if (n === 1) {
    // The first rib: short, broad and flat, curving tightly down to the manubrium.
    return [head, tubercle, [0.05, v.y - 0.03, v.z - 0.004], [0.062, -0.02, v.z - 0.016], [0.06, 0.006, 1.455], end];
  }
  if (floating) {
    return [head, tubercle, angle, [W * 0.85, back + 0.45 * depth, zAt(0.45)], end];
  }
  return [
    head,
    tubercle,
    angle,
    [W * 0.78, back + 0.2 * depth, zAt(0.3)],
    [W, back + 0.5 * depth, zAt(0.58)],
    [W * 0.92 + end[0] * 0.08, back + 0.78 * depth, zAt(0.82)],
    end,
  ];
}

function rib(n: number): Bone {
  const id = `rib${n}`;
  const p = ribPath(n);
  const shaft: [number, number] = n === 1 ? [0.003, 0.0075] : n === 2 ? [0.0042, 0.0045] : n >= 11 ? [0.0045, 0.0028] : [0.0062, 0.0026];
  const radii = p.map((_, i): [number, number] => (i === 0 ? [0.0045, 0.0045] : i === 1 ? [0.0045, 0.004] : i === p.length - 1 ? [shaft[0] * (n >= 11 ? 0.6 : 1.05), shaft[1] * 1.15] : shaft));
  const parts: BonePart[] = [
    tube(`${RIB_ORDINAL[n - 1]} rib`, p, radii, { front: [0, 0, 1], caps: [0.003, n >= 11 ? 0.004 : 0.001] }),
    blob('head', p[0] ?? [0, 0, 0], [0.005, 0.005, 0.0055]),
    blob('tubercle', add(p[1] ?? [0, 0, 0], [0, -0.002, 0]), 0.0045),
  ];
  const [head, tubercle, angle] = p as [Vec3, Vec3, Vec3];
  mark(id, 'head', [head[0], head[1] + 0.004, head[2]]);
  mark(id, 'tubercle', [tubercle[0], tubercle[1] - 0.0065, tubercle[2]]);
  if (n === 1) {
    const lateral = p[3] ?? angle;
    mark(id, 'outer border', [lateral[0] + 0.0075, lateral[1], lateral[2]]);
    mark(id, 'upper surface, front (scalene tubercle region)', [0.06, 0.006, 1.4585]);
    mark(id, 'costochondral junction, front', add(p[5] ?? angle, [0, 0.004, 0.002]));
  } else {
    mark(id, 'angle, back', [angle[0], angle[1] - shaft[1], angle[2]]);
    mark(id, 'angle, upper border', [angle[0], angle[1], angle[2] + shaft[0]]);
    mark(id, 'angle, lower border', [angle[0], angle[1], angle[2] - shaft[0]]);
    if (n <= 10) {
      const lateral = p[4] ?? angle;
      const antero = p[5] ?? angle;
      mark(id, 'outer surface, mid-axillary line', [lateral[0] + shaft[1], lateral[1], lateral[2]]);
      mark(id, 'outer surface, anterolateral', add(antero, [shaft[1] * 0.8, shaft[1] * 0.6, 0]));
      mark(id, 'lower border, mid-axillary line', [lateral[0], lateral[1], lateral[2] - shaft[0]]);
      mark(id, 'costochondral junction, front', add(p[6] ?? angle, [0, shaft[1], 0]));
    } else {
      const end = p[p.length - 1] ?? angle;
      mark(id, 'outer surface, lateral part', add(p[3] ?? angle, [shaft[1], 0, 0]));
      mark(id, 'tip', add(end, [0.001, 0.003, 0]));
      mark(id, 'lower border', add(p[3] ?? angle, [0, 0, -shaft[0]]));
    }
  }
  return { id, name: `${RIB_ORDINAL[n - 1]?.replace(/^./, (c) => c.toUpperCase())} rib`, parts, hiddenIn: LIMB_FRAMES };
}

export const ribs: readonly Bone[] = Array.from({ length: 12 }, (_, i) => rib(i + 1));

/** Costal cartilage n (1-10): to the sternum (1-7) or to the cartilage above (8-10). */
function cartilagePath(n: number): Vec3[] {
  const start = FRONT_END[n - 1] ?? [0, 0, 0];
  if (n <= 7) {
    const notch = COSTAL_NOTCH[n - 1] ?? start;
    if (n <= 4) return [start, lerp(start, notch, 0.5), notch];
    // Cartilages 5-7 run in, then bend up to the sternum.
    const bend: Vec3 = [start[0] * 0.45 + notch[0] * 0.55, (start[1] + notch[1]) / 2 + 0.008, start[2] - 0.006 - (n - 5) * 0.006];
    return [start, bend, notch];
  }
  // 8-10: up and in to the cartilage above, along the costal margin.
  const above = cartilagePath(n - 1);
  const join = n === 8 ? lerp(above[0] ?? start, above[1] ?? start, 0.7) : lerp(above[0] ?? start, above[1] ?? start, 0.55);
  return [start, lerp(start, join, 0.5), join];
}

function cartilage(n: number): Bone {
  const id = `costalcartilage${n}`;
  const p = cartilagePath(n);
  const r: [number, number] = n === 1 ? [0.004, 0.006] : n <= 7 ? [0.0055, 0.0034] : [0.0045, 0.003];
  const mid = p[1] ?? [0, 0, 0];
  mark(id, 'front surface, middle', add(mid, [0, r[1], 0]));
  mark(id, n <= 7 ? 'sternal end, front' : 'medial end (joins the cartilage above), front', add(p[p.length - 1] ?? mid, [0, r[1] - 0.0005, 0]));
  mark(id, 'deep (inner) surface, middle', add(mid, [0, -r[1], 0]));
  mark(id, 'lower border, middle', add(mid, [0, 0, -r[0]]));
  return {
    id,
    name: `Costal cartilage of the ${RIB_ORDINAL[n - 1]} rib`,
    tissue: 'cartilage',
    hiddenIn: LIMB_FRAMES,
    parts: [tube(`costal cartilage ${n}`, p, r, { front: [0, 0, 1], caps: [0.001, 0.003] })],
  };
}

export const costalCartilages: readonly Bone[] = Array.from({ length: 10 }, (_, i) => cartilage(i + 1));

const sternumRight: BonePart[] = [];

export const sternum: Bone = (() => {
  const back = (p: Vec3, t: number): Vec3 => [p[0], p[1] - t, p[2]];
  const parts: BonePart[] = [
    {
      kind: 'loft',
      label: 'manubrium',
      front: [0, 1, 0],
      side: [1, 0, 0],
      sections: [
        { at: back([0, 0.036, 1.461], 0.007), r: [0.007, 0.026] },
        { at: back([0, 0.045, 1.440], 0.007), r: [0.0068, 0.024] },
        { at: back([0, 0.053, 1.418], 0.006), r: [0.0062, 0.015] },
      ],
      capStart: 0.003,
      capEnd: 0.002,
    },
    {
      kind: 'loft',
      label: 'body of sternum',
      front: [0, 1, 0],
      side: [1, 0, 0],
      sections: [
        { at: back(STERNAL_ANGLE, 0.006), r: [0.0062, 0.015] },
        { at: back([0, 0.064, 1.380], 0.0055), r: [0.0055, 0.016] },
        { at: back([0, 0.072, 1.345], 0.0055), r: [0.0055, 0.017] },
        { at: back(XIPHISTERNAL, 0.005), r: [0.005, 0.012] },
      ],
      capStart: 0.001,
      capEnd: 0.002,
    },
    {
      kind: 'loft',
      label: 'xiphoid process',
      front: [0, 1, 0],
      side: [1, 0, 0],
      sections: [
        { at: back(XIPHISTERNAL, 0.004), r: [0.0035, 0.009] },
        { at: back([0, 0.08, 1.288], 0.003), r: [0.0028, 0.006] },
        { at: back(XIPHOID_TIP, 0.0025), r: [0.0024, 0.004] },
      ],
      capEnd: 0.003,
    },
    blob('clavicular notch rim', [0.02, 0.03, 1.458], [0.006, 0.007, 0.006]),
    blob('clavicular notch rim (left)', [-0.02, 0.03, 1.458], [0.006, 0.007, 0.006]),
    blob('sternal angle ridge', back(STERNAL_ANGLE, 0.004), [0.014, 0.004, 0.004]),
    ...sternumRight,
    ...mirrored(sternumRight),
  ];
  mark('sternum', 'jugular notch', [0, 0.034, 1.468]);
  mark('sternum', 'clavicular notch (right)', [0.025, 0.03, 1.463]);
  mark('sternum', 'manubrium, front', [0, 0.045, 1.440]);
  mark('sternum', 'manubrium, front, right half', [0.012, 0.045, 1.440]);
  mark('sternum', 'manubrium, back', [0, 0.031, 1.440]);
  mark('sternum', 'sternal angle', [0, 0.056, 1.415]);
  mark('sternum', 'body, front, upper part', [0, 0.064, 1.380]);
  mark('sternum', 'body, front, lower part', [0, 0.072, 1.345]);
  mark('sternum', 'body, front, right edge', [0.014, 0.07, 1.355]);
  mark('sternum', 'xiphisternal joint, front', [0, 0.08, 1.310]);
  mark('sternum', 'xiphoid process, front', [0, 0.08, 1.288]);
  mark('sternum', 'xiphoid process, back', [0, 0.074, 1.288]);
  mark('sternum', 'xiphoid process, tip', [0, 0.076, 1.262]);
  return { id: 'sternum', name: 'Sternum', midline: true, parts };
})();

export { JUGULAR_NOTCH, XIPHOID_TIP };

/** A polyline resampled to `count` points evenly spaced along its length. */
function resample(path: readonly Vec3[], count: number): Vec3[] {
  const lengths = [0];
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] ?? [0, 0, 0], b = path[i] ?? a;
    lengths.push((lengths[i - 1] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]));
  }
  const total = lengths[lengths.length - 1] ?? 0;
  return Array.from({ length: count }, (_, k) => {
    const s = (total * k) / (count - 1);
    let i = 1;
    while (i < path.length - 1 && (lengths[i] ?? 0) < s) i++;
    const l0 = lengths[i - 1] ?? 0, l1 = lengths[i] ?? l0;
    return lerp(path[i - 1] ?? [0, 0, 0], path[i] ?? [0, 0, 0], l1 > l0 ? (s - l0) / (l1 - l0) : 0);
  });
}

/**
 * The intercostal spaces, closed by the intercostal muscles and membranes: drawn as a thin sheet
 * through the ribs and cartilages (tissue `ligament`: drawn, no obstacle), so the chest wall is
 * closed. Without it a picture of the right side alone (the shoulder) would look into the thorax
 * from the left and show the muscles on its far side through the gaps between the ribs. Two plates,
 * each curved one way: from the rib heads on the vertebral bodies round the back to the mid-axillary line (ribs 1-12),
 * and from there round the front to the sternum and costal margin (ribs 1-10). It lies within the
 * ribs' own thickness, inside the muscles on the chest wall.
 */
export const intercostalSpaces: Bone = (() => {
  const back: Vec3[][] = [];
  const front: Vec3[][] = [];
  for (let n = 1; n <= 12; n++) {
    const p = ribPath(n);
    const lateral = n === 1 || n >= 11 ? 3 : 4;
    back.push(resample(p.slice(0, lateral + 1), 8));
    if (n <= 10) front.push(resample([...p.slice(lateral), ...cartilagePath(n).slice(1)], 9));
  }
  return {
    id: 'intercostalspaces',
    name: 'Intercostal spaces',
    tissue: 'ligament',
    hiddenIn: LIMB_FRAMES,
    parts: [
      { kind: 'plate', label: 'posterior intercostal spaces', grid: back, thickness: 0.0032, outward: [1, -1, 0] },
      { kind: 'plate', label: 'anterior intercostal spaces', grid: front, thickness: 0.0032, outward: [1, 1, 0] },
    ],
  };
})();
