import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Gallery } from '@/components/gallery';
import type { Picture } from '@/lib/content/types';

const pictures: Picture[] = Array.from({ length: 5 }, (_, index) => ({
  src: `/images/soleus-${index + 1}.png`,
  thumb: `/images/soleus-${index + 1}-thumb.png`,
  alt: `Soleus, view ${index + 1}`,
  caption: `View ${index + 1}`,
}));

beforeAll(() => {
  // jsdom has no Fullscreen API; the lightbox's fullscreen plugin asks for it.
  Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
});

beforeEach(() => {
  window.history.replaceState(null, '', '/muscle/leg/soleus/');
});

const lightbox = () => screen.findByRole('dialog', { name: 'Pictures of Soleus' });

describe('Gallery', () => {
  it('shows thumbnails as links to the full pictures', () => {
    render(<Gallery pictures={pictures} title="Soleus" />);
    const links = within(screen.getByRole('region', { name: 'Pictures' })).getAllByRole('link');
    expect(links).toHaveLength(5);
    expect(links[2]).toHaveAttribute('href', '/images/soleus-3.png');
    expect(within(links[2] as HTMLElement).getByRole('img', { name: 'Soleus, view 3' })).toHaveAttribute('src', '/images/soleus-3-thumb.png');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('names a thumbnail once when its caption repeats its alt text, as old pages do', () => {
    render(<Gallery pictures={[{ src: '/images/a.png', alt: 'The soleus muscle 1', caption: 'The soleus muscle 1' }]} title="Soleus" />);
    const link = screen.getByRole('link', { name: 'The soleus muscle 1' });
    expect(within(link).getByRole('presentation')).toHaveAttribute('alt', '');
  });

  it('opens the lightbox at the clicked picture and puts it in the address', async () => {
    const user = userEvent.setup();
    render(<Gallery pictures={pictures} title="Soleus" />);
    await user.click(screen.getByRole('link', { name: /Soleus, view 3/ }));
    const dialog = await lightbox();
    expect(within(dialog).getByText('Soleus: picture 3 of 5')).toBeInTheDocument();
    expect(window.location.hash).toBe('#image-3');
  });

  it('moves with the arrow keys, replacing the hash, and closes with Escape', async () => {
    const user = userEvent.setup();
    render(<Gallery pictures={pictures} title="Soleus" />);
    await user.click(screen.getByRole('link', { name: /Soleus, view 2/ }));
    await lightbox();
    const entries = window.history.length;
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(window.location.hash).toBe('#image-3'));
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(window.location.hash).toBe('#image-4'));
    expect(window.history.length).toBe(entries);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('opens at the picture an #image-N address names', async () => {
    window.history.replaceState(null, '', '/muscle/leg/soleus/#image-4');
    render(<Gallery pictures={pictures} title="Soleus" />);
    const dialog = await lightbox();
    expect(within(dialog).getByText('Soleus: picture 4 of 5')).toBeInTheDocument();
  });

  it('closes when the address loses its hash (the Back button)', async () => {
    window.history.replaceState(null, '', '/muscle/leg/soleus/#image-2');
    render(<Gallery pictures={pictures} title="Soleus" />);
    await lightbox();
    act(() => {
      window.history.replaceState(null, '', '/muscle/leg/soleus/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('ignores an #image-N that names no picture', () => {
    window.history.replaceState(null, '', '/muscle/leg/soleus/#image-9');
    render(<Gallery pictures={pictures} title="Soleus" />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
