import type { SavedPosting } from '../lib/schema';
import { NO_DEADLINE, isExpired } from '../lib/repository';
import { t } from './i18n';

const DAY_MS = 86_400_000;

/** Whole days until the deadline, in the user's own calendar. */
export function daysUntil(deadlineAt: string, now = new Date()): number {
  const deadline = new Date(deadlineAt);
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const startOfDeadlineDay = new Date(deadline.getFullYear(), deadline.getMonth(), deadline.getDate()).getTime();
  return Math.round((startOfDeadlineDay - startOfToday) / DAY_MS);
}

export type Urgency = 'none' | 'past' | 'soon' | 'later';

export function countdown(record: SavedPosting, now = new Date()): { text: string; urgency: Urgency } {
  if (record.deadlineAt === NO_DEADLINE) return { text: t('noDeadline'), urgency: 'none' };
  if (isExpired(record, now)) return { text: t('expired'), urgency: 'past' };
  if (record.deadlineAt < now.toISOString()) return { text: t('closed'), urgency: 'past' };
  const days = daysUntil(record.deadlineAt, now);
  if (days <= 0) return { text: t('closesToday'), urgency: 'soon' };
  return { text: t('daysLeft', days), urgency: days <= 3 ? 'soon' : 'later' };
}

/** Built once: a list formats up to hundreds of deadlines in one render, and each formatter costs. */
let formatters: { userZone: string; local: Intl.DateTimeFormat } | null = null;

/** The deadline as the posting states it, and in the user's zone when that differs. */
export function formatDeadline(posting: { deadline: { date: string | null; time: string | null; timeZone: string | null; instant: string | null; raw: string | null } }): string {
  const { date, time, timeZone, instant, raw } = posting.deadline;
  if (!date) return raw ?? t('noDeadline');
  const stated = [date, time, timeZone].filter(Boolean).join(' ');
  formatters ??= { userZone: Intl.DateTimeFormat().resolvedOptions().timeZone, local: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }) };
  if (!instant || !timeZone || timeZone === formatters.userZone) return stated;
  return `${stated} (${formatters.local.format(new Date(instant))})`;
}
