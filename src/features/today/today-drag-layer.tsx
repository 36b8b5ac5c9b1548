// The drag layer of Today, loaded on first use (./today-board.tsx): dnd-kit's context with one
// sortable list per group of rows, bound to the rows already on screen through
// src/ui/drag/drag-bridge.ts. The drop handler only finds the rows involved and asks
// ./today-drops.ts what that means; a move within a list shows at once and writes one key; a
// goal step dropped among the chores becomes a chore there; a chore dropped into the goal
// section asks which goal first.
import {
  closestCenter,
  useDroppable,
  type Active,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type Over,
} from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Task } from '../../domain/types';
import { DragArea } from '../../ui/drag/drag-area';
import { elementOf, onElement, publishBinding, type Part } from '../../ui/drag/drag-bridge';
import { replayEarlyPress } from '../../ui/drag/early-press';
import { DragOverlayRow } from '../../ui/drag/sortable-row';
import type { ToastAction } from '../../ui/toast-store';
import { usePrefersReducedMotion } from '../../ui/use-reduced-motion';
import {
  keepFocus,
  makeChoreWithUndo,
  makeGoalStepWithUndo,
  moveGoalTo,
  moveTaskTo,
} from './drag-actions';
import { GoalStepDialog } from './goal-step-dialog';
import type { ListOrder } from './today-board';
import { todayAnnouncements } from './today-drag-words';
import {
  accepts,
  dropAction,
  type DragSource,
  type DropAction,
  type DropTarget,
} from './today-drops';
import {
  entryId,
  entryLabel,
  type ListId,
  type TodayLists,
  type ZoneId,
  type RowEntry,
} from './today-lists';

interface Props {
  lists: TodayLists;
  /** The row being edited is not draggable meanwhile. */
  editingId: string | null;
  order: ListOrder;
  /** A drop among the chores was stored; `task` as it was before, with the drop's Undo if any. */
  onMoved: (task: Task, undo?: ToastAction) => void;
}

interface Dragging {
  label: string;
  source: DragSource;
}

/** onto: a goal's row (the chore becomes its step); before/after: between two chores. */
interface DropHint {
  id: string;
  where: 'onto' | 'before' | 'after';
}

const LISTS: readonly ListId[] = ['attention', 'goals', 'unlinked', 'chores'];

/** Whether the middle of the dragged row is below the middle of the row it is over. */
function isBelow(active: Active, over: Over): boolean {
  const rect = active.rect.current.translated;
  if (!rect) return false;
  return rect.top + rect.height / 2 > over.rect.top + over.rect.height / 2;
}

const listOf = (item: { data: { current?: unknown } } | null) =>
  (item?.data.current as { list?: ListId | ZoneId } | undefined)?.list;

const sectionOf = (list: ListId | ZoneId | undefined): ZoneId =>
  list === 'chores' || list === 'chore-zone' ? 'chore-zone' : 'goal-zone';

/**
 * Within its own list, the dragged row is over the row with the closest centre. The other
 * section counts only once the dragged row's middle is inside it: a goal dragged to the end of
 * its group must not turn into a chore because the first chore happens to be the closest row.
 */
const detectCollisions: CollisionDetection = (args) => {
  const from = listOf(args.active);
  const other = sectionOf(from) === 'goal-zone' ? 'chore-zone' : 'goal-zone';
  const { left, top, width, height } = args.collisionRect;
  const x = left + width / 2;
  const y = top + height / 2;
  const section = elementOf('row', other)?.getBoundingClientRect();
  const inOther =
    section !== undefined &&
    x >= section.left &&
    x <= section.right &&
    y >= section.top &&
    y <= section.bottom;
  const droppableContainers = args.droppableContainers.filter((container) => {
    const list = listOf(container);
    return inOther ? sectionOf(list) === other : list === from;
  });
  return closestCenter({ ...args, droppableContainers });
};

