import type { FramingName } from '../../model/pages';
import type { Framing } from './projection';

/**
 * What each kind of page frames: the vertical turning axis (x, y), the height at the picture's
 * centre and how many metres of the limb the picture's height spans. Chosen so the turning limb
 * stays inside the picture at every angle.
 */
const FRAMES: Readonly<Record<FramingName, { axisX: number; axisY: number; centreZ: number; heightM: number }>> = {
  limb: { axisX: 0.09, axisY: 0.0, centreZ: 0.63, heightM: 1.34 },
  hip: { axisX: 0.085, axisY: -0.025, centreZ: 0.935, heightM: 0.43 },
  thigh: { axisX: 0.1, axisY: -0.005, centreZ: 0.7, heightM: 0.64 },
  leg: { axisX: 0.095, axisY: 0.02, centreZ: 0.27, heightM: 0.6 },
  lumbar: { axisX: 0.07, axisY: -0.01, centreZ: 0.99, heightM: 0.62 },
};

export function framingFor(name: FramingName, width: number, height: number): Framing {
  const f = FRAMES[name];
  return { axisX: f.axisX, axisY: f.axisY, centreZ: f.centreZ, pixelsPerMetre: height / f.heightM, width, height };
}
