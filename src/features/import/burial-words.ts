// The burial diagnosis of the list as it was kept elsewhere, live while items are marked
// (DESIGN.md §3 diagnose): where the goals sat, and how many chores stood above the first.
import type { Diagnosis } from '../../domain/diagnose';
import { counted, numberList } from './words';

export function burialWords(diagnosis: Diagnosis, lineCount: number): string {
  const goals = diagnosis.goalPositions.length;
  if (goals === 0) {
    return 'No goal steps marked yet: press the items that move something you care about forward.';
  }
  const where =
    goals === 1
      ? `Your goal sat at line ${numberList(diagnosis.goalPositions)}`
      : `Your ${goals.toLocaleString('en')} goals sat at lines ${numberList(diagnosis.goalPositions)}`;
  const chores = lineCount - goals;
  if (diagnosis.burialScore === 0) {
    return `${where}, above every chore. Today keeps ${goals === 1 ? 'it' : 'them'} there.`;
  }
  return `${where}, under ${counted(chores, 'chore', 'chores')}: ${counted(diagnosis.choresAboveFirstGoal, 'chore stood', 'chores stood')} above the first. On Today, goal steps stand above every chore.`;
}
