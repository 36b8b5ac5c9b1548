import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { listActiveGoals } from '../../src/db/goal-lookup';
import {
  createGoal,
  deleteGoal,
  markGoalAchieved,
  moveGoal,
  moveGoalBetween,
  pauseGoal,
  readGoalBoard,
  readGoalDetail,
  restoreGoal,
  resumeGoal,
  updateGoal,
} from '../../src/db/goal-repository';
import { addTask, completeTask, deleteTask, listOpenTasks } from '../../src/db/task-repository';
import { describeWriteError } from '../../src/db/write-error';
import type { NewGoalInput } from '../../src/domain/goal-input';
import type { Goal } from '../../src/domain/types';
import { ValidationError } from '../../src/domain/validation-error';
import { makeGoal, makeTask } from '../fixtures/builders';
import { countWrites } from '../fixtures/count-writes';

const TODAY = '2026-11-26';
const NOW = Date.UTC(2026, 10, 26, 12);

const novel: NewGoalInput = {
  title: ' Write a novel ',
  why: 'I have wanted to since I was ten',
  measure: { type: 'count', target: 20000, unit: 'words' },
  deadline: '2027-06-30',
  steps: ['Outline chapter one', '', 'Write 200 words'],
  obstacles: [{ obstacle: 'Too tired after work', strategy: 'Write before breakfast' }],
};

const snapshot = async () => ({
  goals: await db.goals.toArray(),
  tasks: await db.tasks.toArray(),
  checkIns: await db.checkIns.toArray(),
});
const titlesIn = (goals: Goal[]) => goals.map((goal) => goal.title);

describe('creating a goal', () => {
  it('stores the goal with its first steps as goal steps and its obstacles', async () => {
    const goal = await createGoal(novel, TODAY, NOW);
    expect(await db.goals.get(goal.id)).toEqual({
      id: goal.id,
      title: 'Write a novel',
      why: 'I have wanted to since I was ten',
      measure: { type: 'count', target: 20000, unit: 'words' },
      deadline: '2027-06-30',
      status: 'active',
      obstacles: [
        {
          id: expect.any(String) as string,
          obstacle: 'Too tired after work',
          strategy: 'Write before breakfast',
        },
      ],
      order: goal.order,
      createdAt: NOW,
      updatedAt: NOW,
    });
    const detail = await readGoalDetail(goal.id);
    expect(detail?.steps.map((step) => [step.title, step.kind, step.goalId, step.status])).toEqual([
      ['Outline chapter one', 'goal', goal.id, 'open'],
      ['Write 200 words', 'goal', goal.id, 'open'],
    ]);
  });

  it('puts a new goal at the end of the goal order', async () => {
    const first = makeGoal({ title: 'First' });
    const paused = makeGoal({ title: 'Paused', status: 'paused' });
    await db.goals.bulkAdd([first, paused]);
    const added = await createGoal(novel, TODAY);
    expect(added.order > paused.order).toBe(true);
    expect(titlesIn(await listActiveGoals())).toEqual(['First', 'Write a novel']);
  });

  it('leaves chores where they were and places the steps after each other', async () => {
    await addTask({ title: 'Laundry', kind: 'chore' });
    await createGoal(novel, TODAY);
    expect((await listOpenTasks()).map((task) => task.title)).toEqual([
      'Outline chapter one',
      'Write 200 words',
      'Laundry',
    ]);
  });

  it.each<[string, Partial<NewGoalInput>, string]>([
    ['an empty goal', { title: '   ' }, 'title'],
    ['a 201-character goal', { title: 'g'.repeat(201) }, 'title'],
    ['a 201-character why', { why: 'w'.repeat(201) }, 'why'],
    ['a zero target', { measure: { type: 'count', target: 0, unit: 'words' } }, 'target'],
    [
      'a target that is no number',
      { measure: { type: 'count', target: NaN, unit: 'x' } },
      'target',
    ],
    ['a deadline in the past', { deadline: '2026-11-25' }, 'deadline'],
    ['no first step', { steps: ['', ' '] }, 'steps.0'],
    [
      'a step of 501 characters (the task title rule)',
      { steps: ['ok', 's'.repeat(501)] },
      'steps.1',
    ],
    [
      'an obstacle without a strategy',
      { obstacles: [{ obstacle: 'Rain', strategy: '' }] },
      'obstacles.0.strategy',
    ],
  ])('rejects %s and writes nothing', async (_, change, field) => {
    await createGoal(novel, TODAY);
    const before = await snapshot();
    const attempt = createGoal({ ...novel, ...change }, TODAY);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ field });
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing at all when a step cannot be stored (one transaction)', async () => {
    let stepsSeen = 0;
    const failSecondStep = () => {
      stepsSeen += 1;
      if (stepsSeen === 2) throw new DOMException('The disk is full', 'QuotaExceededError');
    };
    db.tasks.hook('creating', failSecondStep);
    try {
      const attempt = createGoal(novel, TODAY);
      await expect(attempt).rejects.toThrow();
      expect(describeWriteError(await attempt.catch((error: unknown) => error))).toMatch(
        /no room left/,
      );
    } finally {
      db.tasks.hook('creating').unsubscribe(failSecondStep);
    }
    expect(stepsSeen).toBe(2);
    expect(await snapshot()).toEqual({ goals: [], tasks: [], checkIns: [] });
  });
});

