// A whole section as a place to drop, for when it has no row to drop on: an empty goal section
// still takes a chore, and a goal step can still become a chore when no chore is visible. The
// drag layer decides when a section takes part and marks it while it is the target.
import { attach, useRowBinding } from '../../ui/drag/drag-bridge';
import type { ZoneId } from './today-lists';

export function useDropZone(zone: ZoneId) {
  const binding = useRowBinding(zone);
  return { attach: attach('row', zone), className: binding?.className };
}
