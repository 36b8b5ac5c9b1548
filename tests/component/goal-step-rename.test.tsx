// Renaming a step on its goal's page: "Edit: <step>" opens a "Title" box like Today's edit,
// Enter saves, Escape cancels, focus goes back to the step's "Edit" button, and a title the
// task rules refuse (empty, over 500 characters) is explained in an alert and stored nowhere.
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createGoal } from '../../src/db/goal-repository';
import { GoalPage } from '../../src/features/goals/goal-page';

const TODAY = '2026-11-26';

async function setup() {
  const goal = await createGoal(
    {
      title: 'Write a novel',
      why: 'Stories matter to me',
      measure: { type: 'steps' },
      steps: ['Outline chapter one', 'Write the opening scene', 'Find a title'],
      obstacles: [],
    },
    TODAY,
  );
  render(<GoalPage id={goal.id} today={TODAY} />);
  await screen.findByRole('heading', { level: 1, name: 'Write a novel' });
  return { goal, user: userEvent.setup() };
}

const stepTitles = () =>
  within(screen.getByRole('region', { name: 'Steps' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.step-title')?.textContent ?? '(editing)');

const storedTitles = async (goalId: string) =>
  (await db.tasks.where('goalId').equals(goalId).toArray())
    .sort((a, b) => (a.order < b.order ? -1 : 1))
    .map((step) => step.title);

async function openEditor(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(screen.getByRole('button', { name: `Edit: ${title}` }));
  const form = screen.getByRole('form', { name: `Edit ${title}` });
  const box = within(form).getByRole('textbox', { name: 'Title' });
  return { form, box };
}

describe('Goal page: renaming a step', () => {
  it('opens a Title box on the step, saves with Enter and hands focus back to Edit', async () => {
    const { goal, user } = await setup();
    const { box } = await openEditor(user, 'Outline chapter one');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('Outline chapter one');
    expect(stepTitles()).toEqual(['(editing)', 'Write the opening scene', 'Find a title']);

    await user.clear(box);
    await user.type(box, 'Outline the first two chapters{Enter}');

    await waitFor(() =>
      expect(stepTitles()).toEqual([
        'Outline the first two chapters',
        'Write the opening scene',
        'Find a title',
      ]),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Edit: Outline the first two chapters' }),
      ).toHaveFocus(),
    );
    // Every control of the row follows the new name.
    expect(
      screen.getByRole('checkbox', { name: 'Complete: Outline the first two chapters' }),
    ).not.toBeChecked();
    expect(await storedTitles(goal.id)).toEqual([
      'Outline the first two chapters',
      'Write the opening scene',
      'Find a title',
    ]);
  });

  it('keeps the old title when Escape cancels, and hands focus back to Edit', async () => {
    const { goal, user } = await setup();
    const { box } = await openEditor(user, 'Find a title');
    await user.type(box, ' for the book');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
    expect(stepTitles()).toEqual([
      'Outline chapter one',
      'Write the opening scene',
      'Find a title',
    ]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Edit: Find a title' })).toHaveFocus(),
    );
    expect(await storedTitles(goal.id)).toContain('Find a title');
  });

  it.each([
    { problem: 'an empty title', value: '', message: 'a task needs a title' },
    { problem: 'a blank title', value: '   ', message: 'a task needs a title' },
    { problem: 'a title of 501 characters', value: 'x'.repeat(501), message: '501 characters' },
  ])('refuses $problem with an alert and keeps the old title', async ({ value, message }) => {
    const { goal, user } = await setup();
    const before = await storedTitles(goal.id);
    const { form, box } = await openEditor(user, 'Write the opening scene');
    await user.clear(box);
    // Pasted: typing 501 characters one key at a time is slow and proves nothing more.
    if (value !== '') await user.paste(value);
    await user.keyboard('{Enter}');

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(alert.textContent);
    // What was typed stays in the box, so it can be fixed.
    expect(box).toHaveValue(value);
    expect(await storedTitles(goal.id)).toEqual(before);

    await user.keyboard('{Escape}');
    expect(stepTitles()).toEqual([
      'Outline chapter one',
      'Write the opening scene',
      'Find a title',
    ]);
  });

  it('accepts a title of exactly 500 characters', async () => {
    const { goal, user } = await setup();
    const { box } = await openEditor(user, 'Find a title');
    await user.clear(box);
    await user.paste('y'.repeat(500));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(stepTitles()[2]).toBe('y'.repeat(500)));
    expect((await storedTitles(goal.id))[2]).toBe('y'.repeat(500));
  });
});
