// The reasons of one plan entry, in words, under its title. A line of text rather than a
// nested list: the rows' lists should hold task rows only.
import type { Reason } from '../../domain/plan-types';
import type { Day } from '../../domain/types';
import { reasonText } from '../../ui/reason-text';

interface Props {
  reasons: readonly Reason[];
  today: Day;
  goalTitle?: string;
}

const WARNING_CODES = new Set<Reason['code']>(['neglected', 'behind-schedule', 'overdue']);

export function EntryReasons({ reasons, today, goalTitle }: Props) {
  if (reasons.length === 0) return null;
  return (
    <p className="reasons">
      {reasons.map((reason, index) => (
        <span
          key={reason.code}
          className={WARNING_CODES.has(reason.code) ? 'reason reason-warning' : 'reason'}
        >
          {index > 0 && <span aria-hidden="true"> · </span>}
          {reasonText(reason, today, goalTitle)}
          {index < reasons.length - 1 && <span className="visually-hidden">;</span>}
        </span>
      ))}
    </p>
  );
}
