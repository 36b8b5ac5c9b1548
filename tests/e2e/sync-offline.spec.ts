// Working apart (issue 16): two linked devices both offline edit the same task and add their
// own; back online, everything is on both, and a reload with the network off still shows it.
// Then the server is killed mid-session: nothing is lost and edits flow again within seconds.
import type { Page } from '@playwright/test';
import { readStore } from './support/app-db';
import { expect, test, type Device } from './support/sync-devices';
import { axe, choreTitles, join, makeLink, turnOn } from './support/sync-journeys';
import { today } from './support/today';

interface StoredTask {
  title: string;
  status: string;
}

const task = async (page: Page, id: string) =>
  (await readStore<StoredTask & { id: string }>(page, 'tasks')).find((t) => t.id === id);

async function linked(devices: (name: string) => Promise<Device>) {
  const laptop = await devices('laptop');
  const phone = await devices('phone');
  await today(laptop.page).add('Water the plants');
  await turnOn(laptop);
  await join(phone, await makeLink(laptop));
  for (const device of [laptop, phone]) {
    await device.page.getByRole('link', { name: 'Today' }).click();
    await expect(today(device.page).chores.getByText('Water the plants')).toBeVisible();
  }
  const id = (await readStore<{ id: string }>(laptop.page, 'tasks'))[0]!.id;
  return { laptop, phone, id };
}

async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
}

test('both offline: a rename on one and a completion on the other, and new tasks on both, all meet', async ({
  devices,
}) => {
  const { laptop, phone, id } = await linked(devices);
  await controlledByServiceWorker(phone.page);
  await laptop.goOffline();
  await phone.goOffline();

  // The laptop renames the task; the phone completes it; each adds one.
  await laptop.page.getByRole('button', { name: 'Edit: Water the plants' }).click();
  const title = laptop.page.getByRole('textbox', { name: 'Title' });
  await title.fill('Water the plants and the herbs');
  await title.press('Enter');
  await expect(
    laptop.page.getByRole('button', { name: 'Edit: Water the plants and the herbs' }),
  ).toBeFocused();
  await today(laptop.page).add('Call the bank');
  await phone.page.getByRole('checkbox', { name: 'Complete: Water the plants' }).click();
  await today(phone.page).add('Book the dentist');

  await phone.openSettings();
  await expect(phone.status()).toHaveText(/^Offline — \d+ changes waiting$/);
  await axe(phone.page);
  await laptop.openSettings();
  await expect(laptop.status()).toHaveText(/^Offline — \d+ changes waiting$/);

  await laptop.goOnline();
  await phone.goOnline();
  await expect(laptop.status()).toHaveText('Synced');
  await expect(phone.status()).toHaveText('Synced');
  for (const device of [laptop, phone]) {
    await expect
      .poll(() => task(device.page, id))
      .toMatchObject({ title: 'Water the plants and the herbs', status: 'done' });
    await device.page.getByRole('link', { name: 'Today' }).click();
    await expect
      .poll(() => choreTitles(device.page))
      .toEqual(['Book the dentist', 'Call the bank']);
  }

  // The phone, offline again, reloads: the app comes from the service worker, the data from
  // this device's own storage.
  await phone.goOffline();
  const response = await phone.page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect.poll(() => choreTitles(phone.page)).toEqual(['Book the dentist', 'Call the bank']);
  expect(await task(phone.page, id)).toMatchObject({
    title: 'Water the plants and the herbs',
    status: 'done',
  });
  await phone.openSettings();
  await expect(phone.status()).toHaveText('Offline');
});

test('the server killed mid-session: nothing is lost, and edits flow again within seconds', async ({
  devices,
  syncServer,
}) => {
  const { laptop, phone } = await linked(devices);
  // An edit the server acknowledges, then dies before storing it (it stores after 0.5–2 s).
  await today(laptop.page).add('Just before the crash');
  await expect(today(phone.page).chores.getByText('Just before the crash')).toBeVisible();
  await syncServer.stop('SIGKILL');
  await today(laptop.page).add('While the server is down');
  await today(phone.page).add('Also while it is down');
  await laptop.openSettings();
  await expect(laptop.status()).toHaveText(/^Offline/);

  await syncServer.start();
  const restarted = Date.now();
  await expect(laptop.status()).toHaveText('Synced');
  await phone.openSettings();
  await expect(phone.status()).toHaveText('Synced');
  test.info().annotations.push({
    type: 'back in sync after the restart',
    description: `${Date.now() - restarted} ms`,
  });
  const all = [
    'Also while it is down',
    'Just before the crash',
    'Water the plants',
    'While the server is down',
  ];
  for (const device of [laptop, phone]) {
    await device.page.getByRole('link', { name: 'Today' }).click();
    await expect.poll(() => choreTitles(device.page)).toEqual(all);
  }

  // And a device that joins now gets everything from the server itself.
  const tablet = await devices('tablet');
  await laptop.openSettings();
  await join(tablet, await makeLink(laptop));
  await tablet.page.getByRole('link', { name: 'Today' }).click();
  await expect.poll(() => choreTitles(tablet.page)).toEqual(all);
});
