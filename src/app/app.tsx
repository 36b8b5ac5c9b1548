import { lazy, Suspense, useEffect } from 'react';
import { useDatabaseStatus } from '../db/use-database-status';
import { usePathname } from '../ui/router';
import { DatabaseProblem } from './database-problem';
import { markFirstScreen, useAfterLoad } from '../ui/after-load';
import { ErrorBoundary } from './error-boundary';
import { renderRoute, routeKey } from './routes';
import { Shell } from './shell';
import { useToday } from './use-today';
import { WeekStartProvider } from './week-start-provider';

// Background work, not needed for the first render: loaded once the page has (src/ui/after-load.ts),
// outside the first bundle.
const BackgroundWork = lazy(() =>
  import('./background-work').then((m) => ({ default: m.BackgroundWork })),
);

export function App() {
  const status = useDatabaseStatus();
  const path = usePathname();
  const today = useToday();
  const loaded = useAfterLoad();
  // Today says when its list is up; any other first screen does not hold background work back.
  const todayFirst = status.state === 'ok' && routeKey(path) === '/';
  useEffect(() => {
    if (!todayFirst) markFirstScreen();
  }, [todayFirst]);
  if (status.state !== 'ok') return <DatabaseProblem status={status} />;
  return (
    <Shell path={path}>
      {/* Background care must never take the app down with it. */}
      {loaded && (
        <ErrorBoundary fallback={null}>
          <Suspense fallback={null}>
            <BackgroundWork />
          </Suspense>
        </ErrorBoundary>
      )}
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
