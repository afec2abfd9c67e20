/**
 * The life of one editable field, as a pure state machine shared by every editable field of the
 * extension. The field shows the saved value and follows it while the user has typed nothing; once
 * the user types, the text is theirs until it is written or they give it up. A write always names
 * the saved value the user saw (`seen`), so that the storage can refuse it when that value changed
 * meanwhile; a changed value under unsaved typing becomes a conflict the user settles, never a
 * silent overwrite either way.
 */

export interface FieldState {
  /** The saved value the user last saw: what a write is made over. */
  base: string;
  /** What the user typed and has not saved yet; null when the field just shows the saved value. */
  draft: string | null;
  /** A saved value that changed under the user's typing ("changed elsewhere"), until they choose. */
  theirs: string | null;
  /** The text of the write under way, if any. */
  writing: string | null;
  /** A saved value that arrived while a write was under way: settled once the write answers. */
  incoming: string | null;
  /** The user paused or left the field: write the draft as soon as nothing else is being written. */
  flushWanted: boolean;
}

export type FieldEvent =
  /** The stored value, as read now (live queries, another tab, a re-capture). */
  | { type: 'saved'; value: string }
  | { type: 'typed'; text: string }
  /** The user paused typing or left the field. */
  | { type: 'flush' }
  | { type: 'writing'; text: string }
  /** The write landed; `stored` is the field as stored by it. */
  | { type: 'written'; stored: string }
  /** The storage refused the write: the saved value was no longer the one seen; `current` is it. */
  | { type: 'refused'; current: string }
  /** The write failed for another reason (storage full…): the draft stays for another try. */
  | { type: 'failed' }
  | { type: 'keepMine' }
  | { type: 'takeTheirs' };

export interface PendingWrite {
  seen: string;
  typed: string;
}

/** The storage's answer to a write made over the value the user saw. */
export type WriteOutcome = { written: true; stored: string } | { written: false; current: string };

/** A field of some stored value, as text: read for the user, applied from what they typed. */
export interface TextField<Value> {
  read(value: Value): string;
  apply(value: Value, text: string): Value;
}

export function initialFieldState(saved: string): FieldState {
  return { base: saved, draft: null, theirs: null, writing: null, incoming: null, flushWanted: false };
}

/** A stored value reaching a field that no write of its own is waiting on. */
function receive(state: FieldState, value: string): FieldState {
  if (state.draft === null || state.draft === value) return { ...state, base: value, draft: null, theirs: null };
  if (value === state.base) return { ...state, theirs: null };
  return { ...state, theirs: value };
}

export function fieldReducer(state: FieldState, event: FieldEvent): FieldState {
  switch (event.type) {
    case 'saved':
      return state.writing !== null ? { ...state, incoming: event.value } : receive(state, event.value);
    case 'typed':
      // Typing the saved value back is no change: the field follows the saved value again.
      return { ...state, draft: event.text === state.base && state.theirs === null ? null : event.text };
    case 'flush':
      return { ...state, flushWanted: changeOf(state) !== null };
    case 'writing':
      return { ...state, writing: event.text, incoming: null, flushWanted: false };
    case 'written': {
      const typedSince = state.draft !== null && state.draft !== state.writing;
      const settled: FieldState = { ...state, base: event.stored, draft: typedSince ? state.draft : null, theirs: null, writing: null, incoming: null };
      return state.incoming !== null && state.incoming !== event.stored ? receive(settled, state.incoming) : settled;
    }
    case 'refused':
      return receive({ ...state, writing: null, incoming: null, flushWanted: false }, event.current);
    case 'failed':
      return { ...state, writing: null, flushWanted: false };
    case 'keepMine':
      if (state.theirs === null) return state;
      return state.draft === state.theirs ? { ...state, base: state.theirs, draft: null, theirs: null } : { ...state, base: state.theirs, theirs: null, flushWanted: true };
    case 'takeTheirs':
      return state.theirs === null ? state : { ...state, base: state.theirs, draft: null, theirs: null };
  }
}

/** What the field shows. */
export function shownText(state: FieldState): string {
  return state.draft ?? state.base;
}

/** What the user changed and would be written now, over what they saw; null when there is nothing to write. */
export function changeOf(state: FieldState): PendingWrite | null {
  if (state.draft === null || state.draft === state.base || state.theirs !== null) return null;
  return { seen: state.base, typed: state.draft };
}

/** The write to start now, if any: a flush was asked for, nothing is being written, no conflict waits. */
export function nextWrite(state: FieldState): PendingWrite | null {
  return state.flushWanted && state.writing === null ? changeOf(state) : null;
}
