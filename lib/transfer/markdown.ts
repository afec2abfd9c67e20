/** "Copy as Markdown": postings as short notes for e-mails and notebooks. */
import { effectivePosting } from '../repository';
import type { SavedPosting, Tag } from '../schema';

/**
 * The interface's words for an export: `t` gives a message of the locale files by key (components/i18n.ts),
 * `tag` a tag's name; lib/ names keys, never words.
 */
export interface ExportWords {
  t(key: string, ...substitutions: Array<string | number>): string;
  tag(tag: Tag): string;
}

/** Markdown's own characters in captured text would change the note's layout. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function toMarkdown(records: SavedPosting[], { t, tag: tagName }: ExportWords): string {
  return records
    .map((record) => {
      const posting = effectivePosting(record);
      const lines = [`## [${escape(posting.title ?? posting.url)}](${posting.url.replace(/[()\s]/g, encodeURIComponent)})`];
      const field = (label: string, value: string | null | undefined) => {
        if (value) lines.push(`- **${label}:** ${escape(value)}`);
      };
      field(t('fieldOrganization'), posting.organization);
      field(t('fieldReference'), posting.reference);
      field(t('place'), [posting.location.city, posting.location.country].filter(Boolean).join(', ') + (posting.location.remote ? ` (${t('remote')})` : ''));
      field(t('fieldDeadline'), posting.deadline.date ? [posting.deadline.date, posting.deadline.time, posting.deadline.timeZone].filter(Boolean).join(' ') : posting.deadline.raw);
      field(t('fieldContract'), posting.contract.type && t(`contract_${posting.contract.type}`));
      field(t('fieldDuration'), [posting.duration.days ? t('days', posting.duration.days) : null, posting.duration.months ? t('months', posting.duration.months) : null].filter(Boolean).join(' / '));
      field(t('status'), t(`status_${record.status}`) + (record.tracking.appliedDate ? ` (${t('appliedDate')} ${record.tracking.appliedDate})` : ''));
      field(t('tags'), posting.tags.map(tagName).join(', '));
      if (posting.apply.emails.length > 0) field(t('applyEmails'), posting.apply.emails.join(', ') + (posting.apply.subject ? ` — ${t('applySubject')} “${posting.apply.subject}”` : ''));
      if (record.tracking.notes) lines.push('', ...record.tracking.notes.split('\n').map((line) => `> ${escape(line)}`));
      return lines.join('\n');
    })
    .join('\n\n');
}
