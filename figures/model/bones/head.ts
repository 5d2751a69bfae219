/**
 * The skull, the mandible, the hyoid, the thyroid and cricoid cartilages and the body of the
 * tongue, in the one body frame (metres; x to the right, y forward, z up from the floor). All are
 * single midline structures, modelled whole; their paired parts are written for the right side and
 * mirrored here (`both`). Proportions of an adult of about 1.75 m: vertex at z 1.75, porion (the
 * external acoustic meatus) at z 1.60, the Frankfort plane level, the chin near (0, 0.09, 1.50).
 * Landmarks: HEAD-LANDMARKS.md.
 */
import type { Bone, BonePart, EllipsoidPart, LoftPart, PlatePart, Vec3 } from '../types';

const mx = (p: Vec3): Vec3 => [-p[0], p[1], p[2]];

/** A right-side part and its mirror image on the left. */
function both<P extends BonePart>(part: P): BonePart[] {
  const label = `${part.label} (left)`;
  let left: BonePart;
  switch (part.kind) {
    case 'loft': {
      const l: LoftPart = part;
      left = {
        ...l,
        label,
        sections: l.sections.map((s) => ({ ...s, at: mx(s.at) })),
        ...(l.front ? { front: mx(l.front) } : {}),
        ...(l.side ? { side: mx(l.side) } : {}),
      };
      break;
    }
    case 'ellipsoid': {
      const e: EllipsoidPart = part;
      left = { ...e, label, center: mx(e.center), ...(e.axes ? { axes: [mx(e.axes[0]), mx(e.axes[1])] as const } : {}) };
      break;
    }
    case 'plate': {
      const p: PlatePart = part;
      left = { ...p, label, grid: p.grid.map((row) => row.map(mx)), outward: mx(p.outward) };
      break;
    }
  }
  return [{ ...part, label: `${part.label} (right)` }, left];
}

/** Polar radii of a symmetric section: up, up-lateral, lateral, down-lateral, down (and the other side). */
function sym(up: number, ul: number, l: number, dl: number, d: number): number[] {
  return [up, ul, l, dl, d, dl, l, ul];
}

/**
 * Radii (32, from front toward side) of a rounded box: `front` and `back` half-depths, `side`
 * half-width, exponents toward the front and the back (2: an ellipse; larger: squarer).
 */
function box(front: number, side: number, back: number, nf = 2, nb = 2, count = 32): number[] {
  return Array.from({ length: count }, (_, k) => {
    const th = (2 * Math.PI * k) / count;
    const c = Math.cos(th);
    const depth = c >= 0 ? front : back;
    const n = c >= 0 ? nf : nb;
    return Math.pow(Math.pow(Math.abs(c) / depth, n) + Math.pow(Math.abs(Math.sin(th)) / side, n), -1 / n);
  });
}

const UP: Vec3 = [0, 0, 1];
const RIGHT: Vec3 = [1, 0, 0];
const FORWARD: Vec3 = [0, 1, 0];

// ---------------------------------------------------------------------------------------------
// Landmarks (see HEAD-LANDMARKS.md).

export const HEAD_LANDMARKS = {
  vertex: [0, 0.0, 1.75],
  glabella: [0, 0.099, 1.646],
  nasion: [0, 0.097, 1.632],
  opisthocranion: [0, -0.095, 1.66],
  inion: [0, -0.097, 1.622],
  porion: [0.064, 0.0, 1.601],
  mastoidTip: [0.054, -0.008, 1.566],
  styloidTip: [0.033, 0.014, 1.546],
  basion: [0, -0.004, 1.561],
  opisthion: [0, -0.041, 1.563],
  occipitalCondyle: [0.019, -0.012, 1.553],
  condyle: [0.05, 0.012, 1.597],
  coronoidTip: [0.044, 0.047, 1.592],
  gonion: [0.049, 0.022, 1.507],
  pogonion: [0, 0.095, 1.497],
  menton: [0, 0.083, 1.485],
  hyoidBody: [0, 0.043, 1.46],
  laryngealProminence: [0, 0.054, 1.425],
  cricoidArch: [0, 0.037, 1.383],
} as const satisfies Record<string, Vec3>;

