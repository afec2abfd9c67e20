/**
 * Who may apply by nationality: nationals of the duty station's country, of a list of countries, or of
 * the European Union.
 */
import { alternation } from '../../patterns';
import type { Requirement } from '../../schema';
import { fold } from '../../text';
import { LANGUAGE_NAMES } from '../fields';
import { countryCodeOf, findCountry } from '../places';
import { type Clause, isAsset, quoteOf } from './clauses';
import { countryOfDemonym } from './demonyms';

type NationalityItem = Extract<Requirement, { kind: 'nationality' }>;

const NATIONALITY_WORD = new RegExp(`\\b${alternation([
  'nationalit(?:y|ies|e|es)',
  'nacionalidad(?:es)?',
  'nationals',
  'national of',
  'nacional de',
  'nacionales',
  'ressortissante?s?',
  'citizens?',
  'citizenship',
  'citoyen(?:ne)?s?',
  'citoyennete',
  'ciudadan[oa]s?',
  'ciudadania',
])}\\b`);

/** "Only" in the three languages: what makes a nationality a rule, and what ends a list of nationalities. */
const ONLY_WORDS = [
  'only',
  'exclusively',
  'solely',
  'uniquement',
  'exclusivement',
  'seulement',
  'solo',
  'solamente',
  'unicamente',
  'exclusivamente',
];

const NATIONALITY_RULE = new RegExp(`\\b${alternation([
  ...ONLY_WORDS,
  'must',
  'doit',
  'doivent',
  'deben?',
  'required',
  'requise?',
  'exigee?',
  'obligatoire',
  'indispensable',
  'imprescindible',
  'reserved',
  'reservee?s?',
  'reservad[oa]s?',
  'restricted',
  'limited',
  'limitee?s?',
  'open to',
  'ouverte?s? aux?',
  'abiert[oa]s? a',
  'eligible',
  'eligibles',
  'elegibles?',
  'preference',
  'priorit\\w*',
  'preferen\\w*',
  'requisit\\w*',
  'requirements?',
])}\\b|^(?:nationality|nationalite|nacionalidad)\\s*:`);

/** "Open to all nationalities", "workforce diversity in terms of gender, nationality": no rule. */
const ANY_NATIONALITY = new RegExp(`\\b${alternation([
  'all nationalities',
  'any nationality',
  'toutes (?:les )?nationalites',
  'toute nationalite',
  'sans distinction',
  'regardless',
  'irrespective',
  'without distinction',
  'todas las nacionalidades',
  'cualquier nacionalidad',
  'sin distincion',
  'divers\\w*',
])}\\b`);

const PREFERENCE = /\b(?:preference|priorit\w*|preferen\w*)\b/;

const EUROPEAN_UNION_WORDS = /\b(?:union europeenne|european union|union europea)\b/;

const EUROPEAN_UNION_ACRONYM = /\b(?:EU|UE)\b/;

/** "national candidates", "candidats nationaux": nationals of the posting's country, unnamed. */
const NATIONALS_UNNAMED = /\b(?:nationaux|nationales|national candidates|candidatos nacionales|personal nacional)\b/;

const EU_MEMBERS = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

/** UN categories for nationals of the duty station's country: "National Consultant", "Consultor/a nacional". */
const NATIONAL_POST = alternation([
  'national (?:consultant|officer|professional officer|expert|project officer)',
  '(?:consultant|expert|administrateur|charge)(?:e|\\(e\\))? national(?:e|\\(e\\))?',
  'consultor(?:\\/a|a|\\(a\\))? nacional',
  'oficial nacional',
  'experto? nacional',
  'experta nacional',
]);

/** The post as a heading or a label's value: "National Consultant - Evaluation…", "Post Level : National Consultant". */
const NATIONAL_POST_HEADING = new RegExp(`^(?:[^:\\t]{1,40}[:\\t]\\s*)?(?:[^:\\t.]{0,40}?\\s[-–—|]\\s)?(?:an?\\s|une?\\s|una\\s)?${NATIONAL_POST}\\b`);

