// "Import backup": choose a file, see what it holds and what it would change, then Merge or
// Replace. The file is fully checked (lazily loaded schema) before the preview appears, and
// the import runs in one transaction; any refusal is an alert that names the problem and
// leaves the data as it was.
import { useId, useRef, useState } from 'react';
import {
  applyImport,
  keepImport,
  previewImport,
  undoImport,
  type ImportMode,
  type ImportPreview,
} from '../../db/backup-apply';
import { BACKUP_TABLES, TABLE_WORDS, type Backup } from '../../db/backup-format';
import { db } from '../../db/database';
import { useSyncOn } from '../../db/sync-device';
import { useImportUndo } from '../../db/use-backup';
import { describeWriteError } from '../../db/write-error';
import { ValidationError } from '../../domain/validation-error';
import { showError, showToast } from '../../ui/toast-store';
import { formatCount, formatMoment } from './format';
import { FieldError } from '../../ui/form-parts';

interface Checked {
  backup: Backup;
  preview: ImportPreview;
}

const describeReadError = (failure: unknown) =>
  failure instanceof ValidationError
    ? failure.message
    : 'The file could not be read. Choose it again, or try another copy.';

async function undo() {
  try {
    await undoImport();
    showToast('Import undone: your data is as it was before.');
  } catch (failure) {
    showError(describeWriteError(failure));
  }
}

async function keep() {
  try {
    await keepImport();
    showToast('Import kept. Its undo copy is gone, and the space it took is free again.');
  } catch (failure) {
    showError(describeWriteError(failure));
  }
}

export function ImportBackup() {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const latestRead = useRef(0);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lastImport = useImportUndo();

  // The file's check, while it runs: Import waits for it rather than finding "no file" when
  // pressed a moment after the file was chosen.
  const pendingRead = useRef<Promise<Checked | null>>(Promise.resolve(null));

  const read = async (file: File | undefined): Promise<Checked | null> => {
    const token = ++latestRead.current;
    setChecked(null);
    setError(null);
    if (!file) return null;
    setReading(true);
    try {
      // The schema library loads only now, when someone actually imports.
      const { readBackupFile } = await import('../../db/backup-parse');
      const backup = await readBackupFile(file);
      const preview = await previewImport(backup);
      if (token !== latestRead.current) return null;
      const result = { backup, preview };
      setChecked(result);
      return result;
    } catch (failure) {
      if (token === latestRead.current) {
        setError(`Nothing was imported. ${describeReadError(failure)}`);
      }
      return null;
    } finally {
      if (token === latestRead.current) setReading(false);
    }
  };

  const choose = (file: File | undefined) => {
    pendingRead.current = read(file);
  };

  const importing = useRef(false);

  const runImport = async () => {
    if (importing.current) return; // a second press while the first import runs
    importing.current = true;
    try {
      await importChecked(checked ?? (await pendingRead.current));
    } finally {
      importing.current = false;
    }
  };

  const importChecked = async (ready: Checked | null) => {
    if (!ready) {
      // A file that could not be read already says why; only a missing file needs saying.
      if (!fileInput.current?.files?.length) setError('Choose a backup file first.');
      return;
    }
    try {
      const written = await applyImport(ready.backup, mode);
      setChecked(null);
      pendingRead.current = Promise.resolve(null);
      if (fileInput.current) fileInput.current.value = '';
      showToast(`Imported: ${formatCount(written, ['record', 'records'])} written.`, {
        action: { label: 'Undo', run: undo },
      });
    } catch (failure) {
      setError(`Nothing was imported. ${describeWriteError(failure)}`);
    }
  };

  return (
    <form
      className="settings-block"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void runImport();
      }}
    >
      <h3 id={`${id}-heading`}>Import</h3>
      <div className="settings-field">
        <label htmlFor={`${id}-file`}>Import backup</label>
        <input
          id={`${id}-file`}
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => choose(event.currentTarget.files?.[0])}
        />
      </div>
      <fieldset className="settings-choice">
        <legend>How to import</legend>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            value="merge"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />
          Merge
          <span className="settings-hint">
            {' '}
            — keep your data; for a record on both sides, the newer edit wins
          </span>
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            value="replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
          Replace
          <span className="settings-hint"> — your data becomes the backup’s (undo is offered)</span>
        </label>
      </fieldset>
      {reading && <p className="loading">Checking the file…</p>}
      {checked && <Preview checked={checked} mode={mode} />}
      <FieldError id={`${id}-error`} message={error} />
      <button type="submit" className="primary" disabled={reading}>
        Import
      </button>
      {lastImport && (
        <p className="settings-undo">
          Last import ({lastImport.mode === 'merge' ? 'merged' : 'replaced'}{' '}
          {formatMoment(lastImport.at)}).{' '}
          <button type="button" onClick={() => void undo()}>
            Undo import
          </button>{' '}
          <button type="button" onClick={() => void keep()}>
            Keep import
          </button>
        </p>
      )}
    </form>
  );
}

function Preview({ checked: { backup, preview }, mode }: { checked: Checked; mode: ImportMode }) {
  const syncOn = useSyncOn(db);
  // Tasks, goals and check-ins are always named; the Review's tables only when they hold rows
  // (a backup from before the Review has none, and "0 activity records" would say nothing).
  const list = (counts: Record<(typeof BACKUP_TABLES)[number], number>) =>
    BACKUP_TABLES.filter((table, i) => i < 3 || counts[table] > 0)
      .map((table) => formatCount(counts[table], TABLE_WORDS[table]))
      .join(', ');
  const stored = BACKUP_TABLES.reduce((sum, table) => sum + preview.stored[table], 0);
  const { fileNewer, hereNewerOrSame } = preview.conflicts;
  return (
    <section className="settings-preview" aria-label="Import preview">
      <p>
        This backup holds {list(preview.inFile)}, exported {formatMoment(backup.exportedAt)}.
      </p>
      {mode === 'merge' ? (
        <ul>
          <li>{formatCount(preview.added, ['new record', 'new records'])} to add</li>
          {fileNewer + hereNewerOrSame === 0 ? (
            <li>no conflicts: none of them is stored here yet</li>
          ) : (
            <li>
              {formatCount(fileNewer + hereNewerOrSame, ['conflict', 'conflicts'])} (records on both
              sides): {fileNewer} newer in the file (taken from it), {hereNewerOrSame} newer or the
              same here (kept)
            </li>
          )}
        </ul>
      ) : (
        <p>
          Replace: your {formatCount(stored, ['stored record', 'stored records'])} (
          {list(preview.stored)}) give way to the backup’s. They are kept aside, so the import can
          be undone.
        </p>
      )}
      {mode === 'replace' && syncOn && (
        <p className="settings-warning" role="note">
          Sync is on: Replace changes every linked device too. What is not in the backup is removed
          from all of them.
        </p>
      )}
    </section>
  );
}
