import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { exportReminderDue, takeExportReminder } from '../../src/db/export-reminder';
import { readDeviceMoment, recordDeviceMoment } from '../../src/db/settings-repository';
import {
  shouldRequestPersistence,
  readStorageStatus,
  requestPersistentStorage,
} from '../../src/db/storage';
import { makeGoal, makeTask } from '../fixtures/builders';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 26, 12);

const persist = vi.fn(() => Promise.resolve(true));
beforeEach(() => {
  persist.mockClear();
  vi.stubGlobal('navigator', {
    storage: {
      persist,
      persisted: () => Promise.resolve(false),
      estimate: () => Promise.resolve({ usage: 2048, quota: 10 ** 9 }),
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('persistent storage', () => {
  it('is asked for from the first live goal, or from ten live tasks', async () => {
    expect(await shouldRequestPersistence()).toBe(false);
    await db.tasks.bulkAdd(Array.from({ length: 9 }, () => makeTask()));
    await db.tasks.add(makeTask({ deletedAt: NOW }));
    expect(await shouldRequestPersistence()).toBe(false);
    await db.tasks.add(makeTask());
    expect(await shouldRequestPersistence()).toBe(true);

    await db.tasks.clear();
    await db.goals.add(makeGoal({ deletedAt: NOW }));
    expect(await shouldRequestPersistence()).toBe(false);
    await db.goals.add(makeGoal());
    expect(await shouldRequestPersistence()).toBe(true);
  });

  it('asks the browser once per device, and remembers having asked', async () => {
    await db.goals.add(makeGoal());
    expect(await shouldRequestPersistence()).toBe(true);
    expect(await requestPersistentStorage(NOW)).toBe(true);
    expect(await shouldRequestPersistence()).toBe(false);
    expect(await requestPersistentStorage(NOW + 1)).toBeNull();
    expect(persist).toHaveBeenCalledOnce();
    expect(await readDeviceMoment('persistRequestedAt')).toBe(NOW);
  });

  it('reports what the browser says about persistence and space', async () => {
    expect(await readStorageStatus()).toEqual({ persisted: false, usage: 2048, quota: 10 ** 9 });
    vi.stubGlobal('navigator', {});
    expect(await readStorageStatus()).toEqual({ persisted: null, usage: null, quota: null });
    expect(await requestPersistentStorage(NOW)).toBeNull();
  });
});

describe('the backup reminder', () => {
  it('is due a week after the first goal, and quiet for a week after an export', async () => {
    expect(await exportReminderDue(NOW)).toBe(false);
    await db.goals.add(makeGoal({ createdAt: NOW - 8 * DAY }));
    expect(await exportReminderDue(NOW)).toBe(true);
    await recordDeviceMoment('lastExportAt', NOW - 2 * DAY);
    expect(await exportReminderDue(NOW)).toBe(false);
    expect(await exportReminderDue(NOW + 5 * DAY)).toBe(true);
  });

  it('is handed out at most once a day', async () => {
    await db.goals.add(makeGoal({ createdAt: NOW - 8 * DAY }));
    expect(await takeExportReminder(NOW)).toBe(true);
    expect(await takeExportReminder(NOW + 60_000)).toBe(false);
    expect(await takeExportReminder(NOW + DAY)).toBe(true);
  });
});