/** The post as the sentence that announces it: "UNDP seeks a national consultant…". */
const NATIONAL_POST_SOUGHT = new RegExp(
  `\\b(?:seek\\w*|recruit\\w*|hiring|looking for|recrute\\w*|recherche\\w*|busca\\w*|contrata\\w*|selecciona\\w*)\\s+(?:an?|une?|un\\/a|un\\(e\\)|una)\\s+${NATIONAL_POST}\\b`,
);

/** UN national officer grades, on a grade or level line: "Grade: NO-B". */
const NATIONAL_OFFICER_GRADE = /\bNO-?[A-D]\b/;

const GRADE_LABEL = /\b(?:grade|level|niveau|nivel|categor\w*)\b/;

/** "For P2/NOB": open to international staff too. */
const INTERNATIONAL_GRADE = /\b(?:P|D|FS)-?\d\b/;

/** The words a nationality phrase hangs on: "nationals of …", "… nationals", "de nationalité …", "ressortissants …". */
const NATIONALITY_HEAD = new RegExp(`^${alternation([
  'nationalit(?:y|ies|e|es)',
  'nacionalidad(?:es)?',
  'nationals?',
  'nacional(?:es)?',
  'ressortissante?s?',
  'citizens?',
  'citizenship',
  'citoyen(?:ne)?s?',
  'citoyennete',
  'ciudadan[oa]s?',
  'ciudadania',
])}$`);

/** Words a list of nationalities is written with, and those of "EU Member States, EEA countries": the phrase goes on over them. */
const PHRASE_WORDS = new Set([
  'of', 'the', 'a', 'an', 'any', 'one', 'either', 'from', 'and', 'or', 'de', 'du', 'des', 'la', 'le', 'les', 'un', 'une', 'uno', 'una', 'del', 'el',
  'los', 'las', 'et', 'ou', 'y', 'o', 'eu', 'ue', 'union', 'european', 'europeenne', 'europea', 'member', 'members', 'state', 'states', 'etat',
  'etats', 'estado', 'estados', 'miembro', 'miembros', 'membre', 'membres', 'eea', 'eee', 'efta', 'aele', 'economic', 'economique', 'economico',
  'area', 'espace', 'espacio', 'country', 'countries', 'pays', 'pais', 'paises',
]);

/** Before "nationals" only these go on: "Malian, Nigerien or Senegalese nationals", "EU/EEA nationals". */
const PHRASE_WORDS_BEFORE = new Set(['and', 'or', 'et', 'ou', 'y', 'o', 'eu', 'ue', 'eea', 'eee', 'efta', 'aele']);

/** Words after which a list of nationalities has ended: "… only", "… exigée", "… nationals". */
const PHRASE_END = new RegExp(`^${alternation([
  ...ONLY_WORDS,
  'required',
  'requise?s?',
  'exigee?s?',
  'obligatoire',
  'indispensable',
  'imprescindible',
  'requerid[oa]s?',
  'nationals?',
  'citizens?',
  'ressortissante?s?',
  'nacionales',
])}$`);

const NAME_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/** Country names run over a few words at most ("République démocratique du Congo"). */
const LONGEST_COUNTRY_WORDS = 6;

/** "français", "française", "english": a language's name, which is a demonym only right next to "nationality". */
function isLanguageWord(word: string): boolean {
  return [word, word.replace(/e?s?$/, '')].some((form) => LANGUAGE_NAMES.some(([, name]) => name.test(form)));
}

/**
 * The countries of a clause's nationality phrases: the names and demonyms next to "nationals",
 * "nationalité", "ressortissants" or "nacionalidad", read as long as the list goes on ("nationals of
 * Senegal, Mali and Niger", "Malian or Nigerien nationals"). Other words of the clause are not read:
 * "nationals of Senegal and fluent in French" names Senegal only.
 */
