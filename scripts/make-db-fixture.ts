// Freezes the database of the CURRENT schema version as tests/fixtures/db/v<N>.json: the
// version's Dexie stores and one representative record set. The migration test loads every
// such fixture into a database of its own version and upgrades it with the current code.
// A fixture, once committed, is never rewritten: it stands for data real users have.
//   npm run fixture:db            writes the current version's fixture if it is missing
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { CURRENT_SCHEMA_VERSION, storesAt } from '../src/db/schema-versions';
import { DEFAULT_SHARE_CHOICES, projectShare } from '../src/domain/share-projection';
import {
  representativeActivity,
  representativeCheckIns,
  representativeCoachingSessions,
  representativeGoals,
  representativeReflections,
  representativeCoachClients,
  representativeOutbox,
  representativeShareSettings,
  representativeTasks,
} from '../tests/fixtures/representative-records';

const version = CURRENT_SCHEMA_VERSION;
const dir = new URL('../tests/fixtures/db/', import.meta.url);
const file = new URL(`v${version}.json`, dir);

if (existsSync(file)) {
  console.log(`tests/fixtures/db/v${version}.json exists and is frozen; nothing written.`);
  process.exit(0);
}

const fixture = {
  version,
  stores: storesAt(version),
  tables: {
    tasks: representativeTasks,
    goals: representativeGoals,
    checkIns: representativeCheckIns,
    activity: representativeActivity,
    reflections: representativeReflections,
    coachingSessions: representativeCoachingSessions,
    settings: representativeShareSettings,
    outbox: representativeOutbox,
    coachClients: representativeCoachClients(
      projectShare({
        today: '2026-11-03',
        weekStartsOn: 1,
        tasks: representativeTasks,
        goals: representativeGoals,
        checkIns: representativeCheckIns,
        activity: representativeActivity,
        openChores: representativeTasks,
        reflections: representativeReflections,
        coaching: representativeCoachingSessions,
        neglectDays: 3,
        choices: DEFAULT_SHARE_CHOICES,
        now: Date.UTC(2026, 10, 3, 9),
      }),
    ),
  },
};
mkdirSync(dir, { recursive: true });
writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`Wrote tests/fixtures/db/v${version}.json`);
