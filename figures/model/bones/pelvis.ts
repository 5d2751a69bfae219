import { compass } from '../profiles';
import type { Bone, Vec3 } from '../types';
import { HIP_CENTRE } from './femur';

/** Direction the acetabulum opens: lateral, anterior and inferior (inclination 45°, anteversion 20°). */
const ACETABULAR_AXIS: Vec3 = [0.664, 0.242, -0.707];

/** Points on a circle of `radius` about `centre` in the plane perpendicular to `axis`, from `a0` to `a1` degrees. */
function arc(centre: Vec3, axis: Vec3, radius: number, a0: number, a1: number, count: number): Vec3[] {
  const len = Math.hypot(axis[0], axis[1], axis[2]);
  const n: Vec3 = [axis[0] / len, axis[1] / len, axis[2] / len];
  // u: the superior direction within the rim's plane; v = n × u.
  const up: Vec3 = [0, 0, 1];
  const d = up[0] * n[0] + up[1] * n[1] + up[2] * n[2];
  const uRaw: Vec3 = [up[0] - d * n[0], up[1] - d * n[1], up[2] - d * n[2]];
  const ul = Math.hypot(uRaw[0], uRaw[1], uRaw[2]);
  const u: Vec3 = [uRaw[0] / ul, uRaw[1] / ul, uRaw[2] / ul];
  const v: Vec3 = [n[1] * u[2] - n[2] * u[1], n[2] * u[0] - n[0] * u[2], n[0] * u[1] - n[1] * u[0]];
  return Array.from({ length: count }, (_, i) => {
    const a = ((a0 + ((a1 - a0) * i) / (count - 1)) * Math.PI) / 180;
    const c = Math.cos(a) * radius;
    const s = Math.sin(a) * radius;
    return [centre[0] + u[0] * c + v[0] * s, centre[1] + u[1] * c + v[1] * s, centre[2] + u[2] * c + v[2] * s];
  });
}

/** Direction the obturator foramen faces: laterally, forward and a little down. */
const OBTURATOR_NORMAL: Vec3 = [0.8, 0.51, -0.28];

const RIM_CENTRE: Vec3 = [
  HIP_CENTRE[0] + ACETABULAR_AXIS[0] * 0.006,
  HIP_CENTRE[1] + ACETABULAR_AXIS[1] * 0.006,
  HIP_CENTRE[2] + ACETABULAR_AXIS[2] * 0.006,
];

/** The crest of the ilium from the anterior to the posterior superior iliac spine. */
export const ILIAC_CREST: readonly Vec3[] = [
  [0.122, 0.05, 0.983],
  [0.138, 0.032, 1.018],
  [0.147, 0.006, 1.038],
  [0.142, -0.028, 1.049],
  [0.121, -0.062, 1.045],
  [0.087, -0.09, 1.025],
  [0.048, -0.1, 0.997],
];

