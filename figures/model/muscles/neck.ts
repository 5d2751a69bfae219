import type { Attachment, BellyStation, Muscle, Tendon, Vec3 } from '../types';
import { FACE_LANDMARKS as F, onFloor, onHyoid, onLarynx, onMandible, onOccipital, onSkull } from '../bones/face';

/**
 * Muscles of the neck (issue 13, point 3), right side (mirrored at render time):
 * - suboccipital: rectus capitis posterior major and minor, obliquus capitis inferior and superior;
 * - suprahyoid: stylohyoid, digastric (anterior and posterior bellies on one intermediate tendon),
 *   mylohyoid (to the mylohyoid raphe of bones/face.ts), geniohyoid;
 * - infrahyoid: omohyoid (two bellies on an intermediate tendon), sternohyoid, sternothyroid,
 *   thyrohyoid;
 * - scalenes: anterior, middle, posterior.
 *
 * Not yet in the model (figures/model/index.ts): enabled with the neck region after review.
 * Coordinates from HEAD-LANDMARKS.md (skull, mandible, hyoid, cartilages) and LANDMARKS.md
 * (cervical vertebrae, ribs, sternum, clavicle, scapula), snapped to the bones' surfaces.
 *
 * The head's bones were first modelled too low for the trunk's cervical spine; they are now placed
 * on it (bones/head-placement.ts: the occipital condyles on the atlas, the hyoid at C4, the larynx
 * at C5-C7). The paths are written between their attachments (`between`), and every point on the
 * skull base, the mandible, the hyoid or the thyroid cartilage is written where that bone was first
 * modelled and moved with it (`onSkull` for the mastoid and styloid processes, `onOccipital` for
 * the occipital bone below the superior nuchal lines, `onMandible`, `onHyoid`, `onLarynx`,
 * bones/face.ts).
 */

const at = (bone: string | null, area: string, points: readonly Vec3[], radius = 0.004): Attachment => ({ bone, area, points, radius });
const band = (stations: readonly [number, number, number][]): BellyStation[] => stations.map(([t, w, d]) => ({ t, w, d }));
const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
/** A path from a to b through `n` points, each pushed by `bulge` times sin(pi t) (a belly off the straight line). */
const between = (a: Vec3, b: Vec3, n: number, bulge: Vec3 = [0, 0, 0]): Vec3[] =>
  Array.from({ length: n }, (_, i) => {
    const t = i / (n - 1);
    const s = Math.sin(Math.PI * t);
    return add(lerp(a, b, t), [bulge[0] * s, bulge[1] * s, bulge[2] * s]);
  });

// --- Landmarks (HEAD-LANDMARKS.md and LANDMARKS.md, snapped).
/**
 * How far the slender muscles of the submandibular region may grow into the loose space around
 * them (muscle-volumes.ts; 12 mm by default): 3 mm, so stylohyoid and the digastric's bellies keep
 * their slender shape instead of swelling to fill the space behind the mandible.
 */
