import { bones } from './bones';
import { faceBones } from './bones/face';
import { headMuscles, headTendons } from './muscles/head';
import { neckMuscles, neckTendons } from './muscles/neck';
import type { AnatomicalModel } from './types';

// TEMPORARY (preview of the head and neck only; not to be committed)
export const model: AnatomicalModel = {
  regions: ['lowerlimb', 'leg', 'thigh', 'hip'],
  bones: [...bones, ...faceBones],
  muscles: [...headMuscles, ...neckMuscles],
  tendons: [...headTendons, ...neckTendons],
};
