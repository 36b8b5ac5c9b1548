import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import type { Task } from '../../src/domain/types';
import { TaskEditor } from '../../src/features/today/task-editor';
import { WeekStartContext } from '../../src/ui/week-start-context';
import { makeTask } from '../fixtures/builders';

async function setup(overrides: Partial<Task> = {}) {
  const task = makeTask({ title: 'Rent', ...overrides });
  await db.tasks.add(task);
  const onClose = vi.fn();
  render(
    <WeekStartContext value={1}>
      <TaskEditor task={task} today="2027-01-13" onClose={onClose} />
    </WeekStartContext>,
  );
  return { task, onClose, user: userEvent.setup() };
}

const field = (name: string) => screen.getByLabelText<HTMLInputElement>(name);
const saved = async (onClose: ReturnType<typeof vi.fn>) =>
  waitFor(() => expect(onClose).toHaveBeenCalledWith(true, expect.anything()));

describe('TaskEditor dates and repeat', () => {
  it('sets and clears the due date and the scheduled day with native date inputs', async () => {
    const { task, onClose, user } = await setup({ scheduledFor: '2027-01-14' });
    expect(field('Due date')).toHaveAttribute('type', 'date');
    fireEvent.change(field('Due date'), { target: { value: '2027-03-12' } });
    fireEvent.change(field('Scheduled for'), { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await saved(onClose);
    const stored = await db.tasks.get(task.id);
    expect(stored?.dueDate).toBe('2027-03-12');
    expect(stored).not.toHaveProperty('scheduledFor');
  });

  it('makes a chore repeat monthly, filling in its first due date', async () => {
    const { task, onClose, user } = await setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Repeat' }), 'Monthly');
    expect(field('Due date')).toHaveValue('2027-01-13');
    expect(screen.getByText(/On day 13 of the month/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await saved(onClose);
    expect(await db.tasks.get(task.id)).toMatchObject({
      dueDate: '2027-01-13',
      recurrence: { every: 'month', interval: 1, monthDay: 13 },
    });
  });

  it('sets every 2 weeks on a chosen weekday', async () => {
    const { task, onClose, user } = await setup({ dueDate: '2027-01-15' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Repeat' }), 'Weekly');
    await user.clear(screen.getByRole('spinbutton', { name: 'Every' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Every' }), '2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'On' }), 'Friday');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await saved(onClose);
    expect((await db.tasks.get(task.id))?.recurrence).toEqual({
      every: 'week',
      interval: 2,
      weekday: 5,
    });
  });

  it('keeps the anchor day of a monthly repeat while the due date is unchanged', async () => {
    const { task, onClose, user } = await setup({
      dueDate: '2027-02-28',
      recurrence: { every: 'month', interval: 1, monthDay: 31 },
    });
    expect(screen.getByText(/On day 31 of the month/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' and bills');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await saved(onClose);
    expect((await db.tasks.get(task.id))?.recurrence).toEqual({
      every: 'month',
      interval: 1,
      monthDay: 31,
    });
  });

  it('stops a repeat with “Does not repeat”, keeping the due date', async () => {
    const { task, onClose, user } = await setup({
      dueDate: '2027-01-31',
      recurrence: { every: 'month', interval: 1, monthDay: 31 },
    });
    expect(screen.getByRole('combobox', { name: 'Repeat' })).toHaveValue('month');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Repeat' }), 'Does not repeat');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await saved(onClose);
    const stored = await db.tasks.get(task.id);
    expect(stored).not.toHaveProperty('recurrence');
    expect(stored?.dueDate).toBe('2027-01-31');
  });

  it('says that a goal step does not repeat, and saving as one stops the repeat', async () => {
    const { task, onClose, user } = await setup({
      dueDate: '2027-01-13',
      recurrence: { every: 'day', interval: 1 },
    });
    await user.click(screen.getByRole('radio', { name: 'Goal step' }));
    expect(screen.queryByRole('combobox', { name: 'Repeat' })).not.toBeInTheDocument();
    expect(screen.getByText(/Goal steps do not repeat/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await saved(onClose);
    const stored = await db.tasks.get(task.id);
    expect(stored?.kind).toBe('goal');
    expect(stored).not.toHaveProperty('recurrence');
  });

  it('refuses a repeat every 0 days with an alert and saves nothing', async () => {
    const { task, onClose, user } = await setup({ dueDate: '2027-01-13' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Repeat' }), 'Daily');
    await user.clear(screen.getByRole('spinbutton', { name: 'Every' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Every' }), '0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('every 1 to 999 days');
    expect(onClose).not.toHaveBeenCalled();
    expect(await db.tasks.get(task.id)).toEqual(task);
  });
});
