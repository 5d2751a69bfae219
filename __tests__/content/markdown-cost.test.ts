import { markdownCostProblem, MAX_MARKDOWN_CHARS, MAX_MARKDOWN_LINES, MAX_MARKS, MAX_MARKS_PER_BLOCK } from '@/lib/content/markdown-cost';
import { readSourcePage } from '@/lib/content/load';

describe('markdownCostProblem', () => {
  it('lets a page of prose, lists, links, emphasis and code through', () => {
    const body = ['A *short* description with a [link](/muscle/leg/) and `code`.', '', '- one', '- [two](/muscle/leg/soleus/)', '', '> a quote with _emphasis_'].join('\n');
    expect(markdownCostProblem(body, 5)).toBeNull();
  });

  it('lets bodies up to each limit through', () => {
    expect(markdownCostProblem('a'.repeat(MAX_MARKDOWN_CHARS), 1)).toBeNull();
    expect(markdownCostProblem('a\n'.repeat(MAX_MARKDOWN_LINES - 1), 1)).toBeNull();
    expect(markdownCostProblem('- - - - - - a\n      - a\n'.repeat(40), 1)).toBeNull();
    expect(markdownCostProblem('*'.repeat(MAX_MARKS_PER_BLOCK), 1)).toBeNull();
    const blocks = Array.from({ length: MAX_MARKS / 100 }, () => '*a'.repeat(50)).join('\n\n');
    expect(markdownCostProblem(blocks, 1)).toBeNull();
  });

  it('refuses the emphasis runs that took the parser 4.8 s, naming the line where the paragraph starts', () => {
    expect(markdownCostProblem(`Intro.\n\n${'*a'.repeat(20000)}`, 10)).toEqual({ line: 10, message: expect.stringMatching(/^the Markdown here is refused without being read: the body is 40008 characters long/) });
    expect(markdownCostProblem(`Intro.\n\n${'*a'.repeat(5000)}`, 10)).toEqual({ line: 12, message: expect.stringMatching(/^the Markdown here is refused without being read: the paragraph or list starting here has more than 400 emphasis, link, code or HTML marks/) });
  });

  it('refuses a list of thousands of links, too many lines, and too long a body', () => {
    expect(markdownCostProblem('- [a](/m/a/)\n'.repeat(500), 1)?.message).toMatch(/more than 400 emphasis, link, code or HTML marks/);
    expect(markdownCostProblem('a\n'.repeat(MAX_MARKDOWN_LINES + 1), 1)?.message).toMatch(/lines, more than the 800/);
    expect(markdownCostProblem('- a\n'.repeat(600), 1)?.message).toMatch(/opens more than 500 list items and quotes/);
    expect(markdownCostProblem(`${'- '.repeat(7)}a`, 1)?.message).toMatch(/this line opens 7 lists or quotes one inside another/);
    expect(markdownCostProblem(`${' '.repeat(30)}- a`, 1)?.message).toMatch(/indented 30 columns, more than the 24/);
    expect(markdownCostProblem('a'.repeat(MAX_MARKDOWN_CHARS + 1), 3)).toEqual({ line: 3, message: expect.stringMatching(/characters long, more than the 32768/) });
    const spread = Array.from({ length: 40 }, () => '[a](b) '.repeat(20)).join('\n\n');
    expect(markdownCostProblem(spread, 1)?.message).toMatch(/the body has more than 2000 .* marks/);
  });

  it('is what readSourcePage says of a stalling body, with the file, before reading it', () => {
    const { errors, source } = readSourcePage('muscle/leg/x.md', `---\ntitle: X\n---\n${'_a'.repeat(20000)}\n`);
    expect(errors).toEqual([{ file: 'muscle/leg/x.md', line: 4, message: expect.stringMatching(/refused without being read/) }]);
    expect(source?.pieces).toEqual([]);
  });
});
