import type { Bone } from '../types';
import { femur } from './femur';
import { faceBones } from './face';
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
import { humerus, radius, ulna } from './arm';
import { carpals, handPhalanges, metacarpals } from './hand';
import { clavicle, scapula } from './shoulder';
import { inguinalLigament, lineaAlba } from './soft';
import { costalCartilages, ribs, sternum } from './thorax';
import { cervicalSpine, lumbarSpine, thoracicSpine } from './vertebrae';

export { HIP_CENTRE } from './femur';

/** Every bone of the model: the head and neck (skull, mandible, hyoid, laryngeal cartilages, tongue, the face's soft structures), the vertebral column, the thorax, the upper limb, the pelvis and the lower limb. */
export const bones: readonly Bone[] = [
  ...headBones,
  ...faceBones,
  cervicalSpine,
  thoracicSpine,
  lumbarSpine,
  ...ribs,
  ...costalCartilages,
  sternum,
  clavicle,
  scapula,
  humerus,
  ulna,
  radius,
  ...carpals,
  ...metacarpals,
  ...handPhalanges,
  lineaAlba,
  inguinalLigament,
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
