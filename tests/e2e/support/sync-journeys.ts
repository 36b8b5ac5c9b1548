// Steps the sync journeys share, done as a user does them: by role and name.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, type Device } from './sync-devices';
import { today } from './today';

export async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('.sync-card').analyze();
  const serious = results.violations.filter((v) =>
    ['serious', 'critical'].includes(v.impact ?? ''),
  );
  expect(serious).toEqual([]);
}

export async function turnOn(device: Device): Promise<void> {
  await device.openSettings();
  await device.settings().getByRole('button', { name: 'Turn on sync' }).click();
  await expect(device.status()).toHaveText('Synced');
}

export async function makeLink(device: Device): Promise<string> {
  await device.settings().getByRole('button', { name: 'Link another device' }).click();
  const field = device.settings().getByRole('textbox', { name: 'Device link' });
  await expect(field).toHaveValue(/#join=/);
  return field.inputValue();
}

export async function join(device: Device, link: string): Promise<void> {
  await device.page.goto('/goals');
  await device.page.goto(link);
  await device.settings().getByRole('button', { name: 'Join', exact: true }).click();
  await expect(device.status()).toHaveText('Synced');
}

export const choreTitles = async (page: Page) =>
  (await today(page).chores.getByRole('listitem').allInnerTexts())
    .map((text) => text.split('\n')[0]!)
    .sort();
