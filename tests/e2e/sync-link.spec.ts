// Linking devices (issue 16), two or three browser contexts against the project's own server:
// turning sync on, a device link opened (or pasted, or arriving in an open tab), the join that
// keeps both lists, wrong links that change nothing, and a revoked device that is told.
import { readStore } from './support/app-db';
import { axe, choreTitles, join, makeLink, turnOn } from './support/sync-journeys';
import { expect, test } from './support/sync-devices';
import { today } from './support/today';

test('turn on, link, join: both devices’ tasks end up on both, and edits travel', async ({
  devices,
  syncServer,
}) => {
  const laptop = await devices('laptop');
  const phone = await devices('phone');
  await today(laptop.page).add('Laptop chore');
  await today(phone.page).add('Phone chore');

  await laptop.openSettings();
  await expect(laptop.status()).toHaveText('Sync is off: your data stays on this device only.');
  await axe(laptop.page);
  await laptop.settings().getByRole('button', { name: 'Turn on sync' }).click();
  await expect(laptop.status()).toHaveText('Synced');
  const link = await makeLink(laptop);
  expect(link).toMatch(new RegExp(`^${syncServer.url}/#join=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
  await expect(
    laptop.settings().getByRole('img', { name: 'Device link as a QR code' }),
  ).toBeVisible();
  await axe(laptop.page);

  // The phone opens the link: the token leaves the address bar at once, and nothing is merged
  // before "Join".
  await phone.page.goto('/goals');
  await phone.page.goto(link);
  await expect(phone.page).toHaveURL(`${syncServer.url}/settings`);
  const heading = phone.settings().getByRole('heading', { name: 'Join your other devices' });
  await expect(heading).toBeFocused();
  await expect(phone.settings()).toContainText('nothing is lost on either side');
  await axe(phone.page);
  expect(await phone.page.evaluate(() => window.history.length)).toBeGreaterThan(0);
  expect((await readStore<{ title: string }>(phone.page, 'tasks')).map((t) => t.title)).toEqual([
    'Phone chore',
  ]);
  await phone.settings().getByRole('button', { name: 'Join', exact: true }).click();
  await expect(phone.status()).toHaveText('Synced');
  await axe(phone.page);

  await phone.page.getByRole('link', { name: 'Today' }).click();
  await expect.poll(() => choreTitles(phone.page)).toEqual(['Laptop chore', 'Phone chore']);
  await laptop.page.getByRole('link', { name: 'Today' }).click();
  await expect.poll(() => choreTitles(laptop.page)).toEqual(['Laptop chore', 'Phone chore']);

  // An edit on one shows on the other (its speed is measured by `npm run bench`).
  await today(laptop.page).add('Added on the laptop');
  await expect(today(phone.page).chores.getByText('Added on the laptop')).toBeVisible();
  await phone.page.getByRole('checkbox', { name: 'Complete: Laptop chore' }).click();
  await expect(today(laptop.page).chores).not.toContainText('Laptop chore');
  await expect
    .poll(async () =>
      (await readStore<{ title: string; status: string }>(laptop.page, 'tasks')).find(
        (task) => task.title === 'Laptop chore',
      ),
    )
    .toMatchObject({ status: 'done' });

  // Both devices are listed; only the other one can be revoked from here.
  await laptop.openSettings();
  const list = laptop.settings().getByRole('list', { name: 'Devices' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('(this device)');
  await expect(list.getByRole('button', { name: /^Revoke / })).toHaveCount(1);
  await axe(laptop.page);
});

test('a wrong, used or foreign link is refused with a message, and the device is unchanged', async ({
  devices,
  syncServer,
}) => {
  const laptop = await devices('laptop');
  const phone = await devices('phone');
  const tablet = await devices('tablet');
  await turnOn(laptop);
  const link = await makeLink(laptop);
  await join(phone, link);

  await today(tablet.page).add('Tablet chore');
  const unchanged = async () => {
    await expect(tablet.status()).toHaveText('Sync is off: your data stays on this device only.');
    expect((await readStore<{ title: string }>(tablet.page, 'tasks')).map((t) => t.title)).toEqual([
      'Tablet chore',
    ]);
    const settings = await readStore<{ key: string }>(tablet.page, 'settings');
    expect(settings.map((row) => row.key)).not.toContain('syncDevice');
  };

  // The link the phone used: it works once.
  await tablet.page.goto(link);
  await tablet.settings().getByRole('button', { name: 'Join', exact: true }).click();
  await expect(tablet.settings().getByRole('alert')).toContainText('already used or has expired');
  await unchanged();
  await axe(tablet.page);

  // A link with a wrong secret, pasted.
  const token = link.split('#join=')[1]!;
  const wrong = `${syncServer.url}/#join=${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
  const paste = tablet.settings().getByRole('textbox', { name: 'Paste a device link' });
  await paste.fill(wrong);
  await tablet.settings().getByRole('button', { name: 'Join', exact: true }).click();
  await expect(tablet.settings().getByRole('alert')).toContainText(
    'does not know this device link',
  );
  await expect(paste).toHaveValue(wrong);
  await unchanged();

  // A damaged link, and one made by another server: refused before anything is sent.
  await paste.fill(`${syncServer.url}/#join=abc`);
  await tablet.settings().getByRole('button', { name: 'Join', exact: true }).click();
  await expect(tablet.settings().getByRole('alert')).toContainText('damaged');
  await paste.fill(`https://todo.example.org/#join=${token}`);
  await tablet.settings().getByRole('button', { name: 'Join', exact: true }).click();
  await expect(tablet.settings().getByRole('alert')).toContainText(
    'for the app at https://todo.example.org',
  );
  await axe(tablet.page);
  await unchanged();
});

test('a device link arriving in an open tab leaves the address bar and waits for Join', async ({
  devices,
}) => {
  const laptop = await devices('laptop');
  const phone = await devices('phone');
  await turnOn(laptop);
  const link = await makeLink(laptop);
  await today(phone.page).add('Phone chore');
  // The phone's app is open on Today; the link arrives as a new fragment (hashchange).
  await phone.page.evaluate((hash) => {
    window.location.hash = hash;
  }, new URL(link).hash);
  await expect(
    phone.settings().getByRole('heading', { name: 'Join your other devices' }),
  ).toBeFocused();
  expect(await phone.page.evaluate(() => window.location.href)).not.toContain('join');
  // Cancel: nothing changes, the link is dropped.
  await phone.settings().getByRole('button', { name: 'Cancel' }).click();
  await expect(phone.status()).toHaveText('Sync is off: your data stays on this device only.');
  // The same link can still be used (nothing was sent): paste it.
  await phone.settings().getByRole('textbox', { name: 'Paste a device link' }).fill(link);
  await phone.settings().getByRole('button', { name: 'Join', exact: true }).click();
  await expect(phone.status()).toHaveText('Synced');
});

test('a revoked device stops receiving and is told so, even after a reload', async ({
  devices,
}) => {
  const laptop = await devices('laptop');
  const phone = await devices('phone');
  await turnOn(laptop);
  await join(phone, await makeLink(laptop));

  await laptop.page.reload();
  const revoke = laptop.settings().getByRole('button', { name: /^Revoke / });
  await revoke.click();
  await laptop.settings().getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(phone.status()).toContainText('this device was revoked');
  await axe(phone.page);
  await expect(
    laptop.settings().getByRole('list', { name: 'Devices' }).getByRole('listitem'),
  ).toHaveCount(1);

  await laptop.page.getByRole('link', { name: 'Today' }).click();
  await today(laptop.page).add('After the revocation');
  await laptop.openSettings();
  await expect(laptop.status()).toHaveText('Synced');
  await phone.page.reload();
  await expect(phone.status()).toContainText('this device was revoked');
  // It can join again with a new link; the paste box is offered.
  await expect(
    phone.settings().getByRole('textbox', { name: 'Paste a device link' }),
  ).toBeVisible();
  const titles = (await readStore<{ title: string }>(phone.page, 'tasks')).map((t) => t.title);
  expect(titles).not.toContain('After the revocation');
});
