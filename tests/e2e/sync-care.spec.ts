// Connection care (issue 16): a socket that dies without a word is noticed within seconds and
// replaced; a space holding data of a newer app stops this one from writing until it reloads.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { spaceDocumentName, syncPath } from '../../src/domain/sync-protocol';
import { readStore } from './support/app-db';
import { expect, test, type Device, type SyncServer } from './support/sync-devices';
import { axe, join, makeLink, turnOn } from './support/sync-journeys';
import { today } from './support/today';

async function linked(devices: (name: string) => Promise<Device>) {
  const laptop = await devices('laptop');
  const phone = await devices('phone');
  await turnOn(laptop);
  await join(phone, await makeLink(laptop));
  return { laptop, phone };
}

/** Notes of changed tasks waiting in the outbox (an add also notes its activity row). */
const tasksWaiting = (device: Device) =>
  device.page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('goals-first');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('outbox').objectStore('outbox').getAll();
      request.onsuccess = () =>
        resolve((request.result as { table: string }[]).filter((n) => n.table === 'tasks').length);
    });
    db.close();
    return count;
  });

/** Another device of the space, played here with the provider and the laptop's credential. */
async function otherDevice(server: SyncServer, device: Device) {
  const rows = await readStore<{ key: string; value: { spaceId: string; deviceToken: string } }>(
    device.page,
    'settings',
  );
  const credential = rows.find((row) => row.key === 'syncDevice')!.value;
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: `${server.url.replace(/^http/, 'ws')}${syncPath()}`,
    WebSocketPolyfill: WebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: spaceDocumentName(credential.spaceId),
    token: credential.deviceToken,
    document: doc,
  });
  provider.attach();
  await new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  return {
    doc,
    acknowledged: () =>
      expect.poll(() => provider.unsyncedChanges, { message: 'the server took it' }).toBe(0),
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

test('a socket that went silent is noticed within seconds, and edits flow again', async ({
  devices,
}) => {
  const { laptop, phone } = await linked(devices);
  for (const device of [laptop, phone]) {
    await device.page.getByRole('link', { name: 'Today' }).click();
  }
  phone.goSilent(); // its open socket carries nothing more, and never closes
  await today(laptop.page).add('Sent while the phone’s socket is dead');
  // Noticed, closed, replaced: the edit arrives through the new socket. The app asks for a sign
  // of life after 2 s of silence and gives up after 3 s more; the provider alone would wait 30 s.
  const started = Date.now();
  await expect(
    today(phone.page).chores.getByText('Sent while the phone’s socket is dead'),
  ).toBeVisible({ timeout: 8000 });
  test.info().annotations.push({
    type: 'silent socket replaced after',
    description: `${Date.now() - started} ms`,
  });
});

test('data of a newer app in the space: this app stops writing and offers "Reload to update"', async ({
  devices,
  syncServer,
}) => {
  const { laptop } = await linked(devices);
  const newer = await otherDevice(syncServer, laptop);
  try {
    newer.doc.getMap('meta').set('dataVersion', 999);
    await newer.acknowledged();
    await expect(laptop.status()).toContainText('another device uses a newer version');
    await expect(laptop.settings().getByRole('button', { name: 'Reload to update' })).toBeVisible();
    await axe(laptop.page);

    // An edit here stays on this device, waiting in its outbox, out of the newer data.
    await laptop.page.getByRole('link', { name: 'Today' }).click();
    await today(laptop.page).add('Made on the older app');
    await expect.poll(() => tasksWaiting(laptop)).toBe(1);
    const titles = () =>
      [...newer.doc.getMap<Y.Map<unknown>>('tasks').values()].map((task) => task.get('title'));
    expect(titles()).not.toContain('Made on the older app');
  } finally {
    newer.close();
  }
});
