// Drag and drop ordering (DESIGN.md §3 rule 5, "drag always sticks") in real Chromium, on the
// production build and the real IndexedDB: with the mouse and with the keyboard alone, on
// Today's chores and goals, across Today's sections (with Undo), on a goal page and on the Goals
// view. Every order is checked again after a reload.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Goal, Task } from '../../src/domain/types';
import { makeGoal, makeTask } from '../fixtures/builders';
import { readStore, seed } from './support/app-db';
import { lift, mouseDrag, rowOf } from './support/drag';
import { today } from './support/today';

const chore = (title: string, extra: Partial<Task> = {}) => makeTask({ title, ...extra });
const step = (goal: Goal, title: string) => makeTask({ title, kind: 'goal', goalId: goal.id });
/** A goal with recent progress: it stands in the goal section's main group. */
const freshGoal = (title: string) => makeGoal({ title, createdAt: Date.now() });

const tasksById = async (page: Page) =>
  new Map((await readStore<Task>(page, 'tasks')).map((task) => [task.id, task]));

/** Waits until the stored order puts `first` before `second` (a move is written, then kept). */
async function stored(page: Page, store: 'tasks' | 'goals', first: string, second: string) {
  await expect
    .poll(async () => {
      const rows = await readStore<{ id: string; order: string }>(page, store);
      const order = (id: string) => rows.find((row) => row.id === id)?.order ?? '';
      return order(first) < order(second);
    })
    .toBe(true);
}

// Tall enough that the lists stand clear of the window's edges, where a drag scrolls the page.
test.use({ viewport: { width: 1280, height: 1000 } });

test('chores reorder with the mouse, writing only the moved chore, and stay after a reload', async ({
  page,
}) => {
  const tasks = ['Call the plumber', 'Buy stamps', 'Water the plants', 'Pay rent'].map((title) =>
    chore(title),
  );
  await seed(page, { tasks });
  const t = today(page);
  const rows = t.chores.getByRole('listitem');
  await expect(rows).toHaveText([
    /^Call the plumber/,
    /^Buy stamps/,
    /^Water the plants/,
    /^Pay rent/,
  ]);
  const before = await tasksById(page);

  await mouseDrag(
    page,
    page.getByRole('button', { name: 'Move: Call the plumber' }),
    rowOf(t.chores, 'Call the plumber'),
    rowOf(t.chores, 'Water the plants'),
  );
  const moved = [/^Buy stamps/, /^Water the plants/, /^Call the plumber/, /^Pay rent/];
  await expect(rows).toHaveText(moved);
  await expect
    .poll(async () => (await tasksById(page)).get(tasks[0]!.id)?.order)
    .not.toBe(tasks[0]!.order);
  const after = await tasksById(page);
  const changed = [...after.values()].filter(
    (task) => JSON.stringify(task) !== JSON.stringify(before.get(task.id)),
  );
  expect(changed.map((task) => task.title)).toEqual(['Call the plumber']);

  await page.reload();
  await expect(rows).toHaveText(moved);
});

test('a chore dropped behind chores waiting in the pile says it went there', async ({ page }) => {
  // Five chores show (the default cap): the overdue one, last in the order, and the first four.
  const titles = ['Laundry', 'Buy stamps', 'Water the plants', 'Pay rent', 'Sort the mail'];
  const tasks = titles.map((title) => chore(title));
  tasks.push(chore('Renew passport', { dueDate: '2020-01-06' }));
  await seed(page, { tasks });
  const t = today(page);
  const rows = t.chores.getByRole('listitem');
  await expect(rows).toHaveText([
    /^Laundry/,
    /^Buy stamps/,
    /^Water the plants/,
    /^Pay rent/,
    /^Renew passport/,
  ]);

  // Below the overdue chore, Laundry comes after Sort the mail, which takes its place.
  await mouseDrag(
    page,
    page.getByRole('button', { name: 'Move: Laundry' }),
    rowOf(t.chores, 'Laundry'),
    rowOf(t.chores, 'Renew passport'),
  );
  await expect(
    page.getByText(
      '“Laundry” went into the pile: today’s 5 chores are the urgent ones, then the first in your order.',
    ),
  ).toBeVisible();
  await expect(rows).toHaveText([
    /^Buy stamps/,
    /^Water the plants/,
    /^Pay rent/,
    /^Sort the mail/,
    /^Renew passport/,
  ]);
});

