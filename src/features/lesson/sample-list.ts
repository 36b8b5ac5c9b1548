// The lesson's sample: a to-do list the way people really write one, mostly chores, with three
// steps toward personal goals sitting far down. The goals behind those steps are made up too,
// with dates relative to the day the lesson runs, so the fix shows live reasons (one goal has
// not moved for over two weeks, one has a deadline close by and is behind schedule, one is new).
import { addDays, startOfDay } from '../../domain/day';
import { tasksFromList, type ListLine } from '../../domain/list-tasks';
import type { Day, Goal, Task } from '../../domain/types';

interface SampleLine {
  title: string;
  /** Index into SAMPLE_GOALS for a goal step. */
  goal?: number;
  /** Due this many days from today (negative: overdue). */
  due?: number;
}

const SAMPLE_GOALS = [
  { title: 'Run 5 km without stopping', why: 'To feel strong and sleep well again', age: 16 },
  {
    title: 'Finish a short story',
    why: 'I have wanted to write since school',
    age: 40,
    deadline: 5,
  },
  { title: 'Hold a simple chat in Spanish', why: 'To talk with my partner’s family', age: 2 },
] as const;

const SAMPLE_LINES: readonly SampleLine[] = [
  { title: 'Reply to the school’s email' },
  { title: 'Buy dishwasher tablets' },
  { title: 'Book the car in for a service' },
  { title: 'Pay the electricity bill', due: 0 },
  { title: 'Clear out the inbox' },
  { title: 'Return the parcel' },
  { title: 'Call the bank about the card' },
  { title: 'Defrost the freezer' },
  { title: 'Sort the recycling' },
  { title: 'Renew the home insurance', due: -2 },
  { title: 'Go for a 20-minute run', goal: 0 },
  { title: 'Fix the dripping tap' },
  { title: 'Tidy the garage' },
  { title: 'Answer the landlord' },
  { title: 'Write one page of my story', goal: 1 },
  { title: 'Pick up the dry cleaning' },
  { title: 'Order a present for Sam' },
  { title: 'Clean the oven' },
  { title: 'Book a trial Spanish lesson', goal: 2 },
  { title: 'Water the plants' },
];

export interface SampleData {
  tasks: Task[];
  goals: Goal[];
}

const NOON = 12 * 60 * 60 * 1000;

export function sampleData(today: Day): SampleData {
  const at = (daysAgo: number) => startOfDay(addDays(today, -daysAgo)).getTime() + NOON;
  const goals: Goal[] = SAMPLE_GOALS.map((goal, index) => {
    return {
      id: `sample-goal-${index + 1}`,
      title: goal.title,
      why: goal.why,
      measure: { type: 'steps' },
      status: 'active',
      obstacles: [],
      order: `a${index}`, // fractional keys in the goals' listed order
      createdAt: at(goal.age),
      updatedAt: at(goal.age),
      ...('deadline' in goal && { deadline: addDays(today, goal.deadline) }),
    };
  });
  const lines: ListLine[] = SAMPLE_LINES.map((line, index) => ({
    id: `sample-${index + 1}`,
    title: line.title,
    kind: line.goal === undefined ? 'chore' : 'goal',
    ...(line.goal !== undefined && { goalId: goals[line.goal]?.id }),
    ...(line.due !== undefined && { dueDate: addDays(today, line.due) }),
  }));
  return { tasks: tasksFromList(lines, at(20)), goals };
}
