/**
 * schema.org JobPosting from JSON-LD blocks, tolerant of the breakage seen in the wild: trailing
 * commas, raw newlines inside strings, HTML comments, several objects in one block, @graph.
 */

export interface JobPostingLd {
  title?: string;
  description?: string;
  datePosted?: string;
  validThrough?: string;
  employmentType?: string | string[];
  hiringOrganization?: { name?: string } | string;
  jobLocation?: unknown;
  identifier?: { value?: string; name?: string } | string;
  url?: string;
  applicantLocationRequirements?: unknown;
  jobLocationType?: string;
}

function parseLenient(source: string): unknown {
  const cleaned = source.replace(/^\s*<!--|-->\s*$/g, '').replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '').trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    // Raw control characters inside strings and trailing commas are the usual breakage.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this repair removes
    const repaired = cleaned.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      try {
        // Two objects written back to back: "{...}{...}".
        return JSON.parse(`[${repaired.replace(/}\s*{/g, '},{')}]`);
      } catch {
        return null;
      }
    }
  }
}

function* walk(node: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  yield record;
  if (record['@graph']) yield* walk(record['@graph'], depth + 1);
}

function isJobPosting(record: Record<string, unknown>): boolean {
  const type = record['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((value) => typeof value === 'string' && /JobPosting$/i.test(value));
}

/** The first JobPosting of the page's JSON-LD blocks, or null (with whether a block was unreadable). */
export function findJobPostingLd(blocks: string[]): { posting: JobPostingLd | null; broken: number } {
  let broken = 0;
  for (const block of blocks) {
    const parsed = parseLenient(block);
    if (parsed === null) {
      broken++;
      continue;
    }
    for (const record of walk(parsed)) if (isJobPosting(record)) return { posting: record as JobPostingLd, broken };
  }
  return { posting: null, broken };
}

export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && 'name' in value) return textOf((value as { name: unknown }).name);
  return null;
}

/** addressCountry and addressLocality of the first jobLocation. */
export function locationOfLd(jobLocation: unknown): { country: string | null; city: string | null } {
  const first = Array.isArray(jobLocation) ? jobLocation[0] : jobLocation;
  const address = first && typeof first === 'object' ? (first as { address?: unknown }).address : null;
  if (!address || typeof address !== 'object') return { country: null, city: null };
  const { addressCountry, addressLocality } = address as { addressCountry?: unknown; addressLocality?: unknown };
  return { country: textOf(addressCountry), city: textOf(addressLocality) };
}

/** JSON-LD descriptions are HTML: the text without tags, for the generic readers. */
export function htmlToLines(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d|\/div|\/tr)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'");
}
