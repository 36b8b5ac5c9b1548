// The client's list as items: the lines of the sandbox text, each with the key that remembers
// its goal mark and, when it came from "Use my current list", the task it is a copy of.
// A line's key is its text plus which occurrence of that text it is ("2:Call mum" for the second
// "Call mum"), so marks stay with their lines when other lines are added, removed or moved.
// A copied task is matched the same way, by its text and occurrence; a line whose text was
// edited no longer matches and counts as a new item.
import { cleanListLine } from '../../domain/written-list';
import type { TaskKind } from '../../domain/types';
import type { Sandbox, SourceTask } from './sandbox-store';

/** A task title as one line of the list (a title never spans lines here). */
export const asLine = (title: string) => cleanListLine(title.replace(/[\r\n]+/g, ' '));

export interface SandboxItem {
  key: string;
  title: string;
  kind: TaskKind;
  sourceId?: string;
}

export function itemKeys(titles: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const occurrence = (seen.get(title) ?? 0) + 1;
    seen.set(title, occurrence);
    return `${occurrence}:${title}`;
  });
}

export function sandboxItems(titles: readonly string[], sandbox: Sandbox): SandboxItem[] {
  const marked = new Set(sandbox.marked);
  const sourceKeys = itemKeys(sandbox.sources.map((source) => asLine(source.title)));
  const sourceByKey = new Map<string, SourceTask>(
    sandbox.sources.map((source, index) => [sourceKeys[index] ?? '', source]),
  );
  const keys = itemKeys(titles);
  return titles.map((title, index) => {
    const key = keys[index] ?? '';
    const sourceId = sourceByKey.get(key)?.id;
    return {
      key,
      title,
      kind: marked.has(key) ? 'goal' : 'chore',
      ...(sourceId !== undefined && { sourceId }),
    };
  });
}

/** The sandbox for a copy of the user's open tasks: their goal steps come in marked. */
export function sandboxFromTasks(tasks: readonly SourceTask[]): Sandbox {
  const titles = tasks.map((task) => asLine(task.title));
  const keys = itemKeys(titles);
  return {
    text: titles.join('\n'),
    marked: keys.filter((_, index) => tasks[index]?.kind === 'goal'),
    sources: tasks.map(({ id, title, kind }) => ({ id, title, kind })),
  };
}

/** What "Save to my list" would do, before it is asked to. */
export function savePreview(items: readonly SandboxItem[], sources: readonly SourceTask[]) {
  const kinds = new Map(sources.map((source) => [source.id, source.kind]));
  const preview = { newGoals: 0, newChores: 0, toGoal: 0, toChore: 0 };
  for (const item of items) {
    const before = item.sourceId === undefined ? undefined : kinds.get(item.sourceId);
    if (before === undefined) {
      if (item.kind === 'goal') preview.newGoals++;
      else preview.newChores++;
    } else if (before !== item.kind) {
      if (item.kind === 'goal') preview.toGoal++;
      else preview.toChore++;
    }
  }
  return preview;
}
