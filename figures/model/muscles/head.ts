import type { Attachment, BellyStation, Muscle, Tendon, Vec3 } from '../types';
import { MODELLED_FACE_LANDMARKS as F } from '../bones/face';
import { placeMuscle } from '../bones/head-placement';

/**
 * Muscles of the head (issue 13, point 3), right side (mirrored at render time) unless `midline`:
 * - facial expression: orbicularis oculi (orbital and palpebral parts), corrugator supercilii,
 *   nasalis (transverse and alar parts), procerus, depressor septi nasi, orbicularis oris (upper
 *   and lower lip, midline), buccinator: thin sheets on the face;
 * - mastication: masseter (superficial and deep parts), temporalis (anterior, middle and posterior
 *   fibres), medial pterygoid, lateral pterygoid (superior and inferior heads);
 * - the tongue: the intrinsic muscles inside the tongue (each reaching its surface, which is drawn
 *   opaque), the extrinsic muscles from the mandible, hyoid, styloid process and soft palate.
 *
 * Not yet in the model (figures/model/index.ts): enabled with the head region after review.
 * Coordinates are written where the head was first modelled (the seeds of HEAD_LANDMARKS in
 * bones/head.ts and MODELLED_FACE_LANDMARKS in bones/face.ts, before their placement) and placed
 * with the bones they attach to by `placeMuscle` (bones/head-placement.ts): the face and jaw move
 * together, points on the hyoid with the hyoid, the tongue's muscles with the tongue.
 * Attachments on skin or mucosa have `bone: null`.
 */

const at = (bone: string | null, area: string, points: readonly Vec3[], radius = 0.004): Attachment => ({ bone, area, points, radius });
const band = (stations: readonly [number, number, number][]): BellyStation[] => stations.map(([t, w, d]) => ({ t, w, d }));

const LATERAL: Vec3 = [1, 0, 0];
const UP: Vec3 = [0, 0, 1];

// --- Landmarks used here (HEAD-LANDMARKS.md, snapped).
const SUPERIOR_TEMPORAL_LINE: Vec3[] = [
  [0.06, 0.061, 1.671],
  [0.072, 0.001, 1.686],
  [0.065, -0.051, 1.665],
];
const TEMPORAL_FOSSA: Vec3 = [0.062, 0.037, 1.623];
const CORONOID_TIP: Vec3 = [0.044, 0.049, 1.588];
const PTERYGOID_FOVEA: Vec3 = [0.05, 0.017, 1.587];
const LATERAL_PLATE_LATERAL: Vec3 = [0.026, 0.027, 1.57];
const LATERAL_PLATE_MEDIAL: Vec3 = [0.02, 0.029, 1.568];
const ANGLE_MEDIAL: Vec3 = [0.043, 0.025, 1.536];
const GONION: Vec3 = [0.05, 0.02, 1.532];
const ARCH_FRONT: Vec3 = [0.061, 0.052, 1.592];
const ARCH_BACK: Vec3 = [0.066, 0.02, 1.596];
const MAXILLA_MOLARS: Vec3 = [0.034, 0.05, 1.57];
const MANDIBLE_MOLARS: Vec3 = [0.045, 0.045, 1.54];
const CANINE_FOSSA: Vec3 = [0.019, 0.1, 1.585];
const INCISIVE_FOSSA: Vec3 = [0.009, 0.101, 1.575];
const INCISIVE_FOSSA_MANDIBLE: Vec3 = [0.007, 0.097, 1.535];
const MEDIAL_ORBITAL_MARGIN: Vec3 = [0.011, 0.098, 1.618];
const STYLOID_TIP: Vec3 = [0.034, 0.011, 1.551];
const HYOID_BODY_UPPER: Vec3 = [0.0, 0.042, 1.464];
const HYOID_GREATER_HORN: Vec3[] = [
  [0.012, 0.04, 1.462],
  [0.019, 0.024, 1.464],
  [0.021, 0.008, 1.469],
];

/**
 * The orbital part of orbicularis oculi: a C round the orbital margin, open medially where it
 * arises, 3.5 mm in front of the bone (points probed on the skull's drawn surface).
 */
