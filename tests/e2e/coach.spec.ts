// The coach's view (issue 17), two browser contexts against the project's own server: the client
// shares in two clicks knowing what the coach will see; the coach follows from the coach link
// (the token leaves the address bar at once), sees goals, progress and the week live, prints the
// one-page report; chore titles, notes and reflections reach neither the coach's page nor the
// share document unless ticked; "Stop sharing" tells the coach and drops the cached copy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { format, startOfWeek } from 'date-fns';
import type { Goal, Task } from '../../src/domain/types';
import { seed } from './support/app-db';
import { expect, test, type Device } from './support/sync-devices';

const CHORE = 'Call the plumber SECRETCHORE';
const NOTE = 'SECRETNOTE';
const REFLECTION = 'SECRETREFLECTION a hard week';

const day = (date: Date) => format(date, 'yyyy-MM-dd');

async function seedClient(page: Page) {
  const now = Date.now();
  const started = now - 3 * 86_400_000;
  const goal = (fields: Partial<Goal> & Pick<Goal, 'id' | 'title' | 'measure'>): Goal => ({
    why: 'To feel strong',
    status: 'active',
    obstacles: [],
    order: fields.id === 'g-run' ? 'a0' : 'a1',
    createdAt: started,
    updatedAt: started,
    ...fields,
  });
  const task = (fields: Partial<Task> & Pick<Task, 'id' | 'title' | 'order'>): Task => ({
    kind: 'chore',
    status: 'open',
    snoozes: 0,
    createdAt: started,
    updatedAt: started,
    ...fields,
  });
  const weekStart = day(startOfWeek(new Date(), { weekStartsOn: 1 }));
  await seed(page, {
    settings: [{ key: 'weekStartsOn', value: 1 }],
    goals: [
      goal({ id: 'g-run', title: 'Run a 10k', measure: { type: 'steps' } }),
      goal({
        id: 'g-read',
        title: 'Read 12 books',
        why: 'To think more slowly',
        measure: { type: 'count', target: 12, unit: 'books' },
      }),
    ],
    tasks: [
      task({
        id: 's1',
        title: 'Run 3 km',
        kind: 'goal',
        goalId: 'g-run',
        order: 'a0',
        status: 'done',
        completedAt: now - 60_000,
        notes: `${NOTE} knee`,
      }),
      task({ id: 's2', title: 'Run 5 km', kind: 'goal', goalId: 'g-run', order: 'a1' }),
      task({ id: 's3', title: 'Pick the first book', kind: 'goal', goalId: 'g-read', order: 'a0' }),
      task({ id: 'c1', title: CHORE, order: 'a0', notes: `${NOTE} before 5` }),
    ],
    checkIns: [
      {
        id: 'k1',
        goalId: 'g-read',
        day: day(new Date()),
        amount: 2,
        note: `${NOTE} loved it`,
        createdAt: now,
        updatedAt: now,
      },
    ],
    reflections: [
      {
        id: `reflection-${weekStart}`,
        weekStart,
        text: REFLECTION,
        createdAt: now,
        updatedAt: now,
      },
    ],
  });
}

const coachCard = (page: Page) => page.getByRole('region', { name: 'Coach', exact: true });

async function share(client: Device): Promise<string> {
  await client.openSettings();
  const card = coachCard(client.page);
  await card.getByRole('button', { name: 'Share with your coach' }).click();
  const field = card.getByRole('textbox', { name: 'Coach link' });
  await expect(field).toHaveValue(/#share=/);
  return field.inputValue();
}

async function follow(coach: Device, link: string, name: string) {
  await coach.page.goto('/goals');
  await coach.page.goto(link);
  await expect(coach.page).toHaveURL(/\/clients$/);
  await coach.page.getByRole('textbox', { name: "Client's name" }).fill(name);
  await coach.page.getByRole('button', { name: 'Follow' }).click();
}

async function cached(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('goals-first');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('coachClients').objectStore('coachClients').getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    db.close();
    return JSON.stringify(rows);
  });
}

const pdfPages = (pdf: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), 'coach-pdf-')), 'report.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  };
};

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  return results.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''));
}

