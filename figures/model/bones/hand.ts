/**
 * The right hand in the anatomical position: hanging, palm forward (+y), thumb lateral (+x),
 * fingers pointing down. Eight carpal bones in two rows, five metacarpals, and fourteen phalanges
 * (two for the thumb, three for each finger). Digit 1 is the thumb, 5 the little finger.
 */
import type { Bone, Vec3 } from '../types';
import { mark } from './landmarks';
import { add, blob, lerp, sub, tube, unit } from './shapes';
import { LOWER_LIMB_FRAMES } from './shoulder';

function carpal(id: string, name: string, center: Vec3, radii: Vec3, extra: Bone['parts'] = []): Bone {
  mark(id, 'palmar surface', add(center, [0, radii[1], 0]));
  mark(id, 'dorsal surface', add(center, [0, -radii[1], 0]));
  return { id, name, parts: [blob(name, center, radii), ...extra], hiddenIn: LOWER_LIMB_FRAMES };
}

export const carpals: readonly Bone[] = [
  carpal('scaphoid', 'Scaphoid', [0.256, -0.004, 0.846], [0.0075, 0.006, 0.009], [blob('tubercle of scaphoid', [0.258, 0.003, 0.842], 0.004)]),
  carpal('lunate', 'Lunate', [0.243, -0.006, 0.849], [0.0065, 0.0075, 0.0065]),
  carpal('triquetrum', 'Triquetrum', [0.231, -0.008, 0.846], [0.0065, 0.0065, 0.0075]),
  carpal('pisiform', 'Pisiform', [0.23, 0.004, 0.845], [0.0045, 0.005, 0.0055]),
  carpal('trapezium', 'Trapezium', [0.262, 0.0, 0.828], [0.0065, 0.007, 0.008], [blob('tubercle of trapezium', [0.262, 0.007, 0.83], 0.0035)]),
  carpal('trapezoid', 'Trapezoid', [0.252, -0.005, 0.83], [0.005, 0.0065, 0.0065]),
  carpal('capitate', 'Capitate', [0.242, -0.006, 0.831], [0.0065, 0.008, 0.0105]),
  carpal('hamate', 'Hamate', [0.23, -0.006, 0.831], [0.0065, 0.0075, 0.0095], [tube('hook of hamate', [[0.23, 0.0, 0.828], [0.229, 0.007, 0.826]], [[0.0035, 0.0035], [0.003, 0.003]])]),
];
mark('hamate', 'hook of hamate', [0.229, 0.0105, 0.826]);
mark('pisiform', 'palmar surface (flexor carpi ulnaris)', [0.23, 0.009, 0.845]);
mark('scaphoid', 'tubercle of scaphoid', [0.258, 0.007, 0.842]);
mark('trapezium', 'tubercle of trapezium', [0.262, 0.0105, 0.83]);

interface Digit {
  /** Base and head of the metacarpal. */
  readonly base: Vec3;
  readonly head: Vec3;
  readonly r: number;
  /** Lengths of the phalanges, proximal first. */
  readonly phalanges: readonly number[];
}

const DIGITS: readonly Digit[] = [
  { base: [0.265, 0.004, 0.82], head: [0.279, 0.02, 0.783], r: 0.0052, phalanges: [0.031, 0.023] },
  { base: [0.253, -0.004, 0.819], head: [0.257, -0.001, 0.753], r: 0.0048, phalanges: [0.04, 0.024, 0.018] },
  { base: [0.243, -0.004, 0.818], head: [0.244, -0.001, 0.754], r: 0.005, phalanges: [0.045, 0.028, 0.019] },
  { base: [0.233, -0.004, 0.819], head: [0.231, -0.001, 0.762], r: 0.0045, phalanges: [0.042, 0.026, 0.019] },
  { base: [0.223, -0.004, 0.82], head: [0.218, -0.001, 0.769], r: 0.0042, phalanges: [0.033, 0.019, 0.017] },
];

