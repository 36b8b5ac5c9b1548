// What Settings → Sync says: the status line for every state the sync can be in, and the message
// for every way turning sync on, joining or linking can fail. Pure, so each is tested.
import type { DeviceLinkProblem } from '../../domain/device-link';
import type { ActionFailure } from '../../sync/sync-actions';
import type { SyncProblem, SyncView } from '../../sync/sync-view';

const changes = (count: number) => (count === 1 ? '1 change' : `${count} changes`);

/** Reasons for which the device stopped and only the user can change that. */
const STOPPED: Record<SyncProblem, string> = {
  'wrong-secret':
    'Not syncing: the server no longer knows this device. Link it again with a device link from another device.',
  revoked:
    'Not syncing: this device was revoked from the space on another device. Its data stays here; link it again to sync.',
  forbidden: 'Not syncing: the server refused this device.',
  'space-gone':
    'Not syncing: the sync space was deleted from the server. The data on this device stays here.',
  'message-too-big':
    'Not syncing: one change is larger than the server accepts. Your data stays on this device.',
  'document-too-large':
    'Not syncing: your list has grown past what the sync server accepts. Your data stays on this device.',
  'app-out-of-date': 'Not syncing: this version of the app is out of date. Reload to update.',
  'data-newer':
    'Not syncing: another device uses a newer version of Goals First. Reload to update; your changes wait on this device meanwhile.',
  'unknown-document': 'Not syncing: the server refused the connection.',
  'malformed-message': 'Not syncing: the server refused the connection.',
  failed: 'Not syncing: this browser’s sync storage failed. Reload to try again.',
  'not-linked': 'Sync is on, but this device is not linked to a sync space.',
  // Passing refusals: the connection tries again by itself (shown while offline).
  'too-many-attempts': 'Not syncing: the server turned this device away for now.',
  'too-many-connections': 'Not syncing: too many devices are connected to the space at once.',
  'too-many-messages': 'Not syncing: the server turned this device away for now.',
  'auth-timeout': 'Not syncing: the server did not answer in time.',
  'server-restarting': 'Not syncing: the server is restarting.',
  'storage-unavailable': 'Not syncing: the server cannot store changes right now.',
};

/** Why an offline device is offline, when the server said so. */
const OFFLINE_BECAUSE: Partial<Record<SyncProblem, string>> = {
  'too-many-attempts': 'the server turned this device away for now; it tries again shortly',
  'too-many-connections': 'too many devices are connected at once; it tries again shortly',
  'server-restarting': 'the server is restarting',
  'storage-unavailable': 'the server cannot store changes right now; it tries again shortly',
};

/** The status line: "Synced", "Syncing", "Offline — 4 changes waiting", or why it stopped. */
export function syncStatusText(view: SyncView): string {
  switch (view.state) {
    case 'starting':
      return 'Starting sync…';
    case 'connecting':
      return view.waiting > 0 ? `Connecting — ${changes(view.waiting)} waiting` : 'Connecting…';
    case 'syncing':
      return 'Syncing';
    case 'synced':
      return 'Synced';
    case 'offline': {
      const because = view.problem && OFFLINE_BECAUSE[view.problem];
      const waiting = view.waiting > 0 ? ` — ${changes(view.waiting)} waiting` : '';
      return `Offline${waiting}${because ? ` (${because})` : ''}`;
    }
    case 'stopped':
      return view.problem ? STOPPED[view.problem] : 'Not syncing.';
  }
}

/** Whether the fix is a reload to a newer version. */
export const needsUpdate = (view: SyncView) =>
  view.state === 'stopped' && (view.problem === 'app-out-of-date' || view.problem === 'data-newer');

/** Whether this device must be linked again (its credential is no good). */
export const needsNewLink = (view: SyncView) =>
  view.state === 'stopped' &&
  (view.problem === 'revoked' ||
    view.problem === 'wrong-secret' ||
    view.problem === 'space-gone' ||
    view.problem === 'forbidden' ||
    view.problem === 'not-linked');

const FAILURES: Record<ActionFailure, string> = {
  'link-expired':
    'This device link was already used or has expired. Make a new one on the other device (Settings → Sync → Link another device).',
  'wrong-secret':
    'The server does not know this device link. Check that all of it was copied, or make a new one.',
  revoked: 'This link was revoked. Make a new one on the other device.',
  forbidden: 'This is not a device link.',
  'space-gone': 'The sync space of this link was deleted from the server.',
  'too-many-attempts':
    'Too many wrong links from this network. Wait a few minutes, then try again.',
  'limit-reached': 'This sync space has as many devices or links as it can hold. Revoke one first.',
  'signup-code-required':
    'This server asks for its signup code to turn sync on. Ask whoever runs it for the code.',
  'invalid-request': 'The server refused the request.',
  'body-too-large': 'The server refused the request.',
  'not-found': 'The server does not know that device.',
  'method-not-allowed': 'The server refused the request.',
  unreachable: 'The sync server could not be reached. Check the connection and try again.',
  unexpected:
    'The server’s answer is not what this version of the app expects. Reload to update, or try again later.',
  timeout: 'The sync server did not answer in time. Try again.',
  'data-newer':
    'The space holds data from a newer version of Goals First. Reload to update, then try again.',
  'already-syncing':
    'This device already syncs with a space. To join another, stop syncing on this device first.',
  'not-linked': 'This device is not linked to a sync space.',
  'message-too-big': 'The list is larger than the sync server accepts.',
  'document-too-large': 'The list is larger than the sync server accepts.',
  'app-out-of-date': 'This version of the app is out of date. Reload to update, then try again.',
  'too-many-connections': 'Too many devices are connected to the space at once. Try again later.',
  'too-many-messages': 'The server turned this device away for now. Try again later.',
  'unknown-document': 'The server refused the connection.',
  'malformed-message': 'The server refused the connection.',
  'auth-timeout': 'The sync server did not answer in time. Try again.',
  'server-restarting': 'The sync server is restarting. Try again in a moment.',
  'storage-unavailable':
    'The sync server cannot store anything right now. Nothing changed; try again in a few minutes.',
};

export function failureText(failure: ActionFailure): string {
  return FAILURES[failure];
}

export function linkProblemText(
  problem: DeviceLinkProblem,
  appOrigin: string,
  linkOrigin?: string,
): string {
  switch (problem) {
    case 'empty':
      return 'Paste a device link first.';
    case 'not-a-link':
      return 'That is not a device link. A device link starts with this app’s address and holds “#join=”.';
    case 'other-server':
      return `That link is for the app at ${linkOrigin ?? 'another address'}, not this one (${appOrigin}). Open it there, or make a link on this app.`;
    case 'damaged':
      return 'This device link is damaged: part of it is missing. Copy all of it and try again.';
  }
}
