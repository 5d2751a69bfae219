/**
 * The vertebral column above the sacrum, modelled whole (midline): the cervical vertebrae (atlas,
 * axis with its dens, C3 to C7 with the long spinous process of the vertebra prominens), the
 * twelve thoracic and the five lumbar vertebrae, each with its body, pedicles, laminae, spinous
 * and transverse processes and articular processes, set on the column's curves (cervical
 * lordosis, thoracic kyphosis, lumbar lordosis). Three bones: cervical, thoracic, lumbar.
 */
import type { Bone, BonePart, Vec3 } from '../types';
import { superellipse } from '../profiles';
import { mark } from './landmarks';
import { blob, mirrored, tube } from './shapes';

type Kind = 'C' | 'T' | 'L';

/** One vertebra: its body's centre (y, z), half-height, half-depth (front to back), half-width. */
export interface VertebraSpec {
  readonly name: string;
  readonly kind: Kind;
  readonly y: number;
  readonly z: number;
  readonly h: number;
  readonly d: number;
  readonly w: number;
  /** Spinous process: length and its downward slope (degrees below the horizontal). */
  readonly spine: number;
  readonly slope: number;
  /** Transverse process tip: lateral distance from the midline, and how far behind the body's centre. */
  readonly tpX: number;
  readonly tpBack: number;
}

/** Body centres from the axis down to L5; L1 to L5 and T12 keep the positions of the former lumbar model. */
export const VERTEBRAE: readonly VertebraSpec[] = [
  { name: 'C2', kind: 'C', y: -0.022, z: 1.578, h: 0.0085, d: 0.0075, w: 0.0095, spine: 0.022, slope: 20, tpX: 0.026, tpBack: 0.006 },
  { name: 'C3', kind: 'C', y: -0.021, z: 1.562, h: 0.006, d: 0.0075, w: 0.0105, spine: 0.02, slope: 25, tpX: 0.027, tpBack: 0.004 },
  { name: 'C4', kind: 'C', y: -0.02, z: 1.548, h: 0.006, d: 0.0078, w: 0.011, spine: 0.021, slope: 25, tpX: 0.028, tpBack: 0.004 },
  { name: 'C5', kind: 'C', y: -0.022, z: 1.534, h: 0.006, d: 0.008, w: 0.0115, spine: 0.022, slope: 25, tpX: 0.029, tpBack: 0.005 },
  { name: 'C6', kind: 'C', y: -0.027, z: 1.519, h: 0.0062, d: 0.0082, w: 0.012, spine: 0.026, slope: 20, tpX: 0.03, tpBack: 0.006 },
  { name: 'C7', kind: 'C', y: -0.035, z: 1.504, h: 0.0065, d: 0.0085, w: 0.0125, spine: 0.038, slope: 15, tpX: 0.036, tpBack: 0.008 },
  { name: 'T1', kind: 'T', y: -0.045, z: 1.488, h: 0.0068, d: 0.009, w: 0.013, spine: 0.038, slope: 28, tpX: 0.04, tpBack: 0.02 },
  { name: 'T2', kind: 'T', y: -0.054, z: 1.47, h: 0.0075, d: 0.0095, w: 0.0128, spine: 0.038, slope: 38, tpX: 0.039, tpBack: 0.024 },
  { name: 'T3', kind: 'T', y: -0.061, z: 1.452, h: 0.0078, d: 0.01, w: 0.0128, spine: 0.04, slope: 45, tpX: 0.038, tpBack: 0.026 },
  { name: 'T4', kind: 'T', y: -0.066, z: 1.433, h: 0.008, d: 0.0105, w: 0.013, spine: 0.041, slope: 50, tpX: 0.037, tpBack: 0.027 },
  { name: 'T5', kind: 'T', y: -0.069, z: 1.413, h: 0.0083, d: 0.011, w: 0.0133, spine: 0.043, slope: 55, tpX: 0.036, tpBack: 0.028 },
  { name: 'T6', kind: 'T', y: -0.07, z: 1.392, h: 0.0087, d: 0.0115, w: 0.0137, spine: 0.044, slope: 60, tpX: 0.036, tpBack: 0.028 },
  { name: 'T7', kind: 'T', y: -0.069, z: 1.37, h: 0.009, d: 0.012, w: 0.0142, spine: 0.044, slope: 62, tpX: 0.035, tpBack: 0.028 },
  { name: 'T8', kind: 'T', y: -0.066, z: 1.347, h: 0.0095, d: 0.0125, w: 0.0147, spine: 0.043, slope: 60, tpX: 0.035, tpBack: 0.028 },
  { name: 'T9', kind: 'T', y: -0.061, z: 1.323, h: 0.01, d: 0.013, w: 0.0155, spine: 0.041, slope: 55, tpX: 0.034, tpBack: 0.028 },
  { name: 'T10', kind: 'T', y: -0.054, z: 1.298, h: 0.0105, d: 0.014, w: 0.0165, spine: 0.039, slope: 45, tpX: 0.033, tpBack: 0.027 },
  { name: 'T11', kind: 'T', y: -0.045, z: 1.271, h: 0.011, d: 0.015, w: 0.018, spine: 0.037, slope: 35, tpX: 0.029, tpBack: 0.025 },
  { name: 'T12', kind: 'T', y: -0.036, z: 1.243, h: 0.0115, d: 0.016, w: 0.0195, spine: 0.036, slope: 22, tpX: 0.025, tpBack: 0.024 },
  { name: 'L1', kind: 'L', y: -0.027, z: 1.205, h: 0.0125, d: 0.0165, w: 0.021, spine: 0.036, slope: 12, tpX: 0.04, tpBack: 0.026 },
  { name: 'L2', kind: 'L', y: -0.021, z: 1.165, h: 0.013, d: 0.017, w: 0.022, spine: 0.037, slope: 8, tpX: 0.045, tpBack: 0.025 },
  { name: 'L3', kind: 'L', y: -0.018, z: 1.124, h: 0.0135, d: 0.0172, w: 0.0235, spine: 0.037, slope: 6, tpX: 0.05, tpBack: 0.024 },
  { name: 'L4', kind: 'L', y: -0.021, z: 1.082, h: 0.0135, d: 0.0172, w: 0.0245, spine: 0.035, slope: 6, tpX: 0.047, tpBack: 0.025 },
  { name: 'L5', kind: 'L', y: -0.031, z: 1.039, h: 0.013, d: 0.017, w: 0.025, spine: 0.03, slope: 10, tpX: 0.05, tpBack: 0.022 },
];

