// The dates line of an open task: its due date (a missed one says how late it is, in words and
// with an icon, never by colour alone), the day it is scheduled for, and its repeat. Days are
// relative to `today`, which rolls over at midnight.
import type { ReactNode } from 'react';
import { dayLabel, dueLabel, midSentence } from '../../domain/day-labels';
import { describeRecurrence } from '../../domain/recurrence-words';
import type { Day, Task } from '../../domain/types';
import { OverdueIcon, RepeatIcon } from '../../ui/icons';
import { useWeekStart } from '../../ui/week-start-context';
import './task-dates.css';

export const hasDates = (task: Task) =>
  task.status === 'open' &&
  (task.dueDate !== undefined || task.scheduledFor !== undefined || task.recurrence !== undefined);

export function TaskDates({ task, today }: { task: Task; today: Day }) {
  const weekStartsOn = useWeekStart();
  if (!hasDates(task)) return null;
  const options = { weekStartsOn };
  const items: { key: string; node: ReactNode; className?: string }[] = [];
  if (task.dueDate !== undefined) {
    const due = dueLabel(task.dueDate, today, options);
    items.push(
      due.overdue
        ? {
            key: 'due',
            className: 'date-overdue',
            node: (
              <>
                <OverdueIcon />
                {due.text}
              </>
            ),
          }
        : {
            key: 'due',
            className: due.text === 'Today' ? 'date-due-today' : undefined,
            node: `Due ${midSentence(due.text)}`,
          },
    );
  }
  if (task.scheduledFor !== undefined) {
    const label = dayLabel(task.scheduledFor, today, options);
    items.push({ key: 'scheduled', node: `Scheduled ${midSentence(label)}` });
  }
  if (task.recurrence !== undefined) {
    items.push({
      key: 'repeat',
      node: (
        <>
          <RepeatIcon />
          Repeats {describeRecurrence(task.recurrence)}
        </>
      ),
    });
  }
  return (
    <span className="task-dates">
      {items.map((item, index) => (
        <span key={item.key} className={item.className}>
          {index > 0 && (
            <span className="date-separator" aria-hidden="true">
              {' · '}
            </span>
          )}
          {item.node}
        </span>
      ))}
    </span>
  );
}
