// Reads and checks the whole atlas the way the build does, then applies the editorial rules
// (sources and checked dates on muscle and part pages), and prints every problem, one line each.
import { loadAtlas, settingsFromEnvironment } from '../lib/content/atlas';
import { editorialProblems } from '../lib/content/editorial';
import { ContentErrors, formatContentError } from '../lib/content/errors';
import { readContentFolder } from '../lib/content/load';

const settings = settingsFromEnvironment();
try {
  const atlas = loadAtlas(settings);
  const editorial = editorialProblems(readContentFolder(settings.contentDir).sources);
  if (editorial.length > 0) {
    console.error(`The atlas content breaks ${editorial.length} editorial rule${editorial.length === 1 ? '' : 's'}:`);
    for (const problem of editorial) console.error(`  ${formatContentError(problem)}`);
    process.exitCode = 1;
  } else {
    console.log(`content: ${atlas.pages.size} pages, ${atlas.routes.size - atlas.pages.size} aliases, no problems`);
  }
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
