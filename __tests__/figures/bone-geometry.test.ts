/** @jest-environment node */
import { boneCarveMeshes, boneMesh, bonePartMeshes, DEFAULT_BLEND, partMesh } from '@/figures/render/bone-geometry';
import { meshBounds, signedVolume, type Mesh } from '@/figures/render/mesh';
import { gridAround, markInside } from '@/figures/render/voxels';
import type { Bone } from '@/figures/model/types';

// A shaft with a tubercle on its side: two parts that meet at a crease.
const bone: Bone = {
  id: 'test',
  name: 'Test bone',
  parts: [
    { kind: 'loft', label: 'shaft', sections: [{ at: [0, 0, 0], r: 0.01 }, { at: [0, 0, 0.08], r: 0.01 }], capStart: 0.005, capEnd: 0.005 },
    { kind: 'ellipsoid', label: 'tubercle', center: [0.011, 0, 0.04], radii: [0.006, 0.006, 0.006] },
  ],
};

function distanceToVertices(positions: Float32Array, p: readonly number[]): number {
  let best = Infinity;
  for (let i = 0; i < positions.length; i += 3) {
    best = Math.min(best, Math.hypot((positions[i] ?? 0) - (p[0] ?? 0), (positions[i + 1] ?? 0) - (p[1] ?? 0), (positions[i + 2] ?? 0) - (p[2] ?? 0)));
  }
  return best;
}

function insideOf(mesh: Mesh, p: [number, number, number]): boolean {
  const grid = gridAround([...p, ...p], 0.001);
  const out = new Uint8Array(grid.nx * grid.ny * grid.nz);
  markInside(grid, mesh, out, 1);
  return out[0] === 1;
}

describe('a bone’s surface', () => {
  const mesh = boneMesh(bone);

  it('is one closed outward surface the size of its parts together', () => {
    const [shaft, tubercle] = bone.parts.map(partMesh);
    const parts = Math.abs(signedVolume(shaft!.positions, shaft!.indices)) + Math.abs(signedVolume(tubercle!.positions, tubercle!.indices));
    const volume = signedVolume(mesh.positions, mesh.indices);
    expect(volume).toBeGreaterThan(0);
    // The union is less than the sum (they overlap); the fillet adds a little back.
    expect(volume).toBeGreaterThan(parts * 0.8);
    expect(volume).toBeLessThan(parts * 1.02);
    const b = meshBounds(mesh);
    expect(b[3]).toBeCloseTo(0.017, 2);
    expect(b[5] - b[2]).toBeCloseTo(0.09, 2);
  });

  it('keeps the shape of its parts, away from where they meet, to within one voxel', () => {
    // Points on the parts' own surfaces: a vertex of the blended surface lies within a voxel of each.
    for (const p of [[-0.01, 0, 0.04], [0, 0.01, 0.02], [0.017, 0, 0.04], [0, -0.01, 0.07]]) {
      expect(distanceToVertices(mesh.positions, p)).toBeLessThan(DEFAULT_BLEND.spacing);
    }
  });

  it('fills the crease where the tubercle meets the shaft', () => {
    // Half a millimetre outside both parts, in the corner between them: inside the smooth fillet.
    const corner: [number, number, number] = [0.0106, 0, 0.0335];
    expect(insideOf(partMesh(bone.parts[0]!), corner) || insideOf(partMesh(bone.parts[1]!), corner)).toBe(false);
    expect(insideOf(mesh, corner)).toBe(true);
  });
});

describe('a carved part', () => {
  // A block with a round hollow cut into its front face, like an orbit in the face.
  const carved: Bone = {
    id: 'carved',
    name: 'Carved block',
    parts: [
      { kind: 'ellipsoid', label: 'block', center: [0, 0, 0], radii: [0.03, 0.02, 0.03] },
      { kind: 'ellipsoid', label: 'hollow', carve: true, center: [0, 0.02, 0], radii: [0.012, 0.015, 0.012] },
    ],
  };
  const mesh = boneMesh(carved);

  it('is cut out of the bone, not added to it', () => {
    expect(bonePartMeshes(carved)).toHaveLength(1);
    expect(boneCarveMeshes(carved)).toHaveLength(1);
    // The middle of the hollow, inside the block's ellipsoid, is empty; the block's back is bone.
    expect(insideOf(mesh, [0, 0.012, 0])).toBe(false);
    expect(insideOf(mesh, [0, -0.012, 0])).toBe(true);
    // Nothing grows where the carving pokes out of the block.
    expect(meshBounds(mesh)[4]).toBeLessThan(0.0205);
  });
});

describe('a carved hole through a plate', () => {
  // A thick disc with a carved hole through it (a foramen): the hole is cut out of the drawn surface.
  const plate: Bone = {
    id: 'plate',
    name: 'Plate',
    parts: [
      { kind: 'loft', label: 'disc', sections: [{ at: [0, 0, 0], r: 0.02 }, { at: [0, 0, 0.008], r: 0.02 }] },
      { kind: 'loft', label: 'foramen', carve: true, sections: [{ at: [0.008, 0, -0.01], r: 0.004 }, { at: [0.008, 0, 0.02], r: 0.004 }] },
    ],
  };
  const mesh = boneMesh(plate);

  it('leaves a hole through the bone where it is carved', () => {
    expect(insideOf(mesh, [0.008, 0, 0.004])).toBe(false);
    expect(insideOf(mesh, [-0.008, 0, 0.004])).toBe(true);
  });

  it('is not one of the solid parts that muscles are packed against', () => {
    expect(bonePartMeshes(plate)).toHaveLength(1);
  });
});
