// What Settings → Coach says about the coach's visits. The server keeps no record of them: this
// device notes the moments it saw the coach connected to the share while it was online itself.
import { toDay } from '../../domain/day';
import type { Day } from '../../domain/types';
import { dayText } from '../../ui/goal-text';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export function coachSeenText(seenAt: number | undefined, today: Day): string {
  if (seenAt === undefined)
    return 'Your coach has not opened the link yet (as far as this device has seen).';
  return `Your coach last looked: ${dayText(toDay(seenAt), today)} at ${time.format(seenAt)}.`;
}
