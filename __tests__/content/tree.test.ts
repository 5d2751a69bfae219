import { formatContentError } from '@/lib/content/errors';
import { breadcrumbsOf, childrenOf, siblingsOf } from '@/lib/content/navigation';
import { nameFromTitle } from '@/lib/content/tree';
import { atlasFrom, page, ROOT } from './helpers';

const LEG = {
  'muscle/index.md': ROOT,
  'muscle/lowerlimb.md': page('title: Lower limb\nkind: superregion\nparent: /muscle/'),
  'muscle/leg/index.md': page('title: Leg\nparent: /muscle/lowerlimb/'),
  'muscle/leg/back.md': page('title: Back compartment\nparent: /muscle/leg/'),
  'muscle/leg/soleus.md': page('title: Soleus muscle\nname: Soleus\nparent: /muscle/leg/back/\norder: 2'),
  'muscle/leg/gastrocnemius.md': page('title: Gastrocnemius\nparent: /muscle/leg/back/\norder: 1'),
  'muscle/leg/plantaris.md': page('title: Plantaris\nparent: /muscle/leg/back/\norder: 3'),
};

function messages(errors: Parameters<typeof formatContentError>[0][]) {
  return errors.map(formatContentError);
}

describe('buildAtlas: parents', () => {
  it('takes the parent key first', () => {
    const { atlas, errors } = atlasFrom(LEG);
    expect(errors).toEqual([]);
    const soleus = atlas?.pages.get('/muscle/leg/soleus/');
    if (!atlas || !soleus) throw new Error('not built');
    expect(breadcrumbsOf(atlas, soleus).map((crumb) => crumb.name)).toEqual(['Muscles', 'Lower limb', 'Leg', 'Back compartment', 'Soleus']);
    expect(soleus.kind).toBe('muscle');
  });

  it('then a nested list, then the Back link, then the region page', () => {
    const { atlas, errors } = atlasFrom({
      'muscle/index.md': ROOT,
      'muscle/arm/index.md': page('title: Arm', '* [Front](/muscle/arm/front)\n  * [Listed](/muscle/arm/listed)'),
      'muscle/arm/front.md': page('title: Front'),
      'muscle/arm/listed.md': page('title: Listed', '[Back››](/muscle/arm/)'),
      'muscle/arm/backlinked.md': page('title: Backlinked', '[Back››](/muscle/arm/front/)'),
      'muscle/arm/loose.md': page('title: Loose'),
    });
    expect(errors).toEqual([]);
    const parent = (url: string) => atlas?.pages.get(url)?.parent;
    expect(parent('/muscle/arm/listed/')).toBe('/muscle/arm/front/');
    expect(parent('/muscle/arm/backlinked/')).toBe('/muscle/arm/front/');
    expect(parent('/muscle/arm/loose/')).toBe('/muscle/arm/');
    expect(parent('/muscle/arm/')).toBe('/muscle/');
  });

  it('orders children by order, then by name, with siblings either side', () => {
    const { atlas } = atlasFrom({ ...LEG, 'muscle/leg/popliteus.md': page('title: Popliteus\nparent: /muscle/leg/back/'), 'muscle/leg/aaa.md': page('title: Achilles slip\nparent: /muscle/leg/back/') });
    const back = atlas?.pages.get('/muscle/leg/back/');
    const soleus = atlas?.pages.get('/muscle/leg/soleus/');
    if (!atlas || !back || !soleus) throw new Error('not built');
    expect(childrenOf(atlas, back).map((child) => child.name)).toEqual(['Gastrocnemius', 'Soleus', 'Plantaris', 'Achilles slip', 'Popliteus']);
    const { previous, next } = siblingsOf(atlas, soleus);
    expect([previous?.name, next?.name]).toEqual(['Gastrocnemius', 'Plantaris']);
  });
});

