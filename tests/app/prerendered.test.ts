import type { RouteObject } from 'react-router';
import { PRERENDERED_QUERIES_ID, resolveLazyRoutes, takePrerenderedQueries } from '@/app/prerendered';

const state = { mutations: [], queries: [{ queryKey: ['periods'], queryHash: '["periods"]', state: { data: { periods: [] } } }] };

function preparePage(mark: 'fresh' | 'stale' | null, json: string): void {
  if (mark === null) document.documentElement.removeAttribute('data-prerendered');
  else document.documentElement.setAttribute('data-prerendered', mark);
  document.body.innerHTML = `<div id="root"><h1>Tổng quan</h1></div><script type="application/json" id="${PRERENDERED_QUERIES_ID}"></script>`;
  const source = document.getElementById(PRERENDERED_QUERIES_ID);
  if (source) source.textContent = json;
}

describe('takePrerenderedQueries', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-prerendered');
    document.body.innerHTML = '';
  });

  it('hands over the query cache of markup that src/app/prerendered-check.js found fresh', () => {
    preparePage('fresh', JSON.stringify(state));
    expect(takePrerenderedQueries(document)).toEqual(state);
  });

  it('gives nothing for stale markup, or a page the build did not draw', () => {
    preparePage('stale', JSON.stringify(state));
    expect(takePrerenderedQueries(document)).toBeNull();
    preparePage(null, JSON.stringify(state));
    expect(takePrerenderedQueries(document)).toBeNull();
  });

  it('gives nothing for a cache that is not JSON or not a dehydrated state, so the page is drawn afresh', () => {
    preparePage('fresh', '{"queries": [');
    expect(takePrerenderedQueries(document)).toBeNull();
    preparePage('fresh', '{"mutations": []}');
    expect(takePrerenderedQueries(document)).toBeNull();
  });

  it('removes the mark and the data block either way, so the page is left as the app draws it', () => {
    preparePage('stale', JSON.stringify(state));
    takePrerenderedQueries(document);
    expect(document.documentElement.hasAttribute('data-prerendered')).toBe(false);
    expect(document.getElementById(PRERENDERED_QUERIES_ID)).toBeNull();
  });
});

describe('resolveLazyRoutes', () => {
  function Overview() {
    return null;
  }
  function Tasks() {
    return null;
  }

  it('loads the code of the routes the path matches, and only those', async () => {
    const loadTasks = vi.fn(async () => ({ Component: Tasks }));
    const routes: RouteObject[] = [
      { path: '/', children: [{ index: true, lazy: async () => ({ Component: Overview }) }, { path: 'tasks', lazy: loadTasks }] },
    ];
    await resolveLazyRoutes(routes, '/');
    const [index, tasks] = routes[0]?.children ?? [];
    expect(index?.Component).toBe(Overview);
    expect(index?.lazy).toBeUndefined();
    expect(loadTasks).not.toHaveBeenCalled();
    expect(tasks?.lazy).toBe(loadTasks);
  });
});
