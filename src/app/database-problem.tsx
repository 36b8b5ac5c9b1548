// Shown instead of the app when this tab must not touch the database any more.
import type { DatabaseStatus } from '../db/database-status';
import { reloadApp } from '../ui/update-store';

export function DatabaseProblem({ status }: { status: Exclude<DatabaseStatus, { state: 'ok' }> }) {
  return (
    // The main landmark stays one (ARIA allows no other role on <main>); the alert is inside.
    <main className="problem">
      <div role="alert">
        <h1>
          {status.state === 'outdated'
            ? 'The app was updated in another tab — reload'
            : 'Your data could not be opened'}
        </h1>
        <p>
          {status.state === 'outdated'
            ? 'This tab runs the older version and has stopped saving, so nothing gets written in the old format. Reload to continue with the new one.'
            : status.message}
        </p>
        <button type="button" onClick={reloadApp}>
          Reload
        </button>
      </div>
    </main>
  );
}
