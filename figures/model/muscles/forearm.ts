import type { Attachment, BellyStation, Muscle, Tendon, Vec3 } from '../types';

/**
 * Muscles of the right forearm, in the anatomical position (supinated: the radius lateral, the palm
 * forward). The superficial flexors fan from the medial epicondyle, the superficial extensors from
 * the lateral epicondyle; the long tendons run on to the wrist and the fingers.
 * Coordinates from figures/model/bones/LANDMARKS.md: at mid-forearm (z 0.97) the radius's centre is
 * near (0.238, -0.003), the ulna's near (0.21, -0.014); the palm faces +y.
 */

const ANTERIOR: Vec3 = [0, 1, 0];
const POSTERIOR: Vec3 = [0, -1, 0];

const at = (bone: string, area: string, points: readonly Vec3[], radius = 0.006): Attachment => ({ bone, area, points, radius });
const band = (stations: readonly [number, number, number][]): BellyStation[] => stations.map(([t, w, d]) => ({ t, w, d }));
const cord = (w: number, d = w): BellyStation[] => [
  { t: 0, w, d },
  { t: 1, w, d },
];
const add = (p: Vec3, dx: number, dy: number, dz = 0): Vec3 => [p[0] + dx, p[1] + dy, p[2] + dz];

const COMMON_FLEXOR = (what: string): Attachment => at('humerus', `medial epicondyle, through the common flexor tendon${what}`, [[0.1748, -0.0136, 1.1263], [0.1687, -0.0193, 1.1262]], 0.005);
const COMMON_EXTENSOR = (what: string): Attachment => at('humerus', `lateral epicondyle, through the common extensor tendon${what}`, [[0.2318, -0.0135, 1.1263], [0.2365, -0.0193, 1.1263]], 0.005);
const PISIFORM_ETC: Attachment[] = [
  at('pisiform', 'pisiform bone', [[0.2297, 0.0082, 0.8447]], 0.005),
  at('hamate', 'hook of the hamate, through the pisohamate ligament', [[0.2288, 0.0068, 0.8267]], 0.004),
  at('metacarpal5', 'base of the fifth metacarpal, through the pisometacarpal ligament', [[0.2227, 0.0006, 0.8197]], 0.004),
];

/** The fingers' landmarks (LANDMARKS.md), index to little finger. */
interface Digit {
  readonly n: 2 | 3 | 4 | 5;
  readonly name: string;
  readonly mcBaseD: Vec3;
  readonly mcBaseP: Vec3;
  readonly mcShaftD: Vec3;
  readonly mcShaftP: Vec3;
  readonly mcHead: Vec3;
  readonly ppBaseD: Vec3;
  readonly ppBaseP: Vec3;
  readonly ppShaft: Vec3;
  readonly mpBaseD: Vec3;
  readonly mpBaseP: Vec3;
  readonly dpBaseP: Vec3;
}
const DIGITS: readonly Digit[] = [
  { n: 2, name: 'index finger', mcBaseD: [0.2528, -0.0102, 0.8195], mcBaseP: [0.2528, 0.0013, 0.8195], mcShaftD: [0.2544, -0.0054, 0.7865], mcShaftP: [0.2544, 0.0003, 0.7866], mcHead: [0.2573, -0.0013, 0.7476], ppBaseD: [0.2572, -0.0048, 0.7434], ppBaseP: [0.2572, 0.0039, 0.7449], ppShaft: [0.2618, 0.0023, 0.7269], mpBaseD: [0.2595, 0.0015, 0.7031], mpBaseP: [0.2605, 0.0084, 0.7029], dpBaseP: [0.2614, 0.0128, 0.6778] },
  { n: 3, name: 'middle finger', mcBaseD: [0.2424, -0.0104, 0.8187], mcBaseP: [0.2425, 0.0017, 0.8173], mcShaftD: [0.2439, -0.0056, 0.7857], mcShaftP: [0.2434, 0.0008, 0.7865], mcHead: [0.2439, 0.0, 0.7484], ppBaseD: [0.2437, -0.005, 0.7449], ppBaseP: [0.2446, 0.0045, 0.7445], ppShaft: [0.248, 0.0022, 0.7241], mpBaseD: [0.2452, 0.002, 0.6986], mpBaseP: [0.2455, 0.0095, 0.6979], dpBaseP: [0.245, 0.0146, 0.6686] },
  { n: 4, name: 'ring finger', mcBaseD: [0.2324, -0.0097, 0.8184], mcBaseP: [0.2324, 0.0009, 0.8185], mcShaftD: [0.2323, -0.005, 0.7899], mcShaftP: [0.2323, 0.0002, 0.79], mcHead: [0.2308, -0.0008, 0.7571], ppBaseD: [0.2303, -0.0044, 0.7537], ppBaseP: [0.2304, 0.0038, 0.7537], ppShaft: [0.233, 0.0026, 0.7343], mpBaseD: [0.2296, 0.0023, 0.7099], mpBaseP: [0.2298, 0.0088, 0.7098], dpBaseP: [0.2284, 0.014, 0.6823] },
  { n: 5, name: 'little finger', mcBaseD: [0.2227, -0.0093, 0.8198], mcBaseP: [0.2227, 0.0006, 0.8197], mcShaftD: [0.2211, -0.0047, 0.7942], mcShaftP: [0.2211, -0.0003, 0.7944], mcHead: [0.2181, -0.0005, 0.7646], ppBaseD: [0.217, -0.0041, 0.7611], ppBaseP: [0.217, 0.0032, 0.7614], ppShaft: [0.2184, 0.0016, 0.7463], mpBaseD: [0.2136, 0.0016, 0.7267], mpBaseP: [0.2141, 0.0074, 0.7259], dpBaseP: [0.2119, 0.011, 0.7065] },
];
const digit = (n: number): Digit => {
  const d = DIGITS.find((x) => x.n === n);
  if (!d) throw new Error(`no digit ${n}`);
  return d;
};
const mid = (a: Vec3, b: Vec3): Vec3 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];

