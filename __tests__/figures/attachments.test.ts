/** @jest-environment node */
import { paintBones } from '@/figures/render/attachments';
import { boneMesh } from '@/figures/render/bone-geometry';
import type { AnatomicalModel, Attachment, Bone, Muscle } from '@/figures/model/types';

// A bone of the midline (a vertebral body, say), with a paired muscle attached to its right side
// and a muscle of the midline attached to its front.
const bone: Bone = {
  id: 'body',
  name: 'Body',
  midline: true,
  parts: [{ kind: 'loft', label: 'body', sections: [{ at: [0, 0, 0], r: 0.015 }, { at: [0, 0, 0.03], r: 0.015 }], capStart: 0.005, capEnd: 0.005 }],
};
const right: Attachment = { bone: 'body', area: 'right side', points: [[0.015, 0, 0.015]], radius: 0.006 };
const front: Attachment = { bone: 'body', area: 'front', points: [[0, 0.015, 0.015]], radius: 0.006 };
const paired = { id: 'paired', name: 'Paired', origin: [right], insertion: [] } as unknown as Muscle;
const single = { id: 'single', name: 'Single', midline: true, origin: [front], insertion: [] } as unknown as Muscle;
const model = { regions: [], bones: [bone], muscles: [paired, single], tendons: [] } as unknown as AnatomicalModel;
const mesh = boneMesh(bone);
const bones = new Map([['body', mesh]]);

/** The x of every vertex painted red (an origin) by the highlighted muscles. */
function paintedX(highlighted: string[], sides: 'right' | 'both'): number[] {
  const paint = paintBones(model, bones, new Set(highlighted), sides).get('body');
  if (!paint) return [];
  const xs: number[] = [];
  for (let v = 0; v < paint.markers.length / 3; v++) if ((paint.markers[v * 3] ?? 0) > 0) xs.push(mesh.positions[v * 3] ?? 0);
  return xs;
}

describe('the attachment areas painted on a bone of the midline', () => {
  it('are the right muscle’s alone in a picture of the right side', () => {
    const xs = paintedX(['paired'], 'right');
    expect(xs.length).toBeGreaterThan(0);
    expect(xs.every((x) => x > 0)).toBe(true);
  });

  it('are the left muscle’s too, mirrored, in a picture of both sides', () => {
    const xs = paintedX(['paired'], 'both');
    const left = xs.filter((x) => x < 0).length;
    const rightSide = xs.filter((x) => x > 0).length;
    expect(left).toBeGreaterThan(0);
    expect(left).toBe(rightSide);
  });

  it('are not doubled for a muscle of the midline', () => {
    const once = paintBones(model, bones, new Set(['single']), 'right').get('body');
    const both = paintBones(model, bones, new Set(['single']), 'both').get('body');
    expect(both?.colours).toEqual(once?.colours);
  });
});
