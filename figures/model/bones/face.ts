/**
 * Soft structures of the face and the floor of the mouth that the muscles of the head and neck
 * attach to, modelled like bones (issue 13, point 2): the cartilages of the external nose (the
 * nasal septum's mobile part, the lateral and alar cartilages), the modiolus at each corner of the
 * mouth, the palpebral ligaments, the pterygomandibular raphe, the soft palate and the mylohyoid
 * raphe. Ligaments and soft solids are drawn but are no obstacle to the muscles.
 *
 * Not yet in the model: `faceBones` joins `bones` (bones/index.ts) when the head and neck regions
 * are enabled, with the muscles of muscles/head.ts and muscles/neck.ts.
 *
 * The skin and the lips are left to the muscles' attachments (`bone: null`, "skin of the
 * eyebrow", "skin and mucous membrane of the lips"): drawing them would hide the muscles.
 *
 * Paired structures (the modiolus, the palpebral ligament and raphe, the pterygomandibular raphe)
 * are modelled on the right and mirrored at render time; the nose cartilages, the soft palate and
 * the mylohyoid raphe are midline. Body frame and landmarks as in HEAD-LANDMARKS.md. Every framing
 * draws them but `innerjaw` (the tongue's pictures, without the mandible), which leaves out the
 * nose cartilages, the modiolus and the palpebral ligaments.
 */
import type { Bone, Vec3 } from '../types';
import { HEAD_LANDMARKS } from './head';
import { moveBone, placeHead } from './head-placement';
import { add, blob, lerp, mirrored, sub, tube } from './shapes';

/**
 * A point that moves with a bone of the head: written where the bone was when the muscles were
 * modelled, moved by as much as the bone's landmark seed (HEAD_LANDMARKS) has moved since. The
 * head's skeleton does not yet meet the trunk's (see muscles/neck.ts); when the skull base, the
 * mandible or the hyoid and larynx are moved, the points of the neck's muscles follow them.
 */
function follows(landmark: string, then: Vec3): (p: Vec3) => Vec3 {
  const now = HEAD_LANDMARKS.find((l) => l.name === landmark)?.at;
  if (!now) throw new Error(`no head landmark named ${landmark}`);
  const moved = sub(now, then);
  return (p) => add(p, moved);
}

/**
 * Points on the temporal bone's processes (mastoid, styloid), on the occipital bone below the
 * superior nuchal lines, on the mandible, on the hyoid, on the thyroid cartilage.
 */
export const onSkull = follows('mastoid process, tip', [0.054, -0.009, 1.565]);
export const onOccipital = follows('inferior nuchal line', [0.02, -0.069, 1.585]);
export const onMandible = follows('menton (lowest point of the chin)', [0, 0.087, 1.502]);
export const onHyoid = follows('hyoid, body (front)', [0, 0.046, 1.46]);
export const onLarynx = follows('oblique line of the thyroid cartilage', [0.021, 0.038, 1.418]);
/** A point of the floor of the mouth, between the mandible and the hyoid. */
export const onFloor = (p: Vec3): Vec3 => lerp(onMandible(p), onHyoid(p), 0.5);

/**
 * Points the muscles of the face attach to on these structures, where the head was first modelled
 * (muscles/head.ts places them with its muscles; `FACE_LANDMARKS` has them placed on the neck).
 */
export const MODELLED_FACE_LANDMARKS = {
  /** Dorsum of the nose on the upper lateral cartilages (transverse nasalis, procerus). */
  nasalDorsum: [0.0, 0.1175, 1.6] as Vec3,
  /** Upper lateral cartilage, upper part, beside the dorsum (procerus). */
  lateralCartilageUpper: [0.006, 0.112, 1.607] as Vec3,
  /** Alar cartilage, lateral crus, back part (alar nasalis). */
  alaBack: [0.0155, 0.112, 1.584] as Vec3,
  /** Mobile part of the septum (columella) above the lip (depressor septi nasi). */
  columella: [0.0, 0.1205, 1.5815] as Vec3,
  /** The modiolus, lateral to the angle of the mouth. */
  modiolus: [0.034, 0.083, 1.554] as Vec3,
  /** Medial palpebral ligament, at the medial angle of the eye. */
  medialPalpebral: [0.0135, 0.1005, 1.614] as Vec3,
  /** Lateral palpebral raphe, at the lateral angle of the eye. */
  lateralPalpebral: [0.0505, 0.0895, 1.613] as Vec3,
  /** Pterygomandibular raphe, middle. */
  pterygomandibular: [0.021, 0.0335, 1.542] as Vec3,
  /** Soft palate, oral surface, beside the midline (palatoglossus). */
  softPalate: [0.008, 0.0255, 1.558] as Vec3,
};

/** Points the muscles of the face and the floor of the mouth attach to, where the head sits on the neck. */
export const FACE_LANDMARKS = {
  ...(Object.fromEntries(Object.entries(MODELLED_FACE_LANDMARKS).map(([k, v]) => [k, placeHead(v)])) as Record<keyof typeof MODELLED_FACE_LANDMARKS, Vec3>),
  /** Mylohyoid raphe: front (near the chin), middle, back (at the hyoid). */
  raphe: [onMandible([0.0, 0.0715, 1.5045]), onFloor([0.0, 0.059, 1.4855]), onHyoid([0.0, 0.0475, 1.4705])],
};

