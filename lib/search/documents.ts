import { countLabel, facetsOf, type Facet } from '../content/facets';
import { pagesInOrder, regionOf } from '../content/navigation';
import type { Atlas, Page } from '../content/types';
import type { ResultKind, SearchDocument } from './options';

const KIND_LABEL: Record<Page['kind'], string> = {
  root: 'Atlas',
  superregion: 'Part of the body',
  region: 'Region',
  group: 'Group',
  muscle: 'Muscle',
  part: 'Part',
};

function pageContext(atlas: Atlas, page: Page): string {
  const region = regionOf(atlas, page);
  const parent = page.parent === null ? undefined : atlas.pages.get(page.parent);
  if (page.kind === 'part' && parent) return `Part of ${parent.name}${region ? ` · ${region.name}` : ''}`;
  if (page.kind === 'region' || page.kind === 'superregion') return parent && parent.kind !== 'root' ? `${KIND_LABEL[page.kind]} · ${parent.name}` : KIND_LABEL[page.kind];
  return region ? `${KIND_LABEL[page.kind]} · ${region.name}` : KIND_LABEL[page.kind];
}

const empty = { latin: '', synonyms: [], nerves: [], movements: [], innervation: '', action: '', attachments: '', artery: '', region: '' };

function facetDocument(facet: Facet, kind: ResultKind, label: string): SearchDocument {
  return { ...empty, id: facet.url, kind, title: facet.name, name: facet.name, context: `${label} · ${countLabel(facet.entries.length)}` };
}

/**
 * Everything the search finds, from the same tree as the pages: every page below the root once, at
 * its canonical URL (a muscle shown under two regions is one result), then every nerve and movement.
 */
export function searchDocuments(atlas: Atlas): SearchDocument[] {
  const pages = pagesInOrder(atlas)
    .filter((page) => page.kind !== 'root' && page.sameAs === undefined)
    .map(
      (page): SearchDocument => ({
        id: page.url,
        kind: page.kind === 'root' ? 'region' : page.kind,
        title: page.title,
        context: pageContext(atlas, page),
        name: page.name,
        latin: page.latin ?? '',
        synonyms: page.synonyms,
        nerves: page.nerves,
        movements: page.movements,
        innervation: page.facts.innervation.join(' '),
        action: page.facts.action.join(' '),
        attachments: [...page.facts.origin, ...page.facts.insertion].join(' '),
        artery: page.facts.artery.join(' '),
        region: regionOf(atlas, page)?.name ?? '',
      }),
    );
  const { nerves, movements } = facetsOf(atlas);
  return [...pages, ...nerves.map((facet) => facetDocument(facet, 'nerve', 'Nerve')), ...movements.map((facet) => facetDocument(facet, 'movement', 'Movement'))];
}
