/**
 * The whole app (real routes, providers, the embedded mock over the committed
 * datasets) with faults injected into chosen endpoints, a client timeout of
 * the test's choosing, and a guard that fails the test on any console error.
 */
import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';
import { createApiClient, type ApiClient } from '@/api/client';
import { createMockFetch, type MockFault } from '@/api/mock/createMockFetch';
import type { BundledDatasets } from '@/api/mock/datasets';
import { mockBaseUrl } from '@/api/mock/mockBaseUrl';
import { createMemoryStorage, type KeyValueStorage } from '@/api/mock/taskStatusStore';
import { AppProviders, createAppQueryClient } from '@/app/AppProviders';
import { createRoutes } from '@/app/routes';
import { loadRepoDatasets } from '../../app/support/repoDatasets';
import { TestRouterProvider } from '../../app/support/TestRouterProvider';

// Lazily imported page chunks plus a retried request (1 s back-off) take longer than the default second.
configure({ asyncUtilTimeout: 8000 });

export interface FaultyAppOptions {
  url: string;
  faults?: (request: Request) => MockFault;
  /** The client's timeout; short, so a hanging endpoint fails within the test. */
  timeoutMs?: number;
  storage?: KeyValueStorage;
  loadDatasets?: () => Promise<BundledDatasets>;
}

function createFaultyClient(options: Omit<FaultyAppOptions, 'url'> = {}): ApiClient {
  return createApiClient({
    baseUrl: mockBaseUrl,
    timeoutMs: options.timeoutMs,
    fetchImpl: createMockFetch({
      loadDatasets: options.loadDatasets ?? loadRepoDatasets,
      delayMs: 0,
      faults: options.faults,
      storage: options.storage ?? createMemoryStorage(),
    }),
  });
}

/** Renders the app at `url`; `container` scopes queries when two apps ("two tabs") share the document. */
export function renderFaultyApp(options: FaultyAppOptions) {
  const client = createFaultyClient(options);
  const queryClient = createAppQueryClient();
  const router = createMemoryRouter(createRoutes({ client, queryClient }), { initialEntries: [options.url] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders client={client} queryClient={queryClient} initialLang="vi">
      <TestRouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, user, queryClient };
}

/**
 * A fault on the requests whose path (with query) matches `endpoint`, until
 * healed; counts the requests it spoiled.
 */
export function faultOn(endpoint: RegExp, fault: () => MockFault) {
  let active = true;
  let hits = 0;
  return {
    faults: (request: Request): MockFault => {
      const url = new URL(request.url);
      if (!active || !endpoint.test(`${url.pathname}${url.search}`)) return undefined;
      hits += 1;
      return fault();
    },
    heal: () => {
      active = false;
    },
    hits: () => hits,
  };
}

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/**
 * React's reminder that a state update landed outside act(): a query settling
 * between a test's last assertion and its cleanup. It concerns the test
 * harness, not the app, which has no act() in the browser.
 */
const outsideActWarning = /was not wrapped in act\(/;

/**
 * Fails the test on any console.error: React, the router and TanStack Query
 * report uncaught render errors and unhandled failures there.
 */
export function failOnConsoleErrors(): void {
  let spy: MockInstance<typeof console.error> | null = null;
  beforeEach(() => {
    spy = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    const messages = (spy?.mock.calls ?? []).map((args: unknown[]) => args.map(String).join(' '));
    spy?.mockRestore();
    expect(messages.filter((message) => !outsideActWarning.test(message))).toEqual([]);
  });
}
