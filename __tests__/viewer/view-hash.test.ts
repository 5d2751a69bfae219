import { isViewerHash, viewFromHash, viewHash } from '@/lib/viewer/view-hash';

describe('the 3D viewer’s address', () => {
  it('opens on #3d, framed like the hero', () => {
    expect(isViewerHash('#3d')).toBe(true);
    expect(viewFromHash('#3d')).toBeNull();
  });

  it('reads and writes a view: angle, elevation, zoom', () => {
    const view = { angle: 157.4, elevation: -12.2, zoom: 1.456 };
    expect(viewHash(view)).toBe('#3d=157,-12,1.46');
    expect(viewFromHash(viewHash(view))).toEqual({ angle: 157, elevation: -12, zoom: 1.46 });
    expect(viewHash({ angle: -90, elevation: 0, zoom: 1 })).toBe('#3d=270,0,1.00');
  });

  it('keeps a hand-edited view within bounds', () => {
    expect(viewFromHash('#3d=400,89,99')).toEqual({ angle: 40, elevation: 89, zoom: 20 });
    expect(viewFromHash('#3d=0,0,0.01')).toEqual({ angle: 0, elevation: 0, zoom: 0.2 });
  });

  it('ignores other hashes and malformed views', () => {
    for (const hash of ['', '#image-3', '#3dx', '#3d=', '#3d=a,b,c', '#3d=1,2', '#3d=1,2,0']) {
      expect(viewFromHash(hash)).toBeNull();
    }
    expect(isViewerHash('#image-3')).toBe(false);
    expect(isViewerHash('#3d=1,2')).toBe(false);
  });
});
