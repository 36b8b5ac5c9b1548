// The sync actions (src/sync/sync-actions.ts) load only when a button asks for them.
export const loadSyncActions = () => import('../../sync/sync-actions');
