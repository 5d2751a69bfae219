import type { Muscle, MuscleShape, Tendon } from '../model/types';
import { blur } from './blur';
import { meshBounds, withoutCrumbs, type Mesh } from './mesh';
import { surfaceNets, type Field } from './surface-nets';
import { sweep, type Sweep } from './sweep';
import { closeMask, gridAround, markInside, visitSweep, type VoxelGrid } from './voxels';

const EXPONENT: Readonly<Record<MuscleShape, number>> = {
  fusiform: 2,
  pennate: 2.2,
  fan: 2.4,
  flat: 2.6,
  sheet: 3,
};

export function muscleSweep(m: Muscle): Sweep {
  const largest = Math.max(...m.profile.map((p) => Math.max(p.w, p.d))) / 2;
  return sweep(m.path, m.facing, m.profile, EXPONENT[m.shape], Math.min(0.008, Math.max(0.003, 0.2 * largest)));
}

export function tendonSweep(t: Tendon): Sweep {
  const flat = t.profile.some((p) => p.w > 2.5 * p.d);
  return sweep(t.path, t.facing, t.profile, flat ? 5 : 2.2, 0.003);
}

export interface VolumeOptions {
  /** Voxel size in metres. */
  readonly spacing: number;
  /** How far (metres) a belly may grow beyond its nominal shape to fill a gap inside the limb. */
  readonly fill: number;
  /**
   * The most a belly may grow by filling, as a multiple of its nominal volume: a small muscle in a
   * roomy gap (a rotator in the lamina groove, palatoglossus) keeps to about its own size, and the
   * voxels it leaves go to the next nearest belly.
   */
  readonly growth: number;
  /** Closing radius (voxels) of the envelope inside which gaps are filled. */
  readonly closeRadius: number;
  /** Taubin smoothing rounds of the extracted surfaces. */
  readonly smoothing: number;
  /** Bellies of more voxels than this are surfaced `coarseFactor` times more coarsely. */
  readonly coarseAbove: number;
  readonly coarseFactor: number;
}

export const DEFAULT_VOLUME_OPTIONS: VolumeOptions = {
  spacing: 0.002,
  fill: 0.012,
  growth: 5,
  closeRadius: 6,
  smoothing: 10,
  coarseAbove: 12000,
  coarseFactor: 1.5,
};

function sweepBounds(sweeps: readonly Sweep[], grow: number): [number, number, number, number, number, number] {
  const b: [number, number, number, number, number, number] = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (const sw of sweeps) {
    sw.centres.forEach((c, i) => {
      const r = grow + Math.max(sw.halfWidth[i] ?? 0, sw.halfDepth[i] ?? 0);
      for (let a = 0; a < 3; a++) {
        const v = c[a] ?? 0;
        b[a] = Math.min(b[a] ?? 0, v - r);
        b[a + 3] = Math.max(b[a + 3] ?? 0, v + r);
      }
    });
  }
  return b;
}

function overlaps(a: readonly number[], grid: VoxelGrid): boolean {
  const hi = [
    grid.origin[0] + grid.nx * grid.spacing,
    grid.origin[1] + grid.ny * grid.spacing,
    grid.origin[2] + grid.nz * grid.spacing,
  ];
  return (
    (a[3] ?? 0) >= grid.origin[0] && (a[0] ?? 0) <= (hi[0] ?? 0) &&
    (a[4] ?? 0) >= grid.origin[1] && (a[1] ?? 0) <= (hi[1] ?? 0) &&
    (a[5] ?? 0) >= grid.origin[2] && (a[2] ?? 0) <= (hi[2] ?? 0)
  );
}

/**
 * The bellies as volumes that fill their compartments: every voxel of the limb goes to at most
 * one thing. Bones and tendons are solid; each belly claims the voxels inside its nominal shape,
 * and the gaps between bellies inside the limb's envelope go to the nearest belly. So bellies
 * pack without gaps, never cross one another and never pass through a bone.
 */
