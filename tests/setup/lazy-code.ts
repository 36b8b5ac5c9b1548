// Loaders of the app's code that loads lazily (chunks of their own in the build), for a test
// file to call in beforeAll when its tests wait for what that code shows. The first load of
// such code in a test run is Vitest compiling it (chrono-node, valibot): 0.2 to 0.8 s per file
// on a busy machine, more on a fresh clone, and it fell inside Testing Library's one-second
// wait for the result (issue 21: "previews a backup …" found no preview). Loaded in beforeAll,
// it is paid before any test's clock runs. What the tests check is what the app does once the
// code is there; loading it is the browser's business, which the e2e tests cover.
export const loadBackupReader = () => import('../../src/db/backup-parse');

export const loadQuickAddParser = () =>
  Promise.all([
    import('../../src/domain/quick-add-parser'),
    import('../../src/features/today/quick-add-chips'),
  ]);

/** The list readers of "Bring in your list" (papaparse, and chrono-node for English dates). */
export const loadListReaders = () =>
  Promise.all([import('../../src/domain/list-import/read-list'), import('chrono-node/en')]);
