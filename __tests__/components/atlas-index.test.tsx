import { render, screen, within } from '@testing-library/react';
import { AtlasIndex } from '@/components/atlas-index';
import { atlasFrom, page, ROOT } from '../content/helpers';

const { atlas, errors } = atlasFrom({
  'muscle/index.md': ROOT,
  'muscle/leg/index.md': page('title: Leg\nparent: /muscle/'),
  'muscle/leg/superficialposterior.md': page('title: Superficial posterior compartment of the leg\nname: Superficial posterior compartment\nparent: /muscle/leg/'),
  'muscle/leg/soleus.md': page('title: Soleus muscle\nname: Soleus\nkind: muscle\nparent: /muscle/leg/superficialposterior/'),
  'muscle/leg/gastrocnemius.md': page('title: Gastrocnemius muscle\nname: Gastrocnemius\nkind: muscle\nparent: /muscle/leg/superficialposterior/'),
  'muscle/leg/lateralgastrocnemius.md': page('title: Lateral head of gastrocnemius\nname: Lateral head\nkind: part\nparent: /muscle/leg/gastrocnemius/'),
  'muscle/leg/odd.md': page('title: A <b>bold</b> & "quoted" muscle\nname: A <script>alert(1)</script> muscle\nkind: muscle\nparent: /muscle/leg/superficialposterior/'),
});

describe('AtlasIndex', () => {
  if (!atlas) throw new Error(`fixture atlas did not build: ${JSON.stringify(errors)}`);

  it('lists every page under its parent, linked, with the muscles counted', () => {
    render(<AtlasIndex atlas={atlas} />);
    const index = screen.getByRole('region', { name: 'Every muscle, region by region' });
    const leg = within(index).getAllByRole('listitem')[0]!;
    expect(within(leg).getByRole('link', { name: 'Leg' })).toHaveAttribute('href', '/muscle/leg/');
    expect(within(leg).getAllByText('3 muscles')).toHaveLength(2); // the leg and its compartment
    expect(within(index).getByRole('link', { name: 'Soleus' })).toHaveAttribute('href', '/muscle/leg/soleus/');
    expect(within(index).getByText('1 part')).toBeInTheDocument();
  });

  it('opens regions and groups, and folds a muscle’s parts, with a named toggle on each', () => {
    const { container } = render(<AtlasIndex atlas={atlas} />);
    const toggles = screen.getAllByText('', { selector: 'summary' });
    expect(toggles.map((toggle) => toggle.getAttribute('aria-label'))).toEqual([
      'Contents of Leg',
      'Contents of Superficial posterior compartment',
      'Parts of Gastrocnemius',
    ]);
    const open = [...container.querySelectorAll('details')].map((details) => details.open);
    expect(open).toEqual([true, true, false]);
  });

  it('shows a name with markup in it as text, never as markup or script', () => {
    const { container } = render(<AtlasIndex atlas={atlas} />);
    expect(screen.getByRole('link', { name: 'A <script>alert(1)</script> muscle' })).toHaveAttribute('href', '/muscle/leg/odd/');
    expect(container.querySelector('script')).toBeNull();
  });
});
