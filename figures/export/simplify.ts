import type { Mesh } from '../render/mesh';
import { simplifyMesh as simplify, type LightMesh } from '../render/simplify';

export { simplifierReady, type LightMesh } from '../render/simplify';

/** How far (metres) a simplified surface may stray from the pictures' surface: under a pixel at the hero's framing (about 0.8 mm a pixel), and well under the 1.5-2 mm voxel grid it was built on. */
export const SIMPLIFY_ERROR = 0.0005;

/**
 * A mesh made lighter for the browser (see render/simplify.ts). With `colours` (RGB per vertex,
 * 0-255), edges between differently painted areas are kept, so an origin or insertion keeps its
 * outline. Call `simplifierReady()` first.
 */
export function simplifyMesh(mesh: Mesh, error: number = SIMPLIFY_ERROR, colours?: Float32Array): LightMesh {
  return simplify(mesh, error, colours ? { colours } : {});
}
