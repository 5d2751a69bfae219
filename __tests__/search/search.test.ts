import path from 'node:path';
import { loadAtlas } from '@/lib/content/atlas';
import { buildSearchIndex } from '@/lib/search/build-index';
import { searchDocuments } from '@/lib/search/documents';
import { createEngine } from '@/lib/search/engine';

// The real atlas: the search must find what students type in it.
const ROOT = path.join(__dirname, '..', '..');
const atlas = loadAtlas({ contentDir: path.join(ROOT, 'content'), publicDir: path.join(ROOT, 'public'), imageBase: '/images/' });
const engine = createEngine(buildSearchIndex(atlas));
const top = (query: string, count = 1) => engine.search(query, count).map((hit) => hit.url);

describe('the search index', () => {
  it('holds every page once at its canonical URL, and every nerve and movement', () => {
    const documents = searchDocuments(atlas);
    const ids = documents.map((document) => document.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('/muscle/back/trapezius/');
    expect(ids).not.toContain('/muscle/shoulder/trapezius/');
    expect(ids).not.toContain('/muscle/');
    expect(ids).toContain('/nerves/tibial-nerve/');
    expect(ids).toContain('/actions/ankle-plantarflexion/');
  });
});

describe('the search', () => {
  it.each([
    ['soleus', '/muscle/leg/soleus/'],
    ['solius', '/muscle/leg/soleus/'],
    ['gastroc', '/muscle/leg/gastrocnemius/'],
    ['peroneus longus', '/muscle/leg/fibularislongus/'],
    ['musculus soleus', '/muscle/leg/soleus/'],
    ['tibial nerve', '/nerves/tibial-nerve/'],
    ['ankle plantarflexion', '/actions/ankle-plantarflexion/'],
    ['suprspinatus', '/muscle/shoulder/supraspinatus/'],
    ['lats', '/muscle/back/latissimusdorsi/'],
  ])('"%s" finds %s first', (query, url) => {
    expect(top(query)).toEqual([url]);
  });

  it('finds the muscles a nerve supplies', () => {
    const found = engine.search('tibial nerve').map((hit) => hit.url);
    for (const url of ['/muscle/leg/soleus/', '/muscle/leg/gastrocnemius/', '/muscle/leg/tibialisposterior/', '/muscle/thigh/semitendinosus/']) {
      expect(found.slice(0, 15)).toContain(url);
    }
  });

  it('says why a result matched when its title does not', () => {
    expect(engine.search('peroneus longus', 1)[0]?.reason).toBe('also called peroneus longus');
    expect(engine.search('musculus soleus', 1)[0]?.reason).toBe('Musculus soleus');
  });

  it('returns nothing for an empty query, and falls back to any word when no page has them all', () => {
    expect(engine.search('   ')).toEqual([]);
    expect(top('soleus xyzzy')).toEqual(['/muscle/leg/soleus/']);
  });
});
