/**
 * Understanding: a collected page in, a Posting's read fields out (lib/derive.ts derives the rest
 * from them). Pure: no browser API, so the extension, the CLI and the tests run the very same code.
 * Site adapters speak first; the generic readers (JSON-LD, labels, sentences) fill what they leave empty.
 */
import type { CollectedPage, Deadline, Posting, ReadPosting } from './schema';
import { ReadPostingSchema } from './schema';
import { fold } from './text';
import { findLabelValues, firstValue, type LabelValue } from './extract/labels';
import { findJobPostingLd, htmlToLines, locationOfLd, textOf, type JobPostingLd } from './extract/jsonld';
import { findDates, parseDeadline } from './extract/dates';
import {
  contractTypeOf, contractTypeOfJsonLd, decodeCloudflareEmail, findApplySubject, findDurationInText, findEducation,
  findEmails, findExperienceYears, findLanguages, yearsOfExperienceLabel, findZoneCityInText, isHomeBased, mergeDurations, parseDuration,
  parseLocation,
} from './extract/fields';
import { countryCodeOf, findCountry } from './extract/places';
import { adapterFor } from './sites';
import type { AdapterFields, PageContext } from './sites/adapter';

const MAX_DESCRIPTION_CHARS = 100_000;

/** Tracking parameters and fragments do not make another posting. */
export function canonicalUrlOf(url: string, declared?: string | null): string {
  const chosen = declared && /^https?:\/\//i.test(declared) ? declared : url;
  try {
    const parsed = new URL(chosen);
    parsed.hash = '';
    for (const key of Array.from(parsed.searchParams.keys())) {
      if (/^(utm_|fbclid|gclid|mc_|ref$|source$)/i.test(key)) parsed.searchParams.delete(key);
    }
    parsed.hostname = parsed.hostname.toLowerCase();
    return parsed.toString();
  } catch {
    return chosen;
  }
}

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

const STOPWORDS: Record<string, RegExp> = {
  fr: /\b(le|la|les|des|du|et|est|pour|dans|une|sur|avec|au|aux|ce|qui)\b/g,
  en: /\b(the|and|of|to|in|for|with|is|on|be|this|will|are|as|by)\b/g,
  es: /\b(el|la|los|las|del|y|en|para|con|por|una|que|se|es|al)\b/g,
};

export function detectLanguage(text: string): string | null {
  const sample = fold(text.slice(0, 20_000));
  let best: string | null = null;
  let bestCount = 20;
  for (const [code, pattern] of Object.entries(STOPWORDS)) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}

function contextOf(page: CollectedPage): PageContext {
  const lines = page.text.split('\n');
  const labels = findLabelValues(page.text);
  return { page, lines, labels, label: (field) => firstValue(labels, field)?.value ?? null };
}

function cleanTitle(title: string | null | undefined): string | null {
  // Gender markers ("(H/F)", "(M/F)") are boilerplate, not part of the role.
  const cleaned = title?.replace(/\s*\((?:[HFMWX]\s*\/\s*)+[HFMWX]\)/gi, '').replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned.slice(0, 300) : null;
}

function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

function deadlineFrom(
  adapterText: string | null | undefined,
  ld: JobPostingLd | null,
  labels: LabelValue[],
  lines: string[],
  timeZone: string | null,
): Deadline {
  const options = { defaultTimeZone: timeZone };
  const candidates: Array<{ text: string; range?: boolean }> = [];
  if (adapterText) candidates.push({ text: adapterText });
  for (const pair of labels) {
    if (pair.field === 'deadline') candidates.push({ text: pair.value });
    if (pair.field === 'deadlineRange') candidates.push({ text: pair.value, range: true });
  }
  const sentence = deadlineFromSentences(lines);
  if (sentence) candidates.push({ text: sentence });
  // Midnight in validThrough is how sites write a date without a time.
  if (ld?.validThrough) candidates.push({ text: ld.validThrough.replace(/T00:00(?::00)?(?:\.0+)?(?:Z|[+-]\d{2}:?\d{2})?$/, '').replace(/T(\d{2}:\d{2}).*$/, ' $1') });
  const readings = candidates.map((candidate) => parseDeadline(candidate.text, { ...options, range: candidate.range }));
  const deadline = readings.find((reading) => reading.date);
  // A header that gives the day but not the hour (or zone) gives way to a later statement of the same
  // day that says more ("Closing date: 15 Jul 2025" … "15 de julio de 2025 a las 23:59 (hora de Colombia)").
  if (deadline) {
    const sameDay = readings.filter((reading) => reading.date === deadline.date);
    return sameDay.find((reading) => reading.time) ?? sameDay.find((reading) => reading.timeZone) ?? deadline;
  }
  return readings[0] ?? { date: null, time: null, timeZone: null, instant: null, raw: null, unparsed: false };
}

