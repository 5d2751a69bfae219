import { VIEW_ANGLES, viewBasis } from './camera';
import { heroFromOf, pageFrame } from './framing';
import { heroScore, heroView } from './hero-view';
import { project, type Framing } from './projection';
import { drawDepth, Framebuffer } from './rasterizer';
import { onScreen, renderView, type SceneItem } from './render-view';

/**
 * A page's frame, fitted so that its hero teaches: the frame pageFrame gives, brought closer when
 * the highlighted muscles would fill too little of the hero (a small muscle of the face, the nose or
 * the hip), as far as still leaves room around them (CLOSE_CONTEXT_M) to see where they lie, and
 * never so close that they leave the picture as it turns (pageFrame).
 * Every caller that draws or frames a page's pictures (the pictures, the checks, the 3D model's
 * first view) frames it here, so they agree.
 */

/** The least share of the hero a group's, muscle's or part's own structures fill (issue: pictures that teach). */
export const HERO_SHARE = 0.02;
/**
 * The share a frame brought closer aims at: well over the least, as the quick measure (the muscles
 * among the bones alone, drawn small, in the view they fill most) counts more than the hero as drawn
 * shows: the hero is the view where they are most exposed, often not the one they fill most (a thin
 * sheet such as pronator quadratus fills its front view, under the flexor tendons, and shows from
 * the side). 3.5% left pronator quadratus's hero at 1.8%.
 */
const AIM = 0.045;
/**
 * The least room around the muscles of a frame brought closer: 3 cm of what lies around a small
 * muscle of the face still shows the orbit, the nose or the lips it lies by (pageFrame leaves 8 cm).
 */
const CLOSE_CONTEXT_M = 0.03;
/** The width the views are drawn at to measure them (and 1.25 times as high, as the pictures). */
const MEASURE_WIDTH = 80;

type FramedPage = Parameters<typeof pageFrame>[0];

/** The same frame at another picture size. */
function resized(frame: Framing, width: number): Framing {
  const scale = width / frame.width;
  return { ...frame, width, height: Math.round(frame.height * scale), pixelsPerMetre: frame.pixelsPerMetre * scale };
}

/**
 * Each of the 16 views of a page drawn small in a frame: its hero score (heroScore), and the share
 * of the picture the highlighted structures fill. Bones are left unpainted: the attachments do not
 * change what the muscles cover.
 */
export function measureViews(items: readonly SceneItem[], muscles: readonly string[], framing: Framing, width = MEASURE_WIDTH): { scores: number[]; shares: number[] } {
  const small = resized(framing, width);
  const highlighted = new Set(muscles);
  const paints = new Map();
  const scores: number[] = [];
  const shares: number[] = [];
  for (const angle of VIEW_ANGLES) {
    const view = renderView(items, { basis: viewBasis(angle), framing: small, highlighted, paints });
    scores.push(heroScore(view.targetPixels, view.exposedPixels));
    shares.push(view.targetPixels / (small.width * small.height));
  }
  return { scores, shares };
}

/** The hero's view of a page in a frame (as the pictures choose it), and the share of it the page's structures fill. */
export function heroOf(items: readonly SceneItem[], page: FramedPage, framing: Framing, width = MEASURE_WIDTH): { view: number; share: number } {
  const { scores, shares } = measureViews(items, page.muscles, framing, width);
  const view = heroView(scores, heroFromOf(page.framing));
  return { view, share: shares[view] ?? 0 };
}

/**
 * The share of each of the 16 views a page's muscles fill, quickly: drawn small with the bones
 * alone around them. The pictures draw the muscles that would hide them see-through, so the bones
 * are what hides them; this skips the shading and the other muscles, a tenth of a full drawing.
 */
function quickShares(items: readonly SceneItem[], muscles: readonly string[], framing: Framing): number[] {
  const small = resized(framing, MEASURE_WIDTH);
  const { width: W, height: H } = small;
  const highlighted = new Set(muscles);
  const drawn = items.filter((item) => item.kind === 'bone' || item.owners.some((o) => highlighted.has(o)));
  const fb = new Framebuffer(W, H);
  return VIEW_ANGLES.map((angle) => {
    const basis = viewBasis(angle);
    fb.clear(0);
    for (const item of drawn) {
      if (!onScreen(item, basis, small)) continue;
      drawDepth(fb.depth, W, H, project(item.mesh, basis, small), item.mesh.indices, 1, { ids: fb.id, id: item.kind === 'bone' ? 1 : 2, fb }, null);
    }
    let pixels = 0;
    for (const id of fb.id) if (id === 2) pixels++;
    return pixels / (W * H);
  });
}

/** The frame of a page's pictures (`width` x `height` pixels): pageFrame's, closer where the hero needs it. */
export function fittedPageFrame(page: FramedPage, items: readonly SceneItem[], width: number, height: number): Framing {
  const frame = pageFrame(page, items, width, height);
  if (page.kind !== 'group' && page.kind !== 'muscle' && page.kind !== 'part') return frame;
  const shares = quickShares(items, page.muscles, frame);
  const share = shares[heroView(shares, heroFromOf(page.framing))] ?? 0;
  if (share >= AIM || share === 0) return frame;
  // The share grows with the square of the magnification.
  const heightM = height / frame.pixelsPerMetre;
  return pageFrame(page, items, width, height, { closest: heightM * Math.sqrt(share / AIM), context: CLOSE_CONTEXT_M });
}
