/**
 * Soft structures the abdominal muscles attach to, modelled like bones but marked as ligament
 * (`tissue: 'ligament'`): the linea alba (midline) and the inguinal ligament. They are no obstacle
 * to the muscles (the iliopsoas passes deep to the inguinal ligament), and the lower limb's
 * pictures leave them out. The rectus sheath is left to the muscles' model (the aponeuroses of
 * the obliques and transversus form it).
 */
import type { Bone, Vec3 } from '../types';
import { ILIAC_CREST } from './pelvis';
import { mark } from './landmarks';
import { lerp, tube } from './shapes';
import { LOWER_LIMB_FRAMES } from './shoulder';

/** The linea alba, from the xiphoid process to the pubic symphysis, along the front of the abdominal wall. */
const LINEA_ALBA: Vec3[] = [
  [0, 0.081, 1.262],
  [0, 0.093, 1.18],
  [0, 0.101, 1.08],
  [0, 0.098, 0.99],
  [0, 0.084, 0.925],
  [0, 0.064, 0.892],
];

export const lineaAlba: Bone = (() => {
  const id = 'lineaalba';
  mark(id, 'upper end, at the xiphoid process', [0, 0.083, 1.26]);
  mark(id, 'above the umbilicus', [0, 0.1035, 1.12]);
  mark(id, 'umbilicus', [0, 0.1035, 1.055]);
  mark(id, 'halfway between umbilicus and pubis', [0, 0.098, 0.975]);
  mark(id, 'lower end, at the pubic symphysis', [0, 0.067, 0.893]);
  return {
    id,
    name: 'Linea alba',
    midline: true,
    tissue: 'ligament',
    hiddenIn: LOWER_LIMB_FRAMES,
    parts: [tube('linea alba', LINEA_ALBA, [[0.002, 0.008], [0.002, 0.008], [0.002, 0.006], [0.002, 0.0035], [0.002, 0.003], [0.002, 0.003]], { front: [0, 1, 0], side: [1, 0, 0], caps: 0.002 })],
  };
})();

const ASIS = ILIAC_CREST[0] ?? [0.122, 0.05, 0.983];
const PUBIC_TUBERCLE: Vec3 = [0.03, 0.058, 0.884];

export const inguinalLigament: Bone = (() => {
  const id = 'inguinalligament';
  const mid: Vec3 = [0.078, 0.064, 0.925];
  const path: Vec3[] = [ASIS, lerp(ASIS, mid, 0.5), mid, lerp(mid, PUBIC_TUBERCLE, 0.5), PUBIC_TUBERCLE];
  mark(id, 'lateral end, at the anterior superior iliac spine', [0.118, 0.058, 0.979]);
  mark(id, 'lateral third', [0.1, 0.064, 0.954]);
  mark(id, 'middle', [0.078, 0.0665, 0.925]);
  mark(id, 'medial third', [0.056, 0.064, 0.905]);
  mark(id, 'medial end, at the pubic tubercle', [0.034, 0.063, 0.888]);
  return {
    id,
    name: 'Inguinal ligament',
    tissue: 'ligament',
    hiddenIn: LOWER_LIMB_FRAMES,
    parts: [tube('inguinal ligament', path, 0.0028, { caps: 0.002 })],
  };
})();
