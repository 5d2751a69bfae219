import WebP from 'node-webpmux';
import sharp from 'sharp';
import { FIGURE_SETTINGS as S } from './settings';
import { BACKGROUND } from './palette';

/**
 * The hero's turntable, as an animated WebP within a byte budget: the best quality with all 16
 * views, else fewer, longer steps (S.hero.qualities x S.hero.frameCounts, in that order).
 *
 * Each frame is encoded once per quality as a still WebP and the animation is muxed from those
 * stills (node-webpmux), so a smaller try costs only the frames not yet encoded: the 8- and
 * 4-frame turntables reuse the 16-frame one's frames, and a quality whose estimate is clearly over
 * the budget is not encoded at all. The estimate scales each frame's size at the best quality by
 * how much the hero's own frame shrank at the lower one. A frame's bytes are the same in a muxed
 * animation as in libwebp's own animation encoder, within 2% (both encode each turned view whole).
 */
export async function encodeTurntable(frame: (view: number) => Buffer, bestView: number, budget: number): Promise<Buffer> {
  const views = S.hero.frameCounts[0] ?? 16;
  const raw = { raw: { width: S.hero.width, height: S.hero.height, channels: 3 as const } };
  // Still WebP per quality per view, encoded when first needed.
  const stills = new Map<number, Map<number, Promise<Buffer>>>();
  const still = (quality: number, view: number): Promise<Buffer> => {
    const byView = stills.get(quality) ?? new Map<number, Promise<Buffer>>();
    stills.set(quality, byView);
    const v = ((view % views) + views) % views;
    let encoded = byView.get(v);
    if (!encoded) {
      encoded = sharp(frame(v), raw).webp({ quality, effort: S.hero.effort, preset: 'picture' }).toBuffer();
      byView.set(v, encoded);
    }
    return encoded;
  };
  const best = S.hero.qualities[0] ?? 42;
  const configs = S.hero.frameCounts.flatMap((count) => S.hero.qualities.map((quality) => ({ count, quality })));
  let animated: Buffer = Buffer.alloc(0);
  for (const [n, { count, quality }] of configs.entries()) {
    const step = views / count;
    const shown = Array.from({ length: count }, (_, i) => bestView + i * step);
    const last = n === configs.length - 1;
    if (quality !== best && !last) {
      // Every view is encoded at the best quality by the first try: estimate this one from them.
      const shrink = (await still(quality, bestView)).length / (await still(best, bestView)).length;
      const atBest = (await Promise.all(shown.map((v) => still(best, v)))).reduce((sum, b) => sum + b.length, 0);
      if (atBest * shrink > budget * 1.03) continue;
    }
    const frames = await Promise.all(shown.map((v) => still(quality, v)));
    animated = await mux(frames, S.hero.frameDelay * step);
    if (animated.length <= budget) break;
  }
  return animated;
}

/** An endlessly looping animation of whole frames (still WebPs of the hero's size), each shown `delay` ms. */
async function mux(frames: readonly Buffer[], delay: number): Promise<Buffer> {
  const anmf = await Promise.all(frames.map((buffer) => WebP.Image.generateFrame({ buffer, delay, blend: false, dispose: false })));
  const saved = await WebP.Image.save(null, {
    width: S.hero.width,
    height: S.hero.height,
    bgColor: [BACKGROUND[0], BACKGROUND[1], BACKGROUND[2], 255],
    loops: 0,
    frames: anmf,
  });
  if (!Buffer.isBuffer(saved)) throw new Error('turntable: node-webpmux returned no buffer');
  return saved;
}
