import { render, screen, within } from '@testing-library/react';
import { BodyMap } from '@/components/body-map';
import { atlasFrom, page, ROOT } from '../content/helpers';

const muscle = (title: string, parent: string) => page(`title: ${title}\nkind: muscle\nparent: ${parent}`);

function atlasWith(files: Record<string, string>) {
  const { atlas } = atlasFrom({ 'muscle/index.md': ROOT, ...files });
  if (!atlas) throw new Error('fixture atlas did not build');
  return atlas;
}

describe('BodyMap', () => {
  const atlas = atlasWith({
    'muscle/leg/index.md': page('title: Leg\nkind: region\nparent: /muscle/'),
    'muscle/leg/soleus.md': muscle('Soleus', '/muscle/leg/'),
    'muscle/leg/plantaris.md': muscle('Plantaris', '/muscle/leg/'),
    'muscle/back/index.md': page('title: Back\nkind: region\nparent: /muscle/'),
    'muscle/back/trapezius.md': muscle('Trapezius', '/muscle/back/'),
  });

  it('makes each region the atlas has a link to its page, named with its muscle count, in both views', () => {
    render(<BodyMap atlas={atlas} />);
    const front = screen.getByRole('group', { name: 'The body from the front' });
    const back = screen.getByRole('group', { name: 'The body from the back' });
    expect(within(front).getByRole('link', { name: 'Leg, 2 muscles' })).toHaveAttribute('href', '/muscle/leg/');
    expect(within(back).getByRole('link', { name: 'Leg, 2 muscles' })).toHaveAttribute('href', '/muscle/leg/');
    expect(within(back).getByRole('link', { name: 'Back, 1 muscle' })).toHaveAttribute('href', '/muscle/back/');
    // The back is not seen from the front; regions the atlas lacks are drawn but are not links.
    expect(within(front).getAllByRole('link')).toHaveLength(1);
  });

  it('is left out when the atlas has none of its regions', () => {
    const { container } = render(<BodyMap atlas={atlasWith({ 'muscle/calf/index.md': page('title: Calf\nkind: region\nparent: /muscle/') })} />);
    expect(container).toBeEmptyDOMElement();
  });
});
