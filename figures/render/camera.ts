import type { Vec3 } from './vec';

/** The 16 gallery angles: 0 = anterior, turning so the camera moves toward the lateral side first. */
export const VIEW_ANGLES: readonly number[] = Array.from({ length: 16 }, (_, i) => i * 22.5);

/**
 * An orthographic camera turning about the vertical axis. `toward` points from the model to the
 * camera; `right` and `up` span the picture. At 0 degrees the camera is in front of the body (+y);
 * at 90 degrees it is on the lateral side (+x) of this right limb.
 */
export interface ViewBasis {
  readonly angle: number;
  readonly toward: Vec3;
  readonly right: Vec3;
  readonly up: Vec3;
}

export function viewBasis(angleDeg: number): ViewBasis {
  const a = (angleDeg * Math.PI) / 180;
  const s = Math.sin(a);
  const c = Math.cos(a);
  return { angle: angleDeg, toward: [s, c, 0], right: [-c, s, 0], up: [0, 0, 1] };
}

const NAMED: Readonly<Record<number, string>> = {
  0: 'Anterior view',
  90: 'Lateral view',
  180: 'Posterior view',
  270: 'Medial view',
};

function trimAngle(a: number): string {
  return Number.isInteger(a) ? String(a) : a.toFixed(1);
}

/** The trunk, head and neck, seen from both sides: the camera at 90° is on the body's right. */
const NAMED_BOTH: Readonly<Record<number, string>> = {
  0: 'Anterior view',
  90: 'Right lateral view',
  180: 'Posterior view',
  270: 'Left lateral view',
};

/**
 * "Anterior view", "Anterolateral view (45°)", "Lateral view", "Posteromedial view (225°)"... for a
 * right limb; for a picture of both sides (the trunk), "Right lateral view", "Left anterolateral
 * view (315°)"...
 */
export function viewCaption(angleDeg: number, sides: 'right' | 'both' = 'right'): string {
  const a = ((angleDeg % 360) + 360) % 360;
  const named = (sides === 'both' ? NAMED_BOTH : NAMED)[a];
  if (named) return named;
  if (sides === 'both') {
    const quadrant = a < 90 ? 'Right anterolateral' : a < 180 ? 'Right posterolateral' : a < 270 ? 'Left posterolateral' : 'Left anterolateral';
    return `${quadrant} view (${trimAngle(a)}°)`;
  }
  const quadrant = a < 90 ? 'Anterolateral' : a < 180 ? 'Posterolateral' : a < 270 ? 'Posteromedial' : 'Anteromedial';
  return `${quadrant} view (${trimAngle(a)}°)`;
}

/** Lower-case phrase for alt text: "anterior view", "anterolateral view at 45°". */
export function viewPhrase(angleDeg: number, sides: 'right' | 'both' = 'right'): string {
  const caption = viewCaption(angleDeg, sides);
  return caption.replace(/ \((.+)\)$/, ' at $1').replace(/^./, (ch) => ch.toLowerCase());
}
