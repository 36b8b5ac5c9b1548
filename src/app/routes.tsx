// The routes of the app. Today ships in the first bundle; every other view is loaded lazily so
// the initial JavaScript stays within budget (DESIGN.md §8).
import { lazy, type ReactNode } from 'react';
import type { Day } from '../domain/types';
import { TodayView } from '../features/today/today-view';
import { Link } from '../ui/router';

const SettingsView = lazy(() =>
  import('../features/settings/settings-view').then((m) => ({ default: m.SettingsView })),
);

export const NAV_ITEMS = [
  { href: '/', label: 'Today' },
  { href: '/settings', label: 'Settings' },
] as const;

export function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

export function renderRoute(path: string, today: Day): ReactNode {
  if (path === '/' || path === '/index.html') return <TodayView today={today} />;
  if (path === '/settings') return <SettingsView />;
  return <NotFound />;
}

function NotFound() {
  return (
    <section className="view">
      <h1>Nothing here</h1>
      <p>
        This address does not lead to a page of the app. <Link href="/">Go to Today</Link>
      </p>
    </section>
  );
}
