/**
 * Patterns more than one reader needs, kept in one place so that their copies cannot drift apart.
 */

/** Regex source of any one of the entries (each a regex source), as one group: a word list as a list. */
export function alternation(entries: readonly string[]): string {
  return `(?:${entries.join('|')})`;
}

/** Regex source of one list mark in front of a line: "•", "–", "➢", "✓", "*", "§"... ("o " is handled apart). */
export const BULLET_MARK = '[•·▪◦‣∙●○■□➢➤►✓✔*§–—-]';

/**
 * Regex source of the words that make a requirement a substitute for another ("a first-level degree
 * with 2 additional years … in lieu of the advanced degree"): such a clause does not require.
 */
export const SUBSTITUTION_WORDS = alternation([
  'in lieu of',
  'a la place d[ue]',
  'en lieu et place',
  'a defaut',
  'en lugar de',
  'en sustitucion',
]);
