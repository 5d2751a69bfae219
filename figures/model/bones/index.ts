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
import { costalCartilages, intercostalSpaces, ribs, sternum } from './thorax';
import { cervicalSpine, lumbarSpine, thoracicSpine } from './vertebrae';

export { HIP_CENTRE } from './femur';

/**
 * What each framing leaves out besides what a bone's own `hiddenIn` says:
 * - the arm's and the forearm's pictures show the upper limb with its girdle (clavicle, scapula)
 *   and nothing of the trunk, head or lower limb, so the medial side of the limb is seen unhidden,
 *   as the lower limb's pictures show its medial side without the other limb;
 * - the upper limb's, the shoulder's and the trunk's pictures leave out the lower limb below the
 *   hip bone (the hanging hand would stand beside the thigh);
 * - the back's and the abdomen's pictures leave out the forearm and the hand (the humerus stays:
 *   latissimus dorsi and pectoralis major insert on it).
 */
const TRUNK_HIDDEN_IN = ['arm', 'forearm'];
const LOWER_LIMB_HIDDEN_IN = ['upperlimb', 'shoulder', 'arm', 'forearm'];
const FOREARM_HIDDEN_IN = ['back', 'abdomen'];
const withHidden = (frames: readonly string[]) => (b: Bone): Bone => ({ ...b, hiddenIn: [...(b.hiddenIn ?? []), ...frames] });
const trunk = (list: readonly Bone[]): Bone[] => list.map(withHidden(TRUNK_HIDDEN_IN));
const lowerLimb = (list: readonly Bone[]): Bone[] => list.map(withHidden([...LOWER_LIMB_HIDDEN_IN]));
const forearm = (list: readonly Bone[]): Bone[] => list.map(withHidden(FOREARM_HIDDEN_IN));

/** Every bone of the model: the head and neck (skull, mandible, hyoid, laryngeal cartilages, tongue, the face's soft structures), the vertebral column, the thorax, the upper limb, the pelvis and the lower limb. */
export const bones: readonly Bone[] = [
  ...trunk([...headBones, ...faceBones, cervicalSpine, thoracicSpine, lumbarSpine, ...ribs, ...costalCartilages, sternum, intercostalSpaces]),
  clavicle,
  scapula,
  humerus,
  ...forearm([ulna, radius, ...carpals, ...metacarpals, ...handPhalanges]),
  ...trunk([lineaAlba, inguinalLigament, sacrum, coccyx, hipBone]),
  ...lowerLimb([
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
  ]),
];
