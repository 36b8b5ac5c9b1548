import { describe, expect, it } from 'vitest';
import type { PlanEntry, TaskEntry } from '../../src/domain/plan-types';
import type { Goal, Task } from '../../src/domain/types';
import { accepts, dropAction } from '../../src/features/today/today-drops';
import { entryId, splitPlan, type TodayLists } from '../../src/features/today/today-lists';
import { makeGoal, makeTask } from '../fixtures/builders';

const taskEntry = (task: Task, goal?: Goal, needsAttention = false): TaskEntry => ({
  type: 'task',
  task,
  ...(goal && { goal }),
  reasons: [],
  needsAttention,
  snoozed: false,
});
const prompt = (goal: Goal, neglected = false): PlanEntry => ({
  type: 'prompt',
  goal,
  reasons: neglected ? [{ code: 'neglected', days: 5 }] : [],
});

const [run, novel, spanish, guitar] = ['Run', 'Novel', 'Spanish', 'Guitar'].map((title) =>
  makeGoal({ title }),
) as [Goal, Goal, Goal, Goal];
const runStep = makeTask({ title: 'Buy shoes', kind: 'goal', goalId: run.id });
const novelStep1 = makeTask({ title: 'Outline', kind: 'goal', goalId: novel.id });
const novelStep2 = makeTask({ title: 'Opening', kind: 'goal', goalId: novel.id });
const guitarStep = makeTask({ title: 'Tune', kind: 'goal', goalId: guitar.id });
const loose1 = makeTask({ title: 'Loose 1', kind: 'goal' });
const loose2 = makeTask({ title: 'Loose 2', kind: 'goal' });
const [laundry, dishes, groceries] = ['Laundry', 'Dishes', 'Groceries'].map((title) =>
  makeTask({ title }),
) as [Task, Task, Task];

// Needs attention: Guitar. The rest: Run, Novel (two steps shown), Spanish (a prompt); then
// two loose steps; three chores.
const lists: TodayLists = splitPlan({
  goals: [
    taskEntry(guitarStep, guitar, true),
    taskEntry(runStep, run),
    taskEntry(novelStep1, novel),
    taskEntry(novelStep2, novel),
    prompt(spanish),
    taskEntry(loose1),
    taskEntry(loose2),
  ],
  chores: [taskEntry(laundry), taskEntry(dishes), taskEntry(groceries)],
  pile: [],
});
const over = (id: string, below = false) => ({ id, below });

describe('splitPlan', () => {
  it('splits the goal section into its groups, in plan order', () => {
    expect(lists.attention.map(entryId)).toEqual([guitarStep.id]);
    expect(lists.goals.map(entryId)).toEqual([
      runStep.id,
      novelStep1.id,
      novelStep2.id,
      `prompt:${spanish.id}`,
    ]);
    expect(lists.unlinked.map(entryId)).toEqual([loose1.id, loose2.id]);
    expect(lists.chores.map(entryId)).toEqual([laundry.id, dishes.id, groceries.id]);
  });

  it('puts a neglected goal’s prompt under Needs attention', () => {
    const split = splitPlan({ goals: [prompt(spanish, true)], chores: [], pile: [] });
    expect(split.attention).toHaveLength(1);
  });
});

describe('accepts', () => {
  it('lets a chore into the goal section and a goal step into the chores, nothing else across', () => {
    const chore = { list: 'chores', isTask: true } as const;
    expect(
      ['attention', 'goals', 'unlinked', 'goal-zone', 'chores'].map((to) =>
        accepts(chore, to as never),
      ),
    ).toEqual([true, true, true, true, true]);
    expect(accepts({ list: 'goals', isTask: true }, 'chores')).toBe(true);
    expect(accepts({ list: 'goals', isTask: true }, 'attention')).toBe(false);
    expect(accepts({ list: 'goals', isTask: true }, 'unlinked')).toBe(false);
    expect(accepts({ list: 'unlinked', isTask: true }, 'goals')).toBe(false);
    // A prompt is a goal, not a task: it cannot become a chore.
    expect(accepts({ list: 'goals', isTask: false }, 'chores')).toBe(false);
    expect(accepts({ list: 'goals', isTask: false }, 'chore-zone')).toBe(false);
  });
});

describe('dropAction', () => {
  it('moves a goal within its group, between the goals it lands between', () => {
    const action = dropAction(lists, runStep.id, over(`prompt:${spanish.id}`));
    expect(action).toEqual({
      type: 'move-goal',
      list: 'goals',
      goalId: run.id,
      neighbours: { before: spanish.id, after: undefined },
      order: [novelStep1.id, novelStep2.id, `prompt:${spanish.id}`, runStep.id],
    });
  });

  it('moves a goal shown with two steps as one block', () => {
    const action = dropAction(lists, novelStep2.id, over(runStep.id));
    expect(action).toMatchObject({
      type: 'move-goal',
      goalId: novel.id,
      neighbours: { before: undefined, after: run.id },
      order: [novelStep1.id, novelStep2.id, runStep.id, `prompt:${spanish.id}`],
    });
    // Between its own two steps: nothing moves.
    expect(dropAction(lists, novelStep1.id, over(novelStep2.id))).toBeNull();
  });

  it('moves a chore, or a loose goal step, between its new neighbours', () => {
    expect(dropAction(lists, laundry.id, over(groceries.id))).toEqual({
      type: 'move-task',
      list: 'chores',
      taskId: laundry.id,
      neighbours: { before: groceries.id, after: undefined },
      order: [dishes.id, groceries.id, laundry.id],
    });
    expect(dropAction(lists, loose2.id, over(loose1.id))).toMatchObject({
      type: 'move-task',
      list: 'unlinked',
      neighbours: { before: undefined, after: loose1.id },
    });
  });

  it('makes a chore dropped on a goal’s row (or prompt) a step of that goal', () => {
    expect(dropAction(lists, dishes.id, over(novelStep1.id))).toEqual({
      type: 'make-goal-step',
      task: dishes,
      goal: novel,
    });
    expect(dropAction(lists, dishes.id, over(`prompt:${spanish.id}`))).toMatchObject({
      goal: spanish,
    });
    expect(dropAction(lists, dishes.id, over(loose1.id))).toMatchObject({ goal: undefined });
    expect(dropAction(lists, dishes.id, over('goal-zone'))).toMatchObject({ goal: undefined });
  });

  it('makes a goal step dropped among the chores a chore, above or below the row', () => {
    expect(dropAction(lists, runStep.id, over(dishes.id))).toEqual({
      type: 'make-chore',
      task: runStep,
      neighbours: { before: laundry.id, after: dishes.id },
    });
    expect(dropAction(lists, runStep.id, over(groceries.id, true))).toMatchObject({
      neighbours: { before: groceries.id, after: undefined },
    });
    expect(dropAction(lists, loose1.id, over('chore-zone'))).toMatchObject({
      type: 'make-chore',
      neighbours: {},
    });
  });

  it('does nothing for drops the rules do not allow, or on no target', () => {
    // Out of its group; a prompt into the chores; nowhere.
    expect(dropAction(lists, guitarStep.id, over(runStep.id))).toBeNull();
    expect(dropAction(lists, `prompt:${spanish.id}`, over(laundry.id))).toBeNull();
    expect(dropAction(lists, runStep.id, over(loose1.id))).toBeNull();
    expect(dropAction(lists, laundry.id, null)).toBeNull();
    expect(dropAction(lists, laundry.id, over(laundry.id))).toBeNull();
  });
});
