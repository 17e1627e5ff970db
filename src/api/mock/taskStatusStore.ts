import { z } from 'zod/mini';
import type { PeriodId } from '@/domain/dataset/schema';
import { taskStatusChangeSchema, type TaskStatusChange } from '../contract';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One key for every period; the version suffix lets a future format ignore this one instead of misreading it. */
export const taskStatusStorageKey = 'cchc-dashboard:task-status-changes:v1';

const storedChangesSchema = z.array(taskStatusChangeSchema);

export interface TaskStatusStore {
  list(periodId: PeriodId): TaskStatusChange[];
  put(change: TaskStatusChange): void;
  remove(periodId: PeriodId, taskId: string): void;
}

/** Reads storage on every call, so two mock instances (a reload, another tab) see the same changes. */
export function createTaskStatusStore(storage: KeyValueStorage): TaskStatusStore {
  function readAll(): TaskStatusChange[] {
    const raw = storage.getItem(taskStatusStorageKey);
    if (raw === null) return [];
    try {
      const parsed = storedChangesSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  function writeAll(changes: TaskStatusChange[]) {
    if (changes.length === 0) storage.removeItem(taskStatusStorageKey);
    else storage.setItem(taskStatusStorageKey, JSON.stringify(changes));
  }

  const isOther = (periodId: PeriodId, taskId: string) => (change: TaskStatusChange) =>
    change.periodId !== periodId || change.taskId !== taskId;

  return {
    list: (periodId) => readAll().filter((change) => change.periodId === periodId),
    put: (change) => writeAll([...readAll().filter(isOther(change.periodId, change.taskId)), change]),
    remove: (periodId, taskId) => writeAll(readAll().filter(isOther(periodId, taskId))),
  };
}

/** Map-backed storage for Node and for browsers where localStorage is unavailable. */
export function createMemoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}
