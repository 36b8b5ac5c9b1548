// The items in the source's order, each a toggle button named by its text: pressed, it is a
// goal step; not pressed, a chore. Open items carry their line number (the positions the
// burial diagnosis speaks of); done items say so. Items under a heading, section or list are
// shown under that name, in runs, so the order stays the source's.
import { memo } from 'react';
import type { ImportedItem } from '../../domain/list-import/types';

export interface ToggleEntry {
  item: ImportedItem;
  key: string;
  /** 1-based position among the open items; undefined for done items. */
  line?: number;
}

interface Props {
  entries: readonly ToggleEntry[];
  marked: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

function runs(entries: readonly ToggleEntry[]): { group?: string; entries: ToggleEntry[] }[] {
  const result: { group?: string; entries: ToggleEntry[] }[] = [];
  for (const entry of entries) {
    const last = result.at(-1);
    if (last && last.group === entry.item.group) last.entries.push(entry);
    else
      result.push({
        ...(entry.item.group !== undefined && { group: entry.item.group }),
        entries: [entry],
      });
  }
  return result;
}

export function ItemToggles({ entries, marked, onToggle }: Props) {
  return (
    <div className="import-items">
      {runs(entries).map((run, index) => (
        <div key={`${index}:${run.group ?? ''}`} className="import-run">
          {run.group !== undefined && <h3 className="import-group">{run.group}</h3>}
          <ul className="import-toggles">
            {run.entries.map((entry) => (
              <ItemToggle
                key={entry.key}
                entry={entry}
                pressed={marked.has(entry.key)}
                onToggle={onToggle}
              />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** One row; memoised, so marking one item of thousands re-renders that row alone. */
const ItemToggle = memo(function ItemToggle({
  entry: { item, key, line },
  pressed,
  onToggle,
}: {
  entry: ToggleEntry;
  pressed: boolean;
  onToggle: (key: string) => void;
}) {
  return (
    <li style={{ '--depth': Math.min(item.depth, 4) }}>
      <button
        type="button"
        className="import-toggle"
        aria-pressed={pressed}
        onClick={() => onToggle(key)}
      >
        <span className="import-line" aria-hidden="true">
          {line ?? '✓'}
        </span>
        <span className="import-title">{item.title}</span>
        {item.status === 'done' && <span className="import-done">done</span>}
        <span className="import-badge" aria-hidden="true">
          Goal
        </span>
      </button>
    </li>
  );
});
