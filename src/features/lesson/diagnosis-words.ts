// The burial diagnosis (from diagnose) told in words and in numbers, for the reveal steps.
import type { Diagnosis } from '../../domain/diagnose';

export const VISIBLE_LINES = 7;

export interface Fact {
  value: string;
  label: string;
}

export interface DiagnosisText {
  headline: string;
  details: string[];
  facts: Fact[];
}

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);
const plural = (n: number, one: string, many: string) => `${inWords(n)} ${n === 1 ? one : many}`;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function joinNumbers(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

export function describeDiagnosis(diagnosis: Diagnosis, lineCount: number): DiagnosisText {
  const { goalPositions, choresAboveFirstGoal, goalsBelowVisible, burialScore } = diagnosis;
  const goals = goalPositions.length;
  const chores = lineCount - goals;
  const score = `${Math.round(burialScore * 100)}%`;
  if (goals === 0) {
    return {
      headline: 'There is no goal on this list at all.',
      details: [
        'Every line is a chore. However hard you work through it, nothing on it moves you toward what you care about. That is the deepest burial there is.',
      ],
      facts: [{ value: String(lineCount), label: lineCount === 1 ? 'chore' : 'chores' }],
    };
  }
  const where = `${goals === 1 ? 'Line' : 'Lines'} ${joinNumbers(goalPositions)}`;
  const facts: Fact[] = [
    { value: where, label: goals === 1 ? 'where the goal stands' : 'where the goals stand' },
    {
      value: String(choresAboveFirstGoal),
      label:
        choresAboveFirstGoal === 1 ? 'chore above the first goal' : 'chores above the first goal',
    },
    { value: `${goalsBelowVisible} of ${goals}`, label: `goals below line ${VISIBLE_LINES}` },
    { value: score, label: 'burial score' },
  ];
  if (burialScore === 0) {
    return {
      headline: goals === 1 ? 'The goal is already on top.' : 'The goals are already on top.',
      details: [
        chores === 0
          ? 'This list holds only goal steps: nothing can bury them.'
          : 'No chore stands above a goal here. Keeping it that way, day after day, is the hard part, and that is what Goals First does for you.',
      ],
      facts,
    };
  }
  const below =
    goalsBelowVisible === 0
      ? `All of them are within the first ${VISIBLE_LINES} lines, but chores still come first.`
      : goalsBelowVisible === goals
        ? `${goals === 1 ? 'It sits' : goals === 2 ? 'Both sit' : `All ${inWords(goals)} sit`} below line ${VISIBLE_LINES}, the part of a list that rarely gets read on a busy day.`
        : `${capitalized(inWords(goalsBelowVisible))} of them ${goalsBelowVisible === 1 ? 'sits' : 'sit'} below line ${VISIBLE_LINES}, the part of a list that rarely gets read on a busy day.`;
  return {
    headline: `${capitalized(plural(goals, 'goal is', 'goals are'))} buried under ${plural(chores, 'chore', 'chores')}.`,
    details: [
      `${capitalized(plural(choresAboveFirstGoal, 'chore stands', 'chores stand'))} above the first goal. ${below}`,
      `Burial score ${score}: pair any goal with any chore, and ${Math.round(burialScore * 100)} times in 100 the chore comes first.`,
    ],
    facts,
  };
}
