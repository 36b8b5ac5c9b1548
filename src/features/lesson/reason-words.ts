// Why each item of a plan stands where it stands, in plain words for the lesson's screen.
import type { PlanEntry, Reason } from '../../domain/plan-types';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export function reasonWords(reason: Reason): string {
  switch (reason.code) {
    case 'next-step':
      return 'A step toward one of your goals';
    case 'no-next-step':
      return 'No next step planned yet';
    case 'neglected':
      return `No progress for ${days(reason.days)}`;
    case 'behind-schedule':
      return `Behind schedule: ${percent(reason.progress)} done, ${percent(reason.elapsed)} of the time gone`;
    case 'deadline':
      if (reason.days < 0) return `Deadline passed ${days(-reason.days)} ago`;
      if (reason.days === 0) return 'Deadline today';
      if (reason.days === 1) return 'Deadline tomorrow';
      return `Deadline in ${days(reason.days)}`;
    case 'overdue':
      return `${days(reason.days)} overdue`;
    case 'due-today':
      return 'Due today';
    case 'scheduled-today':
      return 'Planned for today';
    case 'snoozed':
      return `Put off ${reason.count === 1 ? 'once' : `${reason.count} times`}`;
  }
}

/** The reasons of one plan entry; the goal's name comes first when the step has one. */
export function entryReasons(entry: PlanEntry): string[] {
  const words = entry.reasons.map(reasonWords);
  if (entry.goal && entry.reasons[0]?.code === 'next-step') {
    words[0] = `Next step toward “${entry.goal.title}”`;
  }
  return words;
}
