import type { Bone, BonePart } from '../model/types';
import { blur } from './blur';
import { meshBounds, unionBounds, type Mesh } from './mesh';
import { ellipsoidMesh, loftMesh, plateMesh } from './primitives';
import { surfaceNets } from './surface-nets';
import { gridAround, markInside } from './voxels';

export function partMesh(part: BonePart): Mesh {
  switch (part.kind) {
    case 'loft':
      return loftMesh(part);
    case 'ellipsoid':
      return ellipsoidMesh(part);
    case 'plate':
      return plateMesh(part);
  }
}

/** Each solid part of a bone as its own closed mesh (a bone is their union, less its carved parts). */
export function bonePartMeshes(bone: Bone): Mesh[] {
  return bone.parts.filter((p) => !p.carve).map(partMesh);
}

/** The carved parts of a bone (foramina, pits, grooves, an orbit), cut out of its drawn surface. */
export function boneCarveMeshes(bone: Bone): Mesh[] {
  return bone.parts.filter((p) => p.carve).map(partMesh);
}

/** Whether muscles must keep out of a bone: ligaments and soft solids (the tongue) are drawn but no obstacle. */
export function isSolid(bone: Bone): boolean {
  return bone.tissue !== 'soft' && bone.tissue !== 'ligament';
}

/** The parts of the skeleton that are solid to the muscles. */
export function solidPartMeshes(bones: readonly Bone[]): Mesh[] {
  return bones.filter(isSolid).flatMap(bonePartMeshes);
}

export interface BlendOptions {
  /** Voxel size in metres. */
  readonly spacing: number;
  /** Rounds of a [1 2 1] blur along each axis: the fillet where parts meet grows with them. */
  readonly blur: number;
  /** Taubin smoothing rounds of the extracted surface. */
  readonly smoothing: number;
}

export const DEFAULT_BLEND: BlendOptions = { spacing: 0.0015, blur: 3, smoothing: 8 };

/**
 * A bone as one surface: the union of its parts, voxelised, blurred a little and surfaced, so
 * where a tubercle, a ramus or a condyle meets the rest of the bone there is a smooth fillet
 * instead of a crease, as on a real bone.
 */
export function boneMesh(bone: Bone, opts: BlendOptions = DEFAULT_BLEND): Mesh {
  return blendParts(bonePartMeshes(bone), opts, boneCarveMeshes(bone));
}

/** The blended surface of a bone's part meshes less its carved ones (see boneMesh). */
export function blendParts(parts: readonly Mesh[], opts: BlendOptions = DEFAULT_BLEND, carves: readonly Mesh[] = []): Mesh {
  const grid = gridAround(unionBounds(parts.map(meshBounds), (opts.blur + 3) * opts.spacing), opts.spacing);
  const { nx, ny, nz } = grid;
  // Occupancy is sampled at twice the resolution and averaged, so the field has no voxel steps.
  const fine = { nx: 2 * nx, ny: 2 * ny, nz: 2 * nz, spacing: opts.spacing / 2, origin: grid.origin.map((o) => o - opts.spacing / 4) as [number, number, number] };
  const mask = new Uint8Array(fine.nx * fine.ny * fine.nz);
  for (const part of parts) markInside(fine, part, mask, 1);
  for (const carve of carves) markInside(fine, carve, mask, 0);
  const values = new Float32Array(nx * ny * nz);
  for (let k = 0; k < fine.nz; k++) {
    for (let j = 0; j < fine.ny; j++) {
      const row = fine.nx * (j + fine.ny * k);
      const target = nx * ((j >> 1) + ny * (k >> 1));
      for (let i = 0; i < fine.nx; i++) if (mask[row + i]) values[target + (i >> 1)] = (values[target + (i >> 1)] ?? 0) + 0.125;
    }
  }
  let field: Float32Array = values;
  for (let r = 0; r < opts.blur; r++) field = blur(field, nx, ny, nz);
  return surfaceNets({ ...grid, values: field }, 0.5, opts.smoothing);
}
