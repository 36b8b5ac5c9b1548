// The first visit's JavaScript stays within DESIGN.md §8's budget: every script the browser
// fetches while Today opens, gzip-compressed as a static host would serve it.
import { expect, test } from '@playwright/test';
import { gzipKb, INITIAL_JS_BUDGET_KB } from '../../scripts/initial-js';

test(`Today opens with at most ${INITIAL_JS_BUDGET_KB} KB of JavaScript (gzip)`, async ({
  page,
}) => {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js') && pathname.startsWith('/assets/')) scripts.add(pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = [...scripts].reduce((sum, file) => sum + gzipKb(file), 0);
  test.info().annotations.push({ type: 'initial JS', description: `${total.toFixed(1)} KB gzip` });
  expect(total).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
});