/** A dorsal (extensor) tendon from the back of the wrist to a finger's middle phalanx. */
const extensorPath = (start: readonly Vec3[], d: Digit, end: 'pp' | 'mp' = 'mp'): Vec3[] => {
  const path: Vec3[] = [...start, add(d.mcBaseD, 0, -0.0055), add(d.mcShaftD, 0, -0.005), add(d.mcHead, 0, -0.0125), add(d.ppBaseD, 0, -0.0045)];
  if (end === 'mp') path.push(add(mid(d.ppBaseD, d.mpBaseD), 0, -0.0055), add(d.mpBaseD, 0, -0.003));
  return path;
};
/** A palmar (flexor) tendon through the carpal tunnel to a finger's middle (FDS) or distal (FDP) phalanx. */
const flexorPath = (start: readonly Vec3[], d: Digit, end: 'mp' | 'dp', lift: number): Vec3[] => {
  const path: Vec3[] = [...start, add(d.mcBaseP, 0, 0.006 + lift), add(d.mcShaftP, 0, 0.006 + lift), add(d.mcHead, 0, 0.012 + lift), add(d.ppBaseP, 0, 0.005 + lift), add(mid(d.ppBaseP, d.mpBaseP), 0, 0.005 + lift)];
  if (end === 'mp') path.push(add(d.mpBaseP, 0, 0.002));
  else path.push(add(d.mpBaseP, 0, 0.004), add(d.dpBaseP, 0, 0.002));
  return path;
};

