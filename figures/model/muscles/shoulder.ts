import type { Attachment, BellyStation, Muscle, Tendon, Vec3 } from '../types';

/**
 * Muscles of the right shoulder: pectoralis major (three parts), pectoralis minor, subclavius,
 * serratus anterior, the three-part deltoid, the rotator cuff, teres major. Trapezius, latissimus
 * dorsi, levator scapulae and the rhomboids are back muscles (figures/model/muscles/back.ts): the
 * shoulder's pages show them through same_as.
 *
 * Coordinates from the landmarks of figures/model/bones/LANDMARKS.md. The scapula's dorsal surface
 * faces backward and a little laterally; its costal surface faces the ribs.
 */

const ANTERIOR: Vec3 = [0, 1, 0];
const SCAPULA_DORSAL: Vec3 = [0.6, -0.8, 0];
const SCAPULA_COSTAL: Vec3 = [-0.6, 0.8, 0];

const at = (bone: string, area: string, points: readonly Vec3[], radius = 0.006): Attachment => ({ bone, area, points, radius });

const DELTOID_TUBEROSITY = at('humerus', 'deltoid tuberosity', [[0.2211, -0.0118, 1.3003]], 0.007);
const LATERAL_LIP = (what: string, points: readonly Vec3[]): Attachment =>
  at('humerus', `lateral lip of the intertubercular sulcus (${what})`, points, 0.005);

const band = (stations: readonly [number, number, number][]): BellyStation[] => stations.map(([t, w, d]) => ({ t, w, d }));

