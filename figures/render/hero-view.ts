import { VIEW_ANGLES } from './camera';

/** How near a view is to the front, a side or the back (degrees): the views anatomy books draw. */
function offCardinal(view: number): number {
  const angle = VIEW_ANGLES[view] ?? 0;
  return Math.abs(angle - 90 * Math.round(angle / 90));
}

/**
 * How well a view shows the highlighted muscles: the pixels they fill, with those under a
 * see-through muscle counted half. Over them a covering muscle leaves a clear window, so the
 * muscle is seen, but less plainly than where nothing covers it: the posterior view of the gemelli
 * through gluteus maximus is how they are taught, and beats the medial view from inside the
 * pelvis that shows less of them, though all of it uncovered.
 */
export function heroScore(targetPixels: number, exposedPixels: number): number {
  return (targetPixels + exposedPixels) / 2;
}

/** How far a view is from the nearest side (degrees). */
function offSide(view: number): number {
  const angle = VIEW_ANGLES[view] ?? 0;
  return Math.abs((angle % 180) - 90);
}

/**
 * Where a region's heroes are taken from: any view, or a side view (within 22.5° of a side), as in
 * a region drawn without the mandible, which is left out so that the side shows what lies medial
 * to it (framing.ts: `heroFrom`).
 */
export type HeroFrom = 'any' | 'side';

/**
 * The view the hero shows first (and the turntable starts from), from each view's score
 * (heroScore): of the views that show at
 * least 80% as much as the best one, the nearest to the front, a side or the back, then the one
 * that shows most. An oblique view from inside the pelvis may show a muscle a little larger than
 * its posterior view does, but reads far less plainly. With `from` 'side', only the views near a
 * side compete.
 */
export function heroView(scores: readonly number[], from: HeroFrom = 'any'): number {
  const competes = (view: number): boolean => from === 'any' || offSide(view) <= 22.5;
  const visible = scores.map((score, view) => (competes(view) ? score : 0));
  const most = Math.max(0, ...visible);
  let best = visible.findIndex((_, view) => competes(view));
  visible.forEach((pixels, view) => {
    if (!competes(view) || pixels < 0.8 * most) return;
    const current = visible[best] ?? 0;
    const better =
      current < 0.8 * most ||
      offCardinal(view) < offCardinal(best) ||
      (offCardinal(view) === offCardinal(best) && pixels > current);
    if (better) best = view;
  });
  return best;
}
