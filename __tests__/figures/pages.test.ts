/** @jest-environment node */
import path from 'node:path';
import { model } from '@/figures/model';
import { headMuscles } from '@/figures/model/muscles/head';
import { neckMuscles } from '@/figures/model/muscles/neck';
import type { AnatomicalModel } from '@/figures/model/types';
import { figurePages } from '@/figures/pages';
import { FRAMING_NAMES } from '@/figures/render/framing';
import { loadAtlas } from '@/lib/content/atlas';
import { formatContentError } from '@/lib/content/errors';
import { atlasFrom, page, ROOT } from '../content/helpers';

const CONTENT = path.join(__dirname, '..', '..', 'content');
const atlas = loadAtlas({ contentDir: CONTENT, publicDir: path.join(__dirname, '..', '..', 'public'), imageBase: '/images/' });

describe('the pages with figures, read from the content', () => {
  const { pages, errors } = figurePages(atlas, model);
  const byUrl = new Map(pages.map((p) => [p.url, p]));

  it('are exactly the pages of the regions the model draws, mirrors aside, with no problem', () => {
    expect(errors.map(formatContentError)).toEqual([]);
    const expected = [...atlas.pages.values()]
      .filter((p) => model.regions.includes(p.url.split('/')[2] ?? '') && p.sameAs === undefined)
      .map((p) => p.url);
    expect(pages.map((p) => p.url).sort()).toEqual(expected.sort());
    expect(pages.length).toBeGreaterThan(60);
  });

  it('highlight only structures of the model, at least one per page', () => {
    const ids = new Set(model.muscles.map((m) => m.id));
    for (const p of pages) {
      expect(p.muscles.length).toBeGreaterThan(0);
      expect(p.muscles.filter((m) => !ids.has(m))).toEqual([]);
    }
  });

  it('give a muscle with parts all its parts, a group all its muscles, a super-region everything', () => {
    expect(byUrl.get('/muscle/leg/gastrocnemius/')?.muscles).toEqual(['lateralgastrocnemius', 'medialgastrocnemius']);
    expect(byUrl.get('/muscle/thigh/quadricepsfemoris/')?.muscles).toHaveLength(4);
    expect(byUrl.get('/muscle/leg/superficialposterior/')?.muscles).toEqual(['lateralgastrocnemius', 'medialgastrocnemius', 'soleus', 'plantaris']);
    const below = (prefixes: readonly string[]) => new Set(pages.filter((p) => prefixes.some((r) => p.url.startsWith(`/muscle/${r}/`))).flatMap((p) => p.muscles));
    expect(new Set(byUrl.get('/muscle/lowerlimb/')?.muscles)).toEqual(below(['leg', 'thigh', 'hip']));
    expect(new Set(byUrl.get('/muscle/upperlimb/')?.muscles)).toEqual(below(['shoulder', 'arm', 'forearm']));
    expect(new Set(byUrl.get('/muscle/torso/')?.muscles)).toEqual(below(['head', 'neck', 'back', 'abdomen']));
    expect(byUrl.get('/muscle/torso/')?.muscles).toEqual(expect.arrayContaining([...headMuscles, ...neckMuscles].map((m) => m.id)));
    expect(byUrl.get('/muscle/arm/bicepsbrachii/')?.muscles).toEqual(['longbicepsbrachii', 'shortbicepsbrachii']);
    expect(byUrl.get('/muscle/shoulder/serratusanterior/')?.muscles).toEqual(['serratusanteriorupper', 'serratusanteriormiddle', 'serratusanteriorlower']);
  });

  it('draw every page of the trunk and the upper limb the content has, mirrors aside, and no other', () => {
    for (const region of ['upperlimb', 'shoulder', 'arm', 'forearm', 'back', 'abdomen']) {
      const content = [...atlas.pages.values()].filter((p) => p.url.split('/')[2] === region && p.sameAs === undefined).map((p) => p.url);
      expect(content.length).toBeGreaterThan(0);
      expect(pages.filter((p) => p.url.split('/')[2] === region).map((p) => p.url).sort()).toEqual(content.sort());
    }
  });

  it('show a muscle listed under two regions as one model structure, drawn on its own page', () => {
    // The shoulder's trapezius and latissimus dorsi pages mirror the back's (same_as): not drawn twice.
    expect(byUrl.has('/muscle/shoulder/trapezius/')).toBe(false);
    expect(byUrl.get('/muscle/back/trapezius/')?.muscles).toEqual(['trapezius', 'trapeziusshoulder']);
    expect(byUrl.get('/muscle/back/latissimusdorsi/')?.muscles).toEqual(['latissimusdorsi', 'latissimusdorsiupper']);
    // The shoulder's group of posterior extrinsic muscles shows the back's structures.
    expect(byUrl.get('/muscle/shoulder/posteriorextrinsic/')?.muscles).toEqual(expect.arrayContaining(['trapezius', 'latissimusdorsi', 'levatorscapulae']));
  });

  it('name each page by its title and frame it by its region', () => {
    expect(byUrl.get('/muscle/leg/soleus/')).toMatchObject({ name: atlas.pages.get('/muscle/leg/soleus/')?.title, framing: 'leg', sides: 'right' });
    expect(byUrl.get('/muscle/lowerlimb/')?.framing).toBe('lowerlimb');
    expect(byUrl.get('/muscle/hip/piriformis/')?.framing).toBe('hip');
    expect(byUrl.get('/muscle/arm/brachialis/')).toMatchObject({ framing: 'arm', sides: 'right' });
    expect(byUrl.get('/muscle/back/trapezius/')).toMatchObject({ framing: 'back', sides: 'both' });
    expect(byUrl.get('/muscle/abdomen/rectusabdominis/')).toMatchObject({ framing: 'abdomen', sides: 'both' });
  });

  it('draw the muscles behind the mandible in a frame without it: the tongue, its parts, the pterygoids', () => {
    expect(byUrl.get('/muscle/head/masseter/')).toMatchObject({ framing: 'head', sides: 'both' });
    expect(byUrl.get('/muscle/head/tongue/')?.framing).toBe('innerjaw');
    expect(byUrl.get('/muscle/head/genioglossus/')?.framing).toBe('innerjaw');
    expect(byUrl.get('/muscle/head/medialpterygoid/')?.framing).toBe('innerjaw');
    expect(byUrl.get('/muscle/neck/sternohyoid/')?.framing).toBe('neck');
  });

  it('draw the pelvic floor across the pelvis, both sides, while the rest of the hip shows the right limb', () => {
    expect(byUrl.get('/muscle/hip/pelvis/')).toMatchObject({ framing: 'pelvis', sides: 'both' });
    expect(byUrl.get('/muscle/hip/levatorani/')).toMatchObject({ framing: 'pelvis', sides: 'both' });
    expect(byUrl.get('/muscle/hip/puborectalis/')).toMatchObject({ framing: 'pelvis', sides: 'both' });
    expect(byUrl.get('/muscle/hip/coccygeus/')).toMatchObject({ framing: 'pelvis', sides: 'both' });
    expect(byUrl.get('/muscle/hip/obturatorinternus/')).toMatchObject({ framing: 'hip', sides: 'right' });
  });

  it('every region of the atlas has a framing', () => {
    const regions = [...atlas.pages.values()].filter((p) => p.kind === 'region' || p.kind === 'superregion').map((p) => p.url.split('/')[2]);
    expect(regions.filter((slug) => !FRAMING_NAMES.some((name) => name === slug))).toEqual([]);
  });
});

