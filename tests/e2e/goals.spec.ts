// Goals as a user meets them: from "I want to write a book" to a measurable goal with a plan,
// its next step on Today above every chore, progress logged and seen, and a pause that takes
// its steps off Today, all kept across reloads. Real Chromium, the production build, the real
// IndexedDB.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { CheckIn, Goal, Task } from '../../src/domain/types';
import { makeGoal, makeTask } from '../fixtures/builders';
import { readStore, seed } from './support/app-db';
import { goals } from './support/goals';
import { today } from './support/today';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 10, 10, 9, 0));
});

const chores = (count: number) =>
  Array.from({ length: count }, (_, i) => makeTask({ title: `Chore ${i + 1}` }));

const novel = {
  title: 'Write a novel',
  why: 'Stories are how I make sense of the world',
  count: { target: '20000', unit: 'words' },
  deadline: '2027-06-30',
  steps: ['Outline chapter one', 'Write the opening scene'],
  plans: [{ obstacle: 'I am too tired after work', strategy: 'write 200 words before breakfast' }],
};

test('a goal made in the flow leads Today, grows with logged progress, and leaves Today when paused', async ({
  page,
}) => {
  await seed(page, { tasks: chores(3) });
  const g = goals(page);
  const t = today(page);

  await g.open();
  await expect(
    page.getByRole('heading', { name: 'Start with one thing you care about' }),
  ).toBeVisible();
  await g.create(novel);
  await expect(page).toHaveURL(/\/goals\/[\w-]+$/);
  const bar = g.progress('Write a novel');
  await expect(bar).toHaveAttribute('aria-valuenow', '0');
  await expect(bar).toHaveAttribute('aria-valuemax', '20000');

  await g.log('650');
  await expect(bar).toHaveAttribute('aria-valuenow', '650');
  await g.log('1200');
  await expect(bar).toHaveAttribute('aria-valuenow', '1850');
  await expect(bar).toHaveAttribute('aria-valuetext', '1,850 of 20,000 words');
  await expect(
    page.getByRole('list', { name: 'Logged progress' }).getByRole('listitem'),
  ).toHaveCount(2);

  // Today: the goal's first step stands above every chore.
  await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
  await expect(t.goals.getByRole('listitem')).toHaveText([
    /^Outline chapter one.*Next step of Write a novel/,
  ]);
  await expect(page.getByRole('main').getByRole('listitem')).toHaveText([
    /^Outline chapter one/,
    /^Chore 1/,
    /^Chore 2/,
    /^Chore 3/,
  ]);

  // All of it is stored, so a reload keeps it.
  await page.reload();
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Outline chapter one/]);
  await g.open();
  await expect(bar).toHaveAttribute('aria-valuenow', '1850');
  await expect(page.getByRole('main')).toContainText('1,850 of 20,000 words');
  const [stored] = await readStore<Goal>(page, 'goals');
  expect(stored).toMatchObject({
    title: 'Write a novel',
    measure: { type: 'count', target: 20000, unit: 'words' },
    deadline: '2027-06-30',
    status: 'active',
    obstacles: [
      { obstacle: 'I am too tired after work', strategy: 'write 200 words before breakfast' },
    ],
  });
  expect((await readStore<CheckIn>(page, 'checkIns')).map((c) => c.amount).sort()).toEqual([
    1200, 650,
  ]);

  // Pause: its steps leave Today, and stay off after a reload.
  await page.getByRole('link', { name: 'Write a novel' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
  await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
  await expect(t.chores.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('main')).not.toContainText('Outline chapter one');
  await page.reload();
  await expect(t.chores.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('main')).not.toContainText('Outline chapter one');
  const steps = await readStore<Task>(page, 'tasks');
  expect(steps.filter((task) => task.kind === 'goal').map((task) => task.status)).toEqual([
    'open',
    'open',
  ]);

  // On the Goals view it waits, folded, under "Paused".
  await g.open();
  await expect(page.getByRole('region', { name: 'Active' })).toContainText('No active goal');
  const paused = page.getByRole('button', { name: /^Paused/ });
  await expect(paused).toHaveAttribute('aria-expanded', 'false');
  await paused.click();
  await expect(g.progress('Write a novel')).toBeVisible();
});

test('Back, Next and the browser’s Back and Forward keep what was typed in the flow', async ({
  page,
}) => {
  await page.goto('/goals');
  const g = goals(page);
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByRole('textbox', { name: 'Goal' }).fill('Run a 10k');
  await g.next.click();
  await expect(g.partHeading).toHaveText('How will you know you got there?');
  await expect(g.partHeading).toBeFocused();
  await page.getByRole('radio', { name: 'Number' }).check();
  await page.getByRole('spinbutton', { name: 'Target' }).fill('10');

  await page.goBack();
  await expect(g.partHeading).toHaveText('What do you want?');
  await expect(page.getByRole('textbox', { name: 'Goal' })).toHaveValue('Run a 10k');
  await page.goForward();
  await expect(g.partHeading).toHaveText('How will you know you got there?');
  await expect(page.getByRole('spinbutton', { name: 'Target' })).toHaveValue('10');

  // A reload keeps the draft and the part.
  await page.reload();
  await expect(g.partHeading).toHaveText('How will you know you got there?');
  await expect(page.getByRole('spinbutton', { name: 'Target' })).toHaveValue('10');

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(g.partHeading).toHaveText('What do you want?');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  expect(await readStore(page, 'goals')).toEqual([]);
});

