/** @jest-environment node */
import { viewBasis } from '@/figures/render/camera';
import { fibreCoordinates, type FibreFrame } from '@/figures/render/fibres';
import { mirrorMesh, type Mesh } from '@/figures/render/mesh';
import { renderView, type SceneItem } from '@/figures/render/render-view';
import { sweep } from '@/figures/render/sweep';

/** A strap 20 cm long and 20 cm wide, swept up the body (z), facing forward (+y). */
const strap = sweep(
  [
    [0, 0, -0.1],
    [0, 0, 0.1],
  ],
  [0, 1, 0],
  [
    { t: 0, w: 0.2, d: 0.01 },
    { t: 1, w: 0.2, d: 0.01 },
  ],
  3,
);

/** Vertices on the strap's front face, at (x, z). */
function face(points: readonly (readonly [number, number])[]): Mesh {
  return {
    positions: Float32Array.from(points.flatMap(([x, z]) => [x, 0.005, z])),
    normals: Float32Array.from(points.flatMap(() => [0, 1, 0])),
    indices: new Uint32Array(0),
  };
}

const along = (angle: number, mirrored = false): FibreFrame => ({ sweep: strap, angle, mirrored });

describe('the coordinate across a muscle’s fibres', () => {
  it('is the same all along a fibre of a strap and changes across it', () => {
    const [a, b, c] = fibreCoordinates(face([[0.02, -0.05], [0.02, 0.05], [0.06, 0.05]]), along(0));
    expect(b).toBeCloseTo(a!, 4);
    expect(Math.abs(c! - b!)).toBeCloseTo(0.04, 3);
  });

  it('turns with fibres that cross the path at an angle, as the obliques’ do', () => {
    // At 45° a step up the path and a step across its width change the coordinate by as much.
    const [o, up, across] = fibreCoordinates(face([[0, 0], [0, 0.03], [-0.03, 0]]), along(45));
    expect(Math.abs(up! - o!)).toBeCloseTo(0.03 * Math.SQRT1_2, 3);
    expect(Math.abs(across! - o!)).toBeCloseTo(0.03 * Math.SQRT1_2, 3);
    // One step along the fibres (up and across together, one way) leaves it unchanged.
    const [p, q] = fibreCoordinates(face([[0, 0], [0.02, 0.02]]), along(45));
    const [r, s] = fibreCoordinates(face([[0, 0], [-0.02, 0.02]]), along(45));
    expect(Math.min(Math.abs(q! - p!), Math.abs(s! - r!))).toBeLessThan(1e-4);
  });

  it('is the same on a muscle’s mirror image, vertex for vertex', () => {
    const mesh = face([[0.02, -0.05], [0.07, 0.01], [-0.03, 0.08]]);
    expect([...fibreCoordinates(mirrorMesh(mesh), along(30, true))]).toEqual([...fibreCoordinates(mesh, along(30))]);
  });
});

describe('fibre lines in a picture', () => {
  /** The strap's front face as a square plate of quads, 8 by 8. */
  function plate(): SceneItem {
    const n = 8, half = 0.08;
    const points: [number, number][] = [];
    for (let j = 0; j <= n; j++) for (let i = 0; i <= n; i++) points.push([-half + (2 * half * i) / n, -half + (2 * half * j) / n]);
    const indices: number[] = [];
    for (let j = 0; j < n; j++)
      for (let i = 0; i < n; i++) {
        const v = j * (n + 1) + i;
        indices.push(v, v + n + 2, v + 1, v, v + n + 1, v + n + 2);
      }
    const mesh = { ...face(points), indices: Uint32Array.from(indices) };
    return { id: 'strap', kind: 'muscle', mesh, owners: ['strap'], bounds: [-half, 0, -half, half, 0.01, half], side: 'midline', fibres: along(0) };
  }
  const framing = { axisX: 0, axisY: 0, centreZ: 0, pixelsPerMetre: 1000, width: 200, height: 200 };

  /** The brightness (red channel) of a row and of a column through the picture's middle. */
  function lines(highlighted: boolean): { row: number[]; column: number[] } {
    const { rgb } = renderView([plate()], { basis: viewBasis(0), framing, highlighted: new Set(highlighted ? ['strap'] : []), paints: new Map() });
    const at = (x: number, y: number): number => rgb[(y * 200 + x) * 3] ?? 0;
    const span = Array.from({ length: 120 }, (_, k) => 40 + k);
    return { row: span.map((x) => at(x, 100)), column: span.map((y) => at(100, y)) };
  }
  const spread = (values: readonly number[]): number => Math.max(...values) - Math.min(...values);

  it('run along the highlighted muscle: they darken it across its fibres, not along them', () => {
    const { row, column } = lines(true);
    expect(spread(row)).toBeGreaterThan(25);
    expect(spread(column)).toBeLessThan(4);
  });

  it('are drawn on the highlighted muscle only', () => {
    expect(spread(lines(false).row)).toBeLessThan(4);
  });
});
