/**
 * The vacancy or tender number, best source first: the adapter, the reference labels (the one shaped
 * like a vacancy number when a page has several: "DC/DAR/NO/2021/8" over a board's "6146"), JSON-LD's
 * identifier, an application subject that is a code, then a number the opening writes after "N°" or
 * before the title.
 */
import { LEADING_CODE, REFERENCE_PREFIX } from './title';

// A code with letters, digits and separators, as organisations number their vacancies.
const SHAPED = /^(?=.*\p{L})(?=.*\d)[\p{L}\d]+(?:[/_.-][\p{L}\d]+)+$/u;
const NUMBER_SIGN = /(?:^|\s)(?:N°|Nº|N\.º|No\.|#)\s*([A-Z0-9][A-Z0-9/_.-]*\d[A-Z0-9/_.-]*[A-Z0-9])/;

function clean(text: string | null | undefined): string | null {
  // "REC-2026-02 | Published on Feb 03, 2026": a board's next field on the same line.
  const cleaned = text?.split(/\s\|\s|\s{3,}/)[0]!.replace(/\s+/g, ' ').trim();
  if (!cleaned) return null;
  // "DC/DAR/NO/2023/01 Publication date: 29 May 2023…", "BOL/98468-3485/17 De acuerdo a los Términos…": a code
  // followed by more words is the code, and the words are the next field or a sentence.
  const [code, ...rest] = cleaned.split(' ');
  const restText = rest.join(' ');
  const lowerCaseWords = rest.filter((word) => /^\p{Ll}+$/u.test(word)).length;
  if (SHAPED.test(code!) && (/:\s/.test(restText) || lowerCaseWords >= 2)) return code!;
  return cleaned.slice(0, 300);
}

/** "CFA-BF10-02-2025 - Consultant National…": a reference with a digit, written before the title. */
function beforeTitle(lines: string[]): string | null {
  for (const line of lines) {
    const reference = line.match(REFERENCE_PREFIX)?.[1] ?? line.match(LEADING_CODE)?.[1];
    if (reference && /\d/.test(reference) && /\p{L}/u.test(reference)) return reference;
  }
  return null;
}

function afterNumberSign(lines: string[]): string | null {
  for (const line of lines) {
    const reference = line.match(NUMBER_SIGN)?.[1];
    if (reference) return reference;
  }
  return null;
}

export interface ReferenceSources {
  adapter: string | null | undefined;
  labelled: string[];
  identifier: string | null;
  subject: string | null;
  /** The main heading and the first lines of the text. */
  opening: string[];
}

export function referenceOf(sources: ReferenceSources): string | null {
  const labelled = sources.labelled.map(clean).filter((value): value is string => value !== null);
  const shaped = labelled.find((value) => SHAPED.test(value));
  // "Asunto: PNUD-IC-316/2016 “Soporte metodológico…”": the code an application subject opens with.
  const subjectCode = sources.subject?.trim().split(/\s+/)[0] ?? '';
  const subject =
    sources.subject && /^[\p{L}\d_ /-]*\d[\p{L}\d_ /-]*$/u.test(sources.subject) && sources.subject.length <= 40
      ? sources.subject
      : SHAPED.test(subjectCode)
        ? subjectCode
        : null;
  return (
    clean(sources.adapter) ?? shaped ?? labelled[0] ?? clean(sources.identifier) ?? subject ?? beforeTitle(sources.opening) ?? afterNumberSign(sources.opening)
  );
}