export function buildMuscleMeshes(
  muscles: readonly Muscle[],
  boneParts: readonly Mesh[],
  tendons: readonly Sweep[],
  opts: VolumeOptions = DEFAULT_VOLUME_OPTIONS,
): Map<string, Mesh> {
  const { grid, labels } = labelVolume(muscles, boneParts, tendons, opts);
  const bounds = labelBounds(grid, labels, muscles.length);
  const out = new Map<string, Mesh>();
  muscles.forEach((m, idx) => {
    const box = bounds[idx];
    const mesh = box ? extract(grid, labels, idx + 1, box, opts) : null;
    if (mesh) out.set(m.id, mesh);
  });
  return out;
}

/**
 * The labelled voxels: 0 empty, 1 + i for muscles[i]; `solid` marks bone (1) and tendon (2).
 */
export function labelVolume(
  muscles: readonly Muscle[],
  boneParts: readonly Mesh[],
  tendons: readonly Sweep[],
  opts: VolumeOptions,
): { grid: VoxelGrid; labels: Uint8Array; solid: Uint8Array } {
  const sweeps = muscles.map(muscleSweep);
  const grid = gridAround(sweepBounds(sweeps, opts.fill + 0.01), opts.spacing);
  const N = grid.nx * grid.ny * grid.nz;
  const solid = new Uint8Array(N);
  for (const part of boneParts) if (overlaps(meshBounds(part), grid)) markInside(grid, part, solid, 1);
  for (const t of tendons) visitSweep(grid, t, 0, (idx) => (solid[idx] = 2));

  // The nearest belly to each voxel, and the next nearest (which takes it when the nearest may not grow so far).
  const best = new Float32Array(N).fill(Infinity);
  const owner = new Uint8Array(N);
  const next = new Float32Array(N).fill(Infinity);
  const nextOwner = new Uint8Array(N);
  sweeps.forEach((sw, m) => {
    const label = m + 1;
    visitSweep(grid, sw, muscles[m]?.fill ?? opts.fill, (idx, d) => {
      if (solid[idx] !== 0) return;
      if (owner[idx] === label) {
        if (d < (best[idx] ?? Infinity)) best[idx] = d;
      } else if (d < (best[idx] ?? Infinity)) {
        next[idx] = best[idx] ?? Infinity;
        nextOwner[idx] = owner[idx] ?? 0;
        best[idx] = d;
        owner[idx] = label;
      } else if (nextOwner[idx] === label || d < (next[idx] ?? Infinity)) {
        next[idx] = Math.min(d, nextOwner[idx] === label ? (next[idx] ?? Infinity) : Infinity);
        nextOwner[idx] = label;
      }
    });
  });
  // Twice: a belly given voxels by another may outgrow its own limit, and then leaves them empty.
  limitGrowth(owner, best, next, nextOwner, muscles.length, opts.growth);
  limitGrowth(owner, best, next, nextOwner, muscles.length, opts.growth);
  const occupied = new Uint8Array(N);
  for (let i = 0; i < N; i++) occupied[i] = (solid[i] ?? 0) > 0 || (best[i] ?? Infinity) <= 0 ? 1 : 0;
  const envelope = closeMask(grid, occupied, opts.closeRadius);
  const labels = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    if ((solid[i] ?? 0) > 0) continue;
    const d = best[i] ?? Infinity;
    // A voxel outside every belly goes to the nearest one whose fill reaches it (visitSweep reaches no further).
    if (d <= 0 || (d < Infinity && envelope[i])) labels[i] = owner[i] ?? 0;
  }
  return { grid, labels, solid };
}

/**
 * Hands the farthest filling voxels of a belly that would grow beyond `growth` times its nominal
 * volume to their next nearest belly (or leaves them empty; a voxel is handed on once): what a belly
 * keeps is its nominal shape and the fill nearest to it.
 */
