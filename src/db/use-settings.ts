import { useLiveQuery } from 'dexie-react-hooks';
import type { Instant } from '../domain/types';
import { exportReminderDue } from './export-reminder';
import { readDeviceMoment, readSettings, type DeviceMoment } from './settings-repository';

export const useSettings = () => useLiveQuery(() => readSettings(), []);

/** `null` when this device never recorded the moment; `undefined` while loading. */
export const useDeviceMoment = (key: DeviceMoment) =>
  useLiveQuery(() => readDeviceMoment(key).then((at) => at ?? null), [key]);

/** Whether a backup reminder is due, re-read when goals or the last export change. */
export const useExportReminderDue = (now: Instant) =>
  useLiveQuery(() => exportReminderDue(now), [now]);
