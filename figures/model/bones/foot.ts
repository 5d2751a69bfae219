import { compass, superellipse } from '../profiles';
import type { Bone, Vec3 } from '../types';

/** Foot bones run along +y: their sections face up (front = superior) and turn toward lateral. */
const UP: Vec3 = [0, 0, 1];
const LATERAL: Vec3 = [1, 0, 0];

export const talus: Bone = {
  id: 'talus',
  name: 'Talus',
  parts: [
    {
      kind: 'loft',
      label: 'body and neck',
      front: UP,
      side: LATERAL,
      sections: [
        { at: [0.092, -0.03, 0.06], r: compass(0.008, 0.008, 0.007, 0.006, 0.006, 0.006, 0.007, 0.008) },
        { at: [0.091, -0.018, 0.064], r: compass(0.014, 0.016, 0.014, 0.012, 0.012, 0.012, 0.013, 0.015) },
        { at: [0.09, 0.0, 0.065], r: compass(0.015, 0.017, 0.015, 0.013, 0.012, 0.013, 0.014, 0.016) },
        { at: [0.086, 0.014, 0.063], r: [0.0095, 0.0105] },
        { at: [0.082, 0.024, 0.06], r: [0.009, 0.0095] },
      ],
      capStart: 0.004,
      capEnd: 0.003,
    },
    // The trochlea: a pulley on top of the body, convex from front to back with a shallow central
    // groove between its medial and lateral ridges, wider in front; the malleoli grip its sides.
    { kind: 'ellipsoid', label: 'trochlea, medial ridge', center: [0.0825, -0.008, 0.07], radii: [0.0075, 0.02, 0.011], axes: [[1, 0.12, 0], [-0.12, 1, 0]] },
    { kind: 'ellipsoid', label: 'trochlea, lateral ridge', center: [0.0995, -0.008, 0.07], radii: [0.0078, 0.02, 0.011], axes: [[1, -0.05, 0], [0.05, 1, 0]] },
    { kind: 'ellipsoid', label: 'lateral process', center: [0.106, -0.004, 0.055], radii: [0.005, 0.008, 0.007] },
    { kind: 'ellipsoid', label: 'posterior process', center: [0.093, -0.032, 0.056], radii: [0.006, 0.006, 0.005] },
    { kind: 'ellipsoid', label: 'head', center: [0.079, 0.033, 0.058], radii: [0.0135, 0.011, 0.0125], axes: [[1, 0.25, 0], [-0.25, 1, 0]] },
  ],
};

export const calcaneus: Bone = {
  id: 'calcaneus',
  name: 'Calcaneus',
  parts: [
    {
      kind: 'loft',
      label: 'body',
      front: UP,
      side: LATERAL,
      sections: [
        // Tall at the heel, highest under the talus (the posterior talar facet), dipping at the
        // calcaneal sulcus and narrowing into the anterior process for the cuboid; its plantar
        // surface rises from the heel toward the front.
        { at: [0.092, -0.066, 0.034], r: compass(0.013, 0.013, 0.012, 0.014, 0.018, 0.015, 0.012, 0.013) },
        { at: [0.093, -0.05, 0.035], r: compass(0.02, 0.016, 0.014, 0.016, 0.021, 0.017, 0.014, 0.016) },
        { at: [0.095, -0.03, 0.038], r: compass(0.015, 0.016, 0.015, 0.016, 0.022, 0.016, 0.013, 0.015) },
        { at: [0.098, -0.01, 0.036], r: compass(0.012, 0.014, 0.015, 0.014, 0.019, 0.014, 0.012, 0.013) },
        { at: [0.102, 0.012, 0.033], r: compass(0.011, 0.012, 0.013, 0.012, 0.014, 0.012, 0.011, 0.011) },
        { at: [0.105, 0.034, 0.031], r: compass(0.011, 0.011, 0.011, 0.011, 0.012, 0.011, 0.01, 0.011) },
        { at: [0.107, 0.042, 0.03], r: [0.0115, 0.0105] },
      ],
      capStart: 0.004,
      capEnd: 0.002,
    },
    // The tuberosity at the back: the heel, with its medial (larger) and lateral processes below.
    { kind: 'ellipsoid', label: 'tuberosity', center: [0.092, -0.063, 0.03], radii: [0.0135, 0.0105, 0.015] },
    { kind: 'ellipsoid', label: 'medial process of the tuberosity', center: [0.084, -0.058, 0.018], radii: [0.0085, 0.012, 0.0075] },
    { kind: 'ellipsoid', label: 'lateral process of the tuberosity', center: [0.102, -0.06, 0.019], radii: [0.0065, 0.009, 0.0065] },
    // The sustentaculum tali: a shelf jutting medially under the talus's neck.
    {
      kind: 'loft',
      label: 'sustentaculum tali',
      front: UP,
      side: LATERAL,
      sections: [
        { at: [0.078, -0.014, 0.045], r: [0.005, 0.01] },
        { at: [0.074, -0.002, 0.046], r: [0.0055, 0.012] },
        { at: [0.076, 0.01, 0.045], r: [0.005, 0.009] },
      ],
      capStart: 0.005,
      capEnd: 0.005,
    },
    { kind: 'ellipsoid', label: 'fibular (peroneal) trochlea', center: [0.113, -0.012, 0.026], radii: [0.004, 0.0065, 0.0035] },
    // The calcaneal sulcus between the facets for the talus: the sinus tarsi opens laterally.
    { kind: 'ellipsoid', label: 'sinus tarsi', carve: true, center: [0.103, 0.004, 0.05], radii: [0.009, 0.006, 0.006], axes: [[1, 0.35, 0], [-0.35, 1, 0]] },
  ],
};