const ROWS = ['proximal', 'middle', 'distal'] as const;
const DIGIT_NAMES = ['thumb', 'index finger', 'middle finger', 'ring finger', 'little finger'];

export const metacarpals: readonly Bone[] = DIGITS.map((d, i) => {
  const n = i + 1;
  const id = `metacarpal${n}`;
  const axis = unit(sub(d.head, d.base));
  const parts = [
    tube(`metacarpal ${n} shaft`, [d.base, lerp(d.base, d.head, 0.5), d.head], [[d.r * 1.25, d.r * 1.2], [d.r * 0.75, d.r * 0.75], [d.r * 1.05, d.r * 1.0]], { caps: 0.002 }),
    blob(`metacarpal ${n} base`, add(d.base, [0, -0.0005, 0]), [d.r * 1.45, d.r * 1.35, d.r * 1.3]),
    blob(`metacarpal ${n} head`, d.head, [d.r * 1.2, d.r * 1.3, d.r * 1.3]),
  ];
  mark(id, 'base, dorsal surface', add(d.base, [0, -d.r * 1.35, 0]));
  mark(id, 'base, palmar surface', add(d.base, [0, d.r * 1.35, 0]));
  mark(id, 'base, lateral (radial) side', add(d.base, [d.r * 1.45, 0, 0]));
  mark(id, 'base, medial (ulnar) side', add(d.base, [-d.r * 1.45, 0, 0]));
  mark(id, 'shaft, palmar surface', add(lerp(d.base, d.head, 0.5), [0, d.r * 0.75, 0]));
  mark(id, 'shaft, dorsal surface', add(lerp(d.base, d.head, 0.5), [0, -d.r * 0.75, 0]));
  mark(id, 'head', add(d.head, [axis[0] * d.r * 1.3, axis[1] * d.r * 1.3, axis[2] * d.r * 1.3]));
  return { id, name: `Metacarpal of the ${DIGIT_NAMES[i]}`, parts, hiddenIn: LOWER_LIMB_FRAMES };
});

export const handPhalanges: readonly Bone[] = DIGITS.flatMap((d, i) => {
  const n = i + 1;
  const axis = unit(sub(d.head, d.base));
  // Fingers curl a little forward (palmward) toward their tips.
  let start = add(d.head, [axis[0] * d.r * 1.4, axis[1] * d.r * 1.4, axis[2] * d.r * 1.4]);
  return d.phalanges.map((len, k): Bone => {
    const row = d.phalanges.length === 2 && k === 1 ? 'distal' : (ROWS[k] ?? 'distal');
    const dir = unit(add(axis, [0, 0.08 * (k + 1), 0]));
    const end = add(start, [dir[0] * len, dir[1] * len, dir[2] * len]);
    const r = d.r * (1 - k * 0.15);
    const id = `hand${row}phalanx${n}`;
    const parts = [
      tube(`${row} phalanx`, [start, lerp(start, end, 0.5), end], [[r * 1.1, r * 1.15], [r * 0.75, r * 0.85], [r * (row === 'distal' ? 0.7 : 0.9), r * (row === 'distal' ? 0.8 : 0.95)]], { caps: [0.0015, row === 'distal' ? 0.003 : 0.0015] }),
    ];
    mark(id, 'base, palmar surface', add(start, [0, r * 1.1, -0.002]));
    mark(id, 'base, dorsal surface', add(start, [0, -r * 1.1, -0.002]));
    mark(id, 'shaft, sides', add(lerp(start, end, 0.5), [r * 0.85, 0, 0]));
    const gap = add(end, [dir[0] * 0.002, dir[1] * 0.002, dir[2] * 0.002]);
    start = gap;
    return { id, name: `${row[0]?.toUpperCase()}${row.slice(1)} phalanx of the ${DIGIT_NAMES[i]}`, parts, hiddenIn: LOWER_LIMB_FRAMES };
  });
});
