/** @jest-environment node */
import { VIEW_ANGLES, viewBasis, viewCaption, viewPhrase } from '@/figures/render/camera';

describe('gallery views', () => {
  it('has 16 views at 22.5 degree steps from the front', () => {
    expect(VIEW_ANGLES).toHaveLength(16);
    expect(VIEW_ANGLES[0]).toBe(0);
    expect(VIEW_ANGLES[1]).toBe(22.5);
    expect(VIEW_ANGLES[15]).toBe(337.5);
  });

  it('puts the lateral side (+x) of the right limb on the viewer’s left in the anterior view', () => {
    const { right, toward } = viewBasis(0);
    expect(toward[1]).toBeCloseTo(1); // the camera is in front
    expect(right[0]).toBeCloseTo(-1); // screen right is medial, so lateral is on the left
  });

  it('moves the camera toward the lateral side first', () => {
    const { toward, right } = viewBasis(90);
    expect(toward[0]).toBeCloseTo(1);
    expect(right[1]).toBeCloseTo(1); // in the lateral view the front of the limb is on the right
  });

  it('captions the views by where the camera stands', () => {
    expect(viewCaption(0)).toBe('Anterior view');
    expect(viewCaption(22.5)).toBe('Anterolateral view (22.5°)');
    expect(viewCaption(45)).toBe('Anterolateral view (45°)');
    expect(viewCaption(90)).toBe('Lateral view');
    expect(viewCaption(135)).toBe('Posterolateral view (135°)');
    expect(viewCaption(180)).toBe('Posterior view');
    expect(viewCaption(247.5)).toBe('Posteromedial view (247.5°)');
    expect(viewCaption(270)).toBe('Medial view');
    expect(viewCaption(337.5)).toBe('Anteromedial view (337.5°)');
    expect(viewPhrase(45)).toBe('anterolateral view at 45°');
  });

  it('names the sides of the body in pictures that show both', () => {
    expect(viewCaption(90, 'both')).toBe('Right lateral view');
    expect(viewCaption(270, 'both')).toBe('Left lateral view');
    expect(viewCaption(315, 'both')).toBe('Left anterolateral view (315°)');
    expect(viewPhrase(135, 'both')).toBe('right posterolateral view at 135°');
  });
});