describe('buildAtlas: errors', () => {
  it('finds a page that is its own parent', () => {
    const { errors } = atlasFrom({ ...LEG, 'muscle/leg/soleus.md': page('title: Soleus\nparent: /muscle/leg/soleus/') });
    expect(messages(errors)).toEqual(['muscle/leg/soleus.md:3: the page is its own parent']);
  });

  it('finds a longer loop and names it', () => {
    const { errors } = atlasFrom({
      ...LEG,
      'muscle/leg/a.md': page('title: A\nparent: /muscle/leg/b/'),
      'muscle/leg/b.md': page('title: B\nparent: /muscle/leg/c/'),
      'muscle/leg/c.md': page('title: C\nparent: /muscle/leg/a/'),
    });
    expect(errors).toHaveLength(3);
    expect(messages(errors)[0]).toBe('muscle/leg/a.md:3: loop in the tree: /muscle/leg/a/ → /muscle/leg/b/ → /muscle/leg/c/ → /muscle/leg/a/');
  });

  it('finds two files claiming one URL', () => {
    const { errors } = atlasFrom({ ...LEG, 'muscle/leg/soleus-old.md': page('title: Old soleus\npermalink: /muscle/leg/soleus/') });
    expect(messages(errors)).toEqual(['muscle/leg/soleus-old.md:3: claims /muscle/leg/soleus/, which muscle/leg/soleus.md claims too']);
  });

  it('finds a parent, a link, a synergist and a Back link to pages that do not exist', () => {
    const { errors } = atlasFrom({
      ...LEG,
      'muscle/leg/a.md': page('title: A\nparent: /muscle/leg/nothing/'),
      'muscle/leg/b.md': page('title: B\nsynergists:\n  - /muscle/leg/ghost/', 'See [the ghost](/muscle/leg/ghost).'),
      'muscle/leg/c.md': page('title: C', '[Back››](/muscle/leg/phantom/)'),
    });
    expect(messages(errors)).toEqual([
      'muscle/leg/a.md:3: parent /muscle/leg/nothing/ is not a page of the atlas',
      'muscle/leg/c.md:4: the Back link goes to /muscle/leg/phantom/, which is not a page of the atlas',
      'muscle/leg/b.md:6: links to /muscle/leg/ghost/, which is not a page of the atlas',
      'muscle/leg/b.md:4: synergists lists /muscle/leg/ghost/, which is not a page of the atlas',
    ]);
  });

  it('finds an im_id that names no image and a local image that is missing', () => {
    const { errors } = atlasFrom(
      {
        ...LEG,
        'muscle/leg/soleus.md': page(
          'title: Soleus\nparent: /muscle/leg/back/\nimages:\n  - image_id: Hero\n    image_name: hero.gif\ngallery:\n  - image_url: one.png\n  - image_url: two.png',
          '{% include page-image im_id="Missing" %}',
        ),
      },
      ['images/hero.gif', 'images/one.png'],
    );
    expect(messages(errors)).toEqual([
      'muscle/leg/soleus.md:9: image /images/two.png does not exist (looked for /site/public/images/two.png)',
      'muscle/leg/soleus.md:11: im_id "Missing" names no image of this page (it has Hero)',
    ]);
  });

  it('plays a video of the same name in place of a local animated hero', () => {
    const soleus = page('title: Soleus\nparent: /muscle/leg/back/\nimages:\n  - image_id: Hero\n    image_name: gif/soleus.gif\ngallery:\n  - image_url: png/soleus-1.png');
    const withVideo = atlasFrom({ ...LEG, 'muscle/leg/soleus.md': soleus }, ['images/gif/soleus.gif', 'images/gif/soleus.webm', 'images/png/soleus-1.png']);
    expect(withVideo.atlas?.pages.get('/muscle/leg/soleus/')?.hero).toMatchObject({
      src: '/images/gif/soleus.gif',
      still: '/images/png/soleus-1.png',
      videos: [{ src: '/images/gif/soleus.webm', type: 'video/webm' }],
    });
    const without = atlasFrom({ ...LEG, 'muscle/leg/soleus.md': soleus }, ['images/gif/soleus.gif', 'images/png/soleus-1.png']);
    expect(without.atlas?.pages.get('/muscle/leg/soleus/')?.hero?.videos).toEqual([]);
  });

  it('refuses image URLs that could run code', () => {
    const { errors } = atlasFrom({ ...LEG, 'muscle/leg/soleus.md': page('title: Soleus\nparent: /muscle/leg/back/\ngallery:\n  - image_url: "javascript:alert(1)"') });
    expect(messages(errors)).toEqual(['muscle/leg/soleus.md:5: image "javascript:alert(1)" is not an http(s) URL or a site path']);
  });

  it('needs a root page', () => {
    const { errors } = atlasFrom({ 'muscle/leg/index.md': page('title: Leg') });
    expect(messages(errors)).toContain('(content folder): no page has the URL /muscle/: the atlas needs a root page');
  });
});

describe('buildAtlas: one page at several URLs', () => {
  it('shows an alias with the canonical URL of its page', () => {
    const { atlas, errors } = atlasFrom({ ...LEG, 'muscle/leg/soleus.md': page('title: Soleus\nparent: /muscle/leg/back/\naliases:\n  - /muscle/leg/solius') });
    expect(errors).toEqual([]);
    expect(atlas?.routes.get('/muscle/leg/solius/')).toBe('/muscle/leg/soleus/');
    expect(atlas?.pages.get('/muscle/leg/soleus/')?.aliases).toEqual(['/muscle/leg/solius/']);
  });

  it('shows a same_as page with its own breadcrumbs and the source as canonical', () => {
    const { atlas, errors } = atlasFrom({
      ...LEG,
      'muscle/leg/soleus.md': page('title: Soleus muscle\nname: Soleus\nparent: /muscle/leg/back/\norigin: Tibia and fibula', 'The soleus lies deep.'),
      'muscle/calf/index.md': page('title: Calf\nparent: /muscle/lowerlimb/'),
      'muscle/calf/soleus.md': page('same_as: /muscle/leg/soleus/\nparent: /muscle/calf/', ''),
    });
    expect(errors).toEqual([]);
    const mirror = atlas?.pages.get('/muscle/calf/soleus/');
    if (!atlas || !mirror) throw new Error('not built');
    expect(mirror).toMatchObject({ title: 'Soleus muscle', canonical: '/muscle/leg/soleus/', description: 'The soleus lies deep.', sameAs: '/muscle/leg/soleus/' });
    expect(mirror.facts.origin).toEqual(['Tibia and fibula']);
    expect(breadcrumbsOf(atlas, mirror).map((crumb) => crumb.name)).toEqual(['Muscles', 'Lower limb', 'Calf', 'Soleus']);
  });

  it('refuses an alias that is another page’s URL', () => {
    const { errors } = atlasFrom({ ...LEG, 'muscle/leg/soleus.md': page('title: Soleus\nparent: /muscle/leg/back/\naliases:\n  - /muscle/leg/plantaris/') });
    expect(messages(errors)).toEqual(['muscle/leg/soleus.md:5: alias /muscle/leg/plantaris/ is already the URL of muscle/leg/plantaris.md']);
  });
});

describe('nameFromTitle', () => {
  it.each([
    ['The soleus muscle of the leg', 'Soleus'],
    ['The muscles of the leg', 'Leg'],
    ['The superficial posterior compartment of the leg', 'Superficial posterior compartment'],
    ['Gastrocnemius', 'Gastrocnemius'],
  ])('%s → %s', (title, name) => {
    expect(nameFromTitle(title)).toBe(name);
  });
});
