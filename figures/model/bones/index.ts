import type { Bone } from '../types';
import { femur } from './femur';
import { headBones } from './head';
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
import { lumbarSpine } from './spine';

export { HIP_CENTRE } from './femur';

/** Every bone of the model: the head and neck (skull, mandible, hyoid, laryngeal cartilages, tongue), the lumbar spine to the toes. */
export const bones: readonly Bone[] = [
  ...headBones,
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
