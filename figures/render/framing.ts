import { unionBounds } from './mesh';
import type { HeroFrom } from './hero-view';
import type { Framing } from './projection';
import type { SceneItem } from './render-view';

/** Whether a picture shows the right side alone, or both sides (the right mirrored to the left). */
export type Sides = 'right' | 'both';

interface Frame {
  readonly axisX: number;
  readonly axisY: number;
  readonly centreZ: number;
  readonly heightM: number;
  readonly sides: Sides;
  /** What the pictures show, for their alt text: "the right lower limb". */
  readonly subject: string;
  /** Where the heroes are taken from (hero-view.ts): any view, unless given. */
  readonly heroFrom?: HeroFrom;
}

/**
 * The frame of each region of the atlas (by its URL slug), in the model's one body frame (metres,
 * x to the right, y forward, z up from the floor, an adult of about 1.75 m): the vertical turning
 * axis (x, y), the height at the picture's centre and how many metres of body its height spans,
 * chosen so the turning body stays inside the picture at every angle. A limb shows its right side;
 * the trunk, head and neck show both. `lumbar` frames the lumbar spine to the upper thigh, for
 * muscles that outgrow their region's frame (psoas major).
 */
const FRAMES = {
  lowerlimb: { axisX: 0.09, axisY: 0.0, centreZ: 0.63, heightM: 1.34, sides: 'right', subject: 'the right lower limb' },
  hip: { axisX: 0.085, axisY: -0.025, centreZ: 0.935, heightM: 0.43, sides: 'right', subject: 'the right lower limb' },
  thigh: { axisX: 0.1, axisY: -0.005, centreZ: 0.7, heightM: 0.64, sides: 'right', subject: 'the right lower limb' },
  leg: { axisX: 0.095, axisY: 0.02, centreZ: 0.27, heightM: 0.6, sides: 'right', subject: 'the right lower limb' },
  // The pelvic floor spans the pelvis from side to side, a hammock of both sides' muscles meeting
  // in the midline: drawn about the median plane, both sides (PAGE_FRAMINGS).
  pelvis: { axisX: 0, axisY: -0.03, centreZ: 0.87, heightM: 0.36, sides: 'both', subject: 'the pelvis' },
  lumbar: { axisX: 0.07, axisY: -0.01, centreZ: 0.99, heightM: 0.62, sides: 'right', subject: 'the right lower limb' },
  // Upper limb hanging in the anatomical position: shoulder joint near (0.19, -0.01, 1.44), elbow
  // at z 1.10, wrist at 0.85, fingertips at 0.66.
  upperlimb: { axisX: 0.2, axisY: 0.0, centreZ: 1.07, heightM: 0.98, sides: 'right', subject: 'the right upper limb' },
  shoulder: { axisX: 0.14, axisY: -0.03, centreZ: 1.36, heightM: 0.42, sides: 'right', subject: 'the right upper limb' },
  // The arm's and forearm's frames hold their longest muscles with their tendons (biceps brachii from
  // the supraglenoid tubercle to the radial tuberosity; the long flexors and extensors from the
  // epicondyles to the fingertips), so a page shows its muscle's whole span.
  arm: { axisX: 0.19, axisY: 0.0, centreZ: 1.26, heightM: 0.62, sides: 'right', subject: 'the right upper limb' },
  forearm: { axisX: 0.21, axisY: 0.02, centreZ: 0.9, heightM: 0.6, sides: 'right', subject: 'the right upper limb' },
  // Trunk, head and neck: about the median plane, both sides.
  torso: { axisX: 0, axisY: 0, centreZ: 1.3, heightM: 1.0, sides: 'both', subject: 'the trunk, head and neck' },
  back: { axisX: 0, axisY: -0.05, centreZ: 1.2, heightM: 0.78, sides: 'both', subject: 'the back' },
  abdomen: { axisX: 0, axisY: 0.04, centreZ: 1.08, heightM: 0.52, sides: 'both', subject: 'the abdomen' },
  head: { axisX: 0, axisY: 0.02, centreZ: 1.63, heightM: 0.3, sides: 'both', subject: 'the head' },
  neck: { axisX: 0, axisY: 0, centreZ: 1.5, heightM: 0.28, sides: 'both', subject: 'the neck' },
  // The head without the mandible (bones/head.ts: its `hiddenIn`), for what lies behind it: the
  // tongue, the pterygoids, the floor of the mouth (PAGE_FRAMINGS). The mandible is left out to
  // show them from the side, as a dissection takes the ramus away: their heroes are side views (a
  // medial pterygoid seen from behind, beside the cervical spine, read as a suboccipital muscle; a
  // genioglossus from the front is a fan seen edge-on).
  innerjaw: {
    axisX: 0,
    axisY: 0.02,
    centreZ: 1.59,
    heightM: 0.3,
    sides: 'both',
    subject: 'the head with the mandible removed',
    heroFrom: 'side',
  },
} as const satisfies Record<string, Frame>;