describe('editing a goal', () => {
  it('changes the fields given and keeps the rest', async () => {
    const goal = await createGoal(novel, TODAY, NOW);
    await updateGoal(
      goal.id,
      {
        title: 'Finish my novel',
        measure: { type: 'steps' },
        deadline: null,
        obstacles: [
          { id: goal.obstacles[0]!.id, obstacle: 'Too tired', strategy: 'Write at lunch' },
          { obstacle: 'Writer’s block', strategy: 'Free-write for five minutes' },
        ],
      },
      TODAY,
      NOW + 1,
    );
    const stored = await db.goals.get(goal.id);
    expect(stored).toMatchObject({
      title: 'Finish my novel',
      why: novel.why,
      measure: { type: 'steps' },
      updatedAt: NOW + 1,
    });
    expect(stored).not.toHaveProperty('deadline');
    expect(stored?.obstacles[0]).toEqual({
      id: goal.obstacles[0]!.id,
      obstacle: 'Too tired',
      strategy: 'Write at lunch',
    });
    expect(stored?.obstacles[1]?.id).toEqual(expect.any(String));
  });

  it('rejects bad changes and writes nothing', async () => {
    const goal = await createGoal(novel, TODAY, NOW);
    const before = await snapshot();
    await expect(updateGoal(goal.id, { title: '' }, TODAY)).rejects.toThrow('a goal needs');
    await expect(updateGoal(goal.id, { deadline: '2026-01-01' }, TODAY)).rejects.toThrow(
      'already passed',
    );
    await expect(
      updateGoal(
        goal.id,
        { title: 'Fine', measure: { type: 'count', target: -1, unit: '' } },
        TODAY,
      ),
    ).rejects.toThrow('above zero');
    expect(await snapshot()).toEqual(before);
  });

  it('lets a goal whose deadline has passed keep it while other fields change', async () => {
    const goal = makeGoal({ deadline: '2026-10-01' });
    await db.goals.add(goal);
    await updateGoal(goal.id, { title: 'Renamed', deadline: '2026-10-01' }, TODAY);
    expect(await db.goals.get(goal.id)).toMatchObject({ title: 'Renamed', deadline: '2026-10-01' });
  });
});

describe('pausing, resuming and achieving', () => {
  it('moves a goal between the statuses and stamps when it was achieved', async () => {
    const goal = await createGoal(novel, TODAY, NOW);
    await pauseGoal(goal.id, NOW + 1);
    expect(await db.goals.get(goal.id)).toMatchObject({ status: 'paused', updatedAt: NOW + 1 });
    expect(await listActiveGoals()).toEqual([]);
    await resumeGoal(goal.id, NOW + 2);
    expect(await db.goals.get(goal.id)).toMatchObject({ status: 'active' });
    await markGoalAchieved(goal.id, NOW + 3);
    expect(await db.goals.get(goal.id)).toMatchObject({ status: 'achieved', achievedAt: NOW + 3 });
    await resumeGoal(goal.id, NOW + 4);
    expect(await db.goals.get(goal.id)).not.toHaveProperty('achievedAt');
  });

  it('refuses a goal that was deleted', async () => {
    const goal = await createGoal(novel, TODAY);
    await deleteGoal(goal.id);
    await expect(pauseGoal(goal.id)).rejects.toThrow('no longer exists');
  });
});

