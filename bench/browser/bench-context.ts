// A browser context for a benchmark. tsx compiles the benchmarks with esbuild's keepNames, which
// wraps functions in a `__name` helper; functions sent to page.evaluate carry that call into the
// page, so every context defines it there first.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';

export async function benchContext(
  browser: Browser,
  options: BrowserContextOptions,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}

/** A context of its own with the app open at `/` and its main landmark shown (a device). */
export async function openAppInNewContext(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await benchContext(browser, { baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('main').waitFor();
  return { context, page };
}
