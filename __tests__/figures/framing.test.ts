/** @jest-environment node */
import { VIEW_ANGLES, viewBasis } from '@/figures/render/camera';
import { CLOSEST_M, framingFor, pageFrame } from '@/figures/render/framing';
import { meshBounds, type Mesh } from '@/figures/render/mesh';
import { ellipsoidMesh } from '@/figures/render/primitives';
import { fittedPageFrame, heroOf, HERO_SHARE } from '@/figures/render/page-frame';
import { project } from '@/figures/render/projection';
import type { SceneItem } from '@/figures/render/render-view';

const W = 400;
const H = 500;

function item(id: string, kind: SceneItem['kind'], center: [number, number, number], radii: [number, number, number], owners: string[]): SceneItem {
  const mesh = ellipsoidMesh({ kind: 'ellipsoid', label: id, center, radii });
  return { id, kind, mesh, owners, bounds: meshBounds(mesh), side: 'right' };
}

/** Whether every vertex of a mesh lands inside the picture in all 16 views. */
function wholeInEveryView(mesh: Mesh, framing: ReturnType<typeof pageFrame>): boolean {
  return VIEW_ANGLES.every((angle) => {
    const { x, y } = project(mesh, viewBasis(angle), framing);
    return x.every((v) => v >= 0 && v <= W) && y.every((v) => v >= 0 && v <= H);
  });
}

const femur = item('femur', 'bone', [0.11, 0, 0.65], [0.015, 0.015, 0.22], []);
const gemellus = item('gemellus', 'muscle', [0.1, -0.04, 0.86], [0.03, 0.008, 0.006], ['gemellus']);
const gluteus = item('gluteus', 'muscle', [0.12, -0.06, 0.9], [0.05, 0.03, 0.08], ['gluteus']);
const tract = item('tract', 'tendon', [0.15, 0, 0.6], [0.006, 0.02, 0.3], ['gluteus']);
const scene = [femur, gemellus, gluteus, tract];

describe('a page’s frame', () => {
  it('keeps the region’s frame on a region page', () => {
    const frame = pageFrame({ kind: 'region', framing: 'hip', muscles: ['gemellus', 'gluteus'] }, scene, W, H);
    expect(frame).toEqual(framingFor('hip', W, H));
  });

  it('comes close to a small muscle, turning about it, and keeps it whole in every view', () => {
    const frame = pageFrame({ kind: 'muscle', framing: 'hip', muscles: ['gemellus'] }, scene, W, H);
    expect(frame.pixelsPerMetre).toBeGreaterThan(framingFor('hip', W, H).pixelsPerMetre);
    expect(frame.axisX).toBeCloseTo(0.1, 3);
    expect(frame.axisY).toBeCloseTo(-0.04, 3);
    expect(frame.centreZ).toBeCloseTo(0.86, 3);
    expect(wholeInEveryView(gemellus.mesh, frame)).toBe(true);
  });

  it('never comes so close that the bones around a muscle are lost', () => {
    const frame = pageFrame({ kind: 'muscle', framing: 'hip', muscles: ['gemellus'] }, scene, W, H);
    // The picture spans at least CLOSEST_M of the limb, however small the muscle, and 8 cm more than the muscle itself.
    expect(H / frame.pixelsPerMetre).toBeGreaterThanOrEqual(CLOSEST_M);
    const [, , z0, , , z1] = gemellus.bounds;
    expect(H / frame.pixelsPerMetre).toBeGreaterThanOrEqual(z1 - z0 + 0.08);
  });

  it('frames the belly, not a tendon too long for the region’s frame', () => {
    const frame = pageFrame({ kind: 'muscle', framing: 'hip', muscles: ['gluteus'] }, scene, W, H);
    expect(frame.centreZ).toBeCloseTo(0.9, 2);
    expect(wholeInEveryView(gluteus.mesh, frame)).toBe(true);
    expect(wholeInEveryView(tract.mesh, frame)).toBe(false);
  });

  it('frames a tendon with its muscle when both fit the region’s frame', () => {
    const frame = pageFrame({ kind: 'muscle', framing: 'lowerlimb', muscles: ['gluteus'] }, scene, W, H);
    expect(wholeInEveryView(gluteus.mesh, frame)).toBe(true);
    expect(wholeInEveryView(tract.mesh, frame)).toBe(true);
  });
});

describe('a page’s frame fitted to its hero', () => {
  // A muscle the size of a corrugator in front of a bone, and a big one beside it.
  const skull = item('skull', 'bone', [0.03, 0.0, 1.65], [0.09, 0.1, 0.12], []);
  const small = item('small', 'muscle', [0.02, 0.1, 1.68], [0.012, 0.004, 0.004], ['small']);
  const big = item('big', 'muscle', [0.06, 0.05, 1.64], [0.05, 0.05, 0.08], ['big']);
  const face = [skull, small, big];

  it('brings a small muscle close enough to fill 2% of its hero, keeping it whole in every view', () => {
    const page = { kind: 'muscle', framing: 'head', muscles: ['small'] } as const;
    const plain = pageFrame(page, face, W, H);
    expect(heroOf(face, page, plain).share).toBeLessThan(HERO_SHARE);
    const fitted = fittedPageFrame(page, face, W, H);
    expect(fitted.pixelsPerMetre).toBeGreaterThan(plain.pixelsPerMetre);
    expect(heroOf(face, page, fitted).share).toBeGreaterThanOrEqual(HERO_SHARE);
    expect(wholeInEveryView(small.mesh, fitted)).toBe(true);
  });

  it('leaves alone a muscle that already fills its hero, and a region', () => {
    const muscle = { kind: 'muscle', framing: 'head', muscles: ['big'] } as const;
    expect(fittedPageFrame(muscle, face, W, H)).toEqual(pageFrame(muscle, face, W, H));
    const region = { kind: 'region', framing: 'head', muscles: ['small', 'big'] } as const;
    expect(fittedPageFrame(region, face, W, H)).toEqual(framingFor('head', W, H));
  });
});
