// The routes of the app. Today ships in the first bundle; every other view is loaded lazily so
// the initial JavaScript stays within budget (DESIGN.md §8).
import { lazy, useState, type ReactNode } from 'react';
import type { Day } from '../domain/types';
import type { ReviewView as ReviewViewType } from '../features/review/review-view';
import { TodayView } from '../features/today/today-view';
import { Link } from '../ui/router';

const AllTasksView = lazy(() =>
  import('../features/all/all-tasks-view').then((module) => ({ default: module.AllTasksView })),
);
const LessonView = lazy(() =>
  import('../features/lesson/lesson-view').then((module) => ({ default: module.LessonView })),
);
const SettingsView = lazy(() =>
  import('../features/settings/settings-view').then((m) => ({ default: m.SettingsView })),
);
const GoalsView = lazy(() =>
  import('../features/goals/goals-view').then((module) => ({ default: module.GoalsView })),
);
const ImportView = lazy(() =>
  import('../features/import/import-view').then((module) => ({ default: module.ImportView })),
);
const NewGoalFlow = lazy(() =>
  import('../features/goals/new-goal-flow').then((module) => ({ default: module.NewGoalFlow })),
);
/**
 * The Review's code, also fetched as soon as a pointer or the focus reaches its link in the
 * navigation: its budget counts from the click (DESIGN.md §8, shown ≤ 300 ms). Once fetched, the
 * view renders directly instead of through lazy(): a lazy component suspends on its first render
 * even when its code is there, and React then holds the content back for 300 ms after showing
 * the fallback. Not fetched during load, which would count against the first visit's JavaScript.
 */
let reviewModule: { ReviewView: typeof ReviewViewType } | undefined;
export const loadReviewView = () =>
  import('../features/review/review-view').then((module) => (reviewModule = module));
const LazyReviewView = lazy(() =>
  loadReviewView().then((module) => ({ default: module.ReviewView })),
);

function ReviewRoute(props: { path: string; today: Day }) {
  // Chosen once per visit, so the view is never swapped (and remounted) while it is shown.
  const [View] = useState(() => reviewModule?.ReviewView ?? LazyReviewView);
  return <View {...props} />;
}

const ClientsView = lazy(() =>
  import('../features/clients/clients-view').then((module) => ({ default: module.ClientsView })),
);
const ClientPage = lazy(() =>
  import('../features/clients/client-page').then((module) => ({ default: module.ClientPage })),
);

const GoalPage = lazy(() =>
  import('../features/goals/goal-page').then((module) => ({ default: module.GoalPage })),
);

export interface NavItem {
  href: string;
  label: string;
  /** Fetches the view's code ahead of a click. */
  preload?: () => unknown;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'Today' },
  { href: '/goals', label: 'Goals' },
  { href: '/all', label: 'All tasks' },
  { href: '/review', label: 'Review', preload: () => loadReviewView().catch(() => undefined) },
  { href: '/lesson', label: 'Lesson' },
  { href: '/settings', label: 'Settings' },
];

/** Shown once this device follows a client (DESIGN.md §10). */
export const CLIENTS_NAV_ITEM: NavItem = { href: '/clients', label: 'Clients' };

export function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

/**
 * Which view a path shows. A view keeps its state while only its own sub-path changes (the
 * lesson's steps, the review's periods), so it is not torn down and rebuilt on every step,
 * which would also drop the lesson out of full screen.
 */
export function routeKey(path: string): string {
  if (isCurrent('/lesson', path)) return '/lesson';
  return isCurrent('/review', path) ? '/review' : path;
}

/**
 * The parameters of `path` when it fits `pattern` ('/goals/:id'), else null. Parameters match
 * one non-empty path segment and come back decoded.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const wanted = pattern.split('/');
  const given = path.replace(/\/+$/, '').split('/');
  if (wanted.length !== given.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of wanted.entries()) {
    const value = given[index] ?? '';
    if (part.startsWith(':')) {
      if (value === '') return null;
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return null; // a malformed escape is no address of ours
      }
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

export function renderRoute(path: string, today: Day): ReactNode {
  if (path === '/' || path === '/index.html') return <TodayView today={today} />;
  if (path === '/all') return <AllTasksView />;
  if (isCurrent('/lesson', path)) return <LessonView path={path} today={today} />;
  if (path === '/settings') return <SettingsView today={today} />;
  if (isCurrent('/review', path)) return <ReviewRoute path={path} today={today} />;
  if (path === '/import') return <ImportView today={today} />;
  if (path === '/goals') return <GoalsView today={today} />;
  if (path === '/goals/new') return <NewGoalFlow today={today} />;
  if (path === '/clients') return <ClientsView today={today} />;
  const client = matchPath('/clients/:id', path);
  if (client?.id !== undefined) return <ClientPage spaceId={client.id} today={today} />;
  const goal = matchPath('/goals/:id', path);
  if (goal?.id !== undefined) return <GoalPage id={goal.id} today={today} />;
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
