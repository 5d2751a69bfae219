/**
 * Which pages of the atlas get figures, and what each one highlights: read from the content tree,
 * never written down again here. A muscle or part page names the model's structures it shows with
 * its `model` key; a group, a region, a super-region or a muscle with parts shows everything below
 * it. The model says which regions it draws (figures/model/index.ts); in those regions a muscle or
 * part page without a `model` key, a `model` key naming a structure the model lacks, or a `model`
 * key anywhere else is an error naming the file and line.
 */
import type { ContentError } from '../lib/content/errors';
import type { Atlas, Page } from '../lib/content/types';
import type { AnatomicalModel } from './model/types';
import { isFramingName, PAGE_FRAMINGS, sidesOf, type FramingName, type Sides } from './render/framing';

export interface FigurePage {
  /** Site URL, with trailing slash. */
  readonly url: string;
  /** The page's title, as captions and alt text name it ("Soleus muscle"). */
  readonly name: string;
  /** The page's short name, as the 3D viewer names its structure ("Soleus"). */
  readonly shortName: string;
  readonly kind: Page['kind'];
  /** The region's framing, or the one the page asks for (PAGE_FRAMINGS); a page's own frame is fitted to its muscles within it. */
  readonly framing: FramingName;
  /** Whether its pictures show the right side only or both (mirrored). */
  readonly sides: Sides;
  /** Model muscle ids highlighted on this page, in tree order. */
  readonly muscles: readonly string[];
}

export type FigurePages = { pages: FigurePage[]; errors: ContentError[] };

/** The first segment of an atlas URL: the region or super-region a page belongs to. */
function topSlug(url: string): string | null {
  return /^\/muscle\/([a-z0-9]+)\//.exec(url)?.[1] ?? null;
}

export function figurePages(atlas: Atlas, model: AnatomicalModel): FigurePages {
  const errors: ContentError[] = [];
  const drawn = new Set(model.regions);
  const known = new Set(model.muscles.map((m) => m.id));
  const shown = (page: Page): Page => (page.sameAs ? atlas.pages.get(page.sameAs) ?? page : page);

  const cache = new Map<string, string[]>();
  const musclesOf = (page: Page): string[] => {
    const cached = cache.get(page.url);
    if (cached) return cached;
    let muscles: string[];
    if (page.children.length > 0) {
      muscles = [...new Set(page.children.flatMap((url) => {
        const child = atlas.pages.get(url);
        return child ? musclesOf(shown(child)) : [];
      }))];
    } else {
      muscles = (page.model?.structures ?? []).filter((id) => known.has(id));
    }
    cache.set(page.url, muscles);
    return muscles;
  };

  /** The frame a page or one of its ancestors asks for instead of its region's (PAGE_FRAMINGS). */
  const ownFraming = (page: Page): FramingName | undefined => {
    for (let p: Page | undefined = page; p; p = p.parent ? atlas.pages.get(p.parent) : undefined) {
      const framing = PAGE_FRAMINGS[p.url];
      if (framing) return framing;
    }
    return undefined;
  };

  // Tree order: the root, then each page before what lies below it.
  const order: Page[] = [];
  const visit = (page: Page): void => {
    order.push(page);
    for (const url of page.children) {
      const child = atlas.pages.get(url);
      if (child) visit(child);
    }
  };
  visit(atlas.root);
  const pages: FigurePage[] = [];
  for (const page of order) {
    const region = topSlug(page.url);
    const inDrawnRegion = region !== null && drawn.has(region);
    // A mirror (same_as) carries its source page's link, checked at the source.
    if (page.model && page.sameAs === undefined) {
      const line = page.model.line;
      if (!inDrawnRegion) {
        errors.push({ file: page.file, line, message: `names model structures, but the anatomical model does not draw /muscle/${region ?? ''}/ yet` });
      } else if (page.children.length > 0) {
        errors.push({ file: page.file, line, message: 'names model structures, but a page with parts or members shows theirs: remove its `model` key' });
      }
      for (const id of page.model.structures) {
        if (!known.has(id)) errors.push({ file: page.file, line, message: `model structure "${id}" is not in the anatomical model` });
      }
    }
    if (!inDrawnRegion || page.sameAs !== undefined || region === null) continue;
    // A page with pictures of its own (an old-format page dropped in) keeps them.
    const ownPictures = page.hero !== null || page.gallery.length > 0;
    if (ownPictures) continue;
    if (page.children.length === 0 && !page.model) {
      if (page.kind === 'muscle' || page.kind === 'part') {
        errors.push({
          file: page.file,
          line: 1,
          message: `has no \`model\` key: a ${page.kind} page of /muscle/${region}/, which the anatomical model draws, names the structures its pictures highlight`,
        });
      }
      continue;
    }
    const muscles = musclesOf(page);
    if (muscles.length === 0) {
      // Pages below it that name nothing are reported themselves.
      if (page.children.length === 0) errors.push({ file: page.file, line: 1, message: 'has nothing below it that the anatomical model draws' });
      continue;
    }
    if (!isFramingName(region)) {
      errors.push({ file: page.file, line: 1, message: `the figure pipeline has no framing for region "${region}" (figures/render/framing.ts)` });
      continue;
    }
    const framing = ownFraming(page) ?? region;
    pages.push({ url: page.url, name: page.title, shortName: page.name, kind: page.kind, framing, sides: sidesOf(framing), muscles });
  }
  return { pages, errors };
}