export const hipBone: Bone = {
  id: 'hipbone',
  name: 'Hip bone',
  parts: [
    {
      kind: 'plate',
      label: 'wing of ilium',
      outward: [0.8, -0.45, 0.1],
      grid: [
        ILIAC_CREST,
        [
          [0.118, 0.048, 0.962],
          [0.13, 0.028, 0.995],
          [0.135, 0.003, 1.01],
          [0.128, -0.028, 1.016],
          [0.11, -0.058, 1.01],
          [0.081, -0.083, 0.995],
          [0.05, -0.094, 0.978],
        ],
        [
          [0.114, 0.046, 0.948],
          [0.121, 0.025, 0.963],
          [0.12, 0.0, 0.968],
          [0.113, -0.026, 0.966],
          [0.098, -0.05, 0.958],
          [0.078, -0.072, 0.958],
          [0.054, -0.088, 0.963],
        ],
        [
          [0.107, 0.043, 0.932],
          [0.108, 0.024, 0.932],
          [0.106, 0.0, 0.93],
          [0.099, -0.022, 0.926],
          [0.086, -0.042, 0.922],
          [0.073, -0.062, 0.935],
          [0.059, -0.08, 0.948],
        ],
      ],
      thickness: [
        [0.012, 0.011, 0.013, 0.013, 0.012, 0.014, 0.016],
        [0.01, 0.005, 0.005, 0.005, 0.006, 0.014, 0.026],
        [0.012, 0.007, 0.006, 0.006, 0.008, 0.018, 0.028],
        [0.016, 0.02, 0.024, 0.024, 0.02, 0.02, 0.022],
      ],
    },
    {
      kind: 'loft',
      label: 'iliac crest',
      front: [0, 0, 1],
      sections: ILIAC_CREST.map((at, i) => ({ at, r: i === 0 || i === ILIAC_CREST.length - 1 ? 0.0065 : 0.0068 })),
      capStart: 0.004,
      capEnd: 0.005,
    },
    {
      kind: 'loft',
      label: 'posterior ilium (sacroiliac part)',
      front: [0, 1, 0],
      sections: [
        { at: [0.054, -0.094, 1.0], r: [0.012, 0.011] },
        { at: [0.058, -0.082, 0.975], r: [0.02, 0.013] },
        { at: [0.063, -0.07, 0.95], r: [0.018, 0.012] },
        { at: [0.07, -0.058, 0.928], r: [0.012, 0.011] },
      ],
      capStart: 0.006,
      capEnd: 0.006,
    },
    {
      kind: 'ellipsoid',
      label: 'anterior inferior iliac spine',
      center: [0.112, 0.047, 0.937],
      radii: [0.008, 0.007, 0.01],
    },
    {
      kind: 'loft',
      label: 'body around the acetabulum (flat quadrilateral plate on its pelvic side)',
      // Behind and above the femoral head, which it cups: the head stays in view from the front.
      sections: [
        { at: [0.08, -0.015, 0.948], r: compass(0.02, 0.016, 0.01, 0.016, 0.028, 0.016, 0.01, 0.016) },
        { at: [0.076, -0.012, 0.93], r: compass(0.022, 0.022, 0.018, 0.026, 0.03, 0.021, 0.015, 0.018) },
        { at: [0.073, -0.012, 0.9], r: compass(0.024, 0.026, 0.022, 0.03, 0.03, 0.024, 0.016, 0.02) },
        { at: [0.07, -0.016, 0.872], r: compass(0.018, 0.022, 0.02, 0.024, 0.026, 0.02, 0.015, 0.016) },
        { at: [0.068, -0.024, 0.852], r: compass(0.012, 0.015, 0.015, 0.016, 0.016, 0.014, 0.013, 0.012) },
      ],
      capStart: 0.004,
      capEnd: 0.004,
    },
    {
      kind: 'loft',
      label: 'acetabular rim',
      front: [0, 0, 1],
      sections: arc(RIM_CENTRE, ACETABULAR_AXIS, 0.0265, -150, 150, 13).map((at) => ({ at, r: 0.0062 })),
      capStart: 0.004,
      capEnd: 0.004,
    },
    {
      kind: 'loft',
      label: 'superior pubic ramus',
      front: [0, 0, 1],
      side: [0, 1, 0],
      sections: [
        { at: [0.068, 0.026, 0.9], r: [0.012, 0.012] },
        { at: [0.056, 0.04, 0.888], r: [0.0095, 0.011] },
        { at: [0.036, 0.051, 0.879], r: [0.0085, 0.01] },
      ],
    },
    {
      kind: 'loft',
      label: 'body of pubis',
      front: [0, 1, 0],
      side: [1, 0, 0],
      sections: [
        { at: [0.02, 0.052, 0.89], r: [0.009, 0.014] },
        { at: [0.019, 0.049, 0.87], r: [0.0095, 0.014] },
        { at: [0.021, 0.043, 0.85], r: [0.0085, 0.012] },
      ],
      capStart: 0.005,
      capEnd: 0.005,
    },
    { kind: 'ellipsoid', label: 'pubic tubercle', center: [0.03, 0.06, 0.884], radii: [0.0058, 0.0058, 0.0062] },
    {
      kind: 'loft',
      label: 'inferior pubic and ischial rami',
      // A flat strap in the plane of the obturator foramen (which faces laterally, forward and
      // down): broad toward the foramen, thin across it, so the foramen reads as a framed hole.
      front: [0, 0, 1],
      side: OBTURATOR_NORMAL,
      sections: [
        { at: [0.021, 0.046, 0.853], r: [0.0095, 0.0055] },
        { at: [0.033, 0.026, 0.826], r: [0.0085, 0.0042] },
        { at: [0.046, 0.003, 0.808], r: [0.0088, 0.0044] },
        { at: [0.058, -0.024, 0.802], r: [0.0105, 0.0062] },
        { at: [0.064, -0.038, 0.806], r: [0.012, 0.008] },
      ],
    },
    {
      kind: 'loft',
      label: 'body of ischium',
      // Broad from front to back and flattened from side to side, below and behind the acetabulum.
      sections: [
        { at: [0.073, -0.02, 0.875], r: [0.016, 0.014] },
        { at: [0.07, -0.032, 0.848], r: [0.0145, 0.0115] },
        { at: [0.066, -0.042, 0.822], r: [0.0145, 0.0125] },
        { at: [0.064, -0.046, 0.802], r: [0.012, 0.013] },
      ],
      capStart: 0.006,
      capEnd: 0.01,
    },
    {
      kind: 'ellipsoid',
      label: 'ischial tuberosity',
      center: [0.064, -0.043, 0.808],
      radii: [0.012, 0.016, 0.022],
      axes: [
        [1, 0, 0],
        [0, 0.94, 0.34],
      ],
    },
    {
      kind: 'loft',
      label: 'ischial spine',
      // A triangular point on the back of the ischium, between the greater and lesser sciatic notches.
      front: [0, 0, 1],
      sections: [
        { at: [0.071, -0.034, 0.868], r: [0.009, 0.007] },
        { at: [0.064, -0.048, 0.865], r: [0.0065, 0.0045] },
        { at: [0.056, -0.059, 0.862], r: [0.003, 0.0025] },
      ],
      capEnd: 0.003,
    },
    {
      kind: 'ellipsoid',
      label: 'anterior superior iliac spine',
      center: [0.122, 0.053, 0.981],
      radii: [0.0075, 0.009, 0.0085],
      axes: [
        [1, 0, 0],
        [0, 0.8, -0.6],
      ],
    },
    {
      kind: 'loft',
      label: 'pubic crest',
      front: [0, 0, 1],
      sections: [
        { at: [0.029, 0.058, 0.885], r: 0.004 },
        { at: [0.018, 0.056, 0.889], r: 0.0042 },
        { at: [0.007, 0.053, 0.889], r: 0.004 },
      ],
      capStart: 0.003,
      capEnd: 0.002,
    },
  ],
};

