// The tables that hold the user's data, listed once: what a backup holds (./backup-format.ts),
// and what sync will carry between devices. Everything else in the database is device-local
// (the `settings` table: preferences, last export, dismissed hints) and never leaves it.
// A table of user data added later goes here, and the backup and sync follow.
export const USER_DATA_TABLES = [
  'tasks',
  'goals',
  'checkIns',
  'activity',
  'reflections',
  'coachingSessions',
] as const;

export type UserDataTable = (typeof USER_DATA_TABLES)[number];
