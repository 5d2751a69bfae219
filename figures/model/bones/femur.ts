import { compass } from '../profiles';
import type { Bone } from '../types';

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
        { at: [0.119, 0.005, 0.73], r: compass(0.0132, 0.0125, 0.0122, 0.0135, 0.0168, 0.0135, 0.0122, 0.0122) },
        { at: [0.111, 0.007, 0.65], r: compass(0.0132, 0.0125, 0.0122, 0.0135, 0.017, 0.0135, 0.0122, 0.0125) },
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
    { kind: 'ellipsoid', label: 'lateral epicondyle', center: [0.128, -0.004, 0.504], radii: [0.0075, 0.013, 0.013] },
  ],
};

