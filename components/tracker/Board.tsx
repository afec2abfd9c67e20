import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TrackerRow } from '../../lib/filters';
import { STATUSES, type Status } from '../../lib/schema';
import { actions } from '../actions';
import { countdown } from '../deadline';
import { t } from '../i18n';

/** Cards only for the first postings of a column: a board of 10,000 cards helps nobody. */
const CARDS_PER_COLUMN = 200;

/** One column per status. A card moves by drag and drop, or from the keyboard with ← and →. */
export function Board({ rows, onOpen }: { rows: TrackerRow[]; onOpen(id: string): void }) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<Status | null>(null);
  // The card that the keyboard moved: focus goes back to it once the live list shows it in its new column,
  // which happens after the write resolves, at a moment of the database's choosing.
  const keyboardMove = useRef<{ id: string; status: Status } | null>(null);

  useEffect(() => {
    const move = keyboardMove.current;
    if (!move) return;
    const card = document.querySelector<HTMLElement>(`[data-status="${move.status}"] [data-card-id="${move.id}"]`);
    if (!card) return;
    keyboardMove.current = null;
    card.focus();
  }, [rows]);

  const moveByKey = (event: KeyboardEvent, id: string, status: Status) => {
    const index = STATUSES.indexOf(status);
    const target = event.key === 'ArrowRight' ? STATUSES[index + 1] : event.key === 'ArrowLeft' ? STATUSES[index - 1] : undefined;
    if (event.key === 'Enter') onOpen(id);
    if (!target) return;
    event.preventDefault();
    keyboardMove.current = { id, status: target };
    void actions.setStatus(id, target);
  };

  return (
    <div className="board" data-testid="board">
      {STATUSES.map((status) => {
        const cards = rows.filter((row) => row.record.status === status);
        return (
          <section
            key={status}
            className={`board-column${over === status ? ' drop-target' : ''}`}
            aria-label={t(`status_${status}`)}
            data-status={status}
            onDragOver={(event) => {
              event.preventDefault();
              setOver(status);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(event) => {
              event.preventDefault();
              const id = dragged ?? event.dataTransfer.getData('text/plain');
              setOver(null);
              setDragged(null);
              if (id) void actions.setStatus(id, status);
            }}
          >
            <h2>
              {t(`status_${status}`)} <span className="count">{cards.length}</span>
            </h2>
            <ul>
              {cards.slice(0, CARDS_PER_COLUMN).map((row) => {
                const { text, urgency } = countdown(row.record);
                return (
                  <li
                    key={row.record.id}
                    className="card"
                    tabIndex={0}
                    draggable
                    data-card-id={row.record.id}
                    data-testid="board-card"
                    aria-label={`${row.title}. ${t('moveHint')}`}
                    onDragStart={(event) => {
                      setDragged(row.record.id);
                      event.dataTransfer.setData('text/plain', row.record.id);
                    }}
                    onKeyDown={(event) => moveByKey(event, row.record.id, status)}
                    onDoubleClick={() => onOpen(row.record.id)}
                  >
                    <strong>{row.title}</strong>
                    <span className="card-meta">{row.organization}</span>
                    <span className={`countdown countdown-${urgency}`}>{text}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
