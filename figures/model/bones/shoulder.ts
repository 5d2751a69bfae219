/**
 * The right shoulder girdle: the clavicle, and the scapula lying on the back of the thorax from
 * the second to the seventh rib, its plane turned forward laterally, its glenoid cavity facing
 * forward and laterally at the shoulder joint (the humeral head's centre, SHOULDER_JOINT).
 */
import type { Bone, BonePart, Vec3 } from '../types';
import { mark } from './landmarks';
import { add, blob, lerp, mul, tube, unit } from './shapes';

/**
 * The lower limb's framings (figures/render/framing.ts), with `lumbar` and `pelvis`: their pictures
 * leave out the upper limb, which would stand in front of the thigh, and the muscles of the back and
 * the abdomen (figures/model/index.ts).
 */
export const LOWER_LIMB_FRAMES = ['lowerlimb', 'hip', 'thigh', 'leg', 'lumbar', 'pelvis'] as const;

export const SHOULDER_JOINT: Vec3 = [0.19, -0.01, 1.44];
/** The direction the glenoid cavity faces: lateral and forward. */
const GLENOID_FACING: Vec3 = unit([0.866, 0.5, 0]);
const GLENOID: Vec3 = add(SHOULDER_JOINT, mul(GLENOID_FACING, -0.027));

/**
 * The scapular blade's horizontal curve, from the medial border (s = 0) to the neck (s = 0.1): a
 * curve convex backward, so its costal surface fits the ribs.
 */
function bladeXY(s: number): [number, number] {
  const pts: [number, number][] = [
    [0.071, -0.124],
    [0.118, -0.094],
    [0.153, -0.04],
  ];
  const t = s / 0.1;
  const a = pts[0]!, b = pts[1]!, c = pts[2]!;
  const u = 1 - t;
  return [u * u * a[0] + 2 * u * t * b[0] + t * t * c[0], u * u * a[1] + 2 * u * t * b[1] + t * t * c[1]];
}

/** The dorsal normal of the blade at s (horizontal, back and lateral). */
function bladeBack(s: number): Vec3 {
  const [x0, y0] = bladeXY(Math.max(0, s - 0.005));
  const [x1, y1] = bladeXY(Math.min(0.1, s + 0.005));
  return unit([y1 - y0, -(x1 - x0), 0]);
}

/** A point of the scapula: s along the blade, z height, `back` metres behind its mid-surface (negative: in front). */
export function scapulaPoint(s: number, z: number, back = 0): Vec3 {
  const [x, y] = bladeXY(s);
  const n = bladeBack(s);
  return [x + n[0] * back, y + n[1] * back, z];
}

/** Rows of the blade, from the superior border to the inferior angle: z, and the medial and lateral borders' s. */
const ROWS: readonly [number, number, number][] = [
  [1.468, 0.0, 0.072],
  [1.452, 0.0, 0.094],
  [1.425, 0.002, 0.097],
  [1.395, 0.005, 0.078],
  [1.362, 0.009, 0.057],
  [1.332, 0.014, 0.039],
  [1.308, 0.019, 0.026],
];
const COLS = 6;

const blade: BonePart = {
  kind: 'plate',
  label: 'body of scapula (supraspinous, infraspinous and subscapular fossae)',
  outward: [0.6, -0.8, 0],
  grid: ROWS.map(([z, sm, sl], i) =>
    Array.from({ length: COLS }, (_, j) => {
      const s = sm + ((sl - sm) * j) / (COLS - 1);
      // The superior border slopes down to the scapular notch.
      const zz = i === 0 ? z - 0.012 * (s / 0.072) : z;
      return scapulaPoint(s, zz);
    }),
  ),
  thickness: ROWS.map((_, i) => Array.from({ length: COLS }, (_, j) => (j === COLS - 1 ? (i === 0 ? 0.005 : 0.008) : j === 0 ? 0.006 : 0.0045))),
};

