// Due dates and repeating chores in real Chromium, with the page's clock fixed (page.clock) and
// the browser's zone and locale set, so "today" and the names of days are known.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readStore, seed } from './support/app-db';
import { today } from './support/today';
import type { Task } from '../../src/domain/types';
import { makeTask } from '../fixtures/builders';

const liveTasks = async (page: Page) =>
  (await readStore<Task>(page, 'tasks')).filter((task) => task.deletedAt === undefined);

test.use({ locale: 'en-GB' });

// 10:00 on Wednesday 13 January 2027 in each zone (a fixed offset per zone: January is summer
// in Auckland, winter in New York).
const ZONES = [
  { timezoneId: 'America/New_York', morning: '2027-01-13T10:00:00-05:00' },
  { timezoneId: 'Pacific/Auckland', morning: '2027-01-13T10:00:00+13:00' },
];

for (const { timezoneId, morning } of ZONES) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('“Pay rent every month on 2027-01-31”: chips, add, complete, next one due 28 Feb', async ({
      page,
    }) => {
      await page.clock.setFixedTime(morning);
      await page.goto('/');
      const t = today(page);
      await t.newTask.fill('Pay rent every month on 2027-01-31');

      const chips = page.getByRole('list', { name: 'Recognised in your text' });
      await expect(chips.getByRole('listitem')).toHaveText(['Repeats every month×', 'Due 31 Jan×']);
      await expect(page.getByText('Title: Pay rent')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Remove: Due 31 Jan' })).toBeVisible();

      await t.newTask.press('Enter');
      await expect(t.newTask).toHaveValue('');
      await expect(chips).toBeHidden();
      const rows = t.chores.getByRole('listitem');
      await expect(rows).toHaveText(['Pay rentDue 31 Jan · Repeats every month']);

      await page.getByRole('checkbox', { name: 'Complete: Pay rent' }).click();
      await expect(rows).toHaveText(['Pay rentDue 28 Feb · Repeats every month']);
      await expect(page.getByRole('status')).toContainText('“Pay rent” is next due 28 Feb');

      await page.reload();
      await expect(rows).toHaveText(['Pay rentDue 28 Feb · Repeats every month']);
      await page.getByRole('button', { name: 'Done today' }).click();
      await expect(t.doneToday.getByRole('checkbox', { name: 'Complete: Pay rent' })).toBeChecked();
      const stored = await liveTasks(page);
      expect(stored.map((task) => [task.status, task.dueDate]).sort()).toEqual([
        ['done', '2027-01-31'],
        ['open', '2027-02-28'],
      ]);
      expect(stored.every((task) => task.recurrence?.monthDay === 31)).toBe(true);
    });
  });
}

test.describe('with the clock in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('an overdue repeating chore is marked in words; Skip moves it on and Undo brings it back', async ({
    page,
  }) => {
    await page.clock.setFixedTime(ZONES[0]!.morning);
    await seed(page, {
      tasks: [
        makeTask({
          title: 'Bins',
          dueDate: '2027-01-11', // Monday, two days ago
          recurrence: { every: 'week', interval: 1 },
        }),
      ],
    });
    const row = today(page).chores.getByRole('listitem');
    await expect(row).toHaveText('Bins2 days overdue · Repeats every week');

    await page.getByRole('button', { name: 'Skip: Bins' }).click();
    // The first Monday after today; it is in next week, so the date says which Monday.
    await expect(row).toHaveText('BinsDue Mon 18 Jan · Repeats every week');
    await expect(page.getByRole('status')).toContainText('Skipped “Bins”: next due Mon 18 Jan');
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(row).toHaveText('Bins2 days overdue · Repeats every week');
  });

  test('the edit form sets a due date, a scheduled day and a repeat, and stops it', async ({
    page,
  }) => {
    await page.clock.setFixedTime(ZONES[0]!.morning);
    await page.goto('/');
    const t = today(page);
    await t.add('Water the plants');
    await page.getByRole('button', { name: 'Edit: Water the plants' }).click();
    await page.getByLabel('Due date').fill('2027-01-15');
    await page.getByLabel('Scheduled for').fill('2027-01-14');
    await page.getByRole('combobox', { name: 'Repeat' }).selectOption('Weekly');
    await page.getByRole('button', { name: 'Save' }).click();
    const row = t.chores.getByRole('listitem');
    await expect(row).toHaveText(
      'Water the plantsDue Fri · Scheduled tomorrow · Repeats every week',
    );
    await page.reload();
    await expect(row).toHaveText(
      'Water the plantsDue Fri · Scheduled tomorrow · Repeats every week',
    );

    await page.getByRole('button', { name: 'Edit: Water the plants' }).click();
    await page.getByRole('combobox', { name: 'Repeat' }).selectOption('Does not repeat');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(row).toHaveText('Water the plantsDue Fri · Scheduled tomorrow');
    await expect(page.getByRole('button', { name: 'Skip: Water the plants' })).toHaveCount(0);
  });

  test('“Today” rolls over at midnight: tomorrow’s chore becomes due today', async ({ page }) => {
    await page.clock.install({ time: '2027-01-13T23:58:00-05:00' });
    await seed(page, { tasks: [makeTask({ title: 'Call the bank', dueDate: '2027-01-14' })] });
    const row = today(page).chores.getByRole('listitem');
    await expect(row).toHaveText('Call the bankDue tomorrow');
    await page.clock.runFor('03:00');
    await expect(row).toHaveText('Call the bankDue today');
  });

  test('chips and the date controls have no serious or critical axe violations', async ({
    page,
  }) => {
    await page.clock.setFixedTime(ZONES[0]!.morning);
    await seed(page, {
      tasks: [
        makeTask({
          title: 'Bins',
          dueDate: '2027-01-11',
          recurrence: { every: 'day', interval: 1 },
        }),
      ],
    });
    await today(page).newTask.fill('Pay rent every month on 2027-01-31');
    await expect(page.getByRole('list', { name: 'Recognised in your text' })).toBeVisible();
    await page.getByRole('button', { name: 'Edit: Bins' }).click();
    await expect(page.getByLabel('Due date')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))).toEqual([]);
  });
});

test('the date parser is not part of the first load: it comes when quick add is used', async ({
  page,
}) => {
  const parserRequests: string[] = [];
  page.on('request', (request) => {
    if (/quick-add-parser-[\w-]+\.js$/.test(request.url())) parserRequests.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(parserRequests).toEqual([]);
  await today(page).newTask.focus();
  await expect.poll(() => parserRequests.length).toBe(1);
});
