import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { GoalStepDialog } from '../../src/features/today/goal-step-dialog';
import { makeGoal, makeTask } from '../fixtures/builders';

async function setup(taskOverrides = {}, droppedOn?: string) {
  const novel = makeGoal({ title: 'Write a novel' });
  const run = makeGoal({ title: 'Run a 10k' });
  const paused = makeGoal({ title: 'Learn the cello', status: 'paused' });
  await db.goals.bulkAdd([novel, run, paused]);
  const task = makeTask({ title: 'Call the plumber', ...taskOverrides });
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <GoalStepDialog
      task={task}
      goalId={droppedOn === 'run' ? run.id : undefined}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Make “Call the plumber” a goal step' });
  const picker = await screen.findByRole('option', { name: 'Write a novel' });
  return { novel, run, onConfirm, onCancel, dialog, picker, user: userEvent.setup() };
}

describe('GoalStepDialog', () => {
  it('offers the active goals and “No goal”, with the goal dropped on chosen', async () => {
    const { run, onConfirm, user } = await setup({}, 'run');
    const goal = screen.getByRole('combobox', { name: 'Goal' });
    expect(goal).toHaveValue(run.id);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'No goal',
      'Write a novel',
      'Run a 10k',
    ]);
    await user.click(screen.getByRole('button', { name: 'Make it a goal step' }));
    expect(onConfirm).toHaveBeenCalledWith({ id: run.id, title: 'Run a 10k' });
  });

  it('confirms a goal chosen by the user, or no goal at all', async () => {
    const { novel, onConfirm, user } = await setup();
    const goal = screen.getByRole('combobox', { name: 'Goal' });
    expect(goal).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Make it a goal step' }));
    expect(onConfirm).toHaveBeenLastCalledWith(undefined);
    await user.selectOptions(goal, 'Write a novel');
    await user.click(screen.getByRole('button', { name: 'Make it a goal step' }));
    expect(onConfirm).toHaveBeenLastCalledWith({ id: novel.id, title: 'Write a novel' });
  });

  it('says up front that a repeating chore stops repeating', async () => {
    const { dialog } = await setup({
      dueDate: '2027-01-14',
      recurrence: { every: 'week', interval: 2 },
    });
    expect(dialog).toHaveAccessibleDescription(/repeats every 2 weeks now.*stop repeating/);
  });

  it('cancels without confirming', async () => {
    const { onConfirm, onCancel, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