const SPINE: Vec3[] = [
  scapulaPoint(0.004, 1.43, 0.004),
  scapulaPoint(0.03, 1.434, 0.01),
  scapulaPoint(0.06, 1.442, 0.017),
  scapulaPoint(0.082, 1.452, 0.02),
];
const ACROMION: Vec3[] = [
  [0.148, -0.066, 1.468],
  [0.178, -0.056, 1.48],
  [0.194, -0.036, 1.484],
  [0.197, -0.013, 1.485],
  [0.188, 0.002, 1.485],
];
const CORACOID: Vec3[] = [
  [0.147, -0.032, 1.452],
  [0.145, -0.018, 1.468],
  [0.149, 0.008, 1.468],
  [0.158, 0.028, 1.456],
];

export const scapula: Bone = (() => {
  const parts: BonePart[] = [
    blade,
    tube('lateral border (thick)', [scapulaPoint(0.094, 1.418), scapulaPoint(0.07, 1.385), scapulaPoint(0.045, 1.35), scapulaPoint(0.024, 1.313)], [0.0045, 0.0045, 0.004, 0.005]),
    tube('spine of scapula', SPINE, [[0.003, 0.004], [0.003, 0.007], [0.0035, 0.01], [0.0045, 0.011]], { front: [0, 0, 1], caps: [0.003, 0] }),
    tube('acromion', ACROMION, [[0.005, 0.009], [0.0045, 0.011], [0.0042, 0.012], [0.0042, 0.011], [0.004, 0.008]], { front: [0, 0, 1], caps: [0, 0.004] }),
    tube('neck of scapula', [scapulaPoint(0.088, 1.438), add(GLENOID, mul(GLENOID_FACING, -0.007))], [[0.013, 0.009], [0.015, 0.011]], { front: [0, 0, 1], caps: 0 }),
    blob('glenoid cavity (rim)', add(GLENOID, mul(GLENOID_FACING, -0.003)), [0.0035, 0.0125, 0.019], [GLENOID_FACING, [-0.5, 0.866, 0]]),
    blob('supraglenoid tubercle', add(GLENOID, [0, 0, 0.018]), 0.004),
    blob('infraglenoid tubercle', add(add(GLENOID, [0, 0, -0.021]), mul(GLENOID_FACING, -0.006)), [0.005, 0.004, 0.006]),
    tube('coracoid process', CORACOID, [0.007, 0.0065, 0.006, 0.0055], { caps: [0, 0.004] }),
    blob('inferior angle', scapulaPoint(0.02, 1.31), [0.007, 0.005, 0.006]),
  ];
  const id = 'scapula';
  mark(id, 'superior angle', scapulaPoint(0.0, 1.472, -0.001));
  mark(id, 'inferior angle', scapulaPoint(0.02, 1.302, 0));
  mark(id, 'inferior angle, dorsal surface', scapulaPoint(0.025, 1.318, 0.003));
  mark(id, 'medial border at the root of the spine', scapulaPoint(-0.002, 1.43, 0.001));
  mark(id, 'medial border, upper part (superior angle to root of spine)', scapulaPoint(-0.002, 1.452, 0));
  mark(id, 'medial border, middle', scapulaPoint(0.003, 1.38, 0.002));
  mark(id, 'medial border, lower part', scapulaPoint(0.012, 1.33, 0.002));
  mark(id, 'medial border, costal surface', scapulaPoint(0.004, 1.39, -0.003));
  mark(id, 'superior border, at the scapular notch', scapulaPoint(0.07, 1.456, 0));
  mark(id, 'lateral border, upper part (dorsal)', scapulaPoint(0.085, 1.405, 0.004));
  mark(id, 'lateral border, middle (dorsal)', scapulaPoint(0.062, 1.375, 0.004));
  mark(id, 'lateral border, lower part (dorsal)', scapulaPoint(0.04, 1.345, 0.004));
  mark(id, 'supraspinous fossa, medial', scapulaPoint(0.02, 1.452, 0.0015));
  mark(id, 'supraspinous fossa, lateral', scapulaPoint(0.055, 1.455, 0.0015));
  mark(id, 'infraspinous fossa, upper', scapulaPoint(0.04, 1.41, 0.0015));
  mark(id, 'infraspinous fossa, middle', scapulaPoint(0.035, 1.38, 0.0015));
  mark(id, 'infraspinous fossa, lower', scapulaPoint(0.025, 1.345, 0.0015));
  mark(id, 'subscapular fossa, upper', scapulaPoint(0.04, 1.43, -0.0015));
  mark(id, 'subscapular fossa, middle', scapulaPoint(0.035, 1.39, -0.0015));
  mark(id, 'subscapular fossa, lower', scapulaPoint(0.025, 1.35, -0.0015));
  const spineTop = (p: Vec3, dz: number): Vec3 => add(p, [0, 0, dz]);
  mark(id, 'spine, tubercle at its medial end', spineTop(SPINE[0]!, 0.0));
  mark(id, 'spine, crest, upper lip (middle)', spineTop(SPINE[2]!, 0.0035));
  mark(id, 'spine, crest, lower lip (middle)', spineTop(SPINE[2]!, -0.0035));
  mark(id, 'spine, crest, lower lip (lateral)', spineTop(SPINE[3]!, -0.0045));
  mark(id, 'spine, crest, upper lip (lateral)', spineTop(SPINE[3]!, 0.0045));
  mark(id, 'acromion, medial margin', [0.172, -0.045, 1.486]);
  mark(id, 'acromion, upper surface', [0.188, -0.03, 1.489]);
  mark(id, 'acromion, lateral margin', [0.205, -0.03, 1.484]);
  mark(id, 'acromion, acromial angle', [0.188, -0.062, 1.481]);
  mark(id, 'acromion, tip', [0.19, 0.008, 1.485]);
  mark(id, 'coracoid process, tip', [0.16, 0.034, 1.455]);
  mark(id, 'coracoid process, medial border', [0.147, 0.012, 1.468]);
  mark(id, 'coracoid process, upper surface', [0.149, 0.006, 1.474]);
  mark(id, 'glenoid cavity, centre', add(GLENOID, mul(GLENOID_FACING, 0.0005)));
  mark(id, 'supraglenoid tubercle', add(GLENOID, [0, 0, 0.022]));
  mark(id, 'infraglenoid tubercle', add(add(GLENOID, [0, 0, -0.026]), mul(GLENOID_FACING, -0.006)));
  return { id, name: 'Scapula', parts, hiddenIn: LOWER_LIMB_FRAMES };
})();

