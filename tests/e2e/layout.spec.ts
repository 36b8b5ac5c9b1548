// No page scrolls sideways (issue 21): every view, on a desktop window and on a 360 px phone, in
// the light and the dark theme, with a realistic list (long titles, a pasted link, dates,
// repeats, goals with steps, check-ins and plans, a pile). The document must never be wider
// than the window; when it is, the message names the elements that stick out.
import { expect, test, type Page } from '@playwright/test';
import { startOfDay } from '../../src/domain/day';
import type { Task } from '../../src/domain/types';
import { makeCheckIn, makeGoal, makeTask } from '../fixtures/builders';
import { seed } from './support/app-db';
import { lesson } from './support/lesson';

const TODAY = '2026-11-10';
const at = (day: string) => startOfDay(day).getTime() + 12 * 3600_000;

function realisticList() {
  const novel = makeGoal({
    title: 'Write the first draft of my novel about the lighthouse keeper’s daughter',
    why: 'I have carried this story around for eleven years and I want to hold it in my hands',
    measure: { type: 'count', target: 80000, unit: 'words' },
    deadline: '2027-06-30',
    obstacles: [
      {
        id: 'plan-1',
        obstacle: 'I come home too tired after a long shift at the hospital',
        strategy: 'I will write 300 words before breakfast, with the phone in another room',
      },
    ],
    createdAt: at('2026-09-01'),
  });
  const run = makeGoal({ title: 'Run a 10k', deadline: '2026-11-15', createdAt: at('2026-11-08') });
  const spanish = makeGoal({
    title: 'Hold a conversation in Spanish',
    createdAt: at('2026-11-09'),
  });
  const tasks: Task[] = [
    makeTask({ title: 'Outline chapter one: the storm', kind: 'goal', goalId: novel.id }),
    makeTask({ title: 'Write the opening scene', kind: 'goal', goalId: novel.id }),
    makeTask({
      title: 'Buy running shoes',
      kind: 'goal',
      goalId: run.id,
      snoozes: 2,
      snoozedUntil: '2026-11-11',
    }),
    makeTask({ title: 'Find a course', kind: 'goal', goalId: spanish.id, status: 'done' }),
    makeTask({ title: 'Sketch a logo for the bake sale', kind: 'goal' }),
    makeTask({
      title:
        'Read https://example.org/articles/2026/11/how-to-keep-a-writing-habit-when-life-gets-busy?utm_source=newsletter',
    }),
    makeTask({ title: 'Pay the electricity bill', dueDate: '2026-11-08' }),
    makeTask({
      title: 'Water the plants',
      dueDate: '2026-11-10',
      recurrence: { every: 'week', interval: 1, weekday: 2 },
    }),
    makeTask({ title: 'Call the plumber about the dripping kitchen tap', scheduledFor: TODAY }),
    makeTask({
      title: 'Renew the home insurance before the end of the month',
      notes: 'Compare at least two offers.',
    }),
    ...Array.from({ length: 14 }, (_, i) => makeTask({ title: `Chore ${i + 1}` })),
    makeTask({ title: 'Laundry', status: 'done', completedAt: at(TODAY) }),
  ];
  const checkIns = [
    makeCheckIn({ goalId: novel.id, day: '2026-11-04', amount: 1250, note: 'Good morning' }),
  ];
  return { goals: [novel, run, spanish], tasks, checkIns, novel };
}

const CLIENT_LIST = [
  'Answer the emails from the school about the trip to the science museum',
  'Sketch for 15 minutes',
  'Tidy the garage',
  'https://example.org/a-very-long-link-without-any-spaces-in-it-at-all-anywhere',
];

/** The document's width beyond the window, and the elements that stick out. */
async function sideways(page: Page) {
  return page.evaluate(() => {
    const window = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window + 0.5)
      .slice(0, 6)
      .map((element) => {
        const { left, right } = element.getBoundingClientRect();
        const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
        return `${name} (${Math.round(left)}–${Math.round(right)})`;
      });
    return { extra: document.documentElement.scrollWidth - window, culprits };
  });
}

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: '360 px phone', width: 360, height: 740 },
] as const;

for (const size of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`no view scrolls sideways: ${size.name}, ${theme}`, async ({ page }) => {
      test.slow(); // every view, one after the other
      await page.clock.setFixedTime(new Date(2026, 10, 10, 9, 0));
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: theme });
      const { novel, ...data } = realisticList();
      await seed(page, data);

      const check = async (what: string) => {
        const { extra, culprits } = await sideways(page);
        expect(extra, `${what} is ${extra} px wider than the window: ${culprits.join(', ')}`).toBe(
          0,
        );
      };
      const open = async (path: string, heading: string | RegExp) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      };

      await open('/', 'Today');
      await expect(
        page.getByRole('button', { name: /^Move: / }).first(),
      ).toHaveAccessibleDescription(/arrow keys/); // the drag layer is in
      await check('Today');
      await page.getByRole('button', { name: /^Show \d+ more chores$/ }).click();
      await page.getByRole('button', { name: 'Done today' }).click();
      await page.getByRole('button', { name: 'Edit: Water the plants' }).click();
      await expect(page.getByRole('textbox', { name: 'Title' })).toBeVisible();
      await check('Today with the pile, Done today and an editor open');

      await open('/goals', 'Goals');
      await check('Goals');
      await open(`/goals/${novel.id}`, novel.title);
      await expect(page.getByRole('button', { name: /^Move: / }).first()).toBeVisible();
      await check('A goal’s page');
      await page.getByRole('button', { name: 'Log progress' }).click();
      await expect(page.getByRole('spinbutton', { name: /Amount/ })).toBeVisible();
      await check('A goal’s page logging progress');
      await open('/goals/new', 'New goal');
      await check('New goal');
      await open('/all', 'All tasks');
      await check('All tasks');
      await open('/settings', 'Settings');
      await check('Settings');
      await open('/nowhere', 'Nothing here');
      await check('A page that does not exist');

      await page.goto('/lesson/5');
      await lesson(page).yourList.fill(CLIENT_LIST.join('\n'));
      for (let step = 1; step <= 8; step++) {
        await page.goto(`/lesson/${step}`);
        await lesson(page).expectStep(step);
        await check(`Lesson step ${step}`);
      }
    });
  }
}