test('chores reorder with the keyboard alone, with spoken positions, and stay after a reload', async ({
  page,
}) => {
  const [laundry, dishes, groceries] = [chore('Laundry'), chore('Dishes'), chore('Groceries')];
  await seed(page, { tasks: [laundry, dishes, groceries] });
  const t = today(page);
  const rows = t.chores.getByRole('listitem');
  await expect(rows).toHaveText([/^Laundry/, /^Dishes/, /^Groceries/]);
  // Tab from the box to the first row's handle, as a keyboard user would.
  await t.newTask.focus();
  const handle = page.getByRole('button', { name: 'Move: Laundry' });
  for (let i = 0; i < 8 && !(await handle.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(handle).toBeFocused();
  await expect(handle).toHaveAccessibleDescription(/Space or Enter.*arrow keys.*Escape/);

  await lift(page, handle);
  await expect(page.getByText('Picked up Laundry. Position 1 of 3.')).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Laundry is now at position 2 of 3.')).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Laundry is now at position 3 of 3.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Laundry dropped at position 3 of 3.')).toBeAttached();
  await expect(rows).toHaveText([/^Dishes/, /^Groceries/, /^Laundry/]);
  await expect(handle).toBeFocused();

  // Escape puts an item back where it was and writes nothing.
  await lift(page, handle, 'Enter');
  await expect(page.getByText('Picked up Laundry. Position 3 of 3.')).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Laundry is now at position 2 of 3.')).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(
    page.getByText('Move cancelled. Laundry is back at position 3 of 3.'),
  ).toBeAttached();
  await expect(rows).toHaveText([/^Dishes/, /^Groceries/, /^Laundry/]);

  await stored(page, 'tasks', groceries.id, laundry.id);
  expect((await tasksById(page)).get(dishes.id)).toEqual(dishes);
  await page.reload();
  await expect(rows).toHaveText([/^Dishes/, /^Groceries/, /^Laundry/]);
});

