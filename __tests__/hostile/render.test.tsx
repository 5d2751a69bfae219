/**
 * @jest-environment node
 *
 * Hostile content all the way into HTML: pages are built by the loader and rendered by the same
 * server components and MDX pipeline as the build. No script, event-handler attribute or
 * `javascript:` URL from content may reach the HTML, and nothing in the content runs.
 */
import fc from 'fast-check';
import { atlasFrom, page, ROOT } from '../content/helpers';
import { dangersIn, HOSTILE_HTML, HOSTILE_MARKDOWN, hostileText, MDX_EXPRESSIONS, renderPage, textOf, wasPwned } from './helpers';

const IMAGES = ['images/a.png', 'images/hero.gif', 'images/one.png'];

afterEach(() => {
  expect(wasPwned()).toBe(false);
});

/** Builds a small atlas around one page and renders every page of it. */
async function renderAll(files: Record<string, string>) {
  const { atlas, errors } = atlasFrom(files, IMAGES);
  if (!atlas || errors.length > 0) return { errors, html: new Map<string, string>() };
  const html = new Map<string, string>();
  for (const url of atlas.pages.keys()) html.set(url, await renderPage(atlas, url));
  return { errors, html };
}

const LEG = { 'muscle/index.md': ROOT, 'muscle/leg/index.md': page('title: Leg\nparent: /muscle/') };

describe('the sanitiser of this project, checked by the checker of these tests', () => {
  it('finds each danger when it is not removed', () => {
    expect(dangersIn('<p><script>x()</script></p>')).toEqual(['<script> element']);
    expect(dangersIn('<img src="a.png" onerror="x()">')).toEqual(['onerror attribute on <img>']);
    expect(dangersIn('<a href=" jav&#x09;ascript:x()">a</a>')).toEqual(['javascript: URL in href of <a>:  jav\tascript:x()']);
    expect(dangersIn('<img srcset="/a.png 1x, data:image/png,AA 2x" alt="">')).toEqual(['data: URL in srcset of <img>: data:image/png,AA']);
    expect(dangersIn('<svg><a xlink:href="javascript:x()">a</a></svg>')).toEqual(['javascript: URL in xlink:href of <a>: javascript:x()']);
    expect(dangersIn('<script type="application/ld+json">{"a":1}</script><a href="/muscle/">a</a>')).toEqual([]);
  });
});

describe('every hostile fragment in a body', () => {
  const fragments = [...HOSTILE_HTML, ...HOSTILE_MARKDOWN, ...MDX_EXPRESSIONS];

  it.each(fragments)('%s', async (fragment) => {
    const files = { ...LEG, 'muscle/leg/soleus.md': page('title: Soleus\nparent: /muscle/leg/', `Before.\n\n${fragment}\n\nAfter.`) };
    const { errors, html } = await renderAll(files);
    if (errors.length > 0) {
      // A fragment the loader refuses never reaches a page; the refusal names a line of the body.
      expect(errors.every((error) => error.file === 'muscle/leg/soleus.md' && error.line !== undefined)).toBe(true);
      return;
    }
    const soleus = html.get('/muscle/leg/soleus/') ?? '';
    expect(dangersIn(soleus)).toEqual([]);
    expect(soleus).toContain('Before.');
    expect(soleus).toContain('After.');
  });

  it('keeps the words of a link or picture whose address it drops', async () => {
    const files = { ...LEG, 'muscle/leg/soleus.md': page('title: Soleus\nparent: /muscle/leg/', '[read this](javascript:alert(1)) and <a href="javascript:alert(1)">that</a>.') };
    const { html } = await renderAll(files);
    const soleus = html.get('/muscle/leg/soleus/') ?? '';
    expect(soleus).toMatch(/read this/);
    expect(soleus).toMatch(/that/);
    expect(dangersIn(soleus)).toEqual([]);
    // A link without an address is text, not a link to the page itself.
    expect(soleus).not.toMatch(/<a[^>]*>read this<\/a>/);
    expect(soleus).not.toMatch(/href=""/);
  });

  it('shows MDX expressions as the text they are', async () => {
    const files = { ...LEG, 'muscle/leg/soleus.md': page('title: Soleus\nparent: /muscle/leg/', 'Sum: {1 + 1} and {globalThis.__atlasPwned = 1}.') };
    const { html } = await renderAll(files);
    expect(html.get('/muscle/leg/soleus/')).toContain('Sum: {1 + 1} and {globalThis.__atlasPwned = 1}.');
  });
});

