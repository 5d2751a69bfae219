import { render, screen, within } from '@testing-library/react';
import { PageSources } from '@/components/page-sources';

describe('PageSources', () => {
  const sources = [
    { title: 'Soleus muscle (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Soleus_muscle' },
    { title: 'Soleus (DocCheck Flexikon)', url: 'https://flexikon.doccheck.com/de/Corpus:Soleus_muscle' },
  ];

  it('links every reference under a Sources heading', () => {
    render(<PageSources sources={sources} checked="2026-11-27" />);
    const section = screen.getByRole('region', { name: 'Sources' });
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual(sources.map((s) => [s.title, s.url]));
  });

  it('says when the facts were checked, as a machine-readable date', () => {
    render(<PageSources sources={sources} checked="2026-11-27" />);
    const date = screen.getByText('27 November 2026');
    expect(date.tagName).toBe('TIME');
    expect(date).toHaveAttribute('datetime', '2026-11-27');
  });
});
