import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchBox } from '@/components/search-box';
import type { SearchHit } from '@/lib/search/options';

const push = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

const HITS: SearchHit[] = [
  { url: '/muscle/leg/soleus/', kind: 'muscle', title: 'Soleus muscle', context: 'Muscle · Leg' },
  { url: '/muscle/leg/plantaris/', kind: 'muscle', title: 'Plantaris muscle', context: 'Muscle · Leg' },
];
const importEngine = jest.fn(async () => ({ search: (query: string, limit = Infinity) => (query.trim() === '' ? [] : HITS.slice(0, limit)) }));
jest.mock('@/lib/search/client', () => ({
  importEngine: () => importEngine(),
  searchPageUrl: (query: string) => `/search/?q=${encodeURIComponent(query.trim())}`,
}));

beforeEach(() => {
  push.mockClear();
  importEngine.mockClear();
});

describe('SearchBox', () => {
  it('loads the search only when the box is focused', async () => {
    render(<SearchBox />);
    expect(importEngine).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('combobox', { name: 'Search the atlas' }));
    expect(importEngine).toHaveBeenCalledTimes(1);
  });

  it('focuses on "/" typed outside a field', async () => {
    render(<SearchBox />);
    await userEvent.keyboard('/');
    expect(screen.getByRole('combobox', { name: 'Search the atlas' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Search the atlas' })).toHaveValue('');
  });

  it('shows results while typing; the arrow keys choose one and Enter opens it', async () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search the atlas' });
    await userEvent.type(box, 'sol');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const chosen = screen.getByRole('option', { name: /Plantaris muscle/ });
    expect(chosen).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', chosen.id);
    await userEvent.keyboard('{Enter}');
    expect(push).toHaveBeenCalledWith('/muscle/leg/plantaris/');
  });

  it('opens the results page on Enter when no result is chosen, and Escape closes the list', async () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search the atlas' });
    await userEvent.type(box, 'tibial nerve');
    await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'));
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('tibial nerve');
    await userEvent.keyboard('{Enter}');
    expect(push).toHaveBeenCalledWith('/search/?q=tibial%20nerve');
  });
});