export const shoulderMuscles: readonly Muscle[] = [
  // --- Pectoralis major: a fan from the clavicle, sternum, cartilages and rectus sheath to the humerus.
  {
    id: 'clavicularpectoralismajor',
    name: 'Clavicular part of pectoralis major',
    shape: 'fan',
    depth: 'superficial',
    origin: [at('clavicle', 'anterior surface of the medial half of the clavicle', [[0.052, 0.0463, 1.4751], [0.0685, 0.0483, 1.4778], [0.09, 0.044, 1.479]], 0.006)],
    insertion: [LATERAL_LIP('front layer of the tendon, lowest', [[0.2136, 0.009, 1.3904], [0.2108, 0.0063, 1.3348]])],
    path: [
      [0.07, 0.062, 1.462],
      [0.12, 0.062, 1.435],
      [0.17, 0.046, 1.395],
      [0.205, 0.024, 1.36],
    ],
    facing: [[0, 1, 0.3], [0.2, 1, 0.2], [0.5, 1, 0], [0.9, 0.6, 0]],
    profile: band([[0, 0.05, 0.01], [0.35, 0.05, 0.014], [0.75, 0.035, 0.014], [1, 0.022, 0.008]]),
  },
  {
    id: 'sternocostalpectoralismajor',
    name: 'Sternocostal part of pectoralis major',
    shape: 'fan',
    depth: 'superficial',
    origin: [
      at('sternum', 'anterior surface of the manubrium and body of the sternum', [[0.0122, 0.0442, 1.4398], [0.0131, 0.0676, 1.3552], [0.004, 0.078, 1.31]], 0.007),
      at('costalcartilage2', 'second costal cartilage', [[0.0414, 0.0508, 1.4043]], 0.006),
      at('costalcartilage3', 'third costal cartilage', [[0.0483, 0.059, 1.3736]], 0.006),
      at('costalcartilage4', 'fourth costal cartilage', [[0.0542, 0.0646, 1.3453]], 0.006),
      at('costalcartilage5', 'fifth costal cartilage', [[0.052, 0.0765, 1.2861]], 0.006),
      at('costalcartilage6', 'sixth costal cartilage', [[0.0522, 0.079, 1.25]], 0.006),
    ],
    insertion: [LATERAL_LIP('deep layer of the tendon', [[0.2136, 0.009, 1.3904], [0.212, 0.0075, 1.36]])],
    path: [
      [0.035, 0.082, 1.35],
      [0.09, 0.085, 1.35],
      [0.145, 0.066, 1.36],
      [0.185, 0.038, 1.37],
      [0.208, 0.02, 1.375],
    ],
    facing: [[0, 1, 0], [0.15, 1, 0], [0.4, 1, 0], [0.7, 0.8, 0], [0.9, 0.5, 0]],
    profile: band([[0, 0.17, 0.012], [0.3, 0.15, 0.018], [0.6, 0.09, 0.02], [0.85, 0.045, 0.016], [1, 0.028, 0.008]]),
  },
  {
    id: 'abdominalpectoralismajor',
    name: 'Abdominal part of pectoralis major',
    shape: 'flat',
    depth: 'superficial',
    origin: [
      { bone: null, area: 'aponeurosis of the external oblique, at the anterior layer of the rectus sheath', points: [[0.06, 0.09, 1.24]], radius: 0.01 },
      at('costalcartilage6', 'sixth costal cartilage, near the rectus sheath', [[0.0528, 0.0758, 1.2446]], 0.006),
    ],
    insertion: [LATERAL_LIP('upper part, deep layer of the tendon', [[0.2136, 0.009, 1.3904], [0.2125, 0.0085, 1.375]])],
    path: [
      [0.065, 0.092, 1.245],
      [0.11, 0.082, 1.27],
      [0.155, 0.055, 1.31],
      [0.19, 0.03, 1.35],
      [0.208, 0.016, 1.38],
    ],
    facing: [[0, 1, 0], [0.3, 1, 0], [0.6, 0.8, 0], [0.8, 0.6, 0], [0.9, 0.4, 0]],
    profile: band([[0, 0.045, 0.008], [0.4, 0.05, 0.012], [0.8, 0.03, 0.012], [1, 0.018, 0.006]]),
  },
  {
    id: 'pectoralisminor',
    name: 'Pectoralis minor',
    shape: 'flat',
    depth: 'intermediate',
    origin: [
      at('rib3', 'outer surface of the third rib near its cartilage', [[0.0835, 0.0557, 1.3606]], 0.006),
      at('rib4', 'outer surface of the fourth rib near its cartilage', [[0.0928, 0.061, 1.3284]], 0.006),
      at('rib5', 'outer surface of the fifth rib near its cartilage', [[0.0982, 0.0639, 1.2927]], 0.006),
    ],
    insertion: [at('scapula', 'medial border and upper surface of the coracoid process', [[0.145, 0.0129, 1.4681], [0.1598, 0.031, 1.4563]], 0.005)],
    path: [
      [0.098, 0.067, 1.325],
      [0.12, 0.058, 1.38],
      [0.14, 0.043, 1.43],
      [0.152, 0.03, 1.457],
    ],
    facing: [0.3, 1, 0.2],
    profile: band([[0, 0.07, 0.008], [0.4, 0.05, 0.012], [0.85, 0.022, 0.01], [1, 0.012, 0.006]]),
  },
  {
    id: 'subclavius',
    name: 'Subclavius',
    shape: 'fusiform',
    depth: 'deep',
    origin: [at('rib1', 'junction of the first rib and its costal cartilage', [[0.0463, 0.0298, 1.4353]], 0.005)],
    insertion: [at('clavicle', 'subclavian groove, inferior surface of the middle third', [[0.1078, 0.0338, 1.4784], [0.09, 0.036, 1.474]], 0.005)],
    path: [
      [0.052, 0.034, 1.443],
      [0.075, 0.037, 1.46],
      [0.105, 0.034, 1.468],
    ],
    facing: ANTERIOR,
    profile: band([[0, 0.008, 0.006], [0.5, 0.014, 0.01], [1, 0.012, 0.006]]),
  },
  // --- Serratus anterior: digitations on ribs 1-8, wrapping the chest wall back to the scapula.
  {
    id: 'serratusanteriorupper',
    name: 'Serratus anterior (upper digitations)',
    shape: 'sheet',
    depth: 'intermediate',
    origin: [
      at('rib1', 'outer border of the first rib', [[0.0681, -0.02, 1.4722]], 0.006),
      at('rib2', 'outer surface of the second rib', [[0.0879, -0.0199, 1.4344]], 0.007),
    ],
    insertion: [at('scapula', 'costal surface of the superior angle', [[0.0718, -0.1234, 1.4678], [0.0705, -0.1245, 1.452]], 0.006)],
    path: [
      [0.086, -0.015, 1.449],
      [0.078, -0.045, 1.454],
      [0.072, -0.066, 1.457],
      [0.073, -0.09, 1.46],
      [0.074, -0.114, 1.462],
    ],
    facing: [[1, 0.1, 0], [1, -0.4, 0], [0.8, -0.6, 0], [0.7, -0.7, 0], [0.6, -0.8, 0]],
    profile: band([[0, 0.07, 0.01], [0.5, 0.06, 0.01], [1, 0.04, 0.009]]),
  },
  {
    id: 'serratusanteriormiddle',
    name: 'Serratus anterior (middle digitations)',
    shape: 'sheet',
    depth: 'intermediate',
    origin: [
      at('rib3', 'outer surface of the third rib', [[0.1025, -0.0195, 1.4092]], 0.007),
      at('rib4', 'outer surface of the fourth rib', [[0.1124, 0.0265, 1.3539]], 0.007),
    ],
    insertion: [at('scapula', 'costal surface of the medial border', [[0.0721, -0.1243, 1.4297], [0.0749, -0.1193, 1.3902]], 0.006)],
    path: [
      [0.11, 0.028, 1.36],
      [0.118, -0.02, 1.376],
      [0.091, -0.072, 1.395],
      [0.081, -0.095, 1.4],
      [0.076, -0.114, 1.404],
    ],
    facing: [[0.8, 0.6, 0], [1, 0, 0], [0.7, -0.7, 0], [0.6, -0.8, 0], [0.55, -0.85, 0]],
    profile: band([[0, 0.11, 0.01], [0.45, 0.1, 0.01], [1, 0.08, 0.009]]),
  },
  {
    id: 'serratusanteriorlower',
    name: 'Serratus anterior (lower digitations)',
    shape: 'sheet',
    depth: 'intermediate',
    origin: [
      at('rib5', 'outer surface of the fifth rib', [[0.1222, 0.0275, 1.3224]], 0.007),
      at('rib6', 'outer surface of the sixth rib', [[0.1296, 0.0274, 1.2949]], 0.007),
      at('rib7', 'outer surface of the seventh rib', [[0.1354, 0.0235, 1.2681]], 0.007),
      at('rib8', 'outer surface of the eighth rib', [[0.1401, 0.0142, 1.2369]], 0.007),
    ],
    insertion: [at('scapula', 'costal surface of the inferior angle', [[0.0894, -0.1114, 1.3049], [0.085, -0.1161, 1.3301]], 0.007)],
    path: [
      [0.137, 0.029, 1.285],
      [0.142, -0.022, 1.31],
      [0.11, -0.077, 1.326],
      [0.097, -0.096, 1.318],
      [0.093, -0.104, 1.316],
    ],
    facing: [[0.8, 0.6, 0], [1, 0, 0], [0.7, -0.7, 0], [0.6, -0.8, 0], [0.55, -0.85, 0]],
    profile: band([[0, 0.13, 0.01], [0.4, 0.11, 0.01], [0.8, 0.06, 0.009], [1, 0.045, 0.008]]),
  },
  // --- Deltoid: three parts capping the shoulder, converging on the deltoid tuberosity.
  {
    id: 'claviculardeltoid',
    name: 'Clavicular part of deltoid',
    shape: 'pennate',
    depth: 'superficial',
    origin: [at('clavicle', 'anterior border and upper surface of the lateral third of the clavicle', [[0.1548, 0.0134, 1.4891], [0.1512, 0.0053, 1.4936], [0.172, 0.0, 1.49]], 0.005)],
    insertion: [DELTOID_TUBEROSITY],
    path: [
      [0.16, 0.028, 1.478],
      [0.2, 0.042, 1.44],
      [0.228, 0.03, 1.385],
      [0.237, 0.01, 1.33],
      [0.233, -0.005, 1.302],
    ],
    facing: [[0, 1, 0.5], [0.4, 1, 0.2], [0.7, 0.8, 0], [0.9, 0.4, 0], [1, 0.1, 0]],
    profile: band([[0, 0.05, 0.012], [0.3, 0.065, 0.024], [0.65, 0.05, 0.022], [1, 0.016, 0.008]]),
  },
  {
    id: 'acromialdeltoid',
    name: 'Acromial part of deltoid',
    shape: 'pennate',
    depth: 'superficial',
    origin: [at('scapula', 'lateral margin and upper surface of the acromion', [[0.1906, 0.0065, 1.4852], [0.2061, -0.0304, 1.4832], [0.1885, -0.0305, 1.4875]], 0.006)],
    insertion: [DELTOID_TUBEROSITY],
    path: [
      [0.213, -0.02, 1.485],
      [0.243, -0.018, 1.44],
      [0.248, -0.016, 1.38],
      [0.236, -0.013, 1.31],
    ],
    facing: [[0.6, 0, 1], [1, 0, 0.3], [1, 0, 0], [1, 0, 0]],
    profile: band([[0, 0.05, 0.012], [0.3, 0.07, 0.026], [0.7, 0.05, 0.024], [1, 0.016, 0.008]]),
  },
  {
    id: 'scapulardeltoid',
    name: 'Scapular part of deltoid',
    shape: 'pennate',
    depth: 'superficial',
    origin: [at('scapula', 'lower lip of the crest of the spine of the scapula', [[0.1359, -0.0905, 1.4385], [0.1554, -0.071, 1.4477], [0.1876, -0.0614, 1.4812]], 0.005)],
    insertion: [DELTOID_TUBEROSITY],
    path: [
      [0.16, -0.083, 1.43],
      [0.2, -0.064, 1.41],
      [0.229, -0.043, 1.37],
      [0.236, -0.022, 1.32],
      [0.232, -0.016, 1.302],
    ],
    facing: [[0.3, -1, 0.2], [0.5, -1, 0], [0.8, -0.6, 0], [1, -0.3, 0], [1, -0.1, 0]],
    profile: band([[0, 0.06, 0.012], [0.3, 0.065, 0.022], [0.7, 0.045, 0.02], [1, 0.016, 0.008]]),
  },
  // --- Rotator cuff and teres major.
  {
    id: 'supraspinatus',
    name: 'Supraspinatus',
    shape: 'pennate',
    depth: 'deep',
    origin: [at('scapula', 'medial two thirds of the supraspinous fossa', [[0.0907, -0.1127, 1.4517], [0.1203, -0.0853, 1.4548]], 0.008)],
    insertion: [at('humerus', 'superior facet of the greater tubercle', [[0.2133, -0.0049, 1.4511]], 0.006)],
    path: [
      [0.088, -0.116, 1.465],
      [0.12, -0.088, 1.468],
      [0.15, -0.058, 1.47],
      [0.175, -0.035, 1.472],
    ],
    facing: [0.3, -0.4, 1],
    profile: band([[0, 0.022, 0.012], [0.35, 0.034, 0.02], [0.75, 0.03, 0.018], [1, 0.02, 0.01]]),
  },
  {
    id: 'infraspinatus',
    name: 'Infraspinatus',
    shape: 'pennate',
    depth: 'intermediate',
    origin: [at('scapula', 'medial two thirds of the infraspinous fossa', [[0.1083, -0.0974, 1.4097], [0.1038, -0.1019, 1.3798], [0.0949, -0.1094, 1.3453]], 0.012)],
    insertion: [at('humerus', 'middle facet of the greater tubercle', [[0.2215, -0.013, 1.4442]], 0.006)],
    path: [
      [0.092, -0.118, 1.385],
      [0.125, -0.098, 1.4],
      [0.16, -0.07, 1.415],
      [0.19, -0.045, 1.432],
    ],
    facing: SCAPULA_DORSAL,
    profile: band([[0, 0.09, 0.012], [0.35, 0.08, 0.02], [0.75, 0.045, 0.02], [1, 0.025, 0.012]]),
  },
  {
    id: 'teresminor',
    name: 'Teres minor',
    shape: 'fusiform',
    depth: 'intermediate',
    origin: [at('scapula', 'upper two thirds of the lateral border, dorsal surface', [[0.1454, -0.058, 1.4052], [0.1273, -0.0803, 1.3753]], 0.006)],
    insertion: [at('humerus', 'inferior facet of the greater tubercle', [[0.2187, -0.0162, 1.4307]], 0.006)],
    path: [
      [0.13, -0.086, 1.375],
      [0.155, -0.07, 1.395],
      [0.18, -0.05, 1.41],
      [0.2, -0.037, 1.42],
    ],
    facing: SCAPULA_DORSAL,
    profile: band([[0, 0.016, 0.01], [0.4, 0.024, 0.018], [1, 0.016, 0.01]]),
  },
  {
    id: 'subscapularis',
    name: 'Subscapularis',
    shape: 'pennate',
    depth: 'deep',
    origin: [at('scapula', 'medial two thirds of the subscapular fossa', [[0.1054, -0.0944, 1.4293], [0.1006, -0.0987, 1.3902], [0.0926, -0.1057, 1.3498]], 0.012)],
    insertion: [at('humerus', 'lesser tubercle', [[0.2004, 0.0145, 1.4235]], 0.006)],
    path: [
      [0.092, -0.097, 1.4],
      [0.12, -0.068, 1.41],
      [0.15, -0.035, 1.418],
      [0.178, -0.004, 1.423],
    ],
    facing: SCAPULA_COSTAL,
    profile: band([[0, 0.08, 0.006], [0.35, 0.075, 0.014], [0.75, 0.045, 0.014], [1, 0.024, 0.008]]),
  },
  {
    id: 'teresmajor',
    name: 'Teres major',
    shape: 'fusiform',
    depth: 'superficial',
    origin: [at('scapula', 'dorsal surface of the inferior angle', [[0.0954, -0.111, 1.3182], [0.0894, -0.1114, 1.3049]], 0.008)],
    insertion: [at('humerus', 'medial lip of the intertubercular sulcus (crest of the lesser tubercle)', [[0.1988, 0.0091, 1.3843]], 0.005)],
    path: [
      [0.107, -0.125, 1.328],
      [0.135, -0.104, 1.343],
      [0.163, -0.072, 1.358],
      [0.175, -0.038, 1.368],
      [0.184, -0.018, 1.374],
    ],
    facing: [[0.5, -1, 0], [0.6, -0.8, 0], [0.4, -1, -0.3], [0, -1, -0.6], [-0.4, -0.6, -0.6]],
    profile: band([[0, 0.026, 0.008], [0.35, 0.04, 0.02], [0.75, 0.03, 0.014], [1, 0.018, 0.006]]),
  },
];

