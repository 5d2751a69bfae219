import type { AnatomicalModel, Attachment } from '../model/types';
import type { Mesh } from './mesh';
import type { Sides } from './framing';
import { BONE, INSERTION, ORIGIN, type Rgb } from './palette';

/**
 * Per-vertex colours of the bones for a set of highlighted muscles: ivory, with the origin areas
 * red and the insertion areas blue. Only the bone an attachment names is painted.
 */
export interface BonePaint {
  /** RGB per vertex. */
  readonly colours: Float32Array;
  /** Per vertex: origin weight, 0, insertion weight (0-255), to show areas through the muscle. */
  readonly markers: Float32Array;
}

/** An attachment of the right side mirrored to the left (the model's midline is x = 0). */
export function mirrorAttachment(a: Attachment): Attachment {
  return { ...a, points: a.points.map(([x, y, z]) => [-x, y, z] as const) };
}

/**
 * The areas a muscle's attachment paints in a picture of `sides`: a paired muscle's area on a bone
 * of the midline (the skull, a vertebra, the sternum) is painted for the left muscle too in a
 * picture of both sides. A paired bone's paint goes with its mirror image (the same vertices), so
 * it needs nothing more.
 */
export function paintedAreas(model: AnatomicalModel, muscle: { readonly midline?: true }, a: Attachment, sides: Sides): Attachment[] {
  const onMidline = a.bone !== null && model.bones.some((b) => b.id === a.bone && b.midline);
  return sides === 'both' && onMidline && !muscle.midline ? [a, mirrorAttachment(a)] : [a];
}

/** The attachment areas a picture of `sides` paints for the highlighted muscles, each with its colour (origin or insertion). */
export function paintedAttachments(model: AnatomicalModel, highlighted: ReadonlySet<string>, sides: Sides): { a: Attachment; colour: Rgb }[] {
  const areas: { a: Attachment; colour: Rgb }[] = [];
  for (const m of model.muscles) {
    if (!highlighted.has(m.id)) continue;
    for (const a of m.origin.flatMap((a) => paintedAreas(model, m, a, sides))) areas.push({ a, colour: ORIGIN });
    for (const a of m.insertion.flatMap((a) => paintedAreas(model, m, a, sides))) areas.push({ a, colour: INSERTION });
  }
  return areas;
}

export function paintBones(
  model: AnatomicalModel,
  bones: ReadonlyMap<string, Mesh>,
  highlighted: ReadonlySet<string>,
  sides: Sides = 'right',
): Map<string, BonePaint> {
  const out = new Map<string, BonePaint>();
  for (const { a, colour } of paintedAttachments(model, highlighted, sides)) {
    if (a.bone === null) continue;
    const mesh = bones.get(a.bone);
    if (!mesh) continue;
    let paint = out.get(a.bone);
    if (!paint) {
      const colours = new Float32Array(mesh.positions.length);
      for (let i = 0; i < colours.length; i += 3) {
        colours[i] = BONE[0];
        colours[i + 1] = BONE[1];
        colours[i + 2] = BONE[2];
      }
      paint = { colours, markers: new Float32Array(mesh.positions.length) };
      out.set(a.bone, paint);
    }
    const { colours, markers } = paint;
    const channel = colour === ORIGIN ? 0 : 2;
    const weights = attachmentWeights(mesh, a);
    for (let v = 0; v < weights.length; v++) {
      const w = weights[v] ?? 0;
      if (w <= 0) continue;
      const i = v * 3;
      colours[i] = (colours[i] ?? 0) + (colour[0] - (colours[i] ?? 0)) * w;
      colours[i + 1] = (colours[i + 1] ?? 0) + (colour[1] - (colours[i + 1] ?? 0)) * w;
      colours[i + 2] = (colours[i + 2] ?? 0) + (colour[2] - (colours[i + 2] ?? 0)) * w;
      markers[i + channel] = Math.max(markers[i + channel] ?? 0, 255 * w);
    }
  }
  return out;
}

/**
 * How strongly each vertex of a bone belongs to an attachment area (0 to 1): within the brush
 * radius of the line through its points, measured from where that line meets the bone's surface.
 */
export function attachmentWeights(mesh: Mesh, a: Attachment): Float32Array {
  const P = mesh.positions;
  const N = mesh.normals;
  const n = P.length / 3;
  const snapped = a.points.map((p) => nearestVertexIndex(mesh, p));
  const at = (v: number): [number, number, number] => [P[v * 3] ?? 0, P[v * 3 + 1] ?? 0, P[v * 3 + 2] ?? 0];
  const normalAt = (v: number): [number, number, number] => [N[v * 3] ?? 0, N[v * 3 + 1] ?? 0, N[v * 3 + 2] ?? 0];
  const w = new Float32Array(n);
  const r = a.radius;
  for (let v = 0; v < n; v++) {
    const [x, y, z] = at(v);
    let d = Infinity;
    let near = snapped[0] ?? 0;
    if (snapped.length === 1) {
      const s = at(near);
      d = Math.hypot(x - s[0], y - s[1], z - s[2]);
    }
    for (let i = 0; i + 1 < snapped.length; i++) {
      const s0 = at(snapped[i] ?? 0);
      const s1 = at(snapped[i + 1] ?? 0);
      const dx = s1[0] - s0[0], dy = s1[1] - s0[1], dz = s1[2] - s0[2];
      const len2 = dx * dx + dy * dy + dz * dz || 1e-12;
      const t = Math.min(1, Math.max(0, ((x - s0[0]) * dx + (y - s0[1]) * dy + (z - s0[2]) * dz) / len2));
      const di = Math.hypot(x - s0[0] - dx * t, y - s0[1] - dy * t, z - s0[2] - dz * t);
      if (di < d) {
        d = di;
        near = (t < 0.5 ? snapped[i] : snapped[i + 1]) ?? 0;
      }
    }
    if (d >= r) continue;
    // Only the face the attachment is on: not the far side of a thin plate of bone.
    const nv = normalAt(v);
    const ns = normalAt(near);
    const facing = nv[0] * ns[0] + nv[1] * ns[1] + nv[2] * ns[2];
    if (facing <= 0) continue;
    const side = Math.min(1, facing / 0.5);
    w[v] = side * (d < r * 0.7 ? 1 : 1 - (d - r * 0.7) / (r * 0.3));
  }
  return w;
}

/** The index of the vertex of a mesh closest to a point. */
export function nearestVertexIndex(mesh: Mesh, p: readonly [number, number, number]): number {
  const P = mesh.positions;
  let best = Infinity;
  let bi = 0;
  for (let i = 0; i < P.length; i += 3) {
    const d = ((P[i] ?? 0) - p[0]) ** 2 + ((P[i + 1] ?? 0) - p[1]) ** 2 + ((P[i + 2] ?? 0) - p[2]) ** 2;
    if (d < best) {
      best = d;
      bi = i;
    }
  }
  return bi / 3;
}
