/**
 * The content check: the atlas in content/ covers every URL of the old site in the tree it gives,
 * and every muscle and part page carries the facts a student learns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadAtlas } from '@/lib/content/atlas';
import { editorialProblems } from '@/lib/content/editorial';
import { formatContentError } from '@/lib/content/errors';
import { readContentFolder, readSourcePage } from '@/lib/content/load';

const ROOT = path.join(__dirname, '..', '..');
const CONTENT = path.join(ROOT, 'content');
const atlas = loadAtlas({ contentDir: CONTENT, publicDir: path.join(ROOT, 'public'), imageBase: '/images/' });

const oldSite = fs
  .readFileSync(path.join(__dirname, '..', 'fixtures', 'old-site-urls.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('/'))
  .map((line) => {
    const [url = '', ...rest] = line.split(' ');
    const under = rest.join(' ');
    return under.startsWith('alias of ') ? { url, aliasOf: under.slice('alias of '.length) } : { url, parent: under || null };
  });

/**
 * Spinal roots (C1–S5, Co1) or a cranial nerve's number, as a student is asked for them; for the
 * intrinsic back muscles, supplied level by level, the segmental rule that standard texts give.
 */
const ROOTS = /\b(?:[CTLS]\d{1,2}|Co1|CN [IVX]+\d?)\b|segment by segment|at each level/;

describe('every URL of the old site', () => {
  it.each(oldSite.map((entry) => [entry.url, entry] as const))('%s shows the right page', (url, entry) => {
    const target = atlas.routes.get(url);
    expect(target).toBeDefined();
    if ('aliasOf' in entry) {
      expect(target).toBe(entry.aliasOf);
    } else {
      expect(target).toBe(url);
      expect(atlas.pages.get(url)?.parent ?? null).toBe(entry.parent);
    }
  });

  it('has no page the old site did not have', () => {
    const known = new Set(oldSite.map((entry) => entry.url));
    expect([...atlas.routes.keys()].filter((url) => !known.has(url))).toEqual([]);
  });
});

const sources = [...atlas.pages.values()]
  .filter((page) => page.sameAs === undefined)
  .map((page) => {
    const read = readSourcePage(page.file, fs.readFileSync(path.join(CONTENT, page.file), 'utf8'));
    if (!read.source) throw new Error(`${page.file} did not read`);
    return { page, data: read.source.data };
  });
const musclePages = sources.filter(({ page }) => page.kind === 'muscle' || page.kind === 'part');

describe('muscle and part pages', () => {
  it('are all there', () => {
    expect(musclePages.length).toBeGreaterThan(150);
  });

  it.each(musclePages.map(({ page, data }) => [page.file, data] as const))('%s carries every fact key', (_file, data) => {
    const missing = (['name', 'parent', 'latin', 'origin', 'insertion', 'innervation', 'nerves', 'artery', 'action'] as const).filter(
      (key) => data[key] === undefined,
    );
    expect(missing).toEqual([]);
    const innervation = [data.innervation ?? []].flat().join(' ');
    expect(innervation).toMatch(ROOTS);
  });
});

describe('sources', () => {
  it('every muscle and part page names at least two references it was checked against, and when', () => {
    expect(editorialProblems(readContentFolder(CONTENT).sources).map(formatContentError)).toEqual([]);
  });

  it('every checked date is today or earlier', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(musclePages.filter(({ data }) => data.checked !== undefined && data.checked > today).map(({ page }) => page.file)).toEqual([]);
  });
});

describe('group, region and super-region pages', () => {
  it.each(sources.filter(({ page }) => ['group', 'region', 'superregion', 'root'].includes(page.kind)).map(({ page }) => [page.url, page] as const))(
    '%s says what unites its members',
    (_url, page) => {
      const words = page.body.flatMap((block) => (block.type === 'markdown' ? block.markdown.split(/\s+/) : [])).length;
      expect(words).toBeGreaterThan(60);
      expect(page.children.length).toBeGreaterThan(0);
    },
  );
});

describe('cross-links', () => {
  it('antagonists and synergists lead to pages of the atlas', () => {
    const broken = [...atlas.pages.values()].flatMap((page) =>
      [...page.antagonists, ...page.synergists].filter((url) => !atlas.pages.has(url)).map((url) => `${page.url} → ${url}`),
    );
    expect(broken).toEqual([]);
    // The loader refuses unknown links outright; this makes sure the lists were read at all.
    expect([...atlas.pages.values()].filter((page) => page.synergists.length > 0).length).toBeGreaterThan(100);
  });
});

describe('nerves and movements', () => {
  // docs/authoring.md lists the vocabulary; the content uses it and nothing else.
  const authoring = fs.readFileSync(path.join(ROOT, 'docs', 'authoring.md'), 'utf8');
  const listAfter = (heading: string) => {
    const start = authoring.indexOf(`### ${heading}\n`);
    if (start < 0) throw new Error(`docs/authoring.md has no "${heading}"`);
    const rest = authoring.slice(start).split('\n').slice(1);
    const end = rest.findIndex((line) => line.startsWith('#'));
    return (end < 0 ? rest : rest.slice(0, end)).filter((line) => line.startsWith('- ')).map((line) => line.slice(2).trim());
  };
  it.each([
    ['nerves', 'Nerve vocabulary'],
    ['movements', 'Movement vocabulary'],
  ] as const)('%s are spelled as in the documented vocabulary, and every listed name is used', (key, heading) => {
    const documented = listAfter(heading);
    const used = new Set(musclePages.flatMap(({ data }) => data[key] ?? []));
    expect([...used].filter((name) => !documented.includes(name)).sort()).toEqual([]);
    expect(documented.filter((name) => !used.has(name))).toEqual([]);
  });
});