export const vertebra = (name: string): VertebraSpec => {
  const v = VERTEBRAE.find((s) => s.name === name);
  if (!v) throw new Error(`no vertebra ${name}`);
  return v;
};

/** Where a spinous process ends: its tip (midline). */
export function spinousTip(v: VertebraSpec, base: number): Vec3 {
  const a = (v.slope * Math.PI) / 180;
  return [0, v.y - v.d - base - v.spine * Math.cos(a), v.z - v.spine * Math.sin(a)];
}

/** Right half of a vertebra's arch, processes, and (when `whole`) the body itself. */
function vertebraParts(v: VertebraSpec, bone: string): BonePart[] {
  const { name, kind, y, z, h, d, w } = v;
  const back = y - d; // the back of the body
  const ped = kind === 'C' ? 0.0075 : kind === 'T' ? 0.0085 : 0.011; // pedicle length
  const px = kind === 'C' ? w * 0.95 : kind === 'T' ? w * 0.62 : w * 0.62; // pedicle x
  const foramen = kind === 'C' ? 0.009 : kind === 'T' ? 0.006 : 0.009; // depth of the canal behind the pedicles
  const archY = back - ped - foramen; // the laminae meet here
  const body: BonePart = {
    kind: 'loft',
    label: `${name} body`,
    front: [0, 1, 0],
    sections: [
      { at: [0, y, z - h], r: superellipse(d, w, 2.3) },
      { at: [0, y, z], r: superellipse(d * 0.94, w * 0.93, 2.3) },
      { at: [0, y, z + h], r: superellipse(d, w, 2.3) },
    ],
    capStart: 0.0015,
    capEnd: 0.0015,
  };
  const pedicleTh: [number, number] = kind === 'L' ? [0.006, 0.0045] : kind === 'T' ? [0.0045, 0.0035] : [0.0035, 0.003];
  const laminaTh: [number, number] = kind === 'L' ? [0.009, 0.003] : kind === 'T' ? [0.007, 0.0025] : [0.005, 0.0022];
  const zArch = z + (kind === 'C' ? 0.001 : 0.002);
  const right: BonePart[] = [
    tube(`${name} pedicle and lamina`, [
      [px * 0.8, back + 0.003, zArch],
      [px, back - ped, zArch],
      [px * 0.6, archY + 0.003, zArch - 0.001],
      [0.001, archY, zArch - 0.002],
    ], [pedicleTh, pedicleTh, laminaTh, laminaTh], { front: [0, 0, 1], caps: 0 }),
  ];
  const tpRoot: Vec3 = [px, back - ped, zArch];
  if (kind === 'C') {
    // Short transverse process in front of the articular pillar, ending in anterior and posterior tubercles.
    const tipY = y - v.tpBack;
    right.push(
      tube(`${name} transverse process`, [[w * 0.8, y - d * 0.3, z], [v.tpX - 0.003, tipY, z - 0.001]], [[0.0035, 0.003], [0.004, 0.004]], { front: [0, 0, 1] }),
      blob(`${name} anterior tubercle`, [v.tpX - 0.004, tipY + 0.004, z - 0.002], 0.003),
      blob(`${name} posterior tubercle`, [v.tpX - 0.001, tipY - 0.003, z - 0.002], 0.0032),
      tube(`${name} articular pillar`, [[px + 0.004, back - ped, z + h + 0.004], [px + 0.004, back - ped - 0.002, z - h - 0.004]], [[0.0045, 0.005], [0.0045, 0.005]], { front: [0, 1, 0], caps: 0.002 }),
    );
    mark(bone, `${name} transverse process, posterior tubercle`, [v.tpX + 0.002, tipY - 0.004, z - 0.002]);
    mark(bone, `${name} transverse process, anterior tubercle`, [v.tpX - 0.004, tipY + 0.007, z - 0.002]);
    mark(bone, `${name} articular process (pillar), back`, [px + 0.004, back - ped - 0.007, z]);
  } else {
    const tip: Vec3 = kind === 'T' ? [v.tpX, y - v.tpBack, zArch + 0.003] : [v.tpX, y - v.tpBack, zArch + 0.001];
    const th: [number, number] = kind === 'T' ? [0.0045, 0.004] : [0.0045, 0.0032];
    right.push(tube(`${name} transverse process`, [tpRoot, tip], [th, [th[0] * 0.95, th[1] * 1.1]], { front: [0, 0, 1], caps: [0, 0.003] }));
    if (kind === 'T') right.push(blob(`${name} transverse process tip (costal facet)`, tip, [0.0045, 0.0045, 0.0055]));
    mark(bone, `${name} transverse process, tip`, [tip[0] + 0.004, tip[1] - 0.002, tip[2]]);
    mark(bone, `${name} transverse process, back`, [(tip[0] + px) / 2 + 0.004, (tip[1] + back - ped) / 2 - 0.004, tip[2]]);
    const art = kind === 'L' ? 0.0055 : 0.004;
    right.push(
      blob(`${name} superior articular process`, [px, back - ped - 0.003, z + h * 0.75], [art * 0.8, art, art * 1.1]),
      blob(`${name} inferior articular process`, [px * 0.8, archY + 0.002, z - h * 0.75], [art * 0.7, art * 0.8, art * 1.1]),
    );
    if (kind === 'L') right.push(blob(`${name} mammillary process`, [px + 0.003, back - ped - 0.008, z + h], 0.003));
    mark(bone, `${name} superior articular process`, [px + 0.003, back - ped - 0.004, z + h * 0.75]);
  }
  mark(bone, `${name} lamina`, [px * 0.55, archY - 0.002, zArch]);
  mark(bone, `${name} body, front`, [0, y + d - 0.0005, z]);
  mark(bone, `${name} body, right side`, [w - 0.0005, y, z]);
  // Spinous process: from where the laminae meet, backward and down.
  const tip = spinousTip(v, ped + foramen);
  const baseZ = zArch - 0.002;
  const base: Vec3 = [0, archY, baseZ];
  const mid: Vec3 = [0, (archY + tip[1]) / 2, (baseZ + tip[2]) / 2];
  const spH = kind === 'L' ? 0.0085 : kind === 'T' ? 0.0045 : 0.0035;
  const parts: BonePart[] = [body, ...right, ...mirrored(right)];
  if (kind === 'C' && name !== 'C7') {
    // Bifid tip.
    parts.push(tube(`${name} spinous process`, [base, mid], [[spH, 0.0025], [spH, 0.003]], { front: [0, 0, 1], caps: 0 }));
    for (const s of [1, -1]) parts.push(tube(`${name} spinous tubercle`, [mid, [s * 0.004, tip[1], tip[2]]], [[spH, 0.0025], [spH * 0.9, 0.0028]], { front: [0, 0, 1], caps: [0, 0.0025] }));
    mark(bone, `${name} spinous process, tip (bifid)`, [0.004, tip[1] - 0.002, tip[2]]);
  } else {
    parts.push(
      tube(`${name} spinous process`, [base, mid, tip], [[spH, 0.0025], [spH, 0.0022], [spH * (kind === 'L' ? 1.1 : 1), 0.0028]], { front: [0, 0, 1], caps: [0, 0.003] }),
    );
    if (kind !== 'L') parts.push(blob(`${name} spinous tubercle`, tip, [0.0035, 0.0035, 0.004]));
    mark(bone, `${name} spinous process, tip`, [0, tip[1] - 0.004, tip[2]]);
  }
  mark(bone, `${name} spinous process, right side`, [0.0025, mid[1], mid[2]]);
  return parts;
}

