// Shared state of the rows of Today: which one is being edited, and where keyboard focus goes
// after an edit closes or a row is deleted (never lost to <body>).
import { useCallback, useState } from 'react';
import type { Task } from '../../domain/types';
import { focusWhenPresent, holdFocus, taskControl, type FocusHold } from '../../ui/focus';
import { deleteWithUndo } from './task-actions';
import { NEW_TASK_INPUT_ID } from './quick-add';

export interface TaskRowState {
  editingId: string | null;
  onEdit: (task: Task) => void;
  onEditClose: (task: Task, saved: boolean, hold?: FocusHold) => void;
  onDelete: (task: Task) => void;
}

/** `visible` is every row on screen in order, used to pick the row that takes focus. */
export function useTaskRowState(visible: readonly Task[]): TaskRowState {
  const [editingId, setEditingId] = useState<string | null>(null);

  const onEdit = useCallback((task: Task) => setEditingId(task.id), []);
  const onEditClose = useCallback((task: Task, _saved: boolean, hold?: FocusHold) => {
    setEditingId(null);
    focusWhenPresent(taskControl(task.id, 'edit'), `#${NEW_TASK_INPUT_ID}`, hold);
  }, []);
  const onDelete = useCallback(
    (task: Task) => {
      const index = visible.findIndex((row) => row.id === task.id);
      const neighbour = visible[index + 1] ?? visible[index - 1];
      const hold = holdFocus();
      void deleteWithUndo(task).then((deleted) => {
        if (!deleted) return;
        const target = neighbour ? taskControl(neighbour.id, 'complete') : `#${NEW_TASK_INPUT_ID}`;
        focusWhenPresent(target, `#${NEW_TASK_INPUT_ID}`, hold);
      });
    },
    [visible],
  );
  return { editingId, onEdit, onEditClose, onDelete };
}
