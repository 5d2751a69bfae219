/** @jest-environment node */
import { heroScore, heroView } from '@/figures/render/hero-view';

/** Highlighted pixels per view (16 views, 22.5° apart) with the given values at the given views. */
function views(values: Record<number, number>, rest = 100): number[] {
  return Array.from({ length: 16 }, (_, i) => values[i] ?? rest);
}

describe('the hero’s view', () => {
  it('is the posterior view rather than an oblique one that shows the muscle only a little larger', () => {
    // 180° (view 8) against 202.5° (view 9).
    expect(heroView(views({ 8: 9000, 9: 10000, 10: 7000 }))).toBe(8);
  });

  it('is the oblique view when no plain view shows the muscle nearly as well', () => {
    expect(heroView(views({ 8: 5000, 9: 10000, 10: 6000 }))).toBe(9);
  });

  it('is the plain view that shows the muscle most when several qualify', () => {
    expect(heroView(views({ 0: 9000, 4: 9500, 8: 10000 }))).toBe(8);
  });

  it('is a medial view for a muscle seen best from the inside', () => {
    expect(heroView(views({ 11: 9000, 12: 9800, 13: 10000 }))).toBe(12);
  });

  it('is a side view in a region whose heroes are taken from the side, though the back shows more', () => {
    // The medial pterygoid without the mandible: most of it from behind (view 8), less from either side.
    const scores = views({ 8: 10000, 4: 6000, 12: 6500, 3: 6200 });
    expect(heroView(scores)).toBe(8);
    expect(heroView(scores, 'side')).toBe(12);
  });

  it('is a near-side view in such a region when no view shows the muscle', () => {
    expect([3, 4, 5, 11, 12, 13]).toContain(heroView(views({}, 0), 'side'));
  });
});

describe('a view’s score', () => {
  it('counts a muscle seen through a see-through one, at half, over a smaller uncovered view', () => {
    // The gemelli: behind gluteus maximus in the posterior view (view 8), a third of it uncovered from inside the pelvis (view 12).
    const scores = views({ 8: heroScore(1414, 0), 12: heroScore(479, 325) }, 0);
    expect(heroView(scores)).toBe(8);
  });

  it('prefers what nothing covers when the sizes are alike', () => {
    expect(heroScore(1000, 1000)).toBeGreaterThan(heroScore(1200, 0));
  });
});