test('the client shares, the coach follows and sees the week live, read-only, printable', async ({
  devices,
  syncServer,
}) => {
  const client = await devices('client');
  const coach = await devices('coach');
  await seedClient(client.page);
  await expect(coach.page.getByRole('link', { name: 'Clients' })).toHaveCount(0);

  // Two clicks: Settings, "Share with your coach", with the preview of what the coach sees.
  await client.openSettings();
  const card = coachCard(client.page);
  const preview = card.getByRole('region', { name: 'What your coach sees' });
  await expect(preview.getByRole('progressbar', { name: 'Run a 10k' })).toBeVisible();
  await expect(preview).toContainText('1 open chore');
  await expect(preview).not.toContainText(CHORE);
  await expect(card.getByRole('checkbox', { name: 'Chore titles' })).not.toBeChecked();
  expect(await seriousViolations(client.page)).toEqual([]);
  const link = await share(client);
  expect(link).toMatch(new RegExp(`^${syncServer.url}/#share=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));

  // The coach opens the link: the token leaves the address bar at once.
  await follow(coach, link, 'Alex');
  await expect(coach.page).toHaveURL(`${syncServer.url}/clients`);
  await expect(
    coach.page.getByRole('navigation').getByRole('link', { name: 'Clients' }),
  ).toBeVisible();
  const alexCard = coach.page
    .getByRole('listitem')
    .filter({ has: coach.page.getByRole('link', { name: 'Alex' }) });
  await expect(alexCard.getByRole('progressbar', { name: 'Run a 10k' })).toHaveAttribute(
    'aria-valuenow',
    '1',
  );
  await expect(alexCard).toContainText('Last activity: Today');
  // The client's device saw its coach connected.
  await expect(coachCard(client.page)).toContainText('Your coach last looked: Today');
  expect(await seriousViolations(coach.page)).toEqual([]);

  // The client's page: their Review, read-only.
  await alexCard.getByRole('link', { name: 'Alex' }).click();
  await expect(coach.page.getByRole('heading', { level: 1, name: 'Alex' })).toBeVisible();
  const main = coach.page.getByRole('main');
  const reading = main.getByRole('region', { name: 'Read 12 books' });
  await expect(reading.getByRole('progressbar', { name: 'Read 12 books' })).toHaveAttribute(
    'aria-valuenow',
    '2',
  );
  await expect(main).toContainText('1 goal step and 0 chores done');
  await expect(main).toContainText('Done: Run 3 km');
  expect(await seriousViolations(coach.page)).toEqual([]);
  // No control that writes: the only button prints; no field, box or toggle at all.
  await expect(main.getByRole('button')).toHaveText(['Print report']);
  for (const role of ['textbox', 'checkbox', 'spinbutton', 'radio', 'combobox'] as const) {
    await expect(main.getByRole(role)).toHaveCount(0);
  }

  // Chore titles, notes and the reflection reach neither the page nor the cached share.
  for (const secret of [CHORE, NOTE, REFLECTION]) {
    await expect(main).not.toContainText(secret);
  }
  const kept = await cached(coach.page);
  expect(kept).toContain('Run 3 km');
  for (const secret of ['SECRETCHORE', NOTE, 'SECRETREFLECTION'])
    expect(kept).not.toContain(secret);

  // The client logs progress: the coach's bar moves without a reload.
  await client.page.goto('/goals');
  await client.page.getByRole('link', { name: 'Read 12 books' }).first().click();
  await client.page.getByRole('button', { name: 'Log progress' }).click();
  const amount = client.page.getByRole('spinbutton', { name: 'Amount' });
  await amount.fill('3');
  await amount.press('Enter');
  await expect(reading.getByRole('progressbar', { name: 'Read 12 books' })).toHaveAttribute(
    'aria-valuenow',
    '5',
  );

  // Ticked, they are shared.
  await client.openSettings();
  await coachCard(client.page).getByRole('checkbox', { name: 'Chore titles' }).check();
  await coachCard(client.page).getByRole('checkbox', { name: 'Reflections' }).check();
  await expect(main).toContainText(REFLECTION);
  await coach.page.getByRole('link', { name: 'All clients' }).click();
  await expect(coach.page.getByRole('main')).toContainText(CHORE);
  await coach.page.getByRole('link', { name: 'Alex' }).click();
  // The client's page loads lazily: print what the coach sees once it is there.
  await expect(coach.page.getByRole('button', { name: 'Print report' })).toBeVisible();

  // The printed report is one page, the same report the client prints.
  const { pages, text } = pdfPages(await coach.page.pdf({ format: 'A4' }));
  expect(pages).toBe(1);
  expect(text).toContain('Run a 10k');
  expect(text).toContain('Read 12 books');
  expect(text).not.toContain('Print report');
});

test('"Stop sharing" tells the coach at once and deletes the cached copy', async ({ devices }) => {
  const client = await devices('client');
  const coach = await devices('coach');
  await seedClient(client.page);
  const link = await share(client);
  await follow(coach, link, 'Sam');
  await coach.page.getByRole('link', { name: 'Sam' }).click();
  const main = coach.page.getByRole('main');
  await expect(main.getByRole('progressbar', { name: 'Run a 10k' }).first()).toBeVisible();
  expect(await cached(coach.page)).toContain('Run a 10k');

  await coachCard(client.page).getByRole('button', { name: 'Stop sharing' }).click();
  await expect(
    coachCard(client.page).getByRole('button', { name: 'Share with your coach' }),
  ).toBeVisible();
  await expect(main).toContainText('Sam stopped sharing');
  await expect(main.getByRole('progressbar')).toHaveCount(0);
  expect(await cached(coach.page)).not.toContain('Run a 10k');
  // A reload shows the same: nothing was kept.
  await coach.page.reload();
  await expect(coach.page.getByRole('main')).toContainText('Sam stopped sharing');
});
