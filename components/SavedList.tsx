import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../lib/db';
import { deletePosting, effectivePosting, listByDeadline, restorePosting, setStatus } from '../lib/repository';
import { STATUSES, type SavedPosting, type Status } from '../lib/schema';
import { countdown, formatDeadline } from './deadline';
import { t } from './i18n';
import { countryLabel } from './country';

/** Saved postings, nearest deadline first, live across the popup and the full page. */
export function SavedList({ limit }: { limit?: number }) {
  const postings = useLiveQuery(() => listByDeadline(db, limit), [limit]);
  const [deleted, setDeleted] = useState<SavedPosting | null>(null);

  if (!postings) return null;
  return (
    <section aria-label={t('savedPostings')}>
      <h2>{t('savedPostings')}</h2>
      {deleted && (
        <p className="undo" role="status">
          {t('deleted', effectivePosting(deleted).title ?? deleted.canonicalUrl)}{' '}
          <button
            onClick={async () => {
              await restorePosting(db, deleted);
              setDeleted(null);
            }}
          >
            {t('undo')}
          </button>
        </p>
      )}
      {postings.length === 0 ? (
        <p className="empty">{t('noSaved')}</p>
      ) : (
        <ul className="saved-list" data-testid="saved-list">
          {postings.map((record) => (
            <SavedRow key={record.id} record={record} onDelete={async () => setDeleted(await deletePosting(db, record.id))} />
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
          {formatDeadline(posting)} <span className={`countdown countdown-${urgency}`}>{text}</span>
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
          onChange={(event) => void setStatus(db, record.id, event.target.value as Status)}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status_${status}`)}
            </option>
          ))}
        </select>
        <button className="delete" onClick={onDelete} aria-label={`${t('delete')}: ${posting.title ?? ''}`}>
          ✕
        </button>
      </div>
    </li>
  );
}
