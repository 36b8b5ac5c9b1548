// Shows a dropped item in its new place at once, before the write lands and the live query
// brings the stored order back (a few frames later; without this the row would jump back to its
// old place for those frames). The order given is tied to the list it was computed from: as soon
// as a new list arrives from storage, that list is shown as it is.
import { useMemo, useState } from 'react';

export function useOptimisticOrder<T>(
  items: readonly T[],
  idOf: (item: T) => string,
): [shown: readonly T[], show: (ids: readonly string[]) => void, forget: () => void] {
  const [pending, setPending] = useState<{ source: readonly T[]; ids: readonly string[] } | null>(
    null,
  );
  const shown = useMemo(() => {
    if (pending?.source !== items) return items;
    const byId = new Map(items.map((item) => [idOf(item), item]));
    const ordered = pending.ids.flatMap((id) => {
      const item = byId.get(id);
      return item === undefined ? [] : [item];
    });
    return ordered.length === items.length ? ordered : items;
  }, [items, idOf, pending]);
  return [shown, (ids) => setPending({ source: items, ids }), () => setPending(null)];
}
