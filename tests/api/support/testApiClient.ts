/**
 * An ApiClient over the in-process mock for tests: bundled datasets unless told
 * otherwise, no delay, fresh in-memory storage, optional faults.
 */
import { createApiClient, type ApiClient } from '@/api/client';
import { createMockFetch, type MockFetchOptions } from '@/api/mock/createMockFetch';
import { loadBundledDatasets } from '@/api/mock/bundledDatasets';

const testBaseUrl = 'http://api.test';

export function createTestApiClient(options: Partial<MockFetchOptions> & { timeoutMs?: number } = {}): ApiClient {
  const { timeoutMs, ...mockOptions } = options;
  return createApiClient({
    baseUrl: testBaseUrl,
    timeoutMs,
    fetchImpl: createMockFetch({ loadDatasets: loadBundledDatasets, delayMs: 0, ...mockOptions }),
  });
}
