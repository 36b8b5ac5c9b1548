import type { Day } from '../../domain/types';

export interface StepProps {
  today: Day;
}
