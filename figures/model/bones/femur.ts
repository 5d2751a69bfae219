import { compass } from '../profiles';
import type { Bone, LoftPart, Vec3 } from '../types';

/**
 * A raised line on the bone (the linea aspera, a supracondylar line): a slender loft whose centre
 * runs just under the surface, so it stands `r` minus that depth proud of it. `r` is [toward the
 * front, toward the side] or one radius.
 */
function ridge(label: string, points: readonly Vec3[], r: number | readonly [number, number], cap = 0.004): LoftPart {
  return { kind: 'loft', label, sections: points.map((at) => ({ at, r })), capStart: cap, capEnd: cap };
}

/** Centre of the femoral head: the hip joint centre. */
export const HIP_CENTRE = [0.087, 0.0, 0.9] as const;

export const femur: Bone = {
  id: 'femur',
  name: 'Femur',
  parts: [
    { kind: 'ellipsoid', label: 'head', center: HIP_CENTRE, radii: [0.0235, 0.0235, 0.0235] },
    {
      kind: 'loft',
      label: 'neck',
      side: [0, 0, 1],
      sections: [
        { at: [0.13, -0.008, 0.868], r: [0.018, 0.024] },
        { at: [0.114, -0.004, 0.881], r: [0.0125, 0.0158] },
        { at: [0.1, 0.0, 0.892], r: [0.0135, 0.0172] },
        { at: [0.092, 0.0, 0.897], r: [0.016, 0.019] },
      ],
    },
    {
      kind: 'loft',
      label: 'greater trochanter',
      sections: [
        { at: [0.143, -0.006, 0.842], r: compass(0.017, 0.019, 0.018, 0.019, 0.019, 0.016, 0.015, 0.015) },
        { at: [0.146, -0.01, 0.872], r: compass(0.017, 0.019, 0.0185, 0.02, 0.02, 0.016, 0.014, 0.015) },
        { at: [0.145, -0.015, 0.897], r: compass(0.011, 0.013, 0.014, 0.015, 0.014, 0.012, 0.011, 0.01) },
      ],
      capEnd: 0.008,
    },
    {
      kind: 'loft',
      label: 'intertrochanteric crest',
      front: [0, 0, 1],
      sections: [
        { at: [0.146, -0.027, 0.876], r: 0.006 },
        { at: [0.134, -0.028, 0.856], r: 0.0065 },
        { at: [0.12, -0.024, 0.838], r: 0.006 },
      ],
      capStart: 0.004,
      capEnd: 0.004,
    },
    {
      kind: 'ellipsoid',
      label: 'lesser trochanter',
      center: [0.117, -0.02, 0.833],
      radii: [0.012, 0.008, 0.008],
      axes: [
        [-0.55, -0.65, 0.5],
        [0.7, -0.7, 0],
      ],
    },
    {
      kind: 'loft',
      label: 'shaft',
      sections: [
        { at: [0.135, -0.004, 0.872], r: compass(0.016, 0.017, 0.017, 0.017, 0.017, 0.017, 0.018, 0.016) },
        { at: [0.128, 0.0, 0.81], r: compass(0.0135, 0.0145, 0.0155, 0.016, 0.0155, 0.0145, 0.0145, 0.0135) },
        { at: [0.119, 0.005, 0.73], r: compass(0.0132, 0.0125, 0.0122, 0.0128, 0.0145, 0.0128, 0.0122, 0.0122) },
        { at: [0.111, 0.007, 0.65], r: compass(0.0132, 0.0125, 0.0122, 0.0128, 0.0146, 0.0128, 0.0122, 0.0125) },
        { at: [0.104, 0.005, 0.585], r: compass(0.0138, 0.0148, 0.0158, 0.0152, 0.0135, 0.0152, 0.016, 0.015) },
        { at: [0.099, 0.001, 0.54], r: compass(0.018, 0.024, 0.029, 0.022, 0.016, 0.022, 0.031, 0.024) },
        { at: [0.094, -0.003, 0.51], r: compass(0.026, 0.032, 0.038, 0.033, 0.027, 0.033, 0.04, 0.032) },
        { at: [0.093, -0.005, 0.49], r: compass(0.024, 0.029, 0.034, 0.03, 0.024, 0.03, 0.036, 0.029) },
      ],
      capEnd: 0.012,
    },
    {
      kind: 'ellipsoid',
      label: 'medial condyle',
      center: [0.07, -0.01, 0.489],
      radii: [0.017, 0.03, 0.024],
    },
    {
      kind: 'ellipsoid',
      label: 'lateral condyle',
      center: [0.115, -0.008, 0.49],
      radii: [0.0175, 0.0305, 0.025],
    },
    {
      kind: 'ellipsoid',
      label: 'patellar surface',
      center: [0.093, 0.008, 0.503],
      radii: [0.03, 0.016, 0.022],
    },
    { kind: 'ellipsoid', label: 'medial epicondyle', center: [0.056, -0.004, 0.504], radii: [0.0075, 0.014, 0.014] },
    { kind: 'ellipsoid', label: 'adductor tubercle', center: [0.06, -0.008, 0.526], radii: [0.006, 0.007, 0.009] },
    // The linea aspera down the back of the shaft: a ridge with a flat rough crest, splitting above
    // into the gluteal tuberosity (lateral), the pectineal line (to the lesser trochanter) and the
    // spiral line (winding round the medial side to the intertrochanteric line), and below into the
    // medial and lateral supracondylar lines that frame the popliteal surface.
    ridge(
      'linea aspera',
      [
        [0.1245, -0.0112, 0.785],
        [0.121, -0.0108, 0.75],
        [0.118, -0.0103, 0.72],
        [0.114, -0.0098, 0.68],
        [0.11, -0.0092, 0.64],
        [0.1065, -0.008, 0.61],
      ],
      [0.0048, 0.0042],
    ),
    ridge(
      'gluteal tuberosity',
      [
        [0.1235, -0.0105, 0.775],
        [0.1295, -0.0125, 0.8],
        [0.1365, -0.0135, 0.822],
        [0.142, -0.0155, 0.842],
      ],
      [0.0052, 0.0056],
      0.006,
    ),
    ridge(
      'pectineal line',
      [
        [0.1225, -0.0098, 0.78],
        [0.1195, -0.0108, 0.805],
        [0.1175, -0.0145, 0.826],
      ],
      0.0028,
    ),
    ridge(
      'spiral line',
      [
        [0.1215, -0.0092, 0.768],
        [0.1145, -0.0055, 0.785],
        [0.1128, 0.0015, 0.805],
        [0.117, 0.0065, 0.822],
      ],
      0.0024,
    ),
    ridge(
      'intertrochanteric line',
      [
        [0.117, 0.0065, 0.822],
        [0.125, 0.0098, 0.835],
        [0.133, 0.0108, 0.845],
        [0.141, 0.0094, 0.856],
        [0.148, 0.0072, 0.868],
      ],
      0.0026,
    ),
    ridge(
      'lateral supracondylar line',
      [
        [0.1075, -0.0075, 0.615],
        [0.1105, -0.0063, 0.59],
        [0.1135, -0.0068, 0.57],
        [0.117, -0.0105, 0.548],
        [0.123, -0.015, 0.528],
      ],
      0.003,
    ),
    ridge(
      'medial supracondylar line',
      [
        [0.1055, -0.0075, 0.615],
        [0.0985, -0.0065, 0.59],
        [0.0915, -0.0072, 0.57],
        [0.085, -0.0112, 0.55],
        [0.072, -0.011, 0.535],
        [0.062, -0.0085, 0.528],
      ],
      0.0028,
    ),
    { kind: 'ellipsoid', label: 'lateral epicondyle', center: [0.128, -0.004, 0.504], radii: [0.0075, 0.013, 0.013] },
  ],
};

