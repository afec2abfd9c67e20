/**
 * The whole understanding step, as the background and the CLI run it: a collected page in, a
 * validated Posting with its tags out.
 */
import type { CollectedPage, Posting, UserRule } from './schema';
import { understand } from './understand';
import { derive } from './derive';

export function postingFromPage(page: CollectedPage, userRules: readonly UserRule[] = []): Posting {
  const read = understand(page);
  return { ...read, ...derive(read, userRules) };
}

/** A plain-text document (a ToR pasted or saved as .txt) seen as a page with no markup. */
export function pageFromText(text: string, url: string): CollectedPage {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    // Wide gaps and tabs separate the cells of a table copied as text ("Mindanao, Philippines   Closes: Jun 9"): kept as a tab.
    .map((line) => line.trim().replace(/[ \u00a0]*\t[ \t\u00a0]*|[ \u00a0]{3,}/g, '\t').replace(/[ \u00a0]+/g, ' '))
    .filter((line) => line !== '');
  return {
    url,
    canonicalUrl: null,
    documentTitle: '',
    lang: null,
    headings: [],
    jsonLd: [],
    meta: {},
    links: [],
    article: null,
    text: lines.join('\n'),
    truncated: false,
  };
}
