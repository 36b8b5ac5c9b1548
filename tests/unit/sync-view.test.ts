// What the user is told about sync, for every combination of what the parts know, and the words
// of Settings → Sync for each.
import { describe, expect, it } from 'vitest';
import { syncStatusText, needsNewLink, needsUpdate } from '../../src/features/settings/sync-words';
import type { ConnectionStatus } from '../../src/sync/connection';
import type { DeviceSyncStatus } from '../../src/sync/device-sync';
import { syncView, type SyncParts } from '../../src/sync/sync-view';

const running: DeviceSyncStatus = { role: 'leader', state: 'running', pending: 0, refused: 0 };
const online: ConnectionStatus = {
  phase: 'online',
  synced: true,
  unacknowledged: 0,
  readOnly: false,
};
const parts = (over: Partial<SyncParts> = {}): SyncParts => ({
  sync: running,
  connection: online,
  unconfirmed: 0,
  linked: true,
  ...over,
});
const said = (over: Partial<SyncParts>) => syncStatusText(syncView(parts(over)));

describe('the sync status', () => {
  it('is Synced only when the server holds everything', () => {
    expect(said({})).toBe('Synced');
    expect(said({ sync: { ...running, pending: 1 } })).toBe('Syncing');
    expect(said({ unconfirmed: 2 })).toBe('Syncing');
    expect(said({ connection: { ...online, unacknowledged: 1 } })).toBe('Syncing');
    expect(said({ connection: { ...online, synced: false } })).toBe('Syncing');
  });

  it('counts the changes waiting while offline', () => {
    const offline: ConnectionStatus = { ...online, phase: 'offline', synced: false };
    expect(said({ connection: offline })).toBe('Offline');
    expect(said({ connection: offline, unconfirmed: 1 })).toBe('Offline — 1 change waiting');
    expect(said({ connection: offline, unconfirmed: 3, sync: { ...running, pending: 1 } })).toBe(
      'Offline — 4 changes waiting',
    );
    expect(said({ connection: { ...offline, refusal: 'server-restarting' } })).toBe(
      'Offline (the server is restarting)',
    );
    // A server that cannot store (full disk, database lost) is a passing refusal, not a stop.
    expect(said({ connection: { ...offline, refusal: 'storage-unavailable' } })).toBe(
      'Offline (the server cannot store changes right now; it tries again shortly)',
    );
  });

  it('says why it stopped, and what the user can do', () => {
    const refused = (refusal: ConnectionStatus['refusal']) =>
      syncView(parts({ connection: { ...online, phase: 'refused', synced: false, refusal } }));
    expect(syncStatusText(refused('revoked'))).toContain('this device was revoked');
    expect(needsNewLink(refused('revoked'))).toBe(true);
    expect(syncStatusText(refused('space-gone'))).toContain('space was deleted');
    expect(syncStatusText(refused('wrong-secret'))).toContain('no longer knows this device');
    expect(needsUpdate(refused('app-out-of-date'))).toBe(true);
    const newer = syncView(parts({ sync: { ...running, state: 'outdated' } }));
    expect(syncStatusText(newer)).toContain('newer version');
    expect(needsUpdate(newer)).toBe(true);
    // A refusal recorded earlier holds without a connection (after a reload).
    expect(said({ connection: undefined, refusedFor: 'revoked' })).toContain('revoked');
    expect(said({ sync: { ...running, state: 'failed', error: 'quota' } })).toContain(
      'storage failed',
    );
    expect(said({ connection: undefined })).toBe('Starting sync…');
    expect(said({ linked: false, connection: undefined })).toContain('not linked');
  });
});
