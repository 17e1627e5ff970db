import type { TaskStatusChange } from '@/api/contract';
import type { BoardTask } from '@/domain/tasks/board';

/** A task on the board, its override being the API's status change. */
export type TaskItem = BoardTask<TaskStatusChange>;

/** Opens a task's detail; `opener` gets the focus back when the detail closes. */
export type OpenTask = (taskId: string, opener: HTMLElement) => void;
