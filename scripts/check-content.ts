// Reads and checks the whole atlas the way the build does, and prints every problem, one line each.
import { loadAtlas, settingsFromEnvironment } from '../lib/content/atlas';
import { ContentErrors } from '../lib/content/errors';

try {
  const atlas = loadAtlas(settingsFromEnvironment());
  console.log(`content: ${atlas.pages.size} pages, ${atlas.routes.size - atlas.pages.size} aliases, no problems`);
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