export const navicular: Bone = {
  id: 'navicular',
  name: 'Navicular',
  parts: [
    { kind: 'ellipsoid', label: 'body', center: [0.076, 0.051, 0.056], radii: [0.019, 0.0092, 0.0145], axes: [[1, 0, -0.25], [0, 1, 0]] },
    { kind: 'ellipsoid', label: 'tuberosity', center: [0.058, 0.047, 0.047], radii: [0.0075, 0.0075, 0.0075] },
    // The concave facet for the head of the talus, on its back.
    { kind: 'ellipsoid', label: 'facet for the talar head', carve: true, center: [0.0785, 0.034, 0.0585], radii: [0.0145, 0.012, 0.0135], axes: [[1, 0.25, 0], [-0.25, 1, 0]] },
  ],
};

export const cuboid: Bone = {
  id: 'cuboid',
  name: 'Cuboid',
  parts: [
    {
      kind: 'loft',
      label: 'body',
      front: UP,
      side: LATERAL,
      // A block, longer on its medial side than on its lateral side.
      sections: [
        { at: [0.111, 0.045, 0.031], r: superellipse(0.012, 0.0115, 3.5) },
        { at: [0.113, 0.061, 0.03], r: superellipse(0.0125, 0.0125, 3.5) },
        { at: [0.112, 0.075, 0.03], r: superellipse(0.011, 0.0115, 3.5) },
      ],
      capStart: 0.003,
      capEnd: 0.003,
    },
    { kind: 'ellipsoid', label: 'tuberosity', center: [0.118, 0.055, 0.018], radii: [0.009, 0.0045, 0.0045], axes: [[1, -0.45, 0], [0.45, 1, 0]] },
    // The groove for the tendon of fibularis longus, across its plantar surface in front of the tuberosity.
    {
      kind: 'loft',
      label: 'groove for fibularis longus',
      carve: true,
      sections: [
        { at: [0.135, 0.058, 0.015], r: 0.0034 },
        { at: [0.112, 0.068, 0.0155], r: 0.0034 },
        { at: [0.092, 0.078, 0.017], r: 0.0034 },
      ],
    },
  ],
};

/** A wedge-shaped cuneiform: a loft from back to front with an eight-direction profile (up, up-lateral... up-medial). */
function cuneiform(id: string, name: string, x: number, z: number, y0: number, y1: number, r: readonly number[]): Bone {
  return {
    id,
    name,
    parts: [
      {
        kind: 'loft',
        label: 'body',
        front: UP,
        side: LATERAL,
        sections: [
          { at: [x, y0, z], r: r.map((v) => v * 0.92) },
          { at: [x, (y0 + y1) / 2, z], r },
          { at: [x, y1, z], r: r.map((v) => v * 0.95) },
        ],
        capStart: 0.003,
        capEnd: 0.003,
      },
    ],
  };
}

/** The medial cuneiform: the largest, its wedge's edge up and its broad base down. */
export const medialCuneiform: Bone = cuneiform('medialcuneiform', 'Medial cuneiform', 0.062, 0.043, 0.066, 0.088, compass(0.016, 0.011, 0.0095, 0.0145, 0.017, 0.0145, 0.0105, 0.012));

/** The intermediate cuneiform: the smallest and shortest (the second metatarsal's base is set back). */
export const intermediateCuneiform: Bone = cuneiform('intermediatecuneiform', 'Intermediate cuneiform', 0.08, 0.05, 0.062, 0.08, compass(0.0125, 0.0115, 0.0082, 0.0085, 0.011, 0.0085, 0.0082, 0.0115));

/** The lateral cuneiform: between the intermediate cuneiform and the cuboid, its edge down. */
export const lateralCuneiform: Bone = cuneiform('lateralcuneiform', 'Lateral cuneiform', 0.096, 0.045, 0.062, 0.085, compass(0.0128, 0.0125, 0.0088, 0.009, 0.0125, 0.009, 0.0088, 0.0125));

