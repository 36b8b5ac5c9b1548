// One toast at a time: the newest one the person caused wins, and a nudge nobody asked for
// waits for the screen to be free instead of taking a toast (and its Undo) away.
import { afterEach, describe, expect, it } from 'vitest';
import { dismissToast, getToast, showError, showNudge, showToast } from '../../src/ui/toast-store';

const shown = () => getToast()?.message;

afterEach(() => {
  for (let toast = getToast(); toast; toast = getToast()) dismissToast(toast.id);
});

describe('the toast store', () => {
  it('replaces a toast with a newer one the person caused', () => {
    showToast('Deleted “Buy milk”');
    showToast('Snoozed until tomorrow');
    expect(shown()).toBe('Snoozed until tomorrow');
  });

  it('keeps a nudge waiting while a toast the person caused is on screen, then shows it', () => {
    showToast('Snoozed until tomorrow. If tired, then write before breakfast.', {
      action: { label: 'Undo', run: () => undefined },
    });
    showNudge('Your goals have had no backup for a week.');
    expect(shown()).toBe('Snoozed until tomorrow. If tired, then write before breakfast.');
    expect(getToast()?.action?.label).toBe('Undo');
    dismissToast(getToast()!.id);
    expect(getToast()).toMatchObject({
      tone: 'nudge',
      message: 'Your goals have had no backup for a week.',
    });
  });

  it('lets an error wait out a nudge as well, and a toast replace a nudge', () => {
    showError('Your browser’s storage is full.');
    showNudge('Your goals have had no backup for a week.');
    expect(shown()).toBe('Your browser’s storage is full.');
    dismissToast(getToast()!.id);
    expect(shown()).toBe('Your goals have had no backup for a week.');
    showToast('Added to the pile');
    expect(shown()).toBe('Added to the pile');
  });

  it('shows a nudge at once when the screen is free', () => {
    showNudge('Your goals have had no backup for a week.');
    expect(getToast()?.tone).toBe('nudge');
  });
});
