/**
 * Understanding: a collected page in, a Posting's read fields out (lib/derive.ts derives the rest
 * from them). Pure: no browser API, so the extension, the CLI and the tests run the very same code. One reader per field (lib/extract/), each taking its
 * sources best first: the site's adapter, JSON-LD, labels, then what the text itself says.
 */
import type { CollectedPage, ReadPosting } from './schema';
import { ReadPostingSchema } from './schema';
import { fold } from './text';
import { findLabelValues, firstValue } from './extract/labels';
import { findJobPostingLd, htmlToLines, locationOfLd, textOf } from './extract/jsonld';
import { findDates } from './extract/dates';
import {
  decodeCloudflareEmail, findApplySubject, findDurationInText, findEducation, findEmails, findExperienceYears, findLanguages,
  mergeDurations, parseDuration, yearsOfExperienceLabel,
} from './extract/fields';
import { contractOf } from './extract/contract';
import { deadlineOf } from './extract/deadline';
import { isHomeBased, locationOf } from './extract/location';
import { organizationOf } from './extract/organization';
import { countryCodeOf } from './extract/places';
import { referenceOf } from './extract/reference';
import { titleOf } from './extract/title';
import { detectLanguage } from './extract/posting-language';
import { adapterFor } from './sites';
import type { AdapterFields, PageContext } from './sites/adapter';
import { errorTitleWarning } from './extract/error-page';
import { notice, type Notice } from './notice';

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

