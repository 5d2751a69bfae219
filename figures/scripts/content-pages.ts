import { loadAtlas, settingsFromEnvironment } from '../../lib/content/atlas';
import { ContentErrors } from '../../lib/content/errors';
import { model } from '../model';
import { figurePages, type FigurePage } from '../pages';

/**
 * The pages that get figures, read from the content (CONTENT_DIR) as the build reads it. Throws
 * ContentErrors naming every problem, the content's own and the link to the model alike.
 */
export function loadFigurePages(): FigurePage[] {
  const { pages, errors } = figurePages(loadAtlas(settingsFromEnvironment()), model);
  if (errors.length > 0) throw new ContentErrors(errors);
  return pages;
}
