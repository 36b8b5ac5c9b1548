// Bringing a list in, in real Chromium: each format read from a file or pasted, items marked as
// goal steps with the burial diagnosis live, "Add to my list" in one go, Undo, and the files
// that cannot be read.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Goal, Task } from '../../src/domain/types';
import { makeGoal } from '../fixtures/builders';
import { readStore, seed } from './support/app-db';

const fixture = (name: string) => `tests/fixtures/lists/${name}`;

async function openImport(page: Page) {
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Bring in your list' }).click();
  await expect(page).toHaveURL('/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Bring in your list' })).toBeVisible();
}

const toggle = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const diagnosis = (page: Page) => page.locator('.import-diagnosis');
const summary = (page: Page) => page.getByRole('region', { name: 'What was read' });

async function liveTasks(page: Page): Promise<Task[]> {
  const tasks = await readStore<Task>(page, 'tasks');
  return tasks.filter((task) => task.deletedAt === undefined);
}

test('a Todoist export: read, marked, added with its dates, goals on top of Today', async ({
  page,
}) => {
  await openImport(page);
  await page.getByLabel('Import a list').setInputFiles(fixture('todoist-export.csv'));
  await expect(summary(page)).toContainText('Read as a Todoist export (CSV).');
  await expect(summary(page)).toContainText('11 items to add: 11 open items.');
  await expect(summary(page)).toContainText(
    'Dates and repeats understood: 3 due dates, 1 planned day and 3 repeats.',
  );
  await expect(summary(page)).toContainText('Left out: 1 blank row and 1 row of view settings.');

  await expect(diagnosis(page)).toContainText('No goal steps marked yet');
  await toggle(page, 'Write the first chapter of my novel').click();
  await toggle(page, 'Train for the 10k race').click();
  await toggle(page, 'Practise Spanish for 20 minutes').click();
  await expect(diagnosis(page)).toContainText('Your 3 goals sat at lines 4, 8 and 11');
  await expect(toggle(page, 'Train for the 10k race')).toHaveAttribute('aria-pressed', 'true');
  await toggle(page, 'Practise Spanish for 20 minutes').click();
  await expect(toggle(page, 'Practise Spanish for 20 minutes')).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(diagnosis(page)).toContainText('Your 2 goals sat at lines 4 and 8');

  // Markup and formula text stay text.
  await expect(toggle(page, 'Pay the <b>gas</b> bill @home')).toBeVisible();
  await expect(toggle(page, '=HYPERLINK("https://example.org")')).toBeVisible();

  await page.getByRole('button', { name: 'Add to my list' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Added 11 items' });
  await expect(status).toContainText('Added 11 items to your list: 2 goal steps and 9 chores.');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();

  const tasks = await liveTasks(page);
  expect(tasks).toHaveLength(11);
  const byTitle = (title: string) => tasks.find((task) => task.title === title);
  expect(byTitle('Renew the car insurance')).toMatchObject({
    kind: 'chore',
    dueDate: '2027-03-03',
  });
  expect(byTitle('Sort the recycling')?.recurrence).toMatchObject({ every: 'week', weekday: 1 });
  expect(byTitle('Train for the 10k race')).toMatchObject({
    kind: 'goal',
    dueDate: '2027-04-30',
    scheduledFor: '2027-04-10',
  });
  expect(byTitle('Reply to the landlord')?.notes).toContain('Comment: He prefers email to calls');

  await page.getByRole('link', { name: 'See your list on Today' }).click();
  const goals = page.getByRole('region', { name: 'Goals' }).getByRole('listitem');
  await expect(goals.first()).toContainText('Write the first chapter of my novel');
});

test('Undo takes the whole import back out', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Paste a list').fill('Buy milk\nWrite a poem\nCall the plumber');
  await toggle(page, 'Write a poem').click();
  await page.getByLabel('Goal', { exact: true }).selectOption({ label: 'A new goal…' });
  await page.getByLabel('Name of the new goal').fill('Write a poetry collection');
  await page.getByRole('button', { name: 'Add to my list' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toContainText(
    'Added 3 items to your list: 1 goal step toward “Write a poetry collection” and 2 chores.',
  );
  expect(await liveTasks(page)).toHaveLength(3);
  const [goal] = await readStore<Goal>(page, 'goals');
  expect(goal).toMatchObject({ title: 'Write a poetry collection', status: 'active' });

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import undone' })).toContainText(
    'Import undone: 3 items are gone from your list again.',
  );
  expect(await liveTasks(page)).toEqual([]);
  const goals = await readStore<Goal>(page, 'goals');
  expect(goals.every((g) => g.deletedAt !== undefined)).toBe(true);
});

test('a TickTick backup: preamble, statuses, time zones and completed items as done', async ({
  page,
}) => {
  await openImport(page);
  await page.getByLabel('Import a list').setInputFiles(fixture('ticktick-backup.csv'));
  await expect(summary(page)).toContainText('Read as a TickTick backup (CSV).');
  await expect(summary(page)).toContainText('6 items to add: 6 open items.');
  await expect(summary(page)).toContainText(
    'Left out: 1 item marked “won’t do”, 1 note (a note is not a task) and 2 completed items.',
  );
  await expect(toggle(page, 'Call the bank done')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Bring them in as done' }).check();
  await expect(summary(page)).toContainText(
    '8 items to add: 6 open items, 2 completed items brought in as done.',
  );
  await expect(page.getByRole('button', { name: /^Call the bank/ })).toBeVisible();
  await toggle(page, 'Run three times a week').click();
  await expect(diagnosis(page)).toContainText('Your goal sat at line 2');
  await page.getByRole('button', { name: 'Add to my list' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 8 items' })).toBeVisible();

  const tasks = await liveTasks(page);
  const byTitle = (title: string) => tasks.find((task) => task.title === title);
  expect(byTitle('Book the dentist')?.dueDate).toBe('2027-02-15');
  expect(byTitle('Call the bank')).toMatchObject({
    status: 'done',
    completedAt: Date.UTC(2027, 0, 10, 9, 15),
  });
  const run = byTitle('Run three times a week');
  expect(run).toMatchObject({ kind: 'goal', dueDate: '2027-02-01' });
  expect(run?.recurrence).toBeUndefined();
  expect(run?.notes).toContain('It repeated every Monday; a goal step is done once');
  expect(byTitle('Learn to juggle')).toBeUndefined();
});

test('a Markdown checklist under an existing goal, and a UTF-16 file', async ({ page }) => {
  const goal = makeGoal({ title: 'Grow our own vegetables' });
  await seed(page, { goals: [goal] });
  await openImport(page);
  await page.getByLabel('Import a list').setInputFiles(fixture('checklist.md'));
  await expect(summary(page)).toContainText('Read as a Markdown checklist.');
  await expect(page.getByRole('heading', { name: 'Errands' })).toBeVisible();
  await toggle(page, 'Plan the garden').click();
  await toggle(page, 'Order seeds').click();
  await page.getByLabel('Goal', { exact: true }).selectOption({ label: 'Grow our own vegetables' });
  await page.getByRole('button', { name: 'Add to my list' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 7 items' })).toContainText(
    '2 goal steps and 5 chores',
  );
  const steps = (await liveTasks(page)).filter((task) => task.goalId === goal.id);
  expect(steps.map((task) => task.title).sort()).toEqual(['Order seeds', 'Plan the garden']);

  const text = readFileSync(fixture('plain-list.txt'), 'utf8');
  await page.getByLabel('Import a list').setInputFiles({
    name: 'list-without-extension',
    mimeType: 'application/octet-stream',
    buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  });
  await expect(summary(page)).toContainText(
    'Read as plain text, one item per line, decoded from UTF-16.',
  );
  await expect(toggle(page, 'Learn to play the piano')).toBeVisible();
});

test.describe('input that cannot be read gets an alert and nothing to add', () => {
  const cases: {
    name: string;
    file: { name: string; mimeType: string; buffer: Buffer };
    alert: RegExp;
  }[] = [
    {
      name: 'an empty file',
      file: { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
      alert: /The file is empty/,
    },
    {
      name: 'binary data',
      file: {
        name: 'list.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
      },
      alert: /not text: it looks like binary data/,
    },
    {
      name: 'a ZIP archive',
      file: {
        name: 'backup.zip',
        mimeType: 'application/zip',
        buffer: Buffer.from('PK\x03\x04rest', 'latin1'),
      },
      alert: /ZIP archive/,
    },
    {
      name: '100,000 lines',
      file: {
        name: 'huge.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(Array.from({ length: 100_000 }, (_, i) => `Item ${i}`).join('\n')),
      },
      alert: /100,000 open items; Goals First brings in up to 5,000 at a time/,
    },
    {
      name: '20 MB',
      file: {
        name: 'big.txt',
        mimeType: 'text/plain',
        buffer: Buffer.alloc(20 * 1024 * 1024, 'a'),
      },
      alert: /The file is 20\.0 MB; a list can be at most 10\.0 MB/,
    },
  ];
  for (const { name, file, alert } of cases) {
    test(name, async ({ page }) => {
      await openImport(page);
      await page.getByLabel('Import a list').setInputFiles(file);
      await expect(page.getByRole('alert')).toContainText(alert);
      await expect(page.getByRole('alert')).toContainText('Nothing to add.');
      await expect(page.getByRole('button', { name: 'Add to my list' })).toHaveCount(0);
      expect(await readStore(page, 'tasks')).toEqual([]);
    });
  }

  test('a CSV with quotes and line breaks inside fields is read, not refused', async ({ page }) => {
    await openImport(page);
    await page
      .getByLabel('Paste a list')
      .fill(
        'TYPE,CONTENT,DESCRIPTION\ntask,"Buy paint, ""sky blue""","Two tins.\nMatt finish."\ntask,Sand the door,',
      );
    await expect(toggle(page, 'Buy paint, "sky blue"')).toBeVisible();
    await expect(toggle(page, 'Sand the door')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('hostile text in a list stays text: no script runs, no rule of the CSP is broken', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(event.violatedDirective),
    );
  });
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(2)</script>',
    '=cmd|"/c calc"!A1',
  ];
  await openImport(page);
  await page.getByLabel('Paste a list').fill(hostile.join('\n'));
  for (const title of hostile) await expect(toggle(page, title)).toBeVisible();
  await toggle(page, hostile[0]!).click();
  await page.getByRole('button', { name: 'Add to my list' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 3 items' })).toBeVisible();
  await page.getByRole('link', { name: 'See your list on Today' }).click();
  await expect(page.getByRole('region', { name: 'Goals' })).toContainText(hostile[0]!);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
});

test('Today’s empty state offers to bring a list in', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Bring in your list' }).click();
  await expect(page).toHaveURL('/import');
  await expect(page.getByLabel('Import a list')).toBeVisible();
  await expect(page.getByLabel('Paste a list')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the import flow has no serious axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openImport(page);
    await page.getByLabel('Import a list').setInputFiles(fixture('ticktick-backup.csv'));
    await toggle(page, 'Book the dentist').click();
    await page.getByLabel('Goal', { exact: true }).selectOption({ label: 'A new goal…' });
    await page.getByLabel('Name of the new goal').fill('Look after my teeth');
    const reading = await new AxeBuilder({ page }).analyze();
    await page.getByRole('button', { name: 'Add to my list' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    const added = await new AxeBuilder({ page }).analyze();
    const serious = [...reading.violations, ...added.violations].filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}
