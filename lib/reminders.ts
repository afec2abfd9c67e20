/**
 * Deadline reminders and the toolbar count, as pure functions of the saved postings and the clock.
 * The background turns the plan into browser alarms; alarms do not survive every restart, so the
 * plan is recomputed from the database at startup and after each change.
 */
import type { SavedPosting } from './schema';
import { NO_DEADLINE, OPEN_STATUSES, effectivePosting } from './repository';

export const DEFAULT_LEAD_DAYS = [3, 1];
export const BADGE_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;
export const REMINDER_PREFIX = 'deadline:';

export interface PlannedReminder {
  /** Alarm name: deadline:<posting id>:<lead days>. */
  name: string;
  postingId: string;
  leadDays: number;
  when: number;
}

/** The instant a deadline falls, in the deadline's own zone when known (deadlineAt holds it). */
function deadlineTime(record: SavedPosting): number | null {
  return record.deadlineAt === NO_DEADLINE ? null : Date.parse(record.deadlineAt);
}

export function planReminders(records: SavedPosting[], leadDays: number[], now: number): PlannedReminder[] {
  const planned: PlannedReminder[] = [];
  for (const record of records) {
    if (!OPEN_STATUSES.includes(record.status)) continue;
    const deadline = deadlineTime(record);
    if (deadline === null || deadline <= now) continue;
    for (const lead of leadDays) {
      const when = deadline - lead * DAY_MS;
      if (when > now) planned.push({ name: `${REMINDER_PREFIX}${record.id}:${lead}`, postingId: record.id, leadDays: lead, when });
    }
  }
  return planned;
}

export function parseReminderName(name: string): { postingId: string; leadDays: number } | null {
  const match = name.match(/^deadline:(.+):(\d+)$/);
  return match ? { postingId: match[1]!, leadDays: Number(match[2]) } : null;
}

/** Open postings whose deadline falls within the next seven days. */
export function upcomingDeadlineCount(records: SavedPosting[], now: number): number {
  return records.filter((record) => {
    const deadline = deadlineTime(record);
    return OPEN_STATUSES.includes(record.status) && deadline !== null && deadline > now && deadline - now <= BADGE_WINDOW_DAYS * DAY_MS;
  }).length;
}

/** The notification's words for a reminder, with the deadline in the user's own zone. */
export function reminderText(record: SavedPosting, leadDays: number, locale: string, userTimeZone?: string): { title: string; message: string } {
  const posting = effectivePosting(record);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: userTimeZone }).format(new Date(record.deadlineAt));
  const french = locale.startsWith('fr');
  const title = french
    ? `Clôture dans ${leadDays} jour${leadDays > 1 ? 's' : ''} : ${posting.title ?? posting.url}`
    : `Closes in ${leadDays} day${leadDays > 1 ? 's' : ''}: ${posting.title ?? posting.url}`;
  const message = [posting.organization, french ? `Date limite : ${when}` : `Deadline: ${when}`].filter(Boolean).join(' — ');
  return { title, message };
}
