import { createApiClient, type ApiClient } from './client';
import { parseApiBaseUrl } from './config';

/**
 * The client the app runs with; throws a config ApiError for a malformed VITE_API_URL.
 * The branch is decided on the build-time value of VITE_API_URL, so a build pointed
 * at a real server drops the mock and the bundled datasets from its module graph.
 */
export async function createAppApiClient(): Promise<ApiClient> {
  if (import.meta.env.VITE_API_URL) {
    return createApiClient({ baseUrl: parseApiBaseUrl(import.meta.env.VITE_API_URL) });
  } else {
    const { createBundledMockFetch, mockBaseUrl } = await import('./mock/mockFetch');
    return createApiClient({ baseUrl: mockBaseUrl, fetchImpl: createBundledMockFetch() });
  }
}