// ---------------------------------------------------------------------------------------------
// The teeth: crowns along the dental arches (the upper arch a little outside the lower).

/** Right half of the upper arch: crown centre [x, y], mesiodistal and buccolingual size. */
const UPPER_TEETH: readonly { x: number; y: number; md: number; bl: number }[] = [
  { x: 0.0045, y: 0.094, md: 0.0085, bl: 0.007 },
  { x: 0.0118, y: 0.0905, md: 0.0066, bl: 0.0062 },
  { x: 0.0178, y: 0.0845, md: 0.0076, bl: 0.008 },
  { x: 0.0215, y: 0.0772, md: 0.007, bl: 0.009 },
  { x: 0.0236, y: 0.0698, md: 0.0066, bl: 0.009 },
  { x: 0.026, y: 0.0605, md: 0.0102, bl: 0.011 },
  { x: 0.0276, y: 0.0502, md: 0.0092, bl: 0.011 },
  { x: 0.0286, y: 0.0412, md: 0.0085, bl: 0.0102 },
];

function teeth(scaleX: number, dy: number, z: number, label: string): BonePart[] {
  return UPPER_TEETH.flatMap((t, i) => {
    const prev = UPPER_TEETH[i - 1] ?? { x: -t.x, y: t.y };
    const next = UPPER_TEETH[i + 1] ?? { x: t.x + (t.x - prev.x), y: t.y + (t.y - prev.y) };
    const tx = next.x * scaleX - prev.x * scaleX;
    const ty = next.y - prev.y;
    const len = Math.hypot(tx, ty);
    const part: EllipsoidPart = {
      kind: 'ellipsoid',
      label: `${label} ${i + 1}`,
      center: [t.x * scaleX, t.y + dy, z],
      radii: [t.md * 0.46, t.bl * 0.48, i < 3 ? 0.0068 : 0.0058],
      axes: [
        [tx / len, ty / len, 0],
        [-ty / len, tx / len, 0],
      ],
    };
    return both(part);
  });
}

// ---------------------------------------------------------------------------------------------
// The skull.

