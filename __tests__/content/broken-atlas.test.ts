/**
 * @jest-environment node
 *
 * A corpus of broken pages, read as the build reads a content folder (loadAtlas): every problem of
 * every file is named in one run, whichever stage finds it (the loader, the tree, the pictures), so
 * that an author mends them all at once instead of one stage at a time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadAtlas } from '@/lib/content/atlas';
import { ContentErrors, formatContentError } from '@/lib/content/errors';
import { page, ROOT } from './helpers';

const CORPUS: Record<string, string> = {
  'muscle/index.md': ROOT,
  'muscle/leg/index.md': page('title: Leg\nparent: /muscle/'),
  'muscle/leg/soleus.md': page('title: Soleus\nparent: /muscle/leg/'),
  // The loader: an unknown key, and in the same file a picture that names no image.
  'muscle/leg/typo.md': page('title: Typo\nparent: /muscle/leg/\norgin: Tibia', '{% include page-image im_id="Nowhere" %}'),
  // The loader: front matter that would run as code.
  'muscle/leg/script.md': '---js\n{ title: "x" }\n---\nBody.\n',
  // The loader: Liquid that is not one of the three includes.
  'muscle/leg/liquid.md': page('title: Liquid\nparent: /muscle/leg/', 'Text {{ page.title }} more.'),
  // The loader: a body that would stall the Markdown parser (40 KB of emphasis runs took 4.8 s).
  'muscle/leg/stall.md': page('title: Stall\nparent: /muscle/leg/', '*a'.repeat(10000)),
  // The tree: a parent that does not exist, a loop, a URL claimed twice.
  'muscle/leg/orphan.md': page('title: Orphan\nparent: /muscle/leg/nothing/'),
  'muscle/leg/ping.md': page('title: Ping\nparent: /muscle/leg/pong/'),
  'muscle/leg/pong.md': page('title: Pong\nparent: /muscle/leg/ping/'),
  'muscle/leg/twin.md': page('title: Twin\npermalink: /muscle/leg/soleus/'),
  // The pictures, in files the tree finds nothing wrong with: an im_id that names no image, a
  // missing local image, an image address that could run code.
  'muscle/leg/hero.md': page('title: Hero\nparent: /muscle/leg/\nimages:\n  - image_id: One\n    image_name: one.png', '{% include page-image im_id="Two" %}'),
  'muscle/leg/gallery.md': page('title: Gallery\nparent: /muscle/leg/\ngallery:\n  - image_url: missing.png\n  - image_url: "javascript:alert(1)"'),
};

const EXPECTED = [
  'muscle/leg/liquid.md:5: unsupported Liquid output {{ page.title }}: Liquid variables are not part of the format',
  'muscle/leg/script.md:1: front matter in "js" is refused: only YAML front matter is read',
  'muscle/leg/stall.md:5: the Markdown here is refused without being read: the paragraph or list starting here has more than 400 emphasis, link, code or HTML marks (* _ ~ [ ] ( ) ! ` < >). Parsing it could stall the build (a real page is far smaller); split or mend it',
  'muscle/leg/typo.md:4: unknown front matter key "orgin"',
  'muscle/leg/orphan.md:3: parent /muscle/leg/nothing/ is not a page of the atlas',
  'muscle/leg/ping.md:3: loop in the tree: /muscle/leg/ping/ → /muscle/leg/pong/ → /muscle/leg/ping/',
  'muscle/leg/pong.md:3: loop in the tree: /muscle/leg/pong/ → /muscle/leg/ping/ → /muscle/leg/pong/',
  'muscle/leg/twin.md:3: claims /muscle/leg/soleus/, which muscle/leg/soleus.md claims too',
  'muscle/leg/gallery.md:5: image /images/missing.png does not exist (looked for PUBLIC/images/missing.png)',
  'muscle/leg/gallery.md:6: image "javascript:alert(1)" is not an http(s) URL or a site path',
  'muscle/leg/hero.md:8: im_id "Two" names no image of this page (it has One)',
  'muscle/leg/typo.md:6: im_id "Nowhere" names no image of this page (it has no images)',
];

describe('a content folder of many broken pages', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-atlas-'));
    for (const [file, text] of Object.entries(CORPUS)) {
      fs.mkdirSync(path.dirname(path.join(dir, 'content', file)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'content', file), text);
    }
    fs.mkdirSync(path.join(dir, 'public', 'images'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'public', 'images', 'one.png'), '');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names every problem of every file in one run, from the loader, the tree and the pictures', () => {
    let thrown: unknown;
    try {
      loadAtlas({ contentDir: path.join(dir, 'content'), publicDir: path.join(dir, 'public'), imageBase: '/images/' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentErrors);
    const messages = (thrown as ContentErrors).errors.map(formatContentError).map((line) => line.replaceAll(path.join(dir, 'public'), 'PUBLIC'));
    expect([...messages].sort()).toEqual([...EXPECTED].sort());
  });
});