function contextOf(page: CollectedPage): PageContext {
  const lines = page.text.split('\n');
  const labels = findLabelValues(page.text);
  return { page, lines, labels, label: (field) => firstValue(labels, field)?.value ?? null };
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

export function understand(page: CollectedPage): ReadPosting {
  const context = contextOf(page);
  const { labels, lines, label } = context;
  const adapter = adapterFor(page);
  const fromAdapter: AdapterFields = adapter?.extract?.(context) ?? {};
  const { posting: ld, broken } = findJobPostingLd(page.jsonLd);
  const ldText = ld?.description ? htmlToLines(ld.description) : '';
  const warnings: Notice[] = [];
  if (broken > 0) warnings.push(notice('warningJsonLdBroken', { count: broken }));
  if (page.truncated) warnings.push(notice('warningTruncated'));
  const errorTitle = errorTitleWarning(page.documentTitle);
  if (errorTitle) warnings.push(errorTitle);

  const body = page.text || ldText;
  const articleText = page.article?.text ?? '';
  const description = (articleText.length > body.length * 0.3 ? articleText : body).slice(0, MAX_DESCRIPTION_CHARS);

  // A label's line, and the next line when the value stands there ("Type d'offre" / "Experts").
  const labelLines = new Set(labels.flatMap((pair) => (lines[pair.line + 1]?.trim() === pair.value ? [lines[pair.line]!, lines[pair.line + 1]!] : [lines[pair.line]!])));
  const title = titleOf({
    adapter: fromAdapter.title,
    jsonLd: ld?.title,
    headings: page.headings,
    label: label('title'),
    lines,
    articleTitle: page.article?.title,
    documentTitle: page.documentTitle,
    siteName: page.article?.siteName ?? page.meta['og:site_name'] ?? null,
    url: page.url,
    isLabelLine: (line) => labelLines.has(line),
  });

  const ldLocation = ld ? locationOfLd(ld.jobLocation) : { country: null, city: null };
  const ldCountry = ldLocation.country ? (countryCodeOf(ldLocation.country) ?? (/^[A-Z]{2}$/.test(ldLocation.country) ? ldLocation.country : null)) : null;
  const locationLabel = label('location');
  const countryLabel = label('country');
  const { country, city } = locationOf({
    adapter: { country: fromAdapter.country, city: fromAdapter.city },
    jsonLd: { country: ldCountry, city: ldLocation.city },
    countryLabel,
    locationLabel,
    cityLabel: label('city'),
    title,
    lines,
    body,
    url: page.url,
  });
  const remote = fromAdapter.remote ?? (isHomeBased(`${locationLabel ?? ''}\n${body}`) || ld?.jobLocationType === 'TELECOMMUTE');

  const deadline = deadlineOf({ adapter: fromAdapter.deadlineText, labels, lines, validThrough: ld?.validThrough, timeZone: adapter?.timeZone ?? null });
  if (deadline.unparsed) warnings.push(notice('warningDeadlineUnparsed', { raw: deadline.raw ?? '' }));
  // "Date limite : 11/09": the year came from the page's other dates.
  if (deadline.date && deadline.raw && !/\d{4}|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/.test(deadline.raw)) {
    warnings.push(notice('warningDeadlineYearInferred', { raw: deadline.raw, date: deadline.date }));
  }
  else if (deadline.date && !deadline.timeZone) warnings.push(notice('warningNoTimeZone'));

  // "Posted 3 Days Ago" is a publication label without a date: the next source may have one.
  const publishedTexts = [fromAdapter.publishedText, ...labels.filter((pair) => pair.field === 'published').map((pair) => pair.value), ld?.datePosted];
  const publishedText = publishedTexts.find((text) => text && findDates(text).length > 0) ?? null;
  const publishedDate = publishedText ? findDates(publishedText)[0]!.date : null;

  const contractTexts = [fromAdapter.contractText, ...labels.filter((pair) => pair.field === 'contract').map((pair) => pair.value)].filter(
    (value): value is string => Boolean(value),
  );
  const contract = contractOf({
    stated: contractTexts,
    jsonLd: ld?.employmentType ? [ld.employmentType].flat().join(', ') : null,
    title,
    lines,
    body,
    url: page.url,
  });

  // "Nombre de jours de la mission : 20": a count of days under a label that names the unit.
  const durationLabelled = labels
    .filter((pair) => pair.field === 'duration')
    .map((pair) => (/^\d{1,3}$/.test(pair.value.trim()) && /jour|day|dia/i.test(fold(pair.label)) ? `${pair.value} jours` : pair.value));
  const durationTexts = [fromAdapter.durationText, ...durationLabelled].filter(
    (value): value is string => Boolean(value),
  );
  // A contract often states its length ("CDD de 12 mois", "Fixed Term Appointment, one year").
  if (durationTexts.length === 0) durationTexts.push(...contractTexts);
  // "Période prévisionnelle : du 1er juin au 31 août 2024": the mission's dates give its length.
  durationTexts.push(...labels.filter((pair) => pair.field === 'missionPeriod').map((pair) => pair.value));
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

  const identifier = ld?.identifier ? (typeof ld.identifier === 'string' ? ld.identifier : (ld.identifier.value ?? null)) : null;

  const postingLanguage = fromAdapter.postingLanguage ?? detectLanguage(description) ?? page.lang?.slice(0, 2).toLowerCase() ?? null;
  const education = findEducation([label('education') ?? '', description].join('\n'));

  const fields: ReadPosting = {
    url: page.url,
    canonicalUrl: canonicalUrlOf(page.url, page.canonicalUrl),
    site: adapter?.id ?? safeHost(page.url),
    title,
    organization: organizationOf({
      stated: [fromAdapter.organization, textOf(ld?.hiringOrganization), label('organization')],
      url: page.url,
      siteName: page.article?.siteName ?? page.meta['og:site_name'] ?? null,
      title,
      lines,
      language: postingLanguage,
    }),
    reference: referenceOf({
      adapter: fromAdapter.reference,
      labelled: labels.filter((pair) => pair.field === 'reference').map((pair) => pair.value),
      identifier,
      subject,
      opening: [page.headings.find((heading) => heading.level === 1)?.text ?? '', ...lines.slice(0, 5)],
    }),
    location: { country, city, remote, raw: locationLabel ?? countryLabel ?? ldLocation.country },
    deadline,
    published: { date: publishedDate, raw: publishedText },
    contract,
    duration: duration ?? { days: null, months: null, term: null, raw: null },
    languages: findLanguages([label('languages') ? `Langues : ${label('languages')}` : '', description].join('\n')),
    experienceYears: fromAdapter.experienceYears ?? yearsOfExperienceLabel(label('experience') ?? '') ?? findExperienceYears([label('experience') ?? '', description].join('\n')),
    education: { level: education?.level ?? null, raw: education?.raw ?? null },
    apply: { emails, subject, url: absoluteUrl(applyUrl, page.url) },
    postingLanguage,
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

export { notAPostingReason, postingEvidence } from './extract/evidence';
