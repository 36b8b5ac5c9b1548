import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createGoal } from '../../src/db/goal-repository';
import { GoalPage } from '../../src/features/goals/goal-page';
import { Toaster } from '../../src/ui/toaster';

const TODAY = '2026-11-26';

async function setup() {
  const goal = await createGoal(
    {
      title: 'Write a novel',
      why: 'Stories matter to me',
      measure: { type: 'count', target: 20000, unit: 'words' },
      steps: ['Outline chapter one', 'Write the opening scene', 'Find a title'],
      obstacles: [{ obstacle: 'I am too tired after work', strategy: 'write before breakfast' }],
    },
    TODAY,
  );
  render(
    <>
      <GoalPage id={goal.id} today={TODAY} />
      <Toaster />
    </>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Write a novel' });
  return { goal, user: userEvent.setup() };
}

const stepTitles = () =>
  within(screen.getByRole('region', { name: 'Steps' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.step-title')?.textContent);

describe('Goal page', () => {
  it('says plainly when there is no such goal and links back to the goals', async () => {
    render(<GoalPage id="no-such-goal" today={TODAY} />);
    expect(await screen.findByRole('heading', { name: 'Goal not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your goals' })).toHaveAttribute(
      'href',
      '/goals',
    );
  });

  it('logs progress from the Amount box with Enter and moves the progress bar', async () => {
    const { user } = await setup();
    const bar = screen.getByRole('progressbar', { name: 'Write a novel' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    await user.click(screen.getByRole('button', { name: 'Log progress' }));
    const amount = screen.getByRole('spinbutton', { name: /^Amount/ });
    expect(amount).toHaveFocus();
    await user.type(amount, '{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter how much you did, in words');
    await user.type(amount, '650{Enter}');
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '650'));
    expect(bar).toHaveAttribute('aria-valuetext', '650 of 20,000 words');
    expect(screen.getByRole('list', { name: 'Logged progress' })).toHaveTextContent(
      'Today650 words',
    );
  });

  it('moves a step up and deletes one with Undo', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Move up: Find a title' }));
    await waitFor(() =>
      expect(stepTitles()).toEqual([
        'Outline chapter one',
        'Find a title',
        'Write the opening scene',
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Delete: Outline chapter one' }));
    await waitFor(() => expect(stepTitles()).toEqual(['Find a title', 'Write the opening scene']));
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(stepTitles()).toEqual([
        'Outline chapter one',
        'Find a title',
        'Write the opening scene',
      ]),
    );
  });

  it('completes a step and reopens it in place', async () => {
    const { goal, user } = await setup();
    const box = screen.getByRole('checkbox', { name: 'Complete: Outline chapter one' });
    await user.click(box);
    expect(box).toBeChecked();
    await waitFor(async () => {
      const steps = await db.tasks.where('goalId').equals(goal.id).toArray();
      expect(steps.find((step) => step.title === 'Outline chapter one')?.status).toBe('done');
    });
    await user.click(screen.getByRole('checkbox', { name: 'Complete: Outline chapter one' }));
    await waitFor(() =>
      expect(
        screen.getByRole('checkbox', { name: 'Complete: Outline chapter one' }),
      ).not.toBeChecked(),
    );
    expect(stepTitles()[0]).toBe('Outline chapter one');
  });

  it('pauses and resumes the goal', async () => {
    const { goal, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    const resume = await screen.findByRole('button', { name: 'Resume' });
    expect((await db.goals.get(goal.id))?.status).toBe('paused');
    await user.click(resume);
    await screen.findByRole('button', { name: 'Pause' });
    expect((await db.goals.get(goal.id))?.status).toBe('active');
  });

  it('shows the if-then plans as sentences', async () => {
    await setup();
    expect(screen.getByRole('region', { name: 'Obstacles and plans' })).toHaveTextContent(
      'If I am too tired after work, then I will write before breakfast',
    );
  });
});
