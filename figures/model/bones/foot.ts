import { compass } from '../profiles';
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
      label: 'body, neck and head',
      front: UP,
      side: LATERAL,
      sections: [
        { at: [0.093, -0.031, 0.06], r: [0.006, 0.008] },
        { at: [0.091, -0.016, 0.066], r: compass(0.017, 0.018, 0.016, 0.014, 0.013, 0.014, 0.015, 0.017) },
        { at: [0.09, 0.002, 0.067], r: compass(0.017, 0.018, 0.017, 0.014, 0.012, 0.014, 0.016, 0.017) },
        { at: [0.085, 0.019, 0.063], r: [0.011, 0.012] },
        { at: [0.08, 0.033, 0.059], r: [0.0125, 0.0135] },
      ],
      capStart: 0.004,
      capEnd: 0.008,
    },
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
        { at: [0.092, -0.066, 0.035], r: [0.016, 0.012] },
        { at: [0.092, -0.054, 0.035], r: compass(0.022, 0.017, 0.015, 0.016, 0.021, 0.016, 0.014, 0.017) },
        { at: [0.094, -0.03, 0.034], r: compass(0.017, 0.018, 0.016, 0.016, 0.02, 0.017, 0.015, 0.017) },
        { at: [0.097, -0.005, 0.031], r: compass(0.017, 0.016, 0.015, 0.014, 0.017, 0.015, 0.013, 0.016) },
        { at: [0.101, 0.02, 0.03], r: compass(0.012, 0.013, 0.013, 0.012, 0.014, 0.012, 0.011, 0.012) },
        { at: [0.105, 0.04, 0.031], r: [0.012, 0.012] },
      ],
      capStart: 0.006,
      capEnd: 0.002,
    },
    {
      kind: 'ellipsoid',
      label: 'sustentaculum tali',
      center: [0.074, -0.006, 0.046],
      radii: [0.011, 0.013, 0.006],
    },
  ],
};

export const navicular: Bone = {
  id: 'navicular',
  name: 'Navicular',
  parts: [
    { kind: 'ellipsoid', label: 'body', center: [0.075, 0.052, 0.056], radii: [0.018, 0.0085, 0.014], axes: [[1, 0, -0.25], [0, 1, 0]] },
    { kind: 'ellipsoid', label: 'tuberosity', center: [0.059, 0.048, 0.049], radii: [0.007, 0.007, 0.007] },
  ],
};

export const cuboid: Bone = {
  id: 'cuboid',
  name: 'Cuboid',
  parts: [{ kind: 'ellipsoid', label: 'body', center: [0.114, 0.061, 0.03], radii: [0.013, 0.018, 0.013], axes: [[1, 0, 0.3], [0, 1, 0]] }],
};

export const medialCuneiform: Bone = {
  id: 'medialcuneiform',
  name: 'Medial cuneiform',
  parts: [{ kind: 'ellipsoid', label: 'body', center: [0.062, 0.077, 0.044], radii: [0.0105, 0.013, 0.017] }],
};

export const intermediateCuneiform: Bone = {
  id: 'intermediatecuneiform',
  name: 'Intermediate cuneiform',
  parts: [{ kind: 'ellipsoid', label: 'body', center: [0.08, 0.071, 0.05], radii: [0.0085, 0.01, 0.0135] }],
};

export const lateralCuneiform: Bone = {
  id: 'lateralcuneiform',
  name: 'Lateral cuneiform',
  parts: [{ kind: 'ellipsoid', label: 'body', center: [0.096, 0.074, 0.045], radii: [0.009, 0.012, 0.014] }],
};

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
          { at: base, r: [0.0095 * size, 0.0075 * size] },
          { at: mid, r: [0.0052 * size, 0.0048 * size] },
          { at: head, r: [0.0085 * size, 0.0068 * size] },
        ],
        capStart: 0.004 * size,
        capEnd: 0.0065 * size,
      },
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
      { kind: 'ellipsoid', label: 'tuberosity', center: [0.132, 0.073, 0.024], radii: [0.007, 0.008, 0.0065] },
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
