import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readStore } from './support/app-db';
import { today } from './support/today';
import type { Task } from '../../src/domain/types';

const liveTasks = async (page: Page) =>
  (await readStore<Task>(page, 'tasks')).filter((task) => task.deletedAt === undefined);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a goal step stands above a chore added before it, and both survive a reload', async ({
  page,
}) => {
  const t = today(page);
  await t.add('Call the plumber');
  await expect(t.newTask).toHaveValue('');
  await expect(t.newTask).toBeFocused();
  await t.add('Write 300 words of chapter one', 'Goal step');

  const titles = page.getByRole('main').getByRole('listitem');
  await expect(titles).toHaveText([/^Write 300 words of chapter one/, /^Call the plumber/]);
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Write 300 words/]);
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Call the plumber/]);

  await page.reload();
  await expect(titles).toHaveText([/^Write 300 words of chapter one/, /^Call the plumber/]);
});

test('completing moves a task to "Done today", which survives a reload; unchecking reopens it', async ({
  page,
}) => {
  const t = today(page);
  await t.add('Laundry');
  await t.add('Buy stamps');
  await page.getByRole('checkbox', { name: 'Complete: Laundry' }).click();
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Buy stamps/]);

  await page.reload();
  await page.getByRole('button', { name: 'Done today' }).click();
  const done = t.doneToday.getByRole('checkbox', { name: 'Complete: Laundry' });
  await expect(done).toBeChecked();

  await done.click();
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Buy stamps/, /^Laundry/]);
  await page.reload();
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Buy stamps/, /^Laundry/]);
  await expect(page.getByRole('checkbox', { name: 'Complete: Laundry' })).not.toBeChecked();
});

test('Undo brings a deleted task back in its old place', async ({ page }) => {
  const t = today(page);
  for (const title of ['Third', 'Second', 'First']) await t.add(title);
  await page.getByRole('button', { name: 'Delete: Second' }).click();
  await expect(t.chores.getByRole('listitem')).toHaveText([/^First/, /^Third/]);
  // Focus moves on to the next row rather than getting lost.
  await expect(page.getByRole('checkbox', { name: 'Complete: Third' })).toBeFocused();

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(t.chores.getByRole('listitem')).toHaveText([/^First/, /^Second/, /^Third/]);
  await page.reload();
  await expect(t.chores.getByRole('listitem')).toHaveText([/^First/, /^Second/, /^Third/]);
});

test('a delete without Undo stays deleted after a reload', async ({ page }) => {
  const t = today(page);
  await t.add('Keep me');
  await t.add('Remove me');
  await page.getByRole('button', { name: 'Delete: Remove me' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted “Remove me”');
  await page.reload();
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Keep me/]);
});

test('the Undo toast stays while the pointer rests on it', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  const t = today(page);
  await t.add('Temporary');
  await page.getByRole('button', { name: 'Delete: Temporary' }).click();
  const undo = page.getByRole('status').getByRole('button', { name: 'Undo' });
  await undo.hover();
  await page.clock.runFor(20_000);
  await expect(undo).toBeVisible();
  await page.mouse.move(0, 0);
  await page.clock.runFor(7_000);
  await expect(undo).toBeHidden();
});

test('leaving while a quick add is still being saved asks first; staying keeps the task', async ({
  page,
}) => {
  // The first add waits for the parser's code, which loads on first use: held back here, the
  // task is still on its way (its box already empty) when the reload comes.
  let releaseParser: () => void = () => undefined;
  const parserHeld = new Promise<void>((resolve) => (releaseParser = resolve));
  await page.route('**/assets/quick-add-parser-*.js', async (route) => {
    await parserHeld;
    await route.continue();
  });
  const t = today(page);
  await t.add('Water the plants');
  await expect(t.newTask).toHaveValue('');
  const asked = page.waitForEvent('dialog', { timeout: 5_000 });
  await page.evaluate(() => window.setTimeout(() => window.location.reload(), 0));
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss(); // "Stay on this page"
  releaseParser();
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Water the plants/]);
  // Stored now: a reload goes ahead without asking, and the task is still there.
  const later: string[] = [];
  page.on('dialog', (other) => {
    later.push(other.type());
    void other.accept();
  });
  await page.reload();
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Water the plants/]);
  expect(later).toEqual([]);
});

