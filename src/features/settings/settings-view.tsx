// Settings: backups first (the one thing that protects the data), then sync between devices,
// sharing with a coach, then where it is stored, a list from another app, the thresholds that shape Today, and the
// coaching sessions the Review numbers.
import type { Day } from '../../domain/types';
import { Link } from '../../ui/router';
import { CoachSection } from './coach-section';
import { CoachingSessions } from './coaching-form';
import { ExportBackup } from './export-backup';
import { ImportBackup } from './import-backup';
import { StorageStatusCard } from './storage-status';
import { SyncSection } from './sync-section';
import { Thresholds } from './thresholds-form';
import './settings.css';

export function SettingsView({ today }: { today: Day }) {
  return (
    <section className="view settings" aria-labelledby="settings-heading">
      <header className="view-header">
        <h1 id="settings-heading">Settings</h1>
      </header>
      <section className="settings-card" aria-labelledby="backup-heading">
        <h2 id="backup-heading">Backup</h2>
        <ExportBackup />
        <ImportBackup />
      </section>
      <section className="settings-card" aria-labelledby="list-import-heading">
        <h2 id="list-import-heading">A list from another app</h2>
        <p>
          Bring in a list kept in Todoist, TickTick, a Markdown checklist or plain text, and mark
          the goals buried in it.
        </p>
        <Link href="/import">Bring in your list</Link>
      </section>
      <SyncSection />
      <CoachSection today={today} />
      <StorageStatusCard />
      <Thresholds />
      <CoachingSessions today={today} />
    </section>
  );
}
