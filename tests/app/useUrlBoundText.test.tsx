import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useNavigate, useSearchParams, type NavigateFunction } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useUrlBoundText, type TypedNavigation } from '@/app/useUrlBoundText';

/**
 * A search box whose keystrokes are handed to the test instead of the router,
 * so the test decides when (and whether) each keystroke's navigation renders,
 * as a busy router does.
 */
function renderBox(url = '/') {
  const typed: Array<{ value: string; navigation: TypedNavigation }> = [];
  let navigate: NavigateFunction = () => undefined;
  function Box() {
    const [searchParams] = useSearchParams();
    navigate = useNavigate();
    const [text, change] = useUrlBoundText(searchParams.get('q') ?? '', (value, navigation) => typed.push({ value, navigation }));
    return <input aria-label="Tìm kiếm" value={text} onChange={(event) => change(event.target.value)} />;
  }
  render(
    <MemoryRouter initialEntries={[url]}>
      <Box />
    </MemoryRouter>,
  );
  const box = screen.getByRole<HTMLInputElement>('textbox', { name: 'Tìm kiếm' });
  /** Renders the navigation of the nth keystroke (1-based), as the router would. */
  const arrive = (keystroke: number) => {
    const entry = typed[keystroke - 1];
    if (!entry) throw new Error(`no keystroke ${keystroke}`);
    act(() => void navigate(`/?q=${encodeURIComponent(entry.value)}`, entry.navigation));
  };
  const goTo = (to: string) => act(() => void navigate(to));
  return { box, typed, arrive, goTo, back: () => act(() => void navigate(-1)) };
}

describe('useUrlBoundText', () => {
  it('keeps what is typed while the keystrokes’ navigations render late, one by one', async () => {
    const user = userEvent.setup();
    const { box, arrive } = renderBox();
    await user.type(box, 'ke');
    arrive(1);
    expect(box).toHaveValue('ke');
    arrive(2);
    expect(box).toHaveValue('ke');
  });

  it('takes a change made elsewhere after a value typed twice, when the router skipped the keystrokes between', async () => {
    const user = userEvent.setup();
    const { box, arrive, goTo } = renderBox();
    await user.type(box, 'a{Backspace}a');
    // Only the last keystroke's navigation renders: the URL holds "a" again.
    arrive(3);
    expect(box).toHaveValue('a');
    goTo('/?q=');
    expect(box).toHaveValue('');
  });

  it('adds a history entry on a search’s first keystroke and replaces it with the next ones', async () => {
    const user = userEvent.setup();
    const { box, typed, arrive, goTo } = renderBox('/?level=department');
    await user.type(box, 'tu');
    // The second keystroke comes before the first one's navigation has rendered.
    expect(typed.map((entry) => entry.navigation.replace)).toEqual([false, true]);
    arrive(1);
    arrive(2);
    await user.type(box, ' p');
    expect(typed.map((entry) => entry.navigation.replace)).toEqual([false, true, true, true]);
    // A choice made elsewhere ends the search: the next keystroke starts an entry of its own.
    goTo('/?q=tu+p&level=district');
    await user.type(box, 'h');
    expect(typed.at(-1)?.navigation.replace).toBe(false);
  });

  it('takes the URL back from history, even where a keystroke of the box made the entry', async () => {
    const user = userEvent.setup();
    const { box, arrive, goTo, back } = renderBox();
    await user.type(box, 'xa');
    arrive(2);
    goTo('/?q=phuong');
    expect(box).toHaveValue('phuong');
    back();
    expect(box).toHaveValue('xa');
  });
});
