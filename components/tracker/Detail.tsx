import { useState } from 'react';
import { StatusOptions, ContractOptions, EducationOptions } from '../options';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db';
import { instantOf } from '../../lib/extract/dates';
import { descriptionOf, effectivePosting } from '../../lib/repository';
import { type Contact, type ContractType, type EducationLevel, type SavedFile, type SavedPosting, type Status, type StoredPosting } from '../../lib/schema';
import { actions, userTag, type TrackingChange } from '../actions';
import { formatDeadline } from '../deadline';
import { t } from '../i18n';
import { TagList } from '../TagList';
import { FitDetails, useProfile } from '../Fit';
import { AutosaveText } from '../AutosaveText';

const FILE_TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

/** Opens the kept copy in a new tab, from this browser: it works when the site has taken the file down. */
function openFile(file: SavedFile): void {
  const address = URL.createObjectURL(new Blob([file.bytes], { type: FILE_TYPES[file.kind] }));
  window.open(address, '_blank', 'noopener');
  // The new tab has loaded the address by then; the page must not hold 20 MB for nothing.
  setTimeout(() => URL.revokeObjectURL(address), 60_000);
}

const nullable = (value: string) => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: string) => (value.trim() === '' || Number.isNaN(Number(value)) ? null : Number(value));

