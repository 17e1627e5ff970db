import { renderToString } from 'react-dom/server';
import { render, screen } from '@testing-library/react';
import { useHydrated } from '@/hooks/useHydrated';

function Probe() {
  return <p>{useHydrated() ? 'in the browser' : 'drawn at build time'}</p>;
}

describe('useHydrated', () => {
  it('is false while a page is drawn on a server', () => {
    expect(renderToString(<Probe />)).toBe('<p>drawn at build time</p>');
  });

  it('is true in a page drawn in the browser', () => {
    render(<Probe />);
    expect(screen.getByText('in the browser')).toBeInTheDocument();
  });

  it('is false while hydrating server markup, then true', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Probe />);
    document.body.append(container);
    const hydrationErrors: unknown[] = [];
    render(<Probe />, { container, hydrate: true, onRecoverableError: (error) => hydrationErrors.push(error) });
    expect(await screen.findByText('in the browser')).toBeInTheDocument();
    // Had the hook said true at once, the hydrating render would not match the markup.
    expect(hydrationErrors).toEqual([]);
    container.remove();
  });
});