function countriesNamed(clause: Clause): string[] {
  // The clause's own letters where fold() kept its length (names are capitalised there), its folded ones otherwise.
  const own = clause.text.length === clause.folded.length;
  const text = own ? clause.text : clause.folded;
  const tokens = Array.from(text.matchAll(NAME_TOKEN), (match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
  const words = tokens.map(({ word }) => fold(word).replace(/^(?:l|d|qu)['’]/, ''));
  // The text between token i - 1 and token i: a list goes on over spaces, commas, slashes and brackets only.
  const goesOn = (index: number) => index > 0 && index < tokens.length && !/[.;!?]/.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start));
  const countryAt = (index: number): { code: string; size: number } | null => {
    if (own && !/^[A-ZÀ-Ý]/.test(tokens[index]!.word)) return null;
    // A name's words are joined by spaces only: "Burkina Faso", not "Mali, Niger".
    let longest = 1;
    while (longest < LONGEST_COUNTRY_WORDS && index + longest < tokens.length && /^\s+$/.test(text.slice(tokens[index + longest - 1]!.end, tokens[index + longest]!.start))) longest++;
    for (let size = longest; size >= 1; size--) {
      const code = countryCodeOf(text.slice(tokens[index]!.start, tokens[index + size - 1]!.end));
      if (code) return { code, size };
    }
    return null;
  };
  // "sénégalaise ou française exigée": a language's name that ends the list is a nationality too.
  const endsPhrase = (index: number) => !goesOn(index + 1) || PHRASE_END.test(words[index + 1]!);
  const demonymAt = (index: number, nextToHead: boolean): string | null => {
    const word = words[index]!;
    if (word.length < 4 || (!nextToHead && !endsPhrase(index) && isLanguageWord(word))) return null;
    return countryOfDemonym(word);
  };

  const found = new Set<string>();
  words.forEach((word, head) => {
    if (!NATIONALITY_HEAD.test(word)) return;
    // After the head: "nationals of Senegal, Mali and Niger", "nationalité nigérienne", "ressortissants du Mali".
    for (let index = head + 1, nextToHead = true; goesOn(index); ) {
      const country = countryAt(index);
      if (country) {
        found.add(country.code);
        index += country.size;
        nextToHead = false;
      } else if (PHRASE_WORDS.has(words[index]!)) {
        index++;
      } else {
        const code = demonymAt(index, nextToHead);
        if (!code) break;
        found.add(code);
        index++;
        nextToHead = false;
      }
    }
    // Before it: "Malian nationals", "Senegalese or Gambian citizens".
    for (let index = head - 1, nextToHead = true; index >= 0 && goesOn(index + 1); index--) {
      if (PHRASE_WORDS_BEFORE.has(words[index]!)) continue;
      const code = demonymAt(index, nextToHead);
      if (!code) break;
      found.add(code);
      nextToHead = false;
    }
  });
  return Array.from(found);
}

/** "Post title" and grade labels name the post; these name someone else: its supervisor, its counterpart. */
const SUPERVISION = new RegExp(`^(?:(?:direct|immediate|line|overall|first|second|technical|administrative)\\s+)?${alternation([
  'supervisor\\w*',
  'supervision',
  'supervised by',
  'reports? to',
  'reporting (?:to|line)',
  'under the (?:\\w+\\s+){0,2}(?:supervision|guidance|direction|responsibility|authority|leadership) of',
  "sous (?:la|l') ?(?:\\w+\\s+){0,2}(?:supervision|responsabilite|direction|autorite|tutelle|coordination|encadrement)",
  'superieur\\w* hierarchique',
  'responsable hierarchique',
  'rattach\\w*',
  'lien hierarchique',
  'n\\+1',
  'bajo la (?:\\w+\\s+){0,2}(?:supervision|direccion|responsabilidad|coordinacion|autoridad)',
  'reporta a',
  'jefe inmediato',
  '(?:line )?manager',
  'counterparts?',
  'contrepartie',
  'contraparte',
  'in (?:close )?(?:collaboration|coordination) with',
  'en (?:etroite )?(?:collaboration|coordination) avec',
  'en (?:estrecha )?(?:colaboracion|coordinacion) con',
  'working with',
  'travaillant avec',
])}\\b`);

/** EEA and EFTA members outside the EU: "EU Member States, EEA countries and Switzerland". */
const EEA_WORDS = /\b(?:eea|eee|european economic area|espace economique europeen|espacio economico europeo)\b/;

const EFTA_WORDS = /\b(?:efta|aele|european free trade association|association europeenne de libre-echange)\b/;

const EEA_OUTSIDE_EU = ['IS', 'LI', 'NO'];

const EFTA_MEMBERS = ['IS', 'LI', 'NO', 'CH'];

function nationalityOf(clause: Clause, postingCountry: string | null): Omit<NationalityItem, 'quote' | 'required'> | null {
  const { folded, text } = clause;
  // The post's own title, heading or grade, not the post it reports to ("Supervisor: National Project Officer").
  const isNationalPost =
    !SUPERVISION.test(folded) &&
    (NATIONAL_POST_HEADING.test(folded) || NATIONAL_POST_SOUGHT.test(folded) || (NATIONAL_OFFICER_GRADE.test(text) && GRADE_LABEL.test(folded) && !INTERNATIONAL_GRADE.test(text)));
  if (isNationalPost) {
    // Nationals of a country nobody names: nothing to check a nationality against.
    const named = findCountry(text)?.code ?? postingCountry;
    return named ? { kind: 'nationality', rule: 'national', countries: [named] } : null;
  }
  if (!(NATIONALITY_WORD.test(folded) || NATIONALS_UNNAMED.test(folded)) || !NATIONALITY_RULE.test(folded) || ANY_NATIONALITY.test(folded)) return null;
  const countries = countriesNamed(clause);
  if (EUROPEAN_UNION_WORDS.test(folded) || EUROPEAN_UNION_ACRONYM.test(text)) {
    // More than the EU: its members and the others named ("EEA countries and Switzerland").
    const others = new Set([
      ...(EEA_WORDS.test(folded) ? EEA_OUTSIDE_EU : []),
      ...(EFTA_WORDS.test(folded) ? EFTA_MEMBERS : []),
      ...countries.filter((code) => !EU_MEMBERS.includes(code)),
    ]);
    return others.size > 0 ? { kind: 'nationality', rule: 'listed', countries: [...EU_MEMBERS, ...others] } : { kind: 'nationality', rule: 'eu', countries: EU_MEMBERS };
  }
  if (countries.length > 1) return { kind: 'nationality', rule: 'listed', countries };
  if (countries.length === 1) return { kind: 'nationality', rule: 'national', countries };
  if (NATIONALS_UNNAMED.test(folded) && postingCountry) return { kind: 'nationality', rule: 'national', countries: [postingCountry] };
  return null;
}

/** The words without which a clause says nothing of nationality: a cheap test before the others. */
const NATIONALITY_CUE = /nationa|nacional|ressortiss|citizen|citoyen|ciudadan|\bno-?[a-d]\b/;

/** A nationality rule is one sentence; a longer clause is a list or page debris, and costly to scan for names. */
const MAX_NATIONALITY_CLAUSE = 500;

/** Who may apply by nationality; a posting that says so twice ("National Consultant", "seeks a national consultant") gives one item. */
export function nationalityRequirements(clauses: readonly Clause[], postingCountry: string | null): NationalityItem[] {
  const found = new Map<string, NationalityItem>();
  for (const clause of clauses) {
    if (clause.folded.length > MAX_NATIONALITY_CLAUSE || !NATIONALITY_CUE.test(clause.folded)) continue;
    const rule = nationalityOf(clause, postingCountry);
    if (!rule) continue;
    const key = `${rule.rule}|${rule.countries.join(',')}`;
    const required = !(PREFERENCE.test(clause.folded) || isAsset(clause.folded));
    if (!found.has(key)) found.set(key, { ...rule, required, quote: quoteOf(clause.text, clause.folded.search(NATIONALITY_CUE)) });
  }
  return Array.from(found.values());
}
