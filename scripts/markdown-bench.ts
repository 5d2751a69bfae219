// Times the Markdown parser on the worst bodies the loader's limits let through
// (lib/content/markdown-cost.ts), as the loader parses them (mdast-util-from-markdown) and as the
// renderer does (with GitHub's extensions): the limits must keep every body far under a second.
// Prints the CPU time of each (CPU, not wall time, so a busy machine reads about the same).
//
// Usage: npx tsx scripts/markdown-bench.ts   (npm run bench:markdown)
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { markdownCostProblem, MAX_MARKDOWN_CHARS, MAX_MARKDOWN_LINES, MAX_MARKS, MAX_MARKS_PER_BLOCK, MAX_OPENERS, MAX_OPENERS_PER_LINE } from '../lib/content/markdown-cost';

/** Blocks of `unit` repeated up to the per-block limit, as many as the body limits allow. */
function blocksOf(unit: string, marksPerUnit: number): string {
  const perBlock = Math.floor(MAX_MARKS_PER_BLOCK / marksPerUnit);
  const linesPerBlock = perBlock * (unit.match(/\n/g)?.length ?? 0) + 1;
  const blocks = Math.min(Math.floor(MAX_MARKS / (perBlock * marksPerUnit)), Math.floor((MAX_MARKDOWN_LINES - 1) / linesPerBlock));
  return Array.from({ length: blocks }, () => unit.repeat(perBlock)).join('\n\n');
}

const WORST: [string, string][] = [
  ['emphasis runs (*a)', blocksOf('*a', 1)],
  ['emphasis runs (_a)', blocksOf('_a', 1)],
  ['strikethrough runs (~a)', blocksOf('~a', 1)],
  ['unclosed links ([a)', blocksOf('[a', 1)],
  ['unclosed link targets ([a]()', blocksOf('[a](', 3)],
  ['code spans (`a)', blocksOf('`a', 1)],
  ['HTML openers (<a )', blocksOf('<a ', 1)],
  ['a list of links', blocksOf('- [a](/muscle/a/)\n', 4)],
  ['list items, one a line', '- a\n'.repeat(MAX_OPENERS)],
  ['headings, one a line', '# a\n'.repeat(MAX_MARKDOWN_LINES - 1)],
  ['quotes, one a line', '> a\n'.repeat(MAX_MARKS_PER_BLOCK)],
  ['headings and quotes by the line', '# a\n'.repeat(MAX_MARKDOWN_LINES - 1)],
  ['link definitions, one a line', blocksOf('[a]: /b\n', 2)],
  ['bare web addresses (www.a)', 'www.a '.repeat(Math.floor(MAX_MARKDOWN_CHARS / 6))],
  ['lists nested by indentation', Array.from({ length: MAX_OPENERS }, (_, i) => `${'  '.repeat(i % 13)}- a`).join('\n')],
  ['lists opened on one line', '- '.repeat(MAX_OPENERS_PER_LINE).concat('a\n').repeat(Math.floor(MAX_OPENERS / MAX_OPENERS_PER_LINE))],
  ['prose', 'lorem ipsum dolor sit amet '.repeat(Math.floor(MAX_MARKDOWN_CHARS / 27))],
];

const cpu = (work: () => void): number => {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
// Warm the parser up, so that the first case does not pay for compiling it.
for (let i = 0; i < 3; i += 1) fromMarkdown('*warm* [up](/x/) `code`\n\n- a\n'.repeat(500), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

let worst = 0;
console.log('Worst bodies the limits let through, CPU time to parse:\n');
for (const [name, body] of WORST) {
  const refused = markdownCostProblem(body, 1);
  if (refused) throw new Error(`${name}: the bench body is refused (${refused.message}); it must sit at the limits, not past them`);
  const loader = cpu(() => fromMarkdown(body));
  const renderer = cpu(() => fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  worst = Math.max(worst, loader, renderer);
  console.log(`  ${name.padEnd(32)} ${String(body.length).padStart(6)} characters: ${loader.toFixed(0).padStart(5)} ms as the loader parses, ${renderer.toFixed(0).padStart(5)} ms with GitHub's extensions`);
}
const tooLong = '*a'.repeat(20000);
console.log(`\nSlowest: ${worst.toFixed(0)} ms (the limit is a second). Refused unread: 40 KB of emphasis runs ("${markdownCostProblem(tooLong, 1)?.message.slice(0, 60)}…").`);
