import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import type { Task } from '../../src/domain/types';
import { TaskItem } from '../../src/features/today/task-item';
import { WeekStartContext } from '../../src/ui/week-start-context';
import { makeTask } from '../fixtures/builders';

const today = '2027-01-13'; // a Wednesday

async function renderRow(overrides: Partial<Task>) {
  const task = makeTask(overrides);
  await db.tasks.add(task);
  render(
    <WeekStartContext value={1}>
      <ul>
        <TaskItem
          task={task}
          today={today}
          editing={false}
          onEdit={vi.fn()}
          onEditClose={vi.fn()}
          onDelete={vi.fn()}
        />
      </ul>
    </WeekStartContext>,
  );
  return { task, row: screen.getByRole('listitem'), user: userEvent.setup() };
}

describe('dates on a task row', () => {
  it('marks an overdue chore in words, after the title', async () => {
    const { row } = await renderRow({ title: 'Bins', dueDate: '2027-01-10' });
    expect(row).toHaveTextContent(/^Bins3 days overdue/);
    expect(screen.getByText('3 days overdue')).toHaveClass('date-overdue');
  });

  it('shows due and scheduled days relative to today, and the repeat', async () => {
    const { row } = await renderRow({
      title: 'Essay',
      dueDate: '2027-01-14',
      scheduledFor: '2027-01-15',
      recurrence: { every: 'week', interval: 2 },
    });
    expect(row).toHaveTextContent('Due tomorrow · Scheduled Fri · Repeats every 2 weeks');
  });

  it('shows nothing for a task without dates, and no dates or Skip on a done task', async () => {
    const { row } = await renderRow({ title: 'Plain' });
    expect(row.querySelector('.task-details')).toBeNull();
    const done = makeTask({
      title: 'Done',
      status: 'done',
      completedAt: 1,
      dueDate: '2027-01-01',
      recurrence: { every: 'week', interval: 1 },
    });
    render(
      <ul>
        <TaskItem
          task={done}
          today={today}
          editing={false}
          onEdit={vi.fn()}
          onEditClose={vi.fn()}
          onDelete={vi.fn()}
        />
      </ul>,
    );
    expect(screen.queryByText(/overdue/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skip: Done' })).not.toBeInTheDocument();
  });

  it('offers Skip on a repeating chore, which moves it to its next occurrence', async () => {
    const { task, user } = await renderRow({
      title: 'Water plants',
      dueDate: '2027-01-13',
      recurrence: { every: 'day', interval: 3 },
    });
    // Only the date is faked (timers stay real for Testing Library): it is 13 January 2027.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 13, 12));
    try {
      await user.click(screen.getByRole('button', { name: 'Skip: Water plants' }));
      await waitFor(async () => expect((await db.tasks.get(task.id))?.dueDate).toBe('2027-01-16'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers no Skip on a one-off chore', async () => {
    await renderRow({ title: 'Once', dueDate: '2027-01-13' });
    expect(screen.queryByRole('button', { name: /^Skip/ })).not.toBeInTheDocument();
  });
});
