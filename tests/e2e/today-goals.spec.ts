// Goal steps on Today: attaching one to a goal, moving it between goals, and snoozing it with
// the goal's own if–then plans in view.
import { expect, test } from '@playwright/test';
import type { Task } from '../../src/domain/types';
import { makeGoal, makeTask } from '../fixtures/builders';
import { readStore, seed } from './support/app-db';
import { today } from './support/today';

const novel = makeGoal({
  title: 'Write a novel',
  createdAt: Date.now(),
  obstacles: [
    {
      id: 'o1',
      obstacle: 'I am too tired after work',
      strategy: 'write 200 words before breakfast',
    },
  ],
});
const spanish = makeGoal({ title: 'Learn Spanish', createdAt: Date.now() });
const outline = makeTask({ title: 'Outline chapter one', kind: 'goal', goalId: novel.id });

test('the Goal picker attaches a new step to a goal, after its last step', async ({ page }) => {
  await seed(page, { goals: [novel, spanish], tasks: [outline, makeTask({ title: 'Laundry' })] });
  const t = today(page);
  await page.getByRole('radio', { name: 'Goal step' }).check();
  await page.getByRole('combobox', { name: 'Goal' }).selectOption({ label: 'Write a novel' });
  await t.newTask.fill('Draft the opening scene');
  await t.newTask.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/Added to Write a novel, step 2 of 2/);

  const steps = (await readStore<Task>(page, 'tasks')).filter((task) => task.goalId === novel.id);
  const added = steps.find((task) => task.title === 'Draft the opening scene');
  expect(added!.order > outline.order).toBe(true);
  // The goal's first open step is still the one Today shows.
  await expect(t.goals.getByRole('listitem').first()).toHaveText(/^Outline chapter one/);
});

test('editing a goal step can move it to another goal', async ({ page }) => {
  await seed(page, { goals: [novel, spanish], tasks: [outline] });
  const t = today(page);
  await page.getByRole('button', { name: 'Edit: Outline chapter one' }).click();
  await t.goals.getByRole('combobox', { name: 'Goal' }).selectOption({ label: 'Learn Spanish' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    t.goals.getByRole('listitem').filter({ hasText: 'Outline chapter one' }),
  ).toContainText('Next step of Learn Spanish');
  await expect(
    t.goals.getByRole('link', { name: 'Plan the next step for Write a novel' }),
  ).toBeVisible();
});

test('snoozing a step shows the goal’s plan and the count, and keeps the goal on Today', async ({
  page,
}) => {
  await seed(page, { goals: [novel], tasks: [outline, makeTask({ title: 'Laundry' })] });
  const t = today(page);
  await page.getByRole('button', { name: 'Snooze: Outline chapter one' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText('Snoozed until tomorrow, the 1st time.');
  await expect(status).toContainText(
    'If I am too tired after work, then I will write 200 words before breakfast.',
  );
  const step = t.goals.getByRole('listitem').first();
  await expect(step).toHaveText(/^Outline chapter one.*Snoozed until tomorrow · 1st time/);
  // Still its goal's entry, above every chore; no second snooze while it is snoozed.
  await expect(page.getByRole('button', { name: 'Snooze: Outline chapter one' })).toHaveCount(0);
  await page.reload();
  await expect(step).toHaveText(/Snoozed until tomorrow · 1st time/);
  await page.getByRole('navigation').getByRole('link', { name: 'Goals' }).click();
  await page.getByRole('link', { name: 'Write a novel' }).first().click();
  await expect(page.getByRole('main')).toContainText(/snoozed/i);
});
