import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { readSettings } from '../../src/db/settings-repository';
import { SettingsView } from '../../src/features/settings/settings-view';
import { DEFAULT_SETTINGS } from '../../src/domain/types';
import { everything, seedRepresentative } from '../fixtures/backup-data';
import { loadBackupReader } from '../setup/lazy-code';
import { getToast } from '../../src/ui/toast-store';

beforeAll(loadBackupReader);

const fixture = (name: string) =>
  new File([readFileSync(`tests/fixtures/backups/${name}`)], name, {
    type: 'application/json',
  });

const setup = () => {
  render(<SettingsView today="2026-11-26" />);
  return userEvent.setup();
};

describe('Settings: thresholds', () => {
  it('saves valid thresholds', async () => {
    const user = setup();
    const neglect = await screen.findByRole('spinbutton', { name: /days before a goal/i });
    await user.clear(neglect);
    await user.type(neglect, '5');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'First day of the week' }),
      'Sunday',
    );
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(async () =>
      expect(await readSettings()).toEqual({
        ...DEFAULT_SETTINGS,
        neglectDays: 5,
        weekStartsOn: 0,
      }),
    );
  });

  it('refuses an out-of-range value in an alert, keeps the typed value, and saves nothing', async () => {
    const user = setup();
    const cap = await screen.findByRole('spinbutton', { name: /chores shown before the pile/i });
    await user.clear(cap);
    await user.type(cap, '0');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Chores shown before the pile must be a whole number from 1 to 50.',
    );
    expect(cap).toHaveValue(0);
    expect(cap).toHaveAttribute('aria-invalid', 'true');
    expect(await db.settings.count()).toBe(0);
  });
});

describe('Settings: backup', () => {
  it('exports a backup file and shows when it was made', async () => {
    await seedRepresentative();
    await db.settings.delete('lastExportAt');
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:backup';
    });
    URL.revokeObjectURL = vi.fn();
    const user = setup();
    expect(
      await screen.findByText('No backup exported from this browser yet.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(await screen.findByText(/^Last backup exported/)).toBeInTheDocument();
    const file = JSON.parse(await blobs[0]!.text()) as {
      format: string;
      tables: { tasks: unknown[] };
    };
    expect(file.format).toBe('goals-first-backup');
    expect(file.tables.tasks).toHaveLength(6);
  });

  it('previews a backup, replaces the data with it, and undoes the import', async () => {
    await db.tasks.add({
      id: 'mine',
      title: 'My own task',
      kind: 'chore',
      status: 'open',
      order: 'a0',
      snoozes: 0,
      createdAt: 1,
      updatedAt: 1,
    });
    const before = await everything();
    const user = setup();
    await user.upload(screen.getByLabelText('Import backup'), fixture('valid.json'));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(preview).toHaveTextContent('6 tasks, 3 goals, 2 check-ins');
    expect(preview).toHaveTextContent('11 new records to add');
    expect(preview).toHaveTextContent('no conflicts');
    await user.click(screen.getByRole('radio', { name: /Replace/ }));
    expect(preview).toHaveTextContent('your 1 stored record (1 task, 0 goals, 0 check-ins)');
    await user.click(screen.getByRole('button', { name: 'Import' }));

    await waitFor(async () => expect(await db.tasks.get('mine')).toBeUndefined());
    expect(await db.tasks.count()).toBe(6);
    expect(screen.queryByRole('region', { name: 'Import preview' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Undo import' }));
    await waitFor(async () => expect(await everything()).toEqual(before));
  });

  it('keeps an import on request: the Undo offer goes and the data stays', async () => {
    const user = setup();
    await user.upload(screen.getByLabelText('Import backup'), fixture('valid.json'));
    await screen.findByRole('region', { name: 'Import preview' });
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await user.click(await screen.findByRole('button', { name: 'Keep import' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Undo import' })).not.toBeInTheDocument(),
    );
    expect(await db.tasks.count()).toBe(6);
    expect(await db.settings.get('importUndo')).toBeUndefined();
  });

  it.each([
    ['not-json.json', 'not valid JSON'],
    ['newer-version.json', 'newer version of Goals First'],
    ['dangling-goal-id.json', 'which is not in the backup'],
  ])('refuses %s in an alert and changes nothing', async (name, problem) => {
    await seedRepresentative();
    const before = await everything();
    const user = setup();
    await user.upload(screen.getByLabelText('Import backup'), fixture(name));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Nothing was imported. `);
    expect(alert).toHaveTextContent(problem);
    expect(screen.queryByRole('region', { name: 'Import preview' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(within(screen.getByRole('alert')).getByText(new RegExp(problem))).toBeInTheDocument();
    expect(await everything()).toEqual(before);
  });

  it('imports a file pressed for while its check still runs, once the check is done', async () => {
    const user = setup();
    await user.upload(screen.getByLabelText('Import backup'), fixture('valid.json'));
    // The press that comes before the preview (a quick hand, a slow machine): the button is
    // disabled while the file is checked, so the form is submitted the way Enter would.
    fireEvent.submit(screen.getByRole('button', { name: 'Import' }).closest('form')!);
    await waitFor(() => expect(getToast()?.message).toBe('Imported: 11 records written.'));
    expect(await db.tasks.count()).toBe(6);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for a file when Import is pressed without one', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a backup file first.');
  });
});
