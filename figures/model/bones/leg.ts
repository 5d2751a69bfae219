import { compass } from '../profiles';
import type { Bone } from '../types';

export const patella: Bone = {
  id: 'patella',
  name: 'Patella',
  parts: [
    {
      kind: 'loft',
      label: 'patella',
      front: [0, 1, 0],
      side: [1, 0, 0],
      sections: [
        { at: [0.094, 0.034, 0.531], r: [0.008, 0.018] },
        { at: [0.094, 0.036, 0.516], r: [0.0115, 0.0225] },
        { at: [0.094, 0.035, 0.5], r: [0.0105, 0.0185] },
        { at: [0.094, 0.033, 0.487], r: [0.0065, 0.01] },
      ],
      capStart: 0.005,
      capEnd: 0.005,
    },
  ],
};

export const tibia: Bone = {
  id: 'tibia',
  name: 'Tibia',
  parts: [
    {
      kind: 'loft',
      label: 'shaft and condyles',
      sections: [
        { at: [0.09, -0.003, 0.459], r: compass(0.022, 0.03, 0.038, 0.031, 0.026, 0.033, 0.038, 0.03) },
        { at: [0.091, -0.001, 0.44], r: compass(0.024, 0.031, 0.037, 0.031, 0.026, 0.031, 0.035, 0.03) },
        { at: [0.092, 0.003, 0.415], r: compass(0.026, 0.022, 0.023, 0.022, 0.022, 0.024, 0.026, 0.023) },
        { at: [0.092, 0.004, 0.385], r: compass(0.022, 0.017, 0.017, 0.018, 0.018, 0.019, 0.019, 0.017) },
        { at: [0.091, 0.004, 0.3], r: compass(0.0165, 0.0105, 0.0122, 0.0115, 0.0115, 0.0132, 0.0112, 0.0102) },
        { at: [0.089, 0.003, 0.2], r: compass(0.0155, 0.011, 0.0122, 0.012, 0.0122, 0.0132, 0.0115, 0.0108) },
        { at: [0.088, 0.001, 0.135], r: compass(0.017, 0.017, 0.018, 0.017, 0.017, 0.019, 0.019, 0.017) },
        { at: [0.087, -0.002, 0.1], r: compass(0.021, 0.023, 0.024, 0.022, 0.021, 0.023, 0.023, 0.023) },
        { at: [0.087, -0.003, 0.09], r: compass(0.02, 0.022, 0.023, 0.021, 0.02, 0.022, 0.022, 0.022) },
      ],
      capStart: 0.004,
      capEnd: 0.002,
    },
    {
      kind: 'loft',
      label: 'medial malleolus',
      sections: [
        { at: [0.068, -0.001, 0.11], r: [0.013, 0.008] },
        { at: [0.065, 0.0, 0.085], r: [0.012, 0.007] },
        { at: [0.063, 0.001, 0.072], r: [0.009, 0.0055] },
      ],
      capEnd: 0.006,
    },
    { kind: 'ellipsoid', label: 'tibial tuberosity', center: [0.095, 0.025, 0.412], radii: [0.0115, 0.0075, 0.019] },
    // The intercondylar eminence between the two condyles' articular surfaces: its medial and
    // lateral intercondylar tubercles.
    { kind: 'ellipsoid', label: 'medial intercondylar tubercle', center: [0.087, -0.003, 0.463], radii: [0.004, 0.007, 0.0055] },
    { kind: 'ellipsoid', label: 'lateral intercondylar tubercle', center: [0.097, -0.004, 0.462], radii: [0.004, 0.007, 0.005] },
    // The soleal line: an oblique ridge across the back of the shaft, from below the fibular facet
    // down and medially to the medial border.
    {
      kind: 'loft',
      label: 'soleal line',
      sections: [
        { at: [0.1035, -0.0117, 0.407], r: 0.0027 },
        { at: [0.0965, -0.0123, 0.39], r: 0.0029 },
        { at: [0.0903, -0.011, 0.37], r: 0.003 },
        { at: [0.0855, -0.0085, 0.35], r: 0.0027 },
        { at: [0.0822, -0.0052, 0.33], r: 0.0025 },
      ],
      capStart: 0.003,
      capEnd: 0.004,
    },
    { kind: 'ellipsoid', label: 'Gerdy tubercle', center: [0.116, 0.012, 0.443], radii: [0.007, 0.0065, 0.008] },
  ],
};

export const fibula: Bone = {
  id: 'fibula',
  name: 'Fibula',
  parts: [
    {
      kind: 'ellipsoid',
      label: 'head',
      center: [0.126, -0.022, 0.428],
      radii: [0.0115, 0.0115, 0.0135],
    },
    { kind: 'ellipsoid', label: 'apex of the head (styloid process)', center: [0.129, -0.027, 0.441], radii: [0.0045, 0.0045, 0.007] },
    // The lateral malleolus: a triangular knob, larger and lower than the medial malleolus.
    { kind: 'ellipsoid', label: 'lateral malleolus', center: [0.1265, -0.0145, 0.071], radii: [0.0075, 0.0115, 0.017], axes: [[1, 0, 0], [0, 1, 0.15]] },
    {
      kind: 'loft',
      label: 'shaft and lateral malleolus',
      sections: [
        { at: [0.127, -0.021, 0.42], r: 0.0085 },
        { at: [0.127, -0.02, 0.395], r: compass(0.0062, 0.0065, 0.0065, 0.007, 0.0068, 0.0065, 0.006, 0.006) },
        { at: [0.126, -0.017, 0.3], r: compass(0.0068, 0.0072, 0.007, 0.0078, 0.0074, 0.0072, 0.0065, 0.0064) },
        { at: [0.125, -0.014, 0.2], r: compass(0.0072, 0.0072, 0.0072, 0.0075, 0.0072, 0.007, 0.0068, 0.0066) },
        { at: [0.125, -0.012, 0.14], r: compass(0.008, 0.0085, 0.0085, 0.0085, 0.0082, 0.0078, 0.0075, 0.0078) },
        { at: [0.125, -0.012, 0.1], r: [0.0125, 0.0085] },
        { at: [0.125, -0.014, 0.075], r: [0.0125, 0.0085] },
        { at: [0.124, -0.016, 0.058], r: [0.008, 0.006] },
      ],
      capEnd: 0.007,
    },
  ],
};