/**
 * The sacrum's median curve from the base (S1) to the apex (S5): [y, z] of its mid-surface, its
 * half-width and its thickness in the midline and at the lateral margin. It is curved, concave
 * forward, and tilted so that its base faces up and forward and its apex points down and back.
 */
const SACRAL_LEVELS: readonly { y: number; z: number; halfWidth: number; thick: number; edge: number }[] = [
  { y: -0.05, z: 1.0, halfWidth: 0.054, thick: 0.046, edge: 0.02 },
  { y: -0.066, z: 0.97, halfWidth: 0.048, thick: 0.036, edge: 0.022 },
  { y: -0.08, z: 0.943, halfWidth: 0.037, thick: 0.029, edge: 0.018 },
  { y: -0.09, z: 0.918, halfWidth: 0.025, thick: 0.022, edge: 0.012 },
  { y: -0.096, z: 0.897, halfWidth: 0.013, thick: 0.014, edge: 0.009 },
];

/** Unit vector in the median plane pointing forward out of the sacrum's pelvic surface at a level. */
function sacralNormal(i: number): Vec3 {
  const a = SACRAL_LEVELS[Math.max(0, i - 1)] ?? SACRAL_LEVELS[0]!;
  const b = SACRAL_LEVELS[Math.min(SACRAL_LEVELS.length - 1, i + 1)] ?? a;
  const ty = b.y - a.y;
  const tz = b.z - a.z;
  const len = Math.hypot(ty, tz);
  return [0, -tz / len, ty / len];
}

const SACRAL_COLUMNS = [-1, -2 / 3, -1 / 3, 0, 1 / 3, 2 / 3, 1];

