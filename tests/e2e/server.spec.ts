// The app as the Goals First server serves it (what `npm start` runs): compressed, with its
// security headers, and a service worker that never answers the server's own paths.
import { expect, test } from '@playwright/test';

test('the page comes compressed, with the CSP and security headers as headers', async ({
  page,
}) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['content-encoding']).toBe('br');
  expect(headers['content-security-policy']).toMatch(/style-src 'self' 'sha256-[^']+'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe('no-cache');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('the service worker never answers /sync, /api or /healthz, online or offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // Online: the server answers, in JSON, never the app shell.
  for (const [path, status] of [
    ['/healthz', 200],
    ['/api/nothing', 404],
    ['/sync', 426],
  ] as const) {
    const response = await page.goto(path);
    expect(response!.fromServiceWorker(), path).toBe(false);
    expect(response!.status(), path).toBe(status);
    expect(response!.headers()['content-type'], path).toContain('application/json');
  }

  // Offline: a route of the app still opens from the service worker; the server's paths fail
  // instead of showing the app.
  await context.setOffline(true);
  const route = await page.goto('/settings');
  expect(route!.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  for (const path of ['/healthz', '/api/spaces', '/sync']) {
    await expect(page.goto(path), path).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  }
  await context.setOffline(false);
});