export function limitGrowth(owner: Uint8Array, best: Float32Array, next: Float32Array, nextOwner: Uint8Array, count: number, growth: number): void {
  const nominal = new Int32Array(count + 1);
  const filled: number[][] = Array.from({ length: count + 1 }, () => []);
  for (let i = 0; i < owner.length; i++) {
    const o = owner[i] ?? 0;
    if (o === 0) continue;
    if ((best[i] ?? Infinity) <= 0) nominal[o] = (nominal[o] ?? 0) + 1;
    else filled[o]?.push(i);
  }
  for (let o = 1; o <= count; o++) {
    const voxels = filled[o] ?? [];
    const room = Math.max(0, Math.floor((growth - 1) * (nominal[o] ?? 0)));
    if (voxels.length <= room) continue;
    voxels.sort((a, b) => (best[a] ?? 0) - (best[b] ?? 0));
    for (const i of voxels.slice(room)) {
      owner[i] = nextOwner[i] ?? 0;
      best[i] = next[i] ?? Infinity;
      nextOwner[i] = 0;
      next[i] = Infinity;
    }
  }
}

type Box = [number, number, number, number, number, number];

function labelBounds(grid: VoxelGrid, labels: Uint8Array, count: number): (Box | undefined)[] {
  const boxes: (Box | undefined)[] = new Array<Box | undefined>(count).fill(undefined);
  const { nx, ny, nz } = grid;
  let idx = 0;
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++, idx++) {
        const l = labels[idx] ?? 0;
        if (l === 0) continue;
        const b = boxes[l - 1];
        if (!b) boxes[l - 1] = [i, j, k, i, j, k];
        else {
          if (i < b[0]) b[0] = i;
          if (j < b[1]) b[1] = j;
          if (k < b[2]) b[2] = k;
          if (i > b[3]) b[3] = i;
          if (j > b[4]) b[4] = j;
          if (k > b[5]) b[5] = k;
        }
      }
  return boxes;
}

/** The largest connected piece of one label, smoothed (its thin parts kept) and turned into a surface. */
function extract(grid: VoxelGrid, labels: Uint8Array, label: number, box: Box, opts: VolumeOptions): Mesh | null {
  const m = 3;
  const [i0, j0, k0, i1, j1, k1] = box;
  const fx = i1 - i0 + 1 + 2 * m, fy = j1 - j0 + 1 + 2 * m, fz = k1 - k0 + 1 + 2 * m;
  const n = fx * fy * fz;
  const mask = new Uint8Array(n);
  for (let k = k0; k <= k1; k++)
    for (let j = j0; j <= j1; j++)
      for (let i = i0; i <= i1; i++)
        if (labels[i + grid.nx * (j + grid.ny * k)] === label) mask[i - i0 + m + fx * (j - j0 + m + fy * (k - k0 + m))] = 1;
  // Keep the largest 6-connected piece (2: kept).
  const comp = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sxy = fx * fy;
  let bestId = -1, bestSize = 0, next = 0;
  for (let s0 = 0; s0 < n; s0++) {
    if (!mask[s0] || (comp[s0] ?? -1) >= 0) continue;
    const id = next++;
    let head = 0, tail = 0;
    queue[tail++] = s0;
    comp[s0] = id;
    while (head < tail) {
      const v = queue[head++] ?? 0;
      for (const w of [v - 1, v + 1, v - fx, v + fx, v - sxy, v + sxy]) {
        if (w >= 0 && w < n && mask[w] && (comp[w] ?? -1) < 0) {
          comp[w] = id;
          queue[tail++] = w;
        }
      }
    }
    if (tail > bestSize) {
      bestSize = tail;
      bestId = id;
    }
  }
  if (bestSize < 8) return null;
  let values: Float32Array = new Float32Array(n);
  for (let v = 0; v < n; v++) if (comp[v] === bestId) values[v] = 1;
  const thin = thinVoxels(values, [1, fx, sxy]);
  for (let pass = 0; pass < 3; pass++) values = blur(values, fx, fy, fz);
  // The blur would melt a sheet or strand one or two voxels thick below the surface's level, so a
  // thin muscle, or a thin stretch of one where its neighbours crowd it, would fall apart: such
  // voxels stay inside.
  for (const v of thin) if ((values[v] ?? 0) < THIN_FLOOR) values[v] = THIN_FLOOR;
  const h = grid.spacing;
  const field = {
    nx: fx,
    ny: fy,
    nz: fz,
    spacing: h,
    origin: [grid.origin[0] + (i0 - m) * h, grid.origin[1] + (j0 - m) * h, grid.origin[2] + (k0 - m) * h] as const,
    values,
  };
  // Large bellies are surfaced on a coarser grid (fewer triangles to draw); small ones keep every voxel.
  const surface = surfaceNets(bestSize > opts.coarseAbove ? resampleField(field, opts.coarseFactor) : field, 0.5, opts.smoothing);
  // The voxels are one piece, so a crumb the surface leaves beside the belly is an artefact of the smoothing.
  return withoutCrumbs(surface, CRUMB_SHARE);
}

