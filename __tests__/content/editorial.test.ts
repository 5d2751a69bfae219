import { editorialProblems } from '@/lib/content/editorial';
import { readSourcePage, type SourcePage } from '@/lib/content/load';

function page(file: string, frontMatter: string, body = 'Text.\n'): SourcePage {
  const read = readSourcePage(`muscle/${file}`, `---\n${frontMatter}\n---\n${body}`);
  if (!read.source) throw new Error(read.errors.map((e) => e.message).join('; '));
  return read.source;
}

const facts = 'title: Soleus muscle\nkind: muscle\nname: Soleus\norigin: Fibula\n';
const twoSources = [
  'sources:',
  '  - title: Soleus muscle (Wikipedia)',
  '    url: https://en.wikipedia.org/wiki/Soleus_muscle',
  '  - title: Soleus (TeachMeAnatomy)',
  '    url: https://teachmeanatomy.info/lower-limb/muscles/leg/posterior-compartment/',
].join('\n');

describe('editorial rules', () => {
  it('accept a muscle page with two sources and a checked date', () => {
    expect(editorialProblems([page('leg/soleus.md', `${facts}${twoSources}\nchecked: 2026-11-27`)])).toEqual([]);
  });

  it('name the file and the line of a page with one source', () => {
    const one = ['sources:', '  - title: Soleus muscle (Wikipedia)', '    url: https://en.wikipedia.org/wiki/Soleus_muscle'].join('\n');
    const problems = editorialProblems([page('leg/soleus.md', `${facts}${one}\nchecked: 2026-11-27`)]);
    expect(problems).toEqual([expect.objectContaining({ file: 'muscle/leg/soleus.md', line: 6, message: expect.stringMatching(/names 1 source; .* at least 2/) })]);
  });

  it('refuse a page with no sources and no date, naming both problems', () => {
    const problems = editorialProblems([page('leg/soleus.md', facts)]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/names 0 sources/), expect.stringMatching(/no `checked` date/)]);
  });

  it('leave old-format pages, groups and mirrored pages alone', () => {
    const old = page('soleus.md', 'title: The soleus muscle of the leg\nlayout: page');
    const group = page('leg/anterior.md', 'title: Anterior compartment\nkind: group\nname: Anterior compartment');
    const mirror = page('shoulder/trapezius.md', 'same_as: /muscle/back/trapezius/\nkind: muscle', '');
    expect(editorialProblems([old, group, mirror])).toEqual([]);
  });

  it('name a source listed twice', () => {
    const twice = `${twoSources}\n  - title: Again\n    url: https://en.wikipedia.org/wiki/Soleus_muscle`;
    expect(editorialProblems([page('leg/soleus.md', `${facts}${twice}\nchecked: 2026-11-27`)]).map((p) => p.message)).toEqual([
      'lists the source https://en.wikipedia.org/wiki/Soleus_muscle twice',
    ]);
  });
});
