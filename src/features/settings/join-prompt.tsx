// A device link opened on this device: what joining will do, then "Join" or "Cancel". Nothing is
// sent or merged before "Join". A damaged link says so and changes nothing.
import { useEffect, useRef, useState } from 'react';
import { db } from '../../db/database';
import type { SyncDevice } from '../../db/sync-device';
import type { DeviceLinkReading } from '../../domain/device-link';
import { parseToken } from '../../domain/sync-protocol';
import { dropDeviceLink } from '../../ui/device-link-store';
import { showToast } from '../../ui/toast-store';
import { loadSyncActions } from './sync-actions';
import { failureText, linkProblemText } from './sync-words';

interface Props {
  reading: DeviceLinkReading;
  device: SyncDevice | null | undefined;
  syncOn: boolean | undefined;
  onError: (message: string | null) => void;
}

export function JoinPrompt({ reading, device, syncOn, onError }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [joining, setJoining] = useState(false);
  useEffect(() => heading.current?.focus(), [reading]);

  const cancel = () => {
    onError(null);
    dropDeviceLink();
  };

  if (!reading.ok) {
    return (
      <div className="settings-block join-prompt">
        <h3 ref={heading} tabIndex={-1}>
          A device link was opened
        </h3>
        <p role="alert">
          {linkProblemText(reading.problem, window.location.origin, reading.origin)} Nothing was
          changed on this device.
        </p>
        <button type="button" onClick={cancel}>
          Dismiss
        </button>
      </div>
    );
  }

  const syncing = syncOn === true && device?.refusedFor === undefined && device !== null;
  const sameSpace = syncing && parseToken(reading.token)?.spaceId === device?.spaceId;

  const join = async () => {
    if (joining) return;
    setJoining(true);
    onError(null);
    const { joinWithToken } = await loadSyncActions();
    const result = await joinWithToken(db, reading.token);
    setJoining(false);
    if (result.ok) {
      dropDeviceLink();
      showToast('This device now syncs with your other devices.');
    } else {
      onError(`Not joined. ${failureText(result.error)} Nothing was changed on this device.`);
      if (result.error !== 'unreachable' && result.error !== 'timeout') dropDeviceLink();
    }
  };

  return (
    <div className="settings-block join-prompt">
      <h3 ref={heading} tabIndex={-1}>
        Join your other devices
      </h3>
      {syncing ? (
        <>
          <p>
            {sameSpace
              ? 'This device already syncs with the devices of this link: nothing to do.'
              : 'This device already syncs with another set of devices. To join these instead, stop syncing on this device first, then open the link again.'}
          </p>
          <button type="button" onClick={cancel}>
            {sameSpace ? 'OK' : 'Cancel'}
          </button>
        </>
      ) : (
        <>
          <p>
            This device will sync with the devices that made this link. Its tasks, goals and
            check-ins are merged with theirs: nothing is lost on either side, and from then on a
            change made on one shows on all of them.
          </p>
          <div className="editor-buttons">
            <button
              type="button"
              className="primary"
              aria-disabled={joining || undefined}
              onClick={() => void join()}
            >
              {joining ? 'Joining…' : 'Join'}
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </div>
  );
}
