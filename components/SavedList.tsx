import { startTransition, useEffect, useState } from 'react';
import { StatusOptions } from './options';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../lib/db';
import { effectivePosting, listByDeadline, type DeletedPosting } from '../lib/repository';
import { type SavedPosting, type Status } from '../lib/schema';
import { fold } from '../lib/text';
import { actions } from './actions';
import { UndoDelete } from './UndoDelete';
import { countdown, formatDeadline } from './deadline';
import { t } from './i18n';
import { countryLabel } from './labels';

export const FIRST_LIST_MARK = 'vacancy-clipper:first-list-render';

/**
 * Rows drawn in the first frame: more than a popup shows without scrolling. Building every row's
 * elements (a status selector each) was most of the popup's opening time; the others follow at once.
 */
const FIRST_FRAME_ROWS = 12;

/** Saved postings, nearest deadline first, live across the popup and the full page. */
export function SavedList({ limit, search = '' }: { limit?: number; search?: string }) {
  const all = useLiveQuery(() => listByDeadline(db, search ? undefined : limit), [limit, search !== '']);
  const [deleted, setDeleted] = useState<DeletedPosting[] | null>(null);
  const [allRows, setAllRows] = useState(false);
  const loaded = all !== undefined;
  useEffect(() => {
    if (!loaded) return;
    // The benchmark reads this mark: the time from opening to the first list on screen.
    if (performance.getEntriesByName(FIRST_LIST_MARK).length === 0) performance.mark(FIRST_LIST_MARK);
    startTransition(() => setAllRows(true));
  }, [loaded]);

  if (!all) return null;
  const words = fold(search).split(/\s+/).filter(Boolean);
  const postings = words.length === 0 ? all : all.filter((record) => {
    const shown = effectivePosting(record);
    const haystack = fold(`${shown.title ?? ''} ${shown.organization ?? ''} ${shown.location.city ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
  return (
    <section aria-label={t('savedPostings')}>
      <h2>{t('nextDeadlines')}</h2>
      {deleted && (
        <UndoDelete
          deleted={deleted}
          message={t('deleted', deleted.map(({ record }) => effectivePosting(record).title ?? record.canonicalUrl).join(', '))}
          onDone={() => setDeleted(null)}
        />
      )}
      {postings.length === 0 ? (
        <p className="empty">{t('noSaved')}</p>
      ) : (
        <ul className="saved-list" data-testid="saved-list">
          {(allRows ? postings : postings.slice(0, FIRST_FRAME_ROWS)).map((record) => (
            <SavedRow key={record.id} record={record} onDelete={async () => setDeleted(await actions.delete([record.id]))} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SavedRow({ record, onDelete }: { record: SavedPosting; onDelete(): void }) {
  const posting = effectivePosting(record);
  const { text, urgency } = countdown(record);
  return (
    <li className="saved-row" data-testid="saved-row" data-id={record.id}>
      <div className="saved-main">
        <a href={posting.url} target="_blank" rel="noreferrer noopener" className="saved-title">
          {posting.title ?? posting.url}
        </a>
        <span className="saved-meta">
          {[posting.organization, posting.location.country ? countryLabel(posting.location.country) : null].filter(Boolean).join(' · ')}
        </span>
        <span className="saved-deadline" data-testid="saved-deadline">
          {formatDeadline(posting)}
          {/* Without a deadline the date already says "No deadline": no countdown repeats it. */}
          {urgency !== 'none' && <> <span className={`countdown countdown-${urgency}`}>{text}</span></>}
        </span>
      </div>
      <div className="saved-actions">
        <label className="visually-hidden" htmlFor={`status-${record.id}`}>
          {t('status')}
        </label>
        <select
          id={`status-${record.id}`}
          data-testid="status-select"
          value={record.status}
          onChange={(event) => void actions.setStatus(record.id, event.target.value as Status)}
        >
          <StatusOptions />
        </select>
        <button className="delete" onClick={onDelete} aria-label={`${t('delete')}: ${posting.title ?? ''}`}>
          ✕
        </button>
      </div>
    </li>
  );
}
