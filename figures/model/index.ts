import { bones } from './bones';
import { abdomenMuscles, abdomenTendons } from './muscles/abdomen';
import { armMuscles, armTendons } from './muscles/arm';
import { backMuscles, backTendons } from './muscles/back';
import { forearmMuscles, forearmTendons } from './muscles/forearm';
import { hipMuscles, hipTendons } from './muscles/hip';
import { legMuscles, legTendons } from './muscles/leg';
import { shoulderMuscles, shoulderTendons } from './muscles/shoulder';
import { thighMuscles, thighTendons } from './muscles/thigh';
import type { AnatomicalModel } from './types';

/**
 * The anatomical model: the right lower limb with the lumbar spine and the pelvis, the right upper
 * limb, the back and the abdominal wall (their pages), and the skeleton of the head and neck (no
 * pages yet).
 */
export const model: AnatomicalModel = {
  regions: ['lowerlimb', 'leg', 'thigh', 'hip', 'upperlimb', 'shoulder', 'arm', 'forearm', 'back', 'abdomen'],
  bones,
  muscles: [...legMuscles, ...thighMuscles, ...hipMuscles, ...shoulderMuscles, ...armMuscles, ...forearmMuscles, ...backMuscles, ...abdomenMuscles],
  tendons: [...legTendons, ...thighTendons, ...hipTendons, ...shoulderTendons, ...armTendons, ...forearmTendons, ...backTendons, ...abdomenTendons],
};
