/**
 * What every requirement reader works on: the description cut into clauses (sentences and list items),
 * and the quote a requirement shows, cut from the clause it was read in.
 */
import { BULLET_MARK } from '../../patterns';
import type { Posting } from '../../schema';
import { fold } from '../../text';
import { ASSET, MAX_REQUIREMENT_LINE } from '../fields';
import { selectionGridLines } from '../grids';

/** What the requirements are read from: the description, and the fields already read from it. */
export type RequirementSource = Pick<Posting, 'description' | 'languages' | 'education' | 'location'>;

/** A sentence or a list item: what one requirement is stated in. */
export interface Clause {
  text: string;
  /** fold(text): the form the patterns read. */
  folded: string;
  inGrid: boolean;
  /** The line the clause is a piece of (trimmed), its index among the text's lines, and which piece of it the clause is. */
  line: string;
  lineIndex: number;
  piece: number;
}

/** Where findLanguages() cuts a line into clauses; the other readers cut alike so that quotes agree. */
const CLAUSE_BREAK = /[;•·]|\.\s/;

/**
 * Where each clause of a line starts in it (trimmed as the clause is): the first place at or after the
 * previous piece's end that holds the piece. Only a quote over several clauses needs it.
 */
export function clauseOffsets(line: string): number[] {
  let end = 0;
  return line.split(CLAUSE_BREAK).map((piece) => {
    const start = line.indexOf(piece, end);
    end = start + piece.length;
    return start + piece.length - piece.trimStart().length;
  });
}

export function clausesOf(description: string): Clause[] {
  const lines = description.split('\n');
  // One fold() for the whole text: fold() never adds or removes a line break, so the lines stay aligned.
  const foldedLines = fold(description).split('\n');
  const gridLines = selectionGridLines(lines, foldedLines);
  const clauses: Clause[] = [];
  lines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.length > MAX_REQUIREMENT_LINE) return;
    const pieces = line.split(CLAUSE_BREAK);
    let foldedPieces = foldedLines[index]!.trim().split(CLAUSE_BREAK);
    // fold() could turn a rare character into a break (Greek ";"): fold the pieces one by one then.
    if (foldedPieces.length !== pieces.length) foldedPieces = pieces.map(fold);
    pieces.forEach((piece, position) => {
      const text = piece.trim();
      if (text !== '') clauses.push({ text, folded: foldedPieces[position]!.trim(), inGrid: gridLines.has(index), line, lineIndex: index, piece: position });
    });
  });
  return clauses;
}

/** The clause's own letters between two offsets of its folded form (the folded ones when fold() resized it). */
export function originalSlice(clause: Clause, start: number, end: number): string {
  return clause.folded.length === clause.text.length ? clause.text.slice(start, end) : clause.folded.slice(start, end);
}

export const MAX_QUOTE = 200;

export const LEADING_MARKS = new RegExp(`^(?:${BULLET_MARK}+\\s*|o\\s+)+`);

const TRAILING_MARKS = /[\s;,:]/;

/** The clause as a quote: without its bullet, on one line, and around `at` when it is longer than a quote. */
export function quoteOf(text: string, at = 0): string {
  let start = 0;
  let end = text.length;
  if (text.length > MAX_QUOTE) {
    start = Math.max(0, Math.min(at - 40, text.length - MAX_QUOTE));
    end = start + MAX_QUOTE;
    // Whole words only.
    const firstSpace = text.indexOf(' ', start);
    if (start > 0 && firstSpace !== -1 && firstSpace < at) {
      start = firstSpace + 1;
      // Nor a word's punctuation: "… Experience / Degree Level" starts at "Degree".
      while (start < at && /[\s/|,;:–—-]/.test(text[start]!)) start++;
    }
    const lastSpace = text.lastIndexOf(' ', end);
    if (end < text.length && lastSpace > at) end = lastSpace;
  }
  return trimEnd(text.slice(start, end).replace(LEADING_MARKS, ''), TRAILING_MARKS).replace(/\s+/g, ' ');
}

/**
 * "10 ans ou plus", "more than 5 years", "au plus tard", "le plus rapidement possible": "plus" and "more"
 * there do not make an asset, nor do the words of a deadline ("at the latest", "a más tardar").
 */
const NOT_ASSET_WORDS = new RegExp(
  [
    '\\b(?:ou|or|o) (?:plus|more|mas)\\b',
    '\\b(?:plus|more) (?:de|than|que|tard|tot)\\b',
    '\\b(?:de|en|au|le|la|les|pas|non) plus\\b',
    '\\b(?:at the (?:latest|earliest)|no later than|a mas tardar|lo mas (?:tarde|pronto)|como maximo)\\b',
  ].join('|'),
  'g',
);

/**
 * An asset rather than a requirement ("un atout", "desirable", "se valorará"). A label's words do not
 * count: "Profil souhaité : Bac+3" and "Langue(s) souhaitée(s) : Anglais B2" state requirements.
 */
export function isAsset(folded: string): boolean {
  const colon = folded.indexOf(':');
  const statement = colon > 0 && colon <= 60 ? folded.slice(colon + 1) : folded;
  return ASSET.test(statement.replace(NOT_ASSET_WORDS, ' '));
}

/**
 * The text without the characters of `mark` at its end. A backward loop: a regex anchored at the end
 * (/[\s,]+$/) retries from every character of a long run that does not end the text, and is quadratic.
 */
export function trimEnd(text: string, mark: RegExp): string {
  let end = text.length;
  while (end > 0 && mark.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
