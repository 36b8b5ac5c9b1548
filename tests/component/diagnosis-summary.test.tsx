import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/domain/diagnose';
import { DiagnosisSummary } from '../../src/features/all/diagnosis-summary';

const show = (pattern: string) => {
  const list = Array.from(pattern).map((c) => ({
    kind: c === 'g' ? ('goal' as const) : ('chore' as const),
  }));
  const goals = list.filter((item) => item.kind === 'goal').length;
  render(
    <DiagnosisSummary diagnosis={diagnose(list)} goalSteps={goals} chores={list.length - goals} />,
  );
  return screen.getByRole('status');
};

describe('DiagnosisSummary', () => {
  it('says how many goal steps are buried, under how many chores, and where the first is', () => {
    const status = show('cccccccccc' + 'g' + 'cccccc' + 'gcg');
    expect(status).toHaveTextContent(
      '3 goal steps are buried under 17 chores; the first is at position 11.',
    );
    expect(status).toHaveTextContent('Burial score');
  });

  it('counts only goal steps that have a chore above them', () => {
    expect(show('gcg')).toHaveTextContent(
      '1 goal step is buried under 1 chore; the first is at position 3.',
    );
  });

  it('says so when nothing is buried, when there are no goal steps, and when the list is empty', () => {
    expect(show('ggcc')).toHaveTextContent('No goal step is buried');
  });

  it('names a list without goal steps', () => {
    expect(show('ccc')).toHaveTextContent('No goal steps in this list');
  });

  it('names an empty list', () => {
    expect(show('')).toHaveTextContent('Your list is empty.');
  });
});
