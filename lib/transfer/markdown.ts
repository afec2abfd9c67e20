/** "Copy as Markdown": postings as short notes for e-mails and notebooks. */
import { effectivePosting } from '../repository';
import type { SavedPosting } from '../schema';

/** Markdown's own characters in captured text would change the note's layout. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function toMarkdown(records: SavedPosting[]): string {
  return records
    .map((record) => {
      const posting = effectivePosting(record);
      const lines = [`## [${escape(posting.title ?? posting.url)}](${posting.url.replace(/[()\s]/g, encodeURIComponent)})`];
      const field = (label: string, value: string | null | undefined) => {
        if (value) lines.push(`- **${label}:** ${escape(value)}`);
      };
      field('Organisation', posting.organization);
      field('Reference', posting.reference);
      field('Place', [posting.location.city, posting.location.country].filter(Boolean).join(', ') + (posting.location.remote ? ' (home-based)' : ''));
      field('Deadline', posting.deadline.date ? [posting.deadline.date, posting.deadline.time, posting.deadline.timeZone].filter(Boolean).join(' ') : posting.deadline.raw);
      field('Contract', posting.contract.type);
      field('Duration', [posting.duration.days ? `${posting.duration.days} days` : null, posting.duration.months ? `${posting.duration.months} months` : null].filter(Boolean).join(' / '));
      field('Status', record.status + (record.tracking.appliedDate ? ` (applied ${record.tracking.appliedDate})` : ''));
      field('Tags', posting.tags.map((tag) => tag.label.en).join(', '));
      if (posting.apply.emails.length > 0) field('Apply to', posting.apply.emails.join(', ') + (posting.apply.subject ? ` — subject "${posting.apply.subject}"` : ''));
      if (record.tracking.notes) lines.push('', ...record.tracking.notes.split('\n').map((line) => `> ${escape(line)}`));
      return lines.join('\n');
    })
    .join('\n\n');
}