export const forearmMuscles: readonly Muscle[] = [
  // --- Superficial anterior compartment: from the medial epicondyle.
  {
    id: 'pronatorteres',
    name: 'Pronator teres',
    shape: 'fusiform',
    depth: 'superficial',
    origin: [
      at('humerus', 'medial epicondyle (common flexor tendon) and the medial supracondylar ridge', [[0.1748, -0.0136, 1.1263], [0.1852, -0.0178, 1.1652]], 0.005),
      at('ulna', 'medial side of the coronoid process (ulnar head)', [[0.1909, -0.0002, 1.0993]], 0.004),
    ],
    insertion: [at('radius', 'pronator tuberosity, middle of the lateral surface', [[0.2409, -0.0024, 0.9846]], 0.006)],
    path: [
      [0.182, 0.0, 1.125],
      [0.2, 0.018, 1.075],
      [0.222, 0.022, 1.03],
      [0.238, 0.014, 1.0],
      [0.244, 0.004, 0.988],
    ],
    facing: [[-0.3, 1, 0], [0, 1, 0], [0.3, 1, 0], [0.7, 0.7, 0], [1, 0.2, 0]],
    profile: band([[0, 0.016, 0.012], [0.3, 0.026, 0.018], [0.7, 0.022, 0.014], [1, 0.014, 0.006]]),
  },
  {
    id: 'flexorcarpiradialis',
    name: 'Flexor carpi radialis',
    shape: 'fusiform',
    depth: 'superficial',
    origin: [COMMON_FLEXOR('')],
    insertion: [
      at('metacarpal2', 'palmar surface of the base of the second metacarpal', [[0.2528, 0.0013, 0.8195]], 0.004),
      at('metacarpal3', 'slip to the base of the third metacarpal', [[0.2425, 0.0017, 0.8173]], 0.004),
    ],
    path: [
      [0.184, 0.008, 1.11],
      [0.2, 0.026, 1.05],
      [0.218, 0.03, 0.99],
      [0.23, 0.024, 0.94],
    ],
    facing: ANTERIOR,
    profile: band([[0, 0.012, 0.01], [0.3, 0.024, 0.016], [0.7, 0.02, 0.014], [1, 0.01, 0.006]]),
  },
  {
    id: 'palmarislongus',
    name: 'Palmaris longus',
    shape: 'fusiform',
    depth: 'superficial',
    origin: [COMMON_FLEXOR('')],
    insertion: [{ bone: null, area: 'front of the flexor retinaculum and apex of the palmar aponeurosis', points: [[0.241, 0.02, 0.83]], radius: 0.006 }],
    path: [
      [0.184, 0.012, 1.105],
      [0.198, 0.032, 1.06],
      [0.21, 0.038, 1.01],
      [0.218, 0.036, 0.975],
    ],
    facing: ANTERIOR,
    profile: band([[0, 0.01, 0.008], [0.35, 0.018, 0.012], [1, 0.008, 0.005]]),
  },
  {
    id: 'humeralflexorcarpiulnaris',
    name: 'Humeral head of flexor carpi ulnaris',
    shape: 'pennate',
    depth: 'superficial',
    origin: [COMMON_FLEXOR('')],
    insertion: PISIFORM_ETC,
    path: [
      [0.176, -0.008, 1.11],
      [0.184, 0.004, 1.05],
      [0.192, 0.008, 0.99],
      [0.202, 0.008, 0.93],
      [0.21, 0.006, 0.9],
    ],
    facing: [-1, 0.6, 0],
    profile: band([[0, 0.012, 0.01], [0.3, 0.02, 0.014], [0.7, 0.018, 0.012], [1, 0.01, 0.006]]),
  },
  {
    id: 'ulnarflexorcarpiulnaris',
    name: 'Ulnar head of flexor carpi ulnaris',
    shape: 'pennate',
    depth: 'superficial',
    origin: [
      at('ulna', 'medial margin of the olecranon', [[0.1912, -0.0286, 1.1252]], 0.005),
      at('ulna', 'proximal two thirds of the posterior border, through an aponeurosis', [[0.2021, -0.0222, 1.0607], [0.2044, -0.0217, 1.0743]], 0.004),
    ],
    insertion: PISIFORM_ETC,
    path: [
      [0.186, -0.03, 1.11],
      [0.186, -0.022, 1.05],
      [0.19, -0.012, 0.99],
      [0.199, -0.004, 0.93],
      [0.208, 0.0, 0.9],
    ],
    facing: [-1, -0.3, 0],
    profile: band([[0, 0.012, 0.01], [0.3, 0.02, 0.014], [0.7, 0.018, 0.012], [1, 0.01, 0.006]]),
  },
  {
    id: 'humeroulnarflexordigitorumsuperficialis',
    name: 'Humeroulnar head of flexor digitorum superficialis',
    shape: 'pennate',
    depth: 'intermediate',
    origin: [
      COMMON_FLEXOR(''),
      at('ulna', 'medial border of the coronoid process', [[0.1909, -0.0002, 1.0993]], 0.004),
    ],
    insertion: DIGITS.map((d) => at(`handmiddlephalanx${d.n}`, `sides of the shaft of the middle phalanx of the ${d.name}`, [d.mpBaseP], 0.003)),
    path: [
      [0.186, 0.006, 1.095],
      [0.2, 0.016, 1.03],
      [0.212, 0.02, 0.96],
      [0.222, 0.018, 0.905],
    ],
    facing: ANTERIOR,
    profile: band([[0, 0.016, 0.01], [0.3, 0.034, 0.014], [0.7, 0.036, 0.014], [1, 0.024, 0.008]]),
  },
  {
    id: 'radialflexordigitorumsuperficialis',
    name: 'Radial head of flexor digitorum superficialis',
    shape: 'flat',
    depth: 'intermediate',
    origin: [at('radius', 'upper half of the anterior border (oblique line)', [[0.2264, 0.0034, 1.0146], [0.2248, 0.0021, 1.04]], 0.004)],
    insertion: DIGITS.map((d) => at(`handmiddlephalanx${d.n}`, `sides of the shaft of the middle phalanx of the ${d.name}`, [d.mpBaseP], 0.003)),
    path: [
      [0.229, 0.01, 1.03],
      [0.232, 0.016, 0.98],
      [0.23, 0.018, 0.935],
    ],
    facing: ANTERIOR,
    profile: band([[0, 0.012, 0.006], [0.4, 0.022, 0.01], [1, 0.016, 0.006]]),
  },
  // --- Deep anterior compartment.
  {
    id: 'flexordigitorumprofundus',
    name: 'Flexor digitorum profundus',
    shape: 'pennate',
    depth: 'deep',
    origin: [
      at('ulna', 'anterior and medial surfaces of the proximal three quarters', [[0.1943, -0.0136, 1.0502], [0.2037, -0.0057, 1.0203], [0.2084, -0.006, 0.96]], 0.006),
      at('ulna', 'medial side of the coronoid process', [[0.1909, -0.0002, 1.0993]], 0.004),
    ],
    insertion: DIGITS.map((d) => at(`handdistalphalanx${d.n}`, `palmar surface of the base of the distal phalanx of the ${d.name}`, [d.dpBaseP], 0.003)),
    path: [
      [0.196, 0.0, 1.075],
      [0.203, 0.004, 1.01],
      [0.212, 0.006, 0.95],
      [0.222, 0.007, 0.9],
    ],
    facing: ANTERIOR,
    profile: band([[0, 0.02, 0.01], [0.3, 0.036, 0.016], [0.7, 0.034, 0.016], [1, 0.026, 0.008]]),
  },
  {
    id: 'flexorpollicislongus',
    name: 'Flexor pollicis longus',
    shape: 'pennate',
    depth: 'deep',
    origin: [at('radius', 'anterior surface below the oblique line', [[0.2248, 0.0021, 1.04], [0.2353, 0.0042, 0.9606], [0.2427, 0.0036, 0.8946]], 0.005)],
    insertion: [at('handdistalphalanx1', 'palmar surface of the base of the distal phalanx of the thumb', [[0.2923, 0.0426, 0.7475]], 0.003)],
    path: [
      [0.23, 0.01, 1.02],
      [0.237, 0.013, 0.96],
      [0.243, 0.012, 0.91],
    ],
    facing: ANTERIOR,
    profile: band([[0, 0.014, 0.008], [0.4, 0.022, 0.012], [1, 0.014, 0.006]]),
  },
  {
    id: 'pronatorquadratus',
    name: 'Pronator quadratus',
    shape: 'flat',
    depth: 'deep',
    origin: [at('ulna', 'distal quarter of the anterior surface (pronator ridge)', [[0.2157, -0.0073, 0.9003]], 0.008)],
    insertion: [at('radius', 'distal quarter of the anterior surface', [[0.2427, 0.0036, 0.8946]], 0.008)],
    path: [
      [0.216, -0.001, 0.898],
      [0.229, 0.004, 0.897],
      [0.242, 0.009, 0.895],
    ],
    facing: ANTERIOR,
    profile: band([[0, 0.034, 0.006], [0.5, 0.036, 0.008], [1, 0.034, 0.006]]),
    // A thin sheet on the bones: the space in front of it holds the flexor tendons and loose tissue, not muscle.
    fill: 0.002,
  },
  // --- Superficial posterior compartment: from the lateral supracondylar ridge and epicondyle.
  {
    id: 'brachioradialis',
    name: 'Brachioradialis',
    shape: 'fusiform',
    depth: 'superficial',
    origin: [at('humerus', 'proximal two thirds of the lateral supracondylar ridge', [[0.2221, -0.0169, 1.2096], [0.2301, -0.0179, 1.1594]], 0.004)],
    insertion: [at('radius', 'lateral surface of the distal end, above the styloid process', [[0.2583, -0.0067, 0.8797]], 0.005)],
    path: [
      [0.232, -0.01, 1.2],
      [0.247, 0.002, 1.125],
      [0.254, 0.008, 1.05],
      [0.256, 0.006, 0.98],
      [0.258, 0.002, 0.94],
    ],
    facing: [[1, 0, 0], [1, 0.6, 0], [0.8, 0.8, 0], [1, 0.6, 0], [1, 0.3, 0]],
    profile: band([[0, 0.016, 0.01], [0.25, 0.03, 0.02], [0.6, 0.026, 0.018], [1, 0.012, 0.006]]),
  },
  {
    id: 'extensorcarpiradialislongus',
    name: 'Extensor carpi radialis longus',
    shape: 'fusiform',
    depth: 'superficial',
    origin: [at('humerus', 'distal third of the lateral supracondylar ridge', [[0.2301, -0.0179, 1.1594], [0.234, -0.018, 1.14]], 0.004)],
    insertion: [at('metacarpal2', 'dorsal surface of the base of the second metacarpal', [[0.2528, -0.0102, 0.8195]], 0.004)],
    path: [
      [0.24, -0.016, 1.15],
      [0.25, -0.01, 1.09],
      [0.255, -0.008, 1.03],
      [0.256, -0.012, 0.99],
    ],
    facing: [1, -0.3, 0],
    profile: band([[0, 0.014, 0.01], [0.3, 0.022, 0.016], [0.7, 0.02, 0.014], [1, 0.01, 0.006]]),
  },
  {
    id: 'extensorcarpiradialisbrevis',
    name: 'Extensor carpi radialis brevis',
    shape: 'fusiform',
    depth: 'superficial',
    origin: [COMMON_EXTENSOR('')],
    insertion: [at('metacarpal3', 'dorsal surface of the base of the third metacarpal', [[0.2424, -0.0104, 0.8187]], 0.004)],
    path: [
      [0.238, -0.02, 1.115],
      [0.246, -0.02, 1.05],
      [0.25, -0.022, 0.99],
      [0.251, -0.024, 0.95],
    ],
    facing: [0.6, -1, 0],
    profile: band([[0, 0.012, 0.008], [0.3, 0.022, 0.014], [0.7, 0.02, 0.012], [1, 0.01, 0.006]]),
  },
  {
    id: 'extensordigitorum',
    name: 'Extensor digitorum',
    shape: 'pennate',
    depth: 'superficial',
    origin: [COMMON_EXTENSOR('')],
    insertion: DIGITS.map((d) => at(`handmiddlephalanx${d.n}`, `extensor expansion of the ${d.name}, at the base of the middle phalanx`, [d.mpBaseD], 0.003)),
    path: [
      [0.232, -0.026, 1.11],
      [0.233, -0.034, 1.04],
      [0.235, -0.035, 0.97],
      [0.238, -0.03, 0.915],
    ],
    facing: POSTERIOR,
    profile: band([[0, 0.012, 0.01], [0.3, 0.026, 0.014], [0.7, 0.024, 0.014], [1, 0.016, 0.006]]),
  },
  {
    id: 'extensordigitiminimi',
    name: 'Extensor digiti minimi',
    shape: 'fusiform',
    depth: 'superficial',
    origin: [COMMON_EXTENSOR('')],
    insertion: [at('handproximalphalanx5', 'extensor expansion of the little finger', [[0.217, -0.0041, 0.7611]], 0.003)],
    path: [
      [0.227, -0.028, 1.1],
      [0.222, -0.034, 1.03],
      [0.222, -0.034, 0.96],
      [0.226, -0.03, 0.92],
    ],
    facing: POSTERIOR,
    profile: band([[0, 0.008, 0.006], [0.4, 0.012, 0.01], [1, 0.008, 0.005]]),
  },
  {
    id: 'extensorcarpiulnaris',
    name: 'Extensor carpi ulnaris',
    shape: 'fusiform',
    depth: 'superficial',
    origin: [
      COMMON_EXTENSOR(' (humeral head)'),
      at('ulna', 'posterior border, through an aponeurosis (ulnar head)', [[0.2021, -0.0222, 1.0607], [0.2084, -0.0191, 0.9694]], 0.004),
    ],
    insertion: [at('metacarpal5', 'tubercle on the medial side of the base of the fifth metacarpal', [[0.218, -0.0034, 0.8198]], 0.004)],
    path: [
      [0.222, -0.03, 1.1],
      [0.212, -0.031, 1.03],
      [0.209, -0.029, 0.96],
      [0.213, -0.026, 0.91],
    ],
    facing: [-0.6, -1, 0],
    profile: band([[0, 0.012, 0.008], [0.3, 0.02, 0.014], [0.7, 0.018, 0.012], [1, 0.01, 0.006]]),
  },
  {
    id: 'anconeus',
    name: 'Anconeus',
    shape: 'fan',
    depth: 'superficial',
    origin: [at('humerus', 'posterior surface of the lateral epicondyle', [[0.2318, -0.0247, 1.1262]], 0.005)],
    insertion: [
      at('ulna', 'lateral surface of the olecranon', [[0.2086, -0.0286, 1.1207]], 0.004),
      at('ulna', 'upper quarter of the posterior surface', [[0.2044, -0.0217, 1.0743]], 0.005),
    ],
    path: [
      [0.229, -0.031, 1.122],
      [0.222, -0.034, 1.1],
      [0.213, -0.031, 1.08],
    ],
    facing: [0.4, -1, 0],
    profile: band([[0, 0.012, 0.006], [0.5, 0.026, 0.009], [1, 0.03, 0.006]]),
  },
  // --- Deep posterior compartment.
  {
    id: 'supinator',
    name: 'Supinator',
    shape: 'flat',
    depth: 'deep',
    origin: [
      at('humerus', 'lateral epicondyle', [[0.2365, -0.0193, 1.1263]], 0.004),
      at('ulna', 'supinator crest and fossa', [[0.2101, -0.0166, 1.0593]], 0.005),
    ],
    // Round the shaft below the neck, and down it (the shaft leans laterally as it descends): a band, not a spot.
    insertion: [
      at(
        'radius',
        'lateral, posterior and anterior surfaces of the proximal third',
        [-0.009, 0, 0.009].flatMap((dz) =>
          ([[0.2271, -0.0106, 1.0401], [0.2307, -0.0052, 1.0401], [0.2248, 0.0021, 1.0401]] satisfies Vec3[]).map((p) => add(p, -0.2 * dz, 0, dz)),
        ),
        0.006,
      ),
    ],
    path: [
      [0.213, -0.022, 1.072],
      [0.226, -0.022, 1.065],
      [0.238, -0.012, 1.055],
      [0.239, 0.002, 1.045],
      [0.231, 0.01, 1.038],
    ],
    facing: [[0, -1, 0], [0.4, -1, 0], [1, -0.4, 0], [1, 0.4, 0], [0.3, 1, 0]],
    profile: band([[0, 0.02, 0.006], [0.5, 0.03, 0.008], [1, 0.022, 0.006]]),
    // A sheet wrapped round the neck of the radius, under the extensors: it stays a sheet.
    fill: 0.002,
  },
  {
    id: 'abductorpollicislongus',
    name: 'Abductor pollicis longus',
    shape: 'pennate',
    depth: 'deep',
    origin: [
      at('ulna', 'posterior surface below anconeus and supinator', [[0.2084, -0.0191, 0.9694]], 0.005),
      at('radius', 'middle third of the posterior surface', [[0.2352, -0.0103, 0.9545]], 0.005),
    ],
    insertion: [at('metacarpal1', 'radial side of the base of the first metacarpal', [[0.2717, 0.0047, 0.8205]], 0.004)],
    path: [
      [0.218, -0.025, 1.0],
      [0.232, -0.024, 0.955],
      [0.247, -0.02, 0.918],
    ],
    facing: POSTERIOR,
    profile: band([[0, 0.012, 0.006], [0.5, 0.018, 0.01], [1, 0.01, 0.006]]),
  },
  {
    id: 'extensorpollicisbrevis',
    name: 'Extensor pollicis brevis',
    shape: 'fusiform',
    depth: 'deep',
    origin: [at('radius', 'posterior surface of the distal third', [[0.2352, -0.0103, 0.9545]], 0.005)],
    insertion: [at('handproximalphalanx1', 'dorsal surface of the base of the proximal phalanx of the thumb', [[0.2816, 0.019, 0.7743]], 0.003)],
    path: [
      [0.238, -0.02, 0.95],
      [0.246, -0.02, 0.92],
      [0.252, -0.016, 0.9],
    ],
    facing: POSTERIOR,
    profile: band([[0, 0.008, 0.005], [0.5, 0.012, 0.008], [1, 0.008, 0.005]]),
  },
  {
    id: 'extensorpollicislongus',
    name: 'Extensor pollicis longus',
    shape: 'fusiform',
    depth: 'deep',
    origin: [at('ulna', 'middle third of the posterior surface', [[0.2084, -0.0191, 0.9694], [0.2044, -0.0217, 1.0]], 0.005)],
    insertion: [at('handdistalphalanx1', 'dorsal surface of the base of the distal phalanx of the thumb', [[0.2929, 0.0344, 0.7471]], 0.003)],
    path: [
      [0.213, -0.024, 0.99],
      [0.222, -0.026, 0.94],
      [0.232, -0.026, 0.9],
    ],
    facing: POSTERIOR,
    profile: band([[0, 0.008, 0.005], [0.5, 0.014, 0.008], [1, 0.008, 0.005]]),
  },
  {
    id: 'extensorindicis',
    name: 'Extensor indicis',
    shape: 'fusiform',
    depth: 'deep',
    origin: [at('ulna', 'posterior surface of the distal third', [[0.2084, -0.0191, 0.9694], [0.214, -0.018, 0.93]], 0.005)],
    insertion: [at('handproximalphalanx2', 'extensor expansion of the index finger', [[0.2572, -0.0048, 0.7434]], 0.003)],
    path: [
      [0.214, -0.024, 0.95],
      [0.222, -0.024, 0.915],
      [0.23, -0.022, 0.89],
    ],
    facing: POSTERIOR,
    profile: band([[0, 0.008, 0.005], [0.5, 0.012, 0.007], [1, 0.008, 0.005]]),
  },
];

