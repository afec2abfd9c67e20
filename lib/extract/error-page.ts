/**
 * Pages that are clearly not a posting whatever else they hold: a server's error page (a job board's
 * "Page not found" often lists other postings with their deadlines, which would otherwise read as a
 * posting's fields) and pages with next to no text. Pure: reads the page's title and text only.
 */
import { fold } from '../text';
import { notice, type Notice } from '../notice';

/** Error pages say so in their title or first heading, in the languages of these boards. */
const ERROR_TITLE = new RegExp(
  [
    // A status code with the word that makes it one: "Error 404", "404 - Page not found", "HTTP 503".
    String.raw`\b(error|erreur|http|code|status)\s*:?\s*[45]\d\d\b`,
    String.raw`\b[45]\d\d\s*[-:|]?\s*(error|erreur|not found|page|forbidden|introuvable|non trouvee)`,
    String.raw`\b(page|file|document|resource|posting|job|offer)s? (was not|could not be|couldn't be|can't be|cannot be|not) found\b`,
    String.raw`^(not found|forbidden|access denied|service unavailable|bad gateway|internal server error)\b`,
    String.raw`\bpage (does not|doesn't|no longer) exists?\b`,
    String.raw`\b(internal server error|service (temporarily )?unavailable|bad gateway|access denied)\b`,
    String.raw`\bpage (introuvable|non trouvee|inexistante)\b|\bpage .{0,30}n'existe (pas|plus)\b|\bacces (refuse|interdit)\b`,
    String.raw`\bpagina no (encontrada|existe)\b|\bno se (ha )?encontr(o|ado) la pagina\b|\bacceso denegado\b`,
  ].join('|'),
);

/**
 * Below this many letters a page cannot hold a posting: a title, a deadline and a contract alone take
 * about 50 (the shortest page in the tests, a posting in a frame, has 76).
 */
const MIN_LETTERS = 40;

export interface PageText {
  title: string | null;
  text: string;
}

export interface ErrorPage {
  /** "error": the page says it is an error; "empty": it holds next to no text. */
  kind: 'error' | 'empty';
  reason: Notice;
  /** The page's title that says it is an error page. */
  heading?: string;
}

/** Why the page is clearly not a posting, or null when nothing says so. */
export function errorPageReason({ title, text }: PageText): ErrorPage | null {
  const heading = (title ?? '').trim();
  if (heading && ERROR_TITLE.test(fold(heading))) return { kind: 'error', reason: notice('notPostingErrorPage', { heading }), heading };
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= MIN_LETTERS) return null;
  return { kind: 'empty', reason: letters === 0 ? notice('notPostingEmpty') : notice('notPostingAlmostEmpty') };
}

/**
 * The reading's warning when the page's own title (the browser tab's) says it is an error page: the
 * posting's title may come from elsewhere on the page (a 404 that lists the board's latest posting).
 */
export function errorTitleWarning(documentTitle: string): Notice | null {
  const heading = errorPageReason({ title: documentTitle, text: 'x'.repeat(MIN_LETTERS) })?.heading;
  return heading === undefined ? null : notice('warningErrorTitle', { heading });
}

/** A read posting that is clearly not one: its title, the reading's warning, or its text says so. */
export function errorPageOf(posting: { title: string | null; description: string; warnings: readonly Notice[] }): ErrorPage | null {
  const warned = posting.warnings.find((warning) => warning.code === 'warningErrorTitle');
  if (warned) return { kind: 'error', reason: notice('notPostingErrorPage', warned.params), heading: warned.params.heading };
  return errorPageReason({ title: posting.title, text: posting.description });
}
