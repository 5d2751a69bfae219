import type { FigureManifest, PageFigures } from '@/figures/manifest';
import { withFigures } from '@/lib/with-figures';
import { atlasFrom, page, ROOT } from './content/helpers';

function figures(slug: string): PageFigures {
  const file = (name: string) => `/generated/figures/${slug}-${name}.webp`;
  return {
    hero: { animated: file('turntable'), still: file('still'), width: 560, height: 700, alt: `${slug} highlighted, turning`, caption: `${slug} in red`, subject: 'the right lower limb' },
    gallery: Array.from({ length: 16 }, (_, index) => ({
      src: file(`${index}`),
      thumb: file(`${index}-thumb`),
      width: 1000,
      height: 1250,
      thumbWidth: 200,
      thumbHeight: 250,
      caption: `View ${index + 1}`,
      alt: `${slug}, view ${index + 1}`,
    })),
    og: { src: `/generated/figures/${slug}-og.jpg`, width: 1200, height: 630 },
    model: {
      src: `/generated/models/leg-${slug}-0123456789ab.glb`,
      bytes: 1000,
      scene: '/generated/models/scene-leg-0123456789ab.glb',
      sceneBytes: 300000,
      highlighted: [slug],
      view: { target: [0, 0.3, 0], angle: 180, height: 0.4, aspect: 0.8 },
    },
  };
}

const { atlas } = atlasFrom(
  {
    'muscle/index.md': ROOT,
    'muscle/leg/index.md': page('title: Leg'),
    'muscle/leg/soleus.md': page('title: Soleus'),
    'muscle/leg/plantaris.md': page('title: Plantaris\ngallery:\n  - image_url: own.png'),
    'muscle/calf/index.md': page('title: Calf'),
    'muscle/calf/soleus.md': page('same_as: /muscle/leg/soleus/\nparent: /muscle/calf/', ''),
  },
  ['images/own.png'],
);
const manifest: FigureManifest = {
  version: 1,
  pages: { '/muscle/leg/soleus/': figures('soleus'), '/muscle/leg/plantaris/': figures('plantaris') },
};

describe('withFigures', () => {
  if (!atlas) throw new Error('fixture atlas did not build');
  const shown = withFigures(atlas, manifest);

  it('gives a page without pictures the turning hero, its still and the 16 views', () => {
    const soleus = shown.pages.get('/muscle/leg/soleus/');
    expect(soleus?.hero).toMatchObject({ src: '/generated/figures/soleus-turntable.webp', still: '/generated/figures/soleus-still.webp', animated: true, width: 560, height: 700 });
    // The key to the picture's colours is the hero's caption.
    expect(soleus?.hero?.title).toBe('soleus in red');
    expect(soleus?.gallery).toHaveLength(16);
    expect(soleus?.gallery[0]).toMatchObject({ thumb: '/generated/figures/soleus-0-thumb.webp', caption: 'View 1' });
    expect(soleus?.socialImage).toEqual({ src: '/generated/figures/soleus-og.jpg', width: 1200, height: 630 });
  });

  it('gives the 3D viewer the model (its region’s scene and its own structures), what it shows and what its colours mean', () => {
    expect(shown.pages.get('/muscle/leg/soleus/')?.explore).toEqual({
      src: '/generated/models/leg-soleus-0123456789ab.glb',
      scene: '/generated/models/scene-leg-0123456789ab.glb',
      highlighted: ['soleus'],
      view: { target: [0, 0.3, 0], angle: 180, height: 0.4, aspect: 0.8 },
      subject: 'the right lower limb',
      colourKey: 'soleus in red',
    });
  });

  it('keeps a page’s own pictures', () => {
    const plantaris = shown.pages.get('/muscle/leg/plantaris/');
    expect(plantaris?.gallery.map((picture) => picture.src)).toEqual(['/images/own.png']);
    expect(plantaris?.hero).toBeNull();
  });

  it('shows the canonical page’s figures at its second URL', () => {
    expect(shown.pages.get('/muscle/calf/soleus/')?.hero?.src).toBe('/generated/figures/soleus-turntable.webp');
  });

  it('leaves pages the model does not draw alone', () => {
    expect(shown.pages.get('/muscle/leg/')).toBe(atlas.pages.get('/muscle/leg/'));
    expect(shown.root).toBe(shown.pages.get('/muscle/'));
  });
});
