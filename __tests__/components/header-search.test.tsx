import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HeaderSearch } from '@/components/header-search';
import { SearchBox } from '@/components/search-box';

jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn() }) }));
const importEngine = jest.fn(async () => ({ search: () => [] }));
jest.mock('@/lib/search/client', () => ({
  importEngine: () => importEngine(),
  searchPageUrl: (query: string) => `/search/?q=${encodeURIComponent(query.trim())}`,
}));

/** A form's markup with React's generated ids made alike. */
function markup(container: HTMLElement): string {
  const ids = new Map<string, string>();
  return container.innerHTML.replace(/«[^»]*»|_r_[0-9a-z]+_|:r[0-9a-z]+:/g, (id) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return ids.get(id) ?? id;
  });
}

const box = () => screen.getByRole('combobox', { name: 'Search the atlas' });

beforeEach(() => importEngine.mockClear());

describe('HeaderSearch', () => {
  it('has the markup of the search box with nothing typed, so the swap changes nothing in view', () => {
    const shell = render(<HeaderSearch />);
    const live = render(<SearchBox />);
    expect(markup(shell.container)).toBe(markup(live.container));
  });

  it('is a form to the results page that needs no script, and loads nothing before it is used', () => {
    render(<HeaderSearch />);
    expect(screen.getByRole('search', { name: 'Search the atlas' })).toHaveAttribute('action', '/search/');
    expect(box()).toHaveAttribute('name', 'q');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(importEngine).not.toHaveBeenCalled();
  });

  it('comes alive on first focus, keeping what was typed, the focus and the caret', async () => {
    const user = userEvent.setup();
    render(<HeaderSearch />);
    await user.click(box());
    await user.keyboard('sol');
    // The live box has taken over: it loads the engine and shows its status for what was typed.
    await waitFor(() => expect(importEngine).toHaveBeenCalled());
    expect(box()).toHaveValue('sol');
    expect(box()).toHaveFocus();
    await user.keyboard('e');
    expect(box()).toHaveValue('sole');
  });

  it('focuses on "/" typed outside a field', async () => {
    const user = userEvent.setup();
    render(<HeaderSearch />);
    await user.keyboard('/');
    await waitFor(() => expect(box()).toHaveFocus());
    expect(box()).toHaveValue('');
  });
});
