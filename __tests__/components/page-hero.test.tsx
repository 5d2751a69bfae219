import { render, screen } from '@testing-library/react';
import { PageHero } from '@/components/page-hero';

const base = { alt: 'Soleus on the right lower limb', videos: [], animated: false };

describe('PageHero', () => {
  it('shows a still picture with its caption', () => {
    render(<PageHero hero={{ ...base, src: '/images/soleus.png', title: 'Soleus, posterior view' }} />);
    expect(screen.getByRole('img', { name: 'Soleus on the right lower limb' })).toHaveAttribute('src', '/images/soleus.png');
    expect(screen.getByText('Soleus, posterior view')).toBeInTheDocument();
  });

  it('swaps an animated hero for its still picture when the reader asks for reduced motion', () => {
    const { container } = render(<PageHero hero={{ ...base, src: '/images/soleus.gif', still: '/images/soleus-1.png', animated: true }} />);
    expect(screen.getByRole('img', { name: 'Soleus on the right lower limb' })).toHaveAttribute('src', '/images/soleus.gif');
    const source = container.querySelector('picture source');
    expect(source).toHaveAttribute('media', '(prefers-reduced-motion: reduce)');
    expect(source).toHaveAttribute('srcset', '/images/soleus-1.png');
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
