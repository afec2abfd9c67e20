/** Years that are the employer's, not the candidate's: "NRC has 25 years of experience". */
import { alternation } from '../../patterns';
import { LANGUAGE_NAMES } from '../fields';
import type { Clause } from './clauses';
import { LOOK_BEHIND, ORGANISATION_NOUN, type YearsStatement } from './years-words';

const ORGANISATION_SUBJECT = new RegExp(
  `^(?:we|nous|nosotros|our|notre|nos|nuestr[oa]s?|(?:the|this|that|l'|la|le|les|el|los|las|cette|ce|cet|esta|este|dicha|dicho)\\s*${ORGANISATION_NOUN})\\b`,
);

/** "NRC works", "Save the Children is": a name then a verb, in the clause's own letters. */
const PROPER_SUBJECT = new RegExp(
  [
    "^(?:(?:[Tt]he|[Ll]'|[Ll]a|[Ll]e|[Ee]l)\\s*)?",
    "[A-ZÀ-Ý][\\p{L}\\p{N}&'’-]*",
    "(?:\\s+(?:[A-ZÀ-Ý][\\p{L}\\p{N}&'’-]*|of|the|for|de|du|des|pour|para|del|et|and|y|&))*",
    '\\s+\\p{Ll}',
  ].join(''),
  'u',
);

/** The person the posting is for: "you", "vous", "the ideal candidate", "el/la consultor/a", "the Team Leader". */
const CANDIDATE_WORD = new RegExp(`\\b${alternation([
  'you',
  'your',
  'vous',
  'votre',
  'tu',
  'usted',
  'candidat\\w*',
  'applicant\\w*',
  'consultant\\w*',
  'consultor\\w*',
  'expert\\w*',
  'incumbent',
  'titulaire',
  'jobholder',
  'postulant\\w*',
  'person\\w*',
  'profil\\w*',
  'perfil',
  'volunteer\\w*',
  'volontaire\\w*',
  'voluntari\\w*',
  'he\\/she',
  'she\\/he',
  's\\/he',
  'il\\/elle',
  'elle\\/il',
  'leader',
  'manager',
  'coordinat\\w*',
  'officer',
  'speciali\\w*',
  'advis\\w*',
  'conseill\\w*',
  'asesor\\w*',
  'head',
  'chef',
  'jefe',
  'director\\w*',
  'directeur',
  'directrice',
  'chief',
  'assistant\\w*',
  'analyst\\w*',
  'engineer\\w*',
  'ingenieur\\w*',
  'trainer',
  'formateur\\w*',
  'staff',
  'personnel',
])}\\b`);

const MODAL = new RegExp(`\\b${alternation([
  'must',
  'should',
  'shall',
  'will',
  'would',
  'need\\w*',
  'doi\\w+',
  'devr\\w+',
  'devez',
  'debe\\w*',
  'deber\\w*',
  'require\\w*',
  'requis\\w*',
  'exige\\w*',
])}\\b`);

/** "With over 25 years of experience…, <subject>", "Fort de 30 ans…", "Con más de 20 años…": the years are the subject's. */
const SUBJECT_OPENER = /^(?:with|avec|fort(?:e|es|s|\(e\))?\s+(?:de|d')|riche\s+(?:de|d')|con|having|ayant|boasting)\b[^,;:]{0,40}$/;

/** "NRC has 25 years of experience", "L'ONG a 30 ans d'expérience", "La organización cuenta con 20 años…". */
const POSSESSION = new RegExp(`\\b${alternation([
  'has',
  'have',
  'had',
  'boasts?',
  'brings?',
  'a',
  'ont',
  'avons',
  'possede\\w*',
  "dispose d'",
  "disposons d'",
  'cumule\\w*',
  'totalise\\w*',
  'cuenta con',
  'cuentan con',
  'contamos con',
  'tiene',
  'tienen',
  'tenemos',
  'acumula\\w*',
])}\\s+(?:(?:over|more than|nearly|almost|some|about|around|plus de|pres de|environ|mas de|casi|cerca de)\\s+)?$`);

/** "Présente au Mali depuis 20 ans", "active since 30 years": the organisation's history. */
const SINCE = new RegExp(`\\b(?:depuis|since|desde hace|desde|il y a|hace)\\s+(?:${alternation([
  'plus de',
  'over',
  'more than',
  'mas de',
  'pres de',
  'nearly',
  'almost',
  'about',
  'environ',
  'casi',
  'cerca de',
])}\\s+)?$`);

/**
 * Years that are the employer's, not the candidate's: "With over 25 years of experience in humanitarian
 * response, NRC works…", "Fort de 30 ans d'expérience en Afrique, notre ONG…", "NRC has 25 years of
 * experience", "présente au Mali depuis 20 ans". A sentence about "you" or "the candidate" still states
 * a requirement ("Fort(e) de 5 ans d'expérience, vous…", "You have at least 5 years…").
 */
export function aboutOrganisation(clause: Clause, statement: YearsStatement): boolean {
  const { folded } = clause;
  const start = Math.max(0, statement.start - LOOK_BEHIND);
  const before = folded.slice(start, statement.start);
  if (SINCE.test(before)) return true;
  const possession = POSSESSION.exec(before);
  if (possession) {
    // The subject of "has": the words before it, since the last comma or label.
    const subjectStart = start + Math.max(...[',', ':', ';', '('].map((mark) => before.lastIndexOf(mark, possession.index))) + 1;
    const subject = folded.slice(subjectStart, start + possession.index);
    if (!MODAL.test(subject) && isEmployer(clause, subjectStart)) return true;
  }
  if (statement.start > LOOK_BEHIND || !SUBJECT_OPENER.test(folded.slice(0, statement.start))) return false;
  // The subject of the opener is that of the clause after its comma.
  const comma = folded.indexOf(',', statement.end);
  return comma !== -1 && isEmployer(clause, comma + 1);
}

/** The clause's subject at `at` is its employer: "we", "notre ONG", "la organización", a name ("NRC works"), not "you" or "the candidate". */
function isEmployer(clause: Clause, at: number): boolean {
  const folded = clause.folded.slice(at, at + LOOK_BEHIND).trim();
  if (CANDIDATE_WORD.test(folded.split(/\s+/).slice(0, 4).join(' '))) return false;
  if (ORGANISATION_SUBJECT.test(folded)) return true;
  // A name in the clause's own letters; "French is required" names a language, not an employer.
  const own = clause.text.length === clause.folded.length ? clause.text.slice(at, at + LOOK_BEHIND).trim() : '';
  const firstWord = folded.match(/^[a-z]+/)?.[0] ?? '';
  return PROPER_SUBJECT.test(own) && !LANGUAGE_NAMES.some(([, name]) => name.test(firstWord));
}
