import { bones } from './bones';
import { headMuscles, headTendons } from './muscles/head';
import { hipMuscles, hipTendons } from './muscles/hip';
import { legMuscles, legTendons } from './muscles/leg';
import { neckMuscles, neckTendons } from './muscles/neck';
import { thighMuscles, thighTendons } from './muscles/thigh';
import type { AnatomicalModel } from './types';

/** The anatomical model: the right lower limb, with the lumbar spine and the pelvis, and the head and neck (their pages, and the torso's), on the skeleton of the whole body. */
export const model: AnatomicalModel = {
  regions: ['lowerlimb', 'leg', 'thigh', 'hip', 'torso', 'head', 'neck'],
  bones,
  muscles: [...legMuscles, ...thighMuscles, ...hipMuscles, ...headMuscles, ...neckMuscles],
  tendons: [...legTendons, ...thighTendons, ...hipTendons, ...headTendons, ...neckTendons],
};
