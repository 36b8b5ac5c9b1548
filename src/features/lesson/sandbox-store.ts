// The lesson's sandbox: the client's list lives in this tab's sessionStorage, never in the app's
// database (goals-first), so a lesson can be run on anyone's device without touching their data.
// It survives a reload and is gone when the tab closes. Only "Save to my list" writes, through
// src/db. If the browser refuses sessionStorage (private modes, a full quota) the lesson still
// works from memory; only the reload guarantee is lost.
import { useSyncExternalStore } from 'react';
import type { TaskKind } from '../../domain/types';

export const SANDBOX_KEY = 'goals-first-lesson';

/** A copy of one of the user's open tasks, taken by "Use my current list". */
export interface SourceTask {
  id: string;
  title: string;
  kind: TaskKind;
}

export interface Sandbox {
  /** The list as typed, blank lines and all. */
  text: string;
  /** Keys (see sandbox-items.ts) of the lines marked as goals. */
  marked: readonly string[];
  sources: readonly SourceTask[];
}

export const EMPTY_SANDBOX: Sandbox = { text: '', marked: [], sources: [] };

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isSource = (value: unknown): value is SourceTask => {
  const source = value as Partial<SourceTask> | null;
  return (
    typeof source?.id === 'string' &&
    typeof source.title === 'string' &&
    (source.kind === 'chore' || source.kind === 'goal')
  );
};

function read(): Sandbox {
  try {
    const raw = sessionStorage.getItem(SANDBOX_KEY);
    if (raw === null) return EMPTY_SANDBOX;
    const stored = JSON.parse(raw) as Partial<Sandbox> | null;
    // Anything malformed (an older shape, a hand edit) starts the sandbox afresh.
    if (
      typeof stored?.text !== 'string' ||
      !isStringArray(stored.marked) ||
      !Array.isArray(stored.sources) ||
      !stored.sources.every(isSource)
    ) {
      return EMPTY_SANDBOX;
    }
    return { text: stored.text, marked: stored.marked, sources: stored.sources };
  } catch {
    return EMPTY_SANDBOX;
  }
}

let current: Sandbox | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSandbox(): Sandbox {
  current ??= read();
  return current;
}

export function updateSandbox(change: (sandbox: Sandbox) => Sandbox): void {
  current = change(getSandbox());
  try {
    sessionStorage.setItem(SANDBOX_KEY, JSON.stringify(current));
  } catch {
    // Out of room or refused: keep going from memory (see the note at the top).
  }
  for (const listener of listeners) listener();
}

/** Empties the sandbox, e.g. before the next client's lesson. */
export function clearSandbox(): void {
  current = EMPTY_SANDBOX;
  try {
    sessionStorage.removeItem(SANDBOX_KEY);
  } catch {
    // Nothing stored, nothing to remove.
  }
  for (const listener of listeners) listener();
}

export const useSandbox = (): Sandbox => useSyncExternalStore(subscribe, getSandbox);
