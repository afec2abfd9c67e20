import type { CollectedPage, Posting } from '../schema';
import type { LabelValue } from '../extract/labels';

/** Fields an adapter may state; what it leaves out the generic engine fills. */
export type AdapterFields = Partial<
  Pick<Posting, 'title' | 'organization' | 'reference' | 'experienceYears' | 'postingLanguage'> & {
    country: string | null;
    city: string | null;
    remote: boolean;
    /** The text that states the deadline, read with the adapter's time zone. */
    deadlineText: string | null;
    publishedText: string | null;
    contractText: string | null;
    durationText: string | null;
    applyUrl: string | null;
    applyEmails: string[];
    applySubject: string | null;
  }
>;

export interface PageContext {
  page: CollectedPage;
  /** The page text, one line per block. */
  lines: string[];
  labels: LabelValue[];
  /** The value of the first label of a field, if the page has one. */
  label(field: LabelValue['field']): string | null;
}

/**
 * One file per site, like Zotero's translators: which pages it handles, and what it knows of them
 * that the generic engine cannot guess (the site's time zone, where its title sits, its labels).
 */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Pages of the site, by URL. */
  urls?: RegExp[];
  /** Documents with no useful URL (a ToR sent by e-mail, a PDF offer), by their wording. */
  recognises?(text: string): boolean;
  /** The zone of deadlines that the site writes without one. */
  timeZone?: string;
  extract?(context: PageContext): AdapterFields;
}

/** The page's first heading of the highest level, unless it only names the site (a logo heading). */
export function mainHeading(page: CollectedPage, siteName?: RegExp): string | null {
  const levels = [1, 2];
  for (const level of levels) {
    const heading = page.headings.find((item) => item.level === level && !(siteName?.test(item.text) ?? false));
    if (heading) return heading.text;
  }
  return null;
}

/** The number a site puts in its offer URLs ("/job/4150321/…", "?cur_job_id=12345"). */
export function idInUrl(url: string, pattern: RegExp): string | null {
  return url.match(pattern)?.[1] ?? null;
}

/** The value after a label that only one site writes: "Label: value", "Label\tvalue" or the next line. */
export function valueAfterLabel(lines: string[], label: RegExp): string | null {
  for (let index = 0; index < lines.length; index++) {
    const match = lines[index]!.match(label);
    if (!match || match.index !== 0) continue;
    const rest = lines[index]!.slice(match[0].length).replace(/^\s*[:：\t]?\s*/, '').trim();
    return rest || lines[index + 1]?.trim() || null;
  }
  return null;
}
