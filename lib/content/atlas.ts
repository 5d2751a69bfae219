import fs from 'node:fs';
import path from 'node:path';
import { ContentErrors } from './errors';
import { imageBase } from './images';
import { readContentFolder } from './load';
import { buildAtlas } from './tree';
import type { Atlas } from './types';
import { atlasSegments, atlasUrl } from './urls';

export type AtlasSettings = { contentDir: string; publicDir: string; imageBase: string };

/** Where the content and images are, from the environment (CONTENT_DIR, IMAGE_BASE_URL). */
export function settingsFromEnvironment(environment: NodeJS.ProcessEnv = process.env): AtlasSettings {
  const cwd = process.cwd();
  return {
    contentDir: path.resolve(cwd, environment.CONTENT_DIR || 'content'),
    publicDir: path.resolve(cwd, 'public'),
    imageBase: imageBase(environment.IMAGE_BASE_URL),
  };
}

/** Reads and checks the whole atlas; throws ContentErrors listing every problem. */
export function loadAtlas(settings: AtlasSettings): Atlas {
  const read = readContentFolder(settings.contentDir);
  const built = buildAtlas(read.sources, {
    imageBase: settings.imageBase,
    publicDir: settings.publicDir,
    fileExists: (file) => fs.existsSync(file),
  });
  const errors = [...read.errors, ...built.errors];
  if (errors.length > 0 || !built.atlas) throw new ContentErrors(errors);
  return built.atlas;
}

/** The page a route shows, by URL segments below /muscle/; undefined when there is none. */
export function pageAtSegments(atlas: Atlas, segments: readonly string[]) {
  const url = atlasUrl(segments);
  const target = atlas.routes.get(url);
  return target === undefined ? undefined : { page: atlas.pages.get(target), url };
}

/** Every route below /muscle/ of a given depth (1: regions, 2: names), aliases included. */
export function routeSegments(atlas: Atlas, depth: 1 | 2): string[][] {
  return [...atlas.routes.keys()].flatMap((url) => {
    const segments = atlasSegments(url);
    return segments !== null && segments.length === depth ? [segments] : [];
  });
}
