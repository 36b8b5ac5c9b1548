// Looks after the data in the background (DESIGN.md §6): asks the browser for persistent
// storage once the user has something worth keeping, and nudges, at most once a day, when the
// goals have gone a week without a backup. Rendered only while the database is usable.
import { useEffect } from 'react';
import { takeExportReminder } from '../db/export-reminder';
import { requestPersistentStorage } from '../db/storage';
import { useShouldRequestPersistence } from '../db/use-storage';
import { navigate } from '../ui/router';
import { showNudge } from '../ui/toast-store';

export function StorageCare() {
  const shouldAsk = useShouldRequestPersistence();
  useEffect(() => {
    if (shouldAsk) void requestPersistentStorage().catch(() => undefined);
  }, [shouldAsk]);

  useEffect(() => {
    void takeExportReminder().then(
      (due) => {
        if (!due) return;
        showNudge('Your goals have had no backup for a week. Export one in Settings.', {
          action: { label: 'Open Settings', run: () => navigate('/settings') },
        });
      },
      () => undefined, // a reminder that cannot be read is simply not shown
    );
  }, []);
  return null;
}
