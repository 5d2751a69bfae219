import type { Attachment, BellyStation, Muscle, Tendon, Vec3 } from '../types';

/**
 * Muscles of the right arm: biceps brachii (two heads, its tendon and the bicipital aponeurosis),
 * coracobrachialis and brachialis in front; triceps brachii (three heads) behind.
 * Coordinates from figures/model/bones/LANDMARKS.md: the humeral shaft runs down at x ≈ 0.207,
 * y ≈ -0.015, from the surgical neck (z 1.40) to the epicondyles (z 1.126).
 */

const ANTERIOR: Vec3 = [0, 1, 0];
const POSTERIOR: Vec3 = [0, -1, 0];

const at = (bone: string, area: string, points: readonly Vec3[], radius = 0.006): Attachment => ({ bone, area, points, radius });
const band = (stations: readonly [number, number, number][]): BellyStation[] => stations.map(([t, w, d]) => ({ t, w, d }));
const cord = (w: number, d = w): BellyStation[] => [
  { t: 0, w, d },
  { t: 1, w, d },
];

const CORACOID_TIP = (what: string): Attachment => at('scapula', `tip of the coracoid process (${what})`, [[0.1598, 0.031, 1.4563]], 0.005);
const RADIAL_TUBEROSITY = at('radius', 'rough posterior part of the radial tuberosity, through the common tendon', [[0.213, -0.0036, 1.0596]], 0.005);
const OLECRANON = at('ulna', 'upper surface of the olecranon, through the common tendon of triceps', [[0.1993, -0.03, 1.1459], [0.1992, -0.0379, 1.1282]], 0.006);

export const armMuscles: readonly Muscle[] = [
  {
    id: 'longbicepsbrachii',
    name: 'Long head of biceps brachii',
    shape: 'fusiform',
    depth: 'superficial',
    origin: [at('scapula', 'supraglenoid tubercle', [[0.166, -0.023, 1.4605]], 0.005)],
    insertion: [RADIAL_TUBEROSITY],
    path: [
      [0.214, 0.02, 1.335],
      [0.22, 0.036, 1.27],
      [0.218, 0.042, 1.2],
      [0.213, 0.034, 1.15],
    ],
    facing: [0.5, 1, 0],
    profile: band([[0, 0.012, 0.01], [0.3, 0.028, 0.024], [0.65, 0.032, 0.03], [1, 0.018, 0.012]]),
  },
  {
    id: 'shortbicepsbrachii',
    name: 'Short head of biceps brachii',
    shape: 'fusiform',
    depth: 'superficial',
    origin: [CORACOID_TIP('with coracobrachialis')],
    insertion: [RADIAL_TUBEROSITY],
    path: [
      [0.172, 0.032, 1.39],
      [0.19, 0.038, 1.3],
      [0.2, 0.042, 1.21],
      [0.206, 0.034, 1.15],
    ],
    facing: [-0.4, 1, 0],
    profile: band([[0, 0.012, 0.01], [0.3, 0.026, 0.022], [0.65, 0.03, 0.028], [1, 0.018, 0.012]]),
  },
  {
    id: 'coracobrachialis',
    name: 'Coracobrachialis',
    shape: 'fusiform',
    depth: 'intermediate',
    origin: [CORACOID_TIP('by a tendon shared with the short head of biceps')],
    insertion: [at('humerus', 'middle of the medial surface of the shaft', [[0.1967, -0.0148, 1.2793], [0.198, -0.012, 1.3]], 0.005)],
    path: [
      [0.165, 0.024, 1.425],
      [0.176, 0.012, 1.37],
      [0.186, 0.0, 1.32],
      [0.193, -0.01, 1.285],
    ],
    facing: [-1, 0.4, 0],
    profile: band([[0, 0.012, 0.008], [0.4, 0.022, 0.016], [1, 0.012, 0.006]]),
  },
  {
    id: 'brachialis',
    name: 'Brachialis',
    shape: 'pennate',
    depth: 'deep',
    origin: [at('humerus', 'distal half of the anterior surface of the humerus', [[0.212, -0.004, 1.27], [0.2077, -0.0058, 1.2103], [0.2062, -0.0087, 1.1593]], 0.008)],
    insertion: [
      at('ulna', 'coronoid process', [[0.1964, 0.0057, 1.0984]], 0.005),
      at('ulna', 'tuberosity of the ulna', [[0.1978, 0.0009, 1.0803]], 0.005),
    ],
    path: [
      [0.21, 0.004, 1.27],
      [0.208, 0.012, 1.2],
      [0.204, 0.016, 1.14],
      [0.199, 0.01, 1.095],
    ],
    facing: ANTERIOR,
    profile: band([[0, 0.025, 0.01], [0.35, 0.045, 0.018], [0.75, 0.045, 0.02], [1, 0.022, 0.01]]),
  },
  {
    id: 'longtricepsbrachii',
    name: 'Long head of triceps brachii',
    shape: 'pennate',
    depth: 'superficial',
    origin: [at('scapula', 'infraglenoid tubercle', [[0.1614, -0.0261, 1.4146]], 0.005)],
    insertion: [OLECRANON],
    path: [
      [0.168, -0.036, 1.39],
      [0.185, -0.052, 1.32],
      [0.196, -0.056, 1.24],
      [0.2, -0.05, 1.18],
    ],
    facing: [-0.5, -1, 0],
    profile: band([[0, 0.014, 0.01], [0.3, 0.03, 0.022], [0.7, 0.032, 0.022], [1, 0.02, 0.01]]),
  },
  {
    id: 'lateraltricepsbrachii',
    name: 'Lateral head of triceps brachii',
    shape: 'pennate',
    depth: 'superficial',
    origin: [at('humerus', 'posterior surface above and lateral to the radial groove', [[0.2121, -0.0221, 1.3693], [0.2106, -0.0234, 1.31]], 0.006)],
    insertion: [OLECRANON],
    path: [
      [0.218, -0.032, 1.37],
      [0.225, -0.046, 1.3],
      [0.219, -0.054, 1.23],
      [0.207, -0.05, 1.18],
    ],
    facing: [0.6, -1, 0],
    profile: band([[0, 0.016, 0.01], [0.3, 0.03, 0.02], [0.7, 0.03, 0.02], [1, 0.018, 0.01]]),
  },
  {
    id: 'medialtricepsbrachii',
    name: 'Medial head of triceps brachii',
    shape: 'pennate',
    depth: 'deep',
    origin: [at('humerus', 'posterior surface below and medial to the radial groove', [[0.2062, -0.0252, 1.2207], [0.2017, -0.026, 1.16]], 0.007)],
    insertion: [OLECRANON],
    path: [
      [0.204, -0.034, 1.28],
      [0.201, -0.038, 1.22],
      [0.2, -0.038, 1.17],
      [0.2, -0.034, 1.152],
    ],
    facing: POSTERIOR,
    profile: band([[0, 0.016, 0.008], [0.35, 0.036, 0.014], [0.8, 0.036, 0.012], [1, 0.02, 0.006]]),
  },
];

