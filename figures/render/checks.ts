import type { FigurePage } from '../pages';
import type { AnatomicalModel } from '../model/types';
import { meshBounds, trianglePieces, unionBounds, type Mesh } from './mesh';
import { heroView } from './hero-view';
import { heroFromOf } from './framing';
import { fittedPageFrame, measureViews } from './page-frame';
import type { SceneItem } from './render-view';
import type { SceneGeometry } from './scene-geometry';
import { sidedItems } from './scene-items';
import { gridAround, markInside, type VoxelGrid } from './voxels';
import { solidPartMeshes } from './bone-geometry';

/** Distance from a point to the nearest vertex of a mesh (an upper bound of the distance to its surface). */
export function distanceToMesh(mesh: Mesh, p: readonly [number, number, number]): number {
  const P = mesh.positions;
  let best = Infinity;
  for (let i = 0; i < P.length; i += 3) {
    const d = ((P[i] ?? 0) - p[0]) ** 2 + ((P[i + 1] ?? 0) - p[1]) ** 2 + ((P[i + 2] ?? 0) - p[2]) ** 2;
    if (d < best) best = d;
  }
  return Math.sqrt(best);
}

export interface AttachmentReport {
  readonly muscle: string;
  readonly bone: string;
  readonly area: string;
  /** Largest distance of its points from the named bone's surface (metres). */
  readonly distance: number;
}

/** Every bony attachment with how far its landmarks lie from the bone it names. */
export function attachmentReports(model: AnatomicalModel, bones: ReadonlyMap<string, Mesh>): AttachmentReport[] {
  const out: AttachmentReport[] = [];
  for (const m of model.muscles) {
    for (const a of [...m.origin, ...m.insertion]) {
      if (a.bone === null) continue;
      const mesh = bones.get(a.bone);
      const distance = mesh ? Math.max(...a.points.map((p) => distanceToMesh(mesh, p))) : Infinity;
      out.push({ muscle: m.id, bone: a.bone, area: a.area, distance });
    }
  }
  return out;
}

/** Bone solids on a voxel grid, shrunk by `tolerance` (a surface may touch a bone, not enter it). */
export function boneInteriors(model: AnatomicalModel, spacing: number, tolerance: number): { grid: VoxelGrid; inside: Uint8Array } {
  const parts = solidPartMeshes(model.bones);
  const grid = gridAround(unionBounds(parts.map(meshBounds)), spacing);
  const solid = new Uint8Array(grid.nx * grid.ny * grid.nz);
  for (const p of parts) markInside(grid, p, solid, 1);
  // Erode: keep voxels whose neighbours within `tolerance` are all bone.
  const r = Math.round(tolerance / spacing);
  let cur = solid;
  for (let step = 0; step < r; step++) {
    const next = new Uint8Array(cur.length);
    const { nx, ny, nz } = grid;
    for (let k = 1; k < nz - 1; k++)
      for (let j = 1; j < ny - 1; j++)
        for (let i = 1; i < nx - 1; i++) {
          const v = i + nx * (j + ny * k);
          next[v] = cur[v] && cur[v - 1] && cur[v + 1] && cur[v - nx] && cur[v + nx] && cur[v - nx * ny] && cur[v + nx * ny] ? 1 : 0;
        }
    cur = next;
  }
  return { grid, inside: cur };
}

function insideAt(grid: VoxelGrid, inside: Uint8Array, x: number, y: number, z: number): boolean {
  const i = Math.round((x - grid.origin[0]) / grid.spacing);
  const j = Math.round((y - grid.origin[1]) / grid.spacing);
  const k = Math.round((z - grid.origin[2]) / grid.spacing);
  if (i < 0 || j < 0 || k < 0 || i >= grid.nx || j >= grid.ny || k >= grid.nz) return false;
  return inside[i + grid.nx * (j + grid.ny * k)] === 1;
}

/**
 * Muscles and tendons that pass through a bone: how many of their vertices lie deeper than the
 * tolerance inside one. A tendon's anchored ends (within `anchor` metres of its first and last
 * path points) may sit in the bone they attach to.
 */
export function bonePenetrations(
  model: AnatomicalModel,
  geometry: SceneGeometry,
  tolerance: number,
  anchor: number,
): { id: string; vertices: number }[] {
  const { grid, inside } = boneInteriors(model, 0.0015, tolerance);
  const out: { id: string; vertices: number }[] = [];
  const count = (id: string, mesh: Mesh, skip: (x: number, y: number, z: number) => boolean): void => {
    let n = 0;
    const P = mesh.positions;
    for (let i = 0; i < P.length; i += 3) {
      const x = P[i] ?? 0, y = P[i + 1] ?? 0, z = P[i + 2] ?? 0;
      if (!skip(x, y, z) && insideAt(grid, inside, x, y, z)) n++;
    }
    if (n > 0) out.push({ id, vertices: n });
  };
  for (const [id, mesh] of geometry.muscles) count(id, mesh, () => false);
  for (const t of model.tendons) {
    const mesh = geometry.tendons.get(t.id);
    if (!mesh) continue;
    const ends = [t.path[0], t.path[t.path.length - 1]].filter((p) => p !== undefined);
    count(t.id, mesh, (x, y, z) => ends.some((e) => Math.hypot(x - e[0], y - e[1], z - e[2]) < anchor));
  }
  return out;
}

/** Bellies that fall apart into more than one piece, with their pieces' sizes (triangles). */
export function brokenBellies(geometry: SceneGeometry): { id: string; pieces: number[] }[] {
  const out: { id: string; pieces: number[] }[] = [];
  for (const [id, mesh] of geometry.muscles) {
    const pieces = [...trianglePieces(mesh).sizes].sort((a, b) => b - a);
    if (pieces.length > 1) out.push({ id, pieces });
  }
  return out;
}

/**
 * What a page's pictures show of its highlighted muscles, its 16 views drawn small (width x 1.25
 * width) in the page's frame, once: the first view (in gallery order) where they show (-1: none),
 * and the hero's view, chosen as the generator chooses it, with the share of the picture they fill
 * there (0-1).
 */
export function pageViews(
  modelItems: readonly SceneItem[],
  page: FigurePage,
  width: number,
): { firstVisible: number; hero: number; share: number } {
  const items = sidedItems(modelItems, page.sides, page.framing);
  const framing = fittedPageFrame(page, items, width, Math.round(width * 1.25));
  const { scores, shares } = measureViews(items, page.muscles, framing, width);
  const hero = heroView(scores, heroFromOf(page.framing));
  return { firstVisible: shares.findIndex((share) => share > 0), hero, share: shares[hero] ?? 0 };
}
