// The burial diagnosis of a list as written (DESIGN.md §3): where the goal items stand, how many
// chores sit above the first one, how many goal items fall below the first `visibleCount` lines
// (the part of a list people actually read), and the burial score: the share of (goal, chore)
// pairs in which the chore stands above the goal. 0 means every goal item is above every
// chore; 1 means every chore is above every goal item; with no such pair the score is 0.
export interface Diagnosis {
  goalPositions: number[];
  choresAboveFirstGoal: number;
  goalsBelowVisible: number;
  burialScore: number;
}

export function diagnose(list: readonly { kind: 'chore' | 'goal' }[], visibleCount = 7): Diagnosis {
  const goalPositions: number[] = [];
  let choresSoFar = 0;
  let choresAboveGoals = 0;
  let choresAboveFirstGoal = 0;
  list.forEach((item, index) => {
    if (item.kind === 'chore') {
      choresSoFar++;
      return;
    }
    if (goalPositions.length === 0) choresAboveFirstGoal = choresSoFar;
    goalPositions.push(index + 1);
    choresAboveGoals += choresSoFar;
  });
  const pairs = goalPositions.length * choresSoFar;
  return {
    goalPositions,
    choresAboveFirstGoal,
    goalsBelowVisible: goalPositions.filter((position) => position > visibleCount).length,
    burialScore: pairs === 0 ? 0 : choresAboveGoals / pairs,
  };
}
