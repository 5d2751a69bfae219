/**
 * Muscles of the abdomen (right side; the abdomen's pictures mirror them): the anterolateral wall
 * (external oblique, internal oblique and transversus abdominis in three layers, whose aponeuroses
 * meet at the linea alba; rectus abdominis in its sheath with its tendinous intersections;
 * pyramidalis) and the posterior wall (quadratus lumborum, the diaphragm; psoas major and iliacus
 * are the thigh's).
 *
 * The flat muscles of the flank are swept round the body horizontally (their width is their
 * height on the wall), each layer on its own shell: transversus innermost, the external oblique
 * outermost. The front of the wall (rectus and its sheath) is swept down the body.
 */
import { lm } from './back';
import type { Attachment, Muscle, Tendon, Vec3 } from '../types';

const ANTERIOR: Vec3 = [0, 1, 0];
const att = (bone: string | null, area: string, points: readonly Vec3[], radius = 0.005): Attachment => ({ bone, area, points, radius });
const rib = (n: number, what: string): Vec3 => lm(`rib${n}`, what);
const cc = (n: number, what: string): Vec3 => lm(`costalcartilage${n}`, what);
const la = (what: string): Vec3 => lm('lineaalba', what);
const ing = (what: string): Vec3 => lm('inguinalligament', what);

/** The front of the wall (the linea alba's surface) at height z: y. */
function frontY(z: number): number {
  const pts: [number, number][] = [[0.885, 0.06], [0.895, 0.067], [0.975, 0.098], [1.055, 0.1035], [1.12, 0.1035], [1.26, 0.083], [1.3, 0.078]];
  for (let i = 1; i < pts.length; i++) {
    const [z0, y0] = pts[i - 1]!, [z1, y1] = pts[i]!;
    if (z <= z1) return y0 + ((y1 - y0) * (z - z0)) / (z1 - z0);
  }
  return pts[pts.length - 1]![1];
}

/** One shell of the flank: (x, y) round the body from back to front, offset outward by `out`. */
const FLANK: readonly { x: number; y: number; n: Vec3 }[] = [
  { x: 0.078, y: -0.066, n: [0.5, -1, 0] },
  { x: 0.112, y: -0.05, n: [0.8, -0.8, 0] },
  { x: 0.136, y: -0.022, n: [1, -0.35, 0] },
  { x: 0.144, y: 0.012, n: [1, 0.15, 0] },
  { x: 0.132, y: 0.05, n: [1, 0.8, 0] },
  { x: 0.105, y: 0.077, n: [0.55, 1, 0] },
  { x: 0.075, y: 0.09, n: [0.25, 1, 0] },
];
function shell(i: number, out: number, z: number): Vec3 {
  const p = FLANK[i]!;
  const l = Math.hypot(p.n[0], p.n[1]);
  return [p.x + (p.n[0] / l) * out, p.y + (p.n[1] / l) * out, z];
}

