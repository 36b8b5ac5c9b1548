import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { QuickAdd } from '../../src/features/today/quick-add';
import { WeekStartContext } from '../../src/ui/week-start-context';
import { makeGoal } from '../fixtures/builders';
import { loadQuickAddParser } from '../setup/lazy-code';

beforeAll(loadQuickAddParser);

// Wednesday 13 January 2027, weeks starting on Monday.
const setup = () => {
  render(
    <WeekStartContext value={1}>
      <QuickAdd today="2027-01-13" />
    </WeekStartContext>,
  );
  return { user: userEvent.setup(), box: screen.getByRole('textbox', { name: 'New task' }) };
};

const chips = async () => {
  const list = await screen.findByRole('list', { name: 'Recognised in your text' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent.replace('×', '').trim());
};

describe('QuickAdd parsing', () => {
  it('shows the parts it recognised as chips and the title that is left', async () => {
    const { user, box } = setup();
    await user.type(box, 'Pay rent every month on 2027-01-31');
    await waitFor(async () =>
      expect(await chips()).toEqual([
        'Repeats every month',
        expect.stringMatching(/^Due (31 Jan|Jan 31)$/),
      ]),
    );
    expect(screen.getByText('Title:').parentElement).toHaveTextContent('Title: Pay rent');
    expect(box).toHaveAccessibleDescription(/Repeats every month/);
  });

  it('adds the parsed title, due date and repeat', async () => {
    const { user, box } = setup();
    await user.type(box, 'Pay rent every month on 2027-01-31{Enter}');
    await waitFor(() => expect(box).toHaveValue(''));
    await waitFor(async () => expect(await db.tasks.count()).toBe(1));
    expect(await db.tasks.toArray()).toMatchObject([
      {
        title: 'Pay rent',
        kind: 'chore',
        dueDate: '2027-01-31',
        recurrence: { every: 'month', interval: 1, monthDay: 31 },
      },
    ]);
    expect(screen.queryByRole('list', { name: 'Recognised in your text' })).not.toBeInTheDocument();
  });

  it('puts the words of a removed chip back into the title', async () => {
    const { user, box } = setup();
    await user.type(box, 'Pay rent every month on 2027-01-31');
    await user.click(await screen.findByRole('button', { name: 'Remove: Repeats every month' }));
    await waitFor(async () => expect(await chips()).toHaveLength(1));
    expect(box).toHaveFocus();
    expect(screen.getByText('Title:').parentElement).toHaveTextContent(
      'Title: Pay rent every month',
    );
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await db.tasks.count()).toBe(1));
    const [task] = await db.tasks.toArray();
    expect(task).toMatchObject({ title: 'Pay rent every month', dueDate: '2027-01-31' });
    expect(task).not.toHaveProperty('recurrence');
  });

  it('makes a goal step of “#goal” and attaches “+word” to the goal it starts', async () => {
    const novel = makeGoal({ title: 'Write a novel' });
    await db.goals.add(novel);
    const { user, box } = setup();
    await user.type(box, 'Draft the opening +write tomorrow');
    await waitFor(async () =>
      expect(await chips()).toEqual(['Goal: Write a novel', 'Due tomorrow']),
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(box).toHaveValue(''));
    await user.type(box, 'Find an editor #goal{Enter}');
    await waitFor(async () => expect(await db.tasks.count()).toBe(2));
    const byTitle = async (title: string) => db.tasks.filter((t) => t.title === title).first();
    expect(await byTitle('Draft the opening')).toMatchObject({
      kind: 'goal',
      goalId: novel.id,
      dueDate: '2027-01-14',
    });
    const step = await byTitle('Find an editor');
    expect(step?.kind).toBe('goal');
    expect(step).not.toHaveProperty('goalId');
  });

  it('leaves unknown words in the title and shows no chips for them', async () => {
    const { user, box } = setup();
    await user.type(box, 'Standup every weekday at 9');
    // Give a parse the time to come back, then check that nothing was recognised.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('list', { name: 'Recognised in your text' })).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect(await db.tasks.toArray()).toMatchObject([{ title: 'Standup every weekday at 9' }]),
    );
  });

  it('keeps what is typed while an earlier add is still on its way, and adds in order', async () => {
    const { user, box } = setup();
    await user.type(box, 'Third tomorrow{Enter}Second{Enter}First every day{Enter}');
    await waitFor(async () => expect(await db.tasks.count()).toBe(3));
    await waitFor(() => expect(box).toHaveValue(''));
    const chores = await db.tasks.orderBy('order').toArray();
    expect(chores.map((task) => task.title)).toEqual(['First', 'Second', 'Third']);
  });

  it('refuses a repeating goal step with an alert and keeps the text', async () => {
    const { user, box } = setup();
    await user.click(screen.getByRole('radio', { name: 'Goal step' }));
    await user.type(box, 'Run every day{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Only chores repeat');
    expect(box).toHaveValue('Run every day');
    expect(await db.tasks.count()).toBe(0);
  });
});
