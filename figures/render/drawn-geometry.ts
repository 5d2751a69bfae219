import type { AnatomicalModel } from '../model/types';
import { attachmentWeights, paintedAreas } from './attachments';
import type { Mesh } from './mesh';
import type { SceneGeometry } from './scene-geometry';
import { simplifierReady, simplifyMesh } from './simplify';

/**
 * The levels of detail the pictures are drawn from: how far (metres) each level's surfaces may stray
 * from the model's, finest first. The voxel surfaces have many more triangles than a picture needs,
 * and the renderer's time goes mostly into setting up small triangles, so each page is drawn from
 * the coarsest level that strays less than `DRAWN_PIXELS` at its framing. The finest, 0.1 mm, is
 * under half a rendered pixel at the closest framing of a limb (0.32 m in 1563 pixels); a whole
 * region's framing is drawn from a level with about a third of its triangles.
 */
export const DRAWN_ERRORS: readonly number[] = [0.0001, 0.00015, 0.00022, 0.00033, 0.0005, 0.00075];

/**
 * How far a drawn surface may stray from the model's, in pixels of the picture: one and a half (the
 * simplifier's bound; most of a surface moves far less). Side by side at full size, a page drawn
 * from its level and from the finest one look the same; at one pixel, a page draws 7% slower.
 */
export const DRAWN_PIXELS = 1.5;

/** The index into DRAWN_ERRORS of the coarsest level fine enough for a framing of this scale. */
export function drawnLevel(pixelsPerMetre: number): number {
  let level = 0;
  DRAWN_ERRORS.forEach((error, i) => {
    if (error * pixelsPerMetre <= DRAWN_PIXELS) level = i;
  });
  return level;
}

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
      // Every area any picture paints: in a picture of both sides, some are mirrored (paintedAreas).
      for (const area of paintedAreas(model, m, a, 'both')) {
        const w = attachmentWeights(mesh, { ...area, radius: area.radius + AREA_MARGIN });
        for (let v = 0; v < w.length; v++) if ((w[v] ?? 0) > 0) lock[v] = 1;
      }
    }
  }
  return lock;
}

/**
 * The scene geometry the pictures are drawn from, one per level of DRAWN_ERRORS: every mesh
 * simplified within the level's error, the bones' attachment areas kept whole. The model's checks
 * use the full geometry.
 */
export async function drawnGeometry(model: AnatomicalModel, geo: SceneGeometry): Promise<SceneGeometry[]> {
  await simplifierReady();
  const locks = new Map([...geo.bones].map(([id, mesh]) => [id, attachmentLock(model, id, mesh)] as const));
  return DRAWN_ERRORS.map((error) => {
    const light = (mesh: Mesh, lock?: Uint8Array): Mesh => {
      const { positions, normals, indices } = simplifyMesh(mesh, error, lock ? { lock } : {});
      return { positions, normals, indices };
    };
    return {
      bones: new Map([...geo.bones].map(([id, mesh]) => [id, light(mesh, locks.get(id))] as const)),
      muscles: new Map([...geo.muscles].map(([id, mesh]) => [id, light(mesh)] as const)),
      tendons: new Map([...geo.tendons].map(([id, mesh]) => [id, light(mesh)] as const)),
    };
  });
}
