import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ContractOptions, CountryOptions } from './options';
import { db } from '../lib/db';
import { changeOf, shownText } from '../lib/field-state';
import type { TypedChange } from '../lib/messages';
import type { Notice } from '../lib/notice';
import { postingField } from '../lib/posting-fields';
import { effectivePosting, findByCanonicalUrl } from '../lib/repository';
import { emptyTracking, type Posting, type SavedPosting } from '../lib/schema';
import { ConflictChoice, EditableInput, useEditableField } from './EditableText';
import { formatDeadline } from './deadline';
import { say, t } from './i18n';
import { TagList } from './TagList';
import { FitDetails, useProfile } from './Fit';

interface Props {
  posting: Posting;
  saved: SavedPosting | null;
  notAPosting: Notice | null;
  onSave(changes: TypedChange[]): Promise<Array<{ name: string; current: string }>>;
}

/** What the popup shows before the user types: the fresh extraction under what they saved before (live). */
function candidateOf(posting: Posting, saved: SavedPosting | null | undefined): SavedPosting {
  const { description: _description, ...extracted } = posting;
  if (saved) return { ...saved, extracted };
  const at = new Date(0).toISOString();
  return { id: '', canonicalUrl: posting.canonicalUrl, extracted, edits: {}, userTags: [], tracking: emptyTracking(at), capturedAt: at, updatedAt: at, status: 'saved', deadlineAt: '', organization: '', tagIds: [] };
}

/** The extracted fields of the current page, each correctable before saving. */
export function PostingPreview({ posting, saved: savedAtOpening, notAPosting, onSave }: Props) {
  const live = useLiveQuery(async () => (await findByCanonicalUrl(db, posting.canonicalUrl)) ?? null, [posting.canonicalUrl]);
  const saved = live === undefined ? savedAtOpening : live;
  const candidate = candidateOf(posting, saved);
  const useField = (name: string) => useEditableField(postingField(name).read(candidate));
  // One editable field per input, in a fixed order (they are hooks); named as in lib/posting-fields.ts.
  const fields = {
    title: useField('title'),
    organization: useField('organization'),
    reference: useField('reference'),
    country: useField('country'),
    city: useField('city'),
    deadline: useField('deadline'),
    'deadline-time': useField('deadline-time'),
    timezone: useField('timezone'),
    contract: useField('contract'),
  };
  const [saving, setSaving] = useState(false);
  const profile = useProfile();
  const changes = Object.entries(fields).flatMap(([name, field]) => {
    const change = changeOf(field.state);
    return change ? [{ name, ...change }] : [];
  });
  const conflicts = Object.values(fields).some((field) => field.state.theirs !== null);
  const shown = effectivePosting(changes.reduce((record, { name, typed }) => postingField(name).apply(record, typed), candidate));
  const choice = (name: keyof typeof fields) => ({
    name,
    value: shownText(fields[name].state),
    onChange: (event: { target: { value: string } }) => fields[name].dispatch({ type: 'typed', text: event.target.value }),
  });

  return (
    <section className="preview" aria-label={t('thisPage')}>
      {notAPosting && (
        <p className="notice" role="status">
          <strong>{t('notAPosting')}.</strong> {say(notAPosting)}
        </p>
      )}
      {saved && <p className="saved-note">{t('alreadySaved', t(`status_${saved.status}`))}</p>}
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setSaving(true);
          try {
            for (const { name, current } of await onSave(changes)) fields[name as keyof typeof fields]?.dispatch({ type: 'refused', current });
          } finally {
            setSaving(false);
          }
        }}
      >
        <EditableInput label={t('fieldTitle')} name="title" field={fields.title} />
        <EditableInput label={t('fieldOrganization')} name="organization" field={fields.organization} />
        <div className="row">
          <EditableInput label={t('fieldReference')} name="reference" field={fields.reference} />
          <label>
            {t('fieldCountry')}
            <select {...choice('country')}>
              <CountryOptions current={shownText(fields.country.state)} />
            </select>
            <ConflictChoice state={fields.country.state} onChoose={(chosen) => fields.country.dispatch({ type: chosen })} />
          </label>
          <EditableInput label={t('fieldCity')} name="city" field={fields.city} />
        </div>
        <div className="row">
          <EditableInput label={t('fieldDeadline')} name="deadline" type="date" field={fields.deadline} />
          <EditableInput label={t('fieldTime')} name="deadline-time" type="time" field={fields['deadline-time']} />
          <EditableInput label={t('fieldTimeZone')} name="timezone" field={fields.timezone} />
        </div>
        <p className="deadline-text" data-testid="preview-deadline">
          {formatDeadline(shown)}
          {shown.deadline.unparsed && <span className="warning"> ⚠ {shown.deadline.raw}</span>}
        </p>
        <div className="row">
          <label>
            {t('fieldContract')}
            <select {...choice('contract')}>
              <option value="">{t('unknown')}</option>
              <ContractOptions />
            </select>
            <ConflictChoice state={fields.contract.state} onChoose={(chosen) => fields.contract.dispatch({ type: chosen })} />
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
            {posting.warnings.map((warning, index) => (
              <li key={index}>{say(warning)}</li>
            ))}
          </ul>
        )}
        <button type="submit" className="primary" disabled={saving || conflicts} data-testid="save-posting">
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
