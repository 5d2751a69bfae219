/**
 * The only Liquid the old pages use: three includes. They are translated into body blocks; any
 * other `{% … %}` or `{{ … }}` is an error, never text shown to a reader.
 */
export type LiquidInclude =
  | { type: 'page-image'; imageId: string; line: number }
  | { type: 'gallery'; line: number }
  | { type: 'list-pages'; tag: string; line: number };

export type BodyPiece = { type: 'markdown'; text: string; line: number } | LiquidInclude;

export type LiquidProblem = { line: number; message: string };

const INCLUDE = /^include\s+([\w-]+?)(?:\.html)?((?:\s+[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*$/;
const PARAMETER = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parameters(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(PARAMETER)) {
    const [, key, doubleQuoted, singleQuoted] = match;
    if (key) found.set(key, doubleQuoted ?? singleQuoted ?? '');
  }
  return found;
}

function translateTag(source: string, line: number): LiquidInclude | LiquidProblem {
  const include = INCLUDE.exec(source.trim());
  if (!include) return { line, message: `unsupported Liquid tag {% ${source.trim()} %}: only the page-image, gallery and list-pages includes are understood` };
  const [, name, rawParameters = ''] = include;
  const given = parameters(rawParameters);
  const expect = (key: string): string | LiquidProblem => {
    const value = given.get(key);
    return value === undefined || value.trim() === ''
      ? { line, message: `{% include ${name} %} needs ${key}="…"` }
      : value.trim();
  };
  switch (name) {
    case 'page-image': {
      const imageId = expect('im_id');
      return typeof imageId === 'string' ? { type: 'page-image', imageId, line } : imageId;
    }
    case 'gallery':
      return { type: 'gallery', line };
    case 'list-pages': {
      const tag = expect('tag');
      return typeof tag === 'string' ? { type: 'list-pages', tag, line } : tag;
    }
    default:
      return { line, message: `unknown include "${name}": only page-image, gallery and list-pages are understood` };
  }
}

const linesIn = (text: string): number => text.split('\n').length - 1;

type Tag = { index: number; whole: string; tagSource?: string; outputSource?: string };

/**
 * The `{% … %}` and `{{ … }}` of a body, each up to its first closer, as the pattern
 * `\{%-?([\s\S]*?)-?%\}|\{\{-?([\s\S]*?)-?\}\}` finds them, in time linear in the body: a regular
 * expression looks for a closer afresh from every opener, and a body of unclosed openers (40 KB of
 * `{{`) took a second. Each closer is looked up again only once the scan has passed it.
 */
function* liquidTags(body: string): Generator<Tag> {
  const nextCloser = new Map<string, number>();
  const closerAfter = (closer: string, from: number): number => {
    const known = nextCloser.get(closer);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = body.indexOf(closer, from);
    nextCloser.set(closer, found);
    return found;
  };
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf('{', at);
    if (open === -1 || open + 1 >= body.length) return;
    const kind = body[open + 1];
    if (kind !== '%' && kind !== '{') {
      at = open + 1;
      continue;
    }
    const close = closerAfter(kind === '%' ? '%}' : '}}', open + 2);
    if (close === -1) {
      // Unclosed: the scan goes on from the next character, as the pattern would.
      at = open + 1;
      continue;
    }
    let inner = body.slice(open + 2, close);
    if (inner.startsWith('-')) inner = inner.slice(1);
    if (inner.endsWith('-')) inner = inner.slice(0, -1);
    const whole = body.slice(open, close + 2);
    yield kind === '%' ? { index: open, whole, tagSource: inner } : { index: open, whole, outputSource: inner };
    at = close + 2;
  }
}

/** Splits a body into Markdown pieces and includes, with the file line each starts on. */
export function translateLiquid(body: string, firstLine: number): { pieces: BodyPiece[]; problems: LiquidProblem[] } {
  const pieces: BodyPiece[] = [];
  const problems: LiquidProblem[] = [];
  let cursor = 0;
  let line = firstLine;
  const pushMarkdown = (text: string, startLine: number) => {
    if (text.trim() !== '') pieces.push({ type: 'markdown', text, line: startLine });
  };
  for (const { index, whole, tagSource, outputSource } of liquidTags(body)) {
    const before = body.slice(cursor, index);
    pushMarkdown(before, line);
    line += linesIn(before);
    if (tagSource !== undefined) {
      const translated = translateTag(tagSource, line);
      if ('message' in translated) problems.push(translated);
      else pieces.push(translated);
    } else {
      problems.push({ line, message: `unsupported Liquid output {{ ${(outputSource ?? '').trim()} }}: Liquid variables are not part of the format` });
    }
    line += linesIn(whole);
    cursor = index + whole.length;
  }
  pushMarkdown(body.slice(cursor), line);
  // An unmatched opener is as much an error as an unknown tag: it would reach the reader as raw text.
  for (const piece of pieces) {
    if (piece.type !== 'markdown') continue;
    piece.text.split('\n').forEach((text, offset) => {
      if (/\{%|\{\{|%\}|\}\}/.test(text)) {
        problems.push({ line: piece.line + offset, message: 'unclosed or stray Liquid delimiter' });
      }
    });
  }
  return { pieces, problems };
}