test('an invalid part shows an alert and does not advance', async ({ page }) => {
  await page.goto('/goals/new');
  const g = goals(page);
  await g.next.click();
  await expect(page.getByRole('alert')).toHaveText(
    'Say what you want first: a goal needs a few words.',
  );
  await expect(page.getByRole('textbox', { name: 'Goal' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Goal' }).fill('Save for a bike');
  await g.next.click();
  await page.getByRole('radio', { name: 'Number' }).check();
  await page.getByRole('spinbutton', { name: 'Target' }).fill('-20');
  await page.getByLabel('Deadline').fill('2026-11-09');
  await g.next.click();
  await expect(page.getByRole('alert')).toContainText('The target must be a number above zero');
  await page.getByRole('spinbutton', { name: 'Target' }).fill('600');
  await g.next.click();
  await expect(page.getByRole('alert')).toContainText('That deadline has already passed');
  await expect(g.partHeading).toHaveText('How will you know you got there?');
});

test('Move up and Move down change the goal order, on the Goals view and on Today', async ({
  page,
}) => {
  const [run, novelGoal, spanish] = [
    makeGoal({ title: 'Run a 10k' }),
    makeGoal({ title: 'Write a novel' }),
    makeGoal({ title: 'Learn Spanish' }),
  ];
  const step = (goal: Goal, title: string) => makeTask({ title, kind: 'goal', goalId: goal.id });
  await seed(page, {
    goals: [run, novelGoal, spanish],
    tasks: [
      step(run, 'Buy running shoes'),
      step(novelGoal, 'Outline chapter one'),
      step(spanish, 'Find a course'),
    ],
  });
  const g = goals(page);
  await g.open();
  const cards = page.getByRole('region', { name: 'Active' }).getByRole('heading', { level: 3 });
  await expect(cards).toHaveText(['Run a 10k', 'Write a novel', 'Learn Spanish']);
  await page.getByRole('button', { name: 'Move up: Learn Spanish' }).click();
  await expect(cards).toHaveText(['Run a 10k', 'Learn Spanish', 'Write a novel']);
  await expect(page.getByRole('button', { name: 'Move up: Learn Spanish' })).toBeFocused();
  await page.getByRole('button', { name: 'Move up: Learn Spanish' }).click();
  await expect(cards).toHaveText(['Learn Spanish', 'Run a 10k', 'Write a novel']);
  // At the top its Move up is off; focus stays on the goal, on Move down.
  await expect(page.getByRole('button', { name: 'Move down: Learn Spanish' })).toBeFocused();
  await page.reload();
  await expect(cards).toHaveText(['Learn Spanish', 'Run a 10k', 'Write a novel']);
  await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
  await expect(today(page).goals.getByRole('listitem')).toHaveText([
    /^Find a course/,
    /^Buy running shoes/,
    /^Outline chapter one/,
  ]);
});

test('deleting a goal takes its steps off Today, and Undo brings both back', async ({ page }) => {
  await seed(page, { tasks: chores(1) });
  const g = goals(page);
  await g.open();
  await g.create({ title: 'Learn Spanish', steps: ['Find a course'] });
  await page.getByRole('button', { name: 'Delete goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await expect(g.progress('Learn Spanish')).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(g.progress('Learn Spanish')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
  await expect(today(page).goals.getByRole('listitem')).toHaveText([/^Find a course/]);
});

test('a goal address that leads nowhere says so and links back', async ({ page }) => {
  await page.goto('/goals/no-such-goal');
  await expect(page.getByRole('heading', { level: 1, name: 'Goal not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to your goals' }).click();
  await expect(page).toHaveURL('/goals');
});

test.describe('accessibility', () => {
  const serious = async (page: Page) =>
    (await new AxeBuilder({ page }).analyze()).violations.filter((v) =>
      ['serious', 'critical'].includes(v.impact ?? ''),
    );

  test('the Goals view, the flow and a goal page have no serious or critical axe violations', async ({
    page,
  }) => {
    await page.goto('/goals');
    await expect(page.getByRole('button', { name: 'New goal' })).toBeVisible();
    expect(await serious(page)).toEqual([]);

    const g = goals(page);
    await page.getByRole('button', { name: 'New goal' }).click();
    await g.next.click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await serious(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Goal' }).fill(novel.title);
    await g.next.click();
    await page.getByRole('radio', { name: 'Number' }).check();
    expect(await serious(page)).toEqual([]);
    await page.getByRole('spinbutton', { name: 'Target' }).fill('20000');
    await page.getByRole('textbox', { name: 'Unit' }).fill('words');
    await g.next.click();
    await page.getByRole('textbox', { name: 'Step 1' }).fill(novel.steps[0]!);
    await page.getByRole('textbox', { name: 'Step 2' }).fill(novel.steps[1]!);
    await g.next.click();
    await page.getByRole('button', { name: 'Add another obstacle' }).click();
    expect(await serious(page)).toEqual([]);
    await g.next.click();
    expect(await serious(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save goal' }).click();

    await expect(page.getByRole('heading', { level: 1, name: novel.title })).toBeVisible();
    await g.log('650');
    await page.getByRole('button', { name: 'Log progress' }).click();
    expect(await serious(page)).toEqual([]);

    await g.open();
    await expect(g.progress(novel.title)).toBeVisible();
    expect(await serious(page)).toEqual([]);
  });

  test('the Goals pages in the dark theme have none either', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/goals');
    const g = goals(page);
    await g.create({ ...novel, plans: novel.plans });
    expect(await serious(page)).toEqual([]);
    await g.open();
    await expect(g.progress(novel.title)).toBeVisible();
    expect(await serious(page)).toEqual([]);
  });
});
