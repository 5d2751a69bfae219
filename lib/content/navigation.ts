import type { Atlas, Page } from './types';

/** The pages from the root down to this one. */
export function breadcrumbsOf(atlas: Atlas, page: Page): Page[] {
  const trail: Page[] = [];
  for (let at: Page | undefined = page; at; at = at.parent === null ? undefined : atlas.pages.get(at.parent)) {
    trail.unshift(at);
  }
  return trail;
}

export function childrenOf(atlas: Atlas, page: Page): Page[] {
  return page.children.flatMap((url) => atlas.pages.get(url) ?? []);
}

/** The sibling before and after this page, in the parent's order. */
export function siblingsOf(atlas: Atlas, page: Page): { previous: Page | null; next: Page | null } {
  const parent = page.parent === null ? undefined : atlas.pages.get(page.parent);
  if (!parent) return { previous: null, next: null };
  const index = parent.children.indexOf(page.url);
  const at = (offset: number) => atlas.pages.get(parent.children[index + offset] ?? '') ?? null;
  return { previous: at(-1), next: at(1) };
}

export type Subtree = { page: Page; children: Subtree[] };

/** The tree below a page, `depth` levels deep. */
export function subtreeOf(atlas: Atlas, page: Page, depth: number): Subtree[] {
  if (depth <= 0) return [];
  return childrenOf(atlas, page).map((child) => ({ page: child, children: subtreeOf(atlas, child, depth - 1) }));
}

/** Every page in tree order, root first. */
export function pagesInOrder(atlas: Atlas): Page[] {
  const ordered: Page[] = [];
  const visit = (page: Page) => {
    ordered.push(page);
    childrenOf(atlas, page).forEach(visit);
  };
  visit(atlas.root);
  return ordered;
}

/**
 * How many muscles (pages of kind muscle) lie below a page. A muscle listed under two regions
 * (a `same_as` page and its source) counts once.
 */
export function muscleCount(atlas: Atlas, page: Page): number {
  const muscles = new Set<string>();
  const visit = (at: Page) => {
    for (const child of childrenOf(atlas, at)) {
      if (child.kind === 'muscle') muscles.add(child.canonical);
      visit(child);
    }
  };
  visit(page);
  return muscles.size;
}

/** The region a page lies in (the page itself for a region); undefined above the regions. */
export function regionOf(atlas: Atlas, page: Page): Page | undefined {
  return breadcrumbsOf(atlas, page).find((at) => at.kind === 'region');
}
