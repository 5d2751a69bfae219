import type { AnatomicalModel } from '../model/types';
import { blendParts, boneCarveMeshes, bonePartMeshes, DEFAULT_BLEND, isSolid } from './bone-geometry';
import type { Mesh } from './mesh';
import { buildMuscleMeshes, DEFAULT_VOLUME_OPTIONS, tendonSweep, type VolumeOptions } from './muscle-volumes';
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
