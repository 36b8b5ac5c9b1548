// Where a goal step stands in its goal's plan, for "Added to Write a novel, step 4 of 6".
import type { Task } from '../domain/types';
import { db } from './database';
import { listGoalSteps } from './step-order';

export interface StepPlace {
  goalTitle: string;
  position: number;
  total: number;
}

export async function readStepPlace(step: Task): Promise<StepPlace | undefined> {
  if (step.goalId === undefined) return undefined;
  const [goal, steps] = await Promise.all([db.goals.get(step.goalId), listGoalSteps(step.goalId)]);
  const index = steps.findIndex((candidate) => candidate.id === step.id);
  if (!goal || index < 0) return undefined;
  return { goalTitle: goal.title, position: index + 1, total: steps.length };
}
