/** @jest-environment node */
import { heroView } from '@/figures/render/page-figures';

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
});
