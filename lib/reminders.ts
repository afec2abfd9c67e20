/**
 * Deadline reminders and the toolbar count, as pure functions of the saved postings and the clock.
 * The background turns the plan into browser alarms; alarms do not survive every restart, so the
 * plan is recomputed from the database at startup and after each change.
 */
import type { SavedPosting } from './schema';
import { NO_DEADLINE, OPEN_STATUSES, effectivePosting } from './repository';
import { notice, type Notice } from './notice';

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

/** What a reminder's notification says, as notices the background words (the deadline shown in the user's own zone). */
export function reminderNotices(record: SavedPosting, leadDays: number): { title: Notice; message: Notice } {
  const posting = effectivePosting(record);
  const title = posting.title ?? posting.url;
  return {
    title: leadDays === 1 ? notice('reminderTitleOneDay', { title }) : notice('reminderTitle', { days: leadDays, title }),
    message: posting.organization
      ? notice('reminderDeadlineAt', { organization: posting.organization, deadline: record.deadlineAt })
      : notice('reminderDeadline', { deadline: record.deadlineAt }),
  };
}
