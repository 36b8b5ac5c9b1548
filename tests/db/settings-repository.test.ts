import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { readSettings, saveSettings } from '../../src/db/settings-repository';
import { DEFAULT_SETTINGS } from '../../src/domain/types';

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves valid thresholds and reads them back', async () => {
    await saveSettings({ neglectDays: 5, choreCap: 8, weekStartsOn: 1 });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      neglectDays: 5,
      choreCap: 8,
      weekStartsOn: 1,
    });
  });

  it('refuses an out-of-range value with a message and writes none of the batch', async () => {
    await expect(saveSettings({ neglectDays: 4, choreCap: 0 })).rejects.toThrow(
      'Chores shown before the pile must be a whole number from 1 to 50.',
    );
    expect(await db.settings.count()).toBe(0);
  });

  it('ignores a stored value that is out of range', async () => {
    await db.settings.put({ key: 'stepsPerGoal', value: 99 });
    expect((await readSettings()).stepsPerGoal).toBe(DEFAULT_SETTINGS.stepsPerGoal);
  });
});
