import { useCallback } from 'react';
import { useMutation, useMutationState, useQueryClient, type Mutation, type QueryClient } from '@tanstack/react-query';
import type { PeriodId, TaskStatus } from '@/domain/dataset/schema';
import { useApiClient } from './ApiProvider';
import type { PeriodTasksResponse, TaskStatusBody, TaskStatusChange } from './contract';
import { queryKeys } from './queries';

export interface SetTaskStatusVariables extends TaskStatusBody {
  taskId: string;
}

interface TasksSnapshot {
  previous: PeriodTasksResponse | undefined;
}

/** Stops in-flight refetches (they would overwrite the optimistic value) and applies `update` to the cached list. */
async function applyOptimistic(
  queryClient: QueryClient,
  periodId: PeriodId,
  update: (statusChanges: TaskStatusChange[], tasks: PeriodTasksResponse['tasks']) => TaskStatusChange[],
): Promise<TasksSnapshot> {
  const queryKey = queryKeys.periodTasks(periodId);
  await queryClient.cancelQueries({ queryKey });
  const previous = queryClient.getQueryData<PeriodTasksResponse>(queryKey);
  if (previous !== undefined) {
    queryClient.setQueryData<PeriodTasksResponse>(queryKey, {
      ...previous,
      statusChanges: update(previous.statusChanges, previous.tasks),
    });
  }
  return { previous };
}

function rollback(queryClient: QueryClient, periodId: PeriodId, snapshot: TasksSnapshot | undefined) {
  if (snapshot?.previous !== undefined) queryClient.setQueryData(queryKeys.periodTasks(periodId), snapshot.previous);
}

/**
 * The key every status change of a period's tasks is made under, so that a
 * failure can still be found after the dialog that started it has closed.
 */
export function taskStatusMutationKey(periodId: PeriodId) {
  return ['periods', periodId, 'taskStatus'] as const;
}

/** Sets a task's status over the report's; the list shows it at once and rolls back if the server refuses. */
export function useSetTaskStatus(periodId: PeriodId) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TaskStatusChange, Error, SetTaskStatusVariables, TasksSnapshot>({
    mutationKey: [...taskStatusMutationKey(periodId), 'set'],
    // Kept until someone has seen how it ended (useMarkTaskStatusFailuresSeen), however long that takes.
    gcTime: Number.POSITIVE_INFINITY,
    mutationFn: ({ taskId, status, note }) => client.setTaskStatus(periodId, taskId, { status, note }),
    onMutate: ({ taskId, status, note }) =>
      applyOptimistic(queryClient, periodId, (statusChanges, tasks) => {
        const task = tasks.find((candidate) => candidate.id === taskId);
        const others = statusChanges.filter((change) => change.taskId !== taskId);
        if (task === undefined) return others;
        const optimistic: TaskStatusChange = {
          periodId,
          taskId,
          status,
          note,
          changedAt: new Date().toISOString(),
          reportStatus: task.current.status,
        };
        return [...others, optimistic];
      }),
    onError: (_error, _variables, snapshot) => rollback(queryClient, periodId, snapshot),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.periodTasks(periodId) }),
  });
}

/** Drops the staff's status so the task shows the report's status again. */
export function useRevertTaskStatus(periodId: PeriodId) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<void, Error, string, TasksSnapshot>({
    mutationKey: [...taskStatusMutationKey(periodId), 'revert'],
    gcTime: Number.POSITIVE_INFINITY,
    mutationFn: (taskId) => client.revertTaskStatus(periodId, taskId),
    onMutate: (taskId) =>
      applyOptimistic(queryClient, periodId, (statusChanges) =>
        statusChanges.filter((change) => change.taskId !== taskId),
      ),
    onError: (_error, _variables, snapshot) => rollback(queryClient, periodId, snapshot),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.periodTasks(periodId) }),
  });
}

interface TaskStatusFailure {
  mutationId: number;
  taskId: string;
  /** The status that was not saved; null when restoring the report's status failed. */
  status: TaskStatus | null;
  error: Error;
}

function failureOf(mutation: Mutation<unknown, Error, unknown, unknown>): TaskStatusFailure | null {
  const { error, variables } = mutation.state;
  if (error === null) return null;
  // The last part of the key says which of the two hooks above made the change, and so its variables.
  if (mutation.options.mutationKey?.at(-1) === 'revert') {
    return { mutationId: mutation.mutationId, taskId: variables as string, status: null, error };
  }
  const { taskId, status } = variables as SetTaskStatusVariables;
  return { mutationId: mutation.mutationId, taskId, status, error };
}

/**
 * Drops the period's settled status changes that no longer need telling: the
 * failures of `taskId` (or every failure), and every success. Returns a stable
 * callback, and subscribes to nothing.
 */
export function useMarkTaskStatusFailuresSeen(periodId: PeriodId) {
  const queryClient = useQueryClient();
  return useCallback(
    (taskId?: string) => {
      const cache = queryClient.getMutationCache();
      for (const mutation of cache.findAll({ mutationKey: taskStatusMutationKey(periodId) })) {
        const { status } = mutation.state;
        const seen = status === 'success' || (status === 'error' && (taskId === undefined || failureOf(mutation)?.taskId === taskId));
        if (seen) cache.remove(mutation);
      }
    },
    [queryClient, periodId],
  );
}

/**
 * Status changes of the period that failed with nobody there to see it: the
 * dialog that started one may have closed before the server answered. The
 * rollback has already happened; this is how the user learns of it. A
 * failure is dropped once shown (`markSeen`).
 */
export function useUnseenTaskStatusFailures(periodId: PeriodId) {
  const failures = useMutationState({
    filters: { mutationKey: taskStatusMutationKey(periodId), status: 'error' },
    select: failureOf,
  }).filter((failure) => failure !== null);
  return { failures, markSeen: useMarkTaskStatusFailuresSeen(periodId) };
}
