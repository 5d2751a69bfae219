/**
 * The back of the skull, as far as the muscles of the back and neck reach it (trapezius, splenius
 * capitis, semispinalis capitis): the occipital squama with the external occipital protuberance and
 * the superior and inferior nuchal lines, the back of the parietal bones above, and the mastoid
 * processes of the temporal bones. Midline: modelled whole. The cranium is a shell round an
 * ellipsoid centred at CRANIUM_CENTRE; the vertex is at z 1.75.
 */
import type { Bone, BonePart, Vec3 } from '../types';
import { mark } from './landmarks';
import { blob, mirrored, tube } from './shapes';

const C: Vec3 = [0, -0.005, 1.665];
const R: Vec3 = [0.073, 0.095, 0.085];

/** A point on the cranium's outer ellipsoid: azimuth from straight back toward the right, elevation up (degrees), `out` metres outside it. */
export function cranium(az: number, el: number, out = 0): Vec3 {
  const a = (az * Math.PI) / 180;
  const e = (el * Math.PI) / 180;
  const k = (r: number): number => r + out;
  return [k(R[0]) * Math.cos(e) * Math.sin(a), C[1] - k(R[1]) * Math.cos(e) * Math.cos(a), C[2] + k(R[2]) * Math.sin(e)];
}

const ELEVATIONS = [-42, -30, -18, -6, 8, 24, 42, 62];
const AZIMUTHS = [-105, -80, -55, -30, 0, 30, 55, 80, 105];

const lineRight = (els: readonly number[], azs: readonly number[]): Vec3[] => azs.map((az, i) => cranium(az, els[i] ?? 0, 0.001));

const right: BonePart[] = [
  tube('superior nuchal line', lineRight([-8, -9, -12, -16, -20], [4, 20, 40, 60, 80]), 0.0022, { front: [0, 0, 1] }),
  tube('inferior nuchal line', lineRight([-27, -28, -31, -35], [3, 18, 35, 52]), 0.0018, { front: [0, 0, 1] }),
  blob('mastoid process', [0.056, -0.016, 1.616], [0.008, 0.011, 0.016], [[0.2, 0, -1], [0, 1, 0]]),
];

const parts: BonePart[] = [
  {
    kind: 'plate',
    label: 'occipital and parietal bones (back of the cranium)',
    outward: [0, -1, 0],
    grid: ELEVATIONS.map((el) => AZIMUTHS.map((az) => cranium(az, el, -0.003))),
    thickness: 0.006,
  },
  blob('external occipital protuberance', cranium(0, -9, 0.001), [0.006, 0.004, 0.005]),
  tube('external occipital crest', [cranium(0, -10, 0.0), cranium(0, -24, 0.0), cranium(0, -38, 0.0)], 0.002, { front: [0, 1, 0] }),
  ...right,
  ...mirrored(right),
];

mark('skull', 'external occipital protuberance', cranium(0, -9, 0.005));
mark('skull', 'superior nuchal line, medial third', cranium(20, -9, 0.003));
mark('skull', 'superior nuchal line, middle', cranium(40, -12, 0.003));
mark('skull', 'superior nuchal line, lateral third', cranium(62, -16, 0.003));
mark('skull', 'below the lateral third of the superior nuchal line', cranium(65, -24, 0.0));
mark('skull', 'inferior nuchal line, medial part', cranium(18, -28, 0.003));
mark('skull', 'inferior nuchal line, lateral part', cranium(45, -33, 0.003));
mark('skull', 'between the nuchal lines, medial part', cranium(14, -19, 0.0));
mark('skull', 'between the nuchal lines, lateral part', cranium(40, -21, 0.0));
mark('skull', 'below the inferior nuchal line, medial', cranium(15, -38, 0.0));
mark('skull', 'below the inferior nuchal line, lateral', cranium(40, -40, 0.0));
mark('skull', 'mastoid process, tip', [0.059, -0.016, 1.6]);
mark('skull', 'mastoid process, lateral surface', [0.064, -0.016, 1.617]);
mark('skull', 'mastoid process, back', [0.056, -0.027, 1.618]);

export const skull: Bone = {
  id: 'skull',
  name: 'Skull (back of the cranium, occipital bone and mastoid processes)',
  midline: true,
  parts,
};
