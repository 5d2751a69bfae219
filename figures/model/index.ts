import { bones } from './bones';
import { hipMuscles, hipTendons } from './muscles/hip';
import { legMuscles, legTendons } from './muscles/leg';
import { thighMuscles, thighTendons } from './muscles/thigh';
import type { AnatomicalModel } from './types';

/** The anatomical model of the right lower limb: bones, muscle bellies and tendons. */
export const model: AnatomicalModel = {
  bones,
  muscles: [...legMuscles, ...thighMuscles, ...hipMuscles],
  tendons: [...legTendons, ...thighTendons, ...hipTendons],
};