const SLENDER_FILL = 0.003;
const C1_POSTERIOR_TUBERCLE: Vec3 = [-0.0004, -0.0694, 1.6034];
const C1_TRANSVERSE: Vec3 = [0.0394, -0.0326, 1.6012];
const C2_SPINOUS_TIP: Vec3 = [0.0037, -0.0672, 1.571];
const C2_SPINOUS_SIDE: Vec3 = [0.0024, -0.0559, 1.5735];
const C2_LAMINA: Vec3 = [0.0035, -0.0465, 1.5788];
const ANTERIOR_TUBERCLE: Record<3 | 4 | 5 | 6, Vec3> = {
  3: [0.0223, -0.0202, 1.56],
  4: [0.0236, -0.0189, 1.5464],
  5: [0.025, -0.022, 1.5318],
  6: [0.0262, -0.028, 1.5175],
};
const POSTERIOR_TUBERCLE: Record<2 | 3 | 4 | 5 | 6 | 7, Vec3> = {
  2: [0.0261, -0.0312, 1.5757],
  3: [0.0274, -0.0284, 1.5605],
  4: [0.0277, -0.0276, 1.5465],
  5: [0.0289, -0.031, 1.5321],
  6: [0.0305, -0.0359, 1.517],
  7: [0.0364, -0.0463, 1.502],
};
const INFERIOR_NUCHAL_LINE: Vec3 = onOccipital([0.019, -0.068, 1.586]);
const BETWEEN_NUCHAL_LINES: Vec3 = onOccipital([0.019, -0.076, 1.601]);
const MASTOID_NOTCH: Vec3 = onSkull([0.049, -0.012, 1.577]);
const STYLOID_ROOT: Vec3 = onSkull([0.043, -0.001, 1.586]);
const MYLOHYOID_LINE: Vec3 = onMandible([0.026, 0.053, 1.525]);
const DIGASTRIC_FOSSA: Vec3 = onMandible([0.008, 0.08, 1.505]);
const GENIAL_TUBERCLES: Vec3 = onMandible([0.0, 0.077, 1.515]);
const HYOID_FRONT: Vec3 = onHyoid([0.0, 0.045, 1.46]);
const HYOID_LOWER: Vec3 = onHyoid([-0.001, 0.042, 1.456]);
const HYOID_HORN_MIDDLE: Vec3 = onHyoid([0.019, 0.024, 1.464]);
const HYOID_BODY_HORN: Vec3 = onHyoid([0.013, 0.037, 1.462]);
const THYROID_OBLIQUE_LINE: Vec3 = onLarynx([0.02, 0.038, 1.418]);
const SCALENE_TUBERCLE: Vec3 = [0.0601, 0.0064, 1.4584];
const MANUBRIUM_BACK: Vec3 = [0.0003, 0.0307, 1.4397];
const CLAVICLE_MEDIAL_BACK: Vec3 = [0.0395, 0.0211, 1.4692];
const COSTAL_CARTILAGE1_DEEP: Vec3 = [0.033, 0.0248, 1.4403];
const SCAPULAR_NOTCH: Vec3 = [0.1302, -0.07, 1.4557];

const DIGASTRIC_TENDON: Vec3[] = [onHyoid([0.0215, 0.027, 1.4775]), onHyoid([0.0175, 0.0375, 1.4705]), onHyoid([0.0155, 0.0475, 1.4725])];
const OMOHYOID_TENDON: Vec3[] = [
  [0.056, -0.004, 1.462],
  [0.049, 0.003, 1.46],
  [0.042, 0.01, 1.459],
];

