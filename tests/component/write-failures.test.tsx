// The whole path of a failed write as the user meets it: the alert says what happened, what
// they typed is still there, and the database did not change.
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { deleteStepWithUndo } from '../../src/features/goals/goal-actions';
import { moveTaskTo } from '../../src/features/today/drag-actions';
import { QuickAdd } from '../../src/features/today/quick-add';
import { addTask } from '../../src/db/task-repository';
import { getToast } from '../../src/ui/toast-store';
import { SettingsView } from '../../src/features/settings/settings-view';
import { everything, seedRepresentative } from '../fixtures/backup-data';
import { failWrites, quotaError, quotaInAbortError } from '../fixtures/fail-writes';
import { loadBackupReader, loadQuickAddParser } from '../setup/lazy-code';

beforeAll(() => Promise.all([loadBackupReader(), loadQuickAddParser()]));

let heal: (() => Promise<void>) | undefined;
afterEach(async () => {
  await heal?.();
  heal = undefined;
});

describe.each([
  ['QuotaExceededError', quotaError],
  ['QuotaExceededError wrapped in an AbortError', quotaInAbortError],
])('a full disk (%s)', (_, makeError) => {
  it('quick add shows the reason in an alert and keeps the typed text', async () => {
    heal = await failWrites(makeError);
    render(<QuickAdd today="2026-11-26" />);
    const user = userEvent.setup();
    const box = screen.getByRole('textbox', { name: 'New task' });
    await user.type(box, 'Book the dentist{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your browser has no room left for this app’s data, so nothing was saved.',
    );
    expect(box).toHaveValue('Book the dentist');
    expect(box).toHaveFocus();
    expect(await db.tasks.count()).toBe(0);
  });

  it('a goal page or drag action says why in an error toast and reports nothing saved', async () => {
    const step = await addTask({ title: 'Outline chapter one', kind: 'goal' });
    const chore = await addTask({ title: 'Laundry', kind: 'chore' });
    heal = await failWrites(makeError);
    expect(await deleteStepWithUndo(step)).toBe(false);
    expect(getToast()).toMatchObject({ tone: 'error', message: /no room left/ });
    expect(await moveTaskTo(chore.id, { before: step.id })).toBe(false);
    expect(getToast()).toMatchObject({ tone: 'error', message: /no room left/ });
    await heal();
    heal = undefined;
    expect((await db.tasks.get(step.id))?.deletedAt).toBeUndefined();
  });

  it('an import says nothing was imported and leaves the data as it was', async () => {
    await seedRepresentative();
    const before = await everything();
    heal = await failWrites(makeError);
    render(<SettingsView today="2026-11-26" />);
    const user = userEvent.setup();
    const file = new File([readFileSync('tests/fixtures/backups/valid.json')], 'backup.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Import backup'), file);
    await screen.findByRole('region', { name: 'Import preview' });
    await user.click(screen.getByRole('radio', { name: /Replace/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Nothing was imported\. Your browser has no room left/,
    );
    expect(screen.getByRole('region', { name: 'Import preview' })).toBeInTheDocument();
    await heal();
    heal = undefined;
    expect(await everything()).toEqual(before);
  });
});
