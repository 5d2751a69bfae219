import fs from 'node:fs';
import path from 'node:path';
import type { ContentError } from './errors';
import { isProblem, parseSource } from './front-matter';
import { translateLiquid, type LiquidInclude } from './liquid';
import { markdownCostProblem } from './markdown-cost';
import { MAX_NESTING, readMarkdownStructure, type BodyLink, type ListedLink } from './markdown-structure';
import { frontMatterSchema, SAME_AS_KEYS, type FrontMatter } from './schema';
import { atlasSegments, normalizeLink, urlFromContentPath } from './urls';

/** One content file, read and checked on its own; the tree is built from all of them. */
export type SourcePage = {
  file: string;
  url: string;
  data: FrontMatter;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The body in order: Markdown (with subtree lists and Back link taken out) and includes. */
  pieces: ({ type: 'markdown'; markdown: string; line: number } | LiquidInclude)[];
  listed: ListedLink[];
  back: BodyLink | null;
  links: BodyLink[];
  images: { src: string; line: number }[];
};

export type ReadResult = { source: SourcePage | null; errors: ContentError[] };

/** Largest page accepted: far above any real page, small enough that a stray binary is refused. */
const MAX_BYTES = 8 * 1024 * 1024;

function describeIssuePath(issuePath: readonly PropertyKey[]): string {
  return issuePath.map((key) => (typeof key === 'number' ? `[${key}]` : String(key))).join('.').replace(/\.\[/g, '[');
}

/** The 1-based line of a position in a text, counting CRLF, CR and LF line ends as the parser does. */
function lineAt(text: string, position: number): number {
  return (text.slice(0, position).match(/\r\n?|\n/g)?.length ?? 0) + 1;
}

/** Reads one page from its text. `file` is its path relative to the content folder. */
export function readSourcePage(file: string, text: string): ReadResult {
  const errors: ContentError[] = [];
  const fail = (message: string, line?: number): ReadResult => ({ source: null, errors: [{ file, line, message }] });

  const nul = text.indexOf('\u0000');
  if (nul !== -1) return fail('is not a text file (it contains NUL bytes)', lineAt(text, nul));
  const undecodable = text.indexOf('\uFFFD');
  if (undecodable !== -1) return fail('is not valid UTF-8 text', lineAt(text, undecodable));

  const parsed = parseSource(text);
  if (isProblem(parsed)) return fail(parsed.message, parsed.line);

  let checked = frontMatterSchema.safeParse(parsed.data);
  if (!checked.success) {
    const unknown = new Set<string>();
    for (const issue of checked.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          errors.push({ file, line: parsed.lineOf([...issue.path, key]), message: `unknown front matter key "${key}"` });
          if (issue.path.length === 0) unknown.add(key);
        }
      } else {
        const where = describeIssuePath(issue.path);
        errors.push({ file, line: parsed.lineOf(issue.path), message: `${where || 'front matter'}: ${issue.message}` });
      }
    }
    // Unknown keys alone still let the rest of the page be read and checked, so that one build names
    // every problem of the file (its links, images, body), not just the first.
    const known = checked.error.issues.every((issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0);
    if (known && typeof parsed.data === 'object' && parsed.data !== null) {
      checked = frontMatterSchema.safeParse(Object.fromEntries(Object.entries(parsed.data).filter(([key]) => !unknown.has(key))));
    }
    if (!checked.success) return { source: null, errors };
  }
  const data = checked.data;

  if (data.same_as !== undefined) {
    for (const key of Object.keys(data)) {
      if (!SAME_AS_KEYS.has(key)) {
        errors.push({ file, line: parsed.lineOf([key]), message: `"${key}" cannot be set on a same_as page: it shows the content of ${data.same_as}` });
      }
    }
    if (parsed.body.trim() !== '') {
      errors.push({ file, line: parsed.bodyLine, message: 'a same_as page has no body of its own' });
    }
  } else if (data.title === undefined) {
    errors.push({ file, line: 1, message: 'the page has no title' });
  }

  let url: string;
  if (data.permalink !== undefined) {
    const link = normalizeLink(data.permalink);
    if (link === null) return { source: null, errors: [...errors, { file, line: parsed.lineOf(['permalink']), message: `permalink "${data.permalink}" is not a site path` }] };
    url = link;
  } else {
    url = urlFromContentPath(file);
  }
  if (atlasSegments(url) === null) {
    errors.push({
      file,
      line: data.permalink === undefined ? undefined : parsed.lineOf(['permalink']),
      message: `URL ${url} has the wrong shape: pages live at /muscle/, /muscle/<region>/ or /muscle/<region>/<name>/ in lower case`,
    });
  }

  // Before anything reads the body: a body that would stall the parser is refused unread.
  const costly = markdownCostProblem(parsed.body, parsed.bodyLine);
  if (costly) return { source: { file, url, data, lineOf: parsed.lineOf, pieces: [], listed: [], back: null, links: [], images: [] }, errors: [...errors, { file, ...costly }] };

  const liquid = translateLiquid(parsed.body, parsed.bodyLine);
  errors.push(...liquid.problems.map((problem) => ({ file, ...problem })));

  const source: SourcePage = { file, url, data, lineOf: parsed.lineOf, pieces: [], listed: [], back: null, links: [], images: [] };
  for (const piece of liquid.pieces) {
    if (piece.type !== 'markdown') {
      source.pieces.push(piece);
      continue;
    }
    const structure = readMarkdownStructure(piece.text, piece.line);
    if (structure.tooDeep) {
      const { depth, line } = structure.tooDeep;
      errors.push({ file, line, message: `the Markdown here nests ${depth} elements deep (lists, quotes or emphasis), more than the ${MAX_NESTING} a page may have` });
      continue;
    }
    source.listed.push(...structure.listed);
    source.back ??= structure.back;
    source.links.push(...structure.links);
    source.images.push(...structure.images);
    if (structure.markdown.trim() !== '') source.pieces.push({ type: 'markdown', markdown: structure.markdown, line: piece.line });
  }
  // A page with problems is still handed to the tree, which checks its links and pictures too: the
  // build fails on any error all the same (loadAtlas).
  return { source, errors };
}

function markdownFiles(dir: string, prefix = ''): string[] {
  const entries = fs.readdirSync(path.join(dir, prefix), { withFileTypes: true });
  return entries
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : markdownFiles(dir, relative);
      return entry.isFile() && /\.md$/i.test(entry.name) ? [relative] : [];
    });
}

/** Reads every `.md` file under the content folder. */
export function readContentFolder(dir: string): { sources: SourcePage[]; errors: ContentError[] } {
  if (!fs.existsSync(dir)) return { sources: [], errors: [{ file: dir, message: 'the content folder does not exist' }] };
  const sources: SourcePage[] = [];
  const errors: ContentError[] = [];
  for (const file of markdownFiles(dir)) {
    const bytes = fs.readFileSync(path.join(dir, file));
    if (bytes.length > MAX_BYTES) {
      errors.push({ file, message: `is ${bytes.length} bytes, more than the ${MAX_BYTES} a page may have` });
      continue;
    }
    const result = readSourcePage(file, bytes.toString('utf8'));
    errors.push(...result.errors);
    if (result.source) sources.push(result.source);
  }
  return { sources, errors };
}