/** A metatarsal: base, shaft and head on a line, each a section [superior, lateral] half-size. */
function metatarsal(n: number, base: Vec3, mid: Vec3, head: Vec3, size: number): Bone {
  return {
    id: `metatarsal${n}`,
    name: `Metatarsal ${['', 'I', 'II', 'III', 'IV', 'V'][n] ?? n}`,
    parts: [
      {
        kind: 'loft',
        label: 'base, shaft and head',
        front: UP,
        side: LATERAL,
        sections: [
          { at: base, r: superellipse(0.0095 * size, 0.0075 * size, 3) },
          { at: mid, r: [0.0048 * size, 0.0044 * size] },
          { at: head, r: [0.0075 * size, 0.006 * size] },
        ],
        capStart: 0.004 * size,
        capEnd: 0.005 * size,
      },
      // The head: a knob, rounder and taller than the shaft, for the proximal phalanx.
      { kind: 'ellipsoid', label: 'head', center: head, radii: [0.0068 * size, 0.0075 * size, 0.0088 * size] },
    ],
  };
}

export const metatarsals: Bone[] = [
  metatarsal(1, [0.061, 0.093, 0.04], [0.06, 0.126, 0.03], [0.06, 0.157, 0.021], 1.35),
  metatarsal(2, [0.08, 0.088, 0.045], [0.082, 0.13, 0.031], [0.084, 0.166, 0.018], 1),
  metatarsal(3, [0.096, 0.089, 0.041], [0.098, 0.126, 0.028], [0.1, 0.159, 0.016], 0.95),
  metatarsal(4, [0.11, 0.083, 0.035], [0.113, 0.118, 0.024], [0.116, 0.149, 0.015], 0.92),
  {
    ...metatarsal(5, [0.124, 0.079, 0.027], [0.128, 0.108, 0.02], [0.131, 0.137, 0.014], 0.95),
    parts: [
      ...metatarsal(5, [0.124, 0.079, 0.027], [0.128, 0.108, 0.02], [0.131, 0.137, 0.014], 0.95).parts,
      { kind: 'ellipsoid', label: 'tuberosity', center: [0.134, 0.072, 0.023], radii: [0.0085, 0.0095, 0.007], axes: [[1, -0.4, 0], [0.4, 1, 0]] },
    ],
  },
];

/** A phalanx from its base to its head, slightly tapering. */
function phalanx(id: string, name: string, from: Vec3, to: Vec3, radius: number): Bone {
  return {
    id,
    name,
    parts: [
      {
        kind: 'loft',
        label: 'phalanx',
        front: UP,
        side: LATERAL,
        sections: [
          { at: from, r: [radius * 0.95, radius * 1.1] },
          { at: [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2, (from[2] + to[2]) / 2], r: [radius * 0.65, radius * 0.75] },
          { at: to, r: [radius * 0.8, radius * 0.9] },
        ],
        capStart: radius * 0.5,
        capEnd: radius * 0.6,
      },
    ],
  };
}

const TOES: readonly { x: number; y: number; z: number; lengths: readonly number[]; r: number }[] = [
  { x: 0.06, y: 0.168, z: 0.017, lengths: [0.028, 0.023], r: 0.0085 },
  { x: 0.085, y: 0.176, z: 0.014, lengths: [0.026, 0.013, 0.009], r: 0.0055 },
  { x: 0.101, y: 0.168, z: 0.013, lengths: [0.023, 0.011, 0.008], r: 0.0052 },
  { x: 0.117, y: 0.158, z: 0.012, lengths: [0.021, 0.01, 0.008], r: 0.005 },
  { x: 0.132, y: 0.145, z: 0.011, lengths: [0.018, 0.008, 0.007], r: 0.0048 },
];

const ROW_NAMES = ['proximal', 'middle', 'distal'] as const;

export const phalanges: Bone[] = TOES.flatMap((toe, i) => {
  let y = toe.y;
  const toeNumber = i + 1;
  return toe.lengths.map((len, k) => {
    const row = toe.lengths.length === 2 && k === 1 ? 'distal' : (ROW_NAMES[k] ?? 'distal');
    const from: Vec3 = [toe.x, y + 0.0015, toe.z - k * 0.0012];
    const to: Vec3 = [toe.x + 0.0005, y + len, toe.z - (k + 1) * 0.0012];
    y += len + 0.0025;
    const r = toe.r * (1 - k * 0.15);
    return phalanx(`${row}phalanx${toeNumber}`, `${row[0]?.toUpperCase()}${row.slice(1)} phalanx of toe ${toeNumber}`, from, to, r);
  });
});
