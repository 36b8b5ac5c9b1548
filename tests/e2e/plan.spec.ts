// The prioritization engine as a user meets it: a list where goal steps were buried under
// chores opens with those steps on top of Today, each saying why.
import { expect, test } from '@playwright/test';
import { startOfDay } from '../../src/domain/day';
import type { Task } from '../../src/domain/types';
import { makeCheckIn, makeGoal, makeTask } from '../fixtures/builders';
import { seed } from './support/app-db';
import { today } from './support/today';

const TODAY = '2026-11-10';
const at = (day: string) => startOfDay(day).getTime() + 12 * 3600_000;

function buriedList() {
  const novel = makeGoal({ title: 'Write a novel', createdAt: at('2026-10-01') });
  const run = makeGoal({ title: 'Run a 10k', createdAt: at('2026-11-09'), deadline: '2026-11-13' });
  const spanish = makeGoal({ title: 'Learn Spanish', createdAt: at('2026-11-09') });
  const tasks: Task[] = [];
  const chore = (title: string, extra: Partial<Task> = {}) =>
    tasks.push(makeTask({ title, createdAt: at('2026-11-01'), ...extra }));
  for (let i = 1; i <= 10; i++) chore(`Chore ${i}`);
  tasks.push(makeTask({ title: 'Outline chapter one', kind: 'goal', goalId: novel.id }));
  for (let i = 11; i <= 15; i++) chore(`Chore ${i}`);
  tasks.push(makeTask({ title: 'Buy running shoes', kind: 'goal', goalId: run.id }));
  chore('Renew passport', { dueDate: '2026-11-08' });
  chore('Chore 17');
  tasks.push(makeTask({ title: 'Find a choir', kind: 'goal' }));
  const checkIns = [makeCheckIn({ goalId: novel.id, day: '2026-11-04' })];
  return { tasks, goals: [novel, run, spanish], checkIns };
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 10, 10, 9, 0));
});