describe('goal order', () => {
  it('moves a goal up and down among the goals of its status, rewriting only its key', async () => {
    const [a, p, b, c] = [
      makeGoal({ title: 'A' }),
      makeGoal({ title: 'P', status: 'paused' }),
      makeGoal({ title: 'B' }),
      makeGoal({ title: 'C' }),
    ];
    await db.goals.bulkAdd([a, p, b, c]);
    const before = await db.goals.toArray();
    expect(await moveGoal(c.id, 'up', 7)).toBe(true);
    expect(titlesIn(await listActiveGoals())).toEqual(['A', 'C', 'B']);
    const after = await db.goals.toArray();
    const changed = after.filter((goal, i) => JSON.stringify(goal) !== JSON.stringify(before[i]));
    expect(changed.map((goal) => goal.title)).toEqual(['C']);
    expect(changed[0]?.updatedAt).toBe(7);

    expect(await moveGoal(c.id, 'up')).toBe(true);
    expect(titlesIn(await listActiveGoals())).toEqual(['C', 'A', 'B']);
    expect(await moveGoal(a.id, 'down')).toBe(true);
    expect(titlesIn(await listActiveGoals())).toEqual(['C', 'B', 'A']);
    const keys = (await db.goals.toArray()).map((goal) => goal.order);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does nothing at either end', async () => {
    const [a, b] = [makeGoal({ title: 'A' }), makeGoal({ title: 'B' })];
    await db.goals.bulkAdd([a, b]);
    const before = await snapshot();
    expect(await moveGoal(a.id, 'up')).toBe(false);
    expect(await moveGoal(b.id, 'down')).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});

describe('dragging a goal between two others', () => {
  async function fourGoals() {
    // A, P (paused: not on screen), B, C, D in the goal key space.
    const goals = [
      makeGoal({ title: 'A' }),
      makeGoal({ title: 'P', status: 'paused' }),
      makeGoal({ title: 'B' }),
      makeGoal({ title: 'C' }),
      makeGoal({ title: 'D' }),
    ];
    await db.goals.bulkAdd(goals);
    const [a, p, b, c, d] = goals as [Goal, Goal, Goal, Goal, Goal];
    return { a, p, b, c, d };
  }
  const allTitles = async () => titlesIn(sortByKey(await db.goals.toArray()));
  const sortByKey = (goals: Goal[]) =>
    [...goals].sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : 0));

  it('writes one row, the moved goal, and nothing else', async () => {
    const { a, c, d } = await fourGoals();
    const before = await snapshot();
    const writes = await countWrites();
    try {
      expect(await moveGoalBetween(a.id, { before: c.id, after: d.id }, 9)).toBe(true);
      expect(writes.total()).toBe(1);
      expect(writes.rows.get('goals')).toBe(1);
    } finally {
      await writes.stop();
    }
    const after = await snapshot();
    expect(after.tasks).toEqual(before.tasks);
    const changed = after.goals.filter(
      (goal) => JSON.stringify(goal) !== JSON.stringify(before.goals.find((g) => g.id === goal.id)),
    );
    expect(changed.map((goal) => [goal.title, goal.updatedAt])).toEqual([['A', 9]]);
    expect(titlesIn(await listActiveGoals())).toEqual(['B', 'C', 'A', 'D']);
  });

  it('passes a goal that is not on screen without touching it', async () => {
    const { a, b, d } = await fourGoals();
    // Active goals A, B, C, D: D moves up between A and B; the paused P stays after A.
    await moveGoalBetween(d.id, { before: a.id, after: b.id });
    expect(await allTitles()).toEqual(['A', 'P', 'D', 'B', 'C']);
    await moveGoalBetween(a.id, { before: b.id });
    expect(await allTitles()).toEqual(['P', 'D', 'B', 'A', 'C']);
    const keys = (await db.goals.toArray()).map((goal) => goal.order);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes nothing when it already stands there, and refuses stale neighbours', async () => {
    const { a, b, c } = await fourGoals();
    const before = await snapshot();
    expect(await moveGoalBetween(b.id, { before: a.id, after: c.id })).toBe(false);
    await expect(moveGoalBetween(a.id, { before: c.id, after: b.id })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('deleting and restoring a goal', () => {
  it('deletes the goal and its open steps with one stamp; restore undoes exactly that', async () => {
    const goal = await createGoal({ ...novel, steps: ['One', 'Two', 'Three'] }, TODAY, NOW);
    const [one, two, three] = (await readGoalDetail(goal.id))!.steps;
    await completeTask(one!.id, NOW + 1);
    await deleteTask(two!.id, NOW + 2); // deleted on its own, before the goal
    await deleteGoal(goal.id, NOW + 3);

    expect(await readGoalDetail(goal.id)).toBeNull();
    expect((await readGoalBoard()).goals).toEqual([]);
    expect(await listOpenTasks()).toEqual([]);
    expect(await db.tasks.get(three!.id)).toMatchObject({ deletedAt: NOW + 3 });
    expect(await db.tasks.get(one!.id)).not.toHaveProperty('deletedAt');

    await restoreGoal(goal.id, NOW + 4);
    const detail = await readGoalDetail(goal.id);
    expect(detail?.goal).not.toHaveProperty('deletedAt');
    expect(detail?.steps.map((step) => step.title)).toEqual(['One', 'Three']);
    expect(await db.tasks.get(two!.id)).toMatchObject({ deletedAt: NOW + 2 });
  });

  it('leaves the steps of other goals alone', async () => {
    const keep = await createGoal({ ...novel, title: 'Keep', steps: ['Keep step'] }, TODAY);
    const gone = await createGoal({ ...novel, title: 'Gone', steps: ['Gone step'] }, TODAY);
    await deleteGoal(gone.id);
    expect((await listOpenTasks()).map((task) => task.title)).toEqual(['Keep step']);
    expect(titlesIn((await readGoalBoard()).goals)).toEqual([keep.title]);
  });
});

describe('reading goals', () => {
  it('lists active goals in goal order for the picker, without deleted ones', async () => {
    const goals = [
      makeGoal({ title: 'One' }),
      makeGoal({ title: 'Gone', deletedAt: 1 }),
      makeGoal({ title: 'Done', status: 'achieved' }),
      makeGoal({ title: 'Two' }),
    ];
    await db.goals.bulkAdd([...goals].reverse());
    expect(titlesIn(await listActiveGoals())).toEqual(['One', 'Two']);
  });

  it('reads the board: live goals, live steps of goals, live check-ins', async () => {
    const goal = makeGoal();
    await db.goals.add(goal);
    await db.tasks.bulkAdd([
      makeTask({ kind: 'goal', goalId: goal.id, title: 'Live' }),
      makeTask({ kind: 'goal', goalId: goal.id, title: 'Deleted', deletedAt: 1 }),
      makeTask({ kind: 'chore', title: 'Chore' }),
    ]);
    await db.checkIns.bulkAdd([
      { id: 'c1', goalId: goal.id, day: TODAY, amount: 3, createdAt: 1, updatedAt: 1 },
      {
        id: 'c2',
        goalId: goal.id,
        day: TODAY,
        amount: 4,
        createdAt: 1,
        updatedAt: 1,
        deletedAt: 2,
      },
    ]);
    const board = await readGoalBoard();
    expect(board.steps.map((step) => step.title)).toEqual(['Live']);
    expect(board.checkIns.map((checkIn) => checkIn.id)).toEqual(['c1']);
  });

  it('gives null for a goal that never existed', async () => {
    expect(await readGoalDetail('nope')).toBeNull();
  });
});
