import { describe, expect, it } from 'vitest';
import { isExportReminderDue, mayShowReminderAgain } from '../../src/domain/backup-reminder';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 26, 12);

describe('the backup reminder', () => {
  it('never nags without a goal', () => {
    expect(isExportReminderDue({ now, firstGoalAt: undefined, lastExportAt: undefined })).toBe(
      false,
    );
  });

  it('waits a week after the first goal when nothing was ever exported', () => {
    expect(isExportReminderDue({ now, firstGoalAt: now - 6 * DAY, lastExportAt: undefined })).toBe(
      false,
    );
    expect(isExportReminderDue({ now, firstGoalAt: now - 7 * DAY, lastExportAt: undefined })).toBe(
      true,
    );
  });

  it('is due 7 days after the last export', () => {
    const firstGoalAt = now - 100 * DAY;
    expect(isExportReminderDue({ now, firstGoalAt, lastExportAt: now - 6.9 * DAY })).toBe(false);
    expect(isExportReminderDue({ now, firstGoalAt, lastExportAt: now - 7 * DAY })).toBe(true);
  });

  it('shows at most once a day', () => {
    expect(mayShowReminderAgain(now, undefined)).toBe(true);
    expect(mayShowReminderAgain(now, now - 23 * 60 * 60 * 1000)).toBe(false);
    expect(mayShowReminderAgain(now, now - DAY)).toBe(true);
  });
});
