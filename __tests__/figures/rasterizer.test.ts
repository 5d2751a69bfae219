/** @jest-environment node */
import { Framebuffer, drawShaded, type ScreenVertices } from '@/figures/render/rasterizer';

/** A square of two triangles (wound as the renderer's front faces are) at depth z, in one colour. */
function square(x0: number, y0: number, size: number, z: number, grey: number): { v: ScreenVertices; indices: Uint32Array } {
  const x = Float32Array.of(x0, x0 + size, x0 + size, x0);
  const y = Float32Array.of(y0, y0, y0 + size, y0 + size);
  const same = (value: number) => new Float32Array(4).fill(value);
  return { v: { x, y, z: same(z), r: same(grey), g: same(grey), b: same(grey) }, indices: Uint32Array.of(0, 2, 1, 0, 3, 2) };
}

// Squares at many depths, overlapping, some nearer drawn first and some farther drawn first.
const squares = Array.from({ length: 40 }, (_, i) => square((i * 37) % 90, (i * 53) % 90, 20 + ((i * 7) % 40), ((i * 29) % 17) / 17, 20 + i * 5));

function draw(tiles: boolean, order: readonly number[]): Framebuffer {
  const fb = new Framebuffer(128, 120, { tiles });
  fb.clear(0);
  for (const i of order) {
    const s = squares[i]!;
    drawShaded(fb, s.v, s.indices, i + 1);
  }
  return fb;
}

describe('the depth tiles', () => {
  const nearestFirst = squares.map((_, i) => i).sort((a, b) => (squares[b]!.v.z[0] ?? 0) - (squares[a]!.v.z[0] ?? 0));

  it('leave the picture exactly as drawing every triangle does', () => {
    for (const order of [nearestFirst, squares.map((_, i) => i)]) {
      const plain = draw(false, order);
      const tiled = draw(true, order);
      expect(tiled.color).toEqual(plain.color);
      expect(tiled.depth).toEqual(plain.depth);
      expect(tiled.id).toEqual(plain.id);
    }
  });

  it('skip a square wholly behind a nearer one drawn first', () => {
    const fb = new Framebuffer(64, 64, { tiles: true });
    fb.clear(0);
    const front = square(0, 0, 64, 0.9, 200);
    drawShaded(fb, front.v, front.indices, 1);
    const behind = square(8, 8, 32, 0.1, 50);
    fb.idWritten = false;
    drawShaded(fb, behind.v, behind.indices, 2);
    expect(fb.id.every((id) => id === 1)).toBe(true);
    // Nothing of it was rasterized: the rectangle drawn into is still the front square's alone.
    expect([fb.dirtyX0, fb.dirtyY0, fb.dirtyX1, fb.dirtyY1]).toEqual([0, 0, 63, 63]);
    expect(fb.idWritten).toBe(false);
  });

  it('skip a triangle going into a second layer only when it lies farther behind than that layer is read', () => {
    const front = square(0, 0, 64, 0.9, 200);
    const drawBehind = (z: number): { first: Framebuffer; second: Framebuffer } => {
      const first = new Framebuffer(64, 64, { tiles: true });
      const second = new Framebuffer(64, 64);
      first.clear(0);
      second.clear(0);
      drawShaded(first, front.v, front.indices, 1);
      const behind = square(8, 8, 32, z, 50);
      drawShaded(first, behind.v, behind.indices, 2, { fb: second, rgb: new Float32Array(12).fill(255), within: 0.02 });
      return { first, second };
    };
    // 1 cm behind the front square: hidden in the first layer, still drawn into the second.
    const near = drawBehind(0.89);
    expect(near.first.id.every((id) => id === 1)).toBe(true);
    expect(near.second.depth[20 * 64 + 20]).toBeCloseTo(0.89);
    // 10 cm behind: skipped in both.
    const far = drawBehind(0.8);
    expect(far.second.depth.every((d) => d === -Infinity)).toBe(true);
  });
});
