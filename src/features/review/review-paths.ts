// Where a review lives: `/review` is the current week, `/review/week/<first day>` another week,
// `/review/since-last-session` the days since the last coaching session. Addresses, so a reload
// or a bookmark keeps the period.
import { isDay } from '../../domain/day';
import type { Day } from '../../domain/types';

export type ReviewChoice = { kind: 'week'; start?: Day } | { kind: 'session' };

export const REVIEW_PATH = '/review';
export const SESSION_PATH = '/review/since-last-session';

export function parseReviewPath(path: string): ReviewChoice | null {
  const clean = path.replace(/\/+$/, '');
  if (clean === REVIEW_PATH) return { kind: 'week' };
  if (clean === SESSION_PATH) return { kind: 'session' };
  const week = /^\/review\/week\/(\d{4}-\d{2}-\d{2})$/.exec(clean)?.[1];
  return week !== undefined && isDay(week) ? { kind: 'week', start: week } : null;
}

/** The address of the week starting `start`; the current week is plain `/review`. */
export function weekPath(start: Day, currentStart: Day): string {
  return start === currentStart ? REVIEW_PATH : `${REVIEW_PATH}/week/${start}`;
}
