import type { BundledDatasets } from './datasets';
import { errorResponse, handleApiRequest } from './handleApiRequest';
import { createMemoryStorage, createTaskStatusStore, type KeyValueStorage } from './taskStatusStore';

/**
 * What a test makes an endpoint do instead of answering: a canned Response
 * (500, invalid JSON, a wrong type…), hang until the request is aborted, or
 * fail like a dropped connection. `undefined` lets the request through.
 */
export type MockFault = Response | 'timeout' | 'network-error' | undefined;

export interface MockFetchOptions {
  loadDatasets: () => Promise<BundledDatasets>;
  /**
   * Milliseconds before each answer, or a function drawing one; default none.
   * Tests set one to see loading states; the app answers at once, as an API
   * inside the page does.
   */
  delayMs?: number | (() => number);
  /** Where task-status changes persist; default an in-memory storage. */
  storage?: KeyValueStorage;
  faults?: (request: Request) => MockFault;
  /** Start loading the datasets now rather than on the first request, e.g. while the app draws its shell. */
  preload?: boolean;
  now?: () => Date;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Resolves after `ms`, or rejects like fetch does when the signal aborts first; `Infinity` waits for the abort. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const timer = Number.isFinite(ms) ? setTimeout(finish, ms) : undefined;
    function finish() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      if (signal) reject(abortReason(signal));
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** An in-process `fetch` that answers the API contract from the bundled datasets. */
export function createMockFetch(options: MockFetchOptions): typeof fetch {
  const store = createTaskStatusStore(options.storage ?? createMemoryStorage());
  const { delayMs = 0 } = options;
  const drawDelay = typeof delayMs === 'number' ? () => delayMs : delayMs;
  let datasets: Promise<BundledDatasets> | null = null;

  function loadDatasetsOnce(): Promise<BundledDatasets> {
    if (datasets === null) {
      datasets = options.loadDatasets();
      datasets.catch(() => {
        datasets = null;
      });
    }
    return datasets;
  }
  if (options.preload) void loadDatasetsOnce();

  return async (input, init) => {
    // The signal is kept apart from the Request: under jsdom, AbortSignal is jsdom's
    // class, which Node's Request constructor refuses.
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined) ?? undefined;
    const request = new Request(input instanceof URL ? input.href : input, { ...init, signal: undefined });
    const fault = options.faults?.(request);
    await wait(fault === 'timeout' ? Number.POSITIVE_INFINITY : drawDelay(), signal);
    if (fault === 'network-error') throw new TypeError('Failed to fetch');
    if (fault instanceof Response) return fault;
    let loaded: BundledDatasets;
    try {
      loaded = await loadDatasetsOnce();
    } catch (error) {
      return errorResponse(500, 'internal', `Không nạp được bộ dữ liệu: ${error instanceof Error ? error.message : String(error)}`);
    }
    return handleApiRequest(request, { datasets: loaded, store, now: options.now });
  };
}
