/**
 * The named landmarks of the trunk and upper-limb skeleton: points on (or within a millimetre or two
 * of) the surface of the bone they name, for muscle modellers to place origins and insertions.
 * `figures/scripts/landmarks.ts` snaps each to the bone's blended surface and writes the table in
 * LANDMARKS.md.
 */
import type { Vec3 } from '../types';

export interface Landmark {
  readonly bone: string;
  readonly name: string;
  readonly at: Vec3;
}

export const LANDMARKS: Landmark[] = [];

/** Records a landmark and returns its point. */
export function mark(bone: string, name: string, at: Vec3): Vec3 {
  LANDMARKS.push({ bone, name, at });
  return at;
}
