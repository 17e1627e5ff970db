import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { PeriodId } from '@/domain/dataset/schema';
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

/** Sets a task's status over the report's; the list shows it at once and rolls back if the server refuses. */
export function useSetTaskStatus(periodId: PeriodId) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TaskStatusChange, Error, SetTaskStatusVariables, TasksSnapshot>({
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
    mutationFn: (taskId) => client.revertTaskStatus(periodId, taskId),
    onMutate: (taskId) =>
      applyOptimistic(queryClient, periodId, (statusChanges) =>
        statusChanges.filter((change) => change.taskId !== taskId),
      ),
    onError: (_error, _variables, snapshot) => rollback(queryClient, periodId, snapshot),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.periodTasks(periodId) }),
  });
}