export const abdomenMuscles: readonly Muscle[] = [
  {
    id: 'externaloblique',
    name: 'External oblique',
    shape: 'sheet',
    depth: 'superficial',
    origin: [
      att('rib5', 'outer surface of the fifth rib', [rib(5, 'outer surface, anterolateral')], 0.005),
      att('rib6', 'outer surface of the sixth rib', [rib(6, 'outer surface, anterolateral')], 0.005),
      att('rib7', 'outer surface of the seventh rib', [rib(7, 'outer surface, anterolateral'), rib(7, 'outer surface, mid-axillary line')], 0.005),
      att('rib8', 'outer surface of the eighth rib', [rib(8, 'outer surface, anterolateral'), rib(8, 'outer surface, mid-axillary line')], 0.005),
      att('rib9', 'outer surface of the ninth rib', [rib(9, 'outer surface, mid-axillary line')], 0.005),
      att('rib10', 'outer surface of the tenth rib', [rib(10, 'outer surface, mid-axillary line')], 0.005),
      att('rib11', 'outer surface of the eleventh rib', [rib(11, 'outer surface, lateral part')], 0.005),
      att('rib12', 'outer surface of the twelfth rib', [rib(12, 'outer surface, lateral part')], 0.005),
    ],
    insertion: [
      att('lineaalba', 'linea alba, through its aponeurosis (front layer of the rectus sheath)', [la('above the umbilicus'), la('umbilicus'), la('halfway between umbilicus and pubis')], 0.005),
      att('inguinalligament', 'inguinal ligament (the rolled-under lower edge of its aponeurosis)', [ing('lateral third'), ing('middle'), ing('medial third')], 0.005),
      att('hipbone', 'anterior half of the outer lip of the iliac crest', [[0.1438, 0.0346, 1.0169], [0.153, 0.0078, 1.0394]], 0.006),
    ],
    // Round the flank at the level of the lower ribs: its width is its height on the wall.
    // Its fibres run down and forward, as hands slipped into front pockets.
    fibreAngle: 45,
    path: [shell(1, 0.02, 1.16), shell(2, 0.02, 1.17), shell(3, 0.02, 1.18), shell(4, 0.02, 1.19), shell(5, 0.018, 1.17)],
    facing: [FLANK[1]!.n, FLANK[2]!.n, FLANK[3]!.n, FLANK[4]!.n, FLANK[5]!.n],
    profile: [
      { t: 0, w: 0.12, d: 0.006 },
      { t: 0.3, w: 0.25, d: 0.008 },
      { t: 0.55, w: 0.27, d: 0.008 },
      { t: 0.8, w: 0.27, d: 0.007 },
      { t: 1, w: 0.19, d: 0.005 },
    ],
  },
  {
    id: 'internaloblique',
    name: 'Internal oblique',
    shape: 'sheet',
    depth: 'intermediate',
    origin: [
      att(null, 'thoracolumbar fascia', [[0.08, -0.08, 1.1]]),
      att('hipbone', 'intermediate line of the iliac crest, anterior two-thirds', [[0.1187, 0.0536, 0.9824], [0.1438, 0.0346, 1.0169], [0.153, 0.0078, 1.0394], [0.1481, -0.0299, 1.0499]], 0.006),
      att('inguinalligament', 'lateral two-thirds of the inguinal ligament', [ing('lateral end, at the anterior superior iliac spine'), ing('lateral third')], 0.005),
    ],
    insertion: [
      att('rib10', 'inferior border of the tenth rib', [rib(10, 'lower border, mid-axillary line')], 0.005),
      att('costalcartilage10', 'inferior border of the tenth costal cartilage', [cc(10, 'lower border, middle')], 0.005),
      att('rib11', 'inferior border of the eleventh rib', [rib(11, 'lower border')], 0.005),
      att('rib12', 'inferior border of the twelfth rib', [rib(12, 'lower border')], 0.005),
      att('lineaalba', 'linea alba, through an aponeurosis that helps form the rectus sheath', [la('above the umbilicus'), la('umbilicus')], 0.005),
    ],
    // Its fibres fan up and forward, at right angles to the external oblique's.
    fibreAngle: -45,
    path: [shell(0, 0.011, 1.12), shell(1, 0.011, 1.115), shell(2, 0.011, 1.105), shell(3, 0.011, 1.1), shell(4, 0.011, 1.085), shell(5, 0.011, 1.07), shell(6, 0.011, 1.065)],
    facing: FLANK.map((p) => p.n),
    profile: [
      { t: 0, w: 0.11, d: 0.006 },
      { t: 0.3, w: 0.13, d: 0.008 },
      { t: 0.5, w: 0.13, d: 0.009 },
      { t: 0.7, w: 0.16, d: 0.008 },
      { t: 1, w: 0.22, d: 0.006 },
    ],
  },
  {
    id: 'transversusabdominis',
    name: 'Transversus abdominis',
    shape: 'sheet',
    depth: 'deep',
    origin: [
      att('costalcartilage7', 'internal surface of the seventh costal cartilage', [cc(7, 'deep (inner) surface, middle')], 0.005),
      att('costalcartilage8', 'internal surface of the eighth costal cartilage', [cc(8, 'deep (inner) surface, middle')], 0.005),
      att('costalcartilage9', 'internal surface of the ninth costal cartilage', [cc(9, 'deep (inner) surface, middle')], 0.005),
      att('costalcartilage10', 'internal surface of the tenth costal cartilage', [cc(10, 'deep (inner) surface, middle')], 0.005),
      att(null, 'thoracolumbar fascia', [[0.075, -0.07, 1.12]]),
      att('hipbone', 'inner lip of the iliac crest, anterior two-thirds', [[0.1438, 0.0346, 1.0169], [0.153, 0.0078, 1.0394], [0.1481, -0.0299, 1.0499]], 0.006),
      att('inguinalligament', 'lateral third of the inguinal ligament', [ing('lateral third')], 0.005),
    ],
    insertion: [
      att('lineaalba', 'xiphoid process and linea alba, through its aponeurosis', [la('upper end, at the xiphoid process'), la('above the umbilicus'), la('umbilicus')], 0.005),
      att('hipbone', 'pubic crest and pecten pubis, through the conjoint tendon', [[0.0297, 0.0631, 0.8835]], 0.006),
    ],
    path: [shell(0, 0.002, 1.12), shell(1, 0.002, 1.115), shell(2, 0.002, 1.105), shell(3, 0.002, 1.1), shell(4, 0.002, 1.09), shell(5, 0.002, 1.085), shell(6, 0.002, 1.08)],
    facing: FLANK.map((p) => p.n),
    profile: [
      { t: 0, w: 0.12, d: 0.005 },
      { t: 0.3, w: 0.13, d: 0.006 },
      { t: 0.5, w: 0.13, d: 0.006 },
      { t: 0.7, w: 0.16, d: 0.006 },
      { t: 1, w: 0.21, d: 0.005 },
    ],
  },
  {
    id: 'rectusabdominis',
    name: 'Rectus abdominis',
    shape: 'flat',
    depth: 'superficial',
    origin: [
      att('hipbone', 'pubic crest', [[0.018, 0.06, 0.892]], 0.006),
      att('lineaalba', 'front of the pubic symphysis', [la('lower end, at the pubic symphysis')], 0.005),
    ],
    insertion: [
      att('sternum', 'xiphoid process', [lm('sternum', 'xiphoid process, front')], 0.005),
      att('costalcartilage5', 'front of the fifth costal cartilage', [cc(5, 'front surface, middle')], 0.005),
      att('costalcartilage6', 'front of the sixth costal cartilage', [cc(6, 'front surface, middle')], 0.005),
      att('costalcartilage7', 'front of the seventh costal cartilage', [cc(7, 'front surface, middle')], 0.005),
    ],
    path: [0.9, 0.94, 1.0, 1.06, 1.13, 1.2, 1.25, 1.29].map((z): Vec3 => [z < 1 ? 0.012 + (z - 0.9) * 0.25 : 0.037 + (z - 1.0) * 0.04, frontY(z) - 0.011, z]),
    facing: [
      [0, 1, -0.4],
      [0, 1, -0.3],
      [0, 1, -0.1],
      [0, 1, 0],
      [0, 1, 0.1],
      [0, 1, 0.2],
      [0, 1, 0.3],
      [0, 1, 0.3],
    ],
    profile: [
      { t: 0, w: 0.02, d: 0.008 },
      { t: 0.12, w: 0.035, d: 0.01 },
      { t: 0.3, w: 0.055, d: 0.012 },
      { t: 0.5, w: 0.064, d: 0.012 },
      { t: 0.75, w: 0.072, d: 0.011 },
      { t: 1, w: 0.07, d: 0.007 },
    ],
  },
  {
    id: 'pyramidalis',
    name: 'Pyramidalis',
    shape: 'flat',
    depth: 'superficial',
    origin: [att('hipbone', 'front of the pubis at the pubic crest and symphysis', [[0.0129, 0.058, 0.8918]], 0.005)],
    insertion: [att('lineaalba', 'linea alba, halfway between the umbilicus and the pubis', [la('halfway between umbilicus and pubis')], 0.005)],
    path: [
      [0.012, frontY(0.905) - 0.003, 0.905],
      [0.008, frontY(0.94) - 0.003, 0.94],
      [0.003, frontY(0.972) - 0.003, 0.972],
    ],
    facing: [0, 1, -0.3],
    profile: [
      { t: 0, w: 0.022, d: 0.005 },
      { t: 0.5, w: 0.014, d: 0.005 },
      { t: 1, w: 0.004, d: 0.003 },
    ],
  },
  {
    id: 'quadratuslumborum',
    name: 'Quadratus lumborum',
    shape: 'flat',
    depth: 'deep',
    origin: [att('hipbone', 'posterior part of the inner lip of the iliac crest and the iliolumbar ligament', [[0.0866, -0.0948, 1.0293], [0.1227, -0.066, 1.0497]], 0.006)],
    insertion: [
      att('rib12', 'medial half of the lower border of the twelfth rib', [rib(12, 'angle, lower border')], 0.005),
      att('lumbarspine', 'tips of the transverse processes of L1 to L4', [lm('lumbarspine', 'L1 transverse process, tip'), lm('lumbarspine', 'L2 transverse process, tip'), lm('lumbarspine', 'L3 transverse process, tip'), lm('lumbarspine', 'L4 transverse process, tip')], 0.004),
    ],
    path: [
      [0.095, -0.07, 1.045],
      [0.08, -0.042, 1.09],
      [0.068, -0.038, 1.15],
      [0.058, -0.05, 1.225],
    ],
    facing: [0, -1, 0],
    profile: [
      { t: 0, w: 0.05, d: 0.012 },
      { t: 0.4, w: 0.055, d: 0.018 },
      { t: 0.8, w: 0.048, d: 0.014 },
      { t: 1, w: 0.04, d: 0.008 },
    ],
  },
  // The right half of the dome, as three sheets whose fibres all rise from the margin of the
  // thorax's outlet to the central tendon: from the front (the xiphoid and cartilages 7 and 8), the
  // side (cartilages 9 and 10, rib 11) and the back (rib 12 and the arcuate ligaments). Together
  // they arch over the liver's place from front, side and back, so the dome shows from any side.
  {
    id: 'diaphragmsternal',
    name: 'Diaphragm: sternal part and front of the costal part (right half)',
    sheetOf: 'diaphragm',
    shape: 'sheet',
    depth: 'deep',
    origin: [
      att('sternum', 'back of the xiphoid process (sternal part)', [lm('sternum', 'xiphoid process, back')], 0.005),
      att('costalcartilage7', 'deep face of the seventh costal cartilage', [cc(7, 'deep (inner) surface, middle')], 0.005),
      att('costalcartilage8', 'deep face of the eighth costal cartilage', [cc(8, 'deep (inner) surface, middle')], 0.005),
    ],
    insertion: [att(null, 'front of the central tendon of the diaphragm', [[0.035, 0.03, 1.372]])],
    path: [
      [0.05, 0.062, 1.232],
      [0.05, 0.06, 1.3],
      [0.045, 0.046, 1.348],
      [0.04, 0.026, 1.372],
    ],
    facing: [
      [0, 1, 0],
      [0, 1, 0.4],
      [0, 0.7, 1],
      [0, 0.2, 1],
    ],
    profile: [
      { t: 0, w: 0.09, d: 0.005 },
      { t: 0.5, w: 0.08, d: 0.005 },
      { t: 1, w: 0.06, d: 0.005 },
    ],
  },
  {
    id: 'diaphragm',
    name: 'Diaphragm: side of the costal part (right half)',
    shape: 'sheet',
    depth: 'deep',
    origin: [
      att('costalcartilage9', 'deep face of the ninth costal cartilage', [cc(9, 'deep (inner) surface, middle')], 0.005),
      att('costalcartilage10', 'deep face of the tenth costal cartilage', [cc(10, 'deep (inner) surface, middle')], 0.005),
      att('rib11', 'deep face of the eleventh rib', [rib(11, 'tip')], 0.005),
    ],
    insertion: [att(null, 'right leaf of the central tendon of the diaphragm', [[0.05, 0.0, 1.375]])],
    path: [
      [0.126, -0.006, 1.19],
      [0.128, -0.006, 1.27],
      [0.115, -0.003, 1.33],
      [0.085, 0.0, 1.365],
      [0.05, 0.004, 1.376],
    ],
    facing: [
      [1, 0, 0],
      [1, 0, 0.3],
      [1, 0, 1],
      [0.4, 0, 1],
      [0.1, 0, 1],
    ],
    profile: [
      { t: 0, w: 0.07, d: 0.005 },
      { t: 0.5, w: 0.08, d: 0.005 },
      { t: 1, w: 0.07, d: 0.005 },
    ],
  },
  {
    id: 'diaphragmlumbar',
    name: 'Diaphragm: back of the costal part and lumbar part from the arcuate ligaments (right half)',
    sheetOf: 'diaphragm',
    shape: 'sheet',
    depth: 'deep',
    origin: [
      att('rib12', 'deep face of the twelfth rib', [rib(12, 'tip')], 0.005),
      att(null, 'medial and lateral arcuate ligaments, over psoas major and quadratus lumborum', [[0.03, -0.03, 1.205], [0.065, -0.05, 1.205]]),
    ],
    insertion: [att(null, 'back of the central tendon of the diaphragm', [[0.04, -0.028, 1.37]])],
    path: [
      [0.065, -0.056, 1.205],
      [0.066, -0.072, 1.27],
      [0.06, -0.062, 1.33],
      [0.048, -0.034, 1.366],
    ],
    facing: [
      [0, -1, 0],
      [0, -1, 0.3],
      [0, -0.8, 1],
      [0, -0.2, 1],
    ],
    profile: [
      { t: 0, w: 0.075, d: 0.005 },
      { t: 0.5, w: 0.075, d: 0.005 },
      { t: 1, w: 0.055, d: 0.005 },
    ],
  },
  {
    id: 'diaphragmcrus',
    name: 'Right crus of the diaphragm',
    shape: 'flat',
    depth: 'deep',
    origin: [att('lumbarspine', 'front of the bodies of L1 to L3 and their discs', [lm('lumbarspine', 'L2 body, front'), lm('lumbarspine', 'L3 body, front')], 0.005)],
    insertion: [att(null, 'central tendon of the diaphragm, round the aortic and oesophageal openings', [[0.02, -0.01, 1.34]])],
    path: [
      [0.008, 0.005, 1.13],
      [0.014, 0.0, 1.2],
      [0.02, -0.012, 1.27],
      [0.025, -0.01, 1.34],
    ],
    facing: ANTERIOR,
    profile: [
      { t: 0, w: 0.01, d: 0.006 },
      { t: 0.4, w: 0.02, d: 0.01 },
      { t: 1, w: 0.03, d: 0.006 },
    ],
  },
];

