import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { changeOf, fieldReducer, initialFieldState, nextWrite, shownText, type FieldState, type PendingWrite, type WriteOutcome } from '../lib/field-state';
import { sayError, t } from './i18n';

const AUTOSAVE_DELAY_MS = 400;

/**
 * One editable field's state over its saved value (lib/field-state.ts). With `write`, the field saves
 * itself when the user pauses or leaves it; without, its owner collects changeOf(state) (the popup's form).
 */
export function useEditableField(saved: string, write?: (change: PendingWrite) => Promise<WriteOutcome>) {
  const [state, dispatch] = useReducer(fieldReducer, saved, initialFieldState);
  const [error, setError] = useState<string | null>(null);
  // The latest write and state, for the write started from an effect and the one left at unmount.
  const writeRef = useRef(write);
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    writeRef.current = write;
    stateRef.current = state;
  });

  useEffect(() => dispatch({ type: 'saved', value: saved }), [saved]);

  const run = (change: PendingWrite) => {
    const writer = writeRef.current;
    if (!writer) return;
    dispatch({ type: 'writing', text: change.typed });
    writer(change).then(
      (outcome) => {
        setError(null);
        dispatch(outcome.written ? { type: 'written', stored: outcome.stored } : { type: 'refused', current: outcome.current });
      },
      (failure: unknown) => {
        setError(sayError(failure));
        dispatch({ type: 'failed' });
      },
    );
  };

  const pending = write ? nextWrite(state) : null;
  useEffect(() => {
    if (pending) run(pending);
    // Keyed by the change itself: the same change is not started twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending?.seen, pending?.typed]);

  // Typing that has not reached its pause when the field goes away (the pane closes) is still saved.
  useEffect(
    () => () => {
      const left = stateRef.current.writing === null ? changeOf(stateRef.current) : null;
      if (left) void writeRef.current?.(left).catch(() => undefined);
    },
    [],
  );

  return { state, dispatch, error };
}

/** "Changed elsewhere — keep mine / take theirs": the user settles it; nothing is overwritten meanwhile. */
export function ConflictChoice({ state, onChoose }: { state: FieldState; onChoose(choice: 'keepMine' | 'takeTheirs'): void }) {
  if (state.theirs === null) return null;
  return (
    <span className="conflict" role="alert" data-testid="conflict">
      {t('changedElsewhere', state.theirs === '' ? t('emptyValue') : state.theirs)}{' '}
      <button type="button" data-testid="keep-mine" onClick={() => onChoose('keepMine')}>
        {t('keepMine')}
      </button>{' '}
      <button type="button" data-testid="take-theirs" onClick={() => onChoose('takeTheirs')}>
        {t('takeTheirs')}
      </button>
    </span>
  );
}

interface InputProps {
  label: string;
  name: string;
  multiline?: boolean;
  type?: string;
  size?: number;
}

/** The input of an editable field, its conflict choice and its error. */
export function EditableInput({ field, ...props }: InputProps & { field: ReturnType<typeof useEditableField> }) {
  const { state, dispatch, error } = field;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const change = (text: string) => {
    dispatch({ type: 'typed', text });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => dispatch({ type: 'flush' }), AUTOSAVE_DELAY_MS);
  };
  const flush = () => {
    clearTimeout(timer.current);
    dispatch({ type: 'flush' });
  };
  const common = { name: props.name, value: shownText(state), onBlur: flush, 'aria-invalid': state.theirs !== null || undefined };
  return (
    <label>
      {props.label}
      {props.multiline ? (
        <textarea {...common} rows={5} onChange={(event) => change(event.target.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} size={props.size} onChange={(event) => change(event.target.value)} />
      )}
      <ConflictChoice state={state} onChoose={(choice) => dispatch({ type: choice })} />
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/** A text field that saves itself when the user pauses or leaves it, only what they changed, only over what they saw. */
export function EditableText(props: InputProps & { value: string; write(change: PendingWrite): Promise<WriteOutcome> }) {
  const field = useEditableField(props.value, props.write);
  return <EditableInput field={field} {...props} />;
}
