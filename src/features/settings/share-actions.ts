// The coach-sharing actions (src/sync/share-actions.ts) load only when a button asks for them.
export const loadShareActions = () => import('../../sync/share-actions');
