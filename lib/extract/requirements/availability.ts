/** The period the person must be available for: a range of dates, a start, or a whole month. */
import { alternation } from '../../patterns';
import type { Requirement } from '../../schema';
import { findDates } from '../dates';
import { type Clause, isAsset, quoteOf } from './clauses';

type AvailabilityItem = Extract<Requirement, { kind: 'availability' }>;

/**
 * Words that make a clause's dates the assignment's: its start, its period, its duration, the person's
 * availability, what the consultant will do. A mission's or a project's history ("EUCAP Sahel Mali is a
 * civilian CSDP mission deployed in Bamako from January 2015") has none of them.
 */
const ASSIGNMENT_WORD = alternation([
  'mission',
  'assignment',
  'consultancy',
  'consultance',
  'consultation',
  'consultoria',
  'contract',
  'contrat',
  'contrato',
  'implementation',
  'mise en oeuvre',
  'execution',
  'ejecucion',
  'performance',
  'prestation',
  'intervention',
  'engagement',
  'deployment',
  'deploiement',
  'affectation',
  'volontariat',
  'voluntariado',
  'services?',
  'work',
  'travail',
  'travaux',
  'trabajo',
  'poste?',
  'position',
  'puesto',
]);
/** Who carries the assignment out: "the consultant", "la volontaire", "the selected candidate", "the mission". */
const ASSIGNEE = alternation([
  'consultant',
  'consultante',
  'expert',
  'experte',
  'consultor',
  'consultora',
  'volunteer',
  'volontaire',
  'voluntari[oa]',
  'incumbent',
  'selected candidate',
  'candidat retenu',
  ASSIGNMENT_WORD,
]);
/** What the assignment or its holder will do, in time: "will", "sera", "se déroulera", "starts", "lasts". */
const WILL_HAPPEN = alternation([
  'will',
  'shall',
  'is (?:for|expected|planned|scheduled)',
  'sera',
  'devra',
  'debera',
  'estara',
  'se deroulera',
  'aura lieu',
  'commencera',
  'debutera',
  'durera',
  'comenzara',
  'iniciara',
  'tendra lugar',
  'se desarrollara',
  'est prevue?',
  'esta previst[oa]',
  'starts?',
  'begins?',
  'runs?',
  'lasts?',
]);

const ASSIGNMENT_CUE = new RegExp(
  [
    // "Start date", "Date de début", "Fecha de inicio", "Début de la mission", "Prise de poste".
    '\\b(?:(?:expected |estimated |anticipated |indicative )?start(?:ing)? date|commencement date|' +
      "date (?:de |du |d')(?:debut|demarrage|commencement|prise de (?:poste|fonctions?)|entree en fonctions?)",
    `fecha (?:estimada |prevista )?de (?:inicio|incorporacion|comienzo)|fecha de inicio|prise de (?:poste|fonctions?)|entree en fonctions?|incorporacion`,
    `(?:debut|demarrage|start|beginning|commencement|inicio|comienzo) (?:of |de |du |des |d'|del )(?:the |la |l'|el )?${ASSIGNMENT_WORD}`,
    // "Disponibilité", "Availability", "available from".
    'disponib\\w*|availab\\w*|duration|duree|duracion',
    // "Période de la mission", "Period of implementation", "Période envisagée", "período de 90 días".
    `(?:periode?s?|periodo|dates?|fechas?) (?:of |de |du |des |d'|del )(?:the |la |l'|el )?(?:${ASSIGNMENT_WORD}|\\d)`,
    '(?:periode?|periodo) (?:envisagee|previsionnelle|prevue|estimee|indicative|souhaitee|prevista|estimada|envisaged|foreseen|' +
      'expected|planned|indicative)',
    `${ASSIGNMENT_WORD} (?:period|dates?|start)`,
    // "Mission de 12 mois", "30 months from March 2021", "60 working days between…".
    `${ASSIGNMENT_WORD} (?:de |of |d'une duree de |for )?\\d+ (?:mois|months?|meses|semaines|weeks?|semanas|jours|days|dias)`,
    '\\d+ (?:(?:working|consecutive|calendar|ouvres|ouvrables|calendaires|habiles|consecutivos) )?' +
      '(?:mois|months?|meses|semaines|weeks?|semanas|jours|days|dias)(?: (?:ouvres|ouvrables|calendaires|consecutifs|habiles|consecutivos))? ' +
      '(?:from|starting|beginning|between|a partir|a compter|des|desde|entre|du|del)',
    // "The consultant will…", "La mission se déroulera…", "The assignment is for…".
    `(?:the|le|la|l'|el|this|cette|ce|esta|este) ${ASSIGNEE}e? ${WILL_HAPPEN}\\b`,
  ].join('|') + ')',
);

