import { render, screen } from '@testing-library/react';
import { PageHero } from '@/components/page-hero';

const base = { alt: 'Soleus on the right lower limb', videos: [], animated: false };

describe('PageHero', () => {
  it('shows a still picture with its caption', () => {
    render(<PageHero hero={{ ...base, src: '/images/soleus.png', title: 'Soleus, posterior view' }} />);
    expect(screen.getByRole('img', { name: 'Soleus on the right lower limb' })).toHaveAttribute('src', '/images/soleus.png');
    expect(screen.getByText('Soleus, posterior view')).toBeInTheDocument();
  });

  it('shows an animated hero’s still first and names the animation that follows it', () => {
    window.matchMedia = jest.fn(() => ({ matches: false, addEventListener: jest.fn(), removeEventListener: jest.fn() })) as unknown as typeof window.matchMedia;
    render(<PageHero hero={{ ...base, src: '/images/soleus.gif', still: '/images/soleus-1.png', animated: true, width: 560, height: 700 }} />);
    const hero = screen.getByRole('img', { name: 'Soleus on the right lower limb' });
    expect(hero).toHaveAttribute('src', '/images/soleus-1.png');
    expect(hero).toHaveAttribute('data-animated-src', '/images/soleus.gif');
    expect(hero).toHaveAttribute('fetchpriority', 'high');
  });

  it('plays a muted looping video when one exists, with the still picture for reduced motion', () => {
    const { container } = render(
      <PageHero
        hero={{ ...base, src: '/images/soleus.gif', still: '/images/soleus-1.png', animated: true, videos: [{ src: '/images/soleus.webm', type: 'video/webm' }] }}
      />,
    );
    const video = container.querySelector('video');
    expect(video).toHaveAttribute('loop');
    expect(video?.muted).toBe(true);
    expect(video?.querySelector('source')).toHaveAttribute('src', '/images/soleus.webm');
    expect(screen.getByRole('img', { name: 'Soleus on the right lower limb' })).toHaveAttribute('src', '/images/soleus-1.png');
  });

  it('keeps its box in proportion when the size is known, so nothing shifts', () => {
    const { container } = render(<PageHero hero={{ ...base, src: '/images/soleus.webp', width: 640, height: 800 }} />);
    expect(container.querySelector('figure > div')).toHaveStyle({ aspectRatio: '640 / 800' });
  });
});