/** A small atlas: the leg with one group and its muscles, and the arm, which the model does not draw. */
function smallAtlas(soleus: string, extra: Record<string, string> = {}) {
  const built = atlasFrom({
    'muscle/index.md': ROOT,
    'muscle/leg/index.md': page('title: Muscles of the leg\nkind: region\nparent: /muscle/'),
    'muscle/leg/superficialposterior.md': page('title: Superficial posterior compartment\nkind: group\nparent: /muscle/leg/'),
    'muscle/leg/soleus.md': soleus,
    'muscle/arm/index.md': page('title: Muscles of the arm\nkind: region\nparent: /muscle/'),
    ...extra,
  });
  if (!built.atlas) throw new Error(built.errors.map(formatContentError).join('\n'));
  return built.atlas;
}

const legModel: AnatomicalModel = { ...model, regions: ['leg'] };

describe('the link from content to model', () => {
  it('takes captions from the page: renaming a page in its Markdown renames it in its pictures', () => {
    const renamed = smallAtlas(page('title: Soleus, the sandal muscle\nkind: muscle\nmodel: [soleus]\nparent: /muscle/leg/superficialposterior/'));
    const { pages } = figurePages(renamed, legModel);
    expect(pages.find((p) => p.url === '/muscle/leg/soleus/')?.name).toBe('Soleus, the sandal muscle');
    expect(pages.map((p) => p.url)).toEqual(['/muscle/leg/', '/muscle/leg/superficialposterior/', '/muscle/leg/soleus/']);
  });

  it('refuses a muscle page of a drawn region with no link to the model, naming file and line', () => {
    const { pages, errors } = figurePages(smallAtlas(page('title: Soleus\nkind: muscle\nparent: /muscle/leg/superficialposterior/')), legModel);
    expect(errors.map(formatContentError)).toEqual([
      expect.stringMatching(/^muscle\/leg\/soleus\.md:1: has no `model` key: a muscle page of \/muscle\/leg\//),
    ]);
    expect(pages.map((p) => p.url)).not.toContain('/muscle/leg/soleus/');
  });

  it('refuses a model structure that does not exist, naming the line of the key', () => {
    const { errors } = figurePages(smallAtlas(page('title: Soleus\nkind: muscle\nparent: /muscle/leg/superficialposterior/\nmodel: [soleus, solues]')), legModel);
    expect(errors.map(formatContentError)).toEqual(['muscle/leg/soleus.md:5: model structure "solues" is not in the anatomical model']);
  });

  it('refuses a link from a page the model does not draw, and from a page with members', () => {
    const { errors } = figurePages(
      smallAtlas(page('title: Soleus\nkind: muscle\nmodel: [soleus]\nparent: /muscle/leg/superficialposterior/'), {
        'muscle/arm/biceps.md': page('title: Biceps\nkind: muscle\nparent: /muscle/arm/\nmodel: [soleus]'),
        'muscle/leg/anterior.md': page('title: Anterior compartment\nkind: group\nparent: /muscle/leg/\nmodel: [tibialisanterior]'),
        'muscle/leg/tibialisanterior.md': page('title: Tibialis anterior\nkind: muscle\nparent: /muscle/leg/anterior/\nmodel: [tibialisanterior]'),
      }),
      legModel,
    );
    expect(errors.map(formatContentError).sort()).toEqual([
      'muscle/arm/biceps.md:5: names model structures, but the anatomical model does not draw /muscle/arm/ yet',
      'muscle/leg/anterior.md:5: names model structures, but a page with parts or members shows theirs: remove its `model` key',
    ]);
  });

  it('leaves an old-format page with pictures of its own alone', () => {
    const old = page(
      'title: The soleus muscle of the leg\nparent: /muscle/leg/superficialposterior/\nimages:\n  - image_id: 1\n    image_name: soleus.gif',
      '{% include page-image im_id="1" %}',
    );
    const built = atlasFrom(
      {
        'muscle/index.md': ROOT,
        'muscle/leg/index.md': page('title: Muscles of the leg\nkind: region\nparent: /muscle/'),
        'muscle/leg/superficialposterior.md': page('title: Superficial posterior compartment\nkind: group\nparent: /muscle/leg/'),
        'muscle/leg/soleus.md': old,
      },
      ['/images/soleus.gif'],
    );
    if (!built.atlas) throw new Error(built.errors.map(formatContentError).join('\n'));
    const { pages, errors } = figurePages(built.atlas, legModel);
    expect(errors.filter((e) => e.file === 'muscle/leg/soleus.md')).toEqual([]);
    expect(pages.map((p) => p.url)).not.toContain('/muscle/leg/soleus/');
  });
});
