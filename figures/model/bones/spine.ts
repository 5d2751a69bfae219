import { superellipse } from '../profiles';
import type { Bone, BonePart, Vec3 } from '../types';

/** A lumbar vertebra: kidney-shaped body, two transverse processes and a spinous process. */
function vertebra(label: string, body: Vec3, height: number, width: number): BonePart[] {
  const [x, y, z] = body;
  const back = y - 0.016;
  return [
    {
      kind: 'loft',
      label: `${label} body`,
      front: [0, 1, 0],
      sections: [
        { at: [x, y, z - height / 2], r: superellipse(0.017, width, 2.4) },
        { at: [x, y, z], r: superellipse(0.0155, width * 0.93, 2.4) },
        { at: [x, y, z + height / 2], r: superellipse(0.017, width, 2.4) },
      ],
      capStart: 0.002,
      capEnd: 0.002,
    },
    {
      kind: 'loft',
      label: `${label} arch and spinous process`,
      front: [0, 0, 1],
      sections: [
        { at: [x, back, z], r: [0.008, 0.012] },
        { at: [x, back - 0.022, z - 0.004], r: [0.009, 0.006] },
        { at: [x, back - 0.05, z - 0.01], r: [0.011, 0.004] },
      ],
      capEnd: 0.004,
    },
    ...[1, -1].map(
      (side): BonePart => ({
        kind: 'loft',
        label: `${label} transverse process`,
        front: [0, 0, 1],
        sections: [
          { at: [x + side * 0.012, back - 0.006, z + 0.002], r: [0.006, 0.005] },
          { at: [x + side * 0.035, back - 0.01, z + 0.002], r: [0.005, 0.004] },
          { at: [x + side * 0.048, back - 0.014, z + 0.003], r: [0.004, 0.0035] },
        ],
        capEnd: 0.003,
      }),
    ),
  ];
}

/** The twelfth thoracic and five lumbar vertebrae (for the origin of psoas major). */
export const lumbarSpine: Bone = {
  id: 'lumbarspine',
  midline: true,
  name: 'Lumbar vertebrae',
  parts: [
    ...vertebra('T12', [0, -0.036, 1.243], 0.024, 0.021),
    ...vertebra('L1', [0, -0.027, 1.205], 0.026, 0.023),
    ...vertebra('L2', [0, -0.021, 1.165], 0.027, 0.024),
    ...vertebra('L3', [0, -0.018, 1.124], 0.028, 0.025),
    ...vertebra('L4', [0, -0.021, 1.082], 0.028, 0.026),
    ...vertebra('L5', [0, -0.031, 1.039], 0.027, 0.026),
  ],
};