/** A point of the sacrum's mid-surface at level i (fractional: between levels) and column u (-1 to 1). */
function sacralPoint(i: number, u: number): Vec3 {
  const at = (k: number): Vec3 => {
    const level = SACRAL_LEVELS[k] ?? SACRAL_LEVELS[0]!;
    const wing = k === 0 ? u * u : k === 1 ? 0.4 * u * u : 0;
    return [u * level.halfWidth, level.y + 0.008 * wing, level.z - 0.018 * wing];
  };
  const k = Math.floor(i);
  const t = i - k;
  const a = at(k);
  const b = at(Math.min(SACRAL_LEVELS.length - 1, k + 1));
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/**
 * The four pairs of sacral foramina, between the fused vertebrae, carved through the sacrum so they
 * show as holes on its pelvic (anterior) and dorsal (posterior) surfaces: the first is the largest.
 */
const SACRAL_FORAMINA = [0.0048, 0.0042, 0.0036, 0.003].flatMap((radius, k) =>
  [-1, 1].map((side) => {
    const i = k + 0.5;
    const mid = sacralPoint(i, side * 0.5);
    const a = sacralNormal(k);
    const b = sacralNormal(k + 1);
    const n: Vec3 = [0, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
    const reach = 0.03;
    return {
      kind: 'loft' as const,
      label: `${['first', 'second', 'third', 'fourth'][k] ?? ''} sacral foramen (${side > 0 ? 'right' : 'left'})`,
      carve: true as const,
      front: [1, 0, 0] as Vec3,
      side: [0, 0, 1] as Vec3,
      sections: [-1, 1].map((d) => ({ at: [mid[0], mid[1] + n[1] * reach * d, mid[2] + n[2] * reach * d] as Vec3, r: radius })),
    };
  }),
);

/**
 * The auricular (ear-shaped) surface on each side of the sacrum, for the sacroiliac joint: a flat
 * facet cut into the lateral margin of S1 and S2, its upper limb running back and its lower limb
 * down. Carved rather than raised, so the bone does not grow into piriformis in front of it.
 */
const AURICULAR_SURFACES = [-1, 1].flatMap((side) =>
  [
    { center: [side * 0.0665, -0.046, 0.981] as Vec3, radii: [0.005, 0.012, 0.009] as Vec3, along: [0, -0.75, -0.66] as Vec3 },
    { center: [side * 0.0615, -0.064, 0.962] as Vec3, radii: [0.005, 0.011, 0.009] as Vec3, along: [0, -0.55, -0.83] as Vec3 },
  ].map((limb, k) => ({
    kind: 'ellipsoid' as const,
    label: `auricular surface, ${k === 0 ? 'upper' : 'lower'} limb (${side > 0 ? 'right' : 'left'})`,
    carve: true as const,
    center: limb.center,
    radii: limb.radii,
    axes: [[1, 0, 0], limb.along] as [Vec3, Vec3],
  })),
);


export const sacrum: Bone = {
  id: 'sacrum',
  midline: true,
  name: 'Sacrum',
  parts: [
    {
      kind: 'plate',
      label: 'sacrum (body, alae and lateral parts)',
      outward: [0, 0.92, -0.39],
      grid: SACRAL_LEVELS.map((level, i) =>
        SACRAL_COLUMNS.map((u): Vec3 => {
          // The base is highest at the body of S1 (the promontory) and the alae slope down and a
          // little forward from it, so the base's outline is rounded, not square.
          const wing = i === 0 ? u * u : i === 1 ? 0.4 * u * u : 0;
          return [u * level.halfWidth, level.y + 0.008 * wing, level.z - 0.018 * wing];
        }),
      ),
      thickness: SACRAL_LEVELS.map((level) => SACRAL_COLUMNS.map((u) => level.thick + (level.edge - level.thick) * Math.pow(Math.abs(u), 1.5))),
    },
    {
      kind: 'loft',
      label: 'median sacral crest',
      front: [0, 0, 1],
      side: [1, 0, 0],
      sections: SACRAL_LEVELS.slice(0, 4).map((level, i) => {
        const n = sacralNormal(i);
        const back = level.thick / 2 + 0.001;
        return { at: [0, level.y - n[1] * back, level.z - n[2] * back] as Vec3, r: [0.0055, 0.0032] };
      }),
      capStart: 0.004,
      capEnd: 0.004,
    },
    // Spinous tubercles along the median sacral crest, S1 to S4.
    ...SACRAL_LEVELS.slice(0, 4).map((level, i) => {
      const n = sacralNormal(i);
      const back = level.thick / 2 + 0.004;
      return {
        kind: 'ellipsoid' as const,
        label: `spinous tubercle of S${i + 1}`,
        center: [0, level.y - n[1] * back, level.z - n[2] * back] as Vec3,
        radii: [0.0042, 0.005, 0.006] as Vec3,
      };
    }),
    ...AURICULAR_SURFACES,
    ...SACRAL_FORAMINA,
  ],
};

export const coccyx: Bone = {
  id: 'coccyx',
  midline: true,
  name: 'Coccyx',
  parts: [
    {
      kind: 'loft',
      label: 'coccyx',
      front: [0, 1, 0],
      sections: [
        { at: [0, -0.101, 0.884], r: [0.006, 0.009] },
        { at: [0, -0.099, 0.868], r: [0.0055, 0.007] },
        { at: [0, -0.091, 0.852], r: [0.004, 0.0045] },
      ],
      capStart: 0.003,
      capEnd: 0.004,
    },
  ],
};
