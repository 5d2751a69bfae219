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

/**
 * The view the hero shows first (and the turntable starts from), from each view's score
 * (heroScore): of the views that show at
 * least 80% as much as the best one, the nearest to the front, a side or the back, then the one
 * that shows most. An oblique view from inside the pelvis may show a muscle a little larger than
 * its posterior view does, but reads far less plainly.
 */
export function heroView(visible: readonly number[]): number {
  const most = Math.max(0, ...visible);
  let best = 0;
  visible.forEach((pixels, view) => {
    if (pixels < 0.8 * most) return;
    const current = visible[best] ?? 0;
    const better =
      current < 0.8 * most ||
      offCardinal(view) < offCardinal(best) ||
      (offCardinal(view) === offCardinal(best) && pixels > current);
    if (better) best = view;
  });
  return best;
}
