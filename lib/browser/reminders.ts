/**
 * Browser glue for reminders: keeps the alarms equal to the plan, shows a reminder when its alarm
 * rings, and writes the toolbar count. Called by the background only.
 */
import type { VacancyDatabase } from '../db';
import { OPEN_STATUSES } from '../repository';
import { REMINDER_PREFIX, parseReminderName, planReminders, reminderNotices, upcomingDeadlineCount } from '../reminders';
import { say } from '../../components/i18n';
import { getSetting } from '../settings';

export const REFRESH_ALARM = 'refresh-reminders';

function action() {
  // Firefox's MV2 build has browserAction where MV3 has action.
  return browser.action ?? browser.browserAction;
}

export async function refreshReminders(db: VacancyDatabase, now = Date.now()): Promise<{ reminders: number; badge: number }> {
  const records = await db.postings.toArray();
  const plan = planReminders(records, await getSetting(db, 'reminderLeadDays'), now);
  const wanted = new Map(plan.map((reminder) => [reminder.name, reminder.when]));
  const existing = (await browser.alarms.getAll()).filter((alarm) => alarm.name.startsWith(REMINDER_PREFIX));
  for (const alarm of existing) {
    if (wanted.get(alarm.name) !== alarm.scheduledTime) await browser.alarms.clear(alarm.name);
  }
  const kept = new Set(existing.filter((alarm) => wanted.get(alarm.name) === alarm.scheduledTime).map((alarm) => alarm.name));
  for (const reminder of plan) {
    if (!kept.has(reminder.name)) await browser.alarms.create(reminder.name, { when: reminder.when });
  }
  const badge = upcomingDeadlineCount(records, now);
  await action().setBadgeText({ text: badge > 0 ? String(badge) : '' });
  await action().setBadgeBackgroundColor({ color: '#b35900' });
  return { reminders: plan.length, badge };
}

/** A reminder alarm rang: notify, unless the user applied or the posting is gone meanwhile. */
export async function remind(db: VacancyDatabase, alarmName: string): Promise<boolean> {
  const reminder = parseReminderName(alarmName);
  if (!reminder) return false;
  const record = await db.postings.get(reminder.postingId);
  if (!record || !OPEN_STATUSES.includes(record.status)) return false;
  const { title, message } = reminderNotices(record, reminder.leadDays);
  await browser.notifications.create(alarmName, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: say(title),
    message: say(message),
  });
  return true;
}
