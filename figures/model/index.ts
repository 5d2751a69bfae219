import { bones } from './bones';
import { abdomenMuscles, abdomenTendons } from './muscles/abdomen';
import { armMuscles, armTendons } from './muscles/arm';
import { backMuscles, backTendons } from './muscles/back';
import { forearmMuscles, forearmTendons } from './muscles/forearm';
import { headMuscles, headTendons, TONGUE_MUSCLES } from './muscles/head';
import { hipMuscles, hipTendons } from './muscles/hip';
import { legMuscles, legTendons } from './muscles/leg';
import { neckMuscles, neckTendons } from './muscles/neck';
import { shoulderMuscles, shoulderTendons } from './muscles/shoulder';
import { thighMuscles, thighTendons } from './muscles/thigh';
import type { AnatomicalModel, Muscle } from './types';
import { LOWER_LIMB_FRAMES } from './bones/shoulder';

/** The upper limb's framings. */
const UPPER_LIMB_FRAMES = ['upperlimb', 'shoulder', 'arm', 'forearm'];
/** The framings of the free limb, whose pictures leave out the trunk (figures/model/bones/index.ts). */
const FREE_LIMB_FRAMES = ['arm', 'forearm'];

const hiddenIn = (frames: readonly string[], list: readonly Muscle[], only: (m: Muscle) => boolean = () => true): Muscle[] =>
  list.map((m) => (only(m) ? { ...m, hiddenIn: [...new Set([...(m.hiddenIn ?? []), ...frames])] } : m));

/**
 * The muscles the pictures drawn without the mandible keep (`innerjaw`: the tongue's, the
 * pterygoids', the floor of the mouth's): the tongue's own, the pterygoids and the muscles of the
 * floor of the mouth. The face's and the other jaw muscles, the neck's below the hyoid and behind,
 * and the trunk's would only hide the mouth.
 */
const IN_THE_MOUTH = new Set([
  ...TONGUE_MUSCLES,
  'medialpterygoid',
  'superiorlateralpterygoid',
  'inferiorlateralpterygoid',
  'mylohyoid',
  'geniohyoid',
  'anteriordigastric',
  'posteriordigastric',
  'stylohyoid',
]);
const outOfTheMouth = (m: Muscle): boolean => !IN_THE_MOUTH.has(m.id);
const INNER_JAW = ['innerjaw'];

/** Bones of the upper limb and its girdle: a shoulder muscle attached to any other bone comes from the trunk. */
const LIMB_BONE = /^(clavicle|scapula|humerus|ulna|radius|scaphoid|lunate|triquetrum|pisiform|trapezium|trapezoid|capitate|hamate|metacarpal\d|hand\w+phalanx\d)$/;
const fromTrunk = (m: Muscle): boolean => [...m.origin, ...m.insertion].some((a) => a.bone !== null && !LIMB_BONE.test(a.bone));

/**
 * The anatomical model of the whole body's muscles: the right lower limb with the lumbar spine and
 * the pelvis, the right upper limb, the back, the abdominal wall, the head and the neck (their pages,
 * and the torso's). The lower limb's pictures leave out the trunk's and upper limb's muscles (they were
 * drawn without them); the upper limb's leave out the lower limb's; the arm's and forearm's leave
 * out the muscles from the trunk to the shoulder girdle (pectoralis major, serratus anterior,
 * trapezius...), whose trunk end they do not draw; the back's and abdomen's leave out the muscles
 * of the arm and forearm; the head's and neck's muscles are left out of the limbs' pictures; the
 * pictures inside the jaw keep only the muscles in and around the mouth (IN_THE_MOUTH).
 */
export const model: AnatomicalModel = {
  regions: ['lowerlimb', 'leg', 'thigh', 'hip', 'upperlimb', 'shoulder', 'arm', 'forearm', 'back', 'abdomen', 'torso', 'head', 'neck'],
  bones,
  muscles: [
    ...hiddenIn(UPPER_LIMB_FRAMES, [...legMuscles, ...thighMuscles, ...hipMuscles]),
    ...hiddenIn([...LOWER_LIMB_FRAMES, ...INNER_JAW], hiddenIn(FREE_LIMB_FRAMES, shoulderMuscles, fromTrunk)),
    ...hiddenIn([...LOWER_LIMB_FRAMES, 'back', 'abdomen'], [...armMuscles, ...forearmMuscles]),
    ...hiddenIn([...LOWER_LIMB_FRAMES, ...FREE_LIMB_FRAMES, ...INNER_JAW], [...backMuscles, ...abdomenMuscles]),
    ...hiddenIn([...LOWER_LIMB_FRAMES, ...FREE_LIMB_FRAMES], hiddenIn(INNER_JAW, [...headMuscles, ...neckMuscles], outOfTheMouth)),
  ],
  tendons: [...legTendons, ...thighTendons, ...hipTendons, ...shoulderTendons, ...armTendons, ...forearmTendons, ...backTendons, ...abdomenTendons, ...headTendons, ...neckTendons],
};