/** The atlas: a ring of anterior and posterior arches between two lateral masses, and long transverse processes. */
function atlasParts(): BonePart[] {
  const z = 1.603;
  const right: BonePart[] = [
    tube('C1 anterior arch', [[0, -0.012, z], [0.01, -0.014, z], [0.019, -0.022, z]], [0.004, [0.0045, 0.003], [0.005, 0.005]], { front: [0, 0, 1], caps: 0 }),
    blob('C1 lateral mass', [0.02, -0.03, z], [0.0065, 0.009, 0.0075]),
    tube('C1 posterior arch', [[0.019, -0.038, z], [0.017, -0.05, z + 0.001], [0.009, -0.062, z + 0.001], [0, -0.066, z + 0.001]], [[0.005, 0.004], [0.0035, 0.003], [0.004, 0.003], [0.0045, 0.0035]], { front: [0, 0, 1], caps: 0 }),
    tube('C1 transverse process', [[0.024, -0.03, z], [0.038, -0.032, z - 0.002]], [[0.004, 0.0045], [0.005, 0.004]], { front: [0, 0, 1] }),
  ];
  mark('cervicalspine', 'C1 transverse process, tip (posterior tubercle)', [0.043, -0.033, z - 0.002]);
  mark('cervicalspine', 'C1 anterior tubercle', [0, -0.0075, z]);
  mark('cervicalspine', 'C1 posterior tubercle', [0, -0.0705, z + 0.001]);
  mark('cervicalspine', 'C1 posterior arch, right', [0.015, -0.055, z + 0.005]);
  return [...right, ...mirrored(right), blob('C1 anterior tubercle', [0, -0.011, z], [0.004, 0.0035, 0.005]), blob('C1 posterior tubercle', [0, -0.067, z + 0.001], [0.004, 0.0035, 0.0048])];
}