/**
 * Pages drawn in another frame than their region's, with the pages below them: the pelvic floor
 * spans the pelvis from side to side; the tongue, the pterygoids, geniohyoid and mylohyoid lie
 * behind or under the mandible, which `innerjaw` leaves out.
 */
export const PAGE_FRAMINGS: Readonly<Record<string, FramingName>> = {
  '/muscle/hip/pelvis/': 'pelvis',
  '/muscle/head/tongue/': 'innerjaw',
  '/muscle/head/medialpterygoid/': 'innerjaw',
  '/muscle/head/lateralpterygoid/': 'innerjaw',
  '/muscle/neck/geniohyoid/': 'innerjaw',
  '/muscle/neck/mylohyoid/': 'innerjaw',
};

export type FramingName = keyof typeof FRAMES;

/** Room around the highlighted muscles, as a share of their extent. */
const MARGIN = 1.22;
/**
 * The closest frame, and the least room around a small muscle: enough of the bones and neighbours
 * around it to see where it is, close enough that it fills a fair share of the picture (a gemellus
 * framed in 0.32 m of limb filled half a percent of its hero).
 */
export const CLOSEST_M = 0.18;
const CONTEXT_M = 0.08;
/**
 * The closest frame in the head and neck: 0.2 m still shows the whole face or the front of the
 * neck, 0.15 m the jaw, the mouth and the hyoid around a tongue muscle.
 */
const CLOSEST_IN: Partial<Record<FramingName, number>> = { head: 0.2, neck: 0.2, innerjaw: 0.15 };

export const FRAMING_NAMES = Object.keys(FRAMES).filter(isFramingName);

export function isFramingName(name: string): name is FramingName {
  return Object.hasOwn(FRAMES, name);
}

/** What a region's pictures show, for their alt text: "the right lower limb". */
export function subjectOf(name: FramingName): string {
  return FRAMES[name].subject;
}

/** Where a region's heroes are taken from. */
export function heroFromOf(name: FramingName): HeroFrom {
  const frame: Frame = FRAMES[name];
  return frame.heroFrom ?? 'any';
}

/** Whether a region's pictures show one side or both. */
export function sidesOf(name: FramingName): Sides {
  return FRAMES[name].sides;
}

/** The frames of the body from the closest to the widest: where a page's muscles outgrow its region's. */
const BY_HEIGHT: readonly Frame[] = Object.values(FRAMES).sort((a, b) => a.heightM - b.heightM);

export function framingFor(name: FramingName, width: number, height: number): Framing {
  const f = FRAMES[name];
  return { axisX: f.axisX, axisY: f.axisY, centreZ: f.centreZ, pixelsPerMetre: height / f.heightM, width, height };
}

/** The turning axis through the middle of some items, and the picture height that keeps them whole in every view. */
function frameAround(items: readonly SceneItem[], aspect: number): Omit<Frame, 'sides' | 'subject'> {
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
 * the width) with at least CONTEXT_M of what lies around them, but no closer than CLOSEST_M and
 * no wider than the region's frame, unless the
 * muscles themselves outgrow it (psoas major rises from the thigh's region to the twelfth thoracic
 * vertebra): then no wider than the closest frame of the body that holds them. Their tendons are
 * framed too when that still fits (a long tendon, like the iliotibial tract of gluteus maximus,
 * would otherwise push the belly to the picture's edge). Regions and super-regions keep their
 * region's frame.
 */
export function pageFrame(
  page: { readonly kind: string; readonly framing: FramingName; readonly muscles: readonly string[] },
  items: readonly SceneItem[],
  width: number,
  height: number,
  /**
   * The closest frame (metres of body the picture's height spans) and the least room around the
   * muscles: CLOSEST_M and CONTEXT_M, unless a small muscle needs a closer frame (page-frame.ts).
   */
  closer: { readonly closest: number; readonly context: number } = { closest: CLOSEST_IN[page.framing] ?? CLOSEST_M, context: CONTEXT_M },
): Framing {
  const region = FRAMES[page.framing];
  if (page.kind === 'region' || page.kind === 'superregion') return framingFor(page.framing, width, height);
  const ids = new Set(page.muscles);
  const mine = items.filter((it) => it.kind !== 'bone' && it.owners.some((o) => ids.has(o)));
  const bellies = mine.filter((it) => it.kind === 'muscle');
  if (bellies.length === 0) return framingFor(page.framing, width, height);
  const withTendons = frameAround(mine, width / height);
  const own = frameAround(bellies, width / height);
  const widest = own.heightM <= region.heightM ? region.heightM : (BY_HEIGHT.find((frame) => frame.heightM >= own.heightM) ?? own).heightM;
  const f = withTendons.heightM <= widest ? withTendons : own;
  const heightM = Math.min(widest, Math.max(closer.closest, f.heightM, f.heightM / MARGIN + closer.context));
  return { axisX: f.axisX, axisY: f.axisY, centreZ: f.centreZ, pixelsPerMetre: height / heightM, width, height };
}
