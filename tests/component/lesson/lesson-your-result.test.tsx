import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { listOpenTasks } from '../../../src/db/task-repository';
import { makeTask } from '../../fixtures/builders';
import { preferReducedMotion, renderLesson, typedList } from './lesson-harness';

const LIST = [
  'Email Jo',
  'Groceries',
  'Laundry',
  'Sketch for 15 minutes',
  'Call Mum',
  'Tax return',
  'Fix bike light',
  'Practise Spanish',
];
const GOALS = ['Sketch for 15 minutes', 'Practise Spanish'];
const titles = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.lesson-item-title')?.textContent);
const openTitles = async (kind: 'goal' | 'chore') =>
  (await listOpenTasks()).filter((task) => task.kind === kind).map((task) => task.title);

describe('step 7: your diagnosis', () => {
  it('lights up your goals and measures how buried they are', () => {
    typedList(LIST, GOALS);
    renderLesson('/lesson/7');
    const diagnosis = screen.getByRole('region', { name: 'Diagnosis' });
    expect(diagnosis).toHaveTextContent('Two goals are buried under six chores.');
    expect(diagnosis).toHaveTextContent('Lines 4 and 8');
    expect(diagnosis).toHaveTextContent('Three chores stand above the first goal.');
    expect(diagnosis).toHaveTextContent('One of them sits below line 7');
    // 3 + 6 chores above the two goals, of 2 × 6 pairs.
    expect(diagnosis).toHaveTextContent('75%');
  });

  it('says plainly when no line is marked as a goal', () => {
    typedList(['Laundry', 'Groceries']);
    renderLesson('/lesson/7');
    expect(screen.getByRole('region', { name: 'Diagnosis' })).toHaveTextContent(
      'There is no goal on this list at all.',
    );
  });
});

describe('step 8: your list, goals first', () => {
  it('sorts your list into the plan with the goals on top', () => {
    preferReducedMotion(true);
    typedList(LIST, GOALS);
    renderLesson('/lesson/8');
    expect(titles(screen.getByRole('region', { name: 'Goals first' }))).toEqual(GOALS);
    expect(titles(screen.getByRole('region', { name: 'Today’s chores' }))).toEqual([
      'Email Jo',
      'Groceries',
      'Laundry',
      'Call Mum',
      'Tax return',
    ]);
    expect(titles(screen.getByRole('region', { name: 'The pile' }))).toEqual(['Fix bike light']);
  });

  it('follows the user’s own chore cap', async () => {
    preferReducedMotion(true);
    await db.settings.put({ key: 'choreCap', value: 2 });
    typedList(LIST, GOALS);
    renderLesson('/lesson/8');
    await waitFor(() =>
      expect(titles(screen.getByRole('region', { name: 'Today’s chores' }))).toEqual([
        'Email Jo',
        'Groceries',
      ]),
    );
  });

  it('saves to the user’s list only after a confirmation, all at once', async () => {
    preferReducedMotion(true);
    await db.tasks.add(makeTask({ title: 'Already mine' }));
    typedList(LIST, GOALS);
    const { user } = renderLesson('/lesson/8');
    await user.click(screen.getByRole('button', { name: 'Save to my list' }));
    const confirm = screen.getByRole('group', { name: 'Save this to your list?' });
    expect(confirm).toHaveTextContent('This adds 2 new goal steps and 6 new chores to your list.');
    expect(await db.tasks.count()).toBe(1);
    expect(within(confirm).getByRole('button', { name: 'Yes, save' })).toHaveFocus();

    await user.click(within(confirm).getByRole('button', { name: 'Yes, save' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Saved to your list: 2 goal steps and 6 chores added.',
      ),
    );
    expect(await openTitles('goal')).toEqual(GOALS);
    expect(await openTitles('chore')).toEqual([
      ...LIST.filter((t) => !GOALS.includes(t)),
      'Already mine',
    ]);
    expect(screen.getByRole('link', { name: 'See it on Today' })).toHaveAttribute('href', '/');

    // Saving again adds nothing twice.
    await user.click(screen.getByRole('button', { name: 'Save to my list' }));
    expect(screen.getByRole('status')).toHaveTextContent('Nothing to save');
    expect(await db.tasks.count()).toBe(9);
  });

  it('writes nothing when the confirmation is cancelled, or escaped', async () => {
    preferReducedMotion(true);
    typedList(LIST, GOALS);
    const { user } = renderLesson('/lesson/8');
    const save = screen.getByRole('button', { name: 'Save to my list' });
    await user.click(save);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(
      screen.queryByRole('group', { name: 'Save this to your list?' }),
    ).not.toBeInTheDocument();
    expect(save).toHaveFocus();
    await user.click(save);
    await user.keyboard('{Escape}');
    expect(
      screen.queryByRole('group', { name: 'Save this to your list?' }),
    ).not.toBeInTheDocument();
    expect(await db.tasks.count()).toBe(0);
  });

  it('on a copy of the user’s list, only changes the kinds the client changed', async () => {
    preferReducedMotion(true);
    const chore = makeTask({ title: 'Write a page' });
    const other = makeTask({ title: 'Laundry' });
    await db.tasks.bulkAdd([chore, other]);
    const { user } = renderLesson('/lesson/5');
    await user.click(screen.getByRole('button', { name: 'Use my current list' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Your list' })).toHaveValue(
        'Write a page\nLaundry',
      ),
    );
    await user.click(screen.getByRole('textbox', { name: 'Your list' }));
    await user.keyboard('{Control>}{End}{/Control}{Enter}Run 2 km');
    await user.tab();
    await user.keyboard('{ArrowRight}');
    await user.click(screen.getByRole('button', { name: 'Write a page' }));
    await user.click(screen.getByRole('button', { name: 'Run 2 km' }));
    await user.keyboard('{End}');
    await user.click(screen.getByRole('button', { name: 'Save to my list' }));
    const confirm = screen.getByRole('group', { name: 'Save this to your list?' });
    expect(confirm).toHaveTextContent('This adds 1 new goal step to your list.');
    expect(confirm).toHaveTextContent('It turns 1 of your chores into a goal step.');
    await user.click(screen.getByRole('button', { name: 'Yes, save' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('1 item changed kind.'),
    );
    expect(await db.tasks.count()).toBe(3);
    expect(await openTitles('goal')).toEqual(['Write a page', 'Run 2 km']);
    expect(await db.tasks.get(other.id)).toEqual(other);
  });

  it('shows why a save failed, and writes nothing', async () => {
    preferReducedMotion(true);
    typedList(LIST, GOALS);
    const { user } = renderLesson('/lesson/8');
    db.close();
    await user.click(screen.getByRole('button', { name: 'Save to my list' }));
    await user.click(screen.getByRole('button', { name: 'Yes, save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/nothing/i);
    await db.open();
    expect(await db.tasks.count()).toBe(0);
  });
});
