/**
 * Muscles of the back (right side; the back's pictures mirror them), from superficial to deep:
 * trapezius, latissimus dorsi, levator scapulae and the rhomboids; the serratus posterior muscles;
 * splenius; erector spinae (iliocostalis, longissimus, spinalis); the transversospinal layer
 * (semispinalis, multifidus, rotatores) and the small segmental muscles (interspinales,
 * intertransversarii, levatores costarum), and the thoracolumbar fascia.
 *
 * Broad sheets whose line of origin runs along the spine (trapezius, the rhomboids, the lower
 * fibres of latissimus dorsi) are swept down the body in horizontal slices, so their outline is
 * true: each station's width spans the sheet from its medial to its lateral edge at that height.
 * Segmental muscles are one slip per level, generated from the skeleton's landmarks.
 */
import '../bones';
import { onOccipital, onSkull } from '../bones/face';
import { HEAD_LANDMARKS } from '../bones/head';
import { LANDMARKS } from '../bones/landmarks';
import type { Attachment, Muscle, Tendon, Vec3 } from '../types';
import { slices } from './slices';

const POSTERIOR: Vec3 = [0, -1, 0];

function headLandmark(name: string): Vec3 {
  const at = HEAD_LANDMARKS.find((l) => l.name === name)?.at;
  if (!at) throw new Error(`no head landmark named ${name}`);
  return at;
}

/** A landmark's point (figures/model/bones/LANDMARKS.md), by bone and name. */
const SNAPPED: Readonly<Record<string, Vec3>> = {
  'scapula: acromion, medial margin': [0.1748, -0.047, 1.4829],
  'cervicalspine: C1 transverse process, tip (posterior tubercle)': [0.0394, -0.0326, 1.6012],
  'scapula: superior angle': [0.0718, -0.1234, 1.4678],
  'scapula: medial border, middle': [0.0766, -0.1212, 1.3803],
  // The skull's points move with the head as it is placed on the neck (bones/head-placement.ts):
  // the mastoid's with the mastoid, the occipital bone's below the superior nuchal lines with it;
  // the inion and the superior nuchal line are the head's own landmarks (HEAD-LANDMARKS.md).
  'skull: mastoid process, lateral surface': onSkull([0.064, -0.013, 1.591]),
  'skull: external occipital protuberance': headLandmark('external occipital protuberance (inion)'),
  'skull: superior nuchal line, medial third': headLandmark('superior nuchal line, medial third'),
  'skull: mastoid process, back': onSkull([0.0567, -0.0234, 1.5909]),
  'skull: below the lateral third of the superior nuchal line': onOccipital([0.0448, -0.0593, 1.5985]),
  'skull: between the nuchal lines, medial part': onOccipital([0.0189, -0.0765, 1.6008]),
  'skull: between the nuchal lines, lateral part': onOccipital([0.0386, -0.0677, 1.6006]),
  'inguinalligament: lateral third': [0.0992, 0.0589, 0.953],
  'inguinalligament: lateral end, at the anterior superior iliac spine': [0.1172, 0.0533, 0.9776],
};
export function lm(bone: string, name: string): Vec3 {
  // A few landmarks' nominal points lie 3-6 mm off their bone: their snapped points (LANDMARKS.md).
  const snapped = SNAPPED[`${bone}: ${name}`];
  if (snapped) return snapped;
  const l = LANDMARKS.find((m) => m.bone === bone && m.name === name);
  if (!l) throw new Error(`no landmark ${bone}: ${name}`);
  return l.at;
}
const T = (n: number, what: string): Vec3 => lm('thoracicspine', `T${n} ${what}`);
const Lv = (n: number, what: string): Vec3 => lm('lumbarspine', `L${n} ${what}`);
const C = (n: number, what: string): Vec3 => lm('cervicalspine', `C${n} ${what}`);
const rib = (n: number, what: string): Vec3 => lm(`rib${n}`, what);
const att = (bone: string | null, area: string, points: readonly Vec3[], radius = 0.005): Attachment => ({ bone, area, points, radius });
const add = (p: Vec3, d: Vec3): Vec3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];
const mid = (a: Vec3, b: Vec3, d: Vec3 = [0, 0, 0]): Vec3 => add([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2], d);

/** A small segmental slip from one point to another, lifted `lift` off the bone along `facing`. */
function slip(id: string, name: string, origin: Attachment, from: Vec3 | null, insertion: Attachment, w: number, d: number, facing: Vec3, lift: number): Muscle {
  const a = from ?? origin.points[0]!, b = insertion.points[0]!;
  const n = Math.hypot(...facing);
  const off: Vec3 = [(facing[0] / n) * lift, (facing[1] / n) * lift, (facing[2] / n) * lift];
  return {
    id,
    name,
    shape: 'flat',
    depth: 'deep',
    origin: [origin],
    insertion: [insertion],
    path: [add(a, off), mid(a, b, off), add(b, off)],
    facing,
    profile: [
      { t: 0, w: w * 0.8, d: d * 0.8 },
      { t: 0.5, w, d },
      { t: 1, w: w * 0.8, d: d * 0.8 },
    ],
  };
}

