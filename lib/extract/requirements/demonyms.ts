/** Nationality adjectives ("sénégalaise", "Malian", "ecuatoriano") to the country they name. */
import { countryCodeOf } from '../places';

/** Demonyms that the suffix rules below cannot reach from the country's name. */
const DEMONYMS: Record<string, string> = {
  ivoirien: 'CI', ivorian: 'CI', burkinabe: 'BF', french: 'FR', british: 'GB', american: 'US', americain: 'US',
  estadounidense: 'US', malagasy: 'MG', malgache: 'MG', ecuatoriano: 'EC', guatemalteco: 'GT', salvadoreno: 'SV',
  venezolano: 'VE', argentino: 'AR', brasileno: 'BR', dominicain: 'DO', dominicano: 'DO',
};

/**
 * A demonym's ending, and what to put back to get the country's name: "nigérien" → Niger, "nigerian" →
 * Nigeria, "sénégalais" → Sénégal, "malien" → Mali, "guinéen" → Guinée, "peruano" → Perú, "senegalés" → Senegal. Feminine and
 * plural forms are brought back to the masculine singular first.
 */
const DEMONYM_ENDINGS: ReadonlyArray<[suffix: string, completions: readonly string[]]> = [
  ['ien', ['', 'ie', 'i', 'e', 'a', 'ia']],
  ['een', ['ee', 'e']],
  ['lais', ['', 'o']],
  ['ais', ['', 'e', 'a']],
  ['ois', ['', 'e']],
  ['ian', ['ia', 'i', 'a', '']],
  ['an', ['a', 'o', '']],
  ['lese', ['', 'o']],
  ['ese', ['', 'a', 'o']],
  ['ano', ['a', 'o', '']],
  ['eno', ['e', 'a', 'as']],
  ['es', ['', 'a', 'ia']],
  ['', ['']],
];

function masculineSingular(word: string): string {
  return word.replace(/s$/, '').replace(/(ien|een)ne$/, '$1').replace(/(ais|ois)e$/, '$1').replace(/esa$/, 'es').replace(/a$/, 'o');
}

/** Words already looked up: a list of nationalities repeats its words, and each look-up tries a dozen names. */
const DEMONYM_CACHE = new Map<string, string | null>();

const MAX_DEMONYM_CACHE = 5_000;

export function countryOfDemonym(word: string): string | null {
  let code = DEMONYM_CACHE.get(word);
  if (code === undefined) {
    if (DEMONYM_CACHE.size >= MAX_DEMONYM_CACHE) DEMONYM_CACHE.clear();
    code = lookUpDemonym(word);
    DEMONYM_CACHE.set(word, code);
  }
  return code;
}

function lookUpDemonym(word: string): string | null {
  for (const form of new Set([word, masculineSingular(word)])) {
    if (DEMONYMS[form]) return DEMONYMS[form]!;
    for (const [suffix, completions] of DEMONYM_ENDINGS) {
      if (!form.endsWith(suffix) || form.length - suffix.length < 3) continue;
      const stem = form.slice(0, form.length - suffix.length);
      for (const completion of completions) {
        const code = countryCodeOf(stem + completion);
        if (code) return code;
      }
    }
  }
  return null;
}