/** A piece of a belly's surface with fewer than this share of its largest piece's triangles is dropped. */
const CRUMB_SHARE = 0.05;

/** The field's level at a thin voxel after blurring: above the surface's 0.5, so the voxel stays inside. */
const THIN_FLOOR = 0.7;

/**
 * The voxels of a mask (1 inside) that lie in a run of at most two along some axis: where the
 * piece is one or two voxels thick. `strides` steps one voxel along x, y and z; the mask has a
 * margin of empty voxels at least two wide.
 */
export function thinVoxels(mask: Float32Array, strides: readonly number[]): number[] {
  const out: number[] = [];
  for (let v = 0; v < mask.length; v++) {
    if (mask[v] !== 1) continue;
    for (const s of strides) {
      const before = mask[v - s] === 1, after = mask[v + s] === 1;
      const run = 1 + (before ? (mask[v - 2 * s] === 1 ? 2 : 1) : 0) + (after ? (mask[v + 2 * s] === 1 ? 2 : 1) : 0);
      if (run <= 2) {
        out.push(v);
        break;
      }
    }
  }
  return out;
}

/** The field sampled `factor` times more coarsely (trilinear). */
function resampleField(f: Field, factor: number): Field {
  const nx = Math.floor((f.nx - 1) / factor) + 1;
  const ny = Math.floor((f.ny - 1) / factor) + 1;
  const nz = Math.floor((f.nz - 1) / factor) + 1;
  const values = new Float32Array(nx * ny * nz);
  const at = (i: number, j: number, k: number): number => f.values[i + f.nx * (j + f.ny * k)] ?? 0;
  for (let k = 0; k < nz; k++) {
    const z = k * factor, k0 = Math.min(f.nz - 2, Math.floor(z)), tz = z - k0;
    for (let j = 0; j < ny; j++) {
      const y = j * factor, j0 = Math.min(f.ny - 2, Math.floor(y)), ty = y - j0;
      for (let i = 0; i < nx; i++) {
        const x = i * factor, i0 = Math.min(f.nx - 2, Math.floor(x)), tx = x - i0;
        const c00 = at(i0, j0, k0) * (1 - tx) + at(i0 + 1, j0, k0) * tx;
        const c10 = at(i0, j0 + 1, k0) * (1 - tx) + at(i0 + 1, j0 + 1, k0) * tx;
        const c01 = at(i0, j0, k0 + 1) * (1 - tx) + at(i0 + 1, j0, k0 + 1) * tx;
        const c11 = at(i0, j0 + 1, k0 + 1) * (1 - tx) + at(i0 + 1, j0 + 1, k0 + 1) * tx;
        values[i + nx * (j + ny * k)] = (c00 * (1 - ty) + c10 * ty) * (1 - tz) + (c01 * (1 - ty) + c11 * ty) * tz;
      }
    }
  }
  return { nx, ny, nz, origin: f.origin, spacing: f.spacing * factor, values };
}