test('buried goal steps stand on top of Today with their reasons', async ({ page }) => {
  await seed(page, buriedList());
  const t = today(page);

  const attention = page.getByRole('region', { name: 'Needs attention' });
  await expect(attention.getByRole('listitem')).toHaveText([/^Outline chapter one/]);
  await expect(attention.getByRole('listitem')).toContainText('No progress in 6 days');
  await expect(attention.getByRole('listitem')).toContainText('Next step of Write a novel');

  await expect(t.goals.getByRole('listitem')).toHaveText([
    /^Outline chapter one/,
    /^Buy running shoes.*Deadline in 3 days/,
    /^Plan the next step for Learn Spanish/,
    /^Find a choir.*A step toward a goal/,
  ]);
  await expect(
    t.goals.getByRole('link', { name: 'Plan the next step for Learn Spanish' }),
  ).toHaveAttribute('href', /^\/goals\//);

  // Five chores make the cut: the overdue one first in urgency, the rest in manual order.
  await expect(t.chores.getByRole('listitem')).toHaveText([
    /^Chore 1/,
    /^Chore 2/,
    /^Chore 3/,
    /^Chore 4/,
    /^Renew passport.*2 days overdue/,
  ]);
  expect(TODAY).toBe('2026-11-10');
});

test('"Show N more chores" unfolds the pile', async ({ page }) => {
  await seed(page, buriedList());
  const t = today(page);
  await expect(t.chores.getByRole('listitem')).toHaveCount(5);
  const more = t.chores.getByRole('button', { name: 'Show 12 more chores' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(t.chores.getByRole('listitem')).toHaveCount(17);
  await expect(t.chores.getByRole('listitem').nth(5)).toHaveText(/^Chore 5/);
  // One button opens and folds, so the keyboard stays on it.
  const fold = t.chores.getByRole('button', { name: 'Fold the pile' });
  await expect(fold).toBeFocused();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(t.chores.getByRole('listitem')).toHaveCount(5);
  await expect(more).toBeFocused();
});

test('a pile of hundreds opens page by page and follows changes while open', async ({ page }) => {
  const tasks = Array.from({ length: 250 }, (_, i) =>
    makeTask({ title: `Chore ${i + 1}`, createdAt: at('2026-11-01') }),
  );
  await seed(page, { tasks });
  const t = today(page);
  await expect(t.chores.getByRole('listitem')).toHaveCount(5);
  // The folded pile says how big it is; open, it shows 200 rows at a time.
  await t.chores.getByRole('button', { name: 'Show 245 more chores' }).click();
  await expect(t.chores.getByRole('listitem')).toHaveCount(205);
  await expect(t.chores.getByRole('heading', { name: 'The pile 245' })).toBeVisible();
  await t.chores.getByRole('button', { name: 'Show the next 45 of the pile' }).click();
  await expect(t.chores.getByRole('listitem')).toHaveCount(250);
  await expect(t.chores.getByRole('button', { name: 'Fold the pile' })).toBeFocused();
  await expect(t.chores.getByRole('listitem').last()).toHaveText(/^Chore 250/);

  // Done from the pile: the row leaves it and the count follows.
  const done = (title: string) =>
    t.chores.getByRole('checkbox', { name: `Complete: ${title}`, exact: true });
  await done('Chore 100').click();
  await expect(t.chores.getByRole('heading', { name: 'The pile 244' })).toBeVisible();
  await expect(done('Chore 100')).toHaveCount(0);
  // Done from today's list: the first of the pile moves up into it.
  await done('Chore 1').click();
  await expect(t.chores.getByRole('listitem').nth(4)).toHaveText(/^Chore 6/);
  await expect(t.chores.getByRole('heading', { name: 'The pile 243' })).toBeVisible();
});

test('a chore added while urgent chores fill today’s list says it went into the pile', async ({
  page,
}) => {
  const urgent = Array.from({ length: 5 }, (_, i) =>
    makeTask({ title: `Overdue ${i + 1}`, dueDate: '2026-11-0' + String(i + 1) }),
  );
  await seed(page, { tasks: urgent });
  const t = today(page);
  await expect(t.chores.getByRole('listitem')).toHaveCount(5);
  await t.add('Laundry');
  await expect(
    page.getByText('“Laundry” went into the pile: 5 more urgent chores fill today’s list.'),
  ).toBeVisible();
  await expect(t.chores.getByRole('button', { name: 'Show 1 more chore' })).toBeVisible();
});

test('goal steps without a goal: three show, the rest wait behind a prompt to give them one', async ({
  page,
}) => {
  const novel = makeGoal({ title: 'Write a novel', createdAt: at('2026-11-09') });
  const loose = Array.from({ length: 250 }, (_, i) =>
    makeTask({ title: `Idea ${i + 1}`, kind: 'goal' }),
  );
  await seed(page, {
    goals: [novel],
    tasks: [
      makeTask({ title: 'Outline chapter one', kind: 'goal', goalId: novel.id }),
      ...loose,
      makeTask({ title: 'Laundry' }),
    ],
  });
  const t = today(page);
  await expect(t.goals.getByRole('listitem')).toHaveText([
    /^Outline chapter one/,
    /^Idea 1(?!\d)/,
    /^Idea 2(?!\d)/,
    /^Idea 3(?!\d)/,
  ]);
  await expect(t.goals).toContainText('247 more goal steps without a goal wait here');
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Laundry/]);

  // Opened a page at a time, without drag handles; one button folds them again.
  const toggle = t.goals.getByRole('button', { name: 'Show 247 more goal steps without a goal' });
  await toggle.click();
  await expect(t.goals.getByRole('listitem')).toHaveCount(4 + 200);
  await expect(t.goals.getByRole('button', { name: 'Move: Idea 4' })).toHaveCount(0);
  await t.goals.getByRole('button', { name: 'Show the next 47 without a goal' }).click();
  await expect(t.goals.getByRole('listitem')).toHaveCount(4 + 247);

  // Given a goal, a step leaves the heap and waits its turn with that goal.
  await t.goals.getByRole('button', { name: 'Edit: Idea 250' }).click();
  await page.getByRole('combobox', { name: 'Goal' }).selectOption({ label: 'Write a novel' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(t.goals).toContainText('246 more goal steps without a goal wait here');
  await t.goals.getByRole('button', { name: 'Fold the steps without a goal' }).click();
  await expect(t.goals.getByRole('listitem')).toHaveCount(4);
  await expect(
    t.goals.getByRole('button', { name: 'Show 246 more goal steps without a goal' }),
  ).toBeFocused();
});

test('All tasks shows the list as written with the burial diagnosis', async ({ page }) => {
  await seed(page, buriedList());
  await page.getByRole('navigation').getByRole('link', { name: 'All tasks' }).click();
  await expect(page).toHaveURL('/all');
  await expect(page.getByRole('heading', { level: 1, name: 'All tasks' })).toBeFocused();
  await expect(page.getByRole('status')).toContainText(
    '3 goal steps are buried under 17 chores; the first is at position 11.',
  );
  const rows = page.getByRole('list', { name: 'All open tasks' }).getByRole('listitem');
  await expect(rows.nth(10)).toHaveText(/^Outline chapter one/);
  await page.reload();
  await expect(page.getByRole('status')).toContainText('the first is at position 11');
});

test('All tasks renders only the rows on screen of a 10,000-task list', async ({ page }) => {
  const tasks = Array.from({ length: 10_000 }, (_, i) =>
    makeTask({ title: `Chore number ${i + 1}`, kind: i === 9_999 ? 'goal' : 'chore' }),
  );
  await seed(page, { tasks });
  await page.goto('/all');
  await expect(page.getByRole('status')).toContainText(
    '1 goal step is buried under 9,999 chores; the first is at position 10,000.',
  );
  const rows = page.getByRole('list', { name: 'All open tasks' }).getByRole('listitem');
  expect(await rows.count()).toBeLessThan(100);
  await page.keyboard.press('End');
  await expect(page.getByText('Chore number 10000')).toBeVisible();
});
