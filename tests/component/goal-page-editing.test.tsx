// The goal page's editing controls as a user drives them: "Edit goal", "Edit plans", a
// check-in logged with a note on an earlier day, a check-in edited or deleted (with Undo), and
// "Mark achieved". Each test checks both what the page shows and what was stored.
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logProgress } from '../../src/db/check-in-repository';
import { db } from '../../src/db/database';
import { createGoal } from '../../src/db/goal-repository';
import { GoalPage } from '../../src/features/goals/goal-page';
import { Toaster } from '../../src/ui/toaster';

const TODAY = '2026-11-26';
const YESTERDAY = '2026-11-25';

/** How the page names a day further back than yesterday ("24 Nov" or "Nov 24", by locale). */
const shortDay = (day: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(
    new Date(`${day}T12:00:00`),
  );

async function setup({ checkIns = [] as { amount: number; day: string; note?: string }[] } = {}) {
  const goal = await createGoal(
    {
      title: 'Write a novel',
      why: 'Stories matter to me',
      measure: { type: 'count', target: 20000, unit: 'words' },
      deadline: '2027-06-30',
      steps: ['Outline chapter one', 'Write the opening scene'],
      obstacles: [{ obstacle: 'I am too tired after work', strategy: 'write before breakfast' }],
    },
    TODAY,
  );
  for (const checkIn of checkIns) await logProgress({ goalId: goal.id, ...checkIn }, TODAY);
  render(
    <>
      <GoalPage id={goal.id} today={TODAY} />
      <Toaster />
    </>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Write a novel' });
  return { goal, user: userEvent.setup() };
}

/** Replaces a text box's content the way a user who pastes would; typing long text is slow. */
async function replaceText(
  user: ReturnType<typeof userEvent.setup>,
  box: HTMLElement,
  text: string,
) {
  await user.clear(box);
  if (text !== '') await user.paste(text);
}

const history = () => screen.getByRole('list', { name: 'Logged progress' });
const historyRows = () =>
  within(history())
    .getAllByRole('listitem')
    .map((item) => item.textContent);
const liveCheckIns = async (goalId: string) =>
  (await db.checkIns.where('goalId').equals(goalId).toArray()).filter(
    (checkIn) => checkIn.deletedAt === undefined,
  );

describe('Goal page: Edit goal', () => {
  it('saves a new title, why, target, unit and deadline and shows them', async () => {
    const { goal, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Edit goal' }));
    const form = screen.getByRole('form', { name: 'Edit Write a novel' });
    const title = within(form).getByRole('textbox', { name: 'Goal' });
    expect(title).toHaveFocus();
    await replaceText(user, title, 'Finish the first draft');
    const why = within(form).getByRole('textbox', { name: 'Why it matters' });
    await replaceText(user, why, 'I promised my sister a copy');
    const target = within(form).getByRole('spinbutton', { name: 'Target' });
    await user.clear(target);
    await user.type(target, '30000');
    const deadline = within(form).getByLabelText('Deadline');
    await user.clear(deadline);
    await user.type(deadline, '2026-12-31');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await screen.findByRole('heading', { level: 1, name: 'Finish the first draft' });
    expect(screen.queryByRole('form', { name: /^Edit / })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Why it matters' }).nextSibling).toHaveTextContent(
      'I promised my sister a copy',
    );
    const bar = screen.getByRole('progressbar', { name: 'Finish the first draft' });
    expect(bar).toHaveAttribute('aria-valuemax', '30000');
    expect(bar).toHaveAttribute('aria-valuetext', '0 of 30,000 words');
    expect(screen.getByText(`Deadline ${shortDay('2026-12-31')} · 35 days left`)).toBeVisible();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit goal' })).toHaveFocus());

    const stored = await db.goals.get(goal.id);
    expect(stored).toMatchObject({
      title: 'Finish the first draft',
      why: 'I promised my sister a copy',
      measure: { type: 'count', target: 30000, unit: 'words' },
      deadline: '2026-12-31',
    });
  });

  it.each([
    {
      problem: 'an empty title',
      field: 'Goal',
      value: '',
      message: 'Say what you want first',
    },
    {
      problem: 'a title of 201 characters',
      field: 'Goal',
      value: 'a'.repeat(201),
      message: '201 characters',
    },
    {
      problem: 'a deadline in the past',
      field: 'Deadline',
      value: '2026-11-01',
      message: 'That deadline has already passed',
    },
  ])('refuses $problem with an alert and changes nothing', async ({ field, value, message }) => {
    const { goal, user } = await setup();
    const before = await db.goals.get(goal.id);
    await user.click(screen.getByRole('button', { name: 'Edit goal' }));
    const form = screen.getByRole('form', { name: 'Edit Write a novel' });
    const input = within(form).getByLabelText(field);
    // A date box takes typed digits only; a text box gets the text pasted.
    if (field === 'Deadline') {
      await user.clear(input);
      await user.type(input, value);
    } else {
      await replaceText(user, input, value);
    }
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(alert.textContent);
    expect(input).toHaveFocus();
    // What was typed stays, so it can be fixed.
    expect(input).toHaveValue(value);
    expect(await db.goals.get(goal.id)).toEqual(before);

    // Cancel leaves the goal as it was.
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Write a novel');
    expect(screen.getByText(/^Deadline /)).toHaveTextContent(/days left/);
  });
});

describe('Goal page: Edit plans', () => {
  it('changes a pair, adds one, and removes one', async () => {
    const { goal, user } = await setup();
    const plans = screen.getByRole('region', { name: 'Obstacles and plans' });
    const firstId = (await db.goals.get(goal.id))?.obstacles[0]?.id;

    await user.click(within(plans).getByRole('button', { name: 'Edit plans' }));
    let form = screen.getByRole('form', { name: 'Edit plans' });
    const then = within(form).getByRole('textbox', { name: 'Then I will' });
    await replaceText(user, then, 'write 200 words at lunch');
    await user.click(within(form).getByRole('button', { name: 'Add another obstacle' }));
    const ifs = within(form).getAllByRole('textbox', { name: 'If' });
    const thens = within(form).getAllByRole('textbox', { name: 'Then I will' });
    expect(ifs).toHaveLength(2);
    await waitFor(() => expect(ifs[1]).toHaveFocus());
    await replaceText(user, ifs[1]!, 'the weekend is busy');
    await replaceText(user, thens[1]!, 'write on the train');
    await user.click(within(form).getByRole('button', { name: 'Save plans' }));

    await waitFor(() =>
      expect(
        within(plans)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        'If I am too tired after work, then I will write 200 words at lunch',
        'If the weekend is busy, then I will write on the train',
      ]),
    );
    let stored = (await db.goals.get(goal.id))?.obstacles;
    expect(stored).toHaveLength(2);
    // The changed pair is the same pair, not a new one.
    expect(stored?.[0]).toMatchObject({ id: firstId, strategy: 'write 200 words at lunch' });

    await user.click(within(plans).getByRole('button', { name: 'Edit plans' }));
    form = screen.getByRole('form', { name: 'Edit plans' });
    await user.click(within(form).getByRole('button', { name: 'Remove obstacle 1' }));
    await user.click(within(form).getByRole('button', { name: 'Save plans' }));

    await waitFor(() =>
      expect(
        within(plans)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['If the weekend is busy, then I will write on the train']),
    );
    stored = (await db.goals.get(goal.id))?.obstacles;
    expect(stored?.map((pair) => pair.obstacle)).toEqual(['the weekend is busy']);
    await waitFor(() =>
      expect(within(plans).getByRole('button', { name: 'Edit plans' })).toHaveFocus(),
    );
  });
});

describe('Goal page: check-ins', () => {
  it('logs progress with a note on an earlier day and lists it under that day', async () => {
    const { goal, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Log progress' }));
    const form = screen.getByRole('form', { name: 'Log progress' });
    const day = within(form).getByLabelText('Day');
    // The day is today unless changed.
    expect(day).toHaveValue(TODAY);
    await user.clear(day);
    await user.type(day, '2026-11-22');
    await replaceText(
      user,
      within(form).getByRole('textbox', { name: /^Note/ }),
      'Wrote on the train',
    );
    await user.type(within(form).getByRole('spinbutton', { name: /^Amount/ }), '650{Enter}');

    await waitFor(() =>
      expect(historyRows()).toEqual([`${shortDay('2026-11-22')}650 wordsWrote on the train`]),
    );
    expect(screen.getByRole('progressbar', { name: 'Write a novel' })).toHaveAttribute(
      'aria-valuenow',
      '650',
    );
    expect(await liveCheckIns(goal.id)).toMatchObject([
      { day: '2026-11-22', amount: 650, note: 'Wrote on the train' },
    ]);
  });

  it('edits the amount of a check-in and moves the progress bar', async () => {
    const { goal, user } = await setup({
      checkIns: [
        { amount: 650, day: YESTERDAY },
        { amount: 1200, day: TODAY, note: 'A long evening' },
      ],
    });
    const bar = screen.getByRole('progressbar', { name: 'Write a novel' });
    expect(bar).toHaveAttribute('aria-valuenow', '1850');

    await user.click(screen.getByRole('button', { name: 'Edit check-in: Yesterday, 650 words' }));
    const form = screen.getByRole('form', { name: 'Edit check-in' });
    const amount = within(form).getByRole('spinbutton', { name: /^Amount/ });
    expect(amount).toHaveValue(650);
    expect(amount).toHaveFocus();
    await user.clear(amount);
    await user.type(amount, '900{Enter}');

    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '2100'));
    expect(bar).toHaveAttribute('aria-valuetext', '2,100 of 20,000 words');
    expect(historyRows()).toEqual(['Today1,200 wordsA long evening', 'Yesterday900 words']);
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Edit check-in: Yesterday, 900 words' }),
      ).toHaveFocus(),
    );
    const stored = await liveCheckIns(goal.id);
    expect(stored.map((checkIn) => checkIn.amount)).toEqual(expect.arrayContaining([900, 1200]));
    expect(stored).toHaveLength(2);
  });

  it('deletes a check-in and brings it back with Undo', async () => {
    const { goal, user } = await setup({
      checkIns: [
        { amount: 650, day: YESTERDAY, note: 'Outline done' },
        { amount: 1200, day: TODAY },
      ],
    });
    const bar = screen.getByRole('progressbar', { name: 'Write a novel' });

    await user.click(screen.getByRole('button', { name: 'Delete check-in: Yesterday, 650 words' }));
    await waitFor(() => expect(historyRows()).toEqual(['Today1,200 words']));
    expect(bar).toHaveAttribute('aria-valuenow', '1200');
    expect(await liveCheckIns(goal.id)).toHaveLength(1);
    const toast = screen.getByRole('status');
    expect(toast).toHaveTextContent('Deleted the check-in of Yesterday, 650 words');

    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(historyRows()).toEqual(['Today1,200 words', 'Yesterday650 wordsOutline done']),
    );
    expect(bar).toHaveAttribute('aria-valuenow', '1850');
    expect(await liveCheckIns(goal.id)).toHaveLength(2);
  });
});

describe('Goal page: Mark achieved', () => {
  // The page dates the achievement by the clock; only Date is faked, so timers and frames run.
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the goal as achieved and then offers Resume instead of Pause', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 26, 9, 0));
    const { goal, user } = await setup();
    const steps = screen.getByRole('region', { name: 'Steps' });
    expect(steps).toHaveTextContent('Next on Today');

    await user.click(screen.getByRole('button', { name: 'Mark achieved' }));

    expect(await screen.findByText('Achieved · Today')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('“Write a novel” is achieved');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Resume' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Mark achieved' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit goal' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Delete goal' })).toBeVisible();
    // A finished goal has no deadline to chase and no step waiting on Today.
    expect(screen.queryByText(/^Deadline /)).not.toBeInTheDocument();
    expect(steps).not.toHaveTextContent('Next on Today');

    const stored = await db.goals.get(goal.id);
    expect(stored?.status).toBe('achieved');
    expect(stored?.achievedAt).toBe(new Date(2026, 10, 26, 9, 0).getTime());
  });
});