export function understand(page: CollectedPage): ReadPosting {
  const context = contextOf(page);
  const { labels, lines, label } = context;
  const adapter = adapterFor(page);
  const fromAdapter: AdapterFields = adapter?.extract?.(context) ?? {};
  const { posting: ld, broken } = findJobPostingLd(page.jsonLd);
  const ldText = ld?.description ? htmlToLines(ld.description) : '';
  const warnings: string[] = [];
  if (broken > 0) warnings.push(`${broken} JSON-LD block(s) could not be read and were ignored.`);
  if (page.truncated) warnings.push('The page was too large: only its beginning was read.');

  const body = page.text || ldText;
  const articleText = page.article?.text ?? '';
  const description = (articleText.length > body.length * 0.3 ? articleText : body).slice(0, MAX_DESCRIPTION_CHARS);

  const title =
    cleanTitle(fromAdapter.title) ??
    cleanTitle(ld?.title) ??
    cleanTitle(page.headings.find((heading) => heading.level === 1)?.text) ??
    cleanTitle(label('title')) ??
    cleanTitle(page.article?.title) ??
    cleanTitle(page.documentTitle.split(/\s+[|–-]\s+/)[0]);

  // Location: adapter, JSON-LD, then labels, then a country named in the title.
  const ldLocation = ld ? locationOfLd(ld.jobLocation) : { country: null, city: null };
  const locationLabel = label('location');
  const countryLabel = label('country');
  const fromLocationLabel = locationLabel ? parseLocation(locationLabel) : { country: null, city: null };
  const fromCountryLabel = countryLabel ? parseLocation(countryLabel) : { country: null, city: null };
  const country =
    fromAdapter.country ??
    (ldLocation.country ? (countryCodeOf(ldLocation.country) ?? (/^[A-Z]{2}$/.test(ldLocation.country) ? ldLocation.country : null)) : null) ??
    fromCountryLabel.country ??
    fromLocationLabel.country ??
    (title ? findCountry(title)?.code : null) ??
    null;
  const city =
    fromAdapter.city ??
    ldLocation.city ??
    cleanTitle(label('city')) ??
    fromLocationLabel.city ??
    fromCountryLabel.city ??
    (country ? findZoneCityInText(body, country) : null);
  const remote = fromAdapter.remote ?? (isHomeBased(`${locationLabel ?? ''}\n${body}`) || ld?.jobLocationType === 'TELECOMMUTE');

  const deadline = deadlineFrom(fromAdapter.deadlineText, ld, labels, lines, adapter?.timeZone ?? null);
  if (deadline.unparsed) warnings.push(`The deadline "${deadline.raw}" could not be read: check it by hand.`);
  else if (deadline.date && !deadline.timeZone) warnings.push('The deadline gives no time zone.');

  // "Posted 3 Days Ago" is a publication label without a date: the next source may have one.
  const publishedTexts = [fromAdapter.publishedText, ...labels.filter((pair) => pair.field === 'published').map((pair) => pair.value), ld?.datePosted];
  const publishedText = publishedTexts.find((text) => text && findDates(text).length > 0) ?? null;
  const publishedDate = publishedText ? findDates(publishedText)[0]!.date : null;

  const contractTexts = [fromAdapter.contractText, ...labels.filter((pair) => pair.field === 'contract').map((pair) => pair.value)].filter(
    (value): value is string => Boolean(value),
  );
  const ldEmployment = ld?.employmentType ? [ld.employmentType].flat().join(', ') : null;
  let contractType = contractTexts.map(contractTypeOf).find((type) => type !== null) ?? null;
  let contractRaw = contractTexts.join(' | ') || null;
  if (!contractType && ldEmployment) {
    contractType = contractTypeOfJsonLd(ldEmployment);
    contractRaw = ldEmployment;
  }
  if (!contractType && title) {
    contractType = contractTypeOf(title);
    if (contractType) contractRaw = title;
  }
  if (!contractType && /\b(terms of reference|termes de reference|terminos de referencia)\b/.test(fold(body)) && /\bconsult|expert/i.test(body)) {
    contractType = 'consultancy';
    contractRaw = 'Terms of Reference';
  }

  const durationTexts = [fromAdapter.durationText, ...labels.filter((pair) => pair.field === 'duration').map((pair) => pair.value)].filter(
    (value): value is string => Boolean(value),
  );
  // A contract often states its length ("CDD de 12 mois", "Fixed Term Appointment, one year").
  if (durationTexts.length === 0) durationTexts.push(...contractTexts);
  let duration = durationTexts.map(parseDuration).reduce<ReturnType<typeof parseDuration> | null>(mergeDurations, null);
  if (!duration || (duration.days === null && duration.months === null)) duration = mergeDurations(duration, findDurationInText(body));

  // The posting's own addresses: a board's contact address in its footer is not where to apply.
  const descriptionEmails = findEmails(description);
  const linkEmails = page.links.flatMap((link) => {
    const decoded = link.cfemail ? decodeCloudflareEmail(link.cfemail) : null;
    const mailto = link.href.match(/^mailto:([^?]+)/i)?.[1];
    const address = mailto ? decodeURIComponent(mailto).toLowerCase() : null;
    return [decoded, address && descriptionEmails.includes(address) ? address : null].filter((email): email is string => Boolean(email));
  });
  const emails = Array.from(new Set([...(fromAdapter.applyEmails ?? []), ...linkEmails, ...descriptionEmails]));
  const subject = fromAdapter.applySubject ?? label('subject') ?? findApplySubject(body);
  const applyUrl =
    fromAdapter.applyUrl ??
    page.links.find((link) => /^(apply(?: now| online| here)?|postuler|candidater|postular(?:se)?|je postule|solicitar)\b/i.test(link.text))?.href ??
    (ld?.url && ld.url !== page.url ? ld.url : null);

  const referenceFromSubject = subject && /^[\p{L}\d_ /-]*\d[\p{L}\d_ /-]*$/u.test(subject) && subject.length <= 40 ? subject : null;
  const identifier = ld?.identifier ? (typeof ld.identifier === 'string' ? ld.identifier : (ld.identifier.value ?? null)) : null;

  const education = findEducation([label('education') ?? '', description].join('\n'));

  const fields: ReadPosting = {
    url: page.url,
    canonicalUrl: canonicalUrlOf(page.url, page.canonicalUrl),
    site: adapter?.id ?? safeHost(page.url),
    title,
    organization: cleanTitle(fromAdapter.organization) ?? cleanTitle(textOf(ld?.hiringOrganization)) ?? cleanTitle(label('organization')),
    reference: cleanTitle(fromAdapter.reference) ?? cleanTitle(label('reference')) ?? cleanTitle(identifier) ?? referenceFromSubject,
    location: { country, city, remote, raw: locationLabel ?? countryLabel ?? ldLocation.country },
    deadline,
    published: { date: publishedDate, raw: publishedText },
    contract: { type: contractType, raw: contractRaw },
    duration: duration ?? { days: null, months: null, term: null, raw: null },
    languages: findLanguages([label('languages') ? `Langues : ${label('languages')}` : '', description].join('\n')),
    experienceYears: fromAdapter.experienceYears ?? yearsOfExperienceLabel(label('experience') ?? '') ?? findExperienceYears([label('experience') ?? '', description].join('\n')),
    education: { level: education?.level ?? null, raw: education?.raw ?? null },
    apply: { emails, subject, url: absoluteUrl(applyUrl, page.url) },
    postingLanguage: fromAdapter.postingLanguage ?? detectLanguage(description) ?? page.lang?.slice(0, 2).toLowerCase() ?? null,
    description,
    warnings,
  };
  return ReadPostingSchema.parse(fields);
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** What makes a page a posting: the fields only postings have. */
export function postingEvidence(posting: Posting): string[] {
  const found: string[] = [];
  if (posting.deadline.date || posting.deadline.unparsed) found.push('deadline');
  if (posting.contract.type && posting.contract.raw !== posting.title) found.push('contract');
  if (posting.duration.days !== null || posting.duration.months !== null) found.push('duration');
  if (posting.reference) found.push('reference');
  if (posting.experienceYears !== null) found.push('experience');
  if (posting.education.level) found.push('education');
  if (posting.apply.emails.length > 0 || posting.apply.url) found.push('how to apply');
  return found;
}

/** Null when the page reads as a posting; otherwise a message that says what was found instead. */
export function notAPostingReason(posting: Posting): string | null {
  const evidence = postingEvidence(posting);
  if (evidence.includes('deadline') || evidence.length >= 3) return null;
  const title = posting.title ? `"${posting.title}"` : 'no title';
  return `No posting found on this page: it has ${title} but ${evidence.length === 0 ? 'none' : `only ${evidence.join(', ')}`} of a posting's fields (deadline, contract, duration, reference, requirements, how to apply).`;
}
