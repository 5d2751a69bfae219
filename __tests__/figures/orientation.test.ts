/** @jest-environment node */
import { cuePoint, drawOrientationCue } from '@/figures/render/orientation';

const close = (p: [number, number]) => p.map((v) => Math.round(v * 1000) / 1000 + 0);

describe('the orientation cue', () => {
  it('turns the body as the camera sees it: the camera’s side faces the reader’s arrow, down the picture', () => {
    // Anterior view: the face toward the reader, the body's right on the reader's left.
    expect(close(cuePoint(0, 0, 1))).toEqual([0, 1]);
    expect(close(cuePoint(0, 1, 0))).toEqual([-1, 0]);
    // Lateral view of a right limb: the right side toward the reader, the front on the picture's right.
    expect(close(cuePoint(90, 1, 0))).toEqual([0, 1]);
    expect(close(cuePoint(90, 0, 1))).toEqual([1, 0]);
    // Posterior view: the back toward the reader, the right on the reader's right.
    expect(close(cuePoint(180, 0, -1))).toEqual([0, 1]);
    expect(close(cuePoint(180, 1, 0))).toEqual([1, 0]);
  });

  it('draws in the lower left corner only, and marks the modelled limb in red on a limb’s pictures', () => {
    const W = 200, H = 250;
    const red = (rgba: Uint8Array) => {
      let n = 0;
      for (let k = 0; k < W * H; k++) if ((rgba[k * 4] ?? 0) > 150 && (rgba[k * 4 + 1] ?? 0) < 90) n++;
      return n;
    };
    const limb = new Uint8Array(W * H * 4).fill(235);
    drawOrientationCue(limb, { width: W, height: H, channels: 4 }, 0, 'right');
    const trunk = new Uint8Array(W * H * 4).fill(235);
    drawOrientationCue(trunk, { width: W, height: H, channels: 4 }, 0, 'both');
    expect(red(limb)).toBeGreaterThan(10);
    expect(red(trunk)).toBe(0);
    const changed = (rgba: Uint8Array) => {
      let top = H, right = 0;
      for (let k = 0; k < W * H; k++) if (rgba[k * 4] !== 235 || rgba[k * 4 + 2] !== 235) {
        top = Math.min(top, Math.floor(k / W));
        right = Math.max(right, k % W);
      }
      return { top, right };
    };
    const { top, right } = changed(limb);
    expect(top).toBeGreaterThan(H * 0.6);
    expect(right).toBeLessThan(W * 0.4);
  });
});
