import type { AnatomicalModel } from '../model/types';
import { attachmentWeights } from './attachments';
import type { Mesh } from './mesh';
import type { SceneGeometry } from './scene-geometry';
import { simplifierReady, simplifyMesh } from './simplify';

/**
 * How far (metres) the surfaces the pictures are drawn from may stray from the model's: 0.1 mm,
 * about half a rendered pixel at the closest framing (0.32 m of limb in 1875 pixels). The voxel
 * surfaces have many more triangles than that needs (a third of them suffice); the renderer's time
 * goes mostly into setting up small triangles.
 */
export const DRAWN_ERROR = 0.0001;

/** How far beyond an attachment area's brush its bone keeps every vertex. */
const AREA_MARGIN = 0.003;

/**
 * The vertices of a bone in and just around any muscle's attachment areas on it: they are kept as
 * they are, so an area painted on the lighter mesh has the outline it has on the full one.
 */
export function attachmentLock(model: AnatomicalModel, boneId: string, mesh: Mesh): Uint8Array {
  const lock = new Uint8Array(mesh.positions.length / 3);
  for (const m of model.muscles) {
    for (const a of [...m.origin, ...m.insertion]) {
      if (a.bone !== boneId) continue;
      const w = attachmentWeights(mesh, { ...a, radius: a.radius + AREA_MARGIN });
      for (let v = 0; v < w.length; v++) if ((w[v] ?? 0) > 0) lock[v] = 1;
    }
  }
  return lock;
}

/**
 * The scene geometry the pictures are drawn from: every mesh simplified within `DRAWN_ERROR`, the
 * bones' attachment areas kept whole. The model's checks use the full geometry.
 */
export async function drawnGeometry(model: AnatomicalModel, geo: SceneGeometry): Promise<SceneGeometry> {
  await simplifierReady();
  const light = (mesh: Mesh, lock?: Uint8Array): Mesh => {
    const { positions, normals, indices } = simplifyMesh(mesh, DRAWN_ERROR, lock ? { lock } : {});
    return { positions, normals, indices };
  };
  return {
    bones: new Map([...geo.bones].map(([id, mesh]) => [id, light(mesh, attachmentLock(model, id, mesh))] as const)),
    muscles: new Map([...geo.muscles].map(([id, mesh]) => [id, light(mesh)] as const)),
    tendons: new Map([...geo.tendons].map(([id, mesh]) => [id, light(mesh)] as const)),
  };
}