const cord = (w: number, d = w): BellyStation[] => [
  { t: 0, w, d },
  { t: 1, w, d },
];

export const shoulderTendons: readonly Tendon[] = [
  {
    id: 'pectoralismajortendon',
    name: 'Tendon of pectoralis major',
    of: ['clavicularpectoralismajor', 'sternocostalpectoralismajor', 'abdominalpectoralismajor'],
    path: [
      [0.205, 0.022, 1.385],
      [0.212, 0.012, 1.365],
      [0.214, 0.01, 1.345],
    ],
    facing: [0.8, 0.6, 0],
    profile: cord(0.03, 0.004),
  },
  {
    id: 'supraspinatustendon',
    name: 'Tendon of supraspinatus',
    of: ['supraspinatus'],
    path: [
      [0.172, -0.035, 1.472],
      [0.195, -0.018, 1.47],
      [0.21, -0.007, 1.458],
    ],
    facing: [0.3, 0, 1],
    profile: cord(0.018, 0.004),
  },
  {
    id: 'infraspinatustendon',
    name: 'Tendon of infraspinatus',
    of: ['infraspinatus'],
    path: [
      [0.188, -0.046, 1.432],
      [0.207, -0.033, 1.44],
      [0.22, -0.018, 1.444],
    ],
    facing: [0.6, -0.8, 0],
    profile: cord(0.018, 0.004),
  },
  {
    id: 'teresminortendon',
    name: 'Tendon of teres minor',
    of: ['teresminor'],
    path: [
      [0.198, -0.038, 1.42],
      [0.212, -0.028, 1.427],
      [0.219, -0.02, 1.43],
    ],
    facing: [0.6, -0.8, 0],
    profile: cord(0.012, 0.004),
  },
  {
    id: 'subscapularistendon',
    name: 'Tendon of subscapularis',
    of: ['subscapularis'],
    path: [
      [0.176, -0.004, 1.423],
      [0.19, 0.012, 1.424],
      [0.2, 0.018, 1.423],
    ],
    facing: [-0.3, 1, 0],
    profile: cord(0.02, 0.004),
  },
  {
    id: 'teresmajortendon',
    name: 'Tendon of teres major',
    of: ['teresmajor'],
    path: [
      [0.182, -0.02, 1.374],
      [0.19, -0.004, 1.38],
      [0.197, 0.008, 1.384],
    ],
    facing: [-1, 0.3, 0],
    profile: cord(0.018, 0.004),
  },
];
