import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { makeGoal, makeTask } from '../fixtures/builders';
import { readStore, seed } from './support/app-db';
import { appData, itemTitles, lesson, tabTo } from './support/lesson';
import { today } from './support/today';

const CLIENT_LIST = [
  'Email Jo about Friday',
  'Book the dentist',
  'Groceries',
  'Laundry',
  'Call Mum',
  'Tax return',
  'Fix the bike light',
  'Learn ten Spanish words',
  'Renew passport',
  'Clean the windows',
  'Sketch for 15 minutes',
  'Pay the gas bill',
];

async function paste(page: Page, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+V');
}

test('the whole lesson by keyboard alone leaves the app’s data exactly as it was', async ({
  page,
}) => {
  test.slow(); // all eight steps, a reload and a paste
  const goal = makeGoal({ title: 'Run a half marathon' });
  await seed(page, {
    goals: [goal],
    tasks: [
      makeTask({ title: 'Buy running shoes', kind: 'goal', goalId: goal.id }),
      makeTask({ title: 'Water the plants' }),
    ],
    settings: [{ key: 'choreCap', value: 4 }],
  });
  // The app's own background care writes its device-local bookkeeping once after a load (the
  // persistent-storage request at the first goal, the daily backup nudge): let it settle so the
  // snapshot compares only what the lesson could change.
  await expect
    .poll(async () => (await readStore<{ key: string }>(page, 'settings')).map((row) => row.key))
    .toEqual(expect.arrayContaining(['persistRequestedAt', 'exportReminderShownAt']));
  const before = await appData(page);
  const l = lesson(page);

  // From Today to the lesson through the navigation, by keyboard.
  await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Lesson' }));
  await page.keyboard.press('Enter');
  await l.expectStep(1);
  await expect(l.heading).toHaveText('What is wrong with this list?');

  await page.keyboard.press('ArrowRight');
  await l.expectStep(2);
  await expect(l.diagnosis).toContainText('76%');
  await page.keyboard.press('ArrowRight');
  await l.expectStep(3);
  await page.keyboard.press('ArrowRight');
  await l.expectStep(4);
  await expect(itemTitles(l.goalsFirst)).toHaveText([
    'Go for a 20-minute run',
    'Write one page of my story',
    'Book a trial Spanish lesson',
  ]);

  // Your list: pasted, and the arrows stay the text box's while it has focus.
  await page.keyboard.press('ArrowRight');
  await l.expectStep(5);
  await tabTo(page, l.yourList);
  await paste(page, CLIENT_LIST.join('\n'));
  await expect(l.yourList).toHaveValue(CLIENT_LIST.join('\n'));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await expect(page).toHaveURL('/lesson/5');

  // The typed list survives a reload.
  await page.reload();
  await expect(l.yourList).toHaveValue(CLIENT_LIST.join('\n'));

  await page.keyboard.press('ArrowRight');
  await l.expectStep(6);
  for (const goalLine of ['Learn ten Spanish words', 'Sketch for 15 minutes']) {
    const toggle = page.getByRole('button', { name: goalLine, exact: true });
    await tabTo(page, toggle);
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(l.status).toHaveText('2 of 12 marked as goals.');

  await page.keyboard.press('ArrowRight');
  await l.expectStep(7);
  await expect(l.diagnosis).toContainText('Two goals are buried under ten chores.');
  await expect(l.diagnosis).toContainText('Lines 8 and 11');

  await page.keyboard.press('ArrowRight');
  await l.expectStep(8);
  await expect(itemTitles(l.goalsFirst)).toHaveText([
    'Learn ten Spanish words',
    'Sketch for 15 minutes',
  ]);
  // The client's own settings: four chores for today, the rest in the pile.
  await expect(itemTitles(l.chores)).toHaveText(CLIENT_LIST.slice(0, 4));
  await expect(itemTitles(l.pile)).toHaveCount(6);

  await page.keyboard.press('Home');
  await l.expectStep(1);
  await page.keyboard.press('End');
  await l.expectStep(8);

  expect(await appData(page)).toEqual(before);
  const databases = await page.evaluate(async () =>
    (await indexedDB.databases()).map((database) => database.name),
  );
  expect(databases).toEqual(['goals-first']);
});

test('"Use my current list" works on a copy and changes nothing', async ({ page }) => {
  await seed(page, {
    tasks: [
      makeTask({ title: 'Pay rent' }),
      makeTask({ title: 'Laundry' }),
      makeTask({ title: 'Practise guitar', kind: 'goal' }),
      makeTask({ title: 'Finished', status: 'done', completedAt: Date.now() }),
    ],
  });
  const before = await appData(page);
  const l = lesson(page);
  await page.goto('/lesson/5');
  await page.getByRole('button', { name: 'Use my current list' }).click();
  await expect(l.yourList).toHaveValue('Pay rent\nLaundry\nPractise guitar');
  await expect(l.status).toContainText('Copied 3 open items');

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('button', { name: 'Practise guitar' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Laundry' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(l.diagnosis).toContainText('Lines 2 and 3');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(itemTitles(l.goalsFirst)).toHaveText(['Laundry', 'Practise guitar']);
  await expect(itemTitles(l.chores)).toHaveText(['Pay rent']);

  expect(await appData(page)).toEqual(before);
});

test('"Save to my list" puts the items on Today, goal steps on top', async ({ page }) => {
  await seed(page, { tasks: [makeTask({ title: 'Already on my list' })] });
  const l = lesson(page);
  await page.goto('/lesson/5');
  await l.yourList.fill(CLIENT_LIST.slice(0, 8).join('\n'));
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Learn ten Spanish words' }).click();
  await page.getByRole('button', { name: 'Call Mum' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('button', { name: 'Save to my list' }).click();
  const confirm = page.getByRole('group', { name: 'Save this to your list?' });
  await expect(confirm).toContainText('This adds 2 new goal steps and 6 new chores');
  await confirm.getByRole('button', { name: 'Yes, save' }).click();
  await expect(l.status).toContainText('Saved to your list: 2 goal steps and 6 chores added.');

  await page.getByRole('link', { name: 'See it on Today' }).click();
  const t = today(page);
  await expect(t.goals.getByRole('listitem')).toHaveText([/^Call Mum/, /^Learn ten Spanish words/]);
  // Five chores make today's list; the other two wait in the pile.
  await expect(t.chores.getByRole('listitem')).toHaveText([
    /^Email Jo about Friday/,
    /^Book the dentist/,
    /^Groceries/,
    /^Laundry/,
    /^Tax return/,
  ]);
  await t.chores.getByRole('button', { name: 'Show 2 more chores' }).click();
  await expect(t.chores.getByRole('listitem').nth(5)).toHaveText(/^Fix the bike light/);
  await expect(t.chores.getByRole('listitem').nth(6)).toHaveText(/^Already on my list/);
  // Goal steps are above every chore on the page.
  await expect(page.getByRole('main').getByRole('listitem').first()).toHaveText(/^Call Mum/);
  await expect(page.getByRole('main').getByRole('listitem').nth(1)).toHaveText(
    /^Learn ten Spanish words/,
  );
});

test('each step has its own address; Back, Forward and deep links work', async ({ page }) => {
  const l = lesson(page);
  await page.goto('/lesson');
  await l.expectStep(1);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Lesson' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await l.expectStep(2);
  await page.goBack();
  await l.expectStep(1);
  await page.goForward();
  await l.expectStep(2);
  await page.goto('/lesson/4');
  await expect(l.heading).toHaveText('The same list, goals first');
  await page.goto('/lesson/42');
  await l.expectStep(1);
});

test('the fix animates each item to its place, and not under reduced motion', async ({ page }) => {
  await page.addInitScript(() => {
    // Counts the moves the page starts, then lets each one play as usual.
    const counter = window as unknown as { moves: number };
    counter.moves = 0;
    const animate = Object.getOwnPropertyDescriptor(Element.prototype, 'animate')
      ?.value as Element['animate'];
    Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
      counter.moves++;
      return animate.apply(this, args);
    };
  });
  const l = lesson(page);
  const moves = () => page.evaluate(() => (window as unknown as { moves: number }).moves);

  await page.goto('/lesson/4');
  await expect(itemTitles(l.pile)).toHaveCount(12);
  expect(await moves()).toBeGreaterThanOrEqual(20);
  await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect(itemTitles(l.pile)).toHaveCount(12);
  expect(await moves()).toBe(0);
  await expect(page.getByRole('button', { name: 'Play again' })).toHaveCount(0);
});

test('full screen: the lesson fills the screen, and falls back when refused', async ({ page }) => {
  const l = lesson(page);
  await page.goto('/lesson/1');
  const toggle = page.getByRole('button', { name: 'Full screen' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const viewport = page.viewportSize()!;
  const box = await page.getByRole('region', { name: 'Lesson' }).boundingBox();
  expect(box).toMatchObject({ x: 0, y: 0 });
  expect(box!.width).toBeGreaterThanOrEqual(viewport.width - 1);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // A browser that refuses full screen gets the lesson filling the window instead.
  await page.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Refused'));
  });
  await page.reload();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/fills the window/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await l.expectStep(2);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a list that is too long gets a clear alert and loses nothing', async ({ page }) => {
  const l = lesson(page);
  await page.goto('/lesson/5');
  const text = Array.from({ length: 230 }, (_, i) => `Item ${i + 1}`).join('\n');
  await l.yourList.fill(text);
  await expect(page.getByRole('alert')).toHaveText(
    'Your list has 230 lines; the lesson takes up to 200. Remove 30 lines to go on.',
  );
  await page.reload();
  await expect(l.yourList).toHaveValue(text);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/needs a change before we go on/)).toBeVisible();
});

test.describe('presenting sizes', () => {
  const withList = async (page: Page) => {
    await page.goto('/lesson/5');
    await lesson(page).yourList.fill(CLIENT_LIST.join('\n'));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Sketch for 15 minutes' }).click();
  };

  test('list items are at least 28 px on a 1920×1080 screen', async ({ page }) => {
    test.slow(); // six steps in one test
    await page.setViewportSize({ width: 1920, height: 1080 });
    await withList(page);
    for (const step of [1, 2, 4, 6, 7, 8]) {
      await page.goto(`/lesson/${step}`);
      await lesson(page).expectStep(step);
      if (step === 4 || step === 8) await expect(lesson(page).goalsFirst).toBeVisible();
      const sizes = await page
        .locator('.lesson li')
        .evaluateAll((items) => items.map((item) => parseFloat(getComputedStyle(item).fontSize)));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes), `step ${step}`).toBeGreaterThanOrEqual(28);
    }
  });

  test('every step fits a 360 px phone without sideways scrolling', async ({ page }) => {
    test.slow(); // eight steps in one test
    await page.setViewportSize({ width: 360, height: 740 });
    await withList(page);
    for (let step = 1; step <= 8; step++) {
      await page.goto(`/lesson/${step}`);
      await lesson(page).expectStep(step);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `step ${step}`).toBeLessThanOrEqual(360);
    }
  });
});

test.describe('accessibility', () => {
  test.beforeEach(async ({ page }) => {
    // A client's list with one goal marked, as steps 5 and 6 leave it in the sandbox.
    const sandbox = {
      text: CLIENT_LIST.join('\n'),
      marked: ['1:Call Mum'],
      sources: [],
    };
    await page.addInitScript((stored) => {
      sessionStorage.setItem('goals-first-lesson', stored);
    }, JSON.stringify(sandbox));
  });

  for (let step = 1; step <= 8; step++) {
    test(`step ${step} has no serious or critical axe violations`, async ({ page }) => {
      await page.goto(`/lesson/${step}`);
      await lesson(page).expectStep(step);
      if (step === 4 || step === 8) await expect(lesson(page).goalsFirst).toBeVisible();
      if (step === 6) {
        await expect(page.getByRole('button', { name: 'Call Mum' })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
      }
      if (step === 8) await page.getByRole('button', { name: 'Save to my list' }).click();
      // Contrast is judged on what the audience sees once the step has faded in: halfway through
      // its fade, a heading is paler than it will ever stay.
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      );
      expect(
        serious.map(
          (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
});
