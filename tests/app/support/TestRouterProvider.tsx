import { flushSync } from 'react-dom';
import { RouterProvider, type createMemoryRouter } from 'react-router';

/**
 * RouterProvider as the app renders it. src/app/App.tsx takes it from
 * react-router/dom, which hands ReactDOM's flushSync to the router (for the
 * `flushSync` option of URL updates); under Node that entry loads a second copy
 * of the router, so tests hand flushSync over themselves.
 */
export function TestRouterProvider({ router }: { router: ReturnType<typeof createMemoryRouter> }) {
  return (
    <RouterProvider
      router={router}
      flushSync={(update) => {
        flushSync(update);
      }}
    />
  );
}
