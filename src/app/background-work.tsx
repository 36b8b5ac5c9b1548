// What runs in the background once the first screen is up, in one lazily loaded chunk: care of
// the stored data, and sync on a device that has it on (whose own code, yjs included, loads
// only then).
import { DeviceSyncStarter } from './device-sync-starter';
import { StorageCare } from './storage-care';

export function BackgroundWork() {
  return (
    <>
      <StorageCare />
      <DeviceSyncStarter />
    </>
  );
}
