import { formatContentError } from '@/lib/content/errors';
import { facetBySlug, facetsOf, relatedByFacts } from '@/lib/content/facets';
import { muscleCount } from '@/lib/content/navigation';
import { actionUrl, nerveUrl, slugify } from '@/lib/content/urls';
import { atlasFrom, page, ROOT } from './helpers';

const muscle = (lines: string) => page(`kind: muscle\n${lines}`);

const ATLAS = {
  'muscle/index.md': ROOT,
  'muscle/leg/index.md': page('title: Leg\nkind: region\nparent: /muscle/'),
  'muscle/back/index.md': page('title: Back\nkind: region\nparent: /muscle/'),
  'muscle/shoulder/index.md': page('title: Shoulder\nkind: region\nparent: /muscle/'),
  'muscle/leg/gastrocnemius.md': muscle('title: Gastrocnemius\nparent: /muscle/leg/\norder: 1\nnerves: [Tibial nerve]\nmovements: [Ankle plantarflexion, Knee flexion]'),
  'muscle/leg/lateralhead.md': page('title: Lateral head of gastrocnemius\nname: Lateral head\nkind: part\nparent: /muscle/leg/gastrocnemius/\nnerves: [Tibial nerve]'),
  'muscle/leg/soleus.md': muscle('title: Soleus\nparent: /muscle/leg/\norder: 2\nnerves: [Tibial nerve]\nmovements: [Ankle plantarflexion]'),
  'muscle/leg/fibularislongus.md': muscle('title: Fibularis longus\nparent: /muscle/leg/\norder: 3\nnerves: [Superficial fibular nerve]\nmovements: [Ankle plantarflexion]'),
  'muscle/back/trapezius.md': muscle('title: Trapezius\nparent: /muscle/back/\nnerves: [Accessory nerve]\nmovements: [Scapula elevation]'),
  'muscle/shoulder/trapezius.md': '---\nsame_as: /muscle/back/trapezius/\nkind: muscle\nparent: /muscle/shoulder/\n---\n',
  'muscle/shoulder/levator.md': muscle('title: Levator scapulae\nparent: /muscle/shoulder/\nnerves: [Dorsal scapular nerve]\nmovements: [Scapula elevation]'),
};

function built() {
  const { atlas, errors } = atlasFrom(ATLAS);
  if (!atlas) throw new Error(errors.map(formatContentError).join('\n'));
  return atlas;
}

describe('slugs and URLs of nerves and movements', () => {
  it('are computed from the name', () => {
    expect(slugify('Tibial nerve')).toBe('tibial-nerve');
    expect(slugify('Mandible side-to-side movement')).toBe('mandible-side-to-side-movement');
    expect(slugify('First cervical nerve (via hypoglossal nerve)')).toBe('first-cervical-nerve-via-hypoglossal-nerve');
    expect(nerveUrl('Tibial nerve')).toBe('/nerves/tibial-nerve/');
    expect(actionUrl('Ankle plantarflexion')).toBe('/actions/ankle-plantarflexion/');
  });
});

describe('facetsOf', () => {
  it('lists each nerve with its muscles in tree order, and parts under their muscle', () => {
    const tibial = facetBySlug(built(), 'nerves', 'tibial-nerve');
    expect(tibial?.entries.map((entry) => [entry.page.name, entry.parts.map((part) => part.name)])).toEqual([
      ['Gastrocnemius', ['Lateral head']],
      ['Soleus', []],
    ]);
    expect(tibial?.url).toBe('/nerves/tibial-nerve/');
  });

  it('lists a muscle shown under two regions once, at its canonical URL', () => {
    const elevation = facetsOf(built()).movements.find((facet) => facet.name === 'Scapula elevation');
    expect(elevation?.entries.map((entry) => entry.page.url)).toEqual(['/muscle/back/trapezius/', '/muscle/shoulder/levator/']);
  });

  it('sorts nerves and movements by name', () => {
    expect(facetsOf(built()).nerves.map((facet) => facet.name)).toEqual([
      'Accessory nerve',
      'Dorsal scapular nerve',
      'Superficial fibular nerve',
      'Tibial nerve',
    ]);
  });
});

describe('relatedByFacts', () => {
  it('gives the other muscles of each nerve and movement, not the page itself or its own muscle', () => {
    const atlas = built();
    const soleus = atlas.pages.get('/muscle/leg/soleus/');
    const head = atlas.pages.get('/muscle/leg/lateralhead/');
    if (!soleus || !head) throw new Error('missing');
    const related = relatedByFacts(atlas, soleus);
    expect(related.nerves.map(({ facet, others }) => [facet.name, others.map((other) => other.name)])).toEqual([['Tibial nerve', ['Gastrocnemius']]]);
    expect(related.movements.map(({ facet, others }) => [facet.name, others.map((other) => other.name)])).toEqual([
      ['Ankle plantarflexion', ['Gastrocnemius', 'Fibularis longus']],
    ]);
    expect(relatedByFacts(atlas, head).nerves[0]?.others.map((other) => other.name)).toEqual(['Soleus']);
  });

  it('gives a mirror page the related muscles of the page it shows', () => {
    const atlas = built();
    const mirror = atlas.pages.get('/muscle/shoulder/trapezius/');
    if (!mirror) throw new Error('missing');
    expect(relatedByFacts(atlas, mirror).movements[0]?.others.map((other) => other.url)).toEqual(['/muscle/shoulder/levator/']);
  });
});

describe('muscleCount', () => {
  it('counts a muscle shown under two regions once', () => {
    const atlas = built();
    const shoulder = atlas.pages.get('/muscle/shoulder/');
    if (!shoulder) throw new Error('missing');
    expect(muscleCount(atlas, shoulder)).toBe(2);
    expect(muscleCount(atlas, atlas.root)).toBe(5);
  });
});

describe('the loader', () => {
  it('refuses two spellings of one nerve, naming file and line', () => {
    const { errors } = atlasFrom({ ...ATLAS, 'muscle/leg/plantaris.md': muscle('title: Plantaris\nparent: /muscle/leg/\nnerves:\n  - tibial Nerve') });
    expect(errors.map(formatContentError)).toEqual([
      expect.stringMatching(/^muscle\/leg\/plantaris\.md:\d+: nerves spells "tibial Nerve", but muscle\/leg\/\w+\.md spells it "Tibial nerve": use one spelling$/),
    ]);
  });
});