test('an empty title is refused with an alert and adds nothing', async ({ page }) => {
  const t = today(page);
  await t.newTask.fill('   ');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('needs a title');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0);
  expect(await liveTasks(page)).toEqual([]);
});

test('a 10,000-character title is refused, nothing is added and the text stays in the box', async ({
  page,
}) => {
  const t = today(page);
  const long = 'a'.repeat(10_000);
  await t.newTask.fill(long);
  await t.newTask.press('Enter');
  await expect(page.getByRole('alert')).toContainText('10,000 characters');
  await expect(t.newTask).toHaveValue(long);
  expect(await liveTasks(page)).toEqual([]);
});

test('a title with markup is shown as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const t = today(page);
  const markup = '<img src=x onerror=alert(1)>';
  await t.add(markup);
  await expect(t.chores.getByRole('listitem')).toHaveText([markup]);
  await expect(page.locator('main img')).toHaveCount(0);
  await page.reload();
  await expect(t.chores.getByRole('listitem')).toHaveText([markup]);
  expect(dialogs).toBe(0);
});

test('editing: Enter saves a new title and kind, Escape cancels', async ({ page }) => {
  const t = today(page);
  await t.add('Draft');
  await page.getByRole('button', { name: 'Edit: Draft' }).click();
  const title = page.getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused();
  await title.fill('Outline the first chapter');
  await page.getByRole('listitem').getByRole('radio', { name: 'Goal step' }).check();
  await title.press('Enter');
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Outline the first chapter/]);
  await expect(page.getByRole('button', { name: 'Edit: Outline the first chapter' })).toBeFocused();

  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Title' }).fill('Something else');
  await page.keyboard.press('Escape');
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Outline the first chapter/]);
  await page.reload();
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Outline the first chapter/]);
});

test('an edit to an empty title is refused and the task keeps its title', async ({ page }) => {
  const t = today(page);
  await t.add('Keep this title');
  await page.getByRole('button', { name: 'Edit: Keep this title' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('needs a title');
  await page.keyboard.press('Escape');
  await expect(t.chores.getByRole('listitem')).toHaveText([/^Keep this title/]);
});

test('the whole list works from the keyboard alone', async ({ page }) => {
  const t = today(page);
  await t.newTask.focus();
  await page.keyboard.type('Water the plants');
  await page.keyboard.press('Enter');
  // Tab from the box: Add, the kind radios, then the row's checkbox.
  const check = page.getByRole('checkbox', { name: 'Complete: Water the plants' });
  for (let i = 0; i < 6 && !(await check.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(check).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Done today' })).toBeVisible();
  expect((await liveTasks(page)).map((task) => task.status)).toEqual(['done']);
});

test.describe('accessibility', () => {
  const serious = async (page: Page) =>
    (await new AxeBuilder({ page }).analyze()).violations.filter((v) =>
      ['serious', 'critical'].includes(v.impact ?? ''),
    );

  test('empty Today has no serious or critical axe violations', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'Start with what matters' })).toBeVisible();
    expect(await serious(page)).toEqual([]);
  });

  test('Today with tasks, an open editor and a toast has none either', async ({ page }) => {
    const t = today(page);
    await t.add('Call the plumber');
    await t.add('Run 3 km', 'Goal step');
    await t.add('Delete me');
    await page.getByRole('checkbox', { name: 'Complete: Call the plumber' }).click();
    await page.getByRole('button', { name: 'Done today' }).click();
    await page.getByRole('button', { name: 'Delete: Delete me' }).click();
    await page.getByRole('button', { name: 'Edit: Run 3 km' }).click();
    expect(await serious(page)).toEqual([]);
  });

  test('dark theme has no serious or critical axe violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const t = today(page);
    await t.add('Run 3 km', 'Goal step');
    await t.add('Call the plumber');
    expect(await serious(page)).toEqual([]);
  });
});
