// The simulation behind `npm run simulate`: eight weeks in the life of one person, under three ways of ordering a list.
// Seeded and deterministic. The person starts with a backlog of chores and three personal goals
// of ten steps each, written in the middle of that backlog; about six chores arrive every day
// (some with due dates); every day they do the first five items of their list, whatever those
// are. The orderings:
// - newest first: the list as apps that add on top show it;
// - due date first: dated tasks by due date, then the rest newest first (the usual default of
//   a list that sorts by date and adds on top);
// - Goals First: the Today plan from prioritize (goal steps, then the visible chores, the pile).
// For each: goal steps done, chores done, chores overdue at the end, and the longest run of days
// any unfinished goal went without progress.
import { addDays, daysBetween, startOfDay } from '../src/domain/day';
import { keyBetween } from '../src/domain/order-key';
import { prioritize } from '../src/domain/prioritize';
import { DEFAULT_SETTINGS, type Day, type Goal, type Task } from '../src/domain/types';
import { seededRandom } from './make-list';

const START: Day = '2027-01-04';
const DAYS = 56;
const PER_DAY = 5;
const BACKLOG = 40;
const GOALS = ['Write a novel', 'Run a 10k', 'Learn Spanish'];
const STEPS_PER_GOAL = 10;

interface Arrival {
  day: number;
  title: string;
  dueIn?: number;
}

type Ordering = (open: Task[], goals: Goal[], today: Day) => Task[];

const byNewest = (a: Task, b: Task) => b.createdAt - a.createdAt || (a.order < b.order ? 1 : -1);

const orderings: Record<string, Ordering> = {
  'Newest first': (open) => [...open].sort(byNewest),
  'Due date first': (open) => {
    const dated = open.filter((t) => t.dueDate !== undefined);
    const undated = open.filter((t) => t.dueDate === undefined);
    dated.sort((a, b) =>
      a.dueDate! < b.dueDate! ? -1 : a.dueDate! > b.dueDate! ? 1 : byNewest(a, b),
    );
    return [...dated, ...undated.sort(byNewest)];
  },
  'Goals First': (open, goals, today) => {
    const plan = prioritize({ tasks: open, goals, checkIns: [], today });
    return [...plan.goals, ...plan.chores, ...plan.pile].flatMap((e) =>
      e.type === 'task' ? [e.task] : [],
    );
  },
};

function arrivals(seed: number): Arrival[] {
  const random = seededRandom(seed);
  const list: Arrival[] = [];
  for (let day = 1; day < DAYS; day++) {
    const count = 4 + Math.floor(random() * 5); // 4..8, about 6 a day
    for (let i = 0; i < count; i++) {
      const dated = random() < 0.3;
      list.push({
        day,
        title: `Chore ${day}.${i}`,
        ...(dated && { dueIn: Math.floor(random() * 8) }),
      });
    }
  }
  return list;
}

