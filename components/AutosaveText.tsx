import { useEffect, useRef, useState } from 'react';

const AUTOSAVE_DELAY_MS = 400;

/** A text input that writes after the user pauses, and when it loses focus. */
export function AutosaveText(props: { label: string; value: string; onSave(value: string): void; multiline?: boolean; name: string; type?: string; size?: number }) {
  const [draft, setDraft] = useState(props.value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The save of the latest render, for a timer set by an earlier one.
  const latest = useRef(props.onSave);
  useEffect(() => {
    latest.current = props.onSave;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  const change = (value: string) => {
    setDraft(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current(value), AUTOSAVE_DELAY_MS);
  };
  const flush = () => {
    clearTimeout(timer.current);
    if (draft !== props.value) latest.current(draft);
  };
  return (
    <label>
      {props.label}
      {props.multiline ? (
        <textarea name={props.name} value={draft} rows={5} onChange={(event) => change(event.target.value)} onBlur={flush} />
      ) : (
        <input name={props.name} type={props.type ?? 'text'} size={props.size} value={draft} onChange={(event) => change(event.target.value)} onBlur={flush} />
      )}
    </label>
  );
}
