// Provides the week start (the setting, else the locale) to every view.
import type { ReactNode } from 'react';
import { useSettings } from '../db/use-settings';
import { resolveWeekStart } from '../domain/week-start';
import { WeekStartContext } from '../ui/week-start-context';

export function WeekStartProvider({ children }: { children: ReactNode }) {
  const settings = useSettings();
  const weekStartsOn = resolveWeekStart(settings?.weekStartsOn, undefined);
  return <WeekStartContext value={weekStartsOn}>{children}</WeekStartContext>;
}
