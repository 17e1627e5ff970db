import { loadBundledDatasets } from './bundledDatasets';
import { createMockFetch } from './createMockFetch';
import { createMemoryStorage, taskStatusStorageKey, type KeyValueStorage } from './taskStatusStore';

/** localStorage when the browser lets us use it (private modes and Node may not), memory otherwise. */
function persistentStorage(): KeyValueStorage {
  try {
    const storage = globalThis.localStorage;
    storage.getItem(taskStatusStorageKey);
    return storage;
  } catch {
    return createMemoryStorage();
  }
}

/** The mock the app runs without VITE_API_URL: bundled datasets, task-status changes in localStorage. */
export function createBundledMockFetch(): typeof fetch {
  return createMockFetch({ loadDatasets: loadBundledDatasets, storage: persistentStorage(), preload: true });
}
