import { useLiveQuery } from 'dexie-react-hooks';
import { readUndoInfo } from './backup-apply';

/** The last import that can still be undone, `null` when none; `undefined` while loading. */
export const useImportUndo = () => useLiveQuery(() => readUndoInfo(), []);
