import { describe, expect, it } from 'vitest';
import { changeOf, fieldReducer, initialFieldState, nextWrite, shownText, type FieldEvent, type FieldState } from '../../lib/field-state';

const run = (saved: string, ...events: FieldEvent[]): FieldState => events.reduce(fieldReducer, initialFieldState(saved));

describe('an editable field', () => {
  it('follows the saved value while the user has typed nothing', () => {
    const state = run('Old title', { type: 'saved', value: 'New title' });
    expect(shownText(state)).toBe('New title');
    expect(state.theirs).toBeNull();
  });

  it('writes nothing when the user only focuses and leaves it, even after the saved value changed', () => {
    const state = run('Old title', { type: 'saved', value: 'New title' }, { type: 'flush' });
    expect(nextWrite(state)).toBeNull();
    expect(changeOf(state)).toBeNull();
  });

  it('writes what the user typed, over the value they saw, once they pause or leave', () => {
    const typed = run('Old', { type: 'typed', text: 'Mine' });
    expect(nextWrite(typed)).toBeNull();
    expect(nextWrite(fieldReducer(typed, { type: 'flush' }))).toEqual({ seen: 'Old', typed: 'Mine' });
  });

  it('typing the saved value back is no change', () => {
    const state = run('Same', { type: 'typed', text: 'Sam' }, { type: 'typed', text: 'Same' }, { type: 'flush' });
    expect(state.draft).toBeNull();
    expect(nextWrite(state)).toBeNull();
  });

  it('keeps the user’s typing when the saved value changes underneath, and says so instead of writing', () => {
    const state = run('Old', { type: 'typed', text: 'Mine' }, { type: 'saved', value: 'Theirs' }, { type: 'flush' });
    expect(shownText(state)).toBe('Mine');
    expect(state.theirs).toBe('Theirs');
    expect(nextWrite(state)).toBeNull();
  });

  it('"keep mine" writes the user’s text over the value they now saw; "take theirs" drops it', () => {
    const conflict = run('Old', { type: 'typed', text: 'Mine' }, { type: 'saved', value: 'Theirs' });
    expect(nextWrite(fieldReducer(conflict, { type: 'keepMine' }))).toEqual({ seen: 'Theirs', typed: 'Mine' });
    const taken = fieldReducer(conflict, { type: 'takeTheirs' });
    expect(shownText(taken)).toBe('Theirs');
    expect(changeOf(taken)).toBeNull();
  });

  it('a saved value that comes back to what the user saw ends the conflict', () => {
    const state = run('Old', { type: 'typed', text: 'Mine' }, { type: 'saved', value: 'Theirs' }, { type: 'saved', value: 'Old' });
    expect(state.theirs).toBeNull();
    expect(changeOf(state)).toEqual({ seen: 'Old', typed: 'Mine' });
  });

  it('a landed write becomes the saved value, even normalised, and its own echo is no conflict', () => {
    let state = run('Old', { type: 'typed', text: ' Mine ' }, { type: 'flush' });
    state = fieldReducer(state, { type: 'writing', text: ' Mine ' });
    state = fieldReducer(state, { type: 'saved', value: 'Mine' });
    state = fieldReducer(state, { type: 'written', stored: 'Mine' });
    expect(state).toMatchObject({ base: 'Mine', draft: null, theirs: null, writing: null });
    expect(fieldReducer(state, { type: 'saved', value: 'Mine' })).toEqual(state);
  });

  it('typing during a write is kept and written next, over the value the write stored', () => {
    let state = run('Old', { type: 'typed', text: 'Mi' }, { type: 'flush' }, { type: 'writing', text: 'Mi' });
    state = fieldReducer(state, { type: 'typed', text: 'Mine' });
    state = fieldReducer(state, { type: 'flush' });
    expect(nextWrite(state)).toBeNull();
    state = fieldReducer(state, { type: 'written', stored: 'Mi' });
    expect(nextWrite(state)).toEqual({ seen: 'Mi', typed: 'Mine' });
  });

  it('a refused write keeps the typing and shows what the field holds now', () => {
    const state = run('Old', { type: 'typed', text: 'Mine' }, { type: 'flush' }, { type: 'writing', text: 'Mine' }, { type: 'refused', current: 'Theirs' });
    expect(shownText(state)).toBe('Mine');
    expect(state.theirs).toBe('Theirs');
    expect(nextWrite(state)).toBeNull();
  });

  it('a failed write keeps the typing for another try, without retrying by itself', () => {
    let state = run('Old', { type: 'typed', text: 'Mine' }, { type: 'flush' }, { type: 'writing', text: 'Mine' }, { type: 'failed' });
    expect(shownText(state)).toBe('Mine');
    expect(nextWrite(state)).toBeNull();
    state = fieldReducer(state, { type: 'flush' });
    expect(nextWrite(state)).toEqual({ seen: 'Old', typed: 'Mine' });
  });

  it('a value changed elsewhere while its own write was under way is a conflict once the write lands', () => {
    let state = run('Old', { type: 'typed', text: 'Mine' }, { type: 'flush' }, { type: 'writing', text: 'Mine' });
    state = fieldReducer(state, { type: 'typed', text: 'Mine, more' });
    state = fieldReducer(state, { type: 'saved', value: 'Theirs' });
    state = fieldReducer(state, { type: 'written', stored: 'Mine' });
    expect(shownText(state)).toBe('Mine, more');
    expect(state.theirs).toBe('Theirs');
  });
});
