import { Suspense } from 'react';
import { useDatabaseStatus } from '../db/use-database-status';
import { usePathname } from '../ui/router';
import { DatabaseProblem } from './database-problem';
import { ErrorBoundary } from './error-boundary';
import { renderRoute, routeKey } from './routes';
import { Shell } from './shell';
import { useToday } from './use-today';
import { WeekStartProvider } from './week-start-provider';

export function App() {
  const status = useDatabaseStatus();
  const path = usePathname();
  const today = useToday();
  if (status.state !== 'ok') return <DatabaseProblem status={status} />;
  return (
    <Shell path={path}>
      <ErrorBoundary key={routeKey(path)}>
        <WeekStartProvider>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            {renderRoute(path, today)}
          </Suspense>
        </WeekStartProvider>
      </ErrorBoundary>
    </Shell>
  );
}