test('an arrow pressed right after the lift counts, however soon it comes', async ({ page }) => {
  await seed(page, { tasks: ['Laundry', 'Dishes', 'Groceries'].map((title) => chore(title)) });
  const t = today(page);
  const handle = page.getByRole('button', { name: 'Move: Laundry' });
  await handle.focus();
  await expect(handle).toHaveAccessibleDescription(/arrow keys/);
  // On a busy phone the next key can be handled before any timer the lift set has run; here it
  // comes in the same task as the lift, as soon as the lifting key has been handled.
  await page.evaluate(() => {
    const follow = (event: KeyboardEvent) => {
      if (event.code !== 'Space') return;
      window.removeEventListener('keydown', follow);
      const target = event.target as Element;
      const arrow = { code: 'ArrowDown', key: 'ArrowDown', bubbles: true, cancelable: true };
      queueMicrotask(() => target.dispatchEvent(new KeyboardEvent('keydown', arrow)));
    };
    window.addEventListener('keydown', follow); // last in the lifting key's path
  });
  await page.keyboard.press('Space');
  await expect(page.getByText('Laundry is now at position 2 of 3.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Dishes/, /^Laundry/, /^Groceries/]);
});

test('goals reorder in Today’s goal section, within their group, and the goal order keeps it', async ({
  page,
}) => {
  const [run, novel, spanish] = [
    freshGoal('Run a 10k'),
    freshGoal('Write a novel'),
    freshGoal('Learn Spanish'),
  ];
  // A neglected goal stands apart, under "Needs attention".
  const guitar = makeGoal({ title: 'Play guitar' });
  await seed(page, {
    goals: [run, novel, spanish, guitar],
    tasks: [
      step(run, 'Buy running shoes'),
      step(novel, 'Outline chapter one'),
      step(spanish, 'Find a course'),
      step(guitar, 'Tune the guitar'),
      chore('Laundry'),
    ],
  });
  const t = today(page);
  const rows = t.goals.getByRole('listitem');
  await expect(rows).toHaveText([
    /^Tune the guitar/,
    /^Buy running shoes/,
    /^Outline chapter one/,
    /^Find a course/,
  ]);

  await mouseDrag(
    page,
    page.getByRole('button', { name: 'Move: Find a course' }),
    rowOf(t.goals, 'Find a course'),
    rowOf(t.goals, 'Buy running shoes'),
  );
  const moved = [
    /^Tune the guitar/,
    /^Find a course/,
    /^Buy running shoes/,
    /^Outline chapter one/,
  ];
  await expect(rows).toHaveText(moved);
  await expect
    .poll(async () => {
      const goals = await readStore<Goal>(page, 'goals');
      return goals.find((goal) => goal.id === spanish.id)!.order < run.order;
    })
    .toBe(true);
  // Only the moved goal was written; its step kept its key.
  const stored = await readStore<Goal>(page, 'goals');
  expect(
    stored.filter((goal) => goal.updatedAt !== makeGoalTime(goal)).map((g) => g.title),
  ).toEqual(['Learn Spanish']);

  // A goal cannot leave its group: dropped among the others, the neglected one stays first.
  await mouseDrag(
    page,
    page.getByRole('button', { name: 'Move: Tune the guitar' }),
    rowOf(t.goals, 'Tune the guitar'),
    rowOf(t.goals, 'Outline chapter one'),
  );
  await expect(rows).toHaveText(moved);

  await page.reload();
  await expect(rows).toHaveText(moved);
  await page.getByRole('navigation').getByRole('link', { name: 'Goals' }).click();
  await expect(
    page.getByRole('region', { name: 'Active' }).getByRole('heading', { level: 3 }),
  ).toHaveText(['Learn Spanish', 'Run a 10k', 'Write a novel', 'Play guitar']);

  function makeGoalTime(goal: Goal) {
    return [run, novel, spanish, guitar].find((g) => g.id === goal.id)!.updatedAt;
  }
});

test('a chore dropped on a goal becomes its next step; Undo makes it the chore it was', async ({
  page,
}) => {
  const novel = freshGoal('Write a novel');
  const outline = step(novel, 'Outline chapter one');
  const plants = chore('Water the plants', {
    dueDate: '2030-01-03',
    recurrence: { every: 'week', interval: 1, weekday: 4 },
  });
  const laundry = chore('Laundry');
  await seed(page, { goals: [novel], tasks: [outline, plants, laundry] });
  const t = today(page);
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Water the plants/, /^Laundry/]);

  await mouseDrag(
    page,
    page.getByRole('button', { name: 'Move: Water the plants' }),
    rowOf(t.chores, 'Water the plants'),
    rowOf(t.goals, 'Outline chapter one'),
  );
  const dialog = page.getByRole('dialog', { name: 'Make “Water the plants” a goal step' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('it will stop repeating');
  // The goal it was dropped on comes chosen.
  await expect(dialog.getByRole('combobox', { name: 'Goal' })).toHaveValue(novel.id);
  await dialog.getByRole('button', { name: 'Make it a goal step' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('status')).toContainText(
    '“Water the plants” is now the next step of Write a novel. It no longer repeats.',
  );
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Water the plants.*Write a novel/]);
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Laundry/]);
  const stored = (await tasksById(page)).get(plants.id)!;
  expect(stored).toMatchObject({ kind: 'goal', goalId: novel.id });
  expect(stored.recurrence).toBeUndefined();
  expect(stored.order < outline.order).toBe(true);

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Water the plants/, /^Laundry/]);
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Outline chapter one/]);
  await page.reload();
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Water the plants/, /^Laundry/]);
  expect((await tasksById(page)).get(plants.id)).toMatchObject({
    kind: 'chore',
    order: plants.order,
    recurrence: plants.recurrence,
  });
});

