// User text is only ever text, and the production build carries a Content-Security-Policy
// that forbids inline scripts and eval (DESIGN.md §6).
import { expect, test, type Page } from '@playwright/test';
import { makeGoal, makeTask } from '../fixtures/builders';
import { today } from './support/today';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<script>alert(2)</script>',
];

/** Fails the test on any dialog, and records every CSP violation the page reports. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return {
    dialogs,
    violations: () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

test('the built page carries a CSP without unsafe-inline or unsafe-eval for scripts', async ({
  page,
}) => {
  const watcher = await watch(page);
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src'));
  expect(scriptSrc?.trim()).toBe("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);

  // The policy is in force: an injected inline script does not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
  });
  expect(ran).toBe(false);
  // One report per policy in force: the server sends the same policy as a header as well.
  const violations = await watcher.violations();
  expect(violations.length).toBeGreaterThan(0);
  for (const violation of violations) expect(violation).toMatch(/^script-src/);
});

test('the app itself breaks no rule of its CSP, service worker included', async ({ page }) => {
  const watcher = await watch(page);
  await page.goto('/');
  await today(page).add('A plain chore');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Import backup').setInputFiles('tests/fixtures/backups/valid.json');
  await expect(page.getByRole('region', { name: 'Import preview' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await watcher.violations()).toEqual([]);
});

test('hostile titles typed in are shown as plain text and run nothing', async ({ page }) => {
  const watcher = await watch(page);
  await page.goto('/');
  const t = today(page);
  for (const title of HOSTILE) {
    await t.add(title);
    await expect(t.newTask).toHaveValue('');
  }
  await expect(t.chores.getByRole('listitem')).toHaveText(
    [...HOSTILE]
      .reverse()
      .map((title) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
  );
  await page.reload();
  await expect(t.chores.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('main').locator('img, script')).toHaveCount(0);
  expect(watcher.dialogs).toEqual([]);
});

test('hostile titles arriving in an imported backup are plain text too', async ({ page }) => {
  const watcher = await watch(page);
  const goal = makeGoal({ title: HOSTILE[0]!, why: HOSTILE[2]! });
  const backup = {
    format: 'goals-first-backup',
    version: 1,
    exportedAt: Date.now(),
    appVersion: '0.1.0',
    tables: {
      goals: [goal],
      tasks: [
        makeTask({ title: HOSTILE[1]!, kind: 'goal', goalId: goal.id, notes: HOSTILE[0] }),
        makeTask({ title: HOSTILE[2]! }),
      ],
      checkIns: [],
    },
  };
  await page.goto('/settings');
  await page.getByLabel('Import backup').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(page.getByRole('region', { name: 'Import preview' })).toContainText(
    '2 tasks, 1 goal, 0 check-ins',
  );
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported:' })).toContainText(
    'Imported: 3 records written.',
  );
  await page.getByRole('link', { name: 'Today' }).click();
  const t = today(page);
  await expect(t.goals.getByRole('listitem')).toHaveText([/^javascript:alert\(1\)/]);
  await expect(t.chores.getByRole('listitem')).toHaveText([/^<script>alert\(2\)<\/script>/]);
  await page.getByRole('button', { name: 'Edit: javascript:alert(1)' }).click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(HOSTILE[0]!);
  await expect(page.getByRole('main').locator('img, script, a[href^="javascript"]')).toHaveCount(0);
  expect(watcher.dialogs).toEqual([]);
  expect(await watcher.violations()).toEqual([]);
});
