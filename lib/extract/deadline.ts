/**
 * The deadline: only a date that the page labels or phrases as the closing date for applications.
 * Publication dates, mission dates and a board's listing expiry never become one.
 */
import type { Deadline } from '../schema';
import { fold } from '../text';
import { dateWithoutYear, findDates, parseDeadline } from './dates';
import { nextFilledLine, type LabelValue } from './labels';

// Sentences that give the deadline without a label: "avant le 17 février 2025 à 16 heures",
// "by 27 May 2024", "Fin de candidature prévue le 09 mars 2025".
const DEADLINE_SENTENCE = /\b(avant le|au plus tard le|jusqu'au|d'ici le|by|before|no later than|not later than|until|a mas tardar|antes del?|hasta(?: el)?|prevue le|prevu le)\b/;
const APPLICATION_WORDS = /\b(candidat\w*|application\w*|apply|postul\w*|submi\w*|soumi\w*|envoy\w*|adress\w*|send|sent|ofertas?|propuestas?|dossiers?|enviar|remitir|curriculum|interesad[oa]s)\b/;
// "The application deadline is 29 June 2025", "la date limite est fixée au…": the sentence names the deadline itself.
const NAMED_DEADLINE = /\b(deadline (?:for \w+ )?is|closing date is|date limite (?:de \w+ )?(?:est|sera)|fecha limite (?:\w+ )?(?:es|sera)|closes on)\b/;

function deadlineFromSentences(lines: string[]): string | null {
  for (const line of lines) {
    const folded = fold(line);
    const named = folded.match(NAMED_DEADLINE);
    if (named && findDates(line.slice(named.index)).length > 0) return line.slice(named.index);
    if (!APPLICATION_WORDS.test(folded)) continue;
    const cue = folded.match(DEADLINE_SENTENCE);
    if (!cue) continue;
    const rest = line.slice(cue.index);
    if (findDates(rest).length > 0) return rest;
  }
  return null;
}

// Labels that begin like a deadline label and go on in the page's own words: "Deadline for Submission of Bids:",
// "Date de clôture des candidatures :", "Application deadline 2 years ago:", "Deadline for Applications 14 July 2020".
const DEADLINE_HEAD = /^(?:initial |final |application |submission |announcement |vacancy )?(?:deadline|closing date|date limite|date de cloture|cloture|fecha limite|fecha de cierre|plazo|last date|final date|due date)\b/;

function headedDeadlines(lines: string[]): Array<{ text: string; line: number }> {
  const found: Array<{ text: string; line: number }> = [];
  lines.forEach((line, index) => {
    const unbulleted = line.replace(/^[\s|•·*-]+/, '');
    const folded = fold(unbulleted);
    if (unbulleted.length > 300 || !DEADLINE_HEAD.test(folded)) return;
    const colon = unbulleted.search(/[:：]/);
    const firstDate = findDates(unbulleted)[0];
    // The value: after a colon close to the head, or from the date on, or on the next line.
    if (colon > 0 && colon < 80 && unbulleted.slice(colon + 1).trim() !== '') found.push({ text: unbulleted.slice(colon + 1), line: index });
    else if (colon > 0 && colon < 80) found.push({ text: lines[nextFilledLine(lines, index)] ?? '', line: nextFilledLine(lines, index) });
    else if (firstDate && firstDate.index < 80) found.push({ text: unbulleted.slice(firstDate.index), line: index });
    else if (unbulleted.length < 80) found.push({ text: lines[nextFilledLine(lines, index)] ?? '', line: nextFilledLine(lines, index) });
  });
  return found.filter(({ text }) => findDates(text).length > 0);
}

// "Closing Date: 04-Dec-2020" then "Closing Time: 11:59PM GMT": the hour on a line of its own.
const TIME_LABEL = /^[\s|•·*-]*(?:closing |deadline |submission |application )?(?:time|heure(?: limite)?|hora(?: de cierre| limite)?)\s*(?:[:：|\t]\s*)+(.+?)[\s|]*$/i;

function withTimeBelow(value: string, lines: string[], labelLine: number): string {
  if (/\d{1,2}[:.h]\d{2}|\d{1,2}\s*(?:am|pm)\b/i.test(value)) return value;
  for (const line of lines.slice(labelLine + 1, labelLine + 4)) {
    const time = fold(line).match(TIME_LABEL)?.[1];
    if (time) return `${value} ${time.replace(/(\d{1,2})\.(\d{2})\s*hrs?\b/i, '$1:$2')}`;
  }
  return value;
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
    if (pair.field === 'deadline') candidates.push({ text: withTimeBelow(pair.value, sources.lines, pair.line) });
    if (pair.field === 'deadlineRange') candidates.push({ text: pair.value, range: true });
  }
  for (const { text, line } of headedDeadlines(sources.lines)) candidates.push({ text: withTimeBelow(text, sources.lines, line) });
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
  const labelled = sources.labels.find((pair) => pair.field === 'deadline');
  const inferred = labelled ? dateWithoutYear(labelled.value, findDates(sources.lines.join('\n'))) : null;
  if (inferred && readings[0]) {
    // The page gave no year: its raw text, kept, says so (understand() warns that the year was inferred).
    const reading = parseDeadline(`${inferred} ${labelled!.value}`, options);
    return { ...reading, raw: readings[0].raw, unparsed: false };
  }
  return readings[0] ?? NO_DEADLINE;
}