export const neckMuscles: readonly Muscle[] = [
  // ---------------------------------------------------------------------------------------------
  // Suboccipital muscles.
  {
    id: 'rectuscapitisposteriormajor',
    name: 'Rectus capitis posterior major',
    shape: 'flat',
    depth: 'deep',
    origin: [at('cervicalspine', 'spinous process of the axis (C2)', [C2_SPINOUS_TIP, C2_SPINOUS_SIDE], 0.004)],
    insertion: [at('skull', 'lateral part of the inferior nuchal line and the bone below it', [onOccipital([0.0295, -0.0626, 1.5864]), INFERIOR_NUCHAL_LINE], 0.005)],
    path: between([0.006, -0.066, 1.5735], onOccipital([0.03, -0.07, 1.587]), 4, [0, -0.004, 0]),
    facing: [0.2, -1, 0.1],
    profile: band([[0, 0.008, 0.005], [0.5, 0.014, 0.007], [1, 0.018, 0.005]]),
  },
  {
    id: 'rectuscapitisposteriorminor',
    name: 'Rectus capitis posterior minor',
    shape: 'flat',
    depth: 'deep',
    origin: [at('cervicalspine', 'posterior tubercle of the atlas (C1)', [C1_POSTERIOR_TUBERCLE], 0.004)],
    insertion: [at('skull', 'medial part of the inferior nuchal line and the bone between it and the foramen magnum', [onOccipital([0.0088, -0.0667, 1.5862]), onOccipital([0.0117, -0.0577, 1.5817])], 0.004)],
    path: between([0.003, -0.073, 1.602], onOccipital([0.01, -0.069, 1.585]), 3, [0, -0.003, 0]),
    facing: [0, -1, 0],
    profile: band([[0, 0.007, 0.004], [0.5, 0.011, 0.005], [1, 0.013, 0.004]]),
  },
  {
    id: 'obliquuscapitisinferior',
    name: 'Obliquus capitis inferior',
    shape: 'fusiform',
    depth: 'deep',
    origin: [at('cervicalspine', 'spinous process and adjacent lamina of the axis (C2)', [C2_SPINOUS_SIDE, C2_LAMINA], 0.004)],
    insertion: [at('cervicalspine', 'posterior part of the transverse process of the atlas (C1)', [C1_TRANSVERSE], 0.004)],
    path: between([0.007, -0.06, 1.575], [0.037, -0.036, 1.599], 4, [0.002, -0.005, -0.002]),
    facing: [0.3, -1, 0],
    profile: band([[0, 0.008, 0.006], [0.5, 0.012, 0.009], [1, 0.008, 0.006]]),
  },
  {
    id: 'obliquuscapitissuperior',
    name: 'Obliquus capitis superior',
    shape: 'flat',
    depth: 'deep',
    origin: [at('cervicalspine', 'upper surface of the transverse process of the atlas (C1)', [C1_TRANSVERSE], 0.004)],
    insertion: [at('skull', 'occipital bone between the superior and inferior nuchal lines, lateral to semispinalis capitis', [onOccipital([0.036, -0.07, 1.6]), BETWEEN_NUCHAL_LINES], 0.005)],
    path: between([0.039, -0.037, 1.604], onOccipital([0.032, -0.073, 1.597]), 5, [0.004, -0.004, -0.006]),
    facing: [0.5, -0.7, -0.3],
    profile: band([[0, 0.008, 0.005], [0.5, 0.013, 0.007], [1, 0.016, 0.005]]),
  },
  // ---------------------------------------------------------------------------------------------
  // Suprahyoid muscles.
  {
    id: 'stylohyoid',
    name: 'Stylohyoid',
    shape: 'fusiform',
    depth: 'intermediate',
    fill: SLENDER_FILL,
    origin: [at('skull', 'posterior border of the styloid process, near its base', [STYLOID_ROOT, onSkull([0.04, 0.002, 1.576])], 0.003)],
    insertion: [at('hyoid', 'body of the hyoid at its junction with the greater horn', [HYOID_BODY_HORN], 0.003)],
    path: between(onSkull([0.0405, 0.0005, 1.577]), onHyoid([0.0145, 0.0355, 1.4645]), 6, [0.004, -0.002, 0]),
    facing: [1, 0.3, 0],
    profile: band([[0, 0.003, 0.003], [0.4, 0.006, 0.005], [0.8, 0.005, 0.004], [1, 0.003, 0.003]]),
  },
  {
    id: 'posteriordigastric',
    name: 'Posterior belly of digastric',
    shape: 'fusiform',
    depth: 'intermediate',
    fill: SLENDER_FILL,
    origin: [at('skull', 'mastoid notch, medial side of the mastoid process', [MASTOID_NOTCH], 0.004)],
    insertion: [at('hyoid', 'intermediate tendon, held to the body and greater horn of the hyoid by a fibrous loop', [HYOID_BODY_HORN], 0.003)],
    path: between(onSkull([0.0475, -0.0085, 1.572]), DIGASTRIC_TENDON[0] ?? [0.0215, 0.027, 1.4775], 5, [0.004, -0.002, 0]),
    facing: [1, 0.3, 0],
    profile: band([[0, 0.008, 0.006], [0.4, 0.011, 0.009], [0.85, 0.007, 0.006], [1, 0.004, 0.004]]),
  },
  {
    id: 'anteriordigastric',
    name: 'Anterior belly of digastric',
    shape: 'fusiform',
    depth: 'superficial',
    fill: SLENDER_FILL,
    origin: [at('mandible', 'digastric fossa on the inner side of the lower border, near the midline', [DIGASTRIC_FOSSA], 0.004)],
    insertion: [at('hyoid', 'intermediate tendon, held to the body and greater horn of the hyoid by a fibrous loop', [HYOID_BODY_HORN], 0.003)],
    path: between(onMandible([0.009, 0.0775, 1.5005]), DIGASTRIC_TENDON[2] ?? [0.0155, 0.0475, 1.4725], 4, [0, 0, -0.002]),
    facing: [0.3, 0, -1],
    profile: band([[0, 0.008, 0.005], [0.4, 0.011, 0.007], [0.85, 0.007, 0.005], [1, 0.004, 0.003]]),
  },
  {
    id: 'mylohyoid',
    name: 'Mylohyoid',
    shape: 'sheet',
    depth: 'intermediate',
    origin: [at('mandible', 'mylohyoid line on the inner surface of the body of the mandible', [onMandible([0.032, 0.041, 1.53]), MYLOHYOID_LINE, onMandible([0.014, 0.071, 1.516])], 0.004)],
    insertion: [
      at('mylohyoidraphe', 'median fibrous raphe from the chin to the hyoid', F.raphe, 0.003),
      at('hyoid', 'front of the body of the hyoid (posterior fibres)', [HYOID_FRONT], 0.003),
    ],
    path: between(onMandible([0.0245, 0.054, 1.519]), onFloor([0.0015, 0.0595, 1.4875]), 4, [0, 0, -0.004]),
    facing: [0.6, 0, -1],
    profile: band([[0, 0.05, 0.0035], [0.5, 0.045, 0.004], [1, 0.036, 0.0035]]),
  },
  {
    id: 'geniohyoid',
    name: 'Geniohyoid',
    shape: 'fusiform',
    depth: 'deep',
    origin: [at('mandible', 'inferior mental spine (inferior genial tubercle)', [onMandible([0.002, 0.076, 1.511]), GENIAL_TUBERCLES], 0.003)],
    insertion: [at('hyoid', 'front of the body of the hyoid', [HYOID_FRONT, onHyoid([0.006, 0.045, 1.46])], 0.003)],
    path: between(onMandible([0.0045, 0.0735, 1.5085]), onHyoid([0.0055, 0.0475, 1.4655]), 5, [0.002, 0, 0.003]),
    facing: [0, 0, -1],
    profile: band([[0, 0.007, 0.005], [0.4, 0.011, 0.007], [1, 0.009, 0.004]]),
  },
  // ---------------------------------------------------------------------------------------------
  // Infrahyoid muscles.
  {
    id: 'inferioromohyoid',
    name: 'Inferior belly of omohyoid',
    shape: 'fusiform',
    depth: 'intermediate',
    origin: [at('scapula', 'upper border of the scapula near the suprascapular notch', [SCAPULAR_NOTCH], 0.004)],
    insertion: [at(null, 'intermediate tendon, bound to the clavicle by a fascial sling', [OMOHYOID_TENDON[0] ?? [0.056, -0.004, 1.462]], 0.003)],
    path: between([0.126, -0.066, 1.4595], OMOHYOID_TENDON[0] ?? [0.056, -0.004, 1.462], 5, [0, 0.004, 0.008]),
    facing: [0.3, 0.3, 1],
    profile: band([[0, 0.006, 0.004], [0.4, 0.009, 0.005], [1, 0.005, 0.004]]),
  },
  {
    id: 'superioromohyoid',
    name: 'Superior belly of omohyoid',
    shape: 'fusiform',
    depth: 'superficial',
    origin: [at(null, 'intermediate tendon', [OMOHYOID_TENDON[2] ?? [0.042, 0.01, 1.459]], 0.003)],
    insertion: [at('hyoid', 'lower border of the body of the hyoid, lateral to sternohyoid', [onHyoid([0.011, 0.041, 1.457])], 0.003)],
    path: between(OMOHYOID_TENDON[2] ?? [0.042, 0.01, 1.459], onHyoid([0.012, 0.0435, 1.4575]), 4, [0, 0.004, 0]),
    facing: [0.5, 1, 0],
    profile: band([[0, 0.005, 0.004], [0.5, 0.009, 0.005], [1, 0.007, 0.003]]),
  },
  {
    id: 'sternohyoid',
    name: 'Sternohyoid',
    shape: 'flat',
    depth: 'superficial',
    origin: [
      at('sternum', 'posterior surface of the manubrium', [[0.008, 0.031, 1.446], MANUBRIUM_BACK], 0.004),
      at('clavicle', 'medial end of the clavicle, back', [CLAVICLE_MEDIAL_BACK], 0.004),
    ],
    insertion: [at('hyoid', 'lower border of the body of the hyoid, medial to omohyoid', [HYOID_LOWER, onHyoid([0.006, 0.042, 1.456])], 0.003)],
    path: between([0.016, 0.034, 1.458], onHyoid([0.0055, 0.045, 1.457]), 4, [0, 0.004, 0.002]),
    facing: [0.2, 1, 0],
    profile: band([[0, 0.016, 0.004], [0.5, 0.012, 0.004], [1, 0.009, 0.003]]),
  },
  {
    id: 'sternothyroid',
    name: 'Sternothyroid',
    shape: 'flat',
    depth: 'intermediate',
    origin: [
      at('sternum', 'posterior surface of the manubrium, below sternohyoid', [[0.006, 0.0305, 1.432]], 0.004),
      at('costalcartilage1', 'edge of the first costal cartilage', [COSTAL_CARTILAGE1_DEEP], 0.004),
    ],
    insertion: [at('thyroid-cartilage', 'oblique line of the lamina of the thyroid cartilage', [THYROID_OBLIQUE_LINE], 0.004)],
    path: between([0.016, 0.028, 1.435], onLarynx([0.022, 0.041, 1.419]), 4, [0.004, 0.003, 0]),
    facing: [0.3, 1, 0],
    profile: band([[0, 0.014, 0.004], [0.5, 0.013, 0.004], [1, 0.01, 0.003]]),
  },
  {
    id: 'thyrohyoid',
    name: 'Thyrohyoid',
    shape: 'flat',
    depth: 'intermediate',
    origin: [at('thyroid-cartilage', 'oblique line of the lamina of the thyroid cartilage', [THYROID_OBLIQUE_LINE], 0.004)],
    insertion: [at('hyoid', 'lower border of the body and greater horn of the hyoid', [onHyoid([0.01, 0.041, 1.457]), HYOID_HORN_MIDDLE], 0.003)],
    path: between(onLarynx([0.0225, 0.0405, 1.4195]), onHyoid([0.0175, 0.034, 1.4595]), 4, [0.003, 0.003, 0]),
    facing: [0.6, 1, 0],
    profile: band([[0, 0.011, 0.003], [0.5, 0.013, 0.0035], [1, 0.014, 0.003]]),
  },
  // ---------------------------------------------------------------------------------------------
  // Scalenes.
  {
    id: 'scalenusanterior',
    name: 'Scalenus anterior',
    shape: 'flat',
    depth: 'deep',
    origin: [at('cervicalspine', 'anterior tubercles of the transverse processes of C3 to C6', [ANTERIOR_TUBERCLE[3], ANTERIOR_TUBERCLE[4], ANTERIOR_TUBERCLE[5], ANTERIOR_TUBERCLE[6]], 0.004)],
    insertion: [at('rib1', 'scalene tubercle on the inner border and upper surface of the first rib', [SCALENE_TUBERCLE], 0.005)],
    path: between([0.027, -0.019, 1.538], [0.058, 0.005, 1.4635], 5, [0.004, 0.003, 0]),
    facing: [0.5, 1, 0],
    profile: band([[0, 0.014, 0.006], [0.4, 0.014, 0.009], [1, 0.011, 0.006]]),
  },
  {
    id: 'scalenusmedius',
    name: 'Scalenus medius',
    shape: 'flat',
    depth: 'deep',
    origin: [at('cervicalspine', 'posterior tubercles of the transverse processes of C2 to C7', [POSTERIOR_TUBERCLE[2], POSTERIOR_TUBERCLE[4], POSTERIOR_TUBERCLE[6], POSTERIOR_TUBERCLE[7]], 0.004)],
    insertion: [at('rib1', 'upper surface of the first rib, between its tubercle and the groove for the subclavian artery', [[0.057, -0.046, 1.481], [0.062, -0.03, 1.478]], 0.005)],
    path: between([0.031, -0.034, 1.542], [0.058, -0.038, 1.4845], 5, [0.005, -0.002, 0]),
    facing: [1, 0.2, 0],
    profile: band([[0, 0.022, 0.006], [0.4, 0.02, 0.01], [1, 0.016, 0.006]]),
  },
  {
    id: 'scalenusposterior',
    name: 'Scalenus posterior',
    shape: 'flat',
    depth: 'deep',
    origin: [at('cervicalspine', 'posterior tubercles of the transverse processes of C4 to C6', [POSTERIOR_TUBERCLE[4], POSTERIOR_TUBERCLE[5], POSTERIOR_TUBERCLE[6]], 0.004)],
    insertion: [at('rib2', 'outer surface of the second rib, behind the attachment of serratus anterior', [[0.0691, -0.0585, 1.4559]], 0.005)],
    path: between([0.034, -0.039, 1.528], [0.068, -0.062, 1.461], 5, [0.009, -0.004, 0.003]),
    facing: [0.8, -0.5, 0.3],
    profile: band([[0, 0.012, 0.005], [0.4, 0.014, 0.008], [1, 0.012, 0.005]]),
  },
];

/** The intermediate tendons of digastric and omohyoid. */
export const neckTendons: readonly Tendon[] = [
  {
    id: 'digastrictendon',
    name: 'Intermediate tendon of digastric',
    of: ['anteriordigastric', 'posteriordigastric'],
    path: DIGASTRIC_TENDON,
    facing: [0, 0, 1],
    profile: band([[0, 0.004, 0.004], [1, 0.004, 0.004]]),
  },
  {
    id: 'omohyoidtendon',
    name: 'Intermediate tendon of omohyoid',
    of: ['inferioromohyoid', 'superioromohyoid'],
    path: OMOHYOID_TENDON,
    facing: [0, 1, 0],
    profile: band([[0, 0.005, 0.003], [1, 0.005, 0.003]]),
  },
];
