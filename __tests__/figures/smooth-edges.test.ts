import { smoothEdges } from '../../figures/render/smooth-edges';

/** A 12 x 10 picture: a red structure (id 1) whose edge steps one pixel right every other row, on white. */
function staircase(): { rgb: Uint8Array; ids: Uint16Array; width: number; height: number } {
  const width = 12, height = 10;
  const rgb = new Uint8Array(width * height * 3).fill(255);
  const ids = new Uint16Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < 3 + (y >> 1); x++) {
      const k = y * width + x;
      ids[k] = 1;
      rgb[k * 3 + 1] = 0;
      rgb[k * 3 + 2] = 0;
    }
  }
  return { rgb, ids, width, height };
}

const pixel = (rgb: Uint8Array, width: number, x: number, y: number): number[] => [...rgb.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)];

describe('smoothEdges', () => {
  it('blends the pixels on either side of an edge and leaves the inside of a structure as drawn', () => {
    const { rgb, ids, width, height } = staircase();
    smoothEdges(rgb, ids, width, height, { x0: 0, y0: 0, x1: width - 1, y1: height - 1 });
    // Row 4: red up to x = 4, white from x = 5. Both pixels at the edge take some of the other side.
    const red = pixel(rgb, width, 4, 4);
    const white = pixel(rgb, width, 5, 4);
    expect(red[0]).toBe(255);
    expect(red[1]).toBeGreaterThan(0);
    expect(red[1]).toBeLessThan(128);
    expect(white[1]).toBeLessThan(255);
    expect(white[1]).toBeGreaterThan(128);
    // Away from the edge, red stays red and white stays white.
    expect(pixel(rgb, width, 1, 4)).toEqual([255, 0, 0]);
    expect(pixel(rgb, width, 9, 4)).toEqual([255, 255, 255]);
  });

  it('blends from the picture as drawn, not from pixels it has already blended', () => {
    const a = staircase();
    smoothEdges(a.rgb, a.ids, a.width, a.height, { x0: 0, y0: 0, x1: a.width - 1, y1: a.height - 1 });
    // Mirrored left to right, the same edge gives the mirrored result: no pass-order bias.
    const b = staircase();
    const flip = (rgb: Uint8Array, ids: Uint16Array): void => {
      for (let y = 0; y < b.height; y++) {
        for (let x = 0; x < b.width / 2; x++) {
          const k = y * b.width + x, m = y * b.width + (b.width - 1 - x);
          [ids[k], ids[m]] = [ids[m] ?? 0, ids[k] ?? 0];
          for (let c = 0; c < 3; c++) [rgb[k * 3 + c], rgb[m * 3 + c]] = [rgb[m * 3 + c] ?? 0, rgb[k * 3 + c] ?? 0];
        }
      }
    };
    flip(b.rgb, b.ids);
    smoothEdges(b.rgb, b.ids, b.width, b.height, { x0: 0, y0: 0, x1: b.width - 1, y1: b.height - 1 });
    flip(b.rgb, b.ids);
    expect([...b.rgb]).toEqual([...a.rgb]);
  });

  it('touches nothing outside the rectangle it is given (and one pixel around it)', () => {
    const { rgb, ids, width, height } = staircase();
    const before = rgb.slice();
    smoothEdges(rgb, ids, width, height, { x0: 0, y0: 0, x1: width - 1, y1: 2 });
    expect([...rgb.subarray(4 * width * 3)]).toEqual([...before.subarray(4 * width * 3)]);
  });
});