export function TodayDragLayer({ lists, editingId, order, onMoved }: Props) {
  const [dragging, setDragging] = useState<Dragging | null>(null);
  const [hint, setHint] = useState<DropHint | null>(null);
  // Whether the last drop went into the other section. The overlay's drop animation starts in
  // the render that follows the drop, when the hint is already cleared; the row it would glide
  // back to is leaving its list, so there is no animation then.
  const [droppedAcross, setDroppedAcross] = useState(false);
  const hintKey = useRef('');
  const [asking, setAsking] = useState<{ task: Task; goalId: string | undefined } | null>(null);

  // The rows are bound (their layout effects ran first): a press that came before the layer
  // was ready starts its drag now.
  useEffect(() => replayEarlyPress(), []);

  const updateHint = ({ active, over }: DragMoveEvent) => {
    const from = listOf(active);
    const to = listOf(over);
    let next: DropHint | null = null;
    if (over && from && to && to !== from) {
      const where = from === 'chores' ? 'onto' : isBelow(active, over) ? 'after' : 'before';
      next = { id: String(over.id), where };
    }
    const key = next ? `${next.id}:${next.where}` : '';
    if (key === hintKey.current) return;
    hintKey.current = key;
    setHint(next);
  };

  const reset = () => {
    setDragging(null);
    hintKey.current = '';
    setHint(null);
  };

  const run = (action: DropAction) => {
    switch (action.type) {
      case 'move-goal':
      case 'move-task': {
        // The write starts first: its reads are under way while the new order renders.
        const write =
          action.type === 'move-goal'
            ? moveGoalTo(action.goalId, action.neighbours)
            : moveTaskTo(action.taskId, action.neighbours);
        order.show(action.list, action.order);
        const moved =
          action.type === 'move-task' && action.list === 'chores'
            ? lists.chores.find((entry) => entry.task.id === action.taskId)?.task
            : undefined;
        void write.then((saved) => {
          if (!saved) order.forget(action.list);
          else if (moved) onMoved(moved);
        });
        return;
      }
      case 'make-goal-step':
        setAsking({ task: action.task, goalId: action.goal?.id });
        return;
      case 'make-chore': {
        const entry = [...lists.attention, ...lists.goals].find(
          (candidate) => entryId(candidate) === action.task.id,
        );
        void makeChoreWithUndo(action.task, action.neighbours, entry?.goal?.title).then((undo) => {
          if (undo) onMoved(action.task, undo);
        });
        return;
      }
    }
  };

  const drop = ({ active, over }: DragEndEvent) => {
    const target: DropTarget | null = over
      ? { id: String(over.id), below: isBelow(active, over) }
      : null;
    setDroppedAcross(hint !== null);
    reset();
    const action = dropAction(lists, String(active.id), target);
    if (action) run(action);
  };

  const source = dragging?.source ?? null;
  const goalSectionEmpty =
    lists.attention.length + lists.goals.length + lists.unlinked.length === 0;

  return (
    <>
      <DragArea
        announcements={todayAnnouncements}
        collisionDetection={detectCollisions}
        overlay={dragging && <DragOverlayRow label={dragging.label} />}
        noDropAnimation={hint !== null || droppedAcross}
        onDragStart={({ active }) => {
          setDroppedAcross(false);
          const list = listOf(active);
          const id = String(active.id);
          const entry =
            list && list in lists
              ? lists[list as ListId].find((candidate) => entryId(candidate) === id)
              : undefined;
          if (!entry) return;
          setDragging({
            label: entryLabel(entry),
            source: { list: list as ListId, isTask: entry.type === 'task' },
          });
        }}
        onDragMove={updateHint}
        onDragOver={updateHint}
        onDragEnd={drop}
        onDragCancel={reset}
      >
        {LISTS.map((list) => (
          <SortableGroup
            key={list}
            list={list}
            entries={lists[list]}
            editingId={editingId}
            droppable={source === null || accepts(source, list)}
            hint={hint}
          />
        ))}
        <ZoneBinder
          zone="goal-zone"
          label="Goals"
          open={source !== null && goalSectionEmpty && accepts(source, 'goal-zone')}
          targeted={hint?.id === 'goal-zone'}
        />
        <ZoneBinder
          zone="chore-zone"
          label="Chores"
          open={source !== null && lists.chores.length === 0 && accepts(source, 'chore-zone')}
          targeted={hint?.id === 'chore-zone'}
        />
      </DragArea>
      {asking && (
        <GoalStepDialog
          task={asking.task}
          goalId={asking.goalId}
          onCancel={() => {
            setAsking(null);
            keepFocus(asking.task.id);
          }}
          onConfirm={(goal) => {
            setAsking(null);
            void makeGoalStepWithUndo(asking.task, goal);
          }}
        />
      )}
    </>
  );
}