const ORBITAL_RING: Vec3[] = [
  [0.0094, 0.1027, 1.6241],
  [0.0185, 0.1072, 1.6339],
  [0.0316, 0.1045, 1.638],
  [0.0452, 0.0955, 1.6352],
  [0.0545, 0.0875, 1.626],
  [0.0575, 0.0835, 1.614],
  [0.0545, 0.0885, 1.6016],
  [0.0452, 0.0963, 1.5928],
  [0.0316, 0.1015, 1.59],
  [0.0185, 0.1032, 1.5941],
  [0.0094, 0.1017, 1.6039],
];
const ringFacing = (p: Vec3): Vec3 => [2 * 16.6 * Math.max(0, p[0] - 0.02), 1, 0];

const MODELLED_HEAD_MUSCLES: readonly Muscle[] = [
  // ---------------------------------------------------------------------------------------------
  // Orbital group.
  {
    id: 'orbitalorbicularisoculi',
    name: 'Orbital part of orbicularis oculi',
    shape: 'sheet',
    depth: 'superficial',
    origin: [
      at('skull', 'nasal part of the frontal bone and frontal process of the maxilla', [MEDIAL_ORBITAL_MARGIN, [0.012, 0.101, 1.628]], 0.004),
      at('medialpalpebralligament', 'medial palpebral ligament', [F.medialPalpebral], 0.003),
    ],
    insertion: [at(null, 'loops round the orbital margin back to the medial side; skin of the eyebrow and cheek', [[0.033, 0.107, 1.64]], 0.006)],
    path: ORBITAL_RING,
    facing: ORBITAL_RING.map(ringFacing),
    profile: band([[0, 0.008, 0.003], [0.1, 0.013, 0.0035], [0.5, 0.016, 0.0035], [0.9, 0.013, 0.0035], [1, 0.008, 0.003]]),
  },
  {
    id: 'palpebralorbicularisoculi',
    name: 'Palpebral part of orbicularis oculi',
    shape: 'sheet',
    depth: 'superficial',
    origin: [at('medialpalpebralligament', 'medial palpebral ligament', [F.medialPalpebral], 0.003)],
    insertion: [at('lateralpalpebralraphe', 'lateral palpebral raphe', [F.lateralPalpebral], 0.003)],
    // Round the palpebral fissure: the upper lid to the lateral raphe, the lower lid back.
    path: [
      [0.0155, 0.1025, 1.6145],
      [0.023, 0.1075, 1.6215],
      [0.033, 0.109, 1.6235],
      [0.0425, 0.1045, 1.621],
      [0.049, 0.096, 1.6135],
      [0.0425, 0.103, 1.6055],
      [0.033, 0.107, 1.6035],
      [0.023, 0.1055, 1.6065],
      [0.0155, 0.1025, 1.6135],
    ],
    facing: [[0, 1, 0.1], [0.1, 1, 0.3], [0.2, 1, 0.3], [0.6, 1, 0.2], [1, 0.6, 0], [0.6, 1, -0.2], [0.2, 1, -0.3], [0.1, 1, -0.3], [0, 1, -0.1]],
    profile: band([[0, 0.005, 0.003], [0.1, 0.008, 0.003], [0.5, 0.008, 0.003], [0.9, 0.008, 0.003], [1, 0.005, 0.003]]),
  },
  {
    id: 'corrugatorsupercilii',
    name: 'Corrugator supercilii',
    shape: 'flat',
    depth: 'deep',
    origin: [at('skull', 'medial end of the superciliary arch', [[0.011, 0.1035, 1.636], [0.016, 0.1025, 1.638]], 0.004)],
    insertion: [at(null, 'deep surface of the skin of the eyebrow, above the middle of the supraorbital margin', [[0.036, 0.106, 1.647]], 0.005)],
    path: [
      [0.012, 0.106, 1.637],
      [0.02, 0.1065, 1.6405],
      [0.029, 0.106, 1.644],
      [0.037, 0.1035, 1.647],
    ],
    facing: [[0.1, 1, 0.2], [0.2, 1, 0.2], [0.3, 1, 0.2], [0.5, 1, 0.2]],
    profile: band([[0, 0.005, 0.003], [0.4, 0.008, 0.004], [1, 0.005, 0.003]]),
  },
  // ---------------------------------------------------------------------------------------------
  // Nasal group.
  {
    id: 'transversenasalis',
    name: 'Transverse part of nasalis',
    shape: 'sheet',
    depth: 'superficial',
    origin: [at('skull', 'maxilla above the canine, lateral to the incisive fossa', [CANINE_FOSSA], 0.004)],
    insertion: [
      at(null, 'aponeurosis over the bridge of the nose, shared with the other side and continuous with procerus', [[0.0, 0.121, 1.6]], 0.005),
      at('nasalcartilages', 'over the upper lateral cartilage', [[0.004, 0.119, 1.6]], 0.003),
    ],
    path: [
      [0.0195, 0.1035, 1.586],
      [0.0175, 0.1105, 1.5915],
      [0.012, 0.117, 1.5965],
      [0.0045, 0.1215, 1.6],
    ],
    facing: [[0.8, 0.6, 0], [0.9, 0.5, 0.1], [0.7, 0.7, 0.2], [0.2, 1, 0.4]],
    profile: band([[0, 0.006, 0.003], [0.4, 0.01, 0.003], [1, 0.012, 0.003]]),
  },
  {
    id: 'alarnasalis',
    name: 'Alar part of nasalis',
    shape: 'flat',
    depth: 'superficial',
    origin: [at('skull', 'maxilla above the lateral incisor', [[0.013, 0.1015, 1.58]], 0.003)],
    insertion: [at('nasalcartilages', 'alar cartilage, back of the lateral crus', [F.alaBack], 0.003)],
    path: [
      [0.0135, 0.1045, 1.5795],
      [0.0155, 0.1085, 1.5815],
      [0.0165, 0.1115, 1.584],
    ],
    facing: [0.8, 0.5, 0],
    profile: band([[0, 0.005, 0.003], [0.5, 0.006, 0.0035], [1, 0.005, 0.003]]),
  },
  {
    id: 'procerus',
    name: 'Procerus',
    shape: 'flat',
    depth: 'superficial',
    origin: [
      at('skull', 'fascia over the lower part of the nasal bone', [[0.004, 0.107, 1.615]], 0.003),
      at('nasalcartilages', 'upper part of the lateral nasal cartilage', [F.lateralCartilageUpper], 0.003),
    ],
    insertion: [at(null, 'skin of the lower forehead between the eyebrows', [[0.005, 0.11, 1.652]], 0.005)],
    path: [
      [0.0045, 0.1125, 1.607],
      [0.0045, 0.1095, 1.62],
      [0.005, 0.109, 1.633],
      [0.0055, 0.1095, 1.65],
    ],
    facing: [[0.1, 1, 0.5], [0.1, 1, 0.2], [0.1, 1, 0], [0.1, 1, -0.1]],
    profile: band([[0, 0.006, 0.003], [0.5, 0.008, 0.003], [1, 0.009, 0.003]]),
  },
  {
    id: 'depressorseptinasi',
    name: 'Depressor septi nasi',
    shape: 'flat',
    depth: 'deep',
    origin: [at('skull', 'incisive fossa of the maxilla, above the central incisor', [INCISIVE_FOSSA], 0.003)],
    insertion: [at('nasalcartilages', 'mobile part of the nasal septum', [F.columella], 0.003)],
    path: [
      [0.007, 0.1045, 1.5745],
      [0.0055, 0.1095, 1.5775],
      [0.003, 0.1145, 1.5805],
    ],
    facing: [0.3, 1, -0.3],
    profile: band([[0, 0.005, 0.003], [0.5, 0.006, 0.0035], [1, 0.004, 0.003]]),
  },
  // ---------------------------------------------------------------------------------------------
  // Oral group.
  {
    id: 'upperorbicularisoris',
    name: 'Orbicularis oris (upper lip)',
    shape: 'sheet',
    depth: 'intermediate',
    midline: true,
    origin: [
      at('skull', 'alveolar border of the maxilla near the midline, above the incisors', [[0.008, 0.1005, 1.573], [-0.008, 0.1005, 1.573]], 0.003),
      at('modiolus', 'modiolus at each corner of the mouth', [F.modiolus], 0.003),
    ],
    insertion: [at(null, 'skin and mucous membrane of the upper lip', [[0, 0.112, 1.566]], 0.006)],
    path: [
      [0.034, 0.0835, 1.5555],
      [0.0265, 0.0955, 1.5605],
      [0.0145, 0.1045, 1.5645],
      [0, 0.1085, 1.566],
      [-0.0145, 0.1045, 1.5645],
      [-0.0265, 0.0955, 1.5605],
      [-0.034, 0.0835, 1.5555],
    ],
    facing: [[0.8, 0.6, 0], [0.6, 0.8, 0], [0.3, 1, 0], [0, 1, 0], [-0.3, 1, 0], [-0.6, 0.8, 0], [-0.8, 0.6, 0]],
    profile: band([[0, 0.006, 0.004], [0.15, 0.009, 0.0045], [0.5, 0.011, 0.0045], [0.85, 0.009, 0.0045], [1, 0.006, 0.004]]),
  },
  {
    id: 'lowerorbicularisoris',
    name: 'Orbicularis oris (lower lip)',
    shape: 'sheet',
    depth: 'intermediate',
    midline: true,
    origin: [
      at('mandible', 'alveolar border of the mandible near the midline, below the incisors', [INCISIVE_FOSSA_MANDIBLE, [-INCISIVE_FOSSA_MANDIBLE[0], INCISIVE_FOSSA_MANDIBLE[1], INCISIVE_FOSSA_MANDIBLE[2]]], 0.003),
      at('modiolus', 'modiolus at each corner of the mouth', [F.modiolus], 0.003),
    ],
    insertion: [at(null, 'skin and mucous membrane of the lower lip', [[0, 0.108, 1.545]], 0.006)],
    path: [
      [0.034, 0.0835, 1.5525],
      [0.0265, 0.0945, 1.5485],
      [0.0145, 0.1015, 1.5455],
      [0, 0.1045, 1.5445],
      [-0.0145, 0.1015, 1.5455],
      [-0.0265, 0.0945, 1.5485],
      [-0.034, 0.0835, 1.5525],
    ],
    facing: [[0.8, 0.6, 0], [0.6, 0.8, 0], [0.3, 1, 0], [0, 1, 0], [-0.3, 1, 0], [-0.6, 0.8, 0], [-0.8, 0.6, 0]],
    profile: band([[0, 0.006, 0.004], [0.15, 0.009, 0.0045], [0.5, 0.01, 0.0045], [0.85, 0.009, 0.0045], [1, 0.006, 0.004]]),
  },
  {
    id: 'buccinator',
    name: 'Buccinator',
    shape: 'sheet',
    depth: 'deep',
    origin: [
      at('skull', 'outer surface of the alveolar process of the maxilla opposite the molars', [MAXILLA_MOLARS, [0.033, 0.062, 1.571]], 0.004),
      at('mandible', 'outer surface of the alveolar part of the mandible opposite the molars', [MANDIBLE_MOLARS], 0.004),
      at('pterygomandibularraphe', 'anterior border of the pterygomandibular raphe', [F.pterygomandibular], 0.003),
    ],
    insertion: [at('modiolus', 'modiolus at the angle of the mouth', [F.modiolus], 0.004)],
    path: [
      [0.028, 0.035, 1.5515],
      [0.0365, 0.046, 1.5545],
      [0.0375, 0.06, 1.555],
      [0.0355, 0.073, 1.5545],
      [0.034, 0.0795, 1.554],
    ],
    facing: [[0.8, -0.5, 0], [1, -0.1, 0], [1, 0.1, 0], [0.9, 0.5, 0], [0.8, 0.6, 0]],
    profile: band([[0, 0.022, 0.003], [0.25, 0.03, 0.0035], [0.6, 0.026, 0.0035], [0.9, 0.014, 0.004], [1, 0.008, 0.004]]),
  },
  // ---------------------------------------------------------------------------------------------
  // Muscles of mastication.
  {
    id: 'superficialmasseter',
    name: 'Superficial part of masseter',
    shape: 'pennate',
    depth: 'superficial',
    origin: [
      at('skull', 'maxillary process of the zygomatic bone', [[0.058, 0.068, 1.586]], 0.004),
      at('skull', 'anterior two-thirds of the lower border of the zygomatic arch', [ARCH_FRONT, [0.0645, 0.036, 1.5935]], 0.004),
    ],
    insertion: [at('mandible', 'angle and lower half of the lateral surface of the ramus', [GONION, [0.0495, 0.036, 1.535], [0.047, 0.044, 1.531]], 0.005)],
    path: [
      [0.0625, 0.056, 1.584],
      [0.0615, 0.046, 1.565],
      [0.0585, 0.036, 1.548],
      [0.0555, 0.03, 1.535],
    ],
    facing: [1, 0.15, 0],
    profile: band([[0, 0.028, 0.007], [0.3, 0.032, 0.01], [0.7, 0.03, 0.01], [1, 0.026, 0.005]]),
  },
  {
    id: 'deepmasseter',
    name: 'Deep part of masseter',
    shape: 'flat',
    depth: 'intermediate',
    origin: [at('skull', 'posterior third of the lower border and medial surface of the zygomatic arch', [ARCH_BACK, [0.063, 0.013, 1.597]], 0.004)],
    insertion: [at('mandible', 'upper part of the ramus and lateral surface of the coronoid process', [[0.049, 0.03, 1.565], [0.047, 0.042, 1.575]], 0.005)],
    path: [
      [0.0595, 0.02, 1.591],
      [0.0565, 0.026, 1.58],
      [0.0535, 0.032, 1.568],
    ],
    facing: [1, 0, 0],
    profile: band([[0, 0.018, 0.005], [0.5, 0.02, 0.007], [1, 0.018, 0.004]]),
  },
  // Temporalis: a fan of three strands 4 mm off the temporal fossa (points probed on the skull's
  // surface), converging deep to the zygomatic arch onto the coronoid process.
  {
    id: 'anteriortemporalis',
    name: 'Temporalis (anterior fibres)',
    shape: 'fan',
    depth: 'superficial',
    origin: [at('skull', 'front of the temporal fossa, up to the temporal lines', [SUPERIOR_TEMPORAL_LINE[0] ?? [0.06, 0.061, 1.671], [0.0612, 0.0517, 1.6405]], 0.006)],
    insertion: [at('mandible', 'tip and anterior border of the coronoid process, down to the retromolar fossa', [CORONOID_TIP, [0.043, 0.053, 1.572]], 0.004)],
    path: [
      [0.0668, 0.054, 1.664],
      [0.0655, 0.052, 1.64],
      [0.0615, 0.05, 1.62],
      [0.0535, 0.047, 1.602],
      [0.0475, 0.048, 1.591],
    ],
    facing: [[1, 0.5, 0.2], [1, 0.5, 0], [1, 0.4, 0], [1, 0.3, 0], [1, 0.2, 0]],
    profile: band([[0, 0.048, 0.006], [0.4, 0.04, 0.008], [0.8, 0.022, 0.009], [1, 0.012, 0.006]]),
  },
  {
    id: 'middletemporalis',
    name: 'Temporalis (middle fibres)',
    shape: 'fan',
    depth: 'superficial',
    origin: [at('skull', 'floor of the temporal fossa, up to the temporal lines', [SUPERIOR_TEMPORAL_LINE[1] ?? [0.072, 0.001, 1.686], TEMPORAL_FOSSA], 0.006)],
    insertion: [at('mandible', 'tip and medial surface of the coronoid process', [CORONOID_TIP], 0.004)],
    path: [
      [0.0755, 0.005, 1.684],
      [0.0757, 0.012, 1.655],
      [0.0706, 0.027, 1.628],
      [0.062, 0.037, 1.612],
      [0.054, 0.043, 1.602],
      [0.047, 0.047, 1.592],
    ],
    facing: [[1, 0, 0.5], [1, 0.05, 0.1], [1, 0.2, 0], [1, 0.2, 0], [1, 0.2, 0], [1, 0.2, 0]],
    profile: band([[0, 0.06, 0.006], [0.3, 0.052, 0.008], [0.7, 0.028, 0.009], [1, 0.012, 0.006]]),
  },
  {
    id: 'posteriortemporalis',
    name: 'Temporalis (posterior fibres)',
    shape: 'fan',
    depth: 'superficial',
    origin: [at('skull', 'back of the temporal fossa, up to the temporal lines', [SUPERIOR_TEMPORAL_LINE[2] ?? [0.065, -0.051, 1.665], [0.0709, -0.0188, 1.6405]], 0.006)],
    insertion: [at('mandible', 'medial surface of the coronoid process', [[0.0425, 0.046, 1.585]], 0.004)],
    path: [
      [0.0713, -0.044, 1.66],
      [0.0749, -0.019, 1.64],
      [0.0725, 0.004, 1.625],
      [0.064, 0.026, 1.613],
      [0.055, 0.04, 1.602],
      [0.0465, 0.046, 1.592],
    ],
    facing: [[1, -0.4, 0.3], [1, -0.1, 0.2], [1, 0, 0.1], [1, 0.1, 0], [1, 0.2, 0], [1, 0.2, 0]],
    profile: band([[0, 0.056, 0.006], [0.3, 0.048, 0.008], [0.7, 0.024, 0.008], [1, 0.01, 0.006]]),
  },
  {
    id: 'medialpterygoid',
    name: 'Medial pterygoid',
    shape: 'pennate',
    depth: 'deep',
    origin: [
      at('skull', 'deep head: medial surface of the lateral pterygoid plate (pterygoid fossa)', [LATERAL_PLATE_MEDIAL, [0.021, 0.024, 1.575]], 0.004),
      at('skull', 'superficial head: tuberosity of the maxilla', [[0.0289, 0.0391, 1.565]], 0.004),
    ],
    insertion: [at('mandible', 'medial surface of the ramus and angle', [ANGLE_MEDIAL, [0.0445, 0.03, 1.548]], 0.006)],
    path: [
      [0.023, 0.028, 1.565],
      [0.03, 0.027, 1.556],
      [0.037, 0.026, 1.546],
      [0.0415, 0.026, 1.539],
    ],
    facing: [-0.8, 0, -0.4],
    profile: band([[0, 0.014, 0.007], [0.4, 0.02, 0.01], [0.8, 0.02, 0.008], [1, 0.016, 0.004]]),
  },
  {
    id: 'superiorlateralpterygoid',
    name: 'Superior head of lateral pterygoid',
    shape: 'fusiform',
    depth: 'deep',
    origin: [at('skull', 'infratemporal surface and crest of the greater wing of the sphenoid', [[0.038, 0.028, 1.593]], 0.004)],
    insertion: [
      at('mandible', 'front of the neck of the mandible, above the pterygoid fovea', [[0.05, 0.018, 1.594]], 0.003),
      at(null, 'capsule and articular disc of the temporomandibular joint', [[0.05, 0.016, 1.599]], 0.003),
    ],
    path: [
      [0.037, 0.031, 1.591],
      [0.043, 0.026, 1.592],
      [0.0485, 0.02, 1.5935],
    ],
    facing: [0, 0, 1],
    profile: band([[0, 0.01, 0.006], [0.5, 0.01, 0.006], [1, 0.007, 0.005]]),
  },
  {
    id: 'inferiorlateralpterygoid',
    name: 'Inferior head of lateral pterygoid',
    shape: 'fusiform',
    depth: 'deep',
    origin: [at('skull', 'lateral surface of the lateral pterygoid plate', [LATERAL_PLATE_LATERAL, [0.025, 0.033, 1.578]], 0.004)],
    insertion: [at('mandible', 'pterygoid fovea on the front of the neck of the mandible', [PTERYGOID_FOVEA], 0.004)],
    path: [
      [0.029, 0.03, 1.573],
      [0.036, 0.027, 1.578],
      [0.0425, 0.022, 1.583],
      [0.0485, 0.018, 1.586],
    ],
    facing: [0.3, 0, 1],
    profile: band([[0, 0.016, 0.007], [0.4, 0.016, 0.009], [1, 0.01, 0.006]]),
  },
  // ---------------------------------------------------------------------------------------------
  // Intrinsic muscles of the tongue: inside the tongue, each reaching the surface it acts on.
  {
    id: 'superiorlongitudinaltongue',
    name: 'Superior longitudinal muscle of the tongue',
    shape: 'sheet',
    depth: 'superficial',
    origin: [at('tongue', 'submucous fibrous layer near the root of the tongue and the median septum', [[0.004, 0.038, 1.549]], 0.004)],
    insertion: [at('tongue', 'lateral margins and tip of the tongue', [[0.004, 0.087, 1.553], [0.014, 0.075, 1.555]], 0.004)],
    path: [
      [0.0075, 0.038, 1.5505],
      [0.0075, 0.05, 1.5565],
      [0.0075, 0.066, 1.559],
      [0.0065, 0.08, 1.5565],
      [0.004, 0.088, 1.5525],
    ],
    facing: [[0, -0.4, 1], [0, 0, 1], [0, 0, 1], [0, 0.3, 1], [0, 0.8, 1]],
    profile: band([[0, 0.01, 0.003], [0.2, 0.014, 0.0035], [0.7, 0.014, 0.0035], [1, 0.006, 0.003]]),
  },
  {
    id: 'inferiorlongitudinaltongue',
    name: 'Inferior longitudinal muscle of the tongue',
    shape: 'fusiform',
    depth: 'intermediate',
    origin: [
      at('tongue', 'root of the tongue', [[0.0153, 0.0337, 1.5057]], 0.004),
      at('hyoid', 'body of the hyoid (some fibres)', [[0.008, 0.042, 1.464]], 0.003),
    ],
    insertion: [at('tongue', 'underside of the tip of the tongue', [[0.007, 0.084, 1.544]], 0.004)],
    path: [
      [0.0105, 0.036, 1.5],
      [0.012, 0.044, 1.518],
      [0.0125, 0.056, 1.5285],
      [0.011, 0.07, 1.538],
      [0.0075, 0.083, 1.544],
    ],
    facing: [[0.5, -0.5, -0.5], [0.5, -0.3, -0.8], [0.4, 0, -1], [0.4, 0, -1], [0.3, 0.3, -1]],
    profile: band([[0, 0.004, 0.004], [0.3, 0.007, 0.005], [0.7, 0.007, 0.005], [1, 0.004, 0.003]]),
  },
  {
    id: 'transversetongue',
    name: 'Transverse muscle of the tongue',
    shape: 'flat',
    depth: 'deep',
    origin: [at('tongue', 'median lingual septum, where it meets the submucosa of the dorsum', [[0.0, 0.06, 1.557]], 0.004)],
    insertion: [at('tongue', 'submucous tissue along the lateral margin of the tongue', [[0.0205, 0.06, 1.546], [0.0195, 0.072, 1.549]], 0.004)],
    path: [
      [0.001, 0.06, 1.546],
      [0.011, 0.06, 1.546],
      [0.0215, 0.06, 1.546],
    ],
    facing: UP,
    profile: band([[0, 0.03, 0.01], [0.6, 0.03, 0.01], [1, 0.028, 0.008]]),
  },
  {
    id: 'verticaltongue',
    name: 'Vertical muscle of the tongue',
    shape: 'flat',
    depth: 'deep',
    origin: [at('tongue', 'submucosa of the dorsum of the tongue', [[0.012, 0.063, 1.556]], 0.004)],
    insertion: [at('tongue', 'submucosa of the inferior surface of the tongue', [[0.012, 0.063, 1.535]], 0.004)],
    path: [
      [0.0125, 0.064, 1.5575],
      [0.0125, 0.064, 1.546],
      [0.0125, 0.064, 1.5335],
    ],
    facing: LATERAL,
    profile: band([[0, 0.028, 0.006], [0.5, 0.028, 0.007], [1, 0.026, 0.006]]),
  },
  // ---------------------------------------------------------------------------------------------
  // Extrinsic muscles of the tongue.
  {
    id: 'genioglossus',
    name: 'Genioglossus',
    shape: 'fan',
    depth: 'deep',
    origin: [at('mandible', 'superior mental spine (superior genial tubercle)', [[0.002, 0.077, 1.518]], 0.003)],
    insertion: [at('tongue', 'whole length of the tongue from root to tip', [[0.004, 0.058, 1.557], [0.006, 0.0251, 1.5214], [0.0047, 0.0855, 1.556]], 0.005)],
    path: [
      [0.0035, 0.0745, 1.5175],
      [0.0045, 0.066, 1.524],
      [0.0045, 0.056, 1.532],
      [0.0045, 0.048, 1.541],
    ],
    facing: LATERAL,
    profile: band([[0, 0.006, 0.006], [0.3, 0.018, 0.007], [0.7, 0.036, 0.007], [1, 0.046, 0.007]]),
  },
  {
    id: 'genioglossushyoid',
    name: 'Genioglossus (lowest fibres, to the hyoid)',
    shape: 'flat',
    depth: 'deep',
    origin: [at('mandible', 'superior mental spine (superior genial tubercle)', [[0.002, 0.077, 1.516]], 0.003)],
    insertion: [at('hyoid', 'upper part of the body of the hyoid', [HYOID_BODY_UPPER, [0.005, 0.042, 1.464]], 0.003)],
    path: [
      [0.0035, 0.073, 1.5145],
      [0.004, 0.06, 1.503],
      [0.0035, 0.049, 1.485],
      [0.0025, 0.0435, 1.468],
    ],
    facing: LATERAL,
    profile: band([[0, 0.005, 0.005], [0.5, 0.009, 0.006], [1, 0.007, 0.005]]),
  },
  {
    id: 'hyoglossus',
    name: 'Hyoglossus',
    shape: 'sheet',
    depth: 'intermediate',
    origin: [at('hyoid', 'body and whole length of the greater horn of the hyoid', HYOID_GREATER_HORN, 0.003)],
    insertion: [at('tongue', 'side and underside of the tongue, between styloglossus and the inferior longitudinal muscle', [[0.0185, 0.042, 1.527], [0.017, 0.033, 1.52]], 0.004)],
    path: [
      [0.0175, 0.026, 1.467],
      [0.0165, 0.029, 1.485],
      [0.0185, 0.034, 1.505],
      [0.0205, 0.039, 1.524],
    ],
    facing: [[1, 0.2, 0], [1, 0.1, 0], [1, 0, 0], [1, 0, -0.2]],
    profile: band([[0, 0.026, 0.003], [0.5, 0.024, 0.0035], [1, 0.02, 0.003]]),
  },
  {
    id: 'styloglossus',
    name: 'Styloglossus',
    shape: 'fusiform',
    depth: 'intermediate',
    origin: [at('skull', 'anterior border of the styloid process near its tip', [STYLOID_TIP], 0.003)],
    insertion: [at('tongue', 'side and underside of the tongue', [[0.021, 0.052, 1.538], [0.0195, 0.066, 1.544]], 0.004)],
    path: [
      [0.0325, 0.015, 1.549],
      [0.0285, 0.026, 1.5435],
      [0.0245, 0.038, 1.539],
      [0.0225, 0.051, 1.5385],
      [0.021, 0.065, 1.5425],
    ],
    facing: [[0.6, 0.4, 0], [0.8, 0.3, 0], [1, 0.1, 0], [1, 0, 0], [1, 0, 0]],
    profile: band([[0, 0.003, 0.003], [0.3, 0.005, 0.004], [0.7, 0.006, 0.004], [1, 0.004, 0.003]]),
  },
  {
    id: 'palatoglossus',
    name: 'Palatoglossus',
    shape: 'fusiform',
    depth: 'intermediate',
    origin: [at('softpalate', 'oral surface of the palatine aponeurosis', [F.softPalate], 0.003)],
    insertion: [at('tongue', 'side of the posterior part of the tongue', [[0.019, 0.041, 1.537]], 0.004)],
    path: [
      [0.009, 0.027, 1.5575],
      [0.0135, 0.031, 1.5515],
      [0.017, 0.036, 1.5445],
      [0.019, 0.04, 1.539],
    ],
    facing: [0.4, 1, 0.3],
    profile: band([[0, 0.005, 0.003], [0.5, 0.005, 0.004], [1, 0.005, 0.003]]),
  },
];

/** The tongue's muscles, placed with the tongue (the others with the face, the hyoid, the styloid). */
export const TONGUE_MUSCLES: ReadonlySet<string> = new Set([
  'superiorlongitudinaltongue',
  'inferiorlongitudinaltongue',
  'transversetongue',
  'verticaltongue',
  'genioglossus',
  'genioglossushyoid',
  'hyoglossus',
  'styloglossus',
  'palatoglossus',
]);

/** The muscles of the head, placed where the head sits on the neck (bones/head-placement.ts). */
export const headMuscles: readonly Muscle[] = MODELLED_HEAD_MUSCLES.map((m) => placeMuscle(m, TONGUE_MUSCLES.has(m.id)));

/** The head's tendons: none drawn apart from the muscles (temporalis ends fleshy on the coronoid here). */
export const headTendons: readonly Tendon[] = [];
