import type { AnatomicalModel, Muscle } from '../model/types';
import { blendParts, boneCarveMeshes, bonePartMeshes, DEFAULT_BLEND, isSolid } from './bone-geometry';
import type { Sides } from './framing';
import { meshBounds, mirrorMesh, type Mesh } from './mesh';
import { buildMuscleMeshes, DEFAULT_VOLUME_OPTIONS, muscleSweep, tendonSweep, type VolumeOptions } from './muscle-volumes';
import type { FibreFrame } from './fibres';
import type { SceneItem } from './render-view';
import { pushOutOfBones } from './push-out';
import { sweepMesh } from './sweep';

/** How far from its first and last path points a tendon may sit inside the bone it is anchored in. */
export const TENDON_ANCHOR = 0.008;

/** Every drawable surface of the model, by the id of the bone, muscle or tendon it shows. */
export interface SceneGeometry {
  readonly bones: ReadonlyMap<string, Mesh>;
  readonly muscles: ReadonlyMap<string, Mesh>;
  readonly tendons: ReadonlyMap<string, Mesh>;
}

export function buildSceneGeometry(model: AnatomicalModel, opts: VolumeOptions = DEFAULT_VOLUME_OPTIONS): SceneGeometry {
  const boneParts = bonePartsOf(model);
  return { bones: buildBoneGeometry(model, boneParts), ...buildSoftGeometry(model, opts, boneParts) };
}

/** Each bone's parts as separate closed meshes (what the muscles are packed around and pushed out of). */
export function bonePartsOf(model: AnatomicalModel): ReadonlyMap<string, readonly Mesh[]> {
  return new Map(model.bones.map((b) => [b.id, bonePartMeshes(b)] as const));
}

/** The bones' surfaces, each blended from its parts. Independent of the muscles, so it may be built beside them (geometry-cache.ts). */
export function buildBoneGeometry(model: AnatomicalModel, boneParts = bonePartsOf(model)): Map<string, Mesh> {
  return new Map(model.bones.map((b) => [b.id, blendParts(boneParts.get(b.id) ?? [], DEFAULT_BLEND, boneCarveMeshes(b))] as const));
}

/** The muscles' and tendons' surfaces: packed around the bones' parts and pushed out of them. */
export function buildSoftGeometry(
  model: AnatomicalModel,
  opts: VolumeOptions = DEFAULT_VOLUME_OPTIONS,
  boneParts = bonePartsOf(model),
): Pick<SceneGeometry, 'muscles' | 'tendons'> {
  // Ligaments and soft solids (the tongue) are drawn but are no obstacle: muscles pass under, into and attach to them.
  const allParts = model.bones.filter(isSolid).flatMap((b) => boneParts.get(b.id) ?? []);
  const tendonSweeps = model.tendons.map(tendonSweep);
  const muscles = pushOutOfBones(buildMuscleMeshes(model.muscles, allParts, tendonSweeps, opts), allParts, () => false);
  // A tendon's ends are anchored in the bone it attaches to; elsewhere it wraps round bones.
  const anchors = new Map(model.tendons.map((t) => [t.id, [t.path[0], t.path[t.path.length - 1]].filter((p) => p !== undefined)] as const));
  const tendons = pushOutOfBones(
    new Map(model.tendons.map((t, i) => [t.id, sweepMesh(tendonSweeps[i] ?? tendonSweep(t))] as const)),
    allParts,
    (id, x, y, z) => (anchors.get(id) ?? []).some((e) => Math.hypot(x - e[0], y - e[1], z - e[2]) < TENDON_ANCHOR),
  );
  return { muscles, tendons };
}

const fibreFrames = new WeakMap<Muscle, FibreFrame>();

/** A muscle's fibre frame (its sweep), made once however many levels and pictures draw it. */
function fibreFrameOf(m: Muscle): FibreFrame {
  let frame = fibreFrames.get(m);
  if (!frame) {
    frame = { sweep: muscleSweep(m), angle: m.fibreAngle ?? 0, mirrored: false };
    fibreFrames.set(m, frame);
  }
  return frame;
}

/** The drawable items of a scene, bones first. */
export function sceneItems(model: AnatomicalModel, geo: SceneGeometry): SceneItem[] {
  const items: SceneItem[] = [];
  for (const b of model.bones) {
    const mesh = geo.bones.get(b.id);
    if (mesh) {
      items.push({
        id: b.id,
        kind: 'bone',
        mesh,
        owners: [],
        bounds: meshBounds(mesh),
        side: b.midline ? 'midline' : 'right',
        ...(b.hiddenIn ? { hiddenIn: b.hiddenIn } : {}),
        ...(b.tissue ? { tissue: b.tissue } : {}),
      });
    }
  }
  // A muscle is left out of the framings that leave out every bone it attaches to (the muscles of
  // the hanging arm with the arm's bones, in the lower limb's pictures) and of those it names
  // itself; a tendon with its muscles.
  const boneHidden = new Map(model.bones.map((b) => [b.id, b.hiddenIn ?? []] as const));
  const common = (lists: readonly (readonly string[])[]): string[] =>
    lists.length === 0 ? [] : (lists[0] ?? []).filter((name) => lists.every((list) => list.includes(name)));
  const muscleHidden = new Map(
    model.muscles.map((m) => {
      const bones = [...m.origin, ...m.insertion].flatMap((a) => (a.bone === null ? [] : [a.bone]));
      return [m.id, [...new Set([...common(bones.map((id) => boneHidden.get(id) ?? [])), ...(m.hiddenIn ?? [])])]] as const;
    }),
  );
  const hidden = (names: readonly string[]) => (names.length > 0 ? { hiddenIn: names } : {});
  for (const m of model.muscles) {
    const mesh = geo.muscles.get(m.id);
    if (mesh) {
      items.push({
        id: m.id,
        kind: 'muscle',
        mesh,
        owners: [m.id],
        bounds: meshBounds(mesh),
        side: m.midline ? 'midline' : 'right',
        fibres: fibreFrameOf(m),
        ...hidden(muscleHidden.get(m.id) ?? []),
      });
    }
  }
  for (const t of model.tendons) {
    const mesh = geo.tendons.get(t.id);
    if (mesh) {
      const names = common(t.of.map((id) => muscleHidden.get(id) ?? []));
      items.push({ id: t.id, kind: 'tendon', mesh, owners: t.of, bounds: meshBounds(mesh), side: t.midline ? 'midline' : 'right', ...hidden(names) });
    }
  }
  return items;
}

/**
 * The items of a picture: the right side alone, or both sides, the right side's structures
 * mirrored to the left (same ids, so a muscle is highlighted and an attachment painted on both
 * sides). Midline structures are drawn once. With a framing, the items it hides (the upper limb
 * in the lower limb's pictures) are left out.
 */
export function sidedItems(items: readonly SceneItem[], sides: Sides, framing?: string): readonly SceneItem[] {
  const shown = framing === undefined ? items : items.filter((item) => !item.hiddenIn?.includes(framing));
  if (sides === 'right') return shown;
  const mirrored = shown
    .filter((item) => item.side === 'right')
    .map((item): SceneItem => {
      const mesh = mirrorMesh(item.mesh);
      return { ...item, mesh, bounds: meshBounds(mesh), side: 'left', ...(item.fibres ? { fibres: { ...item.fibres, mirrored: true } } : {}) };
    });
  return [...shown, ...mirrored];
}
