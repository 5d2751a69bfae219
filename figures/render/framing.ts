import type { FramingName } from '../model/pages';
import { unionBounds } from './mesh';
import type { Framing } from './projection';
import type { SceneItem } from './render-view';

interface Frame {
  readonly axisX: number;
  readonly axisY: number;
  readonly centreZ: number;
  readonly heightM: number;
}

/**
 * What each region frames: the vertical turning axis (x, y), the height at the picture's centre
 * and how many metres of the limb the picture's height spans. Chosen so the turning limb stays
 * inside the picture at every angle. A page's own frame is never wider than its region's.
 */
const FRAMES: Readonly<Record<FramingName, Frame>> = {
  limb: { axisX: 0.09, axisY: 0.0, centreZ: 0.63, heightM: 1.34 },
  hip: { axisX: 0.085, axisY: -0.025, centreZ: 0.935, heightM: 0.43 },
  thigh: { axisX: 0.1, axisY: -0.005, centreZ: 0.7, heightM: 0.64 },
  leg: { axisX: 0.095, axisY: 0.02, centreZ: 0.27, heightM: 0.6 },
  lumbar: { axisX: 0.07, axisY: -0.01, centreZ: 0.99, heightM: 0.62 },
};

/** Room around the highlighted muscles, as a share of their extent. */
const MARGIN = 1.22;
/** The closest frame: enough of the bones and neighbours around a small muscle to see where it is. */
const CLOSEST_M = 0.32;

export const FRAMING_NAMES = Object.keys(FRAMES) as FramingName[];

export function isFramingName(name: string): name is FramingName {
  return Object.hasOwn(FRAMES, name);
}

export function framingFor(name: FramingName, width: number, height: number): Framing {
  const f = FRAMES[name];
  return { axisX: f.axisX, axisY: f.axisY, centreZ: f.centreZ, pixelsPerMetre: height / f.heightM, width, height };
}

/** The turning axis through the middle of some items, and the picture height that keeps them whole in every view. */
function frameAround(items: readonly SceneItem[], aspect: number): Frame {
  const [x0, y0, z0, x1, y1, z1] = unionBounds(items.map((it) => it.bounds));
  const axisX = (x0 + x1) / 2;
  const axisY = (y0 + y1) / 2;
  // The farthest point from the axis sets the width at the worst angle.
  let reach = 0;
  for (const { mesh } of items) {
    const P = mesh.positions;
    for (let i = 0; i < P.length; i += 3) reach = Math.max(reach, Math.hypot((P[i] ?? 0) - axisX, (P[i + 1] ?? 0) - axisY));
  }
  return { axisX, axisY, centreZ: (z0 + z1) / 2, heightM: Math.max(z1 - z0, (2 * reach) / aspect) * MARGIN };
}

/**
 * The frame of one page: turning about the vertical line through the middle of its highlighted
 * muscles, as close as keeps them whole in every view (their farthest point from that axis sets
 * the width), but no closer than CLOSEST_M and no wider than the region's frame. Their tendons
 * are framed too when that still fits the region's frame (a long tendon, like the iliotibial
 * tract of gluteus maximus, would otherwise push the belly to the picture's edge). Regions and
 * the whole limb keep their region's frame.
 */
export function pageFrame(
  page: { readonly kind: string; readonly framing: FramingName; readonly muscles: readonly string[] },
  items: readonly SceneItem[],
  width: number,
  height: number,
): Framing {
  const region = FRAMES[page.framing];
  if (page.kind === 'region' || page.kind === 'superregion') return framingFor(page.framing, width, height);
  const ids = new Set(page.muscles);
  const mine = items.filter((it) => it.kind !== 'bone' && it.owners.some((o) => ids.has(o)));
  const bellies = mine.filter((it) => it.kind === 'muscle');
  if (bellies.length === 0) return framingFor(page.framing, width, height);
  const withTendons = frameAround(mine, width / height);
  const f = withTendons.heightM <= region.heightM ? withTendons : frameAround(bellies, width / height);
  const heightM = Math.min(region.heightM, Math.max(CLOSEST_M, f.heightM));
  return { axisX: f.axisX, axisY: f.axisY, centreZ: f.centreZ, pixelsPerMetre: height / heightM, width, height };
}
