import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** Front matter split from the body, with what is needed to name lines in errors. */
export type ParsedSource = {
  data: unknown;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** The 1-based file line of a front matter key path, when it can be found. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
};

export type FrontMatterProblem = { line?: number; message: string };

class RefusedLanguage extends Error {}

const refuse = (language: string) => () => {
  throw new RefusedLanguage(language);
};

/** Lines before the front matter's YAML: the opening `---` line. */
const OPENING_LINES = 1;

/**
 * Splits and parses a page's front matter with gray-matter, reading YAML only. gray-matter would
 * run `---js` / `---javascript` front matter as code by default: those engines (and every other
 * language) are refused, so content is never executed.
 */
export function parseSource(raw: string): ParsedSource | FrontMatterProblem {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const opening = /^---([^\n]*)\n/.exec(text);
  const language = opening?.[1]?.trim() ?? '';
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    return { line: 1, message: `front matter in "${language}" is refused: only YAML front matter is read` };
  }

  if (opening && !/^---[^\n]*\n(?:[^\n]*\n)*?---[ \t]*(?:\n|$)/.test(text)) {
    return { line: 1, message: 'the front matter opened on line 1 is never closed with ---' };
  }

  let document: Document | undefined;
  const lineCounter = new LineCounter();
  let yamlProblem: FrontMatterProblem | undefined;
  const readYaml = (source: string): object => {
    document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const [first] = document.errors;
    if (first) {
      const line = lineCounter.linePos(first.pos[0]).line;
      yamlProblem = { line: line + OPENING_LINES - 1, message: `unreadable YAML: ${first.message.split('\n')[0]}` };
      return {};
    }
    const value: unknown = document.toJS();
    if (value === null || value === undefined) return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      yamlProblem = { line: OPENING_LINES + 1, message: 'front matter must be a set of keys and values' };
      return {};
    }
    return value;
  };

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      language: 'yaml',
      engines: {
        yaml: { parse: readYaml, stringify: () => '' },
        js: refuse('js'),
        javascript: refuse('javascript'),
        json: refuse('json'),
        coffee: refuse('coffee'),
        coffeescript: refuse('coffeescript'),
      },
    });
  } catch (error) {
    if (error instanceof RefusedLanguage) {
      return { line: 1, message: `front matter in "${error.message}" is refused: only YAML front matter is read` };
    }
    return { line: 1, message: `unreadable front matter: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (yamlProblem) return yamlProblem;

  const body = parsed.content;
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  // gray-matter's matter string begins with the rest of the opening line, so YAML line n is file line n.
  // A key names the line of the key itself (a block value starts on a later line); an index, its item.
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = document?.contents;
    let line: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(key));
        if (!pair) break;
        line = lineOfNode(pair.key) ?? lineOfNode(pair.value) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item: unknown = node.items[key];
        if (item === undefined) break;
        line = lineOfNode(item) ?? line;
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
  const lineOfNode = (node: unknown): number | undefined => {
    const range = hasRange(node) ? node.range : undefined;
    return range ? lineCounter.linePos(range[0]).line + OPENING_LINES - 1 : undefined;
  };
  return { data: parsed.data, body, bodyLine, lineOf };
}

function hasRange(node: unknown): node is { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}

export function isProblem(value: ParsedSource | FrontMatterProblem): value is FrontMatterProblem {
  return 'message' in value;
}
