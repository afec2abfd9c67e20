/**
 * The body whose own site the page is on, when the text writes its name: "adseastern.org" and "ADSE",
 * "juecesporlademocracia.org" and "Asociación de Jueces por la Democracia", "fid.mg" and "FID". The last
 * resort of the organisation reader, for employers no gazetteer knows.
 */
import { fold } from '../text';
import { SECOND_LEVEL_DOMAIN } from './address';

const CONNECTORS = new Set(['de', 'del', 'des', 'du', 'la', 'le', 'las', 'los', 'el', 'por', 'para', 'pour', 'et', 'y', 'and', 'of', 'for', 'the', 'en', 'in']);
const SHORTEST_ACRONYM = 3;

/** The word a site's address is named by: "www.adseastern.org" → "adseastern". */
function siteWord(url: string): string | null {
  let labels: string[];
  try {
    labels = new URL(url).hostname.toLowerCase().split('.');
  } catch {
    return null;
  }
  if (labels.length < 2) return null;
  const tldOffset = labels.length > 2 && SECOND_LEVEL_DOMAIN.test(labels[labels.length - 2]!) ? 3 : 2;
  const word = labels[labels.length - tldOffset];
  return word && word.length >= SHORTEST_ACRONYM ? word.replace(/[^a-z0-9]/g, '') : null;
}

const compact = (text: string) => fold(text).replace(/[^a-z0-9]/g, '');

const isCapitalised = (word: string) => /^[\p{Lu}\d]/u.test(word);
const isConnector = (word: string) => CONNECTORS.has(word.toLowerCase());

const COORDINATORS = new Set(['and', 'et', 'y']);
const WIDEST_HEAD = 3;

/** "… la Asociación de Jueces por la Democracia": the kind of body a name found inside a longer one begins with. */
function widened(words: string[], start: number, end: number): string {
  let first = start;
  const joins = (word: string) => isCapitalised(word) || (isConnector(word) && !COORDINATORS.has(word.toLowerCase()));
  while (first > 0 && start - first < WIDEST_HEAD && joins(words[first - 1]!)) first--;
  // Small words and a sentence's capitalised article ("La Asociación…") open no name.
  while (first < start && (!isCapitalised(words[first]!) || isConnector(words[first]!))) first++;
  return words.slice(first, end + 1).join(' ');
}

export function nameOfSiteOwner(url: string, lines: string[]): string | null {
  const word = siteWord(url);
  if (!word) return null;
  for (const line of lines.slice(0, 60)) {
    const words = line.split(/[\s,;:()«»"“”]+/).filter(Boolean);
    for (let start = 0; start < words.length; start++) {
      if (!isCapitalised(words[start]!)) continue;
      let key = '';
      for (let end = start; end < words.length && end < start + 10; end++) {
        const current = words[end]!;
        if (!isCapitalised(current) && !isConnector(current)) break;
        key += compact(current);
        if (!isCapitalised(current)) continue;
        // An acronym the address is or starts with ("FID", "ADSE") is the name whole; words that make the address
        // ("Jueces por la Democracia") make a name that a kind of body may begin ("Asociación de …").
        const acronym = end === start && /^[\p{Lu}\d&-]+$/u.test(current);
        if (acronym && key.length >= SHORTEST_ACRONYM && word.startsWith(key)) return current;
        if (key === word) return widened(words, start, end);
      }
    }
  }
  return null;
}
