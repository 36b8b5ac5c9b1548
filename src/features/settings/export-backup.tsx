// "Export backup": the whole of the user's data as one file, and when that was last done here.
import { useState } from 'react';
import { exportBackup } from '../../db/backup-export';
import { useDeviceMoment, useExportReminderDue } from '../../db/use-settings';
import { describeWriteError } from '../../db/write-error';
import { downloadText } from '../../ui/download';
import { formatMoment } from './format';
import { FieldError } from '../../ui/form-parts';

export function ExportBackup() {
  const [now] = useState(() => Date.now());
  const lastExportAt = useDeviceMoment('lastExportAt');
  const reminderDue = useExportReminderDue(now);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const { fileName, text } = await exportBackup();
      downloadText(fileName, text);
      setError(null);
    } catch (failure) {
      setError(describeWriteError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="settings-block">
      <h3>Export</h3>
      <p>
        One file with all your tasks, goals and check-ins, deleted ones included. Keep it somewhere
        safe, away from this browser.
      </p>
      {reminderDue && (
        <p className="settings-reminder">
          No backup of your goals for a week or more. A fresh one takes a second.
        </p>
      )}
      <button type="button" className="primary" onClick={() => void run()} disabled={busy}>
        Export backup
      </button>
      <p className="settings-hint">
        {lastExportAt === undefined
          ? ' '
          : lastExportAt === null
            ? 'No backup exported from this browser yet.'
            : `Last backup exported ${formatMoment(lastExportAt)}.`}
      </p>
      <FieldError message={error} />
    </div>
  );
}