export function Detail({ record, onClose, onDelete }: { record: SavedPosting; onClose(): void; onDelete(): void }) {
  const posting = effectivePosting(record);
  const description = useLiveQuery(() => descriptionOf(db, record.id), [record.id]);
  const [newTag, setNewTag] = useState('');
  const profile = useProfile();
  const file = useLiveQuery(() => db.files.get(record.id), [record.id]);
  const edit = (change: Partial<StoredPosting>) => void actions.editFields(record.id, change);
  const track = (change: TrackingChange) => void actions.updateTracking(record.id, change);
  const setDeadline = (change: Partial<StoredPosting['deadline']>) => {
    const next = { ...posting.deadline, ...change, unparsed: false };
    edit({ deadline: { ...next, instant: next.date ? instantOf(next.date, next.time, next.timeZone) : null } });
  };
  const contacts = record.tracking.contacts;
  const setContact = (index: number, change: Partial<Contact>) => track({ contacts: contacts.map((contact, at) => (at === index ? { ...contact, ...change } : contact)) });

  return (
    <aside className="detail" aria-label={posting.title ?? posting.url} data-testid="detail">
      <header>
        <h2>{posting.title ?? posting.url}</h2>
        <button onClick={onClose} aria-label={t('close')}>
          ✕
        </button>
      </header>
      <p>
        <a href={posting.url} target="_blank" rel="noreferrer noopener">
          {posting.url}
        </a>
      </p>
      {file && (
        <p>
          <button data-testid="open-file" onClick={() => openFile(file)}>
            {t('openSavedFile', file.fileName)}
          </button>
        </p>
      )}

      <fieldset>
        <legend>{t('tracking')}</legend>
        <div className="row">
          <label>
            {t('status')}
            <select name="status" value={record.status} onChange={(event) => void actions.setStatus(record.id, event.target.value as Status)}>
              <StatusOptions />
            </select>
          </label>
          <label className="inline">
            <input type="checkbox" name="starred" checked={record.tracking.starred} onChange={(event) => track({ starred: event.target.checked })} />
            {t('starred')}
          </label>
        </div>
        <div className="row">
          <label>
            {t('appliedDate')}
            <input type="date" name="applied-date" value={record.tracking.appliedDate ?? ''} onChange={(event) => track({ appliedDate: event.target.value || null })} />
          </label>
          <label>
            {t('followUpDate')}
            <input type="date" name="follow-up-date" value={record.tracking.followUpDate ?? ''} onChange={(event) => track({ followUpDate: event.target.value || null })} />
          </label>
        </div>
        <ol className="history" aria-label={t('history')}>
          {record.tracking.statusHistory.map((change) => (
            <li key={change.at + change.status}>
              {t(`status_${change.status}`)} — {new Date(change.at).toLocaleString()}
            </li>
          ))}
        </ol>
        <AutosaveText name="notes" label={t('notes')} value={record.tracking.notes} onSave={(notes) => track({ notes })} multiline />
        <AutosaveText name="sent-cv" label={t('sentCv')} value={record.tracking.sent.cv} onSave={(cv) => track({ sent: { ...record.tracking.sent, cv } })} />
        <AutosaveText name="sent-letter" label={t('sentLetter')} value={record.tracking.sent.coverLetter} onSave={(coverLetter) => track({ sent: { ...record.tracking.sent, coverLetter } })} />
        <h3>{t('contacts')}</h3>
        {contacts.map((contact, index) => (
          <div className="row" key={index}>
            <AutosaveText name={`contact-name-${index}`} label={t('contactName')} value={contact.name} onSave={(name) => setContact(index, { name })} />
            <AutosaveText name={`contact-email-${index}`} label={t('contactEmail')} type="email" value={contact.email} onSave={(email) => setContact(index, { email })} />
            <AutosaveText name={`contact-role-${index}`} label={t('contactRole')} value={contact.role} onSave={(role) => setContact(index, { role })} />
            <button onClick={() => track({ contacts: contacts.filter((_, at) => at !== index) })} aria-label={t('delete')}>
              ✕
            </button>
          </div>
        ))}
        <button onClick={() => track({ contacts: [...contacts, { name: '', email: '', role: '' }] })}>{t('addContact')}</button>
      </fieldset>

      {profile && (
        <FitDetails
          requirements={posting.requirements}
          tagIds={posting.tags.map((tag) => tag.id)}
          contract={posting.contract.type}
          grids={posting.selectionGrids}
          profile={profile}
          gridChecks={record.tracking.gridChecks}
          onToggleCriterion={(key) => void actions.toggleCriterion(record.id, key)}
        />
      )}

      <fieldset>
        <legend>{t('extracted')}</legend>
        <AutosaveText name="title" label={t('fieldTitle')} value={posting.title ?? ''} onSave={(value) => edit({ title: nullable(value) })} />
        <AutosaveText name="organization" label={t('fieldOrganization')} value={posting.organization ?? ''} onSave={(value) => edit({ organization: nullable(value) })} />
        <AutosaveText name="reference" label={t('fieldReference')} value={posting.reference ?? ''} onSave={(value) => edit({ reference: nullable(value) })} />
        <div className="row">
          <AutosaveText
            name="country"
            label={t('fieldCountry')}
            value={posting.location.country ?? ''}
            onSave={(value) => edit({ location: { ...posting.location, country: /^[A-Za-z]{2}$/.test(value.trim()) ? value.trim().toUpperCase() : null } })}
          />
          <AutosaveText name="city" label={t('fieldCity')} value={posting.location.city ?? ''} onSave={(value) => edit({ location: { ...posting.location, city: nullable(value) } })} />
          <label className="inline">
            <input type="checkbox" name="remote" checked={posting.location.remote} onChange={(event) => edit({ location: { ...posting.location, remote: event.target.checked } })} />
            {t('remote')}
          </label>
        </div>
        <div className="row">
          <label>
            {t('fieldDeadline')}
            <input type="date" name="deadline" value={posting.deadline.date ?? ''} onChange={(event) => setDeadline({ date: event.target.value || null })} />
          </label>
          <label>
            {t('fieldTime')}
            <input type="time" name="deadline-time" value={posting.deadline.time ?? ''} onChange={(event) => setDeadline({ time: event.target.value || null })} />
          </label>
          <AutosaveText name="timezone" label={t('fieldTimeZone')} value={posting.deadline.timeZone ?? ''} onSave={(value) => setDeadline({ timeZone: nullable(value) })} />
        </div>
        <p className="deadline-text">{formatDeadline(posting)}</p>
        <div className="row">
          <label>
            {t('fieldContract')}
            <select name="contract" value={posting.contract.type ?? ''} onChange={(event) => edit({ contract: { ...posting.contract, type: (event.target.value || null) as ContractType | null } })}>
              <option value="">{t('unknown')}</option>
              <ContractOptions />
            </select>
          </label>
          <AutosaveText name="duration-days" label={t('durationDays')} type="number" value={posting.duration.days?.toString() ?? ''} onSave={(value) => edit({ duration: { ...posting.duration, days: numberOrNull(value) } })} />
          <AutosaveText name="duration-months" label={t('durationMonths')} type="number" value={posting.duration.months?.toString() ?? ''} onSave={(value) => edit({ duration: { ...posting.duration, months: numberOrNull(value) } })} />
        </div>
        <div className="row">
          <AutosaveText name="experience" label={t('experienceYears')} type="number" value={posting.experienceYears?.toString() ?? ''} onSave={(value) => edit({ experienceYears: numberOrNull(value) })} />
          <label>
            {t('education')}
            <select name="education" value={posting.education.level ?? ''} onChange={(event) => edit({ education: { ...posting.education, level: (event.target.value || null) as EducationLevel | null } })}>
              <option value="">{t('unknown')}</option>
              <EducationOptions />
            </select>
          </label>
        </div>
        <AutosaveText name="apply-emails" label={t('applyEmails')} value={posting.apply.emails.join(', ')} onSave={(value) => edit({ apply: { ...posting.apply, emails: value.split(/[\s,;]+/).filter(Boolean) } })} />
        <AutosaveText name="apply-subject" label={t('applySubject')} value={posting.apply.subject ?? ''} onSave={(value) => edit({ apply: { ...posting.apply, subject: nullable(value) } })} />
        <AutosaveText name="apply-url" label={t('applyUrl')} value={posting.apply.url ?? ''} onSave={(value) => edit({ apply: { ...posting.apply, url: nullable(value) } })} />
        {posting.languages.length > 0 && (
          <p>
            {t('languages')}: {posting.languages.map((language) => `${language.code.toUpperCase()}${language.level ? ` ${language.level}` : ''}${language.required ? '' : ` (${t('asset')})`}`).join(', ')}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('tags')}</legend>
        <TagList tags={posting.tags} onRemove={(tagId) => void actions.removeTag(record.id, tagId)} />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (newTag.trim()) void actions.addTag([record.id], userTag(newTag.trim()));
            setNewTag('');
          }}
        >
          <label>
            {t('addTag')}
            <input name="new-tag" value={newTag} onChange={(event) => setNewTag(event.target.value)} />
          </label>
        </form>
      </fieldset>

      <details>
        <summary>{t('description')}</summary>
        {/* Captured text is shown as text, never as HTML. */}
        <div className="description">{description ?? ''}</div>
      </details>
      <button className="danger" onClick={onDelete}>
        {t('delete')}
      </button>
    </aside>
  );
}
