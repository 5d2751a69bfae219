import { render, screen, within } from '@testing-library/react';
import { hasKeyFacts, KeyFacts } from '@/components/key-facts';
import { atlasFrom, page, ROOT } from '../content/helpers';

const { atlas } = atlasFrom({
  'muscle/index.md': ROOT,
  'muscle/leg/index.md': page('title: Leg'),
  'muscle/leg/soleus.md': page(
    [
      'title: Soleus muscle',
      'name: Soleus',
      'latin: Musculus soleus',
      'origin:',
      '  - Head of the fibula',
      '  - Soleal line of the tibia',
      'insertion: Calcaneus, through the calcaneal tendon',
      'innervation: Tibial nerve (S1, S2)',
      'artery: Posterior tibial artery',
      'action: Plantarflexes the foot',
      'antagonists:',
      '  - /muscle/leg/tibialisanterior/',
      "ta2: '2660'",
      'fma: 22542',
    ].join('\n'),
  ),
  'muscle/leg/tibialisanterior.md': page('title: Tibialis anterior muscle\nname: Tibialis anterior'),
});

describe('KeyFacts', () => {
  const soleus = atlas?.pages.get('/muscle/leg/soleus/');
  if (!atlas || !soleus) throw new Error('fixture atlas did not build');

  it('labels each fact', () => {
    render(<KeyFacts atlas={atlas} page={soleus} />);
    const card = screen.getByRole('region', { name: 'Key facts' });
    const valueOf = (label: string) => within(card).getByText(label).nextElementSibling;
    expect(valueOf('Latin name')).toHaveTextContent('Musculus soleus');
    expect(valueOf('Insertion')).toHaveTextContent('Calcaneus, through the calcaneal tendon');
    expect(valueOf('Innervation')).toHaveTextContent('Tibial nerve (S1, S2)');
    expect(valueOf('Blood supply')).toHaveTextContent('Posterior tibial artery');
    expect(valueOf('Action')).toHaveTextContent('Plantarflexes the foot');
    expect(within(card).getByText('TA2', { exact: false }).closest('div')).toHaveTextContent('2660');
    expect(within(card).getByText('FMA', { exact: false }).closest('div')).toHaveTextContent('22542');
  });

  it('lists several origins as a list', () => {
    render(<KeyFacts atlas={atlas} page={soleus} />);
    const origin = within(screen.getByRole('region', { name: 'Key facts' })).getByText('Origin').nextElementSibling as HTMLElement;
    expect(within(origin).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Head of the fibula', 'Soleal line of the tibia']);
  });

  it('links antagonists by name', () => {
    render(<KeyFacts atlas={atlas} page={soleus} />);
    expect(screen.getByRole('link', { name: 'Tibialis anterior' })).toHaveAttribute('href', '/muscle/leg/tibialisanterior/');
  });

  it('is not shown for a page without facts', () => {
    const leg = atlas.pages.get('/muscle/leg/');
    expect(leg && hasKeyFacts(leg)).toBe(false);
    expect(hasKeyFacts(soleus)).toBe(true);
  });
});
