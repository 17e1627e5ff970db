import { createApiClient, type ApiClient } from './client';
import { parseApiBaseUrl } from './config';
import { mockBaseUrl } from './mock/mockBaseUrl';

/**
 * The embedded mock's fetch, whose code and datasets load in the background
 * from now on, while the app draws its shell, instead of before it. A failed
 * load (a chunk the network dropped) is not kept: the next request tries again.
 */
function backgroundMockFetch(): typeof fetch {
  const load = () => import('./mock/mockFetch').then(({ createBundledMockFetch }) => createBundledMockFetch());
  let loading = load();
  return async (input, init) => {
    const mockFetch = await loading.catch((error: unknown) => {
      loading = load();
      throw error;
    });
    return mockFetch(input, init);
  };
}

/**
 * The client the app runs with; throws a config ApiError for a malformed VITE_API_URL.
 * The branch is decided on the build-time value of VITE_API_URL, so a build pointed
 * at a real server drops the mock and the bundled datasets from its module graph.
 */
export async function createAppApiClient(): Promise<ApiClient> {
  if (import.meta.env.VITE_API_URL) {
    return createApiClient({ baseUrl: parseApiBaseUrl(import.meta.env.VITE_API_URL) });
  } else {
    return createApiClient({ baseUrl: mockBaseUrl, fetchImpl: backgroundMockFetch() });
  }
}
