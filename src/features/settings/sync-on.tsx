// Sync on: the status line, and what can be done from it: link another device, the devices of
// the space (revoke a lost one), stop syncing here; when the server refused this device for
// good, joining again; when the data is newer than this app, "Reload to update".
import { db } from '../../db/database';
import type { SyncDevice } from '../../db/sync-device';
import { reloadApp } from '../../ui/update-store';
import { DeviceList } from './device-list';
import { LinkDevice } from './link-device';
import { PasteLinkForm } from './paste-link-form';
import { StopSyncing } from './stop-syncing';
import { SyncStatus } from './sync-status';
import { needsNewLink, needsUpdate, syncStatusText } from './sync-words';
import { useSyncView } from './use-sync-view';

interface Props {
  device: SyncDevice | null;
  joinOffered: boolean;
  onError: (message: string | null) => void;
}

export function SyncOn({ device, joinOffered, onError }: Props) {
  const view = useSyncView(true);
  if (!view) return <SyncStatus text="Starting sync…" />;
  const update = needsUpdate(view);
  const relink = needsNewLink(view);
  const linked = device !== null && !relink;
  return (
    <>
      <SyncStatus text={syncStatusText(view)} />
      {update && (
        <button type="button" className="primary" onClick={reloadApp}>
          Reload to update
        </button>
      )}
      {relink && !joinOffered && <PasteLinkForm onStart={() => onError(null)} />}
      {linked && !update && <LinkDevice onError={onError} />}
      {linked && <DeviceList key={db.name} onError={onError} />}
      <StopSyncing onError={onError} />
    </>
  );
}
