// Every reason of the plan in plain words, so each item says why it stands where it stands.
import { addDays, startOfDay } from '../domain/day';
import type { Reason } from '../domain/plan-types';
import type { Day } from '../domain/types';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const percent = (share: number) => `${Math.round(share * 100)}%`;
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

export function ordinal(count: number): string {
  return `${count}${ORDINAL_SUFFIX[ordinalRules.select(count)] ?? 'th'}`;
}

function dayWord(day: Day, today: Day): string {
  if (day === today) return 'today';
  if (day === addDays(today, 1)) return 'tomorrow';
  return shortDate.format(startOfDay(day));
}

function deadlineText(days: number): string {
  if (days > 1) return `Deadline in ${days} days`;
  if (days === 1) return 'Deadline tomorrow';
  if (days === 0) return 'Deadline today';
  if (days === -1) return 'Deadline passed yesterday';
  return `Deadline passed ${-days} days ago`;
}

/** `goalTitle` names the goal for "next step" reasons; without it the step belongs to none. */
export function reasonText(reason: Reason, today: Day, goalTitle?: string): string {
  switch (reason.code) {
    case 'next-step':
      return goalTitle === undefined ? 'A step toward a goal' : `Next step of ${goalTitle}`;
    case 'no-next-step':
      return 'No next step planned';
    case 'neglected':
      return `No progress in ${plural(reason.days, 'day', 'days')}`;
    case 'behind-schedule':
      return `Behind schedule: ${percent(reason.progress)} done, ${percent(reason.elapsed)} of the time gone`;
    case 'deadline':
      return deadlineText(reason.days);
    case 'overdue':
      return `${plural(reason.days, 'day', 'days')} overdue`;
    case 'due-today':
      return 'Due today';
    case 'scheduled-today':
      return 'Planned for today';
    case 'snoozed':
      return reason.until === undefined
        ? `Snoozed ${plural(reason.count, 'time', 'times')} so far`
        : `Snoozed until ${dayWord(reason.until, today)} · ${ordinal(reason.count)} time`;
  }
}
