import { render, screen, within } from '@testing-library/react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { breadcrumbsOf } from '@/lib/content/navigation';
import { atlasFrom, page, ROOT } from '../content/helpers';

const { atlas } = atlasFrom({
  'muscle/index.md': ROOT,
  'muscle/lowerlimb.md': page('title: Lower limb\nparent: /muscle/'),
  'muscle/leg/index.md': page('title: Leg\nparent: /muscle/lowerlimb/'),
  'muscle/leg/superficialposterior.md': page('title: Superficial posterior compartment of the leg\nname: Superficial posterior compartment\nparent: /muscle/leg/'),
  'muscle/leg/soleus.md': page('title: Soleus muscle\nname: Soleus\nparent: /muscle/leg/superficialposterior/'),
});

describe('Breadcrumbs', () => {
  const soleus = atlas?.pages.get('/muscle/leg/soleus/');
  if (!atlas || !soleus) throw new Error('fixture atlas did not build');
  const trail = breadcrumbsOf(atlas, soleus);

  it('links every step from the root to the page, marking the page itself', () => {
    const { container } = render(<Breadcrumbs trail={trail} />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Muscles', 'Lower limb', 'Leg', 'Superficial posterior compartment', 'Soleus']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/muscle/',
      '/muscle/lowerlimb/',
      '/muscle/leg/',
      '/muscle/leg/superficialposterior/',
      '/muscle/leg/soleus/',
    ]);
    expect(within(nav).getByRole('link', { name: 'Soleus' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Leg' })).not.toHaveAttribute('aria-current');
    expect(container.querySelectorAll('script')).toHaveLength(1);
  });

  it('describes the same trail as BreadcrumbList JSON-LD', () => {
    const { container } = render(<Breadcrumbs trail={trail} />);
    const json = JSON.parse(container.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(json['@type']).toBe('BreadcrumbList');
    expect(json.itemListElement).toHaveLength(5);
    expect(json.itemListElement[4]).toEqual({ '@type': 'ListItem', position: 5, name: 'Soleus', item: 'http://localhost:3000/muscle/leg/soleus/' });
  });

  it('cannot be broken out of by a name holding a closing script tag', () => {
    const hostile = { ...soleus, name: '</script><script>alert(1)</script>' };
    const { container } = render(<Breadcrumbs trail={[...trail.slice(0, -1), hostile]} />);
    expect(container.querySelectorAll('script')).toHaveLength(1);
    expect(container.querySelector('script')?.textContent).not.toContain('</script>');
  });
});
