// Sharing with a coach and following clients (issue 17) run in the background, their code (yjs,
// the provider) loaded only on a device that shares or follows someone: the share writer while
// this device shares and syncs (restarted when the client changes what is shared), the follower
// while this device follows anyone.
import { useEffect } from 'react';
import { useFollowsAnyone } from '../db/use-follows-anyone';
import { useCoachShare } from '../db/coach-share';
import { db } from '../db/database';
import { useSyncDevice, useSyncOn } from '../db/sync-device';
import type { ShareChoices } from '../domain/share-projection';

interface Stoppable {
  stop(): Promise<void>;
}

/** Starts a background job once its code has loaded; the returned cleanup stops it. */
function run(start: () => Promise<Stoppable>): () => void {
  let job: Stoppable | undefined;
  let cancelled = false;
  void start().then((started) => {
    if (cancelled) void started.stop();
    else job = started;
  });
  return () => {
    cancelled = true;
    void job?.stop();
  };
}

export function CoachSyncStarter(): null {
  const share = useCoachShare();
  const device = useSyncDevice(db);
  const syncOn = useSyncOn(db);
  const follows = useFollowsAnyone();

  const writing =
    share?.link !== undefined &&
    syncOn === true &&
    device &&
    device.refusedFor === undefined &&
    device.spaceId === share.link.spaceId
      ? { spaceId: device.spaceId, deviceToken: device.deviceToken, linkId: share.link.id }
      : undefined;
  const spaceId = writing?.spaceId;
  const deviceToken = writing?.deviceToken;
  const linkId = writing?.linkId;
  const choices = share ? JSON.stringify(share.choices) : undefined;

  useEffect(() => {
    if (
      spaceId === undefined ||
      deviceToken === undefined ||
      linkId === undefined ||
      choices === undefined
    ) {
      return undefined;
    }
    return run(() =>
      import('../sync/share-writer').then(({ startShareWriter }) =>
        startShareWriter({
          db,
          spaceId,
          deviceToken,
          linkId,
          choices: JSON.parse(choices) as ShareChoices,
        }),
      ),
    );
  }, [spaceId, deviceToken, linkId, choices]);

  useEffect(() => {
    if (!follows) return undefined;
    return run(() =>
      import('../sync/coach-follower').then(({ startCoachFollower }) => startCoachFollower({ db })),
    );
  }, [follows]);

  return null;
}
