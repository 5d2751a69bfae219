import type { Bone, BonePart } from '../../model/types';
import type { Mesh } from './mesh';
import { ellipsoidMesh, loftMesh, plateMesh } from './primitives';

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

/** Each part of a bone as its own closed mesh (a bone is their union). */
export function bonePartMeshes(bone: Bone): Mesh[] {
  return bone.parts.map(partMesh);
}