function simulate(order: Ordering, incoming: readonly Arrival[]) {
  const at = (day: number) => startOfDay(addDays(START, day)).getTime() + 8 * 3600_000;
  let lastKey: string | null = null;
  const nextKey = () => (lastKey = keyBetween(lastKey, null));
  let goalKey: string | null = null;
  const goals: Goal[] = GOALS.map((title, i) => ({
    id: `goal-${i}`,
    title,
    why: 'It matters to me',
    measure: { type: 'steps' },
    status: 'active',
    obstacles: [],
    order: (goalKey = keyBetween(goalKey, null)),
    createdAt: at(0),
    updatedAt: at(0),
  }));
  // The list as written on day 0: half the backlog, the goals' steps, the other half.
  const tasks: Task[] = [];
  const write = (task: Omit<Task, 'order' | 'status' | 'snoozes' | 'updatedAt'>) =>
    tasks.push({
      ...task,
      order: nextKey(),
      status: 'open',
      snoozes: 0,
      updatedAt: task.createdAt,
    });
  for (let i = 0; i < BACKLOG; i++) {
    if (i === BACKLOG / 2) {
      for (const goal of goals) {
        for (let s = 1; s <= STEPS_PER_GOAL; s++) {
          write({
            id: `${goal.id}-step-${s}`,
            title: `${goal.title}: step ${s}`,
            kind: 'goal',
            goalId: goal.id,
            createdAt: at(0),
          });
        }
      }
    }
    write({
      id: `backlog-${i}`,
      title: `Backlog chore ${i}`,
      kind: 'chore',
      createdAt: at(0) - (BACKLOG - i) * 60_000,
    });
  }

  const progressDays = new Map(goals.map((goal) => [goal.id, [0]]));
  let firstChoreKey = tasks.find((t) => t.kind === 'chore')!.order;
  for (let day = 0; day < DAYS; day++) {
    const today = addDays(START, day);
    for (const arrival of incoming.filter((a) => a.day === day)) {
      // New chores go on top of the chores, as in the app.
      firstChoreKey = keyBetween(null, firstChoreKey);
      tasks.push({
        id: arrival.title,
        title: arrival.title,
        kind: 'chore',
        status: 'open',
        order: firstChoreKey,
        snoozes: 0,
        createdAt: at(day) + tasks.length,
        updatedAt: at(day),
        ...(arrival.dueIn !== undefined && { dueDate: addDays(today, arrival.dueIn) }),
      });
    }
    const open = tasks.filter((t) => t.status === 'open');
    for (const task of order(open, goals, today).slice(0, PER_DAY)) {
      task.status = 'done';
      task.completedAt = at(day) + 3600_000;
      if (task.goalId) progressDays.get(task.goalId)!.push(day);
    }
  }

  const end = addDays(START, DAYS - 1);
  const done = tasks.filter((t) => t.status === 'done');
  let longestIdle = 0;
  for (const goal of goals) {
    const steps = tasks.filter((t) => t.goalId === goal.id);
    const finished = steps.every((t) => t.status === 'done');
    const days = progressDays.get(goal.id)!;
    const until = finished ? days[days.length - 1]! : DAYS;
    for (let i = 1; i <= days.length; i++) {
      const gap = (i < days.length ? days[i]! : until) - days[i - 1]! - 1;
      longestIdle = Math.max(longestIdle, gap);
    }
  }
  return {
    goalSteps: done.filter((t) => t.kind === 'goal').length,
    chores: done.filter((t) => t.kind === 'chore').length,
    overdue: tasks.filter(
      (t) => t.status === 'open' && t.dueDate !== undefined && daysBetween(t.dueDate, end) > 0,
    ).length,
    longestIdle,
  };
}

export type SimulationResult = ReturnType<typeof simulate> & { name: string };

/** Runs the three orderings on the same arrivals and checks Goals First's promises. */
export function runSimulation(seed = 2027) {
  const incoming = arrivals(seed);
  const results = Object.entries(orderings).map(([name, order]) => ({
    name,
    ...simulate(order, incoming),
  }));
  const [newest, dueFirst, goalsFirst] = results as [
    SimulationResult,
    SimulationResult,
    SimulationResult,
  ];
  const overdueBound = dueFirst.overdue + 5;
  const checks: [string, boolean][] = [
    [
      'Goals First finishes more goal steps than both others',
      goalsFirst.goalSteps > newest.goalSteps && goalsFirst.goalSteps > dueFirst.goalSteps,
    ],
    [
      `no goal goes more than neglectDays + 1 = ${DEFAULT_SETTINGS.neglectDays + 1} days without progress`,
      goalsFirst.longestIdle <= DEFAULT_SETTINGS.neglectDays + 1,
    ],
    [
      `overdue chores at the end ≤ due-date-first's + 5 = ${overdueBound}`,
      goalsFirst.overdue <= overdueBound,
    ],
  ];
  return { incoming: incoming.length, results, checks };
}

export const SIMULATION = {
  days: DAYS,
  backlog: BACKLOG,
  goals: GOALS.length,
  stepsPerGoal: STEPS_PER_GOAL,
  perDay: PER_DAY,
};
