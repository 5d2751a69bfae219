/**
 * Types of the anatomical model: one body frame for the whole body.
 *
 * Body frame, metres, anatomical position of an adult of about 1.75 m: x points to the body's
 * right (lateral for a right limb; x = 0 is the median plane), y points anteriorly, z points up
 * (z = 0 is the floor under the heel).
 *
 * Structures of the right side are modelled once; a picture that shows both sides (the back, the
 * abdominal wall, the face, the neck) mirrors them to the left (x -> -x). Structures that cross
 * the median plane (vertebrae, sacrum, sternum, linea alba, tongue) are modelled whole and marked
 * `midline`: they are never mirrored.
 */
export type Vec3 = readonly [number, number, number];

/**
 * A cross-section of a lofted bone part: its centre and its radii. `r` is one radius (round),
 * two radii `[toward front, toward side]` (an ellipse), or radii at equal angles starting toward
 * `front` and turning toward `side` (a polar profile: bumps, ridges, condyles).
 */
export interface LoftSection {
  readonly at: Vec3;
  readonly r: number | readonly number[];
}

/**
 * What every bone part has: a label, and `carve` for a part that is cut out of the bone instead of
 * added to it (a foramen, a pit, a groove). Carved parts are removed from the drawn surface after
 * the solid parts are united; muscle packing and the checks treat the bone as solid there.
 */
interface PartBase {
  readonly label: string;
  readonly carve?: true;
}

/** A bone part lofted through cross-sections along its axis. */
export interface LoftPart extends PartBase {
  readonly kind: 'loft';
  readonly sections: readonly LoftSection[];
  /** Direction of the first radius of each section (default anterior, +y). */
  readonly front?: Vec3;
  /** Direction the radii turn toward after `front` (default lateral, +x). */
  readonly side?: Vec3;
  /** Length of the rounded cap at the first and last section (0: flat). */
  readonly capStart?: number;
  readonly capEnd?: number;
}

/** An ellipsoid: a head, a condyle, a tubercle. `axes` are its first two axes (default x, y). */
export interface EllipsoidPart extends PartBase {
  readonly kind: 'ellipsoid';
  readonly center: Vec3;
  readonly radii: Vec3;
  readonly axes?: readonly [Vec3, Vec3];
}

/** A curved plate (a wing of the ilium): a grid of mid-surface points with a thickness. */
export interface PlatePart extends PartBase {
  readonly kind: 'plate';
  /** Rows of mid-surface points, every row the same length. */
  readonly grid: readonly (readonly Vec3[])[];
  /** Thickness per grid point (same shape as grid) or one value. */
  readonly thickness: number | readonly (readonly number[])[];
  /** A direction the first face should face (to orient the plate). */
  readonly outward: Vec3;
}

export type BonePart = LoftPart | EllipsoidPart | PlatePart;

/**
 * What a skeletal structure is made of, for its colour: bone (the default), cartilage (the
 * thyroid and cricoid cartilages), or a soft solid that muscles lie in and around (the body of the
 * tongue): a soft solid is drawn like the others but is no bone for the muscles (they may enter it).
 */
export type Tissue = 'bone' | 'cartilage' | 'ligament' | 'soft';

export interface Bone {
  readonly id: string;
  readonly name: string;
  readonly parts: readonly BonePart[];
  /** Modelled whole across the median plane (a vertebra, the sacrum): never mirrored. */
  readonly midline?: true;
  /**
   * What it is made of (default bone): `cartilage` (costal and laryngeal cartilages), `ligament`
   * (soft structures the muscles attach to: the inguinal ligament, the linea alba) or `soft` (the
   * tongue, a soft solid the muscles may enter). Ligaments and soft solids are drawn but are no
   * obstacle to muscles; attachments treat all of them as bones. The renderer colours each.
   */
  readonly tissue?: Tissue;
  /**
   * Framings (figures/render/framing.ts) whose pictures leave this bone out: the hanging upper
   * limb would stand in front of the thigh in the lower limb's pictures.
   */
  readonly hiddenIn?: readonly string[];
}

export type MuscleShape = 'fusiform' | 'flat' | 'fan' | 'sheet' | 'pennate';
export type MuscleDepth = 'superficial' | 'intermediate' | 'deep';

/**
 * Where a muscle attaches: a line of points on the surface of one bone (one point for a small
 * attachment), painted with a brush of `radius` metres.
 */
export interface Attachment {
  /** The bone, or null for a soft-tissue attachment (a raphe, a tract, a tendon). */
  readonly bone: string | null;
  /** What the area is called (tibial tuberosity, soleal line...). */
  readonly area: string;
  readonly points: readonly Vec3[];
  readonly radius: number;
}

/** The width (across the fibres) and thickness of a belly at a fraction `t` of its path. */
export interface BellyStation {
  readonly t: number;
  readonly w: number;
  readonly d: number;
}

/** Soft tissue swept along a path: a muscle's belly or a tendon. */
interface Strand {
  readonly id: string;
  readonly name: string;
  /** The centreline, from its origin end to its insertion end, through waypoints. */
  readonly path: readonly Vec3[];
  /**
   * The direction its superficial surface faces (thickness is measured along it): one direction,
   * or one per path point for one that turns (sartorius).
   */
  readonly facing: Vec3 | readonly Vec3[];
  /** Width and thickness along the path, t from 0 (origin end) to 1 (insertion end); a round cord has w = d. */
  readonly profile: readonly BellyStation[];
  /** Modelled whole across the median plane: never mirrored. */
  readonly midline?: true;
}

export interface Muscle extends Strand {
  readonly shape: MuscleShape;
  readonly depth: MuscleDepth;
  /**
   * How far (metres) the belly may grow beyond its profile to fill a gap among its neighbours
   * (render/muscle-volumes.ts; 12 mm when omitted). A thin sheet that lies in a loose space, as
   * pronator quadratus does under the flexor tendons, takes a few millimetres, so it stays thin.
   */
  readonly fill?: number;
  /**
   * The angle (degrees) at which the fibres cross the path, toward the side of the section's width
   * (render/sweep.ts `s`): 0, or omitted, where the belly is swept along its fibres, as most are. The
   * flat muscles of the flank are swept round the body, and their fibres run obliquely to that.
   */
  readonly fibreAngle?: number;
  /**
   * The muscle this one is a sheet of, where one muscle is modelled as several sheets that meet (a
   * dome, or a sheet draped over a convex back): they are drawn as one surface, with no ink line
   * where they meet.
   */
  readonly sheetOf?: string;
  readonly origin: readonly Attachment[];
  readonly insertion: readonly Attachment[];
  /**
   * Framings whose pictures leave this muscle out, besides those that leave out every bone it
   * attaches to (figures/model/index.ts: the trunk's muscles in the lower limb's pictures, the
   * muscles from the trunk to the shoulder girdle in the arm's).
   */
  readonly hiddenIn?: readonly string[];
}

/** A tendon or aponeurosis: a cord or band along a path, owned by one or more muscles. */
export interface Tendon extends Strand {
  /** Muscles whose tendon this is: highlighted with any of them. */
  readonly of: readonly string[];
}

export interface AnatomicalModel {
  /**
   * The regions of the atlas the model draws, by their URL slug (`leg` for /muscle/leg/, and a
   * super-region such as `lowerlimb`): every muscle and part page in them names the structures its
   * pictures highlight (its `model` key), and every page in them gets figures.
   */
  readonly regions: readonly string[];
  readonly bones: readonly Bone[];
  readonly muscles: readonly Muscle[];
  readonly tendons: readonly Tendon[];
}
