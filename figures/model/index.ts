import { bones } from './bones';
import { hipMuscles, hipTendons } from './muscles/hip';
import { legMuscles, legTendons } from './muscles/leg';
import { thighMuscles, thighTendons } from './muscles/thigh';
import type { AnatomicalModel } from './types';

/** The anatomical model: today the right lower limb, with the lumbar spine and the pelvis (its pages), and the skeleton of the head and neck (no pages yet). */
export const model: AnatomicalModel = {
  regions: ['lowerlimb', 'leg', 'thigh', 'hip'],
  bones,
  muscles: [...legMuscles, ...thighMuscles, ...hipMuscles],
  tendons: [...legTendons, ...thighTendons, ...hipTendons],
};
