/**
 * Deadlines and follow-up dates as iCalendar events (the ics library writes the format). UIDs are
 * stable per posting, so re-importing an export updates the calendar's events instead of doubling them.
 */
import { createEvents, type EventAttributes } from 'ics';
import { NO_DEADLINE, effectivePosting } from '../repository';
import type { SavedPosting } from '../schema';
import type { ExportWords } from './markdown';
import { NoticeError, notice } from '../notice';

const UID_DOMAIN = 'vacancy-clipper.local';

function dateParts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

function nextDay(date: string): [number, number, number] {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

export function toCalendar(records: SavedPosting[], leadDays: number[], { t }: Pick<ExportWords, 't'>): string {
  const events: EventAttributes[] = [];
  for (const record of records) {
    const posting = effectivePosting(record);
    const title = posting.title ?? posting.url;
    const description = [posting.organization, posting.deadline.raw ? t('calendarAsWritten', posting.deadline.raw) : null, posting.url].filter(Boolean).join('\n');
    const alarms = leadDays.map((days) => ({ action: 'display' as const, description: t('calendarDeadlineIn', days, title), trigger: { days, before: true } }));
    if (record.deadlineAt !== NO_DEADLINE && posting.deadline.date) {
      const common = { uid: `${record.id}-deadline@${UID_DOMAIN}`, title: t('calendarDeadline', title), description, url: /^https?:/.test(posting.url) ? posting.url : undefined, alarms, calName: 'Vacancy Clipper' };
      // A stated time and zone give an instant (written in UTC, so no zone table is needed); a bare date is an all-day event.
      events.push(
        posting.deadline.instant
          ? { ...common, start: Date.parse(posting.deadline.instant), startInputType: 'utc', startOutputType: 'utc', duration: { minutes: 30 } }
          : { ...common, start: dateParts(posting.deadline.date), end: nextDay(posting.deadline.date) },
      );
    }
    if (record.tracking.followUpDate) {
      events.push({
        uid: `${record.id}-follow-up@${UID_DOMAIN}`,
        title: t('calendarFollowUp', title),
        description,
        start: dateParts(record.tracking.followUpDate),
        end: nextDay(record.tracking.followUpDate),
        alarms: [{ action: 'display', description: t('calendarFollowUp', title), trigger: { hours: 0, before: true } }],
      });
    }
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw new NoticeError(notice('errorCalendar', { detail: error?.message ?? '' }));
  return value;
}
