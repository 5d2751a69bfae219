/**
 * Where the head sits on the neck. The skull, the mandible, the hyoid, the laryngeal cartilages,
 * the tongue, the soft structures of the face (face.ts) and the head's muscles (muscles/head.ts)
 * were first modelled with the skull base and the larynx several centimetres too low for the
 * trunk's cervical spine (the occipital condyles 5 cm below the atlas, the hyoid level with the
 * jugular notch). Their coordinates are still written in that first frame, and are placed on the
 * neck here, by a few rigid moves and two vertical squashes:
 *
 * - the face, the ear region and the mandible move up 28 mm and back 8 mm (`placeHead`): porion at
 *   z ≈ 1.634, menton ≈ 1.53, gonion at C2-C3;
 * - the cranial vault above its widest level (first frame z 1.658) is squashed to 0.696 of its
 *   height so the vertex stays at z 1.75 (vertex to porion 116 mm, as in an adult);
 * - the occipital bone round the foramen magnum moves up 58 mm and back 14 mm (`onBase`): the
 *   occipital condyles rest on the atlas's lateral masses (z 1.61) and the basion lies 6 mm above
 *   the tip of the dens; the nuchal plane between them and the superior nuchal lines moves in
 *   between (`onNuchal`); the mastoid and styloid processes up 33 mm (`onMastoid`);
 * - the hyoid moves up 86 mm and back 15 mm (`onHyoidBone`): its body at z 1.546, level with C4,
 *   just below the mandible's lower border; the thyroid cartilage is shortened to 0.8 of its height
 *   and set below it (`onThyroid`: notch at 1.528, laryngeal prominence C5), the cricoid below that
 *   (`onCricoid`: C6-C7);
 * - the tongue and the points of the floor of the mouth between the hyoid and the mouth are
 *   blended between the hyoid's move and the face's (`onTongue`).
 */
import type { Attachment, Bone, BonePart, Muscle, Vec3 } from '../types';

const add = (p: Vec3, d: Vec3): Vec3 => [p[0] + d[0], p[1] + d[1], p[2] + d[2]];
const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/** The face's move. */
export const FACE_MOVE: Vec3 = [0, -0.008, 0.028];
/** Above this height (first frame) the vault is squashed toward the vertex. */
const VAULT_WIDEST = 1.658;
export const VAULT_SQUASH = 0.696;
const BASE_MOVE: Vec3 = [0, -0.014, 0.058];
const NUCHAL_MOVE: Vec3 = [0, -0.012, 0.048];
const MASTOID_MOVE: Vec3 = [0, -0.008, 0.033];
export const HYOID_MOVE: Vec3 = [0, -0.015, 0.086];
const CRICOID_MOVE: Vec3 = [0, -0.018, 0.112];

/** The face, the ear region, the mandible, the teeth and the vault. */
export function placeHead(p: Vec3): Vec3 {
  const z = p[2] > VAULT_WIDEST ? VAULT_WIDEST + (p[2] - VAULT_WIDEST) * VAULT_SQUASH : p[2];
  return [p[0] + FACE_MOVE[0], p[1] + FACE_MOVE[1], z + FACE_MOVE[2]];
}
export const onBase = (p: Vec3): Vec3 => add(p, BASE_MOVE);
export const onNuchal = (p: Vec3): Vec3 => add(p, NUCHAL_MOVE);
export const onMastoid = (p: Vec3): Vec3 => add(p, MASTOID_MOVE);
export const onHyoidBone = (p: Vec3): Vec3 => add(p, HYOID_MOVE);
export const onCricoid = (p: Vec3): Vec3 => add(p, CRICOID_MOVE);
/** The thyroid cartilage: 0.8 of its first height, its notch at z 1.528. */
export const onThyroid = (p: Vec3): Vec3 => [p[0], p[1] - 0.018, 1.528 + (p[2] - 1.43) * 0.8];

/**
 * The tongue and the floor of the mouth: with the hyoid at its level (first frame z 1.46), with the
 * face from the level of the lower teeth (1.545) up and from the chin (y 0.075) forward; blended
 * in between.
 */
export function onTongue(p: Vec3): Vec3 {
  const s = clamp01((1.545 - p[2]) / (1.545 - 1.46)) * clamp01((0.075 - p[1]) / 0.03);
  const f = placeHead(p);
  return [f[0] + s * (HYOID_MOVE[0] - FACE_MOVE[0]), f[1] + s * (HYOID_MOVE[1] - FACE_MOVE[1]), f[2] + s * (HYOID_MOVE[2] - FACE_MOVE[2])];
}

/** A part moved point by point (radii and thicknesses kept). */
export function movePart<P extends BonePart>(part: P, f: (p: Vec3) => Vec3): P {
  switch (part.kind) {
    case 'loft':
      return { ...part, sections: part.sections.map((s) => ({ ...s, at: f(s.at) })) };
    case 'ellipsoid':
      return { ...part, center: f(part.center) };
    case 'plate':
      return { ...part, grid: part.grid.map((row) => row.map(f)) };
  }
  return part;
}

export const moveParts = (parts: readonly BonePart[], f: (p: Vec3) => Vec3): BonePart[] => parts.map((p) => movePart(p, f));
export const moveBone = (bone: Bone, f: (p: Vec3) => Vec3): Bone => ({ ...bone, parts: moveParts(bone.parts, f) });

/**
 * A muscle of the head placed with its bones: points on the hyoid move with the hyoid, on the
 * styloid or mastoid process with them, on the tongue (and the path of a tongue muscle) with the
 * tongue, the rest with the face.
 */
export function placeMuscle(m: Muscle, tongueMuscle: boolean): Muscle {
  const strand = tongueMuscle ? onTongue : placeHead;
  const attachment = (a: Attachment): Attachment => {
    const f = a.bone === 'hyoid' ? onHyoidBone : /styloid|mastoid/.test(a.area) ? onMastoid : a.bone === 'tongue' ? onTongue : placeHead;
    return { ...a, points: a.points.map(f) };
  };
  return { ...m, origin: m.origin.map(attachment), insertion: m.insertion.map(attachment), path: m.path.map(strand) };
}
