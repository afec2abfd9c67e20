import { useState } from 'react';
import { ContractOptions } from './options';
import { type ContractType, type Posting, type PostingEdits, type SavedPosting } from '../lib/schema';
import { instantOf } from '../lib/extract/dates';
import { formatDeadline } from './deadline';
import { t } from './i18n';
import { TagList } from './TagList';
import { FitDetails, useProfile } from './Fit';

interface Props {
  posting: Posting;
  saved: SavedPosting | null;
  notAPosting: string | null;
  onSave(edits: PostingEdits): Promise<void>;
}

/** The extracted fields of the current page, each correctable before saving. */
export function PostingPreview({ posting, saved, notAPosting, onSave }: Props) {
  const [edits, setEdits] = useState<PostingEdits>(saved?.edits ?? {});
  const [saving, setSaving] = useState(false);
  const profile = useProfile();
  const shown = { ...posting, ...edits };

  const editText = (field: 'title' | 'organization' | 'reference') => (value: string) => setEdits({ ...edits, [field]: value.trim() || null });
  const editLocation = (change: Partial<Posting['location']>) => setEdits({ ...edits, location: { ...shown.location, ...change } });
  const editDeadline = (change: Partial<Posting['deadline']>) => {
    const next = { ...shown.deadline, ...change, unparsed: false };
    setEdits({ ...edits, deadline: { ...next, instant: next.date ? instantOf(next.date, next.time, next.timeZone) : null } });
  };

  return (
    <section className="preview" aria-label={t('thisPage')}>
      {notAPosting && (
        <p className="notice" role="status">
          <strong>{t('notAPosting')}.</strong> {notAPosting}
        </p>
      )}
      {saved && <p className="saved-note">{t('alreadySaved', t(`status_${saved.status}`))}</p>}
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setSaving(true);
          try {
            await onSave(edits);
          } finally {
            setSaving(false);
          }
        }}
      >
        <Field label={t('fieldTitle')} value={shown.title} onChange={editText('title')} name="title" />
        <Field label={t('fieldOrganization')} value={shown.organization} onChange={editText('organization')} name="organization" />
        <div className="row">
          <Field label={t('fieldReference')} value={shown.reference} onChange={editText('reference')} name="reference" />
          <Field label={t('fieldCountry')} value={shown.location.country} onChange={(value) => editLocation({ country: /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : null })} name="country" size={3} />
          <Field label={t('fieldCity')} value={shown.location.city} onChange={(value) => editLocation({ city: value.trim() || null })} name="city" />
        </div>
        <div className="row">
          <label>
            {t('fieldDeadline')}
            <input type="date" name="deadline" value={shown.deadline.date ?? ''} onChange={(event) => editDeadline({ date: event.target.value || null })} />
          </label>
          <label>
            {t('fieldTime')}
            <input type="time" name="deadline-time" value={shown.deadline.time ?? ''} onChange={(event) => editDeadline({ time: event.target.value || null })} />
          </label>
          <Field label={t('fieldTimeZone')} value={shown.deadline.timeZone} onChange={(value) => editDeadline({ timeZone: value.trim() || null })} name="timezone" />
        </div>
        <p className="deadline-text" data-testid="preview-deadline">
          {formatDeadline(shown)}
          {shown.deadline.unparsed && <span className="warning"> ⚠ {shown.deadline.raw}</span>}
        </p>
        <div className="row">
          <label>
            {t('fieldContract')}
            <select
              name="contract"
              value={shown.contract.type ?? ''}
              onChange={(event) => setEdits({ ...edits, contract: { ...shown.contract, type: (event.target.value || null) as ContractType | null } })}
            >
              <option value="">{t('unknown')}</option>
              <ContractOptions />
            </select>
          </label>
          <p className="duration">
            {t('fieldDuration')}: {durationText(shown.duration)}
          </p>
        </div>
        {posting.tags.length > 0 && <TagList tags={posting.tags} />}
        {profile && (
          <FitDetails folded requirements={posting.requirements} tagIds={posting.tags.map((tag) => tag.id)} contract={shown.contract.type} grids={posting.selectionGrids} profile={profile} />
        )}
        {posting.warnings.length > 0 && (
          <ul className="warnings" aria-label={t('warnings')}>
            {posting.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
        <button type="submit" className="primary" disabled={saving} data-testid="save-posting">
          {saved ? t('updatePosting') : notAPosting ? t('saveAnyway') : t('savePosting')}
        </button>
      </form>
    </section>
  );
}

export function durationText(duration: Posting['duration']): string {
  const parts = [duration.days !== null ? t('days', duration.days) : null, duration.months !== null ? t('months', duration.months) : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' / ') : (duration.raw ?? t('unknown'));
}

function Field(props: { label: string; value: string | null; onChange(value: string): void; name: string; size?: number }) {
  return (
    <label>
      {props.label}
      <input name={props.name} value={props.value ?? ''} size={props.size} onChange={(event) => props.onChange(event.target.value)} />
    </label>
  );
}
