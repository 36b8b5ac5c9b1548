// Review: a week of use made with page.clock (chores and goal steps completed on different
// days, a snooze with its if–then plan, a check-in), read back on /review; both week buttons;
// the reflection surviving a reload and refused over its limit; the coaching session in
// Settings; axe; and the printed report: one page on A4 and on Letter, every goal in its text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startOfDay } from '../../src/domain/day';
import type { CoachingRecord } from '../../src/domain/types';
import { makeGoal, makeTask } from '../fixtures/builders';
import { seed } from './support/app-db';
import { today } from './support/today';

// Dates are written the British way ("9 Nov") in these tests.
test.use({ locale: 'en-GB' });

const at = (day: string, hour = 12) => startOfDay(day).getTime() + hour * 3600_000;

const novel = makeGoal({
  title: 'Write a novel',
  createdAt: at('2026-10-01'),
  obstacles: [
    { id: 'plan-1', obstacle: 'I am too tired after work', strategy: 'write before breakfast' },
  ],
});
const run = makeGoal({ title: 'Run a 10k', createdAt: at('2026-10-01') });
const spanish = makeGoal({
  title: 'Learn Spanish',
  createdAt: at('2026-10-01'),
  measure: { type: 'count', target: 30, unit: 'lessons' },
});
const step = (title: string, goalId: string) =>
  makeTask({ title, kind: 'goal', goalId, createdAt: at('2026-10-01') });
const chore = (title: string) => makeTask({ title, createdAt: at('2026-10-01') });

const records = {
  goals: [novel, run, spanish],
  tasks: [
    step('Outline chapter one', novel.id),
    step('Draft chapter one', novel.id),
    step('Buy running shoes', run.id),
    step('Run 3 km', run.id),
    chore('Pay rent'),
    chore('Call the plumber'),
    chore('Buy milk'),
    chore('Sort the post'),
    // Done in the week before.
    makeTask({ title: 'Renew passport', status: 'done', completedAt: at('2026-11-04') }),
  ],
  // A session held on Monday (the second of the programme); the next one is set in Settings.
  coachingSessions: [
    {
      id: 'programme',
      type: 'programme',
      sessionCount: 8,
      sessionsBefore: 1,
      createdAt: at('2026-10-01'),
      updatedAt: at('2026-10-01'),
    },
    {
      id: 'session-2026-11-09',
      type: 'session',
      day: '2026-11-09',
      createdAt: at('2026-10-01'),
      updatedAt: at('2026-10-01'),
    },
  ] satisfies CoachingRecord[],
  settings: [{ key: 'weekStartsOn', value: 1 }],
};

/** The app at `day`, 10:00 local time. */
async function dayOf(page: Page, day: string) {
  await page.clock.setFixedTime(new Date(at(day, 10)));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
}

/** Ticks a task off on Today; `doneToday` is how many are then done that day. */
async function complete(page: Page, title: string, doneToday: number) {
  await page.getByRole('checkbox', { name: `Complete: ${title}` }).click();
  await expect(today(page).doneToday).toContainText(`Done today ${doneToday}`);
}

/** Monday 9 to Thursday 12 November 2026, through the app's own controls. */
async function liveAWeek(page: Page) {
  await page.clock.setFixedTime(new Date(at('2026-11-09', 10)));
  await seed(page, records);

  await dayOf(page, '2026-11-09');
  await complete(page, 'Outline chapter one', 1);
  await complete(page, 'Pay rent', 2);

  await dayOf(page, '2026-11-10');
  await page.getByRole('button', { name: 'Snooze: Draft chapter one' }).click();
  await expect(page.getByRole('status')).toContainText(
    'If I am too tired after work, then I will write before breakfast.',
  );
  await complete(page, 'Call the plumber', 1);

  await dayOf(page, '2026-11-11');
  await complete(page, 'Buy running shoes', 1);
  await page.goto('/goals');
  await page.getByRole('link', { name: 'Learn Spanish' }).first().click();
  await page.getByRole('button', { name: 'Log progress' }).click();
  const amount = page.getByRole('spinbutton', { name: 'Amount' });
  await amount.fill('2');
  await amount.press('Enter');
  await expect(page.getByRole('progressbar', { name: 'Learn Spanish' })).toHaveAttribute(
    'aria-valuenow',
    '2',
  );

  await dayOf(page, '2026-11-12');
  await complete(page, 'Buy milk', 1);
}

async function openReview(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
}

