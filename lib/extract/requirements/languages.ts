/** Languages and their level, as findLanguages() read them, quoted from the clause that states them. */
import type { Requirement } from '../../schema';
import { fold } from '../../text';
import { LANGUAGE_NAMES } from '../fields';
import { type Clause, type RequirementSource, quoteOf } from './clauses';

type LanguageItem = Extract<Requirement, { kind: 'language' }>;

/** The "Langues : " that understand() puts in front of a languages label's value. */
const LANGUAGES_LABEL = /^(?:langues?|languages?|idiomas?)\s*:\s*/;

/**
 * One item per language findLanguages() read, quoted from the clause it was read in. A clause outside
 * the grids is preferred ("Fluent in French and English (C1 expected)" over the grid's "English and
 * French C1"), then one that names the language with its level.
 */
export function languageRequirements(languages: RequirementSource['languages'], clauses: readonly Clause[]): LanguageItem[] {
  return languages.flatMap(({ code, level, required, raw }) => {
    const name = LANGUAGE_NAMES.find(([candidate]) => candidate === code)?.[1];
    if (!name) return [];
    const naming = clauses.filter((clause) => name.test(clause.folded));
    const outside = naming.filter((clause) => !clause.inGrid);
    const said = raw ? fold(raw).replace(LANGUAGES_LABEL, '').trim() : '';
    const saysIt = (clause: Clause) => said !== '' && clause.folded.includes(said);
    const levelPattern = level ? new RegExp(`\\b${level.toLowerCase()}\\b`) : null;
    const givesLevel = (clause: Clause) => levelPattern !== null && levelPattern.test(clause.folded);
    const clause = outside.find(saysIt) ?? outside.find(givesLevel) ?? naming.find(saysIt) ?? outside[0] ?? naming[0];
    if (!clause) return [];
    return [{ kind: 'language' as const, code, level, required, quote: quoteOf(clause.text, clause.folded.search(name)) }];
  });
}
