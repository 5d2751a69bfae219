import type { FigureManifest } from '@/figures/manifest';
import type { Atlas, Page } from './content/types';

/**
 * Gives every page the model's figures when its content names no pictures of its own: the turntable
 * hero (still for reduced motion), the 16-view gallery, the Open Graph picture and the 3D model of
 * "Explore in 3D" when the manifest has one. A page shown at
 * two URLs takes the figures of its canonical page. Pages with their own `images` or `gallery` keep them.
 */
export function withFigures(atlas: Atlas, manifest: FigureManifest): Atlas {
  const pages = new Map<string, Page>();
  for (const [url, page] of atlas.pages) {
    const figures = manifest.pages[page.canonical] ?? manifest.pages[page.url];
    if (!figures || page.hero !== null || page.gallery.length > 0) {
      pages.set(url, page);
      continue;
    }
    pages.set(url, {
      ...page,
      hero: {
        src: figures.hero.animated,
        still: figures.hero.still,
        alt: figures.hero.alt,
        ...(figures.hero.caption ? { title: figures.hero.caption } : {}),
        animated: true,
        videos: [],
        width: figures.hero.width,
        height: figures.hero.height,
      },
      gallery: figures.gallery.map((figure) => ({
        src: figure.src,
        thumb: figure.thumb,
        alt: figure.alt,
        caption: figure.caption,
        width: figure.width,
        height: figure.height,
      })),
      socialImage: figures.og,
      ...(figures.model
        ? {
            explore: {
              src: figures.model.src,
              scene: figures.model.scene,
              highlighted: figures.model.highlighted,
              view: figures.model.view,
              ...(figures.hero.subject ? { subject: figures.hero.subject } : {}),
              ...(figures.hero.caption ? { colourKey: figures.hero.caption } : {}),
            },
          }
        : {}),
    });
  }
  const root = pages.get(atlas.root.url) ?? atlas.root;
  return { ...atlas, root, pages };
}