/** Dates of the application, the publication or the project itself are not the person's period. */
const OTHER_DATES = new RegExp(`\\b${alternation([
  'candidat\\w*',
  'applications?',
  'apply',
  'postul\\w*',
  'submi\\w*',
  'soumi\\w*',
  'deadline',
  'date limite',
  'closing',
  'cloture',
  'cierre',
  'publi\\w*',
  'posted',
  'posting',
  'vacancy',
  'vacance',
  'announcement',
  'annonce',
  'affichage',
  'convocatoria',
  'mis en ligne',
  'expir\\w*',
])}\\b`);

const PROJECT_WORD = /\b(?:project|projet|programme|program|proyecto|programa)\b/;

const PERSON_CUE = new RegExp(`\\b${alternation([
  'mission',
  'assignment',
  'consultan\\w*',
  'contra\\w*',
  'expert\\w*',
  'disponib\\w*',
  'available',
  'availability',
  'poste?',
  'position',
  'puesto',
  'volontari\\w*',
  'voluntari\\w*',
  'volunteer',
])}\\b`);

/** The connector of a range of dates: "du … au …", "from … to …", "between … and …", "del … al …". */
const RANGE_CONNECTOR = new RegExp(`^\\s*${alternation([
  'au',
  'to',
  'until',
  'till',
  'through',
  'thru',
  'al',
  'a',
  'hasta(?: el)?',
  'and(?: the)?',
  'et(?: le)?',
  'y(?: el)?',
  '-',
])}\\s*(?:le\\s+|el\\s+|the\\s+)?$`);

/** A start: "from March 2021", "à partir du 1er mars 2025", "Start date: …", "a partir de marzo de 2025". */
const START_CUE = new RegExp(`\\b${alternation([
  'from',
  'starting(?: (?:in|on|from))?',
  'start(?:ing)? date',
  'commencing',
  'as of',
  'a partir d(?:u|e|es)',
  'a compter d(?:u|e)',
  'des le',
  'date de debut',
  'debut',
  'fecha de inicio',
  'inicio',
  'desde',
])}\\b\\s*:?\\s*(?:le\\s+|el\\s+|the\\s+|early\\s+|debut\\s+)?`, 'g');

/** "Période envisagée : novembre 2025": a whole month. */
const PERIOD_LABEL = /^(?:periode|period|periodo|dates?|fechas?)\b[^:]{0,40}:\s*/;

/** A month and year in words, "March 2021", "novembre 2025", "marzo de 2025" (a regex source). */
const MONTH_YEAR = "(?:de\\s+|d')?([a-z]{3,10})\\.?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b";

/** What may stand between a start cue and its date: a few words, no other number or sentence. */
const CUE_TO_DATE = /^[^\d.;]{0,25}$/;

const CUE_TO_MONTH = new RegExp(`^(?:[^\\d.;]{0,25}?\\s)?${MONTH_YEAR}`);

const WHOLE_MONTH = new RegExp(`^${MONTH_YEAR}[\\s.;,]*$`);

