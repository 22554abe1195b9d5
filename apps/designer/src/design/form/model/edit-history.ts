/** Undo/redo over immutable states: the present, what came before and what was undone. */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** The edit that made the present, while later edits of the same thing may still join it. */
  last?: { group: string; at: number };
}

/**
 * What an edit changes, for coalescing: an edit that `continues` the group of the previous one (`group` of the
 * last edit), less than `COALESCE_MS` after it, replaces it instead of adding an undo step. `group` names what this
 * edit leaves behind (a field renamed while typing its key continues under its new key).
 */
export interface EditMark {
  continues: string;
  group: string;
  /** Milliseconds (the caller's clock). */
  at: number;
}

// Enough for an editing session; the oldest states go first.
const LIMIT = 100;
/** Typing in one input is one undo step: keystrokes closer than this join the previous edit. */
export const COALESCE_MS = 1000;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

function joins(history: History<unknown>, mark: EditMark | undefined): boolean {
  return (
    mark !== undefined &&
    history.last !== undefined &&
    history.last.group === mark.continues &&
    mark.at - history.last.at < COALESCE_MS &&
    history.past.length > 0
  );
}

/**
 * A new state: it can be undone; what was undone cannot be redone any more. Same state: nothing recorded. With a
 * mark continuing the previous edit's group (within `COALESCE_MS`), it joins that edit: one undo step for both.
 */
export function record<T>(history: History<T>, next: T, mark?: EditMark): History<T> {
  if (next === history.present) return history;
  const last = mark && { group: mark.group, at: mark.at };
  if (joins(history, mark)) return { ...history, present: next, future: [], last };
  return { past: [...history.past, history.present].slice(-LIMIT), present: next, future: [], last };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