// --- Segmental muscles, one slip per level ---------------------------------------------------

const spinous = (lv: string): Vec3 => (lv[0] === 'C' ? C(Number(lv.slice(1)), 'spinous process, right side') : lv[0] === 'T' ? T(Number(lv.slice(1)), 'spinous process, right side') : Lv(Number(lv.slice(1)), 'spinous process, right side'));
const spineBone = (lv: string): string => (lv[0] === 'C' ? 'cervicalspine' : lv[0] === 'T' ? 'thoracicspine' : 'lumbarspine');

/** Interspinales: between neighbouring spinous processes, in the neck (C2 to C7) and the lower back (L1 to L5). */
const INTERSPINALES_LEVELS: readonly [string, string][] = [
  ['C3', 'C2'], ['C4', 'C3'], ['C5', 'C4'], ['C6', 'C5'], ['C7', 'C6'],
  ['L2', 'L1'], ['L3', 'L2'], ['L4', 'L3'], ['L5', 'L4'],
];
export const interspinales: readonly Muscle[] = INTERSPINALES_LEVELS.map(([lo, hi]) =>
  slip(
    `interspinales${lo.toLowerCase()}`,
    `Interspinalis (${hi}-${lo})`,
    att(spineBone(lo), `upper border of the spinous process of ${lo}`, [spinous(lo)], 0.004),
    null,
    att(spineBone(hi), `lower border of the spinous process of ${hi}`, [spinous(hi)], 0.004),
    lo[0] === 'C' ? 0.012 : 0.02,
    0.004,
    [1, 0, 0],
    0.005,
  ),
);

/** Intertransversarii: between neighbouring transverse processes, in the neck and the lower back. */
export const intertransversarii: readonly Muscle[] = [
  ...[2, 3, 4, 5, 6].map((n) =>
    slip(
      `intertransversariic${n + 1}`,
      `Intertransversarius (C${n}-C${n + 1})`,
      att('cervicalspine', `posterior tubercle of the transverse process of C${n + 1}`, [C(n + 1, 'transverse process, posterior tubercle')], 0.004),
      add(C(n + 1, 'transverse process, posterior tubercle'), [0, -0.002, 0.004]),
      att('cervicalspine', `posterior tubercle of the transverse process of C${n}`, [C(n, 'transverse process, posterior tubercle')], 0.004),
      0.008,
      0.004,
      [1, -0.3, 0],
      0.005,
    ),
  ),
  ...[1, 2, 3, 4].map((n) =>
    slip(
      `intertransversariil${n + 1}`,
      `Intertransversarius (L${n}-L${n + 1})`,
      att('lumbarspine', `transverse process of L${n + 1}`, [Lv(n + 1, 'transverse process, tip')], 0.004),
      null,
      att('lumbarspine', `transverse process of L${n}`, [Lv(n, 'transverse process, tip')], 0.004),
      0.012,
      0.006,
      [0, -1, 0],
      0.0,
    ),
  ),
];

/**
 * Levatores costarum: from the tip of a transverse process to the rib below, between tubercle and
 * angle. Eight of the eleven thoracic slips are drawn (T6, T9 and T11 are left out: their packed
 * surfaces dipped into the costotransverse joints).
 */
export const LEVATORES_LEVELS = [1, 2, 3, 4, 5, 7, 8, 10];
export const levatoresCostarum: readonly Muscle[] = LEVATORES_LEVELS.map((n) => {
  const from = T(n, 'transverse process, tip');
  const to = mid(rib(n + 1, 'tubercle'), rib(n + 1, 'angle, back'));
  // The slip's belly starts just lateral to the tip, clear of the cleft between process and rib.
  const start: Vec3 = [from[0] + 0.007, from[1], from[2]];
  return slip(
    `levatorcostarum${n}`,
    `Levator costae (T${n})`,
    att('thoracicspine', `tip of the transverse process of T${n}`, [from], 0.004),
    start,
    att(`rib${n + 1}`, `outer surface of the ${n + 1}th rib between its tubercle and angle`, [to], 0.005),
    0.012,
    0.004,
    POSTERIOR,
    0.009,
  );
});

/** Rotatores (thoracic): from the transverse process to the lamina of the vertebra above. */
export const rotatores: readonly Muscle[] = Array.from({ length: 10 }, (_, i) => {
  const n = i + 3;
  return slip(
    `rotatores${n}`,
    `Rotator (T${n})`,
    att('thoracicspine', `upper and back part of the transverse process of T${n}`, [T(n, 'transverse process, back')], 0.004),
    add(T(n, 'transverse process, back'), [-0.004, -0.003, 0.003]),
    att('thoracicspine', `lamina of T${n - 1}`, [T(n - 1, 'lamina')], 0.004),
    0.01,
    0.004,
    POSTERIOR,
    0.006,
  );
});

// --- The long muscles ------------------------------------------------------------------------

