/**
 * @jest-environment node
 *
 * Hostile content against the loader (readSourcePage, buildAtlas): random and malformed front
 * matter and bodies. Whatever a file holds, the loader returns content errors that name the file
 * and a line it has, or builds an atlas whose tree is sound; it never throws anything else and
 * never runs the content as code.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { loadAtlas } from '@/lib/content/atlas';
import { ContentErrors, formatContentError } from '@/lib/content/errors';
import { readSourcePage } from '@/lib/content/load';
import { breadcrumbsOf, pagesInOrder } from '@/lib/content/navigation';
import type { Atlas } from '@/lib/content/types';
import { atlasFrom, page, ROOT } from '../content/helpers';
import { badErrors, hostileBody, hostileFrontMatter, hostilePage, hostileText, opening, wasPwned } from './helpers';

const RUNS = { numRuns: 300 };

/** What a built atlas must be: one tree from the root, every route and canonical URL a page of it. */
function treeProblems(atlas: Atlas): string[] {
  const problems: string[] = [];
  const inOrder = pagesInOrder(atlas);
  if (inOrder.length !== atlas.pages.size) problems.push(`${atlas.pages.size - inOrder.length} pages are not in the tree`);
  for (const page of atlas.pages.values()) {
    const trail = breadcrumbsOf(atlas, page);
    if (trail[0] !== atlas.root || trail.at(-1) !== page) problems.push(`${page.url}: breadcrumbs do not run from the root to the page`);
    if (new Set(trail).size !== trail.length) problems.push(`${page.url}: the breadcrumbs loop`);
    for (const child of page.children) if (atlas.pages.get(child)?.parent !== page.url) problems.push(`${page.url}: child ${child} names another parent`);
    const canonical = atlas.pages.get(page.canonical);
    if (!canonical || canonical.canonical !== canonical.url) problems.push(`${page.url}: canonical ${page.canonical} is not a page of its own`);
    if (page.title.trim() === '' || page.name.trim() === '') problems.push(`${page.url}: no title or name`);
    for (const url of [...page.antagonists, ...page.synergists]) if (!atlas.pages.has(url)) problems.push(`${page.url}: links to ${url}, not a page`);
  }
  for (const [route, target] of atlas.routes) if (!atlas.pages.has(target)) problems.push(`route ${route} leads to ${target}, not a page`);
  return problems;
}

afterEach(() => {
  expect(wasPwned()).toBe(false);
});