/**
 * The pictures drawn without the mandible (the tongue's, render/framing.ts) leave out the nose, the
 * modiolus and the palpebral ligaments too, and so the lips' and the nose's muscles attached to
 * nothing else, which would hide the tongue from the front.
 */
const INNER_JAW = ['innerjaw'];

const ALA = blob('ala (lateral crus of the alar cartilage)', [0.0105, 0.1105, 1.586], [0.0045, 0.0085, 0.0055], [[0.8, 0.6, 0], [-0.6, 0.8, 0]]);

/** The cartilages of the external nose: upper lateral cartilages and septum, the tip and the alae. */
export const nasalCartilages: Bone = {
  id: 'nasalcartilages',
  name: 'Cartilages of the nose',
  midline: true,
  tissue: 'cartilage',
  hiddenIn: INNER_JAW,
  parts: [
    tube(
      'upper lateral cartilages and septum (dorsum)',
      [
        [0, 0.1045, 1.612],
        [0, 0.1085, 1.603],
        [0, 0.114, 1.595],
        [0, 0.1195, 1.589],
      ],
      [
        [0.0045, 0.0065],
        [0.0055, 0.008],
        [0.0065, 0.0095],
        [0.0065, 0.009],
      ],
      { front: [0, 1, 0], side: [1, 0, 0], caps: [0.002, 0.004] },
    ),
    blob('tip (domes of the alar cartilages)', [0, 0.124, 1.588], [0.0075, 0.006, 0.0055]),
    blob('mobile part of the septum (columella)', [0, 0.117, 1.582], [0.0028, 0.008, 0.0035]),
    ALA,
    ...mirrored([ALA]),
  ],
};

/** The modiolus: the knot of muscle fibres lateral to the angle of the mouth (right; mirrored). */
export const modiolus: Bone = {
  id: 'modiolus',
  name: 'Modiolus',
  tissue: 'ligament',
  hiddenIn: INNER_JAW,
  parts: [blob('modiolus', [0.0345, 0.0805, 1.554], [0.0035, 0.0035, 0.0045])],
};

/** The medial palpebral ligament, from the frontal process of the maxilla to the medial ends of the lids (right; mirrored). */
export const medialPalpebralLigament: Bone = {
  id: 'medialpalpebralligament',
  name: 'Medial palpebral ligament',
  tissue: 'ligament',
  hiddenIn: INNER_JAW,
  parts: [tube('medial palpebral ligament', [[0.0105, 0.0985, 1.6145], [0.0155, 0.1005, 1.614]], 0.003, { front: [0, 0, 1], caps: 0.002 })],
};

/** The lateral palpebral raphe, where the palpebral fibres of orbicularis oculi meet at the lateral angle of the eye (right; mirrored). */
export const lateralPalpebralRaphe: Bone = {
  id: 'lateralpalpebralraphe',
  name: 'Lateral palpebral raphe',
  tissue: 'ligament',
  hiddenIn: INNER_JAW,
  parts: [tube('lateral palpebral raphe', [[0.0485, 0.0915, 1.613], [0.0535, 0.0865, 1.613]], 0.003, { front: [0, 0, 1], caps: 0.002 })],
};

/** The pterygomandibular raphe, from the pterygoid hamulus to the back of the mylohyoid line (right; mirrored). */
export const pterygomandibularRaphe: Bone = {
  id: 'pterygomandibularraphe',
  name: 'Pterygomandibular raphe',
  tissue: 'ligament',
  parts: [tube('pterygomandibular raphe', [[0.012, 0.031, 1.548], [0.021, 0.0335, 1.542], [0.031, 0.036, 1.535]], 0.003, { front: [0, 0, 1], caps: 0.002 })],
};

/** The soft palate, hanging back and down from the hard palate to the uvula. */
export const softPalate: Bone = {
  id: 'softpalate',
  name: 'Soft palate',
  midline: true,
  tissue: 'soft',
  parts: [
    tube(
      'soft palate and uvula',
      [
        [0, 0.036, 1.565],
        [0, 0.027, 1.557],
        [0, 0.018, 1.547],
        [0, 0.014, 1.539],
      ],
      [
        [0.004, 0.016],
        [0.0042, 0.014],
        [0.004, 0.008],
        [0.0035, 0.0035],
      ],
      { front: [0, 0.7, 0.7], side: [1, 0, 0], caps: [0.001, 0.003] },
    ),
  ],
};

/** The mylohyoid raphe, from the chin to the body of the hyoid. */
export const mylohyoidRaphe: Bone = {
  id: 'mylohyoidraphe',
  name: 'Mylohyoid raphe',
  midline: true,
  tissue: 'ligament',
  parts: [tube('mylohyoid raphe', FACE_LANDMARKS.raphe, 0.003, { caps: 0.002 })],
};

/** The soft structures of the face and the floor of the mouth (not yet in `bones`). */
export const faceBones: readonly Bone[] = [
  ...[nasalCartilages, modiolus, medialPalpebralLigament, lateralPalpebralRaphe, pterygomandibularRaphe, softPalate].map((b) => moveBone(b, placeHead)),
  mylohyoidRaphe,
];