/** Aponeuroses of the wall (the rectus sheath), the rectus's tendinous intersections, the central tendon. */
// Below the middle of the lower abdomen the sheath is drawn opened beside the linea alba, so pyramidalis shows.
const xIn = (z: number): number => (z < 0.985 ? 0.022 : 0);
const sheath = (id: string, name: string, of: readonly string[], behind: number, xLat: (z: number) => number, z0: number, z1: number): Tendon => {
  const zs = Array.from({ length: 7 }, (_, i) => z0 + ((z1 - z0) * i) / 6);
  return {
    id,
    name,
    of,
    path: zs.map((z): Vec3 => [(xLat(z) + xIn(z)) / 2, frontY(z) - behind, z]),
    facing: zs.map((z): Vec3 => [0, 1, z < 1.0 ? -0.3 : z > 1.15 ? 0.25 : 0]),
    profile: zs.map((z, i) => ({ t: i / 6, w: Math.max(xLat(z) - xIn(z), 0.01), d: 0.0022 })),
  };
};

export const abdomenTendons: readonly Tendon[] = [
  sheath('externalobliqueaponeurosis', 'Aponeurosis of the external oblique (front layer of the rectus sheath)', ['externaloblique'], 0.0015, (z) => (z < 0.96 ? 0.04 + (z - 0.9) * 1.0 : z < 1.1 ? 0.1 + (z - 0.96) * 0.05 : 0.107), 0.9, 1.22),
  sheath('internalobliqueaponeurosis', 'Aponeurosis of the internal oblique', ['internaloblique'], 0.0045, (z) => (z < 0.97 ? 0.03 + (z - 0.92) * 0.8 : 0.078), 0.92, 1.2),
  sheath('transversusaponeurosis', 'Aponeurosis of transversus abdominis (back layer of the rectus sheath)', ['transversusabdominis'], 0.025, () => 0.078, 0.99, 1.17),
  ...[1.055, 1.15, 1.23].map(
    (z, i): Tendon => ({
      id: `rectusintersection${i + 1}`,
      name: 'Tendinous intersection of rectus abdominis',
      of: ['rectusabdominis'],
      path: [
        [0.008, frontY(z) - 0.004, z],
        [0.04, frontY(z) - 0.0045, z],
        [0.074 + (z - 1.05) * 0.03, frontY(z) - 0.008, z],
      ],
      facing: [0, 1, 0],
      profile: [
        { t: 0, w: 0.007, d: 0.003 },
        { t: 1, w: 0.007, d: 0.003 },
      ],
    }),
  ),
  {
    id: 'centraltendon',
    name: 'Central tendon of the diaphragm',
    of: ['diaphragmsternal', 'diaphragm', 'diaphragmlumbar', 'diaphragmcrus'],
    midline: true,
    path: [
      [-0.06, -0.002, 1.372],
      [-0.03, 0.008, 1.378],
      [0.0, 0.015, 1.36],
      [0.03, 0.008, 1.378],
      [0.06, -0.002, 1.372],
    ],
    facing: [0, 0, 1],
    profile: [
      { t: 0, w: 0.07, d: 0.003 },
      { t: 0.5, w: 0.05, d: 0.003 },
      { t: 1, w: 0.07, d: 0.003 },
    ],
  },
];