describe('readSourcePage with random files', () => {
  it('never throws, and names the file and a line it has in every error', () => {
    fc.assert(
      fc.property(fc.oneof(hostilePage, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme-composite', maxLength: 300 })), (text) => {
        const file = 'muscle/leg/hostile.md';
        const result = readSourcePage(file, text);
        expect(badErrors(result.errors, { [file]: text })).toEqual([]);
        // A page with problems may still be handed to the tree, to be checked further; one that
        // cannot be read at all always says why.
        if (result.source === null) expect(result.errors.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('reads only YAML front matter, whatever the opening line says', () => {
    fc.assert(
      fc.property(opening, fc.constantFrom('{ title: (globalThis.__atlasPwned = 1, "x") }', 'module.exports = (globalThis.__atlasPwned = 1)', 'title = "x"', 'title: ok'), (open, frontMatter) => {
        const result = readSourcePage('muscle/leg/x.md', `${open}\n${frontMatter}\n---\nBody.\n`);
        const language = open.replace(/^\uFEFF?---/, '').trim();
        if (language !== '' && language.toLowerCase() !== 'yaml' && open.includes('---')) {
          expect(result.errors).toEqual([{ file: 'muscle/leg/x.md', line: 1, message: expect.stringMatching(/refused: only YAML/) }]);
        }
      }),
      RUNS,
    );
  });
});

describe('buildAtlas with random atlases', () => {
  /** An atlas of a root, a region and a few pages of hostile front matter and bodies. */
  const hostileAtlas = fc
    .tuple(
      fc.array(
        fc.record({
          parent: fc.constantFrom('/muscle/', '/muscle/leg/', '/muscle/leg/p0/', '/muscle/leg/p1/', '/muscle/leg/p2/', '/muscle/leg/nothing/', '/muscle/leg/'),
          title: hostileText,
          extra: fc.oneof(hostileFrontMatter, fc.constant('')),
          body: hostileBody,
        }),
        { maxLength: 4 },
      ),
      hostileBody,
    )
    .map(([pages, rootBody]) => {
      const files: Record<string, string> = {
        'muscle/index.md': page('title: Muscles\nkind: root', rootBody),
        'muscle/leg/index.md': page('title: Leg\nparent: /muscle/'),
      };
      pages.forEach((entry, index) => {
        files[`muscle/leg/p${index}.md`] = `---\ntitle: ${JSON.stringify(entry.title)}\nparent: ${entry.parent}\n${entry.extra}\n---\n${entry.body}\n`;
      });
      return files;
    });

  it('returns content errors with file and line, or a sound tree; never throws', () => {
    let built = 0;
    fc.assert(
      fc.property(hostileAtlas, (files) => {
        const { atlas, errors } = atlasFrom(files, ['images/a.png', 'images/hero.gif']);
        expect(badErrors(errors, files)).toEqual([]);
        // The pages that were read build a sound tree or none; loadAtlas refuses the whole atlas on any error.
        if (atlas) expect(treeProblems(atlas)).toEqual([]);
        if (errors.length === 0) {
          built += 1;
          expect(atlas).not.toBeNull();
        }
      }),
      RUNS,
    );
    // The property is only worth something if some of the random atlases build.
    expect(built).toBeGreaterThan(5);
  });

  it('finds every loop in random parent links, and builds every atlas without one', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 6 }), (parents) => {
        const files: Record<string, string> = { 'muscle/index.md': ROOT, 'muscle/leg/index.md': page('title: Leg') };
        parents.forEach((parent, index) => {
          const target = parent < parents.length ? `/muscle/leg/p${parent}/` : '/muscle/leg/';
          files[`muscle/leg/p${index}.md`] = page(`title: P${index}\nparent: ${target}`);
        });
        const reachesRegion = (index: number) => {
          const seen = new Set<number>();
          for (let at: number | undefined = index; at !== undefined && at < parents.length; at = parents[at]) {
            if (seen.has(at)) return false;
            seen.add(at);
          }
          return true;
        };
        const { atlas, errors } = atlasFrom(files);
        const looped = parents.map((_, index) => index).filter((index) => !reachesRegion(index));
        if (looped.length === 0) {
          expect(errors).toEqual([]);
          if (atlas) expect(treeProblems(atlas)).toEqual([]);
        } else {
          expect(atlas).toBeNull();
          expect(errors.length).toBeGreaterThan(0);
          expect(errors.every((error) => /own parent|loop in the tree/.test(error.message))).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The fixed corpus: known attacks and known accidents, each with what the loader must say.

const LEG = {
  'muscle/index.md': ROOT,
  'muscle/leg/index.md': page('title: Leg\nparent: /muscle/'),
  'muscle/leg/soleus.md': page('title: Soleus\nparent: /muscle/leg/'),
};

type Expected = { builds: true } | { errors: string[] };

const JS_PAYLOAD = '{ title: (globalThis.__atlasPwned = 1, "x") }';
const JS_SPELLINGS = ['js', 'javascript', 'JS', 'JavaScript', 'Javascript', ' js', 'js ', '\tjavascript', 'coffee', 'coffeescript', 'json', 'toml', 'ecma'];

const CORPUS: [string, Record<string, string>, Expected][] = [
  ...JS_SPELLINGS.map((spelling): [string, Record<string, string>, Expected] => [
    `---${spelling} front matter`,
    { ...LEG, 'muscle/leg/x.md': `---${spelling}\n${JS_PAYLOAD}\n---\nBody.\n` },
    { errors: [`muscle/leg/x.md:1: front matter in "${spelling.trim()}" is refused: only YAML front matter is read`] },
  ]),
  [
    '---js front matter after a BOM, with CRLF',
    { ...LEG, 'muscle/leg/x.md': `\uFEFF---js\r\n${JS_PAYLOAD}\r\n---\r\n` },
    { errors: ['muscle/leg/x.md:1: front matter in "js" is refused: only YAML front matter is read'] },
  ],
  [
    'YAML tags that other parsers run as code',
    { ...LEG, 'muscle/leg/x.md': '---\ntitle: !!js/function "function () { globalThis.__atlasPwned = 1 }"\nparent: /muscle/leg/\n---\n' },
    { builds: true },
  ],
  [
    'a YAML alias bomb',
    { ...LEG, 'muscle/leg/x.md': `---\na: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`).join('\n')}\ntitle: X\n---\n` },
    { errors: ['muscle/leg/x.md:1: unreadable front matter: Excessive alias count indicates a resource exhaustion attack'] },
  ],
  [
    'a __proto__ key',
    { ...LEG, 'muscle/leg/x.md': '---\ntitle: X\n__proto__:\n  polluted: true\n---\n' },
    { errors: ['muscle/leg/x.md:3: unknown front matter key "__proto__"'] },
  ],
  [
    '<script> and <img onerror> in a body (built, and sanitised when rendered)',
    { ...LEG, 'muscle/leg/x.md': page('title: X\nparent: /muscle/leg/', '<script>globalThis.__atlasPwned = 1</script>\n\n<img src="/images/a.png" alt="a" onerror="globalThis.__atlasPwned = 1">') },
    { builds: true },
  ],
  [
    'javascript: links in a body (built, and sanitised when rendered)',
    { ...LEG, 'muscle/leg/x.md': page('title: X\nparent: /muscle/leg/', '[a](javascript:alert(1)) <javascript:alert(1)> <a href="javascript:alert(1)">b</a>') },
    { builds: true },
  ],
  [
    'javascript: and data: pictures in a body',
    { ...LEG, 'muscle/leg/x.md': page('title: X\nparent: /muscle/leg/', 'Text.\n\n![a](javascript:alert(1))\n\n![b](data:image/png;base64,AAAA)') },
    {
      errors: [
        'muscle/leg/x.md:7: image "javascript:alert(1)" is not an http(s) URL or a site path',
        'muscle/leg/x.md:9: image "data:image/png;base64,AAAA" is not an http(s) URL or a site path',
      ],
    },
  ],
  [
    'javascript: URLs in front matter',
    {
      ...LEG,
      'muscle/leg/x.md': '---\ntitle: X\nparent: "javascript:alert(1)"\nsynergists:\n  - "javascript:alert(1)"\ngallery:\n  - image_url: "javascript:alert(1)"\n---\n',
      'muscle/leg/y.md': '---\ntitle: Y\npermalink: "javascript:alert(1)"\n---\n',
      'muscle/leg/z.md': '---\ntitle: Z\nparent: /muscle/leg/\naliases:\n  - "javascript:alert(1)"\n---\n',
    },
    {
      errors: [
        'muscle/leg/y.md:3: permalink "javascript:alert(1)" is not a site path',
        'muscle/leg/z.md:5: alias "javascript:alert(1)" is not a page URL of the shape /muscle/<region>/<name>/',
        'muscle/leg/x.md:3: parent javascript:alert(1) is not a page of the atlas',
        'muscle/leg/x.md:5: synergists lists javascript:alert(1), which is not a page of the atlas',
        // Found in the same run as the tree's errors, not after they are mended (issue 16).
        'muscle/leg/x.md:7: image "javascript:alert(1)" is not an http(s) URL or a site path',
      ],
    },
  ],
  [
    'MDX expressions, imports and exports in a body (text, never code)',
    { ...LEG, 'muscle/leg/x.md': page('title: X\nparent: /muscle/leg/', 'export const a = (globalThis.__atlasPwned = 1)\n\nimport fs from "node:fs"\n\n{globalThis.__atlasPwned = 1}\n\n<Gallery onClick={() => 1} />') },
    { builds: true },
  ],
  [
    'unknown Liquid tags',
    { ...LEG, 'muscle/leg/x.md': page('title: X\nparent: /muscle/leg/', 'One.\n\n{% raw %}\n\n{{ page.title }}\n\n{% include evil.html %}\n\nA stray {% here.') },
    {
      errors: [
        'muscle/leg/x.md:7: unsupported Liquid tag {% raw %}: only the page-image, gallery and list-pages includes are understood',
        'muscle/leg/x.md:9: unsupported Liquid output {{ page.title }}: Liquid variables are not part of the format',
        'muscle/leg/x.md:11: unknown include "evil": only page-image, gallery and list-pages are understood',
        'muscle/leg/x.md:13: unclosed or stray Liquid delimiter',
      ],
    },
  ],
  ['a byte order mark', { ...LEG, 'muscle/leg/x.md': `\uFEFF${page('title: X\nparent: /muscle/leg/')}` }, { builds: true }],
  [
    'CRLF line endings, with errors on the right lines',
    { ...LEG, 'muscle/leg/x.md': '---\r\ntitle: X\r\nparent: /muscle/leg/\r\norder: first\r\n---\r\nBody.\r\n\r\n{{ x }}\r\n' },
    { errors: ['muscle/leg/x.md:4: order: Invalid input: expected number, received string'] },
  ],
  [
    'CR line endings of old Macs',
    { ...LEG, 'muscle/leg/x.md': '---\rtitle: X\rparent: /muscle/leg/\r---\rBody.\r\r{{ x }}\r' },
    { errors: ['muscle/leg/x.md:7: unsupported Liquid output {{ x }}: Liquid variables are not part of the format'] },
  ],
  [
    'non-ASCII names and text',
    { ...LEG, 'muscle/leg/x.md': page('title: Músculo sóleo — 比目魚筋 — שריר 🦵\nname: Sóleo\nlatin: Musculus solēus\nsynonyms:\n  - Schollenmuskel\nparent: /muscle/leg/', 'Ünïcödé text, right-to-left עברית, and emoji 🦵.') },
    { builds: true },
  ],
  [
    'a non-ASCII file name',
    { ...LEG, 'muscle/leg/sóleo.md': page('title: Sóleo\nparent: /muscle/leg/') },
    { errors: ['muscle/leg/sóleo.md: URL /muscle/leg/sóleo/ has the wrong shape: pages live at /muscle/, /muscle/<region>/ or /muscle/<region>/<name>/ in lower case'] },
  ],
  [
    'binary garbage',
    { ...LEG, 'muscle/leg/x.md': `---\ntitle: X\n---\n${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe]).toString('latin1')}` },
    // The PNG signature holds a line break, so the first NUL byte is on line 6.
    { errors: ['muscle/leg/x.md:6: is not a text file (it contains NUL bytes)'] },
  ],
  [
    'bytes that are not UTF-8',
    { ...LEG, 'muscle/leg/x.md': `---\ntitle: X\n---\n${Buffer.from([0xc3, 0x28, 0xa0, 0xa1]).toString('utf8')}` },
    { errors: ['muscle/leg/x.md:4: is not valid UTF-8 text'] },
  ],
  [
    'Markdown nested deeper than a renderer can follow',
    { ...LEG, 'muscle/leg/x.md': page('title: X\nparent: /muscle/leg/', `Fine.\n\n${'>'.repeat(20000)} deep`) },
    // Refused before the parser sees it: it nests far deeper than a page may, and would stall the parser.
    { errors: ['muscle/leg/x.md:7: the Markdown here is refused without being read: this line opens 20000 lists or quotes one inside another, more than the 6 a line may. Parsing it could stall the build (a real page is far smaller); split or mend it'] },
  ],
  [
    'a page that is its own parent',
    { ...LEG, 'muscle/leg/x.md': page('title: X\nparent: /muscle/leg/x/') },
    { errors: ['muscle/leg/x.md:3: the page is its own parent'] },
  ],
  [
    'a longer cycle',
    {
      ...LEG,
      'muscle/leg/a.md': page('title: A\nparent: /muscle/leg/c/'),
      'muscle/leg/b.md': page('title: B\nparent: /muscle/leg/a/'),
      'muscle/leg/c.md': page('title: C\nparent: /muscle/leg/b/'),
    },
    {
      errors: [
        'muscle/leg/a.md:3: loop in the tree: /muscle/leg/a/ → /muscle/leg/c/ → /muscle/leg/b/ → /muscle/leg/a/',
        'muscle/leg/b.md:3: loop in the tree: /muscle/leg/b/ → /muscle/leg/a/ → /muscle/leg/c/ → /muscle/leg/b/',
        'muscle/leg/c.md:3: loop in the tree: /muscle/leg/c/ → /muscle/leg/b/ → /muscle/leg/a/ → /muscle/leg/c/',
      ],
    },
  ],
  [
    'a duplicate URL: a permalink, a second file of the same path and an alias',
    {
      ...LEG,
      'muscle/leg/copy.md': page('title: Copy\npermalink: /muscle/leg/soleus/'),
      'muscle/leg.md': page('title: Leg again'),
      'muscle/leg/z.md': page('title: Z\nparent: /muscle/leg/\naliases:\n  - /muscle/leg/soleus'),
    },
    {
      errors: [
        'muscle/leg/copy.md:3: claims /muscle/leg/soleus/, which muscle/leg/soleus.md claims too',
        'muscle/leg.md: claims /muscle/leg/, which muscle/leg/index.md claims too',
        'muscle/leg/z.md:5: alias /muscle/leg/soleus/ is already the URL of muscle/leg/soleus.md',
      ],
    },
  ],
];

describe('the fixed corpus', () => {
  it.each(CORPUS)('%s', (_, files, expected) => {
    const { atlas, errors } = atlasFrom(files, ['images/a.png']);
    if ('builds' in expected) {
      expect(errors.map(formatContentError)).toEqual([]);
      expect(atlas && treeProblems(atlas)).toEqual([]);
    } else {
      expect(errors.map(formatContentError)).toEqual(expected.errors);
    }
  });

  it('refuses a 5 MB body unread, which would take the Markdown parser seconds', () => {
    const paragraph = `${'The soleus lies deep to the gastrocnemius and pumps blood back to the heart. '.repeat(12)}\n\n`;
    const body = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    expect(body.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const { errors } = atlasFrom({ ...LEG, 'muscle/leg/x.md': page('title: X\nparent: /muscle/leg/', body) });
    expect(errors).toEqual([{ file: 'muscle/leg/x.md', line: 5, message: expect.stringMatching(/^the Markdown here is refused without being read: the body is \d+ characters long, more than the 32768 a page may have/) }]);
  });

  it('throws nothing but ContentErrors when each case is read from disk, nor for a file too large to read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
    const load = (files: Record<string, string | Buffer>) => {
      fs.rmSync(dir, { recursive: true, force: true });
      for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
      }
      try {
        return loadAtlas({ contentDir: dir, publicDir: dir, imageBase: '/images/' });
      } catch (error) {
        if (error instanceof ContentErrors) return error;
        throw error;
      }
    };
    try {
      for (const [, files, expected] of CORPUS) {
        const result = load(files);
        expect(result instanceof ContentErrors).toBe(!('builds' in expected));
      }
      const tooLarge = load({ ...LEG, 'muscle/leg/huge.md': Buffer.alloc(9 * 1024 * 1024, 0x61) });
      expect(tooLarge instanceof ContentErrors && tooLarge.errors.map(formatContentError)).toEqual(['muscle/leg/huge.md: is 9437184 bytes, more than the 8388608 a page may have']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