const CLAVICLE: Vec3[] = [
  [0.034, 0.03, 1.47],
  [0.068, 0.042, 1.478],
  [0.108, 0.034, 1.484],
  [0.14, 0.014, 1.488],
  [0.162, -0.002, 1.49],
  [0.176, -0.01, 1.489],
];

export const clavicle: Bone = (() => {
  const id = 'clavicle';
  const parts: BonePart[] = [
    tube('clavicle', CLAVICLE, [[0.0095, 0.0105], [0.0068, 0.007], [0.006, 0.0058], [0.0048, 0.008], [0.0042, 0.0105], [0.0045, 0.009]], { front: [0, 0, 1], caps: [0.004, 0.003] }),
    blob('sternal end', [0.036, 0.03, 1.469], [0.01, 0.01, 0.011]),
  ];
  mark(id, 'sternal end', [0.027, 0.03, 1.468]);
  mark(id, 'medial half, anterior surface', [0.068, 0.049, 1.478]);
  mark(id, 'medial third, anterior surface', [0.052, 0.045, 1.475]);
  mark(id, 'middle third, inferior surface (subclavian groove)', [0.108, 0.034, 1.4785]);
  mark(id, 'lateral third, anterior border', add(lerp(CLAVICLE[3]!, CLAVICLE[4]!, 0.5), [0.004, 0.008, 0.0]));
  mark(id, 'lateral third, upper surface', add(lerp(CLAVICLE[3]!, CLAVICLE[4]!, 0.5), [0, 0, 0.0045]));
  mark(id, 'lateral third, posterior border', add(lerp(CLAVICLE[3]!, CLAVICLE[4]!, 0.5), [-0.005, -0.008, 0.0]));
  mark(id, 'acromial end', [0.181, -0.011, 1.489]);
  mark(id, 'medial end, posterior surface', [0.04, 0.02, 1.47]);
  return { id, name: 'Clavicle', parts, hiddenIn: LOWER_LIMB_FRAMES };
})();
