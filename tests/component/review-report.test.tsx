// The Review report's pieces (src/ui/review), as a client and a coach meet them: every chart has
// its text equivalent, each goal is a region named after it with a progress bar that says where
// it went, and the empty period says so in words.
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { buildReview, type ReviewInput } from '../../src/domain/review';
import { weekOf } from '../../src/domain/review-period';
import type { Activity, Task } from '../../src/domain/types';
import { ReviewReport } from '../../src/ui/review/review-report';
import { makeCheckIn, makeGoal, makeTask } from '../fixtures/builders';

const TODAY = '2026-11-12';
const at = (day: string) => new Date(`${day}T12:00:00`).getTime();
const input = (overrides: Partial<ReviewInput>): ReviewInput => ({
  period: weekOf(TODAY, 1),
  today: TODAY,
  weekStartsOn: 1,
  tasks: [],
  goals: [],
  checkIns: [],
  activity: [],
  ...overrides,
});

function show(overrides: Partial<ReviewInput>) {
  const review = buildReview(input(overrides));
  render(<ReviewReport review={review} today={TODAY} reflection={<p>My words</p>} />);
  return review;
}

describe('the Review report', () => {
  const novel = makeGoal({
    title: 'Write a novel',
    createdAt: at('2026-10-01'),
  });
  const pages = makeGoal({
    title: 'Read Spanish books',
    createdAt: at('2026-10-01'),
    measure: { type: 'count', target: 200, unit: 'pages' },
  });
  const done = (title: string, day: string, extra: Partial<Task> = {}) =>
    makeTask({
      title,
      status: 'done',
      completedAt: at(day),
      createdAt: at('2026-10-01'),
      ...extra,
    });
  const steps = [
    done('Outline', '2026-11-09', { kind: 'goal', goalId: novel.id }),
    makeTask({ title: 'Draft', kind: 'goal', goalId: novel.id, createdAt: at('2026-10-01') }),
  ];
  const snooze: Activity = {
    id: 's1',
    at: at('2026-11-10'),
    day: '2026-11-10',
    type: 'snoozed',
    taskId: steps[1]!.id,
    goalId: novel.id,
    kind: 'goal',
    plans: [{ obstacle: 'I am tired', strategy: 'write at dawn' }],
    updatedAt: at('2026-11-10'),
  };

  it('says the week in a sentence, and gives the chart’s days as a table', () => {
    show({
      goals: [novel],
      tasks: [...steps, done('Laundry', '2026-11-09'), done('Dishes', '2026-11-11')],
    });
    expect(screen.getByText('1 goal step and 2 chores done')).toBeInTheDocument();
    expect(screen.getByText(/Goal steps were 33% of everything done/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Goal steps and chores done each day' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toHaveAccessibleName('Monday: 1 goal step, 1 chore');
    expect(rows[2]).toHaveAccessibleName('Wednesday: 0 goal steps, 1 chore');
  });

  it('gives each goal a region named after it, whose progress bar says where it went', () => {
    show({
      goals: [novel, pages],
      tasks: steps,
      activity: [snooze],
      checkIns: [
        makeCheckIn({ goalId: pages.id, day: '2026-11-01', amount: 20 }),
        makeCheckIn({ goalId: pages.id, day: '2026-11-11', amount: 30 }),
      ],
    });
    const region = screen.getByRole('region', { name: 'Write a novel' });
    const bar = within(region).getByRole('progressbar', { name: 'Write a novel' });
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(bar).toHaveAttribute('aria-valuemax', '2');
    expect(bar).toHaveAttribute('aria-valuetext', 'From 0% to 50% (now 1 of 2 steps done)');
    expect(region).toHaveTextContent('Done: Outline');
    expect(region).toHaveTextContent('Snoozed 1 time: Draft (Tue)');
    expect(region).toHaveTextContent('Slipped: Draft');
    expect(region).toHaveTextContent('If I am tired, then I will write at dawn');

    const reading = screen.getByRole('region', { name: 'Read Spanish books' });
    expect(
      within(reading).getByRole('progressbar', { name: 'Read Spanish books' }),
    ).toHaveAttribute('aria-valuetext', 'From 10% to 25% (now 50 of 200 pages)');
    expect(reading).toHaveTextContent('1 check-in (30 pages)');
  });

  it('says what it cannot know, and what an empty week holds', () => {
    show({ activitySince: '2026-11-11' });
    expect(
      screen.getByText(/Snoozes and pauses are recorded from (11 Nov|Nov 11) on/),
    ).toBeInTheDocument();
    expect(screen.getByText('0 goal steps and 0 chores done')).toBeInTheDocument();
    expect(
      screen.getByText('Nothing was marked done in this period.', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText(/No goals in this period/)).toBeInTheDocument();
    expect(screen.getByText(/Goal progress on 0 days of 81/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Reflection' })).toHaveTextContent('My words');
  });
});
