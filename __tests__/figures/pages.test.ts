/** @jest-environment node */
import { model } from '@/figures/model';
import { figurePages } from '@/figures/model/pages';

// The lower-limb part of the atlas tree (docs: atlas-tree.md): region -> every group, muscle and part slug.
const TREE: Record<string, string[]> = {
  leg: [
    'superficialposterior', 'gastrocnemius', 'lateralgastrocnemius', 'medialgastrocnemius', 'soleus', 'plantaris',
    'deepposterior', 'popliteus', 'flexordigitorumlongus', 'flexorhallucislongus', 'tibialisposterior',
    'lateral', 'fibularislongus', 'fibularisbrevis',
    'anterior', 'tibialisanterior', 'extensordigitorumlongus', 'extensorhallucislongus', 'fibularistertius',
  ],
  thigh: [
    'posterior', 'bicepsfemoris', 'longbicepsfemoris', 'shortbicepsfemoris', 'semimembranosus', 'semitendinosus',
    'medial', 'adductormagnus', 'adductorminimus', 'adductorlongus', 'adductorbrevis', 'gracilis',
    'anterior', 'iliopsoas', 'iliacus', 'psoasmajor', 'quadricepsfemoris', 'vastuslateralis', 'vastusintermedius',
    'vastusmedialis', 'rectusfemoris', 'sartorius', 'pectineus',
  ],
  hip: [
    'superficial', 'gluteusmaximus', 'gluteusmedius', 'gluteusminimus', 'tensorfasciaelatae',
    'deep', 'piriformis', 'obturatorinternus', 'obturatorexternus', 'gemelli', 'gemellussuperior', 'gemellusinferior', 'quadratusfemoris',
    'pelvis', 'levatorani', 'puborectalis', 'pubococcygeus', 'iliococcygeus', 'coccygeus',
  ],
};

describe('figure pages', () => {
  const pages = figurePages();
  const urls = pages.map((p) => p.url);

  it('covers every lower-limb page of the atlas tree, once', () => {
    const expected = ['/muscle/lowerlimb/', '/muscle/leg/', '/muscle/thigh/', '/muscle/hip/'];
    for (const [region, slugs] of Object.entries(TREE)) for (const s of slugs) expected.push(`/muscle/${region}/${s}/`);
    expect([...urls].sort()).toEqual([...expected].sort());
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('highlights only muscles of the model, at least one per page', () => {
    const ids = new Set(model.muscles.map((m) => m.id));
    for (const p of pages) {
      expect(p.muscles.length).toBeGreaterThan(0);
      for (const m of p.muscles) expect(ids.has(m)).toBe(true);
    }
  });

  it('gives a composite muscle all its heads and a group all its muscles', () => {
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    expect(byUrl.get('/muscle/leg/gastrocnemius/')?.muscles).toEqual(['lateralgastrocnemius', 'medialgastrocnemius']);
    expect(byUrl.get('/muscle/thigh/quadricepsfemoris/')?.muscles).toHaveLength(4);
    expect(byUrl.get('/muscle/leg/superficialposterior/')?.muscles).toEqual(['lateralgastrocnemius', 'medialgastrocnemius', 'soleus', 'plantaris']);
    expect(byUrl.get('/muscle/lowerlimb/')?.muscles).toHaveLength(model.muscles.length);
  });

  it('frames each page by its region', () => {
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    expect(byUrl.get('/muscle/lowerlimb/')?.framing).toBe('limb');
    expect(byUrl.get('/muscle/leg/')?.framing).toBe('leg');
    expect(byUrl.get('/muscle/hip/piriformis/')?.framing).toBe('hip');
    expect(byUrl.get('/muscle/thigh/psoasmajor/')?.framing).toBe('lumbar');
  });
});
