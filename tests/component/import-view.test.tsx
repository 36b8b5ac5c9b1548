import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { ImportView } from '../../src/features/import/import-view';
import { makeGoal } from '../fixtures/builders';
import { loadListReaders } from '../setup/lazy-code';

// The readers load lazily; paid here, not inside a test's one-second wait (issue 21).
beforeAll(loadListReaders);

const TODAY = '2027-01-20';
const live = async () => (await db.tasks.toArray()).filter((task) => task.deletedAt === undefined);
const file = (name: string) =>
  new File([readFileSync(`tests/fixtures/lists/${name}`)], name, { type: 'text/plain' });

const setup = () => {
  render(<ImportView today={TODAY} />);
  return userEvent.setup();
};

describe('Bring in your list', () => {
  it('reads pasted text at once and shows each line as a toggle, in order', async () => {
    const user = setup();
    await user.click(screen.getByRole('textbox', { name: 'Paste a list' }));
    await user.paste('Buy milk\n- Write a poem\n3. Call mum');
    const toggles = await screen.findAllByRole('button', { pressed: false });
    expect(toggles.map((button) => button.textContent)).toEqual([
      '1Buy milkGoal',
      '2Write a poemGoal',
      '3Call mumGoal',
    ]);
    expect(screen.getByRole('region', { name: 'What was read' })).toHaveTextContent(
      'Read as plain text, one item per line.',
    );
  });

  it('says live where the marked goals sat, and takes a mark off again', async () => {
    const user = setup();
    await user.click(screen.getByRole('textbox', { name: 'Paste a list' }));
    await user.paste('Laundry\nDishes\nWrite a poem\nTax return\nRun 5 km');
    await user.click(await screen.findByRole('button', { name: 'Write a poem' }));
    await user.click(screen.getByRole('button', { name: 'Run 5 km' }));
    expect(screen.getByText(/^Your 2 goals sat at lines 3 and 5, under 3 chores/)).toHaveAttribute(
      'role',
      'status',
    );
    await user.click(screen.getByRole('button', { name: 'Write a poem' }));
    expect(screen.getByRole('button', { name: 'Write a poem' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByText(/^Your goal sat at line 5, under 4 chores/)).toBeInTheDocument();
  });

  it('keeps marks on their items while the pasted text is edited around them', async () => {
    const user = setup();
    const box = screen.getByRole('textbox', { name: 'Paste a list' });
    await user.click(box);
    await user.paste('Laundry\nWrite a poem');
    await user.click(await screen.findByRole('button', { name: 'Write a poem' }));
    await user.type(box, '\nDishes');
    await screen.findByRole('button', { name: 'Dishes' });
    expect(screen.getByRole('button', { name: 'Write a poem' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('adds everything to an existing goal in one go, then Undo takes it all back', async () => {
    const goal = makeGoal({ title: 'Write a novel' });
    await db.goals.add(goal);
    const user = setup();
    await user.upload(screen.getByLabelText('Import a list'), file('checklist.md'));
    await user.click(await screen.findByRole('button', { name: 'Write 500 words of the memoir' }));
    await screen.findByRole('option', { name: 'Write a novel' }); // active goals load live
    await user.selectOptions(screen.getByRole('combobox', { name: 'Goal' }), 'Write a novel');
    await user.click(screen.getByRole('button', { name: 'Add to my list' }));
    expect(await screen.findByText(/^Added 7 items to your list/)).toHaveTextContent(
      'Added 7 items to your list: 1 goal step and 6 chores.',
    );
    const tasks = await live();
    expect(tasks).toHaveLength(7);
    expect(tasks.find((task) => task.kind === 'goal')).toMatchObject({
      title: 'Write 500 words of the memoir',
      goalId: goal.id,
    });
    // Focus moves in an effect, which runs after the frame that showed the result.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Add to my list' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/^Import undone/)).toBeInTheDocument();
    expect(await live()).toEqual([]);
  });

  it('refuses a new goal without a name in an alert, and adds nothing', async () => {
    const user = setup();
    await user.click(screen.getByRole('textbox', { name: 'Paste a list' }));
    await user.paste('Write a poem');
    await user.click(await screen.findByRole('button', { name: 'Write a poem' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Goal' }), 'A new goal…');
    await user.click(screen.getByRole('button', { name: 'Add to my list' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was added. Say what you want first: a goal needs a few words.',
    );
    expect(await db.tasks.count()).toBe(0);
  });

  it('shows a file it cannot read as an alert tied to the file input, with nothing to add', async () => {
    const user = setup();
    const input = screen.getByLabelText('Import a list');
    await user.upload(input, new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9])], 'list.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing to add. This is a ZIP archive');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    expect(screen.queryByRole('button', { name: 'Add to my list' })).toBeNull();
  });
});
