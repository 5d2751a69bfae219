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

const TAG = /\{%-?([\s\S]*?)-?%\}|\{\{-?([\s\S]*?)-?\}\}/g;
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

/** Splits a body into Markdown pieces and includes, with the file line each starts on. */
export function translateLiquid(body: string, firstLine: number): { pieces: BodyPiece[]; problems: LiquidProblem[] } {
  const pieces: BodyPiece[] = [];
  const problems: LiquidProblem[] = [];
  let cursor = 0;
  let line = firstLine;
  const pushMarkdown = (text: string, startLine: number) => {
    if (text.trim() !== '') pieces.push({ type: 'markdown', text, line: startLine });
  };
  for (const match of body.matchAll(TAG)) {
    const before = body.slice(cursor, match.index);
    pushMarkdown(before, line);
    line += linesIn(before);
    const [whole, tagSource, outputSource] = match;
    if (tagSource !== undefined) {
      const translated = translateTag(tagSource, line);
      if ('message' in translated) problems.push(translated);
      else pieces.push(translated);
    } else {
      problems.push({ line, message: `unsupported Liquid output {{ ${(outputSource ?? '').trim()} }}: Liquid variables are not part of the format` });
    }
    line += linesIn(whole);
    cursor = match.index + whole.length;
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