// "from 1 June to 31 August 2024", "du 1er au 31 mars 2025": the first date borrows what the second one writes.
const FIRST_DATE_WITHOUT_YEAR = new RegExp(
  [
    '\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:de\\s+)?([a-z]{3,10})\\.?',
    '(\\s+(?:to|until|till|through|au|al|a|hasta|and|et|y|-)\\s+(?:the\\s+|le\\s+|el\\s+)?',
    '\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:de\\s+)?[a-z]{3,10}\\.?\\s+(?:de\\s+|del\\s+)?(\\d{4}))',
  ].join(''),
  'g',
);

const FIRST_DAY_ONLY = new RegExp(
  [
    '\\b(\\d{1,2})(?:er|st|nd|rd|th)?',
    '(\\s+(?:to|au|al|a|-|and|et|y)\\s+(?:le\\s+|el\\s+|the\\s+)?',
    '\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:de\\s+)?([a-z]{3,10})\\.?\\s+(?:de\\s+|del\\s+)?(\\d{4}))',
  ].join(''),
  'g',
);

/** The first day of a month written as words ("March 2021", "novembre 2025"), or null. */
function firstOfMonth(month: string, year: string): string | null {
  return findDates(`1 ${month} ${year}`)[0]?.date ?? null;
}

function lastOfMonth(first: string): string {
  const [year, month] = first.split('-').map(Number);
  return new Date(Date.UTC(year!, month!, 0)).toISOString().slice(0, 10);
}

/**
 * The period a clause states: a range, a start, or a whole month. `at` is about where it is written (the
 * completed text may run a few chars longer than the clause), to centre the quote of a long clause.
 */
function periodOf(folded: string): { from: string; to: string | null; at: number } | null {
  const completed = folded.replace(FIRST_DATE_WITHOUT_YEAR, '$1 $2 $4$3').replace(FIRST_DAY_ONLY, '$1 $3 $4$2');
  const dates = findDates(completed);
  for (let index = 0; index + 1 < dates.length; index++) {
    const [first, second] = [dates[index]!, dates[index + 1]!];
    if (first.date < second.date && RANGE_CONNECTOR.test(completed.slice(first.index + first.length, second.index))) {
      return { from: first.date, to: second.date, at: first.index };
    }
  }
  for (const cue of completed.matchAll(START_CUE)) {
    const after = cue.index + cue[0].length;
    // "Début de la mission : 1er mars 2025": a few words may come between the cue and its date.
    const date = dates.find((candidate) => candidate.index >= after && CUE_TO_DATE.test(completed.slice(after, candidate.index)));
    if (date) return { from: date.date, to: null, at: cue.index };
    const month = completed.slice(after).match(CUE_TO_MONTH);
    const first = month ? firstOfMonth(month[1]!, month[2]!) : null;
    if (first) return { from: first, to: null, at: cue.index };
  }
  // "Période envisagée : novembre 2025": the label's whole value is one month.
  const label = completed.match(PERIOD_LABEL);
  const month = label ? completed.slice(label[0].length).match(WHOLE_MONTH) : null;
  const first = month ? firstOfMonth(month[1]!, month[2]!) : null;
  return first ? { from: first, to: lastOfMonth(first), at: 0 } : null;
}

/** The period the person must be available for: the first one the posting states. */
export function availabilityRequirements(clauses: readonly Clause[]): AvailabilityItem[] {
  for (const clause of clauses) {
    const { folded } = clause;
    if (!/\d{4}/.test(folded) || !ASSIGNMENT_CUE.test(folded) || OTHER_DATES.test(folded)) continue;
    if (PROJECT_WORD.test(folded) && !PERSON_CUE.test(folded)) continue;
    const period = periodOf(folded);
    if (period) return [{ kind: 'availability', from: period.from, to: period.to, required: !isAsset(folded), quote: quoteOf(clause.text, period.at) }];
  }
  return [];
}
