import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { TaskEditor } from '../../src/features/today/task-editor';
import { makeTask } from '../fixtures/builders';

async function setup(overrides = {}) {
  const task = makeTask({ title: 'Draft', notes: 'Old notes', ...overrides });
  await db.tasks.add(task);
  const onClose = vi.fn();
  render(<TaskEditor task={task} today="2027-01-13" onClose={onClose} />);
  return { task, onClose, user: userEvent.setup() };
}

describe('TaskEditor', () => {
  it('opens with focus in the title and saves title, kind and notes on Enter', async () => {
    const { task, onClose, user } = await setup();
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveFocus();
    await user.clear(title);
    await user.type(title, 'Final draft');
    await user.click(screen.getByRole('radio', { name: 'Goal step' }));
    await user.clear(screen.getByRole('textbox', { name: 'Notes' }));
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'New notes');
    await user.type(title, '{Enter}');
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true, expect.anything()));
    expect(await db.tasks.get(task.id)).toMatchObject({
      title: 'Final draft',
      kind: 'goal',
      notes: 'New notes',
    });
  });

  it('cancels on Escape without writing', async () => {
    const { task, onClose, user } = await setup();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' changed{Escape}');
    expect(onClose).toHaveBeenCalledWith(false);
    expect(await db.tasks.get(task.id)).toEqual(task);
  });

  it('keeps the editor open with an alert when the title is refused', async () => {
    const { task, onClose, user } = await setup();
    await user.clear(screen.getByRole('textbox', { name: 'Title' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('needs a title');
    expect(onClose).not.toHaveBeenCalled();
    expect(await db.tasks.get(task.id)).toEqual(task);
  });

  it('clears notes emptied by the user', async () => {
    const { task, user } = await setup();
    await user.clear(screen.getByRole('textbox', { name: 'Notes' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.tasks.get(task.id)).not.toHaveProperty('notes'));
  });
});
