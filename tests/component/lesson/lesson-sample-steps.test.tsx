import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { preferReducedMotion, renderLesson } from './lesson-harness';

const titles = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.lesson-item-title')?.textContent);

describe('step 1: the question', () => {
  it('shows a twenty-line list as written, with nothing marked yet', () => {
    renderLesson('/lesson/1');
    expect(
      screen.getByRole('heading', { level: 1, name: 'What is wrong with this list?' }),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'A typical to-do list' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    expect(titles(list).slice(0, 2)).toEqual([
      'Reply to the school’s email',
      'Buy dishwasher tablets',
    ]);
    expect(within(list).queryByText('Goal')).not.toBeInTheDocument();
  });
});

describe('step 2: the reveal', () => {
  it('lights up the three goal steps where they stand', () => {
    renderLesson('/lesson/2');
    const list = screen.getByRole('list', { name: 'The same list, goals marked' });
    const items = within(list).getAllByRole('listitem');
    const lit = items.flatMap((item, index) =>
      item.classList.contains('is-goal') ? [index + 1] : [],
    );
    expect(lit).toEqual([11, 15, 19]);
    expect(within(list).getAllByText('Goal')).toHaveLength(3);
  });

  it('gives the diagnosis in words and numbers', () => {
    renderLesson('/lesson/2');
    const diagnosis = screen.getByRole('region', { name: 'Diagnosis' });
    expect(diagnosis).toHaveTextContent('Three goals are buried under 17 chores.');
    const fact = (label: string) =>
      within(diagnosis).getByText(label).parentElement?.querySelector('dd')?.textContent;
    expect(fact('where the goals stand')).toBe('Lines 11, 15 and 19');
    expect(fact('chores above the first goal')).toBe('10');
    expect(fact('goals below line 7')).toBe('3 of 3');
    expect(fact('burial score')).toBe('76%');
    expect(diagnosis).toHaveTextContent('76 times in 100 the chore comes first');
  });
});

describe('step 3: the answer', () => {
  it('names what coaching brings: values, measurable goals, steps, plans for obstacles', () => {
    renderLesson('/lesson/3');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Why goals sink');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Start from what you value',
      'Make it measurable',
      'Break it into steps',
      'Plan for what gets in the way',
    ]);
    expect(screen.getByText(/buried|never get done/)).toBeInTheDocument();
  });
});

describe('step 4: the fix', () => {
  it('re-sorts the same items into the plan, each with its reasons', () => {
    preferReducedMotion(true);
    renderLesson('/lesson/4');
    const goals = screen.getByRole('region', { name: 'Goals first' });
    expect(titles(within(goals).getByRole('list'))).toEqual([
      'Go for a 20-minute run',
      'Write one page of my story',
      'Book a trial Spanish lesson',
    ]);
    const items = within(goals).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Next step of Run 5 km without stopping');
    expect(items[0]).toHaveTextContent('No progress in 16 days');
    expect(items[1]).toHaveTextContent('Deadline in 5 days');
    expect(items[1]).toHaveTextContent('Behind schedule');

    const chores = screen.getByRole('region', { name: 'Today’s chores' });
    expect(titles(within(chores).getByRole('list'))).toEqual([
      'Reply to the school’s email',
      'Buy dishwasher tablets',
      'Book the car in for a service',
      'Pay the electricity bill',
      'Renew the home insurance',
    ]);
    expect(within(chores).getByText('Due today')).toBeInTheDocument();
    expect(within(chores).getByText('2 days overdue')).toBeInTheDocument();
    const pile = screen.getByRole('region', { name: 'The pile' });
    expect(within(pile).getAllByRole('listitem')).toHaveLength(12);
    // Reduced motion: the plan at once, and nothing to replay.
    expect(screen.queryByRole('button', { name: 'Play again' })).not.toBeInTheDocument();
  });

  it('first shows the list as written, then moves it into the plan, and can replay', async () => {
    preferReducedMotion(false);
    const { user } = renderLesson('/lesson/4');
    expect(screen.getByRole('list', { name: 'The list as written' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Goals first' })).not.toBeInTheDocument();
    await waitFor(
      () => expect(screen.getByRole('region', { name: 'Goals first' })).toBeInTheDocument(),
      { timeout: 3000 },
    );
    await user.click(screen.getByRole('button', { name: 'Play again' }));
    expect(screen.getByRole('list', { name: 'The list as written' })).toBeInTheDocument();
    await waitFor(
      () => expect(screen.getByRole('region', { name: 'Goals first' })).toBeInTheDocument(),
      { timeout: 3000 },
    );
  });
});
