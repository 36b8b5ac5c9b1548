// The thresholds a user may tune (DESIGN.md §2 Settings), with their allowed ranges. Values out
// of range are refused with a message rather than clamped, so nothing changes behind the
// user's back.
import { DEFAULT_SETTINGS, type Settings } from './types';
import { ValidationError } from './validation-error';

interface Range {
  min: number;
  max: number;
  label: string;
}

export const SETTING_RANGES: Readonly<Record<keyof Settings, Range>> = {
  neglectDays: { min: 1, max: 60, label: 'Days before a goal needs attention' },
  choreCap: { min: 1, max: 50, label: 'Chores shown before the pile' },
  stepsPerGoal: { min: 1, max: 5, label: 'Steps shown per goal' },
  weekStartsOn: { min: 0, max: 6, label: 'First day of the week' },
};

/** Checks a partial change; throws ValidationError naming the first bad field. */
export function checkSettings(changes: Partial<Settings>): Partial<Settings> {
  for (const [key, value] of Object.entries(changes) as [keyof Settings, unknown][]) {
    const range = SETTING_RANGES[key];
    if (key === 'weekStartsOn' && value === undefined) continue;
    if (
      !Number.isInteger(value) ||
      (value as number) < range.min ||
      (value as number) > range.max
    ) {
      throw new ValidationError(
        `${range.label} must be a whole number from ${range.min} to ${range.max}.`,
        key,
      );
    }
  }
  return changes;
}

/** Stored values over the defaults; anything unknown or out of range falls back to the default. */
export function resolveSettings(stored: Readonly<Record<string, unknown>>): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(SETTING_RANGES) as (keyof Settings)[]) {
    const value = stored[key];
    try {
      if (value !== undefined) Object.assign(settings, checkSettings({ [key]: value }));
    } catch {
      // A bad stored value (edited by hand, or from an older build) is ignored, not fatal.
    }
  }
  return settings;
}
