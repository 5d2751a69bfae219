import { MeshoptSimplifier } from 'meshoptimizer';
import type { Mesh } from '../render/mesh';

/**
 * A mesh made lighter for the browser: meshoptimizer's simplifier collapses edges until the surface
 * would move by more than `error` metres, then the vertices no triangle uses any more are dropped.
 * `source` maps each kept vertex to its index in the original mesh, so per-vertex data computed on
 * the full mesh (the attachment paint of the bones) carries over.
 */
export interface LightMesh {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly indices: Uint32Array;
  readonly source: Uint32Array;
}

/** How far (metres) a simplified surface may stray from the pictures' surface: under a pixel at the hero's framing (about 0.8 mm a pixel), and well under the 1.5-2 mm voxel grid it was built on. */
export const SIMPLIFY_ERROR = 0.0005;

export async function simplifierReady(): Promise<void> {
  await MeshoptSimplifier.ready;
}

/**
 * Simplify a mesh. With `colours` (RGB per vertex, 0-255), edges between differently painted areas
 * are kept, so an origin or insertion keeps its outline. Call `simplifierReady()` first.
 */
export function simplifyMesh(mesh: Mesh, error: number = SIMPLIFY_ERROR, colours?: Float32Array): LightMesh {
  const [indices] = colours
    ? MeshoptSimplifier.simplifyWithAttributes(
        mesh.indices,
        mesh.positions,
        3,
        // Colour differences weigh like distances of a few millimetres.
        Float32Array.from(colours, (c) => c / 255),
        3,
        [0.02, 0.02, 0.02],
        null,
        0,
        error,
        ['ErrorAbsolute'],
      )
    : MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, 0, error, ['ErrorAbsolute']);
  return compact(mesh, indices);
}

/** Only the vertices the triangles use, renumbered in order of first use. */
function compact(mesh: Mesh, indices: Uint32Array): LightMesh {
  const remap = new Int32Array(mesh.positions.length / 3).fill(-1);
  const source: number[] = [];
  const out = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i] ?? 0;
    let r = remap[v] ?? -1;
    if (r < 0) {
      r = source.length;
      remap[v] = r;
      source.push(v);
    }
    out[i] = r;
  }
  const positions = new Float32Array(source.length * 3);
  const normals = new Float32Array(source.length * 3);
  source.forEach((v, i) => {
    for (let k = 0; k < 3; k++) {
      positions[i * 3 + k] = mesh.positions[v * 3 + k] ?? 0;
      normals[i * 3 + k] = mesh.normals[v * 3 + k] ?? 0;
    }
  });
  return { positions, normals, indices: out, source: Uint32Array.from(source) };
}
