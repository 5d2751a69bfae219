import { closeMask, type VoxelGrid } from '../../figures/render/voxels';

/** Closing by the definition: dilate by a cube of radius r, then erode by the same cube. */
function closeByDefinition(grid: VoxelGrid, mask: Uint8Array, r: number): Uint8Array {
  const { nx, ny, nz } = grid;
  const at = (m: Uint8Array, i: number, j: number, k: number): number => m[i + nx * (j + ny * k)] ?? 0;
  const cube = (m: Uint8Array, test: (v: number) => boolean, any: boolean): Uint8Array => {
    const out = new Uint8Array(m.length);
    for (let k = 0; k < nz; k++)
      for (let j = 0; j < ny; j++)
        for (let i = 0; i < nx; i++) {
          let hit = !any;
          for (let c = Math.max(0, k - r); c <= Math.min(nz - 1, k + r); c++)
            for (let b = Math.max(0, j - r); b <= Math.min(ny - 1, j + r); b++)
              for (let a = Math.max(0, i - r); a <= Math.min(nx - 1, i + r); a++) {
                if (any && test(at(m, a, b, c))) hit = true;
                if (!any && !test(at(m, a, b, c))) hit = false;
              }
          out[i + nx * (j + ny * k)] = hit ? 1 : 0;
        }
    return out;
  };
  const dilated = cube(mask, (v) => v === 1, true);
  // Outside the grid counts as empty for the dilation and as full for the erosion (the cube is clipped).
  return cube(dilated, (v) => v === 1, false);
}

describe('closeMask', () => {
  it.each([
    [9, 7, 11, 2],
    [16, 5, 4, 3],
    [3, 12, 10, 6],
  ])('fills gaps of a %ix%ix%i grid as a closing by a cube of radius %i does', (nx, ny, nz, r) => {
    const grid: VoxelGrid = { nx, ny, nz, origin: [0, 0, 0], spacing: 0.002 };
    let seed = nx * 131 + ny * 17 + nz;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const mask = Uint8Array.from({ length: nx * ny * nz }, () => (random() < 0.08 ? 1 : 0));
    const closed = closeMask(grid, mask, r);
    expect(Array.from(closed)).toEqual(Array.from(closeByDefinition(grid, mask, r)));
    // A closing never loses a voxel of the mask.
    expect(mask.every((v, i) => v === 0 || closed[i] === 1)).toBe(true);
  });

  it('refuses a mask that is not the size of its grid', () => {
    expect(() => closeMask({ nx: 2, ny: 2, nz: 2, origin: [0, 0, 0], spacing: 1 }, new Uint8Array(7), 1)).toThrow(/7 voxels for a 2x2x2 grid/);
  });
});
