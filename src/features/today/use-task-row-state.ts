// Shared state of the rows of Today: which one is being edited, and where keyboard focus goes
// after an edit closes or a row is deleted (never lost to <body>).
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
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

/**
 * `visible` is every row on screen in order, used to pick the row that takes focus. The state is
 * the same object until the row being edited changes: every change to the list makes a new
 * `visible`, and a new state would render every row again (issue 20, a quick add with 10,000
 * tasks stored).
 */
export function useTaskRowState(visible: readonly Task[]): TaskRowState {
  const [editingId, setEditingId] = useState<string | null>(null);
  const onScreen = useRef(visible);
  useLayoutEffect(() => {
    onScreen.current = visible;
  }, [visible]);

  const onEdit = useCallback((task: Task) => setEditingId(task.id), []);
  const onEditClose = useCallback((task: Task, _saved: boolean, hold?: FocusHold) => {
    setEditingId(null);
    focusWhenPresent(taskControl(task.id, 'edit'), `#${NEW_TASK_INPUT_ID}`, hold);
  }, []);
  const onDelete = useCallback((task: Task) => {
    const rows = onScreen.current;
    const index = rows.findIndex((row) => row.id === task.id);
    const neighbour = rows[index + 1] ?? rows[index - 1];
    const hold = holdFocus();
    void deleteWithUndo(task).then((deleted) => {
      if (!deleted) return;
      const target = neighbour ? taskControl(neighbour.id, 'complete') : `#${NEW_TASK_INPUT_ID}`;
      focusWhenPresent(target, `#${NEW_TASK_INPUT_ID}`, hold);
    });
  }, []);
  return useMemo(
    () => ({ editingId, onEdit, onEditClose, onDelete }),
    [editingId, onEdit, onEditClose, onDelete],
  );
}
