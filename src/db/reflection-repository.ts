// The client's reflection on a week: one record per week start, its id derived from the week
// start (../domain/reflection.ts), written as typed. Clearing the box stores the empty text; the
// record stays, so a second device's edit of the same week merges into it.
import { isDay } from '../domain/day';
import { cleanReflection, reflectionId } from '../domain/reflection';
import type { Day, Instant, Reflection } from '../domain/types';
import { ValidationError } from '../domain/validation-error';
import { db } from './database';

export async function readReflection(weekStart: Day): Promise<Reflection | null> {
  const reflection = await db.reflections.get(reflectionId(weekStart));
  return reflection && reflection.deletedAt === undefined ? reflection : null;
}

export async function saveReflection(
  weekStart: Day,
  text: string,
  now: Instant = Date.now(),
): Promise<void> {
  if (!isDay(weekStart)) throw new ValidationError('That week does not exist.', 'weekStart');
  const clean = cleanReflection(text);
  const id = reflectionId(weekStart);
  await db.transaction('rw', db.reflections, async () => {
    const existing = await db.reflections.get(id);
    if (existing && existing.deletedAt === undefined && existing.text === clean) return;
    await db.reflections.put({
      id,
      weekStart,
      text: clean,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
  });
}
