import path from 'node:path';
import type { ContentError } from '@/lib/content/errors';
import { readSourcePage, type SourcePage } from '@/lib/content/load';
import { buildAtlas } from '@/lib/content/tree';

export const PUBLIC = '/site/public';

/** Builds an atlas from in-memory files; `images` are the site paths that exist under public/. */
export function atlasFrom(files: Record<string, string>, images: string[] = []) {
  const errors: ContentError[] = [];
  const sources: SourcePage[] = [];
  for (const [file, text] of Object.entries(files)) {
    const read = readSourcePage(file, text);
    errors.push(...read.errors);
    if (read.source) sources.push(read.source);
  }
  const existing = new Set(images.map((image) => path.join(PUBLIC, image)));
  const built = buildAtlas(sources, { imageBase: '/images/', publicDir: PUBLIC, fileExists: (file) => existing.has(file) });
  return { atlas: built.atlas, errors: [...errors, ...built.errors] };
}

/** A page of our own format with the given front matter lines. */
export function page(frontMatter: string, body = 'A sentence of description.'): string {
  return `---\n${frontMatter.trim()}\n---\n${body}\n`;
}

export const ROOT = page('title: Muscles\nkind: root');