test('a week of use reads back on Review, week by week', async ({ page }) => {
  await liveAWeek(page);
  await openReview(page);
  const main = page.getByRole('main');
  await expect(main).toContainText('Week of 9 – 15 Nov 2026');
  await expect(main).toContainText('2 goal steps and 3 chores done');
  await expect(main).toContainText('Goal steps were 40% of everything done.');

  const novelRegion = page.getByRole('region', { name: 'Write a novel' });
  await expect(novelRegion.getByRole('progressbar', { name: 'Write a novel' })).toHaveAttribute(
    'aria-valuetext',
    'From 0% to 50% (now 1 of 2 steps done)',
  );
  await expect(novelRegion).toContainText('Done: Outline chapter one');
  await expect(novelRegion).toContainText('Snoozed 1 time: Draft chapter one (Tue)');
  await expect(novelRegion).toContainText('Slipped: Draft chapter one');
  await expect(novelRegion).toContainText(
    'If I am too tired after work, then I will write before breakfast',
  );
  const spanishRegion = page.getByRole('region', { name: 'Learn Spanish' });
  await expect(spanishRegion.getByRole('progressbar', { name: 'Learn Spanish' })).toHaveAttribute(
    'aria-valuenow',
    '2',
  );
  await expect(spanishRegion).toContainText('1 check-in (2 lessons)');
  await expect(page.getByRole('region', { name: 'Run a 10k' })).toContainText(
    'Done: Buy running shoes',
  );

  // The chart's text equivalent: a table of the days.
  const table = page.getByRole('table', { name: 'Goal steps and chores done each day' });
  await expect(table.getByRole('row', { name: /Monday: 1 goal step, 1 chore/ })).toHaveCount(1);
  await expect(table.getByRole('row', { name: /Wednesday: 1 goal step, 0 chores/ })).toHaveCount(1);

  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(main).toContainText('Week of 2 – 8 Nov 2026');
  await expect(main).toContainText('0 goal steps and 1 chore done');
  await expect(page).toHaveURL(/\/review\/week\/2026-11-02$/);
  await page.reload();
  await expect(main).toContainText('Week of 2 – 8 Nov 2026');

  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(main).toContainText('Week of 9 – 15 Nov 2026');
  await expect(main).toContainText('2 goal steps and 3 chores done');
  await expect(page).toHaveURL(/\/review$/);
  // This is the latest week: Next week goes no further.
  await expect(page.getByRole('button', { name: 'Next week' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );

  // Since the last session (Monday, the second of eight): Monday to today, Thursday.
  await page.getByRole('button', { name: 'Since the last session' }).click();
  await expect(main).toContainText('Since the last session (Session 2 of 8): 9 – 12 Nov 2026');
  await expect(main).toContainText('2 goal steps and 3 chores done');

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))).toEqual([]);
});

test('the reflection is saved as typed, survives a reload, and is refused over its limit', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(at('2026-11-12', 10)));
  await seed(page, records);
  await openReview(page);
  const reflection = page.getByRole('textbox', { name: 'Reflection' });
  await reflection.fill('Mornings worked.\nEvenings did not.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(reflection).toHaveValue('Mornings worked.\nEvenings did not.');

  const tooLong = 'x'.repeat(5001);
  await reflection.fill(tooLong);
  await expect(page.getByRole('alert')).toContainText('5,001 characters long');
  await expect(reflection).toHaveValue(tooLong);
  await expect(reflection).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  // Nothing over the limit was stored: the last text that fitted is there.
  await expect(reflection).toHaveValue('Mornings worked.\nEvenings did not.');

  // The previous week has a reflection of its own.
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(reflection).toHaveValue('');
});

test('a first week says so, and claims to know everything it recorded', async ({ page }) => {
  await page.clock.setFixedTime(new Date(at('2026-11-10', 10)));
  await page.goto('/');
  const t = today(page);
  await t.add('Water the plants');
  await t.add('Outline chapter one', 'Goal step');
  await complete(page, 'Water the plants', 1);
  await openReview(page);
  const main = page.getByRole('main');
  await expect(main).toContainText('0 goal steps and 1 chore done');
  await expect(main).toContainText('Your first week with Goals First');
  // Everything this database holds was recorded with its activity: nothing is unknown.
  await expect(main).not.toContainText('this review cannot say');
});

test('Settings numbers the next coaching session, and the Review shows it', async ({ page }) => {
  await page.clock.setFixedTime(new Date(at('2026-11-12', 10)));
  await seed(page, records);
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('form', { name: 'Coaching sessions' });
  await expect(card).toContainText('The last one was on 9 Nov.');
  await card.getByLabel('Next session').fill('2026-11-19');
  await expect(card.getByRole('spinbutton', { name: 'Its number in the programme' })).toHaveValue(
    '3',
  );
  await card.getByRole('button', { name: 'Save sessions' }).click();
  await expect(card).toContainText('Session 3 of 8 on 19 Nov.');

  await card.getByLabel('Next session').fill('2026-11-01');
  await card.getByRole('button', { name: 'Save sessions' }).click();
  await expect(card.getByRole('alert')).toContainText('today or a later day');

  await openReview(page);
  await expect(page.getByRole('main')).toContainText('Next: Session 3 of 8, 19 Nov');
});

test.describe('Print report', () => {
  const pdfText = (pdf: Buffer) => {
    const dir = mkdtempSync(join(tmpdir(), 'review-pdf-'));
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    return { pages, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
  };

  test('prints the week on one page, A4 and Letter, with every goal', async ({ page }) => {
    await liveAWeek(page);
    await openReview(page);
    await page
      .getByRole('textbox', { name: 'Reflection' })
      .fill('Mornings worked. Evenings did not: I will write before breakfast.');
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    // The button opens the browser's print dialog.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole('button', { name: 'Print report' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = pdfText(await page.pdf({ format }));
      expect(pages, `${format} pages`).toBe(1);
      for (const title of ['Write a novel', 'Run a 10k', 'Learn Spanish']) {
        expect(text, format).toContain(title);
      }
      expect(text).toContain('2 goal steps and 3 chores done');
      expect(text).toContain('Week of 9 – 15 Nov 2026');
      expect(text).toContain('Mornings worked.');
      expect(text).toContain('If I am too tired after work');
      // Nothing interactive prints.
      expect(text).not.toContain('Print report');
      expect(text).not.toContain('Previous week');
      expect(text).not.toContain('All tasks');
    }
  });
});