test('with the keyboard, a chore goes into the goal section with no goal, or stays on Cancel', async ({
  page,
}) => {
  const loose = makeTask({ title: 'Sketch a logo', kind: 'goal' });
  await seed(page, { tasks: [loose, chore('Read the contract'), chore('Laundry')] });
  const t = today(page);
  const handle = page.getByRole('button', { name: 'Move: Read the contract' });
  await lift(page, handle);
  await expect(page.getByText('Picked up Read the contract. Position 1 of 2.')).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(
    page.getByText('Over Goals: drop to make Read the contract a goal step.'),
  ).toBeAttached();
  await page.keyboard.press('Space');
  const dialog = page.getByRole('dialog', { name: 'Make “Read the contract” a goal step' });
  await expect(dialog.getByRole('combobox', { name: 'Goal' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Read the contract/, /^Laundry/]);
  await expect(handle).toBeFocused();

  await lift(page, handle);
  await expect(page.getByText('Picked up Read the contract. Position 1 of 2.')).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(
    page.getByText('Over Goals: drop to make Read the contract a goal step.'),
  ).toBeAttached();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('combobox', { name: 'Goal' })).toHaveValue('');
  await dialog.getByRole('button', { name: 'Make it a goal step' }).click();
  await expect(page.getByRole('status')).toContainText('“Read the contract” is now a goal step.');
  // Unlinked goal steps: the new one comes first among them.
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Read the contract/, /^Sketch a logo/]);
  await expect(page.getByRole('button', { name: 'Move: Read the contract' })).toBeFocused();
});

test('a goal step dropped among the chores becomes a chore there; Undo puts it back', async ({
  page,
}) => {
  const novel = freshGoal('Write a novel');
  const outline = step(novel, 'Outline chapter one');
  const opening = step(novel, 'Write the opening scene');
  await seed(page, {
    goals: [novel],
    tasks: [outline, opening, chore('Laundry'), chore('Dishes'), chore('Groceries')],
  });
  const t = today(page);
  // Dropped a little below the middle of Dishes: it lands after Dishes.
  await mouseDrag(
    page,
    page.getByRole('button', { name: 'Move: Outline chapter one' }),
    rowOf(t.goals, 'Outline chapter one'),
    rowOf(t.chores, 'Dishes'),
    12,
  );
  await expect(page.getByRole('status')).toContainText(
    '“Outline chapter one” is now a chore, no longer a step of Write a novel.',
  );
  await expect(t.chores.getByRole('listitem')).toHaveText([
    /^Laundry/,
    /^Dishes/,
    /^Outline chapter one/,
    /^Groceries/,
  ]);
  // The goal shows its following step; no goal item is ever below a chore.
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Write the opening scene/]);

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Outline chapter one/]);
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Laundry/, /^Dishes/, /^Groceries/]);
  await page.reload();
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Outline chapter one/]);
});

test('steps reorder by drag on a goal page and stay after a reload', async ({ page }) => {
  const novel = freshGoal('Write a novel');
  const steps = ['Outline chapter one', 'Write the opening scene', 'Draft chapter two'].map(
    (title) => step(novel, title),
  );
  await seed(page, { goals: [novel], tasks: steps });
  await page.goto(`/goals/${novel.id}`);
  const list = page.getByRole('region', { name: 'Steps' }).getByRole('list');
  const titles = list.getByRole('listitem');
  await expect(titles).toHaveText([
    /^Outline chapter one/,
    /^Write the opening scene/,
    /^Draft chapter two/,
  ]);

  await mouseDrag(
    page,
    page.getByRole('button', { name: 'Move: Draft chapter two' }),
    rowOf(list, 'Draft chapter two'),
    rowOf(list, 'Outline chapter one'),
  );
  const moved = [/^Draft chapter two/, /^Outline chapter one/, /^Write the opening scene/];
  await expect(titles).toHaveText(moved);
  await stored(page, 'tasks', steps[2]!.id, steps[0]!.id);
  await page.reload();
  await expect(titles).toHaveText(moved);
  // It is now the goal's next step on Today.
  await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
  await expect(today(page).goals.getByRole('listitem')).toHaveText([/^Draft chapter two/]);
});