export const skull: Bone = {
  id: 'skull',
  name: 'Skull',
  midline: true,
  parts: [
    {
      kind: 'loft',
      label: 'cranial vault (frontal, parietal, squamous temporal and occipital squama)',
      front: UP,
      side: RIGHT,
      sections: [
        { at: [0, -0.07, 1.662], r: sym(0.062, 0.062, 0.062, 0.06, 0.052) },
        { at: [0, -0.042, 1.66], r: sym(0.082, 0.078, 0.07, 0.072, 0.062) },
        { at: [0, -0.012, 1.658], r: sym(0.092, 0.084, 0.072, 0.079, 0.068) },
        { at: [0, 0.018, 1.658], r: sym(0.092, 0.083, 0.069, 0.075, 0.066) },
        { at: [0, 0.046, 1.658], r: sym(0.084, 0.075, 0.062, 0.063, 0.06) },
        { at: [0, 0.07, 1.658], r: sym(0.07, 0.062, 0.055, 0.05, 0.045) },
        { at: [0, 0.088, 1.656], r: sym(0.048, 0.046, 0.046, 0.036, 0.028) },
      ],
      capStart: 0.025,
      capEnd: 0.01,
    },
    {
      kind: 'ellipsoid',
      label: 'occipital bone below the nuchal lines',
      // A flattened ellipsoid under the vault's back: its lower surface is the nuchal plane,
      // sloping from the inion down and forward to the foramen magnum.
      center: [0, -0.055, 1.607],
      radii: [0.05, 0.046, 0.022],
      axes: [
        [1, 0, 0],
        [0, 0.707, -0.707],
      ],
    },
    {
      kind: 'ellipsoid',
      label: 'basilar and condylar parts of the occipital bone',
      center: [0, -0.02, 1.577],
      radii: [0.03, 0.032, 0.016],
    },
    {
      kind: 'loft',
      label: 'basilar part (clivus) to the body of the sphenoid',
      front: UP,
      sections: [
        { at: [0, -0.006, 1.567], r: [0.008, 0.011] },
        { at: [0, 0.015, 1.585], r: [0.01, 0.012] },
        { at: [0, 0.034, 1.598], r: [0.012, 0.013] },
      ],
      capStart: 0.004,
      capEnd: 0.004,
    },
    ...both({
      kind: 'ellipsoid',
      label: 'occipital condyle',
      center: [0.019, -0.012, 1.558],
      radii: [0.0062, 0.012, 0.0055],
      axes: [
        [0.95, 0.3, 0],
        [-0.3, 0.95, 0],
      ],
    }),
    {
      kind: 'ellipsoid',
      label: 'external occipital protuberance',
      center: [0, -0.093, 1.622],
      radii: [0.007, 0.006, 0.006],
    },
    {
      kind: 'loft',
      label: 'superior nuchal lines',
      front: UP,
      sections: [
        { at: [-0.06, -0.03, 1.603], r: 0.0022 },
        { at: [-0.048, -0.062, 1.607], r: 0.0028 },
        { at: [-0.028, -0.085, 1.616], r: 0.0028 },
        { at: [0, -0.094, 1.622], r: 0.003 },
        { at: [0.028, -0.085, 1.616], r: 0.0028 },
        { at: [0.048, -0.062, 1.607], r: 0.0028 },
        { at: [0.06, -0.03, 1.603], r: 0.0022 },
      ],
      capStart: 0.002,
      capEnd: 0.002,
    },
    ...both({
      kind: 'loft',
      label: 'inferior nuchal line',
      front: UP,
      sections: [
        { at: [0.003, -0.08, 1.583], r: 0.002 },
        { at: [0.022, -0.076, 1.578], r: 0.0022 },
        { at: [0.04, -0.062, 1.574], r: 0.002 },
      ],
      capStart: 0.002,
      capEnd: 0.002,
    }),
    // Temporal bone.
    ...both({
      kind: 'ellipsoid',
      label: 'tympanic and petrous parts around the external acoustic meatus',
      center: [0.054, -0.002, 1.6],
      radii: [0.013, 0.018, 0.013],
    }),
    ...both({
      kind: 'loft',
      label: 'mastoid process',
      front: FORWARD,
      sections: [
        { at: [0.054, -0.016, 1.61], r: [0.014, 0.011] },
        { at: [0.055, -0.012, 1.59], r: [0.011, 0.009] },
        { at: [0.054, -0.009, 1.574], r: [0.006, 0.0055] },
      ],
      capEnd: 0.008,
    }),
    ...both({
      kind: 'loft',
      label: 'styloid process',
      front: FORWARD,
      sections: [
        { at: [0.041, -0.004, 1.59], r: 0.003 },
        { at: [0.037, 0.006, 1.566], r: 0.0021 },
        { at: [0.034, 0.012, 1.55], r: 0.0017 },
      ],
      capEnd: 0.003,
    }),
    // The face.
    {
      kind: 'loft',
      label: 'face: maxillae with the alveolar processes, zygomatic bodies, orbital margins',
      front: FORWARD,
      side: RIGHT,
      sections: [
        { at: [0, 0.06, 1.537], r: box(0.04, 0.034, 0.026, 2.2, 3) },
        { at: [0, 0.06, 1.554], r: box(0.041, 0.039, 0.026, 2.4, 2.4) },
        { at: [0, 0.062, 1.572], r: box(0.039, 0.047, 0.026, 2.8, 1.8) },
        { at: [0, 0.064, 1.594], r: box(0.037, 0.057, 0.026, 3.2, 1.6) },
        { at: [0, 0.066, 1.614], r: box(0.033, 0.057, 0.026, 3.2, 1.6) },
        { at: [0, 0.07, 1.636], r: box(0.029, 0.052, 0.028, 3, 1.6) },
      ],
      capStart: 0.003,
    },
    {
      kind: 'loft',
      label: 'supraorbital margins and glabella',
      front: UP,
      sections: [
        { at: [-0.054, 0.078, 1.626], r: 0.005 },
        { at: [-0.032, 0.095, 1.634], r: 0.0058 },
        { at: [0, 0.1, 1.641], r: 0.0065 },
        { at: [0.032, 0.095, 1.634], r: 0.0058 },
        { at: [0.054, 0.078, 1.626], r: 0.005 },
      ],
      capStart: 0.004,
      capEnd: 0.004,
    },
    {
      kind: 'loft',
      label: 'nasal bones',
      front: FORWARD,
      sections: [
        { at: [0, 0.096, 1.633], r: [0.004, 0.007] },
        { at: [0, 0.103, 1.61], r: [0.0035, 0.0075] },
        { at: [0, 0.109, 1.593], r: [0.003, 0.0085] },
      ],
      capStart: 0.003,
      capEnd: 0.002,
    },
    {
      kind: 'ellipsoid',
      label: 'anterior nasal spine',
      center: [0, 0.103, 1.551],
      radii: [0.003, 0.007, 0.0028],
    },
    ...both({
      kind: 'ellipsoid',
      label: 'zygomatic bone (body)',
      center: [0.05, 0.076, 1.594],
      radii: [0.011, 0.011, 0.014],
    }),
    ...both({
      kind: 'loft',
      label: 'zygomatic arch (temporal process of the zygomatic bone, zygomatic process of the temporal bone)',
      front: UP,
      side: RIGHT,
      sections: [
        { at: [0.053, 0.07, 1.596], r: [0.007, 0.004] },
        { at: [0.062, 0.052, 1.597], r: [0.0058, 0.0034] },
        { at: [0.0665, 0.032, 1.599], r: [0.0055, 0.0034] },
        { at: [0.0655, 0.014, 1.602], r: [0.0055, 0.0036] },
        { at: [0.058, 0.004, 1.606], r: [0.007, 0.005] },
      ],
      capStart: 0.003,
      capEnd: 0.004,
    }),
    ...both({
      kind: 'ellipsoid',
      label: 'articular tubercle',
      center: [0.053, 0.022, 1.602],
      radii: [0.01, 0.005, 0.005],
    }),
    // Sphenoid: the pterygoid plates hang from the base behind the maxilla.
    ...both({
      kind: 'plate',
      label: 'medial pterygoid plate',
      outward: [-1, 0, 0],
      grid: [
        [
          [0.011, 0.037, 1.592],
          [0.0112, 0.027, 1.592],
          [0.012, 0.017, 1.592],
        ],
        [
          [0.011, 0.037, 1.567],
          [0.0115, 0.027, 1.567],
          [0.012, 0.019, 1.569],
        ],
        [
          [0.011, 0.035, 1.548],
          [0.0115, 0.031, 1.546],
          [0.012, 0.027, 1.549],
        ],
      ],
      thickness: 0.003,
    }),
    ...both({
      kind: 'plate',
      label: 'lateral pterygoid plate',
      outward: [0.8, 0.6, 0],
      grid: [
        [
          [0.017, 0.039, 1.592],
          [0.022, 0.028, 1.592],
          [0.028, 0.016, 1.592],
        ],
        [
          [0.017, 0.039, 1.568],
          [0.023, 0.028, 1.568],
          [0.029, 0.018, 1.571],
        ],
        [
          [0.017, 0.038, 1.553],
          [0.021, 0.032, 1.553],
          [0.025, 0.027, 1.557],
        ],
      ],
      thickness: 0.003,
    }),
    ...teeth(1, 0, 1.5305, 'upper tooth'),
    // Hollows.
    ...both({
      kind: 'loft',
      carve: true,
      label: 'orbit',
      front: UP,
      side: RIGHT,
      sections: [
        { at: [0.034, 0.112, 1.614], r: box(0.0185, 0.0215, 0.0185, 3, 3) },
        { at: [0.033, 0.094, 1.614], r: box(0.018, 0.0205, 0.018, 3, 3) },
        { at: [0.027, 0.074, 1.616], r: box(0.014, 0.016, 0.014, 2.5, 2.5) },
        { at: [0.019, 0.052, 1.619], r: [0.006, 0.006] },
      ],
      capEnd: 0.005,
    }),
    {
      kind: 'loft',
      carve: true,
      label: 'piriform (nasal) aperture',
      front: FORWARD,
      side: RIGHT,
      sections: [
        { at: [0, 0.095, 1.557], r: [0.032, 0.01] },
        { at: [0, 0.095, 1.565], r: [0.032, 0.0125] },
        { at: [0, 0.095, 1.577], r: [0.031, 0.0105] },
        { at: [0, 0.095, 1.587], r: [0.028, 0.006] },
      ],
      capStart: 0.003,
      capEnd: 0.004,
    },
    ...both({
      kind: 'loft',
      carve: true,
      label: 'external acoustic meatus',
      front: UP,
      sections: [
        { at: [0.075, 0.0, 1.601], r: [0.0045, 0.0038] },
        { at: [0.05, 0.0, 1.601], r: [0.004, 0.0035] },
      ],
      capEnd: 0.003,
    }),
    {
      kind: 'ellipsoid',
      carve: true,
      label: 'foramen magnum',
      center: [0, -0.022, 1.556],
      radii: [0.0145, 0.0185, 0.026],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// The mandible.

/** The body's columns on the right, from the symphysis back: alveolar crest, middle, base. */
const BODY_COLUMNS: readonly (readonly [Vec3, Vec3, Vec3])[] = [
  [[0, 0.093, 1.514], [0, 0.091, 1.501], [0, 0.084, 1.488]],
  [[0.011, 0.089, 1.514], [0.012, 0.087, 1.501], [0.013, 0.081, 1.488]],
  [[0.0175, 0.083, 1.515], [0.021, 0.08, 1.501], [0.024, 0.073, 1.489]],
  [[0.0215, 0.074, 1.516], [0.026, 0.071, 1.502], [0.031, 0.063, 1.491]],
  [[0.0245, 0.062, 1.517], [0.03, 0.059, 1.503], [0.036, 0.05, 1.493]],
  [[0.027, 0.049, 1.518], [0.034, 0.046, 1.504], [0.041, 0.037, 1.496]],
  [[0.03, 0.037, 1.52], [0.038, 0.034, 1.506], [0.045, 0.027, 1.5]],
];

const bodyRow = (r: 0 | 1 | 2): Vec3[] => {
  const right = BODY_COLUMNS.map((c) => c[r]);
  return [...right.slice(1).reverse().map(mx), ...right];
};
const bodyThickness = (r: 0 | 1 | 2): number[] => {
  const right = BODY_COLUMNS.map((_, i) => (r === 0 ? 0.0085 : r === 1 ? 0.011 : 0.012) + (i === 0 ? 0.002 : 0));
  return [...right.slice(1).reverse(), ...right];
};

export const mandible: Bone = {
  id: 'mandible',
  name: 'Mandible',
  midline: true,
  parts: [
    {
      kind: 'plate',
      label: 'body',
      outward: FORWARD,
      grid: [bodyRow(0), bodyRow(1), bodyRow(2)],
      thickness: [bodyThickness(0), bodyThickness(1), bodyThickness(2)],
    },
    ...both({
      kind: 'plate',
      label: 'ramus with the coronoid process and the angle',
      outward: RIGHT,
      grid: [
        [
          [0.044, 0.047, 1.591],
          [0.046, 0.039, 1.578],
          [0.048, 0.03, 1.572],
          [0.049, 0.021, 1.576],
          [0.05, 0.013, 1.585],
        ],
        [
          [0.042, 0.051, 1.565],
          [0.044, 0.043, 1.563],
          [0.046, 0.034, 1.56],
          [0.048, 0.025, 1.56],
          [0.05, 0.016, 1.562],
        ],
        [
          [0.039, 0.053, 1.54],
          [0.042, 0.045, 1.538],
          [0.045, 0.037, 1.536],
          [0.047, 0.029, 1.535],
          [0.049, 0.02, 1.537],
        ],
        [
          [0.037, 0.052, 1.518],
          [0.04, 0.044, 1.515],
          [0.044, 0.036, 1.513],
          [0.047, 0.028, 1.512],
          [0.0485, 0.02, 1.515],
        ],
        [
          [0.039, 0.046, 1.502],
          [0.042, 0.04, 1.502],
          [0.045, 0.034, 1.503],
          [0.047, 0.028, 1.504],
          [0.0485, 0.023, 1.507],
        ],
      ],
      thickness: [
        [0.004, 0.004, 0.005, 0.006, 0.007],
        [0.005, 0.005, 0.005, 0.006, 0.007],
        [0.007, 0.006, 0.006, 0.006, 0.007],
        [0.009, 0.007, 0.006, 0.006, 0.007],
        [0.01, 0.008, 0.007, 0.007, 0.007],
      ],
    }),
    ...both({
      kind: 'loft',
      label: 'condylar process (neck)',
      sections: [
        { at: [0.05, 0.014, 1.58], r: [0.0045, 0.005] },
        { at: [0.05, 0.012, 1.593], r: [0.0045, 0.006] },
      ],
    }),
    ...both({
      kind: 'ellipsoid',
      label: 'head of the mandible (condyle)',
      center: [0.05, 0.012, 1.597],
      radii: [0.0095, 0.0048, 0.0052],
      axes: [
        [0.96, -0.28, 0],
        [0.28, 0.96, 0],
      ],
    }),
    {
      kind: 'ellipsoid',
      label: 'mental protuberance',
      center: [0, 0.091, 1.495],
      radii: [0.011, 0.0055, 0.008],
    },
    ...both({
      kind: 'ellipsoid',
      label: 'mental tubercle',
      center: [0.012, 0.088, 1.492],
      radii: [0.005, 0.004, 0.004],
    }),
    {
      kind: 'ellipsoid',
      label: 'genial tubercles (mental spines)',
      center: [0, 0.079, 1.495],
      radii: [0.004, 0.003, 0.004],
    },
    ...both({
      kind: 'loft',
      label: 'mylohyoid line',
      front: UP,
      sections: [
        { at: [0.032, 0.036, 1.51], r: 0.0022 },
        { at: [0.026, 0.052, 1.503], r: 0.0022 },
        { at: [0.019, 0.067, 1.497], r: 0.002 },
        { at: [0.011, 0.077, 1.494], r: 0.0018 },
      ],
      capStart: 0.002,
      capEnd: 0.002,
    }),
    ...teeth(0.95, -0.002, 1.5175, 'lower tooth'),
    ...both({
      kind: 'ellipsoid',
      carve: true,
      label: 'mandibular notch',
      center: [0.048, 0.03, 1.588],
      radii: [0.012, 0.0085, 0.0135],
    }),
  ],
};

// ---------------------------------------------------------------------------------------------
// The hyoid and the laryngeal cartilages.

export const hyoid: Bone = {
  id: 'hyoid',
  name: 'Hyoid bone',
  midline: true,
  parts: [
    {
      kind: 'loft',
      label: 'body',
      front: UP,
      sections: [
        { at: [-0.013, 0.035, 1.461], r: [0.0045, 0.003] },
        { at: [-0.006, 0.041, 1.46], r: [0.0052, 0.0032] },
        { at: [0, 0.043, 1.46], r: [0.0055, 0.0032] },
        { at: [0.006, 0.041, 1.46], r: [0.0052, 0.0032] },
        { at: [0.013, 0.035, 1.461], r: [0.0045, 0.003] },
      ],
      capStart: 0.002,
      capEnd: 0.002,
    },
    ...both({
      kind: 'loft',
      label: 'greater horn',
      front: UP,
      sections: [
        { at: [0.012, 0.036, 1.461], r: [0.0035, 0.0025] },
        { at: [0.017, 0.024, 1.464], r: [0.0025, 0.002] },
        { at: [0.0205, 0.01, 1.468], r: [0.0022, 0.0019] },
      ],
      capEnd: 0.002,
    }),
    ...both({ kind: 'ellipsoid', label: 'tubercle of the greater horn', center: [0.021, 0.008, 1.469], radii: [0.0028, 0.0032, 0.0028] }),
    ...both({
      kind: 'loft',
      label: 'lesser horn',
      sections: [
        { at: [0.011, 0.035, 1.463], r: 0.0022 },
        { at: [0.011, 0.032, 1.47], r: 0.0016 },
      ],
      capEnd: 0.0015,
    }),
  ],
};

export const thyroidCartilage: Bone = {
  id: 'thyroid-cartilage',
  name: 'Thyroid cartilage',
  midline: true,
  tissue: 'cartilage',
  parts: [
    ...both({
      kind: 'plate',
      label: 'lamina',
      outward: [0.7, 0.7, 0],
      grid: [
        [
          [0.0015, 0.05, 1.429],
          [0.011, 0.043, 1.434],
          [0.018, 0.033, 1.436],
          [0.021, 0.022, 1.435],
        ],
        [
          [0.001, 0.052, 1.418],
          [0.011, 0.044, 1.418],
          [0.018, 0.033, 1.418],
          [0.021, 0.021, 1.418],
        ],
        [
          [0.001, 0.047, 1.402],
          [0.0105, 0.041, 1.401],
          [0.0175, 0.031, 1.402],
          [0.0205, 0.022, 1.404],
        ],
      ],
      thickness: 0.003,
    }),
    {
      kind: 'ellipsoid',
      label: 'laryngeal prominence',
      center: [0, 0.051, 1.424],
      radii: [0.004, 0.004, 0.0055],
    },
    ...both({
      kind: 'loft',
      label: 'superior horn',
      sections: [
        { at: [0.021, 0.021, 1.432], r: 0.0022 },
        { at: [0.0208, 0.017, 1.446], r: 0.0019 },
        { at: [0.0205, 0.015, 1.455], r: 0.0018 },
      ],
      capEnd: 0.0018,
    }),
    ...both({
      kind: 'loft',
      label: 'inferior horn',
      sections: [
        { at: [0.0203, 0.022, 1.406], r: 0.0022 },
        { at: [0.0175, 0.02, 1.395], r: 0.002 },
        { at: [0.0148, 0.019, 1.388], r: 0.0019 },
      ],
      capEnd: 0.0015,
    }),
    ...both({
      kind: 'loft',
      label: 'oblique line',
      sections: [
        { at: [0.0195, 0.034, 1.433], r: 0.0016 },
        { at: [0.018, 0.037, 1.418], r: 0.0016 },
        { at: [0.0165, 0.04, 1.403], r: 0.0016 },
      ],
      capStart: 0.0015,
      capEnd: 0.0015,
    }),
  ],
};

/** The cricoid ring: at angle a (0 behind, 90 on the right, 180 in front) its centre and height. */
function cricoidSection(a: number): { at: Vec3; r: [number, number] } {
  const th = (a * Math.PI) / 180;
  const front = (1 - Math.cos(th)) / 2; // 0 behind, 1 in front
  const height = 0.021 - 0.0145 * Math.pow(front, 1.4);
  const bottom = 1.377 + 0.002 * front;
  return { at: [0.0135 * Math.sin(th), 0.0235 - 0.0125 * Math.cos(th), bottom + height / 2], r: [height / 2, 0.0019 + 0.0012 * (1 - front)] };
}

export const cricoidCartilage: Bone = {
  id: 'cricoid-cartilage',
  name: 'Cricoid cartilage',
  midline: true,
  tissue: 'cartilage',
  parts: [
    {
      kind: 'loft',
      label: 'lamina and arch (right half)',
      front: UP,
      sections: [0, 30, 60, 90, 120, 150, 180, 200].map(cricoidSection),
    },
    {
      kind: 'loft',
      label: 'lamina and arch (left half)',
      front: UP,
      sections: [0, 30, 60, 90, 120, 150, 180, 200].map((a) => cricoidSection(-a)),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// The body of the tongue: a soft solid on the floor of the mouth, rooted on the hyoid.

export const tongue: Bone = {
  id: 'tongue',
  name: 'Tongue',
  midline: true,
  tissue: 'soft',
  parts: [
    { kind: 'ellipsoid', label: 'body (oral part)', center: [0, 0.058, 1.511], radii: [0.02, 0.031, 0.0115] },
    { kind: 'ellipsoid', label: 'root (pharyngeal part)', center: [0, 0.035, 1.493], radii: [0.016, 0.013, 0.024] },
    { kind: 'ellipsoid', label: 'tip', center: [0, 0.08, 1.514], radii: [0.015, 0.012, 0.0065] },
  ],
};

export const headBones: readonly Bone[] = [skull, mandible, hyoid, thyroidCartilage, cricoidCartilage, tongue];
