/** @jest-environment node */
import sharp from 'sharp';
import { FIGURE_SETTINGS as S } from '@/figures/render/settings';
import { encodeTurntable } from '@/figures/render/turntable';

const { width, height, frameDelay } = S.hero;

// 16 views of a striped disc turning: each differs from the next, as the model's views do.
const views = Array.from({ length: 16 }, (_, view) => {
  const rgb = Buffer.alloc(width * height * 3, 240);
  const turn = (view * Math.PI) / 8;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x - width / 2, dy = y - height / 2;
      if (dx * dx + dy * dy > 250 * 250) continue;
      const stripe = Math.sin((dx * Math.cos(turn) + dy * Math.sin(turn)) / 6) > 0;
      const k = (y * width + x) * 3;
      rgb[k] = stripe ? 200 : 90;
      rgb[k + 1] = stripe ? 60 + ((x * y) % 50) : 40;
      rgb[k + 2] = 50;
    }
  }
  return rgb;
});
const frame = (view: number): Buffer => views[view] ?? Buffer.alloc(0);

async function animation(webp: Buffer) {
  const meta = await sharp(webp, { pages: -1 }).metadata();
  return { frames: meta.pages, delay: meta.delay, loop: meta.loop, width: meta.width, height: meta.pageHeight };
}

describe('the hero turntable', () => {
  let whole: Buffer;
  beforeAll(async () => {
    whole = await encodeTurntable(frame, 3, Infinity);
  });

  it('turns through all 16 views, looping, when the budget allows', async () => {
    expect(await animation(whole)).toEqual({ frames: 16, delay: Array(16).fill(frameDelay), loop: 0, width, height });
  });

  it('starts at the hero view', async () => {
    const first = await sharp(whole, { page: 0 }).removeAlpha().raw().toBuffer();
    const error = (view: number) => first.reduce((sum, v, i) => sum + Math.abs(v - (frame(view)[i] ?? 0)), 0);
    expect(error(3)).toBeLessThan(error(4));
    expect(error(3)).toBeLessThan(error(2));
  });

  it('turns in fewer, longer steps when 16 views at any quality are over the budget, and keeps within it', async () => {
    const budget = Math.round(whole.length * 0.45);
    const small = await encodeTurntable(frame, 3, budget);
    const { frames, delay } = await animation(small);
    expect(frames).toBeLessThan(16);
    expect(delay).toEqual(Array(frames).fill((frameDelay * 16) / (frames ?? 16)));
    expect(small.length).toBeLessThanOrEqual(budget);
  });

  it('gives its smallest turntable when nothing fits', async () => {
    const smallest = await encodeTurntable(frame, 0, 1);
    expect((await animation(smallest)).frames).toBe(S.hero.frameCounts.at(-1));
  });
});
