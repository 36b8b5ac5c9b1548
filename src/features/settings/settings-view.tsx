// Settings: backups first (the one thing that protects the data), then where it is stored,
// then the thresholds that shape Today, then the coaching sessions the Review numbers.
import type { Day } from '../../domain/types';
import { CoachingSessions } from './coaching-form';
import { ExportBackup } from './export-backup';
import { ImportBackup } from './import-backup';
import { StorageStatusCard } from './storage-status';
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
      <StorageStatusCard />
      <Thresholds />
      <CoachingSessions today={today} />
    </section>
  );
}
