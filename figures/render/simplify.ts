import { MeshoptSimplifier } from 'meshoptimizer';
import type { Mesh } from './mesh';

/**
 * A mesh made lighter: meshoptimizer's simplifier collapses edges until the surface would move by
 * more than `error` metres, then the vertices no triangle uses any more are dropped. The kept
 * vertices keep their positions and shading normals (those of the full mesh); `source` maps each to
 * its index in the original mesh, so per-vertex data computed on the full mesh carries over.
 */
export interface LightMesh extends Mesh {
  readonly source: Uint32Array;
}

/** Resolves when meshoptimizer's WebAssembly is compiled: call before `simplifyMesh`. */
export async function simplifierReady(): Promise<void> {
  await MeshoptSimplifier.ready;
}

export interface SimplifyOptions {
  /** RGB per vertex (0-255): edges between differently painted areas are kept, so an area keeps its outline. */
  readonly colours?: Float32Array;
  /** Per vertex, 1 where the vertex must stay where it is (and so the triangles around it keep their shape). */
  readonly lock?: Uint8Array;
}

export function simplifyMesh(mesh: Mesh, error: number, opts: SimplifyOptions = {}): LightMesh {
  const { colours, lock } = opts;
  const [indices] =
    colours || lock
      ? MeshoptSimplifier.simplifyWithAttributes(
          mesh.indices,
          mesh.positions,
          3,
          // Colour differences weigh like distances of a few millimetres.
          colours ? Float32Array.from(colours, (c) => c / 255) : new Float32Array(0),
          colours ? 3 : 0,
          colours ? [0.02, 0.02, 0.02] : [],
          lock ? Uint8Array.from(lock) : null,
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