export const armTendons: readonly Tendon[] = [
  {
    id: 'longbicepstendon',
    name: 'Tendon of the long head of biceps brachii',
    of: ['longbicepsbrachii'],
    path: [
      [0.168, -0.02, 1.466],
      [0.19, -0.01, 1.468],
      [0.206, 0.004, 1.44],
      [0.208, 0.008, 1.405],
      [0.209, 0.01, 1.375],
      [0.214, 0.018, 1.335],
    ],
    facing: [0.3, 0, 1],
    profile: cord(0.006, 0.005),
  },
  {
    id: 'shortbicepstendon',
    name: 'Tendon of the short head of biceps brachii and of coracobrachialis',
    of: ['shortbicepsbrachii', 'coracobrachialis'],
    path: [
      [0.16, 0.032, 1.455],
      [0.165, 0.032, 1.425],
      [0.172, 0.032, 1.39],
    ],
    facing: ANTERIOR,
    profile: cord(0.012, 0.005),
  },
  {
    id: 'bicepstendon',
    name: 'Tendon of biceps brachii',
    of: ['longbicepsbrachii', 'shortbicepsbrachii'],
    path: [
      [0.21, 0.03, 1.155],
      [0.212, 0.026, 1.11],
      [0.214, 0.014, 1.08],
      [0.214, 0.0, 1.064],
    ],
    facing: ANTERIOR,
    profile: [
      { t: 0, w: 0.018, d: 0.006 },
      { t: 1, w: 0.01, d: 0.005 },
    ],
  },
  {
    id: 'bicipitalaponeurosis',
    name: 'Bicipital aponeurosis',
    of: ['longbicepsbrachii', 'shortbicepsbrachii'],
    path: [
      [0.206, 0.032, 1.14],
      [0.196, 0.03, 1.11],
      [0.186, 0.024, 1.08],
      [0.18, 0.018, 1.05],
    ],
    facing: [-0.2, 1, 0],
    profile: [
      { t: 0, w: 0.012, d: 0.002 },
      { t: 0.6, w: 0.022, d: 0.002 },
      { t: 1, w: 0.026, d: 0.002 },
    ],
  },
  {
    id: 'tricepstendon',
    name: 'Common tendon of triceps brachii',
    of: ['longtricepsbrachii', 'lateraltricepsbrachii', 'medialtricepsbrachii'],
    path: [
      [0.203, -0.052, 1.2],
      [0.201, -0.046, 1.165],
      [0.2, -0.036, 1.145],
    ],
    facing: POSTERIOR,
    profile: [
      { t: 0, w: 0.036, d: 0.004 },
      { t: 1, w: 0.024, d: 0.006 },
    ],
  },
];