const THUMB_DORSAL: Vec3[] = [
  [0.262, -0.011, 0.875],
  [0.268, -0.004, 0.852],
  [0.272, 0.0, 0.832],
];

export const forearmTendons: readonly Tendon[] = [
  {
    id: 'commonflexortendon',
    name: 'Common flexor tendon',
    of: ['pronatorteres', 'flexorcarpiradialis', 'palmarislongus', 'humeralflexorcarpiulnaris', 'humeroulnarflexordigitorumsuperficialis'],
    path: [
      [0.172, -0.014, 1.128],
      [0.18, -0.006, 1.118],
    ],
    facing: ANTERIOR,
    profile: cord(0.016, 0.008),
  },
  {
    id: 'commonextensortendon',
    name: 'Common extensor tendon',
    of: ['extensorcarpiradialisbrevis', 'extensordigitorum', 'extensordigitiminimi', 'extensorcarpiulnaris'],
    path: [
      [0.236, -0.018, 1.13],
      [0.232, -0.024, 1.115],
    ],
    facing: [1, -0.5, 0],
    profile: cord(0.016, 0.008),
  },
  {
    id: 'flexorcarpiradialistendon',
    name: 'Tendon of flexor carpi radialis',
    of: ['flexorcarpiradialis'],
    path: [
      [0.23, 0.024, 0.945],
      [0.242, 0.02, 0.89],
      [0.25, 0.014, 0.855],
      [0.254, 0.008, 0.832],
      [0.253, 0.005, 0.822],
    ],
    facing: ANTERIOR,
    profile: cord(0.006, 0.004),
  },
  {
    id: 'palmarislongustendon',
    name: 'Tendon of palmaris longus',
    of: ['palmarislongus'],
    path: [
      [0.217, 0.036, 0.98],
      [0.228, 0.032, 0.92],
      [0.237, 0.026, 0.87],
      [0.241, 0.021, 0.835],
    ],
    facing: ANTERIOR,
    profile: cord(0.005, 0.003),
  },
  {
    id: 'palmaraponeurosis',
    name: 'Palmar aponeurosis',
    of: ['palmarislongus'],
    path: [
      [0.241, 0.02, 0.835],
      [0.24, 0.018, 0.8],
      [0.238, 0.019, 0.77],
    ],
    facing: ANTERIOR,
    profile: [
      { t: 0, w: 0.008, d: 0.002 },
      { t: 1, w: 0.045, d: 0.002 },
    ],
  },
  {
    id: 'flexorcarpiulnaristendon',
    name: 'Tendon of flexor carpi ulnaris',
    of: ['humeralflexorcarpiulnaris', 'ulnarflexorcarpiulnaris'],
    path: [
      [0.208, 0.004, 0.905],
      [0.218, 0.008, 0.875],
      [0.226, 0.011, 0.855],
      [0.229, 0.012, 0.847],
    ],
    facing: [-1, 0.5, 0],
    profile: cord(0.008, 0.005),
  },
  ...DIGITS.map((d): Tendon => ({
    id: `flexordigitorumsuperficialistendon${d.n}`,
    name: `Tendon of flexor digitorum superficialis to the ${d.name}`,
    of: ['humeroulnarflexordigitorumsuperficialis', 'radialflexordigitorumsuperficialis'],
    path: flexorPath([[0.222 + (d.n - 3.5) * -0.004, 0.02, 0.905], [0.234 + (d.n - 3.5) * -0.005, 0.016, 0.85]], d, 'mp', 0.004),
    facing: ANTERIOR,
    profile: cord(0.005, 0.003),
  })),
  ...DIGITS.map((d): Tendon => ({
    id: `flexordigitorumprofundustendon${d.n}`,
    name: `Tendon of flexor digitorum profundus to the ${d.name}`,
    of: ['flexordigitorumprofundus'],
    path: flexorPath([[0.222 + (d.n - 3.5) * -0.004, 0.008, 0.9], [0.234 + (d.n - 3.5) * -0.005, 0.009, 0.85]], d, 'dp', 0),
    facing: ANTERIOR,
    profile: cord(0.005, 0.003),
  })),
  {
    id: 'flexorpollicislongustendon',
    name: 'Tendon of flexor pollicis longus',
    of: ['flexorpollicislongus'],
    path: [
      [0.243, 0.012, 0.915],
      [0.25, 0.012, 0.87],
      [0.258, 0.012, 0.835],
      [0.268, 0.021, 0.805],
      [0.279, 0.03, 0.781],
      [0.285, 0.036, 0.766],
      [0.292, 0.045, 0.75],
    ],
    facing: ANTERIOR,
    profile: cord(0.005, 0.003),
  },
  {
    id: 'brachioradialistendon',
    name: 'Tendon of brachioradialis',
    of: ['brachioradialis'],
    path: [
      [0.258, 0.003, 0.95],
      [0.261, -0.002, 0.91],
      [0.261, -0.006, 0.882],
    ],
    facing: [1, 0.3, 0],
    profile: cord(0.009, 0.004),
  },
  {
    id: 'extensorcarpiradialislongustendon',
    name: 'Tendon of extensor carpi radialis longus',
    of: ['extensorcarpiradialislongus'],
    path: [
      [0.256, -0.012, 1.0],
      [0.257, -0.016, 0.93],
      [0.257, -0.02, 0.875],
      [0.255, -0.017, 0.835],
      [0.253, -0.015, 0.822],
    ],
    facing: [1, -0.5, 0],
    profile: cord(0.006, 0.004),
  },
  {
    id: 'extensorcarpiradialisbrevistendon',
    name: 'Tendon of extensor carpi radialis brevis',
    of: ['extensorcarpiradialisbrevis'],
    path: [
      [0.251, -0.024, 0.955],
      [0.251, -0.026, 0.91],
      [0.25, -0.025, 0.87],
      [0.245, -0.018, 0.835],
      [0.2424, -0.015, 0.822],
    ],
    facing: POSTERIOR,
    profile: cord(0.006, 0.004),
  },
  ...DIGITS.map((d): Tendon => ({
    id: `extensordigitorumtendon${d.n}`,
    name: `Tendon of extensor digitorum to the ${d.name}`,
    of: ['extensordigitorum'],
    path: extensorPath([[0.238, -0.03, 0.915], [0.24, -0.027, 0.87], [0.241 + (3.5 - d.n) * 0.004, -0.022, 0.845]], d),
    facing: POSTERIOR,
    profile: cord(0.006, 0.002),
  })),
  {
    id: 'extensordigitiminimitendon',
    name: 'Tendon of extensor digiti minimi',
    of: ['extensordigitiminimi'],
    path: extensorPath([[0.226, -0.03, 0.925], [0.231, -0.028, 0.88], [0.226, -0.02, 0.845]], digit(5), 'pp'),
    facing: POSTERIOR,
    profile: cord(0.005, 0.002),
  },
  {
    id: 'extensorcarpiulnaristendon',
    name: 'Tendon of extensor carpi ulnaris',
    of: ['extensorcarpiulnaris'],
    path: [
      [0.213, -0.026, 0.915],
      [0.217, -0.026, 0.875],
      [0.214, -0.018, 0.845],
      [0.215, -0.008, 0.824],
      [0.218, -0.004, 0.82],
    ],
    facing: [-0.6, -1, 0],
    profile: cord(0.006, 0.004),
  },
  {
    id: 'abductorpollicislongustendon',
    name: 'Tendon of abductor pollicis longus',
    of: ['abductorpollicislongus'],
    path: [[0.246, -0.02, 0.92], [0.256, -0.014, 0.895], ...THUMB_DORSAL.map((p) => add(p, 0.003, 0.001)), [0.2735, 0.0047, 0.821]],
    facing: [1, -0.4, 0],
    profile: cord(0.006, 0.004),
  },
  {
    id: 'extensorpollicisbrevistendon',
    name: 'Tendon of extensor pollicis brevis',
    of: ['extensorpollicisbrevis'],
    path: [[0.252, -0.016, 0.902], [0.257, -0.015, 0.89], ...THUMB_DORSAL, [0.272, 0.004, 0.8015], [0.277, 0.01, 0.788], [0.281, 0.015, 0.776]],
    facing: [1, -0.4, 0],
    profile: cord(0.005, 0.003),
  },
  {
    id: 'extensorpollicislongustendon',
    name: 'Tendon of extensor pollicis longus',
    of: ['extensorpollicislongus'],
    path: [
      [0.232, -0.026, 0.9],
      [0.242, -0.026, 0.87],
      [0.251, -0.021, 0.845],
      [0.261, -0.011, 0.822],
      [0.27, 0.001, 0.803],
      [0.279, 0.013, 0.779],
      [0.286, 0.022, 0.764],
      [0.292, 0.03, 0.749],
    ],
    facing: [0.6, -1, 0],
    profile: cord(0.005, 0.003),
  },
  {
    id: 'extensorindicistendon',
    name: 'Tendon of extensor indicis',
    of: ['extensorindicis'],
    path: extensorPath([[0.23, -0.022, 0.89], [0.238, -0.024, 0.865], [0.248, -0.02, 0.84]], digit(2), 'pp').map((p, i) => (i >= 3 ? add(p, -0.003, 0) : p)),
    facing: POSTERIOR,
    profile: cord(0.005, 0.002),
  },
];
