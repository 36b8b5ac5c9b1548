import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { makeTask } from '../../fixtures/builders';
import { renderLesson, storedSandbox, typedList } from './lesson-harness';

const box = () => screen.getByRole('textbox', { name: 'Your list' });
const snapshot = async () => ({ tasks: await db.tasks.toArray(), goals: await db.goals.toArray() });

describe('step 5: your list', () => {
  it('keeps a pasted list in the sandbox, never in the database', async () => {
    const { user } = renderLesson('/lesson/5');
    await user.click(box());
    await user.paste('Laundry\nRun 3 km\n\n- Call the bank');
    expect(box()).toHaveValue('Laundry\nRun 3 km\n\n- Call the bank');
    expect(storedSandbox()).toMatchObject({ text: 'Laundry\nRun 3 km\n\n- Call the bank' });
    expect(screen.getByText(/^3 lines\./)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await db.tasks.count()).toBe(0);
  });

  it('shows what was typed before, after a reload', () => {
    typedList(['Water the plants', 'Write a poem']);
    renderLesson('/lesson/5');
    expect(box()).toHaveValue('Water the plants\nWrite a poem');
  });

  it('refuses more than 200 lines with an alert, keeping every line typed', async () => {
    const { user } = renderLesson('/lesson/5');
    const text = Array.from({ length: 205 }, (_, i) => `Item ${i + 1}`).join('\n');
    await user.click(box());
    await user.paste(text);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your list has 205 lines; the lesson takes up to 200. Remove 5 lines to go on.',
    );
    expect(box()).toHaveValue(text);
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(box()).toHaveAccessibleDescription(/Remove 5 lines/);
    await user.keyboard('{Control>}a{/Control}{Backspace}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a line over 200 characters, naming the line', async () => {
    const { user } = renderLesson('/lesson/5');
    await user.click(box());
    await user.paste(`Fine\n${'x'.repeat(201)}`);
    expect(screen.getByRole('alert')).toHaveTextContent('Line 2 is too long');
  });

  it('copies the open tasks of the user’s list, goal steps marked, and changes nothing', async () => {
    await db.tasks.bulkAdd([
      makeTask({ title: 'Pay rent' }),
      makeTask({ title: 'Practise guitar', kind: 'goal' }),
      makeTask({ title: 'Done already', status: 'done', completedAt: 1 }),
      makeTask({ title: 'Deleted', deletedAt: 1 }),
    ]);
    const before = await snapshot();
    const { user } = renderLesson('/lesson/5');
    await user.click(box());
    await user.paste('Typed before');
    await user.click(screen.getByRole('button', { name: 'Use my current list' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Copied 2 open items from your list.'),
    );
    expect(box()).toHaveValue('Pay rent\nPractise guitar');
    expect(await snapshot()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(box()).toHaveValue('Typed before');
    await user.click(screen.getByRole('button', { name: 'Use my current list' }));
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('button', { name: 'Practise guitar' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Pay rent' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('copies at most 200 items, and says how many the list has', async () => {
    await db.tasks.bulkAdd(Array.from({ length: 205 }, (_, i) => makeTask({ title: `Task ${i}` })));
    const { user } = renderLesson('/lesson/5');
    await user.click(screen.getByRole('button', { name: 'Use my current list' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Your list has 205 open items; the lesson takes the first 200.',
      ),
    );
    expect((box() as HTMLTextAreaElement).value.split('\n')).toHaveLength(200);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the user’s list is empty', async () => {
    const { user } = renderLesson('/lesson/5');
    await user.click(screen.getByRole('button', { name: 'Use my current list' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Your list is empty right now'),
    );
    expect(box()).toHaveValue('');
  });

  it('clears the box for the next client, with a way back', async () => {
    typedList(['Private item']);
    const { user } = renderLesson('/lesson/5');
    await user.click(screen.getByRole('button', { name: 'Clear the box' }));
    expect(box()).toHaveValue('');
    expect(sessionStorage.length).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(box()).toHaveValue('Private item');
  });
});

describe('step 6: marking goals', () => {
  it('turns lines into goals and back with toggle buttons named by their text', async () => {
    typedList(['Laundry', 'Run 3 km', 'Call the bank']);
    const { user } = renderLesson('/lesson/6');
    const run = screen.getByRole('button', { name: 'Run 3 km' });
    expect(run).toHaveAttribute('aria-pressed', 'false');
    await user.click(run);
    expect(run).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 marked as goals.');
    expect(storedSandbox()).toMatchObject({ marked: ['1:Run 3 km'] });
    await user.click(run);
    expect(run).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('0 of 3 marked as goals.');
  });

  it('keeps each mark with its line when the list is edited around it', async () => {
    typedList(['Laundry', 'Run 3 km', 'Laundry'], ['Run 3 km']);
    const { user } = renderLesson('/lesson/5');
    await user.click(box());
    await user.keyboard('{Control>}{Home}{/Control}New first line{Enter}');
    await user.keyboard('{ArrowRight}');
    await user.tab();
    await user.keyboard('{ArrowRight}');
    const list = screen.getByRole('list', { name: 'Your list' });
    const pressed = within(list)
      .getAllByRole('button', { pressed: true })
      .map((button) => button.textContent);
    expect(pressed).toEqual(['Run 3 kmGoal']);
    // Two lines with the same text are two items.
    expect(within(list).getAllByRole('button', { name: 'Laundry' })).toHaveLength(2);
  });

  it('asks for a list first when there is none', () => {
    renderLesson('/lesson/6');
    expect(screen.getByText(/no list here yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Write your list' })).toHaveAttribute(
      'href',
      '/lesson/5',
    );
  });
});
