// What runs in the background once the first screen is up, in one lazily loaded chunk: care of
// the stored data, sync on a device that has it on, sharing with a coach and following clients
// (whose own code, yjs included, loads only then).
import { CoachSyncStarter } from './coach-sync-starter';
import { DeviceSyncStarter } from './device-sync-starter';
import { StorageCare } from './storage-care';

export function BackgroundWork() {
  return (
    <>
      <StorageCare />
      <DeviceSyncStarter />
      <CoachSyncStarter />
    </>
  );
}
