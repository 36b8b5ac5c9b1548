// Shown on the steps about the client's list while there is no usable list yet.
import type { ReactNode } from 'react';
import { Link } from '../../ui/router';
import { stepPath } from './lesson-paths';
import type { YourList } from './use-your-list';

export const YOUR_LIST_STEP = 5;

/** Null when the list is ready; otherwise what to do first. */
export function listNeeded(list: YourList): ReactNode {
  if (!list.parsed.ok) {
    return (
      <div className="lesson-needed">
        <p>Your list needs a change before we go on: {list.parsed.message}</p>
        <Link href={stepPath(YOUR_LIST_STEP)}>Back to your list</Link>
      </div>
    );
  }
  if (list.items.length === 0) {
    return (
      <div className="lesson-needed">
        <p>There is no list here yet. Write yours first, or copy your current one.</p>
        <Link href={stepPath(YOUR_LIST_STEP)}>Write your list</Link>
      </div>
    );
  }
  return null;
}
