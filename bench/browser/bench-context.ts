// A browser context for a benchmark. tsx compiles the benchmarks with esbuild's keepNames, which
// wraps functions in a `__name` helper; functions sent to page.evaluate carry that call into the
// page, so every context defines it there first.
import type { Browser, BrowserContext, BrowserContextOptions } from '@playwright/test';

export async function benchContext(
  browser: Browser,
  options: BrowserContextOptions,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}
