// Whether this tab may still use the database. Another tab that opens a newer schema makes this
// one "outdated": it has closed its connection for good and must be reloaded, so that it never
// writes rows in the old shape. A database that cannot be opened at all is "failed".
export type DatabaseStatus =
  { state: 'ok' } | { state: 'outdated' } | { state: 'failed'; message: string };

let status: DatabaseStatus = { state: 'ok' };
const listeners = new Set<() => void>();

export function getDatabaseStatus(): DatabaseStatus {
  return status;
}

export function setDatabaseStatus(next: DatabaseStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

export function subscribeDatabaseStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
