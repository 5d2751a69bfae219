/** @jest-environment node */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { figuresForPage, readFigureManifest, type FigureManifest } from '@/figures/manifest';
import { fileStem, pageEntry, pageFiles } from '@/figures/render/page-figures';
import { FIGURE_SETTINGS } from '@/figures/render/settings';

const soleus = {
  url: '/muscle/leg/soleus/',
  name: 'Soleus',
  shortName: 'Soleus',
  kind: 'muscle' as const,
  framing: 'leg' as const,
  sides: 'right' as const,
  muscles: ['soleus'],
  key: 'ab12'.repeat(16),
};

describe('figure manifest', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'figures-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (data: unknown): void => writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(data));

  it('reads a manifest the generator writes', () => {
    const manifest: FigureManifest = { version: 1, pages: { [soleus.url]: pageEntry(soleus) } };
    write(manifest);
    const read = readFigureManifest(dir);
    expect(read).toEqual(manifest);
    const page = figuresForPage(read, '/muscle/leg/soleus');
    expect(page?.gallery).toHaveLength(16);
    expect(page?.gallery[0]?.caption).toBe('Anterior view');
    expect(page?.gallery[4]?.caption).toBe('Lateral view');
    expect(page?.gallery[8]?.alt).toBe('Soleus, posterior view of the right lower limb');
    expect(page?.hero).toMatchObject({ width: FIGURE_SETTINGS.hero.width, height: FIGURE_SETTINGS.hero.height, alt: 'Soleus highlighted on a model of the right lower limb, turning' });
    expect(page?.og).toMatchObject({ width: 1200, height: 630 });
    expect(page?.hero.still).toMatch(/^\/generated\/figures\/leg-soleus-ab12ab12ab12-still\.webp$/);
  });

  it('says under the hero what its colours mean, for one muscle or many', () => {
    expect(pageEntry(soleus).hero.caption).toBe('Highlighted in red: Soleus. On the bones, orange marks where it arises and blue where it inserts.');
    const group = { ...soleus, url: '/muscle/leg/superficialposterior/', name: 'Superficial posterior compartment of the leg', kind: 'group' as const };
    expect(pageEntry(group).hero.caption).toBe(
      'Highlighted in red: Superficial posterior compartment of the leg. On the bones, orange marks where its muscles arise and blue where they insert.',
    );
  });

  it('names files by page and content hash', () => {
    expect(fileStem('/muscle/lowerlimb/')).toBe('lowerlimb');
    expect(fileStem('/muscle/thigh/rectusfemoris/')).toBe('thigh-rectusfemoris');
    const files = pageFiles(soleus);
    expect(files.all).toHaveLength(16 * 2 + 3);
    expect(new Set(files.all).size).toBe(files.all.length);
  });

  it('refuses a manifest that breaks the contract, saying where', () => {
    const entry = pageEntry(soleus);
    write({ version: 1, pages: { [soleus.url]: { ...entry, gallery: entry.gallery.slice(0, 3) } } });
    expect(() => readFigureManifest(dir)).toThrow(/gallery/);
    write({ version: 1, pages: { [soleus.url]: { ...entry, og: { ...entry.og, src: 'https://elsewhere.example/og.jpg' } } } });
    expect(() => readFigureManifest(dir)).toThrow(/og\.src/);
    write({ version: 2, pages: {} });
    expect(() => readFigureManifest(dir)).toThrow(/version/);
    writeFileSync(path.join(dir, 'manifest.json'), '{');
    expect(() => readFigureManifest(dir)).toThrow(/not JSON/);
  });

  it('fails without a manifest unless figures are optional', () => {
    expect(() => readFigureManifest(dir)).toThrow(/npm run figures/);
    expect(readFigureManifest(dir, { optional: true })).toEqual({ version: 1, pages: {} });
  });
});