describe('hostile text in front matter', () => {
  it('reaches the page as text, and the JSON-LD stays one valid script', async () => {
    const title = '</script><script>globalThis.__atlasPwned = 1</script><!--';
    const files = {
      ...LEG,
      'muscle/leg/soleus.md': page(
        [
          `title: ${JSON.stringify(title)}`,
          `name: ${JSON.stringify(`<img src=x onerror="globalThis.__atlasPwned = 1">`)}`,
          'parent: /muscle/leg/',
          'kind: muscle',
          `latin: ${JSON.stringify('<a href="javascript:alert(1)">Musculus</a>')}`,
          `origin: ${JSON.stringify('{globalThis.__atlasPwned = 1}')}`,
          'synonyms:',
          `  - ${JSON.stringify('<svg onload=alert(1)>')}`,
          'gallery:',
          '  - image_url: one.png',
          `    caption: ${JSON.stringify('<script>alert(1)</script>')}`,
          `    title: ${JSON.stringify('" onmouseover="alert(1)')}`,
          'images:',
          '  - image_id: Hero',
          '    image_name: hero.gif',
          `    image_alt: ${JSON.stringify("' onload='alert(1)")}`,
          `    image_title: ${JSON.stringify('<iframe src=javascript:alert(1)>')}`,
        ].join('\n'),
        '{% include page-image im_id="Hero" %}',
      ),
    };
    const { errors, html } = await renderAll(files);
    expect(errors).toEqual([]);
    for (const [url, markup] of html) expect([url, dangersIn(markup)]).toEqual([url, []]);
    const soleus = html.get('/muscle/leg/soleus/') ?? '';
    expect(textOf(soleus, 'h1')).toBe(title);
    expect(textOf(soleus, 'dd')).toBe('<a href="javascript:alert(1)">Musculus</a>');
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(soleus)?.[1] ?? '';
    expect(JSON.parse(jsonLd).itemListElement[2].name).toBe('<img src=x onerror="globalThis.__atlasPwned = 1">');
  });
});

describe('random hostile atlases, rendered', () => {
  const body = fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_HTML, ...HOSTILE_MARKDOWN, ...MDX_EXPRESSIONS, 'Plain words.', '- a\n- b', '| a |\n|---|\n| b |'), fc.string({ maxLength: 20 })), { maxLength: 6 })
    .map((parts) => parts.join('\n\n'));
  const atlas = fc.array(fc.record({ title: hostileText, name: hostileText, latin: hostileText, caption: hostileText, body }), { minLength: 1, maxLength: 3 }).map((pages) => {
    const files: Record<string, string> = { ...LEG };
    pages.forEach((entry, index) => {
      const text = (value: string) => JSON.stringify(value.trim() === '' ? 'x' : value);
      files[`muscle/leg/p${index}.md`] = page(
        [
          `title: ${text(entry.title)}`,
          `name: ${text(entry.name)}`,
          `latin: ${text(entry.latin)}`,
          `parent: ${index === 0 ? '/muscle/leg/' : `/muscle/leg/p${index - 1}/`}`,
          'gallery:',
          '  - image_url: one.png',
          `    caption: ${text(entry.caption)}`,
        ].join('\n'),
        entry.body,
      );
    });
    return files;
  });

  it('never carry a script, an event handler or a javascript: URL into a page, and never run', async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(atlas, async (files) => {
        const { errors, html } = await renderAll(files);
        if (errors.length > 0) return;
        rendered += html.size;
        for (const [url, markup] of html) expect([url, dangersIn(markup)]).toEqual([url, []]);
      }),
      { numRuns: 60 },
    );
    expect(rendered).toBeGreaterThan(60);
  });
});
