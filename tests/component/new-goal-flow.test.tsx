import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { listGoalSteps } from '../../src/db/step-order';
import { NewGoalFlow } from '../../src/features/goals/new-goal-flow';

const TODAY = '2026-11-26';

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/goals/new');
});

function setup() {
  render(<NewGoalFlow today={TODAY} />);
  return userEvent.setup();
}

const partHeading = () => screen.getByRole('heading', { level: 2 });
const next = () => screen.getByRole('button', { name: 'Next' });

async function fillWhat(user: ReturnType<typeof userEvent.setup>, title = 'Write a novel') {
  await user.type(screen.getByRole('textbox', { name: 'Goal' }), title);
  await user.type(screen.getByRole('textbox', { name: 'Why it matters' }), 'Stories matter to me');
  await user.click(next());
}

describe('New goal flow: every part checks its input before moving on', () => {
  it('refuses an empty goal with an alert, marks and focuses the box, and stays', async () => {
    const user = setup();
    expect(partHeading()).toHaveTextContent('What do you want?');
    await user.click(next());
    expect(await screen.findByRole('alert')).toHaveTextContent('a goal needs a few words');
    const goal = screen.getByRole('textbox', { name: 'Goal' });
    expect(goal).toHaveAttribute('aria-invalid', 'true');
    expect(goal).toHaveAccessibleDescription(/a goal needs a few words/);
    await waitFor(() => expect(goal).toHaveFocus());
    expect(partHeading()).toHaveTextContent('What do you want?');
    // The alert goes as soon as the person starts fixing it.
    await user.type(goal, 'R');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a goal over 200 characters and keeps the text', async () => {
    const user = setup();
    const goal = screen.getByRole('textbox', { name: 'Goal' });
    await user.click(goal);
    await user.paste('g'.repeat(201));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('201 characters long');
    expect(goal).toHaveValue('g'.repeat(201));
    expect(partHeading()).toHaveTextContent('What do you want?');
  });

  it.each([
    ['an empty target', '', 'Target', 'The target must be a number above zero'],
    ['a target of zero', '0', 'Target', 'The target must be a number above zero'],
    ['a negative target', '-5', 'Target', 'The target must be a number above zero'],
  ])('refuses %s for a number goal', async (_, target, field, message) => {
    const user = setup();
    await fillWhat(user);
    expect(partHeading()).toHaveTextContent('How will you know you got there?');
    await user.click(screen.getByRole('radio', { name: 'Number' }));
    if (target) await user.type(screen.getByRole('spinbutton', { name: 'Target' }), target);
    await user.type(screen.getByRole('textbox', { name: 'Unit' }), 'words');
    await user.click(next());
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('spinbutton', { name: field })).toHaveAttribute('aria-invalid', 'true');
    expect(partHeading()).toHaveTextContent('How will you know you got there?');
  });

  it('refuses a deadline in the past', async () => {
    const user = setup();
    await fillWhat(user);
    const deadline = screen.getByLabelText('Deadline');
    await user.type(deadline, '2026-11-25');
    await user.click(next());
    expect(await screen.findByRole('alert')).toHaveTextContent('already passed');
    expect(deadline).toHaveAttribute('aria-invalid', 'true');
    expect(partHeading()).toHaveTextContent('How will you know you got there?');
  });

  it('needs at least one first step, and each step within the task title rule (500 characters)', async () => {
    const user = setup();
    await fillWhat(user);
    await user.click(next());
    expect(partHeading()).toHaveTextContent('What are your first steps?');
    await user.click(next());
    expect(await screen.findByRole('alert')).toHaveTextContent('at least one first step');
    await user.click(screen.getByRole('textbox', { name: 'Step 2' }));
    await user.paste('s'.repeat(501));
    await user.click(next());
    expect(await screen.findByRole('alert')).toHaveTextContent('Step 2 is 501 characters long');
    expect(screen.getByRole('textbox', { name: 'Step 2' })).toHaveAttribute('aria-invalid', 'true');
    expect(partHeading()).toHaveTextContent('What are your first steps?');
    // 500 is fine, as for a task written anywhere else (the goal and its why stay at 200).
    await user.keyboard('{Backspace}');
    await user.click(next());
    expect(partHeading()).toHaveTextContent('What could get in the way?');
  });

  it('refuses half an obstacle pair and lets pairs be added and removed', async () => {
    const user = setup();
    await fillWhat(user);
    await user.click(next());
    await user.type(screen.getByRole('textbox', { name: 'Step 1' }), 'Outline chapter one');
    await user.click(next());
    expect(partHeading()).toHaveTextContent('What could get in the way?');
    await user.type(screen.getByRole('textbox', { name: 'If' }), 'I am too tired');
    await user.click(next());
    expect(await screen.findByRole('alert')).toHaveTextContent('Obstacle 1 needs a plan');
    expect(screen.getByRole('textbox', { name: 'Then I will' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Add another obstacle' }));
    expect(screen.getAllByRole('textbox', { name: 'If' })).toHaveLength(2);
    await waitFor(() => expect(screen.getAllByRole('textbox', { name: 'If' })[1]).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Remove obstacle 1' }));
    expect(screen.getAllByRole('textbox', { name: 'If' })).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'If' })).toHaveValue('');
    // No pair at all is fine: planning for obstacles is encouraged, not forced.
    await user.click(next());
    expect(partHeading()).toHaveTextContent('Your plan');
  });

  it('keeps everything typed across Back and Next', async () => {
    const user = setup();
    await fillWhat(user);
    await user.click(screen.getByRole('radio', { name: 'Number' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Target' }), '20000');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(partHeading()).toHaveTextContent('What do you want?'));
    expect(screen.getByRole('textbox', { name: 'Goal' })).toHaveValue('Write a novel');
    expect(screen.getByRole('textbox', { name: 'Why it matters' })).toHaveValue(
      'Stories matter to me',
    );
    await user.click(next());
    expect(screen.getByRole('radio', { name: 'Number' })).toBeChecked();
    expect(screen.getByRole('spinbutton', { name: 'Target' })).toHaveValue(20000);
    expect(await db.goals.count()).toBe(0);
  });

  it('saves the goal, its first steps and its obstacles together and opens its page', async () => {
    const user = setup();
    await fillWhat(user);
    await user.click(screen.getByRole('radio', { name: 'Number' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Target' }), '20000');
    await user.type(screen.getByRole('textbox', { name: 'Unit' }), 'words');
    await user.type(screen.getByLabelText('Deadline'), '2027-06-30');
    await user.click(next());
    await user.type(screen.getByRole('textbox', { name: 'Step 1' }), 'Outline chapter one');
    await user.type(screen.getByRole('textbox', { name: 'Step 3' }), 'Write 200 words');
    await user.click(next());
    await user.type(screen.getByRole('textbox', { name: 'If' }), 'I am too tired after work');
    await user.type(
      screen.getByRole('textbox', { name: 'Then I will' }),
      'write 200 words before breakfast',
    );
    await user.click(next());
    expect(partHeading()).toHaveTextContent('Your plan');
    await user.click(screen.getByRole('button', { name: 'Save goal' }));

    // The flow's own address is /goals/new: wait for the saved goal's page.
    await waitFor(() => expect(window.location.pathname).not.toBe('/goals/new'));
    const [goal] = await db.goals.toArray();
    expect(window.location.pathname).toBe(`/goals/${goal!.id}`);
    expect(goal).toMatchObject({
      title: 'Write a novel',
      why: 'Stories matter to me',
      measure: { type: 'count', target: 20000, unit: 'words' },
      deadline: '2027-06-30',
      obstacles: [
        { obstacle: 'I am too tired after work', strategy: 'write 200 words before breakfast' },
      ],
    });
    expect((await listGoalSteps(goal!.id)).map((step) => step.title)).toEqual([
      'Outline chapter one',
      'Write 200 words',
    ]);
    // The draft is gone: the next "New goal" starts empty.
    expect(sessionStorage.length).toBe(0);
  });
});
