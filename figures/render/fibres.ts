import type { Mesh } from './mesh';
import type { Sweep } from './sweep';

/**
 * Where a highlighted muscle's fibres run, drawn as fine darker lines along them, so that a student
 * tells the flat muscles of the abdominal wall apart by their fibres (the external oblique down and
 * forward, the internal oblique up and forward, transversus round the body), and reads a fan as a
 * fan and a spindle as a spindle.
 *
 * Each vertex of a belly gets a coordinate across its fibres (metres), from the sweep the belly
 * was shaped on: the vertex is placed in the section of the sweep it lies in, and its offset
 * across the section's width, scaled to the muscle's widest section, is the coordinate. So the
 * lines follow the belly's outline: parallel in a strap, converging where a fan narrows to its
 * insertion. A round belly is measured round its section instead (by angle), so its lines wrap
 * round it. Where the fibres cross the sweep's path at an angle (the obliques, swept round the
 * flank), the coordinate turns by that angle in the plane of the sheet.
 */
export interface FibreFrame {
  readonly sweep: Sweep;
  /** Degrees from the sweep's path toward its side direction (Sweep.s); 0 along the path. */
  readonly angle: number;
  /** Drawn on the mirror image (the left side) of the mesh the sweep was made for. */
  readonly mirrored: boolean;
}

/** A section wider than this many times its thickness is measured across its width (a sheet, a strap); a rounder one round its section. */
const FLAT = 2.5;

/** The coordinate across the fibres of each vertex (metres), one per vertex. */
export function fibreCoordinates(mesh: Mesh, frame: FibreFrame): Float32Array {
  const { sweep: sw, angle, mirrored } = frame;
  const P = mesh.positions;
  const n = P.length / 3;
  const out = new Float32Array(n);
  const count = sw.centres.length;
  // Arc length of each section along the path, and the widest section.
  const along = new Float64Array(count);
  let widest = 0, thickest = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      const a = sw.centres[i - 1]!, b = sw.centres[i]!;
      along[i] = (along[i - 1] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    }
    widest = Math.max(widest, sw.halfWidth[i] ?? 0);
    thickest = Math.max(thickest, sw.halfDepth[i] ?? 0);
  }
  const flat = widest > FLAT * thickest;
  // Round: one turn of the section is its mean circumference.
  const roundScale = (widest + thickest) / 2;
  const rad = (angle * Math.PI) / 180;
  const cosA = Math.cos(rad), sinA = Math.sin(rad);
  // A vertex's coordinates in section i: along the path, and across the fibres before turning.
  const inSection = (i: number, x: number, y: number, z: number): [number, number, number] => {
    const c = sw.centres[i]!, t = sw.t[i]!, s = sw.s[i]!, f = sw.f[i]!;
    const dx = x - c[0], dy = y - c[1], dz = z - c[2];
    const a = dx * t[0] + dy * t[1] + dz * t[2];
    const w = dx * s[0] + dy * s[1] + dz * s[2];
    const d = dx * f[0] + dy * f[1] + dz * f[2];
    const hw = Math.max(1e-4, sw.halfWidth[i] ?? 0);
    const hd = Math.max(1e-4, sw.halfDepth[i] ?? 0);
    // Fibres at an angle to the path are measured in metres, so the angle is true on the sheet.
    // The seam of a round section's angle lies on its deep face, out of sight.
    const across = angle !== 0 ? w : flat ? (w / hw) * widest : Math.atan2(w / hw, d / hd) * roundScale;
    return [a, (along[i] ?? 0) + a, across];
  };
  for (let v = 0; v < n; v++) {
    const x = (mirrored ? -1 : 1) * (P[v * 3] ?? 0), y = P[v * 3 + 1] ?? 0, z = P[v * 3 + 2] ?? 0;
    // The section whose plane passes nearest the vertex (distance along the path weighs most).
    let best = 0, bestCost = Infinity;
    for (let i = 0; i < count; i++) {
      const c = sw.centres[i]!, t = sw.t[i]!;
      const dx = x - c[0], dy = y - c[1], dz = z - c[2];
      const a = dx * t[0] + dy * t[1] + dz * t[2];
      const cost = 20 * a * a + (dx * dx + dy * dy + dz * dz);
      if (cost < bestCost) {
        bestCost = cost;
        best = i;
      }
    }
    // Blended with the section on its other side, by where it lies between their planes, so the
    // coordinates run on smoothly from one section to the next.
    const [a, u0, c0] = inSection(best, x, y, z);
    const next = a >= 0 ? best + 1 : best - 1;
    let u = u0, across = c0;
    if (next >= 0 && next < count) {
      const [b, u1, c1] = inSection(next, x, y, z);
      const k = a !== b ? Math.min(1, Math.max(0, a / (a - b))) : 0;
      u = u0 + (u1 - u0) * k;
      across = c0 + (c1 - c0) * k;
    }
    out[v] = across * cosA - u * sinA;
  }
  return out;
}

const cache = new WeakMap<Mesh, Float32Array>();

/** fibreCoordinates, computed once per mesh. */
export function fibresOf(mesh: Mesh, frame: FibreFrame): Float32Array {
  let c = cache.get(mesh);
  if (!c) {
    c = fibreCoordinates(mesh, frame);
    cache.set(mesh, c);
  }
  return c;
}
