// The coach's view (issue 17) against the project's own server on loopback, in Chromium:
// - share latency: a client logs progress on a goal's page until the coach's client page shows
//   the moved bar (p95; the client's writer waits 250 ms for a burst of changes to settle);
// - the share document's size: the projection's JSON, and the document as stored, at first and
//   after every one of those changes (the value is replaced whole; old ones leave tombstones);
// - the Clients page with 30 clients: from navigation until all 30 cards show their goals (with
//   nothing cached, and from the cache), the sockets it opens, and the page's JavaScript heap
//   against the same page following nobody.
import { chromium, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { startServer, type RunningServer } from '../../server/app.ts';
import { createLogger } from '../../server/log.ts';
import { createMemoryStorage } from '../../server/storage/memory-storage.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { DEFAULT_SHARE_CHOICES, projectShare } from '../../src/domain/share-projection';
import { shareDocumentName, syncPath } from '../../src/domain/sync-protocol';
import { openConnection } from '../../src/sync/connection';
import { writeShareText } from '../../src/sync/share-doc';
import { WebSocket } from 'ws';
import { seed } from '../../tests/e2e/support/app-db';
import { BENCH_TODAY, makeList } from '../make-list';
import { median, ms, percentile } from '../stats';
import { freePort } from '../../scripts/free-port';
import { openAppInNewContext } from './bench-context';

const CHANGES = 20;
const CLIENTS = 30;
const LOADS = 5;

const sizeOf = (server: RunningServer, name: string) => {
  const doc = server.hocuspocus.documents.get(name);
  return doc ? Y.encodeStateAsUpdate(doc).byteLength : 0;
};
const textOf = (server: RunningServer, name: string) => {
  const text = server.hocuspocus.documents.get(name)?.getMap('share').get('projection');
  return typeof text === 'string' ? text : '';
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

/** The client shares; the coach follows and opens the client's page. */
async function shareAndFollow(client: Page, coach: Page): Promise<string> {
  await client.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await client.getByRole('button', { name: 'Share with your coach' }).click();
  const field = client.getByRole('textbox', { name: 'Coach link' });
  await client.waitForFunction(() =>
    [...document.querySelectorAll('input')].some((input) => input.value.includes('#share=')),
  );
  const link = await field.inputValue();
  await coach.goto('/goals');
  await coach.goto(link);
  await coach.getByRole('textbox', { name: "Client's name" }).fill('Client');
  await coach.getByRole('button', { name: 'Follow' }).click();
  await coach.getByRole('link', { name: 'Client', exact: true }).click();
  return link;
}

/** One check-in on the client's goal page until the coach's bar shows the new amount. */
async function change(client: Page, coach: Page, goal: string, expected: number): Promise<number> {
  const shown = coach.evaluate(
    ([name, value]) =>
      new Promise<number>((resolve) => {
        const done = () =>
          document
            .querySelector(`.review-goal [role="progressbar"][aria-label="${name}"]`)
            ?.getAttribute('aria-valuenow') === String(value);
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      }),
    [goal, expected] as const,
  );
  await client.getByRole('button', { name: 'Log progress' }).click();
  const amount = client.getByRole('spinbutton', { name: 'Amount' });
  await amount.fill('1');
  await client.evaluate(() => {
    document.addEventListener(
      'keydown',
      () => {
        (globalThis as { changeStart?: number }).changeStart =
          performance.timeOrigin + performance.now();
      },
      { once: true, capture: true },
    );
  });
  await amount.press('Enter');
  const end = await shown;
  const start = await client.evaluate(
    () => (globalThis as { changeStart?: number }).changeStart ?? 0,
  );
  return end - start;
}

/** Writes a client's share document as the client's app does: over its own connection. */
async function writeShare(server: RunningServer, spaceId: string, token: string, text: string) {
  const doc = new Y.Doc();
  const connection = openConnection({
    doc,
    name: shareDocumentName(spaceId),
    token,
    url: `${server.url.replace('http', 'ws')}${syncPath()}`,
    WebSocketPolyfill: WebSocket,
  });
  await new Promise<void>((resolve) => {
    let written = false;
    const check = () => {
      const status = connection.status();
      if (status.synced && !written) {
        written = true;
        writeShareText(doc, text);
      } else if (written && status.unacknowledged === 0) {
        resolve();
      }
    };
    connection.subscribe(check);
    check();
  });
  connection.close();
  doc.destroy();
}

export async function benchCoach(): Promise<boolean> {
  const storage = createMemoryStorage();
  const port = await freePort();
  const server = await startServer({
    distDir: 'dist',
    storage,
    port,
    logger: createLogger(() => undefined),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // 1. Latency and size: a client with 2,000 tasks and 8 goals, one of them counted.
    const client = await openAppInNewContext(browser, server.url);
    const coach = await openAppInNewContext(browser, server.url);
    const list = makeList(2_000, 8, 7, 0.15);
    const counted = {
      ...list.goals[0]!,
      measure: { type: 'count' as const, target: 1000, unit: 'pages' },
    };
    await seed(client.page, { ...list, goals: [counted, ...list.goals.slice(1)] });
    const link = await shareAndFollow(client.page, coach.page);
    const spaceId = /#share=([^.]+)\./.exec(link)?.[1] ?? '';
    const name = shareDocumentName(spaceId);
    await coach.page.locator('.review-goal').first().waitFor();
    const firstText = textOf(server, name).length;
    const firstSize = sizeOf(server, name);

    await client.page.goto(`/goals/${counted.id}`);
    await client.page.getByRole('button', { name: 'Log progress' }).waitFor();
    const start = Number(
      await coach.page
        .locator(`.review-goal [role="progressbar"][aria-label="${counted.title}"]`)
        .getAttribute('aria-valuenow'),
    );
    const latencies: number[] = [];
    for (let i = 1; i <= CHANGES; i++) {
      latencies.push(await change(client.page, coach.page, counted.title, start + i));
    }
    const laterSize = sizeOf(server, name);
    await client.context.close();
    await coach.context.close();

    // 2. Thirty clients: their share documents written on the server, the coach's device
    //    holding their links; the Clients page opened cold (nothing cached yet).
    const projections = Array.from({ length: CLIENTS }, (_, i) => {
      const data = makeList(300, 5, 100 + i, 0.15);
      return projectShare({
        ...data,
        activity: [],
        today: BENCH_TODAY,
        weekStartsOn: 1,
        openChores: data.tasks,
        reflections: [],
        coaching: [],
        neglectDays: 3,
        choices: DEFAULT_SHARE_CHOICES,
        now: Date.now(),
      });
    });
    const links: { spaceId: string; token: string }[] = [];
    for (const [i, projection] of projections.entries()) {
      const created = (await (
        await fetch(`${server.url}/api/spaces`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ deviceName: `Client ${i}` }),
        })
      ).json()) as { spaceId: string; deviceToken: string };
      const issued = (await (
        await fetch(`${server.url}/api/spaces/${created.spaceId}/coach-tokens`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${created.deviceToken}`,
          },
          body: '{}',
        })
      ).json()) as { token: string };
      await writeShare(server, created.spaceId, created.deviceToken, JSON.stringify(projection));
      links.push({ spaceId: created.spaceId, token: issued.token });
    }
    const many = await openAppInNewContext(browser, server.url);
    const idleHeap = await heapMb(many.page);
    await many.page.evaluate(async (rows) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('goals-first');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const tx = db.transaction('coachClients', 'readwrite');
      rows.forEach((row, i) =>
        tx.objectStore('coachClients').put({
          ...row,
          name: `Client ${String(i).padStart(2, '0')}`,
          followedAt: 0,
          state: 'following',
        }),
      );
      await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
      db.close();
    }, links);
    // Sockets the page opens during one cold load (closes are not reported across a reload).
    let sockets = 0;
    many.page.on('websocket', () => {
      sockets += 1;
    });
    const loads: number[] = [];
    const cached: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      // Cold: the cached projections are dropped first, so every card waits for its socket.
      await many.page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const request = indexedDB.open('goals-first');
          request.onsuccess = () => resolve(request.result);
        });
        const tx = db.transaction('coachClients', 'readwrite');
        const store = tx.objectStore('coachClients');
        const rows = await new Promise<Record<string, unknown>[]>((resolve) => {
          const request = store.getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        });
        for (const row of rows) {
          delete row.projection;
          store.put(row);
        }
        await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
        db.close();
      });
      sockets = 0;
      let started = Date.now();
      await many.page.goto('/clients');
      await many.page.waitForFunction(
        (count) => document.querySelectorAll('.client-card [role="progressbar"]').length >= count,
        CLIENTS * 5,
        { timeout: 60_000, polling: 20 },
      );
      loads.push(Date.now() - started);
      // Warm: reloaded with every projection cached (as offline, or before the sockets open).
      started = Date.now();
      await many.page.reload();
      await many.page.waitForFunction(
        (count) => document.querySelectorAll('.client-card [role="progressbar"]').length >= count,
        CLIENTS * 5,
        { timeout: 60_000, polling: 20 },
      );
      cached.push(Date.now() - started);
    }
    const heap = await heapMb(many.page);
    await many.context.close();

    const p95 = percentile(latencies, 0.95);
    const latencyOk = p95 <= 1000;
    const loadOk = median(loads) <= 2000;
    console.log('\nThe coach’s view through the server on loopback (Chromium)');
    console.log(
      `  client logs progress → coach's page: median ${ms(median(latencies))}, p95 ${ms(p95)} (within a second; the writer gathers changes for up to 250 ms) → ${latencyOk ? 'WITHIN' : 'OVER'}`,
    );
    console.log(
      `  share document, 2,000 tasks / 8 goals: projection ${kb(firstText)} of JSON, document ${kb(firstSize)}; after ${CHANGES} changes ${kb(laterSize)}`,
    );
    console.log(
      `  Clients page, ${CLIENTS} clients: all cards shown, nothing cached, median ${ms(median(loads))} (max ${ms(Math.max(...loads))}); from the cache, median ${ms(median(cached))}`,
    );
    console.log(
      `  ${sockets} socket(s) opened for ${CLIENTS} clients (all share one), JS heap ${heap.toFixed(1)} MB against ${idleHeap.toFixed(1)} MB following nobody`,
    );
    return latencyOk && loadOk;
  } finally {
    await browser.close();
    await server.close();
  }
}
