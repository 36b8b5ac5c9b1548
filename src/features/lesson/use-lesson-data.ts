// The lists the lesson shows, each run through the same engine as Today: prioritize for the
// plan and diagnose for the burial. Both work on in-memory Task records; nothing is stored.
import { useMemo } from 'react';
import { diagnose } from '../../domain/diagnose';
import { startOfDay } from '../../domain/day';
import { tasksFromList } from '../../domain/list-tasks';
import { prioritize } from '../../domain/prioritize';
import {
  DEFAULT_SETTINGS,
  type Day,
  type Goal,
  type Settings,
  type Task,
} from '../../domain/types';
import { useSettings } from '../../db/use-settings';
import { describeDiagnosis, VISIBLE_LINES } from './diagnosis-words';
import { lessonPlan, writtenRows } from './lesson-plan';
import { sampleData } from './sample-list';
import type { SandboxItem } from './sandbox-items';

function analyse(tasks: Task[], goals: Goal[], today: Day, settings: Settings) {
  return {
    written: writtenRows(tasks),
    diagnosis: describeDiagnosis(diagnose(tasks, VISIBLE_LINES), tasks.length),
    plan: lessonPlan(prioritize({ tasks, goals, checkIns: [], today, settings }), today),
    choreCap: settings.choreCap,
  };
}

export type LessonList = ReturnType<typeof analyse>;

/** The sample, with the default settings so the lesson tells the same story everywhere. */
export function useSample(today: Day): LessonList {
  return useMemo(() => {
    const { tasks, goals } = sampleData(today);
    return analyse(tasks, goals, today, DEFAULT_SETTINGS);
  }, [today]);
}

/** The client's list, with their own settings (how many chores Today shows). */
export function useClientList(items: readonly SandboxItem[], today: Day): LessonList {
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  return useMemo(() => {
    const lines = items.map((item) => ({
      id: `line-${item.key}`,
      title: item.title,
      kind: item.kind,
    }));
    return analyse(tasksFromList(lines, startOfDay(today).getTime()), [], today, settings);
  }, [items, today, settings]);
}
