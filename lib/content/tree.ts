import type { ContentError } from './errors';
import { isAnimatedImage, isSafeImageUrl, localImageFile, resolveImageUrl, videoSiblings } from './images';
import type { SourcePage } from './load';
import { firstParagraphText } from './markdown-structure';
import { FACT_KEYS, type PageKind } from './schema';
import type { Atlas, BodyBlock, Facts, Hero, Page, Picture } from './types';
import { normalizeLink, regionUrlOf, ROOT_URL, slugify } from './urls';

export type TreeOptions = {
  /** Base that relative image paths are resolved against. */
  imageBase: string;
  /** The folder site paths are served from, to check local images. */
  publicDir: string;
  fileExists: (file: string) => boolean;
};

const KIND_BY_DEPTH: readonly PageKind[] = ['root', 'superregion', 'region', 'group', 'muscle'];
const DESCRIPTION_LENGTH = 160;

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : value);

/** `The soleus muscle of the leg` → `Soleus`; `The muscles of the leg` → `Leg`: short names for old pages. */
export function nameFromTitle(title: string): string {
  const withoutArticle = title.trim().replace(/^the\s+/i, '');
  const collective = /^muscles\s+of\s+the\s+(.+)$/i.exec(withoutArticle);
  const short = collective?.[1] ?? withoutArticle.replace(/\s+of the\s+[\w\s-]+$/i, '').replace(/\s+muscles?$/i, '').trim();
  const name = short === '' ? title : short;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The old pages' stock subheadline, with its old misspelling mended. */
export function mendSubheadline(subheadline: string | undefined): string | undefined {
  return subheadline?.replace(/\bdiscription\b/gi, 'description');
}

function summarise(text: string): string {
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** Builds the atlas tree from the pages read: parents, children, kinds, images and links, all checked. */
export function buildAtlas(sources: readonly SourcePage[], options: TreeOptions): { atlas: Atlas | null; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const reported = new Set<string>();
  // A page shown at two URLs (same_as) is read twice: each problem is still reported once.
  const report = (source: SourcePage, message: string, line?: number) => {
    const key = `${source.file}:${line ?? ''}:${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    errors.push({ file: source.file, line, message });
  };

  // 1. URLs: one file per URL, aliases included.
  const byUrl = new Map<string, SourcePage>();
  const routes = new Map<string, string>();
  for (const source of sources) {
    const other = byUrl.get(source.url);
    if (other) {
      report(source, `claims ${source.url}, which ${other.file} claims too`, source.data.permalink ? source.lineOf(['permalink']) : undefined);
      continue;
    }
    byUrl.set(source.url, source);
    routes.set(source.url, source.url);
  }
  for (const source of byUrl.values()) {
    (source.data.aliases ?? []).forEach((alias, index) => {
      const url = normalizeLink(alias);
      const line = source.lineOf(['aliases', index]);
      if (url === null || !url.startsWith(ROOT_URL) || url.split('/').length > 5) {
        report(source, `alias "${alias}" is not a page URL of the shape /muscle/<region>/<name>/`, line);
        return;
      }
      const taken = routes.get(url);
      if (taken !== undefined) {
        const owner = byUrl.get(taken);
        report(source, `alias ${url} is already the URL of ${owner?.file ?? taken}`, line);
        return;
      }
      routes.set(url, source.url);
    });
  }
  const find = (link: string): SourcePage | undefined => {
    const url = normalizeLink(link);
    const target = url === null ? undefined : routes.get(url);
    return target === undefined ? undefined : byUrl.get(target);
  };

  const root = byUrl.get(ROOT_URL);
  if (!root) errors.push({ file: '(content folder)', message: `no page has the URL ${ROOT_URL}: the atlas needs a root page` });

  // 2. same_as: the page whose content a page shows.
  const contentOf = new Map<string, SourcePage>();
  for (const source of byUrl.values()) {
    if (source.data.same_as === undefined) {
      contentOf.set(source.url, source);
      continue;
    }
    const target = find(source.data.same_as);
    const line = source.lineOf(['same_as']);
    if (!target) report(source, `same_as ${source.data.same_as} is not a page of the atlas`, line);
    else if (target.url === source.url) report(source, 'same_as names the page itself', line);
    else if (target.data.same_as !== undefined) report(source, `same_as ${target.url} is itself a same_as page: name the page with the content`, line);
    else contentOf.set(source.url, target);
  }

  // 3. Parents, by the rules in order: parent key, a nested list one level down, the Back link, the region page.
  const listedUnder = new Map<string, { parent: string; position: number; direct: boolean }>();
  let position = 0;
  for (const source of byUrl.values()) {
    for (const entry of source.listed) {
      position += 1;
      const child = find(entry.url);
      if (!child) {
        report(source, `the list links to ${entry.url}, which is not a page of the atlas`, entry.line);
        continue;
      }
      const parent = entry.parent === null ? source : find(entry.parent);
      if (!parent || parent.url === child.url) continue;
      const direct = entry.parent === null;
      const known = listedUnder.get(child.url);
      if (!known || (direct && !known.direct)) listedUnder.set(child.url, { parent: parent.url, position, direct });
    }
  }
  const parentOf = new Map<string, string>();
  for (const source of byUrl.values()) {
    if (source.url === ROOT_URL) continue;
    let parent: string | undefined;
    if (source.data.parent !== undefined) {
      const target = find(source.data.parent);
      if (!target) {
        report(source, `parent ${source.data.parent} is not a page of the atlas`, source.lineOf(['parent']));
        continue;
      }
      parent = target.url;
    } else if (listedUnder.has(source.url)) {
      parent = listedUnder.get(source.url)?.parent;
    } else if (source.back) {
      const target = find(source.back.url);
      if (!target) {
        report(source, `the Back link goes to ${source.back.url}, which is not a page of the atlas`, source.back.line);
        continue;
      }
      parent = target.url;
    } else {
      const region = regionUrlOf(source.url);
      parent = region !== null && byUrl.has(region) ? region : ROOT_URL;
    }
    if (parent === undefined) continue;
    if (parent === source.url) {
      report(source, 'the page is its own parent', source.lineOf(['parent']));
      continue;
    }
    parentOf.set(source.url, parent);
  }

  // 4. Loops: every chain of parents must reach the root.
  const reachesRoot = new Set<string>([ROOT_URL]);
  for (const source of byUrl.values()) {
    const chain: string[] = [];
    let url: string | undefined = source.url;
    while (url !== undefined && !reachesRoot.has(url) && !chain.includes(url)) {
      chain.push(url);
      url = parentOf.get(url);
    }
    if (url !== undefined && chain.includes(url)) {
      const loop = chain.slice(chain.indexOf(url));
      if (loop[0] === source.url) {
        report(source, `loop in the tree: ${[...loop, url].join(' → ')}`, source.lineOf(['parent']) ?? source.back?.line);
      }
    } else if (url !== undefined) {
      chain.forEach((link) => reachesRoot.add(link));
    }
  }

  // 5. Links that must lead somewhere.
  for (const source of byUrl.values()) {
    for (const link of source.links) {
      if (link.url.startsWith(ROOT_URL) && !find(link.url)) report(source, `links to ${link.url}, which is not a page of the atlas`, link.line);
    }
    for (const key of ['antagonists', 'synergists'] as const) {
      (source.data[key] ?? []).forEach((link, index) => {
        if (!find(link)) report(source, `${key} lists ${link}, which is not a page of the atlas`, source.lineOf([key, index]));
      });
    }
  }

  // 5b. Nerves and movements: one spelling each, since each names a page (/nerves/<slug>/, /actions/<slug>/).
  for (const key of ['nerves', 'movements'] as const) {
    const spelled = new Map<string, { name: string; file: string }>();
    for (const source of byUrl.values()) {
      (source.data[key] ?? []).forEach((name, index) => {
        const slug = slugify(name);
        const line = source.lineOf([key, index]);
        if (slug === '') {
          report(source, `${key} lists "${name}", which has no letters or digits`, line);
          return;
        }
        const first = spelled.get(slug);
        if (!first) spelled.set(slug, { name, file: source.file });
        else if (first.name !== name) report(source, `${key} spells "${name}", but ${first.file} spells it "${first.name}": use one spelling`, line);
      });
    }
  }

  // 5c. Pictures: hero, gallery and images of every file read, checked even when the tree is broken,
  // so that one build names every problem in every file.
  const mediaOf = new Map<SourcePage, ReturnType<typeof readMedia>>();
  for (const source of sources) {
    const shown = byUrl.get(source.url) === source ? (contentOf.get(source.url) ?? source) : source;
    if (!mediaOf.has(shown)) mediaOf.set(shown, readMedia(shown, options, (message, line) => report(shown, message, line)));
  }

  if (errors.length > 0 || !root) return { atlas: null, errors };

  // 6. Children in order: as the parent's list has them, else by order, else by name.
  const childrenOf = new Map<string, string[]>();
  for (const [child, parent] of parentOf) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), child]);
  const sortKey = (url: string) => {
    const listed = listedUnder.get(url);
    const source = byUrl.get(url);
    const shown = source ? (contentOf.get(url) ?? source) : undefined;
    return {
      listed: listed && listed.parent === parentOf.get(url) ? listed.position : Infinity,
      order: source?.data.order ?? Infinity,
      name: (shown?.data.name ?? shown?.data.title ?? url).toLowerCase(),
    };
  };
  for (const children of childrenOf.values()) {
    children.sort((a, b) => {
      const left = sortKey(a);
      const right = sortKey(b);
      return left.listed - right.listed || left.order - right.order || left.name.localeCompare(right.name);
    });
  }

  // 7. Pages.
  const depthOf = (url: string): number => {
    let depth = 0;
    for (let at = parentOf.get(url); at !== undefined; at = parentOf.get(at)) depth += 1;
    return depth;
  };
  const pages = new Map<string, Page>();
  for (const source of byUrl.values()) {
    const shown = contentOf.get(source.url) ?? source;
    const read = mediaOf.get(shown) ?? readMedia(shown, options, (message, line) => report(shown, message, line));
    // Each page its own body blocks: step 8 fills in the list-pages blocks page by page.
    const media = { ...read, body: read.body.map((block) => ({ ...block })) };
    const data = shown.data;
    const title = data.title ?? source.url;
    const markdown = media.body.flatMap((block) => (block.type === 'markdown' ? [block.markdown] : []));
    const firstText = markdown.map(firstParagraphText).find((text) => text !== '') ?? '';
    const facts = Object.fromEntries(FACT_KEYS.map((key) => [key, asList(data[key])])) as Facts;
    const aliases = [...routes].filter(([alias, target]) => target === source.url && alias !== source.url).map(([alias]) => alias);
    pages.set(source.url, {
      url: source.url,
      file: source.file,
      kind: source.data.kind ?? data.kind ?? KIND_BY_DEPTH[depthOf(source.url)] ?? 'part',
      title,
      name: data.name ?? nameFromTitle(title),
      subheadline: mendSubheadline(data.subheadline),
      description: summarise(firstText || data.subheadline || title),
      latin: data.latin,
      ta2: data.ta2,
      fma: data.fma,
      synonyms: data.synonyms ?? [],
      facts,
      nerves: data.nerves ?? [],
      movements: data.movements ?? [],
      antagonists: (data.antagonists ?? []).flatMap((link) => find(link)?.url ?? []),
      synergists: (data.synergists ?? []).flatMap((link) => find(link)?.url ?? []),
      body: media.body,
      hero: media.hero,
      gallery: media.gallery,
      parent: parentOf.get(source.url) ?? null,
      children: childrenOf.get(source.url) ?? [],
      aliases,
      canonical: shown.url,
      tags: asList(data.tags),
      sameAs: shown === source ? undefined : shown.url,
      sources: data.sources ?? [],
      checked: data.checked,
      model: data.model ? { structures: data.model, line: shown.lineOf(['model']) } : undefined,
    });
  }

  // 8. list-pages includes, now that every page's tags are known.
  for (const page of pages.values()) {
    for (const block of page.body) {
      if (block.type !== 'list-pages') continue;
      block.urls = [...pages.values()].filter((other) => other.tags.includes(block.tag) && other.url !== page.url).map((other) => other.url);
    }
  }
  const rootPage = pages.get(ROOT_URL);
  if (errors.length > 0 || !rootPage) return { atlas: null, errors };
  return { atlas: { root: rootPage, pages, routes }, errors };
}

/** Hero, gallery and body blocks of a page, with image paths resolved and local files checked. */
function readMedia(
  source: SourcePage,
  options: TreeOptions,
  report: (message: string, line?: number) => void,
): { hero: Hero | null; gallery: Picture[]; body: BodyBlock[] } {
  const { data } = source;
  const resolve = (imagePath: string, line: number | undefined): string | null => {
    const url = resolveImageUrl(imagePath, options.imageBase);
    if (!isSafeImageUrl(url)) {
      report(`image "${imagePath}" is not an http(s) URL or a site path`, line);
      return null;
    }
    const file = localImageFile(url, options.publicDir);
    if (file !== null && !options.fileExists(file)) {
      report(`image ${url} does not exist (looked for ${file})`, line);
      return null;
    }
    return url;
  };

  const gallery: Picture[] = [];
  (data.gallery ?? []).forEach((entry, index) => {
    const src = resolve(entry.image_url, source.lineOf(['gallery', index, 'image_url']));
    if (src === null) return;
    const caption = entry.caption?.trim() || entry.title?.trim() || undefined;
    gallery.push({ src, caption, alt: entry.title?.trim() || caption || `${data.name ?? data.title ?? 'Picture'} ${index + 1}` });
  });

  const images = new Map<string, { picture: Picture; title?: string }>();
  (data.images ?? []).forEach((entry, index) => {
    const src = resolve(entry.image_name, source.lineOf(['images', index, 'image_name']));
    if (src === null) return;
    const alt = entry.image_alt?.trim() || entry.image_title?.trim() || data.title || '';
    images.set(entry.image_id, { picture: { src, alt, caption: entry.image_title?.trim() || undefined }, title: entry.image_title });
  });

  const makeHero = (picture: Picture, title?: string): Hero => {
    const animated = isAnimatedImage(picture.src);
    const local = localImageFile(picture.src, options.publicDir);
    const videos = animated && local !== null ? videoSiblings(picture.src).filter((video) => {
      const file = localImageFile(video.src, options.publicDir);
      return file !== null && options.fileExists(file);
    }) : [];
    return { src: picture.src, alt: picture.alt, title, animated, videos, still: animated ? gallery[0]?.src : undefined };
  };

  let hero: Hero | null = null;
  const used = new Set<string>();
  const body: BodyBlock[] = [];
  for (const piece of source.pieces) {
    if (piece.type === 'markdown') body.push({ type: 'markdown', markdown: piece.markdown });
    else if (piece.type === 'list-pages') body.push({ type: 'list-pages', tag: piece.tag, urls: [] });
    else if (piece.type === 'page-image') {
      const image = images.get(piece.imageId);
      if (!image) {
        const known = [...images.keys()];
        report(`im_id "${piece.imageId}" names no image of this page${known.length ? ` (it has ${known.join(', ')})` : ' (it has no images)'}`, piece.line);
      } else {
        used.add(piece.imageId);
        if (hero === null) hero = makeHero(image.picture, image.title);
        else body.push({ type: 'image', image: image.picture });
      }
    }
  }
  // Images no include places are still shown: the first as the hero, the rest after the text.
  for (const [id, image] of images) {
    if (used.has(id)) continue;
    if (hero === null) hero = makeHero(image.picture, image.title);
    else body.push({ type: 'image', image: image.picture });
  }
  for (const image of source.images) resolve(image.src, image.line);
  return { hero, gallery, body };
}

