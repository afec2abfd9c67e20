import type { SavedPosting } from '../lib/schema';
import { NO_DEADLINE, isExpired } from '../lib/repository';
import { t, uiLocale } from './i18n';

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

/**
 * Built once per page, in the interface's language: a list formats up to hundreds of dates in one
 * render, and each formatter costs. Dates the posting states are wall-clock values of their own zone,
 * formatted as UTC so that no zone shifts them; instants are shown in the user's zone.
 */
let formatters: {
  userZone: string;
  day: Intl.DateTimeFormat;
  wallClock: Intl.DateTimeFormat;
  local: Intl.DateTimeFormat;
} | null = null;

function format() {
  const locale = uiLocale();
  formatters ??= {
    userZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    day: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    wallClock: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
    local: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  };
  return formatters;
}

/** A calendar day (YYYY-MM-DD, or the day of an ISO instant as stored) in the interface's language. */
export function formatDay(isoDate: string): string {
  const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? isoDate : format().day.format(day);
}

/** An instant (ISO 8601) in the user's zone and the interface's language. */
export function formatInstant(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : format().local.format(date);
}

/** The deadline as the posting states it (its own zone kept and named), and in the user's zone when that differs. */
export function formatDeadline(posting: { deadline: { date: string | null; time: string | null; timeZone: string | null; instant: string | null; raw: string | null } }): string {
  const { date, time, timeZone, instant, raw } = posting.deadline;
  if (!date) return raw ?? t('noDeadline');
  const { wallClock, userZone } = format();
  const wall = time ? new Date(`${date}T${time}:00Z`) : null;
  const stated = [wall && !Number.isNaN(wall.getTime()) ? wallClock.format(wall) : formatDay(date), timeZone].filter(Boolean).join(' ');
  if (!instant || !timeZone || timeZone === userZone) return stated;
  return `${stated} (${formatInstant(instant)})`;
}
