import { describe, expect, it } from 'vitest';
import { serverPathsDenylist } from '../../scripts/server-paths';

// The service worker's navigation fallback skips what matches (workbox tests pathname+search).
const denied = (path: string) => serverPathsDenylist().some((pattern) => pattern.test(path));

describe("the service worker's navigation denylist", () => {
  it('covers the server’s own paths, with or without more after them', () => {
    for (const path of [
      '/sync',
      '/sync?protocol=1',
      '/api',
      '/api/spaces/abc',
      '/healthz',
      '/healthz?x=1',
    ]) {
      expect(denied(path), path).toBe(true);
    }
  });

  it('leaves every route of the app to the app shell', () => {
    for (const path of [
      '/',
      '/settings',
      '/goals/abc',
      '/synced',
      '/apis',
      '/healthzone',
      '/review?week=sync',
    ]) {
      expect(denied(path), path).toBe(false);
    }
  });
});
