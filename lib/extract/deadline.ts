/**
 * The deadline: only a date that the page labels or phrases as the closing date for applications.
 * Publication dates, mission dates and a board's listing expiry never become one.
 */
import type { Deadline } from '../schema';
import { fold } from '../text';
import { findDates, parseDeadline } from './dates';
import type { LabelValue } from './labels';

// Sentences that give the deadline without a label: "avant le 17 février 2025 à 16 heures",
// "by 27 May 2024", "Fin de candidature prévue le 09 mars 2025".
const DEADLINE_SENTENCE = /\b(avant le|au plus tard le|jusqu'au|d'ici le|by|before|no later than|not later than|until|a mas tardar|antes del?|hasta el|prevue le|prevu le)\b/;
const APPLICATION_WORDS = /\b(candidat\w*|application\w*|apply|postul\w*|submi\w*|soumi\w*|envoy\w*|adress\w*|send|sent|ofertas?|propuestas?|dossiers?)\b/;

function deadlineFromSentences(lines: string[]): string | null {
  for (const line of lines) {
    const folded = fold(line);
    if (!APPLICATION_WORDS.test(folded)) continue;
    const cue = folded.match(DEADLINE_SENTENCE);
    if (!cue) continue;
    const rest = line.slice(cue.index);
    if (findDates(rest).length > 0) return rest;
  }
  return null;
}

const NO_DEADLINE: Deadline = { date: null, time: null, timeZone: null, instant: null, raw: null, unparsed: false };

export interface DeadlineSources {
  adapter: string | null | undefined;
  labels: LabelValue[];
  lines: string[];
  /** JSON-LD's validThrough. */
  validThrough: string | null | undefined;
  timeZone: string | null;
}

export function deadlineOf(sources: DeadlineSources): Deadline {
  const options = { defaultTimeZone: sources.timeZone };
  const candidates: Array<{ text: string; range?: boolean }> = [];
  if (sources.adapter) candidates.push({ text: sources.adapter });
  for (const pair of sources.labels) {
    if (pair.field === 'deadline') candidates.push({ text: pair.value });
    if (pair.field === 'deadlineRange') candidates.push({ text: pair.value, range: true });
  }
  const sentence = deadlineFromSentences(sources.lines);
  if (sentence) candidates.push({ text: sentence });
  // Midnight in validThrough is how sites write a date without a time.
  if (sources.validThrough) {
    candidates.push({ text: sources.validThrough.replace(/T00:00(?::00)?(?:\.0+)?(?:Z|[+-]\d{2}:?\d{2})?$/, '').replace(/T(\d{2}:\d{2}).*$/, ' $1') });
  }
  const readings = candidates.map((candidate) => parseDeadline(candidate.text, { ...options, range: candidate.range }));
  const deadline = readings.find((reading) => reading.date);
  // A header that gives the day but not the hour (or zone) gives way to a later statement of the same
  // day that says more ("Closing date: 15 Jul 2025" … "15 de julio de 2025 a las 23:59 (hora de Colombia)").
  if (deadline) {
    const sameDay = readings.filter((reading) => reading.date === deadline.date);
    return sameDay.find((reading) => reading.time) ?? sameDay.find((reading) => reading.timeZone) ?? deadline;
  }
  return readings[0] ?? NO_DEADLINE;
}
