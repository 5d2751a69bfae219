/**
 * How much work a Markdown body would be to parse, told before parsing it. The Markdown parser
 * (micromark, under the loader and the renderer) takes time that grows faster than the text for
 * some inputs: 40 KB of emphasis runs (`*a*a*a…`) took 4.8 s, a list of a few thousand links
 * more than a second. A build must not stall on a broken or hostile file, so a body past any of
 * these limits is refused, naming the file, the line and the reason, without being parsed.
 *
 * The limits count, not time: the same file gets the same answer on every machine. They sit far
 * above any page of the atlas (the longest body is under 2 KB, with at most 31 marks) and far
 * below the sizes that take the parser a second (`npm run bench:markdown` times the worst bodies
 * they allow).
 */

/** Characters of a body. */
export const MAX_MARKDOWN_CHARS = 32 * 1024;
/** Lines of a body: every line may open a block (a list item, a quote, a heading). */
export const MAX_MARKDOWN_LINES = 800;
/**
 * Marks: characters Markdown may read as emphasis, links, images, code or HTML (`*`, `_`, `~`, `[`,
 * `]`, `(`, `)`, `!`, `` ` ``, `<`, `>`). The parser pairs them up within a paragraph, which is
 * where the time goes.
 */
export const MAX_MARKS = 2000;
/** Marks in one block (lines between blank lines). */
export const MAX_MARKS_PER_BLOCK = 400;

const MARK = /[*_~[\]()!`<>]/g;

/**
 * Blocks opened at the start of one line: list items and quotes (`- - - > 1. a`). Each takes the
 * parser longer than the one before (3000 on one line took 16 s), and the tree may not nest deeper
 * than MAX_NESTING anyway (lib/content/markdown-structure.ts).
 */
const OPENERS = /^(?:[ \t]*(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)|>[ \t]?))+/;
const OPENER = /(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)|>/g;
export const MAX_OPENERS_PER_LINE = 6;
/** Lists and quotes opened at line starts in the whole body: each costs the parser more than a line of text. */
export const MAX_OPENERS = 500;
/** Columns of indentation before a line's text (a tab counts 4): lists nest by indentation too. */
export const MAX_INDENT = 24;

export type CostProblem = { line: number; message: string };

/**
 * The first limit a body goes past, with the file line where it does (`firstLine` is the line the
 * body starts on), or null when it is within all of them.
 */
export function markdownCostProblem(markdown: string, firstLine: number): CostProblem | null {
  const refuse = (line: number, reason: string): CostProblem => ({
    line,
    message: `the Markdown here is refused without being read: ${reason}. Parsing it could stall the build (a real page is far smaller); split or mend it`,
  });
  if (markdown.length > MAX_MARKDOWN_CHARS) {
    return refuse(firstLine, `the body is ${markdown.length} characters long, more than the ${MAX_MARKDOWN_CHARS} a page may have`);
  }
  const lines = markdown.split(/\r\n?|\n/);
  if (lines.length > MAX_MARKDOWN_LINES) {
    return refuse(firstLine, `the body has ${lines.length} lines, more than the ${MAX_MARKDOWN_LINES} a page may have`);
  }
  let total = 0;
  let opened = 0;
  let block = 0;
  let blockLine = firstLine;
  for (const [offset, text] of lines.entries()) {
    if (text.trim() === '') {
      block = 0;
      continue;
    }
    if (block === 0) blockLine = firstLine + offset;
    const indent = (/^[ \t]*/.exec(text)?.[0] ?? '').replace(/\t/g, '    ').length;
    if (indent > MAX_INDENT) {
      return refuse(firstLine + offset, `this line is indented ${indent} columns, more than the ${MAX_INDENT} a line may (lists nest by indentation)`);
    }
    const openers = OPENERS.exec(text)?.[0].match(OPENER)?.length ?? 0;
    if (openers > MAX_OPENERS_PER_LINE) {
      return refuse(firstLine + offset, `this line opens ${openers} lists or quotes one inside another, more than the ${MAX_OPENERS_PER_LINE} a line may`);
    }
    opened += openers;
    if (opened > MAX_OPENERS) {
      return refuse(firstLine + offset, `the body opens more than ${MAX_OPENERS} list items and quotes by this line`);
    }
    const marks = text.match(MARK)?.length ?? 0;
    block += marks;
    total += marks;
    if (block > MAX_MARKS_PER_BLOCK) {
      return refuse(blockLine, `the paragraph or list starting here has more than ${MAX_MARKS_PER_BLOCK} emphasis, link, code or HTML marks (* _ ~ [ ] ( ) ! \` < >)`);
    }
    if (total > MAX_MARKS) {
      return refuse(firstLine + offset, `the body has more than ${MAX_MARKS} emphasis, link, code or HTML marks (* _ ~ [ ] ( ) ! \` < >) by this line`);
    }
  }
  return null;
}
