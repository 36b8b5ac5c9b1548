// The lesson, in order. Each step is one screen with its own address (/lesson/1 …).
import type { ComponentType } from 'react';
import { AnswerStep } from './step-answer';
import { FixStep } from './step-fix';
import { MarkGoalsStep } from './step-mark-goals';
import type { StepProps } from './step-props';
import { RevealStep } from './step-reveal';
import { SampleStep } from './step-sample';
import { YourDiagnosisStep } from './step-your-diagnosis';
import { YourFixStep } from './step-your-fix';
import { YourListStep } from './step-your-list';

export interface LessonStep {
  title: string;
  Body: ComponentType<StepProps>;
}

export const LESSON_STEPS: readonly LessonStep[] = [
  { title: 'What is wrong with this list?', Body: SampleStep },
  { title: 'The goals are buried', Body: RevealStep },
  { title: 'Why goals sink, and what lifts them', Body: AnswerStep },
  { title: 'The same list, goals first', Body: FixStep },
  { title: 'Your list', Body: YourListStep },
  { title: 'Which of these are your goals?', Body: MarkGoalsStep },
  { title: 'How buried are your goals?', Body: YourDiagnosisStep },
  { title: 'Your list, goals first', Body: YourFixStep },
];
