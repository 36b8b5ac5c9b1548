// The merge rules' view of the rest of the document (src/domain/merge-rules.ts MergeContext):
// whether a goal or task a record points to is there, and how many snoozes the activity table
// records for a task. The snooze counts are indexed once and kept up to date from the changes
// the bridge observes, so a remote change costs no scan of a year of activity.
import * as Y from 'yjs';
import { GOAL_TEXT_MAX_LENGTH } from '../domain/goal-input';
import { mergedTitle, type GoalPresence, type MergeContext } from '../domain/merge-rules';
import { TITLE_MAX_LENGTH } from '../domain/task-input';
import { tableMap } from './doc-records';

export class DocContext implements MergeContext {
  /** taskId → ids of 'snoozed' activity entries about it. */
  private snoozes: Map<string, Set<string>> | undefined;
  /** activity id → the task it counts a snooze for. */
  private snoozeOf = new Map<string, string>();

  constructor(private readonly doc: Y.Doc) {}

  goal(id: string): GoalPresence {
    const entry = tableMap(this.doc, 'goals').get(id);
    if (!(entry instanceof Y.Map)) return 'missing';
    if (mergedTitle(entry.get('title'), GOAL_TEXT_MAX_LENGTH) === undefined) return 'missing';
    return entry.get('deletedAt') === undefined ? 'live' : 'deleted';
  }

  hasTask(id: string): boolean {
    const entry = tableMap(this.doc, 'tasks').get(id);
    return (
      entry instanceof Y.Map && mergedTitle(entry.get('title'), TITLE_MAX_LENGTH) !== undefined
    );
  }

  snoozesRecorded(taskId: string): number {
    return this.index().get(taskId)?.size ?? 0;
  }

  /**
   * Brings the snooze index up to date for activity entries that changed; returns the tasks
   * whose count may have changed.
   */
  refreshActivity(ids: Iterable<string>): string[] {
    if (!this.snoozes) return [];
    const touched: string[] = [];
    const activity = tableMap(this.doc, 'activity');
    for (const id of ids) {
      const before = this.snoozeOf.get(id);
      if (before !== undefined) {
        this.snoozes.get(before)?.delete(id);
        this.snoozeOf.delete(id);
        touched.push(before);
      }
      const after = snoozedTask(activity.get(id));
      if (after !== undefined) {
        this.add(after, id);
        touched.push(after);
      }
    }
    return touched;
  }

  private index(): Map<string, Set<string>> {
    if (!this.snoozes) {
      this.snoozes = new Map();
      tableMap(this.doc, 'activity').forEach((entry, id) => {
        const taskId = snoozedTask(entry);
        if (taskId !== undefined) this.add(taskId, id);
      });
    }
    return this.snoozes;
  }

  private add(taskId: string, activityId: string): void {
    const index = this.snoozes ?? this.index();
    const set = index.get(taskId);
    if (set) set.add(activityId);
    else index.set(taskId, new Set([activityId]));
    this.snoozeOf.set(activityId, taskId);
  }
}

function snoozedTask(entry: unknown): string | undefined {
  if (!(entry instanceof Y.Map) || entry.get('type') !== 'snoozed') return undefined;
  const taskId: unknown = entry.get('taskId');
  return typeof taskId === 'string' ? taskId : undefined;
}