export const backMuscles: readonly Muscle[] = [
  {
    id: 'trapezius',
    name: 'Trapezius',
    shape: 'sheet',
    depth: 'superficial',
    origin: [
      att('skull', 'external occipital protuberance and medial third of the superior nuchal line', [lm('skull', 'external occipital protuberance'), lm('skull', 'superior nuchal line, medial third')], 0.006),
      att(null, 'ligamentum nuchae', [[0.0, -0.08, 1.56]]),
      att('cervicalspine', 'spinous process of C7', [C(7, 'spinous process, tip')], 0.005),
      att('thoracicspine', 'spinous processes of T1 to T12', [T(1, 'spinous process, tip'), T(4, 'spinous process, tip'), T(8, 'spinous process, tip'), T(12, 'spinous process, tip')], 0.005),
    ],
    insertion: [att('scapula', 'tubercle at the medial end of the spine (ascending fibres)', [lm('scapula', 'spine, tubercle at its medial end')], 0.006)],
    // From C7 to T2 the sheet reaches out to the acromion over a back that is convex from side to
    // side: one straight slice from the midline to the acromion would pass 1 to 2 cm inside the
    // rhomboid minor and the supraspinatus. Its medial half ends above the scapula's medial border
    // here, and its lateral half (trapeziusshoulder) carries on over the shoulder.
    ...slices([
      { z: 1.652, inner: [0.0, -0.113], outer: [0.032, -0.104], d: 0.005 },
      { z: 1.61, inner: [0.0, -0.098], outer: [0.048, -0.07], d: 0.006 },
      { z: 1.56, inner: [0.0, -0.094], outer: [0.062, -0.05], d: 0.007 },
      { z: 1.52, inner: [0.0, -0.112], outer: [0.1, -0.05], d: 0.008 },
      { z: 1.495, inner: [0.0, -0.13], outer: [0.065, -0.112], d: 0.008 },
      { z: 1.475, inner: [0.0, -0.14], outer: [0.08, -0.132], d: 0.008 },
      { z: 1.455, inner: [0.0, -0.138], outer: [0.085, -0.132], d: 0.008 },
      { z: 1.435, inner: [0.0, -0.137], outer: [0.1, -0.124], d: 0.008 },
      { z: 1.41, inner: [0.0, -0.139], outer: [0.074, -0.135], d: 0.007 },
      { z: 1.36, inner: [0.0, -0.139], outer: [0.058, -0.134], d: 0.006 },
      { z: 1.31, inner: [0.0, -0.133], outer: [0.038, -0.13], d: 0.006 },
      { z: 1.27, inner: [0.0, -0.126], outer: [0.02, -0.124], d: 0.005 },
      { z: 1.232, inner: [0.0, -0.118], outer: [0.006, -0.118], d: 0.004 },
    ]),
  },
  {
    // The lateral half of trapezius's upper and middle fibres, over the top of the shoulder to the
    // clavicle, acromion and spine of the scapula: it meets the medial half (trapezius) above the
    // scapula's medial border, and its fibres arise with that half's from C7 to T3.
    id: 'trapeziusshoulder',
    name: 'Trapezius (its lateral part, over the shoulder)',
    sheetOf: 'trapezius',
    shape: 'sheet',
    depth: 'superficial',
    origin: [],
    insertion: [
      att('clavicle', 'posterior border of the lateral third of the clavicle', [lm('clavicle', 'lateral third, posterior border'), lm('clavicle', 'acromial end')], 0.005),
      att('scapula', 'medial margin of the acromion and upper lip of the crest of the spine', [lm('scapula', 'acromion, medial margin'), lm('scapula', 'spine, crest, upper lip (lateral)'), lm('scapula', 'spine, crest, upper lip (middle)')], 0.005),
    ],
    ...slices([
      { z: 1.52, inner: [0.07, -0.068], outer: [0.1, -0.05], d: 0.008 },
      { z: 1.495, inner: [0.06, -0.11], outer: [0.165, -0.03], d: 0.008 },
      { z: 1.475, inner: [0.075, -0.128], outer: [0.18, -0.052], d: 0.008 },
      { z: 1.455, inner: [0.08, -0.132], outer: [0.15, -0.094], d: 0.008 },
      { z: 1.435, inner: [0.085, -0.128], outer: [0.1, -0.124], d: 0.008 },
    ]),
  },
  {
    id: 'latissimusdorsi',
    name: 'Latissimus dorsi',
    shape: 'sheet',
    depth: 'superficial',
    origin: [
      att('thoracicspine', 'spinous processes of T7 to T12', [T(7, 'spinous process, tip'), T(10, 'spinous process, tip'), T(12, 'spinous process, tip')], 0.005),
      att(null, 'thoracolumbar fascia (spinous processes of the lumbar and sacral vertebrae)', [[0.0, -0.11, 1.12]]),
      att('hipbone', 'posterior third of the iliac crest', [[0.0866, -0.0948, 1.0293], [0.1227, -0.066, 1.0497]], 0.006),
      att('rib10', 'outer surfaces of the lowest three or four ribs', [rib(10, 'outer surface, mid-axillary line')], 0.006),
      att('rib11', 'outer surface of the eleventh rib', [rib(11, 'outer surface, lateral part')], 0.005),
      att('rib12', 'outer surface of the twelfth rib', [rib(12, 'outer surface, lateral part')], 0.005),
      att('scapula', 'inferior angle of the scapula (a small slip)', [lm('scapula', 'inferior angle, dorsal surface')], 0.005),
    ],
    insertion: [att('humerus', 'floor of the intertubercular sulcus', [lm('humerus', 'intertubercular sulcus, floor'), lm('humerus', 'intertubercular sulcus, floor (lower)')], 0.005)],
    path: [
      [0.075, -0.12, 1.13],
      [0.1, -0.118, 1.22],
      [0.14, -0.09, 1.29],
      [0.165, -0.05, 1.345],
      [0.19, -0.02, 1.375],
      [0.2, -0.002, 1.385],
    ],
    facing: [
      [0.1, -1, 0],
      [0.4, -1, 0],
      [0.8, -0.8, 0],
      [1, -0.4, 0.2],
      [0.6, -0.6, -0.3],
      [0.3, -1, -0.3],
    ],
    profile: [
      { t: 0, w: 0.14, d: 0.005 },
      { t: 0.3, w: 0.15, d: 0.007 },
      { t: 0.6, w: 0.11, d: 0.014 },
      { t: 0.85, w: 0.05, d: 0.012 },
      { t: 1, w: 0.03, d: 0.004 },
    ],
  },
  {
    id: 'latissimusdorsiupper',
    name: 'Latissimus dorsi (upper, horizontal fibres)',
    shape: 'sheet',
    depth: 'superficial',
    origin: [att('thoracicspine', 'spinous processes of T7 to T9', [T(7, 'spinous process, tip'), T(9, 'spinous process, tip')], 0.005)],
    insertion: [att('humerus', 'floor of the intertubercular sulcus', [lm('humerus', 'intertubercular sulcus, floor (lower)')], 0.005)],
    path: [
      [0.01, -0.128, 1.3],
      [0.06, -0.13, 1.3],
      [0.1, -0.118, 1.305],
      [0.14, -0.085, 1.32],
      [0.17, -0.045, 1.35],
    ],
    facing: [
      [0, -1, 0],
      [0.1, -1, 0],
      [0.4, -1, 0],
      [0.8, -0.7, 0],
      [1, -0.4, 0],
    ],
    profile: [
      { t: 0, w: 0.07, d: 0.005 },
      { t: 0.5, w: 0.07, d: 0.006 },
      { t: 1, w: 0.04, d: 0.01 },
    ],
  },
  {
    id: 'levatorscapulae',
    name: 'Levator scapulae',
    shape: 'flat',
    depth: 'intermediate',
    origin: [att('cervicalspine', 'posterior tubercles of the transverse processes of C1 to C4', [lm('cervicalspine', 'C1 transverse process, tip (posterior tubercle)'), C(2, 'transverse process, posterior tubercle'), C(4, 'transverse process, posterior tubercle')], 0.005)],
    insertion: [att('scapula', 'medial border from the superior angle to the root of the spine', [lm('scapula', 'superior angle'), lm('scapula', 'medial border, upper part (superior angle to root of spine)'), lm('scapula', 'medial border at the root of the spine')], 0.005)],
    path: [
      [0.036, -0.034, 1.58],
      [0.048, -0.055, 1.535],
      [0.062, -0.09, 1.49],
      [0.072, -0.118, 1.455],
    ],
    facing: [1, -0.6, 0.2],
    profile: [
      { t: 0, w: 0.03, d: 0.01 },
      { t: 0.4, w: 0.026, d: 0.014 },
      { t: 1, w: 0.022, d: 0.008 },
    ],
  },
  {
    id: 'rhomboidminor',
    name: 'Rhomboid minor',
    shape: 'flat',
    depth: 'intermediate',
    origin: [
      att(null, 'lower part of the ligamentum nuchae', [[0.0, -0.095, 1.51]]),
      att('cervicalspine', 'spinous process of C7', [C(7, 'spinous process, tip')], 0.005),
      att('thoracicspine', 'spinous process of T1', [T(1, 'spinous process, tip')], 0.005),
    ],
    insertion: [att('scapula', 'medial border at the root of the spine', [lm('scapula', 'medial border at the root of the spine'), lm('scapula', 'medial border, upper part (superior angle to root of spine)')], 0.005)],
    // A band of parallel fibres running down and out: its upper edge from C7 (z 1.5) to the
    // medial border at z 1.455, its lower edge from T1 (z 1.472) to the root of the spine (z 1.43),
    // so each horizontal slice lies farther out the lower it is.
    ...slices([
      { z: 1.495, inner: [0.002, -0.114], outer: [0.01, -0.116], d: 0.005 },
      { z: 1.48, inner: [0.002, -0.118], outer: [0.033, -0.125], d: 0.006 },
      { z: 1.465, inner: [0.014, -0.123], outer: [0.056, -0.129], d: 0.006 },
      { z: 1.45, inner: [0.039, -0.128], outer: [0.072, -0.13], d: 0.006 },
      { z: 1.437, inner: [0.06, -0.13], outer: [0.072, -0.13], d: 0.005 },
    ]),
  },
  {
    id: 'rhomboidmajor',
    name: 'Rhomboid major',
    shape: 'flat',
    depth: 'intermediate',
    origin: [att('thoracicspine', 'spinous processes of T2 to T5 and the supraspinous ligaments', [T(2, 'spinous process, tip'), T(3, 'spinous process, tip'), T(4, 'spinous process, tip'), T(5, 'spinous process, tip')], 0.005)],
    insertion: [att('scapula', 'medial border from the root of the spine to the inferior angle', [lm('scapula', 'medial border at the root of the spine'), lm('scapula', 'medial border, middle'), lm('scapula', 'medial border, lower part'), lm('scapula', 'inferior angle')], 0.005)],
    ...slices([
      { z: 1.44, inner: [0.004, -0.123], outer: [0.02, -0.126], d: 0.005 },
      { z: 1.425, inner: [0.003, -0.127], outer: [0.072, -0.132], d: 0.006 },
      { z: 1.395, inner: [0.003, -0.131], outer: [0.076, -0.131], d: 0.007 },
      { z: 1.375, inner: [0.006, -0.132], outer: [0.078, -0.129], d: 0.007 },
      { z: 1.35, inner: [0.035, -0.13], outer: [0.081, -0.126], d: 0.006 },
      { z: 1.325, inner: [0.06, -0.127], outer: [0.086, -0.122], d: 0.005 },
      { z: 1.308, inner: [0.082, -0.12], outer: [0.092, -0.118], d: 0.004 },
    ]),
  },
  {
    id: 'serratusposteriorsuperior',
    name: 'Serratus posterior superior',
    shape: 'flat',
    depth: 'intermediate',
    origin: [
      att(null, 'lower part of the ligamentum nuchae', [[0.0, -0.095, 1.515]]),
      att('cervicalspine', 'spinous process of C7', [C(7, 'spinous process, tip')], 0.005),
      att('thoracicspine', 'spinous processes of T1 to T3', [T(1, 'spinous process, tip'), T(3, 'spinous process, tip')], 0.005),
    ],
    insertion: [
      att('rib2', 'upper border of the second rib lateral to its angle', [rib(2, 'angle, upper border')], 0.005),
      att('rib3', 'upper border of the third rib lateral to its angle', [rib(3, 'angle, upper border')], 0.005),
      att('rib4', 'upper border of the fourth rib lateral to its angle', [rib(4, 'angle, upper border')], 0.005),
      att('rib5', 'upper border of the fifth rib lateral to its angle', [rib(5, 'angle, upper border')], 0.005),
    ],
    // Between the rhomboids, over it, and splenius cervicis, under it.
    path: [
      [0.006, -0.119, 1.47],
      [0.04, -0.1205, 1.45],
      [0.072, -0.113, 1.43],
    ],
    facing: POSTERIOR,
    profile: [
      { t: 0, w: 0.05, d: 0.004 },
      { t: 0.5, w: 0.055, d: 0.005 },
      { t: 1, w: 0.065, d: 0.004 },
    ],
  },
  {
    id: 'serratusposteriorinferior',
    name: 'Serratus posterior inferior',
    shape: 'flat',
    depth: 'intermediate',
    origin: [
      att('thoracicspine', 'spinous processes of T11 and T12', [T(11, 'spinous process, tip'), T(12, 'spinous process, tip')], 0.005),
      att('lumbarspine', 'spinous processes of L1 and L2, through the thoracolumbar fascia', [Lv(1, 'spinous process, tip'), Lv(2, 'spinous process, tip')], 0.005),
    ],
    insertion: [
      att('rib9', 'lower border of the ninth rib lateral to its angle', [rib(9, 'angle, lower border')], 0.005),
      att('rib10', 'lower border of the tenth rib lateral to its angle', [rib(10, 'angle, lower border')], 0.005),
      att('rib11', 'lower border of the eleventh rib lateral to its angle', [rib(11, 'angle, lower border')], 0.005),
      att('rib12', 'lower border of the twelfth rib lateral to its angle', [rib(12, 'angle, lower border')], 0.005),
    ],
    path: [
      [0.006, -0.116, 1.21],
      [0.045, -0.122, 1.24],
      [0.082, -0.108, 1.27],
    ],
    facing: POSTERIOR,
    profile: [
      { t: 0, w: 0.06, d: 0.004 },
      { t: 0.5, w: 0.07, d: 0.005 },
      { t: 1, w: 0.075, d: 0.004 },
    ],
  },
  {
    id: 'spleniuscapitis',
    name: 'Splenius capitis',
    shape: 'flat',
    depth: 'intermediate',
    origin: [
      att(null, 'lower half of the ligamentum nuchae', [[0.0, -0.085, 1.54]]),
      att('cervicalspine', 'spinous process of C7', [C(7, 'spinous process, tip')], 0.005),
      att('thoracicspine', 'spinous processes of T1 to T3', [T(1, 'spinous process, tip'), T(3, 'spinous process, tip')], 0.005),
    ],
    insertion: [
      att('skull', 'mastoid process', [lm('skull', 'mastoid process, back'), lm('skull', 'mastoid process, lateral surface')], 0.005),
      att('skull', 'occipital bone below the lateral third of the superior nuchal line', [lm('skull', 'below the lateral third of the superior nuchal line')], 0.005),
    ],
    path: [
      [0.006, -0.108, 1.46],
      [0.016, -0.092, 1.52],
      [0.034, -0.077, 1.575],
      [0.055, -0.048, 1.615],
    ],
    facing: [
      [0.2, -1, 0.1],
      [0.4, -1, 0.2],
      [0.6, -1, 0.3],
      [0.9, -0.6, 0.3],
    ],
    profile: [
      { t: 0, w: 0.03, d: 0.006 },
      { t: 0.4, w: 0.036, d: 0.009 },
      { t: 1, w: 0.03, d: 0.008 },
    ],
  },
  {
    id: 'spleniuscervicis',
    name: 'Splenius cervicis',
    shape: 'flat',
    depth: 'intermediate',
    origin: [att('thoracicspine', 'spinous processes of T3 to T6', [T(3, 'spinous process, tip'), T(5, 'spinous process, tip'), T(6, 'spinous process, tip')], 0.005)],
    insertion: [att('cervicalspine', 'posterior tubercles of the transverse processes of C1 to C3', [lm('cervicalspine', 'C1 transverse process, tip (posterior tubercle)'), C(2, 'transverse process, posterior tubercle'), C(3, 'transverse process, posterior tubercle')], 0.005)],
    path: [
      [0.008, -0.121, 1.39],
      [0.03, -0.113, 1.45],
      [0.042, -0.085, 1.52],
      [0.038, -0.045, 1.575],
    ],
    facing: [
      [0.3, -1, 0],
      [0.5, -1, 0.2],
      [0.8, -0.8, 0.2],
      [1, -0.4, 0.1],
    ],
    profile: [
      { t: 0, w: 0.025, d: 0.005 },
      { t: 0.4, w: 0.022, d: 0.007 },
      { t: 1, w: 0.014, d: 0.007 },
    ],
  },
  // Erector spinae: three columns side by side, iliocostalis lateral, longissimus in the middle, spinalis medial.
  {
    id: 'iliocostalis',
    name: 'Iliocostalis',
    shape: 'pennate',
    depth: 'intermediate',
    origin: [
      att('hipbone', 'posterior iliac crest (common tendon of the erector spinae)', [[0.0866, -0.0948, 1.0293]], 0.006),
      att('sacrum', 'dorsal surface of the sacrum (common tendon)', [[0.028, -0.0796, 0.972]], 0.006),
      att('rib12', 'angle of the twelfth rib (iliocostalis thoracis)', [rib(12, 'angle, back')], 0.005),
      att('rib9', 'angles of the lower six ribs (iliocostalis thoracis)', [rib(9, 'angle, back')], 0.005),
    ],
    insertion: [
      att('rib7', 'angles of the lower ribs (iliocostalis lumborum)', [rib(7, 'angle, lower border')], 0.005),
      att('rib4', 'angles of the upper six ribs (iliocostalis thoracis)', [rib(4, 'angle, back')], 0.005),
      att('rib2', 'angle of the second rib', [rib(2, 'angle, back')], 0.005),
      att('cervicalspine', 'transverse process of C7', [C(7, 'transverse process, posterior tubercle')], 0.005),
    ],
    path: [
      [0.07, -0.098, 1.03],
      [0.068, -0.098, 1.12],
      [0.07, -0.098, 1.22],
      [0.069, -0.119, 1.32],
      [0.067, -0.122, 1.4],
      [0.058, -0.1, 1.46],
      [0.042, -0.058, 1.5],
    ],
    facing: [
      [0.2, -1, 0],
      [0.2, -1, 0],
      [0.3, -1, 0],
      [0.3, -1, 0],
      [0.2, -1, 0.3],
      [0.2, -1, 0.6],
      [0.3, -0.6, 1],
    ],
    profile: [
      { t: 0, w: 0.02, d: 0.014 },
      { t: 0.15, w: 0.03, d: 0.028 },
      { t: 0.35, w: 0.028, d: 0.022 },
      { t: 0.6, w: 0.022, d: 0.012 },
      { t: 0.85, w: 0.016, d: 0.008 },
      { t: 1, w: 0.008, d: 0.005 },
    ],
  },
  {
    id: 'longissimus',
    name: 'Longissimus',
    shape: 'pennate',
    depth: 'intermediate',
    origin: [
      att('sacrum', 'dorsal surface of the sacrum (common tendon of the erector spinae)', [[0.022, -0.09, 0.96]], 0.006),
      att('lumbarspine', 'transverse and accessory processes of the lumbar vertebrae', [Lv(3, 'transverse process, back'), Lv(5, 'transverse process, back')], 0.005),
      att('thoracicspine', 'transverse processes of T1 to T5 (longissimus cervicis)', [T(1, 'transverse process, tip'), T(4, 'transverse process, tip')], 0.005),
    ],
    insertion: [
      att('thoracicspine', 'tips of the thoracic transverse processes', [T(3, 'transverse process, tip'), T(7, 'transverse process, tip'), T(11, 'transverse process, tip')], 0.005),
      att('rib6', 'lower ribs between tubercle and angle', [mid(rib(6, 'tubercle'), rib(6, 'angle, back'))], 0.005),
      att('cervicalspine', 'posterior tubercles of the transverse processes of C2 to C6 (longissimus cervicis)', [C(2, 'transverse process, posterior tubercle'), C(4, 'transverse process, posterior tubercle'), C(6, 'transverse process, posterior tubercle')], 0.005),
    ],
    path: [
      [0.025, -0.1, 1.0],
      [0.038, -0.09, 1.06],
      [0.04, -0.088, 1.15],
      [0.038, -0.097, 1.24],
      [0.036, -0.116, 1.33],
      [0.034, -0.116, 1.42],
      [0.034, -0.088, 1.48],
      [0.03, -0.05, 1.54],
      [0.028, -0.034, 1.575],
    ],
    facing: [
      [0, -1, 0.1],
      [0, -1, 0],
      [0, -1, 0],
      [0, -1, 0],
      [0, -1, 0],
      [0.1, -1, 0.3],
      [0.2, -1, 0.6],
      [0.4, -1, 0.4],
      [0.6, -1, 0.2],
    ],
    profile: [
      { t: 0, w: 0.016, d: 0.012 },
      { t: 0.15, w: 0.032, d: 0.032 },
      { t: 0.3, w: 0.03, d: 0.03 },
      { t: 0.5, w: 0.026, d: 0.018 },
      { t: 0.7, w: 0.02, d: 0.012 },
      { t: 0.85, w: 0.012, d: 0.008 },
      { t: 1, w: 0.007, d: 0.005 },
    ],
  },
  {
    id: 'spinalis',
    name: 'Spinalis',
    shape: 'fusiform',
    depth: 'intermediate',
    origin: [
      att('thoracicspine', 'spinous processes of T11 and T12 (spinalis thoracis)', [T(11, 'spinous process, right side'), T(12, 'spinous process, right side')], 0.005),
      att('lumbarspine', 'spinous processes of L1 and L2 (spinalis thoracis)', [Lv(1, 'spinous process, right side'), Lv(2, 'spinous process, right side')], 0.005),
    ],
    insertion: [att('thoracicspine', 'spinous processes of the upper thoracic vertebrae (T2 to T8)', [T(2, 'spinous process, right side'), T(5, 'spinous process, right side'), T(8, 'spinous process, right side')], 0.005)],
    path: [
      [0.014, -0.1, 1.165],
      [0.016, -0.109, 1.23],
      [0.018, -0.117, 1.3],
      [0.018, -0.121, 1.37],
      [0.016, -0.112, 1.44],
    ],
    facing: POSTERIOR,
    profile: [
      { t: 0, w: 0.008, d: 0.006 },
      { t: 0.3, w: 0.013, d: 0.012 },
      { t: 0.7, w: 0.012, d: 0.011 },
      { t: 1, w: 0.008, d: 0.006 },
    ],
  },
  // Transversospinal layer, deep to erector spinae.
  {
    id: 'semispinalis',
    name: 'Semispinalis (thoracis and cervicis)',
    shape: 'pennate',
    depth: 'deep',
    origin: [att('thoracicspine', 'transverse processes of T1 to T10', [T(10, 'transverse process, back'), T(6, 'transverse process, back'), T(2, 'transverse process, back')], 0.005)],
    insertion: [
      att('thoracicspine', 'spinous processes of T1 to T4 (semispinalis thoracis)', [T(1, 'spinous process, right side'), T(4, 'spinous process, right side')], 0.005),
      att('cervicalspine', 'spinous processes of C2 to C5, most strongly the axis (semispinalis cervicis)', [C(2, 'spinous process, right side'), C(4, 'spinous process, right side')], 0.005),
    ],
    path: [
      [0.026, -0.095, 1.3],
      [0.022, -0.109, 1.38],
      [0.016, -0.104, 1.45],
      [0.013, -0.075, 1.52],
      [0.01, -0.062, 1.57],
    ],
    facing: [
      [0, -1, 0],
      [0, -1, 0],
      [0, -1, 0.4],
      [0, -1, 0.3],
      [0, -1, 0.1],
    ],
    profile: [
      { t: 0, w: 0.012, d: 0.005 },
      { t: 0.4, w: 0.016, d: 0.007 },
      { t: 0.75, w: 0.018, d: 0.01 },
      { t: 1, w: 0.01, d: 0.008 },
    ],
  },
  {
    id: 'semispinaliscapitis',
    name: 'Semispinalis capitis',
    shape: 'pennate',
    depth: 'deep',
    origin: [
      att('thoracicspine', 'transverse processes of T1 to T6', [T(1, 'transverse process, back'), T(4, 'transverse process, back')], 0.005),
      att('cervicalspine', 'articular processes of C4 to C7', [C(5, 'articular process (pillar), back'), C(7, 'articular process (pillar), back')], 0.005),
    ],
    insertion: [att('skull', 'occipital bone between the superior and inferior nuchal lines', [lm('skull', 'between the nuchal lines, medial part'), lm('skull', 'between the nuchal lines, lateral part')], 0.006)],
    path: [
      [0.026, -0.1, 1.43],
      [0.022, -0.088, 1.49],
      [0.02, -0.074, 1.54],
      [0.022, -0.08, 1.6],
      [0.028, -0.088, 1.633],
    ],
    facing: [
      [0, -1, 0.3],
      [0.1, -1, 0.3],
      [0.1, -1, 0],
      [0.1, -1, -0.2],
      [0.1, -0.8, -0.6],
    ],
    profile: [
      { t: 0, w: 0.014, d: 0.006 },
      { t: 0.35, w: 0.024, d: 0.012 },
      { t: 0.7, w: 0.03, d: 0.014 },
      { t: 1, w: 0.03, d: 0.006 },
    ],
  },
  {
    id: 'multifidus',
    name: 'Multifidus',
    shape: 'pennate',
    depth: 'deep',
    origin: [
      att('sacrum', 'back of the sacrum', [[0.02, -0.091, 0.952], [0.0233, -0.0805, 0.9729]], 0.006),
      att('hipbone', 'posterior superior iliac spine', [[0.046, -0.1052, 0.9974]], 0.006),
      att('lumbarspine', 'mamillary processes of the lumbar vertebrae', [Lv(4, 'superior articular process'), Lv(2, 'superior articular process')], 0.005),
      att('thoracicspine', 'transverse processes of the thoracic vertebrae', [T(10, 'transverse process, back'), T(5, 'transverse process, back')], 0.005),
    ],
    insertion: [
      att('lumbarspine', 'spinous processes of L1 to L5', [Lv(5, 'spinous process, right side'), Lv(3, 'spinous process, right side'), Lv(1, 'spinous process, right side')], 0.005),
      att('thoracicspine', 'spinous processes of the thoracic vertebrae', [T(11, 'spinous process, right side'), T(6, 'spinous process, right side'), T(1, 'spinous process, right side')], 0.005),
      att('cervicalspine', 'spinous processes of C2 to C7', [C(2, 'spinous process, right side'), C(5, 'spinous process, right side')], 0.005),
    ],
    path: [
      [0.026, -0.098, 0.96],
      [0.02, -0.08, 1.04],
      [0.018, -0.074, 1.12],
      [0.016, -0.082, 1.2],
      [0.014, -0.1, 1.27],
      [0.014, -0.105, 1.35],
      [0.014, -0.102, 1.44],
      [0.013, -0.08, 1.5],
      [0.012, -0.064, 1.56],
    ],
    facing: POSTERIOR,
    profile: [
      { t: 0, w: 0.024, d: 0.012 },
      { t: 0.12, w: 0.024, d: 0.022 },
      { t: 0.28, w: 0.022, d: 0.018 },
      { t: 0.45, w: 0.014, d: 0.01 },
      { t: 0.7, w: 0.012, d: 0.007 },
      { t: 1, w: 0.01, d: 0.006 },
    ],
  },
  ...rotatores,
  ...interspinales,
  ...intertransversarii,
  ...levatoresCostarum,
];

/** Tendons and aponeuroses of the back muscles. */
export const backTendons: readonly Tendon[] = [
  {
    id: 'thoracolumbarfascia',
    name: 'Thoracolumbar fascia (posterior layer)',
    of: ['latissimusdorsi', 'serratusposteriorinferior'],
    path: [
      [0.035, -0.112, 0.99],
      [0.04, -0.12, 1.06],
      [0.042, -0.124, 1.14],
      [0.035, -0.124, 1.2],
    ],
    facing: POSTERIOR,
    profile: [
      { t: 0, w: 0.06, d: 0.0025 },
      { t: 0.4, w: 0.08, d: 0.0025 },
      { t: 1, w: 0.06, d: 0.0025 },
    ],
  },
  {
    id: 'latissimusdorsitendon',
    name: 'Tendon of latissimus dorsi',
    of: ['latissimusdorsi', 'latissimusdorsiupper'],
    path: [
      [0.185, -0.025, 1.37],
      [0.196, -0.008, 1.382],
      [0.205, 0.004, 1.39],
    ],
    facing: [0.3, -1, -0.3],
    profile: [
      { t: 0, w: 0.03, d: 0.004 },
      { t: 1, w: 0.028, d: 0.003 },
    ],
  },
];