/** The same array for as long as the ids stay the same, in the same order. */
function useSameIds(ids: string[]): string[] {
  const key = ids.join('\n'); // ids are UUIDs (or "prompt:" and one): no line breaks
  return useMemo(() => (key === '' ? [] : key.split('\n')), [key]);
}

interface GroupProps {
  list: ListId;
  entries: readonly RowEntry[];
  editingId: string | null;
  droppable: boolean;
  hint: DropHint | null;
}

/**
 * One list's SortableContext and its rows' bindings. Every change to the plan (a quick add, a
 * tick) makes new entries; the list's ids and each row's props are compared by value, so only
 * the lists and rows that changed render again.
 */
function SortableGroup({ list, entries, editingId, droppable, hint }: GroupProps) {
  const ids = useSameIds(entries.map(entryId));
  return (
    <SortableContext id={list} items={ids} strategy={verticalListSortingStrategy}>
      {entries.map((entry) => {
        const id = entryId(entry);
        return (
          <RowBinder
            key={id}
            id={id}
            list={list}
            label={entryLabel(entry)}
            goalTitle={entry.goal?.title}
            disabled={entry.type === 'task' && entry.task.id === editingId}
            droppable={droppable}
            hint={hint?.id === id ? hint.where : undefined}
          />
        );
      })}
    </SortableContext>
  );
}

/** Hands dnd-kit the element a row (or its handle) registered, now and whenever it changes. */
function useBoundElement(part: Part, id: string, setNode: (element: HTMLElement | null) => void) {
  useLayoutEffect(() => {
    const bind = () => setNode(elementOf(part, id));
    bind();
    return onElement(part, id, bind);
  }, [part, id, setNode]);
}

interface RowBinderProps {
  id: string;
  list: ListId;
  label: string;
  goalTitle: string | undefined;
  disabled: boolean;
  droppable: boolean;
  hint: DropHint['where'] | undefined;
}

/** One row's useSortable, published to the row (renders nothing itself). */
const RowBinder = memo(function RowBinder(props: RowBinderProps) {
  const { id, list, label, goalTitle, disabled, droppable, hint } = props;
  const reduced = usePrefersReducedMotion();
  const data = useMemo(
    () => ({ label, list, ...(goalTitle !== undefined && { goalTitle }) }),
    [label, list, goalTitle],
  );
  const sortable = useSortable({
    id,
    data,
    disabled: { draggable: disabled, droppable: !droppable },
    // Rows make way for the dragged one by sliding; under reduced motion they jump.
    ...(reduced && { transition: null }),
  });
  useBoundElement('row', id, sortable.setNodeRef);
  useBoundElement('handle', id, sortable.setActivatorNodeRef);
  const transform = CSS.Translate.toString(sortable.transform);
  useLayoutEffect(() => {
    publishBinding(id, {
      attributes: sortable.attributes,
      listeners: sortable.listeners,
      style: { transform, transition: sortable.transition },
      isDragging: sortable.isDragging,
      className: hint && `drop-${hint}`,
    });
  });
  useEffect(() => () => publishBinding(id, undefined), [id]);
  return null;
});

interface ZoneBinderProps {
  zone: ZoneId;
  label: string;
  open: boolean;
  targeted: boolean;
}

/** A section as a drop zone while it has no row to drop on. */
function ZoneBinder({ zone, label, open, targeted }: ZoneBinderProps) {
  const data = useMemo(() => ({ label, list: zone }), [label, zone]);
  const { setNodeRef } = useDroppable({ id: zone, data, disabled: !open });
  useBoundElement('row', zone, setNodeRef);
  useLayoutEffect(() => {
    publishBinding(zone, targeted ? { className: 'drop-zone-targeted' } : undefined);
  }, [zone, targeted]);
  useEffect(() => () => publishBinding(zone, undefined), [zone]);
  return null;
}