test('goals reorder by drag on the Goals view, and Today follows', async ({ page }) => {
  const goals = [freshGoal('Run a 10k'), freshGoal('Write a novel'), freshGoal('Learn Spanish')];
  await seed(page, {
    goals,
    tasks: goals.map((goal) => step(goal, `First step of ${goal.title}`)),
  });
  await page.goto('/goals');
  const active = page.getByRole('region', { name: 'Active' });
  const cards = active.getByRole('heading', { level: 3 });
  await expect(cards).toHaveText(['Run a 10k', 'Write a novel', 'Learn Spanish']);

  await mouseDrag(
    page,
    page.getByRole('button', { name: 'Move: Run a 10k' }),
    rowOf(active, 'Run a 10k'),
    rowOf(active, 'Learn Spanish'),
  );
  await expect(cards).toHaveText(['Write a novel', 'Learn Spanish', 'Run a 10k']);
  await stored(page, 'goals', goals[2]!.id, goals[0]!.id);
  await page.reload();
  await expect(cards).toHaveText(['Write a novel', 'Learn Spanish', 'Run a 10k']);
  await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
  await expect(today(page).goals.getByRole('listitem')).toHaveText([
    /^First step of Write a novel/,
    /^First step of Learn Spanish/,
    /^First step of Run a 10k/,
  ]);
});

test('under reduced motion, rows jump instead of sliding', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await seed(page, { tasks: ['Laundry', 'Dishes'].map((title) => chore(title)) });
  const t = today(page);
  const handle = page.getByRole('button', { name: 'Move: Laundry' });
  await lift(page, handle);
  await expect(page.getByText('Picked up Laundry. Position 1 of 2.')).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Laundry is now at position 2 of 2.')).toBeAttached();
  const dishes = rowOf(t.chores, 'Dishes');
  await expect(dishes).toHaveCSS('transform', /matrix/);
  expect(await dishes.evaluate((row) => row.style.transition)).toBe('');
  await page.keyboard.press('Space');
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Dishes/, /^Laundry/]);
});

test('Today with drag handles and the goal dialog open has no serious axe violations', async ({
  page,
}) => {
  const novel = freshGoal('Write a novel');
  await seed(page, { goals: [novel], tasks: [step(novel, 'Outline'), chore('Laundry')] });
  const t = today(page);
  await mouseDrag(
    page,
    page.getByRole('button', { name: 'Move: Laundry' }),
    rowOf(t.chores, 'Laundry'),
    rowOf(t.goals, 'Outline'),
  );
  await expect(page.getByRole('dialog')).toBeVisible();
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter((v) =>
    ['serious', 'critical'].includes(v.impact ?? ''),
  );
  expect(violations).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a press and hold on the handle lifts the row; a quick swipe does not', async ({ page }) => {
    await seed(page, { tasks: ['Laundry', 'Dishes', 'Groceries'].map((title) => chore(title)) });
    const t = today(page);
    const rows = t.chores.getByRole('listitem');
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      });
    await expect(rows).toHaveCount(3);
    // The first touch on the page loads the drag layer.
    await touch('touchStart', 20, 20);
    await touch('touchEnd');
    const handle = page.getByRole('button', { name: 'Move: Laundry' });
    await expect(handle).toHaveAccessibleDescription(/arrow keys/);
    const box = (await handle.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const gap = (await rowOf(t.chores, 'Groceries').boundingBox())!.y - box.y;

    // A swipe that starts on the handle and moves at once is a scroll, not a drag.
    await touch('touchStart', x, y);
    for (let i = 1; i <= 10; i++) await touch('touchMove', x, y + (gap * i) / 10);
    await touch('touchEnd');
    await expect(rows).toHaveText([/^Laundry/, /^Dishes/, /^Groceries/]);

    // Held past the press delay (a quarter second), the row lifts and follows the finger.
    await touch('touchStart', x, y);
    await page.waitForTimeout(400);
    for (let i = 1; i <= 20; i++) await touch('touchMove', x, y + (gap * i) / 20);
    await expect(page.getByText('Laundry is now at position 3 of 3.')).toBeAttached();
    await touch('touchEnd');
    await expect(rows).toHaveText([/^Dishes/, /^Groceries/, /^Laundry/]);
  });
});
