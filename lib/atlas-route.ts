import { notFound } from 'next/navigation';
import { getAtlas } from './atlas';
import { pageAtSegments, settingsFromEnvironment } from './content/atlas';
import type { Atlas, Page } from './content/types';

/** The page a route shows, or the not-found page. Aliases show the page they name. */
export function pageForRoute(segments: readonly string[]): { atlas: Atlas; page: Page; imageBase: string } {
  const atlas = getAtlas();
  const found = pageAtSegments(atlas, segments);
  if (!found?.page) notFound();
  return { atlas, page: found.page, imageBase: settingsFromEnvironment().imageBase };
}
