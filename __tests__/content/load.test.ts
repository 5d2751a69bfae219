import path from 'node:path';
import { loadAtlas } from '@/lib/content/atlas';
import { ContentErrors, formatContentError } from '@/lib/content/errors';
import { readSourcePage } from '@/lib/content/load';
import { breadcrumbsOf, childrenOf } from '@/lib/content/navigation';

const OLD_ATLAS = path.join(__dirname, '..', 'fixtures', 'old-atlas');

describe('an old-format atlas dropped in unchanged', () => {
  const existing = ['gif/Shin-Wide.gif', 'png/Shin-Wide-1.png', 'png/Shin-Wide-2.png'];
  const atlas = loadAtlas({ contentDir: OLD_ATLAS, publicDir: '/nowhere', imageBase: 'https://pictures.example.org/assets/images/' });
  const wide = atlas.pages.get('/muscle/shin/wide/');

  it('builds every page at its URL', () => {
    expect([...atlas.pages.keys()].sort()).toEqual([
      '/muscle/',
      '/muscle/lower/',
      '/muscle/shin/',
      '/muscle/shin/rear/',
      '/muscle/shin/thin/',
      '/muscle/shin/upperhead/',
      '/muscle/shin/wide/',
    ]);
    expect(existing).toHaveLength(3);
  });

  it('keeps the title and subheadline, mending the old misspelling', () => {
    expect(wide?.title).toBe('The wide muscle of the shin');
    expect(wide?.name).toBe('Wide');
    expect(wide?.subheadline).toBe('Images and description');
  });

  it('places the hero and the gallery, resolved against the image base', () => {
    expect(wide?.hero).toMatchObject({
      src: 'https://pictures.example.org/assets/images/muscles/gif/Shin-Wide.gif',
      alt: 'The Wide muscle of the Shin',
      animated: true,
      still: 'https://pictures.example.org/assets/images/muscles/png/Shin-Wide-1.png',
    });
    expect(wide?.gallery.map((picture) => picture.caption)).toEqual(['The Wide muscle of the Shin 1', 'The Wide muscle of the Shin 2']);
    expect(wide?.gallery[1]?.src).toBe('https://pictures.example.org/assets/images/muscles/png/Shin-Wide-2.png');
  });

  it('keeps the description and drops the Back link, which the breadcrumbs replace', () => {
    const markdown = wide?.body.flatMap((block) => (block.type === 'markdown' ? [block.markdown] : [])).join('');
    expect(markdown).toMatch(/broadest muscle of this fixture/);
    expect(markdown).not.toMatch(/Back/);
    expect(wide?.description).toBe('The wide muscle is the broadest muscle of this fixture. It lies under the skin of the rear shin.');
  });

  it('builds the tree from the nested lists, over a Back link that names the region', () => {
    const head = atlas.pages.get('/muscle/shin/upperhead/');
    if (!head) throw new Error('no upper head');
    expect(breadcrumbsOf(atlas, head).map((page) => page.name)).toEqual(['Muscles', 'Lower part', 'Shin', 'Rear compartment', 'Wide', 'Upper head']);
    expect(head.kind).toBe('part');
  });

  it('orders children as the parent list has them, and infers kinds from depth', () => {
    const rear = atlas.pages.get('/muscle/shin/rear/');
    if (!rear) throw new Error('no rear compartment');
    expect(childrenOf(atlas, rear).map((page) => page.url)).toEqual(['/muscle/shin/wide/', '/muscle/shin/thin/']);
    expect([rear.kind, atlas.pages.get('/muscle/shin/')?.kind, atlas.pages.get('/muscle/lower/')?.kind]).toEqual(['group', 'region', 'superregion']);
  });

  it('lists the pages of a tag where list-pages stands', () => {
    const lower = atlas.pages.get('/muscle/lower/');
    expect(lower?.body).toContainEqual({ type: 'list-pages', tag: 'muscle_low', urls: ['/muscle/shin/'] });
  });
});

describe('readSourcePage', () => {
  it('names the line of a key of the wrong type', () => {
    const { errors } = readSourcePage('muscle/leg/x.md', '---\ntitle: X\norder: first\n---\n');
    expect(errors.map(formatContentError)).toEqual(['muscle/leg/x.md:3: order: Invalid input: expected number, received string']);
  });

  it('refuses an unknown key, so a misspelt fact is never lost', () => {
    const { errors } = readSourcePage('muscle/leg/x.md', '---\ntitle: X\norgin: Tibia\n---\n');
    expect(errors).toEqual([{ file: 'muscle/leg/x.md', line: 3, message: 'unknown front matter key "orgin"' }]);
  });

  it('refuses a page without a title', () => {
    const { errors } = readSourcePage('muscle/leg/x.md', '---\nname: X\n---\n');
    expect(errors[0]?.message).toBe('the page has no title');
  });

  it.each([
    ['muscle/Leg/Soleus.md', '---\ntitle: X\n---\n'],
    ['about.md', '---\ntitle: X\n---\n'],
    ['muscle/leg/soleus/head/extra.md', '---\ntitle: X\n---\n'],
    ['muscle/leg/x.md', '---\ntitle: X\npermalink: /muscle/leg/my_page/\n---\n'],
  ])('refuses %s with a URL of the wrong shape', (file, text) => {
    const { errors } = readSourcePage(file, text);
    expect(errors[0]?.message).toMatch(/wrong shape/);
  });

  it('refuses binary files', () => {
    const { errors } = readSourcePage('muscle/x.md', 'GIF89a\u0000\u0001\u0002');
    expect(errors[0]?.message).toMatch(/not a text file/);
  });

  it('allows only placement keys on a same_as page', () => {
    const { errors } = readSourcePage('muscle/shoulder/trapezius.md', '---\nsame_as: /muscle/back/trapezius/\nparent: /muscle/shoulder/\norigin: Skull\n---\n');
    expect(errors).toEqual([
      { file: 'muscle/shoulder/trapezius.md', line: 4, message: '"origin" cannot be set on a same_as page: it shows the content of /muscle/back/trapezius/' },
    ]);
  });
});

describe('loadAtlas', () => {
  it('throws every problem of the folder at once, one line each', () => {
    expect(() => loadAtlas({ contentDir: '/no/such/folder', publicDir: '/p', imageBase: '/images/' })).toThrow(ContentErrors);
    try {
      loadAtlas({ contentDir: '/no/such/folder', publicDir: '/p', imageBase: '/images/' });
    } catch (error) {
      expect(String(error)).toMatch(/\/no\/such\/folder: the content folder does not exist/);
    }
  });
});
