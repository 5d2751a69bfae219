import type { Bone } from '../types';
import { femur } from './femur';
import {
  calcaneus,
  cuboid,
  intermediateCuneiform,
  lateralCuneiform,
  medialCuneiform,
  metatarsals,
  navicular,
  phalanges,
  talus,
} from './foot';
import { fibula, patella, tibia } from './leg';
import { coccyx, hipBone, sacrum } from './pelvis';
import { cervicalSpine, lumbarSpine, thoracicSpine } from './vertebrae';

export { HIP_CENTRE } from './femur';

/** Every bone of the model, from the lumbar spine to the toes. */
export const bones: readonly Bone[] = [
  cervicalSpine,
  thoracicSpine,
  lumbarSpine,
  sacrum,
  coccyx,
  hipBone,
  femur,
  patella,
  tibia,
  fibula,
  talus,
  calcaneus,
  navicular,
  cuboid,
  medialCuneiform,
  intermediateCuneiform,
  lateralCuneiform,
  ...metatarsals,
  ...phalanges,
];
