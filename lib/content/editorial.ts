import type { ContentError } from './errors';
import type { SourcePage } from './load';

/** How many references a muscle or part page's facts must have been checked against. */
export const MIN_SOURCES = 2;

/**
 * The atlas's own editorial rules, over and above what the build needs to understand a page: a
 * muscle or part page that states facts names the references they were checked against (at least
 * two) and the date they were. Old-format pages state no facts and are not held to it, so they
 * still build unchanged; `npm run check:content` and the content test apply it to our pages.
 */
export function editorialProblems(sources: readonly SourcePage[]): ContentError[] {
  const problems: ContentError[] = [];
  for (const { file, data, lineOf } of sources) {
    const kind = data.kind;
    if ((kind !== 'muscle' && kind !== 'part') || data.same_as !== undefined || data.origin === undefined) continue;
    const listed = data.sources ?? [];
    if (listed.length < MIN_SOURCES) {
      problems.push({
        file,
        line: lineOf(['sources']) ?? 1,
        message: `names ${listed.length} source${listed.length === 1 ? '' : 's'}; a muscle or part page lists at least ${MIN_SOURCES} references its facts were checked against`,
      });
    }
    const urls = listed.map((source) => source.url);
    const repeated = urls.find((url, i) => urls.indexOf(url) !== i);
    if (repeated !== undefined) problems.push({ file, line: lineOf(['sources']), message: `lists the source ${repeated} twice` });
    if (data.checked === undefined) {
      problems.push({ file, line: 1, message: 'has no `checked` date (YYYY-MM-DD): the day its facts were last checked against its sources' });
    }
  }
  return problems;
}
