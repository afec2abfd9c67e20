import { useState } from 'react';
import { StatusOptions, ContractOptions, EducationOptions, CountryOptions } from '../options';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db';
import { descriptionOf, effectivePosting } from '../../lib/repository';
import { postingField } from '../../lib/posting-fields';
import { type SavedFile, type SavedPosting, type Status } from '../../lib/schema';
import { actions, userTag } from '../actions';
import { formatDeadline, formatInstant } from '../deadline';
import { t, uiLocale } from '../i18n';
import { fileSize } from '../words';
import { TagList } from '../TagList';
import { FitDetails, useProfile } from '../Fit';
import { EditableText } from '../EditableText';

const FILE_TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

/** Opens the kept copy in a new tab, from this browser: it works when the site has taken the file down. */
function openFile(file: SavedFile): void {
  const address = URL.createObjectURL(new Blob([file.bytes], { type: FILE_TYPES[file.kind] }));
  window.open(address, '_blank', 'noopener');
  // The new tab has loaded the address by then; the page must not hold 20 MB for nothing.
  setTimeout(() => URL.revokeObjectURL(address), 60_000);
}

/** A text field of the posting, by its name in lib/posting-fields.ts. */
function PostingText({ record, name, ...input }: { record: SavedPosting; name: string; label: string; multiline?: boolean; type?: string }) {
  return <EditableText name={name} value={postingField(name).read(record)} write={(change) => actions.writeField(record.id, name, change)} {...input} />;
}

export function Detail({ record, onClose, onDelete }: { record: SavedPosting; onClose(): void; onDelete(): void }) {
  const posting = effectivePosting(record);
  const description = useLiveQuery(() => descriptionOf(db, record.id), [record.id]);
  const [newTag, setNewTag] = useState('');
  const profile = useProfile();
  const file = useLiveQuery(() => db.files.get(record.id), [record.id]);
  /** A choice (select, checkbox, date): written over the value shown, which is live, so a refusal only means it moved. */
  const choose = (name: string, typed: string) => void actions.writeField(record.id, name, { seen: postingField(name).read(record), typed });
  const contacts = record.tracking.contacts;

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
            {t('openSavedFile', file.fileName, fileSize(file.bytes.byteLength, uiLocale()))}
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
            <input type="checkbox" name="starred" checked={record.tracking.starred} onChange={(event) => choose('starred', String(event.target.checked))} />
            {t('starred')}
          </label>
        </div>
        <div className="row">
          <label>
            {t('appliedDate')}
            <input type="date" name="applied-date" value={record.tracking.appliedDate ?? ''} onChange={(event) => choose('applied-date', event.target.value)} />
          </label>
          <label>
            {t('followUpDate')}
            <input type="date" name="follow-up-date" value={record.tracking.followUpDate ?? ''} onChange={(event) => choose('follow-up-date', event.target.value)} />
          </label>
        </div>
        <ol className="history" aria-label={t('history')}>
          {record.tracking.statusHistory.map((change) => (
            <li key={change.at + change.status}>
              {t(`status_${change.status}`)} — {formatInstant(change.at)}
            </li>
          ))}
        </ol>
        <PostingText record={record} name="notes" label={t('notes')} multiline />
        <PostingText record={record} name="sent-cv" label={t('sentCv')} />
        <PostingText record={record} name="sent-letter" label={t('sentLetter')} />
        <h3>{t('contacts')}</h3>
        {contacts.map((contact, index) => (
          <div className="row" key={index}>
            <PostingText record={record} name={`contact-name-${index}`} label={t('contactName')} />
            <PostingText record={record} name={`contact-email-${index}`} label={t('contactEmail')} type="email" />
            <PostingText record={record} name={`contact-role-${index}`} label={t('contactRole')} />
            <button onClick={() => void actions.removeContact(record.id, index, contact)} aria-label={t('delete')}>
              ✕
            </button>
          </div>
        ))}
        <button onClick={() => void actions.addContact(record.id)}>{t('addContact')}</button>
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
        <PostingText record={record} name="title" label={t('fieldTitle')} />
        <PostingText record={record} name="organization" label={t('fieldOrganization')} />
        <PostingText record={record} name="reference" label={t('fieldReference')} />
        <div className="row">
          <label>
            {t('fieldCountry')}
            <select name="country" value={posting.location.country ?? ''} onChange={(event) => choose('country', event.target.value)}>
              <CountryOptions current={posting.location.country ?? ''} />
            </select>
          </label>
          <PostingText record={record} name="city" label={t('fieldCity')} />
          <label className="inline">
            <input type="checkbox" name="remote" checked={posting.location.remote} onChange={(event) => choose('remote', String(event.target.checked))} />
            {t('remote')}
          </label>
        </div>
        <div className="row">
          <label>
            {t('fieldDeadline')}
            <input type="date" name="deadline" value={posting.deadline.date ?? ''} onChange={(event) => choose('deadline', event.target.value)} />
          </label>
          <label>
            {t('fieldTime')}
            <input type="time" name="deadline-time" value={posting.deadline.time ?? ''} onChange={(event) => choose('deadline-time', event.target.value)} />
          </label>
          <PostingText record={record} name="timezone" label={t('fieldTimeZone')} />
        </div>
        <p className="deadline-text">{formatDeadline(posting)}</p>
        <div className="row">
          <label>
            {t('fieldContract')}
            <select name="contract" value={posting.contract.type ?? ''} onChange={(event) => choose('contract', event.target.value)}>
              <option value="">{t('unknown')}</option>
              <ContractOptions />
            </select>
          </label>
          <PostingText record={record} name="duration-days" label={t('durationDays')} type="number" />
          <PostingText record={record} name="duration-months" label={t('durationMonths')} type="number" />
        </div>
        <div className="row">
          <PostingText record={record} name="experience" label={t('experienceYears')} type="number" />
          <label>
            {t('education')}
            <select name="education" value={posting.education.level ?? ''} onChange={(event) => choose('education', event.target.value)}>
              <option value="">{t('unknown')}</option>
              <EducationOptions />
            </select>
          </label>
        </div>
        <PostingText record={record} name="apply-emails" label={t('applyEmails')} />
        <PostingText record={record} name="apply-subject" label={t('applySubject')} />
        <PostingText record={record} name="apply-url" label={t('applyUrl')} />
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
