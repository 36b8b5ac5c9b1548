import { useSyncExternalStore } from 'react';
import { getDatabaseStatus, subscribeDatabaseStatus } from './database-status';

export const useDatabaseStatus = () =>
  useSyncExternalStore(subscribeDatabaseStatus, getDatabaseStatus);