function axisExtra(): BonePart[] {
  const c2 = vertebra('C2');
  mark('cervicalspine', 'C2 dens, tip', [0, -0.018, 1.617]);
  return [tube('C2 dens', [[0, c2.y + 0.003, c2.z + c2.h], [0, -0.018, 1.606], [0, -0.018, 1.612]], [0.0055, 0.0052, 0.0045], { caps: [0, 0.003] })];
}

function spineBone(id: string, name: string, names: readonly string[], extra: BonePart[] = []): Bone {
  return { id, midline: true, name, parts: [...extra, ...VERTEBRAE.filter((v) => names.includes(v.name)).flatMap((v) => vertebraParts(v, id))] };
}

export const cervicalSpine: Bone = spineBone('cervicalspine', 'Cervical vertebrae (C1 to C7)', ['C2', 'C3', 'C4', 'C5', 'C6', 'C7'], [...atlasParts(), ...axisExtra()]);
export const thoracicSpine: Bone = spineBone('thoracicspine', 'Thoracic vertebrae (T1 to T12)', ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']);
/** L1 to L5: keeps the id of the former lumbar model, on which psoas major and quadratus lumborum attach. */
export const lumbarSpine: Bone = spineBone('lumbarspine', 'Lumbar vertebrae (L1 to L5)', ['L1', 'L2', 'L3', 'L4', 'L5']);
