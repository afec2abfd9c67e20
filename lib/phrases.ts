/**
 * The phrase matcher the classifier and the requirement readers share: phrases compiled once into an
 * index by their first word, a text cut into words once (offsets and hashes, no string per word), and
 * one pass over the words that looks every phrase up by its first word, so the cost grows with the
 * text, not with the number of phrases. Pure functions.
 */
import type { Evidence } from './schema';
import { fold } from './text';

/** Where a line of text stands in a posting: what a phrase found there is worth depends on it. */
export type Zone = Evidence['where'];

/** A line of text, folded once, in its zone: what toWords() cuts into words. */
export interface ZonedLine {
  text: string;
  /** fold(text), computed once for the boilerplate tests and reused for the words. */
  folded: string;
  /** Where each char of `folded` comes from in `text`; null when fold() kept every char in place. */
  origin: number[] | null;
  zone: Zone;
  /** A line of an aside (see ASIDE_FACTOR in lib/classify.ts): its words may count less. */
  aside: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Phrase compilation

/** Words of a folded phrase: Latin letters (with ß, æ, œ, ł...) and digits, ÷ excluded; "*" marks a stem. */
const PHRASE_WORD = /[a-z0-9\u00df-\u00f6\u00f8-\u024f]+\*?/g;
/** Stems shorter than this would match unrelated words ("mig*" → "might"). */
const MIN_STEM_LENGTH = 4;

export interface Slot {
  word: string;
  /** True for "stem*": any word starting with `word`. */
  stem: boolean;
}

export interface CompiledPhrase {
  /** Distinct per phrase within its matcher: repeats of one phrase in one zone count less and less. */
  serial: number;
  target: number;
  slots: readonly Slot[];
  weight: number;
  /** For acronyms: the exact original spelling the matched text must have ("M&E", "TEH"). */
  literal: string | null;
}

export interface Matcher {
  /**
   * Phrases by the wordHash() of every accepted form of their first word (singular and plurals). Words
   * are looked up by hash so that the text's words never become strings; matchEnd() then compares the
   * letters, so a hash collision costs a comparison, never a false match.
   */
  byFirstWord: ReadonlyMap<number, readonly CompiledPhrase[]>;
  /** Phrases whose first word is a stem, by the stem's first char code (there are only a few). */
  byStemInitial: ReadonlyMap<number, readonly CompiledPhrase[]>;
  targetCount: number;
  /**
   * True when targets compete for the meaning of the words, as the taxonomy's themes do: a single word
   * inside another target's longer phrase is then not evidence on its own ("governance" in "border
   * governance"). A user's rules do not compete: each one fires wherever its phrase appears.
   */
  wordsYieldToPhrases: boolean;
}

export interface PhraseSpec {
  target: number;
  text: string;
  weight: number;
  caseSensitive: boolean;
}

/**
 * The phrase's words. A stem shorter than MIN_STEM_LENGTH is read as a plain word: a user's rule may
 * hold one; the taxonomy has none (test/unit/classify.test.ts checks).
 */
function phraseSlots(text: string): Slot[] {
  return (fold(text).match(PHRASE_WORD) ?? []).map((word) => {
    const stem = word.endsWith('*') && word.length - 1 >= MIN_STEM_LENGTH;
    return { word: word.replace(/\*$/, ''), stem };
  });
}

const PLURAL_SUFFIXES = ['', 's', 'x', 'es'];

/** One step of wordHash(); kept within 30 bits so that V8 stores hashes as small integers. */
function nextWordHash(hash: number, code: number): number {
  return (hash * 31 + code) & 0x3fffffff;
}

function wordHash(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = nextWordHash(hash, word.charCodeAt(index));
  return hash;
}

export function compileMatcher(specs: readonly PhraseSpec[], targetCount: number, wordsYieldToPhrases: boolean): Matcher {
  // The same phrase may be listed for two languages ("migration"): keep it once, at its highest weight.
  const unique = new Map<string, CompiledPhrase>();
  for (const spec of specs) {
    const slots = phraseSlots(spec.text);
    if (slots.length === 0) continue;
    const literal = spec.caseSensitive ? spec.text : null;
    const key = `${spec.target}|${literal ?? slots.map((slot) => slot.word + (slot.stem ? '*' : '')).join(' ')}`;
    const known = unique.get(key);
    if (known && known.weight >= spec.weight) continue;
    unique.set(key, { serial: known?.serial ?? unique.size, target: spec.target, slots, weight: spec.weight, literal });
  }

  const byFirstWord = new Map<number, CompiledPhrase[]>();
  const byStemInitial = new Map<number, CompiledPhrase[]>();
  const add = <Key>(index: Map<Key, CompiledPhrase[]>, key: Key, phrase: CompiledPhrase) => {
    const list = index.get(key);
    if (list) list.push(phrase);
    else index.set(key, [phrase]);
  };
  for (const phrase of unique.values()) {
    const first = phrase.slots[0]!;
    if (first.stem) {
      add(byStemInitial, first.word.charCodeAt(0), phrase);
      continue;
    }
    // wordHash(word + suffix), the word hashed once for its four forms: compiling the taxonomy is done at every start.
    const wordAlone = wordHash(first.word);
    for (const suffix of PLURAL_SUFFIXES) {
      let hash = wordAlone;
      for (let index = 0; index < suffix.length; index++) hash = nextWordHash(hash, suffix.charCodeAt(index));
      add(byFirstWord, hash, phrase);
    }
  }
  return { byFirstWord, byStemInitial, targetCount, wordsYieldToPhrases };
}

// ---------------------------------------------------------------------------------------------------
// Folding with offsets

const COMBINING_MARK = /[\u0300-\u036f]/;

/** fold() char by char, recording where each folded char came from: for the rare lines fold() resizes. */
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const foldedChar = fold(char);
    folded += foldedChar;
    for (let unit = 0; unit < foldedChar.length; unit++) origin.push(index);
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** fold() keeps the length of nearly every text, and then a folded offset is the original offset. */
export function keepsOffsets(text: string, folded: string): boolean {
  return folded.length === text.length && !COMBINING_MARK.test(text);
}

export function foldLine(text: string): { folded: string; origin: number[] | null } {
  const folded = fold(text);
  return keepsOffsets(text, folded) ? { folded, origin: null } : foldWithOrigins(text);
}

// ---------------------------------------------------------------------------------------------------
// Words

/** The kept lines as one text, and its words with where each one stands. */
export interface Words {
  /** The kept lines joined by "\n", in their original spelling: evidence is cut from here. */
  text: string;
  /** The same lines folded, joined by "\n": the words are read from here. */
  folded: string;
  count: number;
  /** Offsets of each word in `folded`. */
  foldedStart: Int32Array;
  foldedEnd: Int32Array;
  /** Offsets of each word in `text`. */
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  zone: Zone[];
  /** 1 for a word of an aside line or in brackets (see ASIDE_FACTOR). */
  aside: Uint8Array;
  /** Consecutive lines of one zone form a segment; a phrase never spans two. */
  segment: Int32Array;
  /** The title's words come first: words [0, titleCount). */
  titleCount: number;
}

const NEWLINE = 0x0a;
const OPENING_BRACKET = 0x28;
export const CLOSING_BRACKET = 0x29;

/** The letters words are made of in folded text, as in PHRASE_WORD: a-z, digits, ß…ɏ except ÷. */
export function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xdf && code <= 0x24f && code !== 0xf7);
}

/** Cuts the kept lines into words once: offsets and hashes only, no string per word. */
export function toWords(lines: readonly ZonedLine[]): Words {
  const folded = lines.map((line) => line.folded).join('\n');
  // A word takes at least one letter and one separator: half the text's length bounds the word count.
  const capacity = (folded.length >> 1) + 1;
  const words: Words = {
    text: lines.map((line) => line.text).join('\n'),
    folded,
    count: 0,
    foldedStart: new Int32Array(capacity),
    foldedEnd: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    hash: new Int32Array(capacity),
    zone: [],
    aside: new Uint8Array(capacity),
    segment: new Int32Array(capacity),
    titleCount: 0,
  };
  if (lines.length === 0) return words;

  // One pass over the joined text (a flat string reads faster than many slices); "\n" ends a line.
  let lineIndex = 0;
  let line = lines[0]!;
  let lineStart = 0;
  let textOffset = 0;
  let segment = 0;
  let wordStart = -1;
  let hash = 0;
  /** Brackets open on the current line: their words are an aside (an example, a detail, an acronym). */
  let bracketDepth = 0;
  for (let index = 0; index <= folded.length; index++) {
    const code = index < folded.length ? folded.charCodeAt(index) : NEWLINE;
    if (isWordChar(code)) {
      if (wordStart < 0) {
        wordStart = index;
        hash = 0;
      }
      hash = nextWordHash(hash, code);
      continue;
    }
    if (wordStart >= 0) {
      const word = words.count++;
      const { origin } = line;
      words.foldedStart[word] = wordStart;
      words.foldedEnd[word] = index;
      words.start[word] = textOffset + (origin ? origin[wordStart - lineStart]! : wordStart - lineStart);
      words.end[word] = textOffset + (origin ? origin[index - lineStart]! : index - lineStart);
      words.hash[word] = hash;
      words.zone.push(line.zone);
      if (line.aside || (bracketDepth > 0 && (line.zone === 'objectives' || line.zone === 'body'))) words.aside[word] = 1;
      words.segment[word] = segment;
      if (line.zone === 'title') words.titleCount++;
      wordStart = -1;
    }
    if (code === OPENING_BRACKET) bracketDepth++;
    else if (code === CLOSING_BRACKET && bracketDepth > 0) bracketDepth--;
    else if (code === NEWLINE) bracketDepth = 0;
    if (code === NEWLINE && index < folded.length) {
      textOffset += line.text.length + 1;
      lineStart = index + 1;
      const next = lines[++lineIndex]!;
      if (next.zone !== line.zone || next.aside !== line.aside) segment++;
      line = next;
    }
  }
  return words;
}

// ---------------------------------------------------------------------------------------------------
// Matching and scoring

/** Whether word `index` is the slot's word (or one of its plurals, or starts with its stem). */
function slotAccepts(slot: Slot, words: Words, index: number): boolean {
  const start = words.foldedStart[index]!;
  if (!words.folded.startsWith(slot.word, start)) return false;
  if (slot.stem) return true;
  const end = words.foldedEnd[index]!;
  const extra = end - start - slot.word.length;
  if (extra === 0) return true;
  const last = words.folded[end - 1];
  if (extra === 1) return last === 's' || last === 'x';
  return extra === 2 && last === 's' && words.folded[end - 2] === 'e';
}

/** Index of the phrase's last word if it matches from word `first`, else -1. */
function matchEnd(words: Words, phrase: CompiledPhrase, first: number, limit: number): number {
  const last = first + phrase.slots.length - 1;
  if (last >= limit || words.segment[last] !== words.segment[first]) return -1;
  for (let k = 0; k < phrase.slots.length; k++) {
    if (!slotAccepts(phrase.slots[k]!, words, first + k)) return -1;
  }
  if (phrase.literal !== null) {
    const original = words.text.slice(words.start[first], words.end[last]);
    if (original !== phrase.literal && original !== `${phrase.literal}s`) return -1;
  }
  return last;
}

export interface Match {
  phrase: CompiledPhrase;
  first: number;
  last: number;
}

/**
 * The phrases found in words [from, limit), in text order. Where phrases of one target overlap, the
 * longest wins ("la traite des êtres humains" is one "traite des êtres humains", not also "la traite").
 * Phrases of different targets may overlap ("trafic illicite de migrants" is evidence of both
 * trafficking and migration), except as Matcher.wordsYieldToPhrases says.
 */
export function findMatches(words: Words, matcher: Matcher, from: number, limit: number): Match[] {
  const found: Match[] = [];
  const collect = (candidates: readonly CompiledPhrase[], first: number) => {
    for (const phrase of candidates) {
      const last = matchEnd(words, phrase, first, limit);
      if (last >= 0) found.push({ phrase, first, last });
    }
  };
  for (let i = from; i < limit; i++) {
    const exact = matcher.byFirstWord.get(words.hash[i]!);
    if (exact) collect(exact, i);
    const stemmed = matcher.byStemInitial.get(words.folded.charCodeAt(words.foldedStart[i]!));
    if (stemmed) collect(stemmed, i);
  }
  if (found.length < 2) return found;

  // Longest first, in letters: "lutte contre la traite des êtres humains" is "traite des êtres humains".
  const span = (match: Match) => words.foldedEnd[match.last]! - words.foldedStart[match.first]!;
  found.sort((a, b) => span(b) - span(a) || b.phrase.weight - a.phrase.weight || a.first - b.first);
  const keptByTarget = new Map<number, Match[]>();
  const insidePhrase = new Uint8Array(limit);
  const kept: Match[] = [];
  for (const match of found) {
    const sameTarget = keptByTarget.get(match.phrase.target) ?? [];
    if (sameTarget.some((other) => other.first <= match.last && match.first <= other.last)) continue;
    if (matcher.wordsYieldToPhrases && match.first === match.last && insidePhrase[match.first]) continue;
    if (match.first !== match.last) insidePhrase.fill(1, match.first, match.last + 1);
    sameTarget.push(match);
    keptByTarget.set(match.phrase.target, sameTarget);
    kept.push(match);
  }
  return kept.sort((a, b) => a.first - b.first);
}

export interface TargetScore {
  score: number;
  /** The part of the score from phrases of weight 2 or 3. */
  anchorScore: number;
  /** By zone and folded phrase: one entry per distinct phrase and place. */
  evidence: Map<string, Evidence>;
}

/**
 * Each target's score: every match weighs its phrase's weight × its zone's weight, times the aside
 * factor of its target on an aside's word (asideFactors: per target; 1 when omitted, asides count in full).
 */
export function scoreWords(
  words: Words,
  matcher: Matcher,
  zoneWeight: Readonly<Record<Zone, number>>,
  asideFactors?: Float64Array,
): (TargetScore | undefined)[] {
  const zones = Object.keys(zoneWeight);
  const scores: (TargetScore | undefined)[] = new Array(matcher.targetCount);
  const repeats = new Map<number, number>();
  for (const { phrase, first, last } of findMatches(words, matcher, 0, words.count)) {
    const zone = words.zone[first]!;
    const repeatKey = phrase.serial * zones.length + zones.indexOf(zone);
    const earlier = repeats.get(repeatKey) ?? 0;
    repeats.set(repeatKey, earlier + 1);
    // Each repeat of a phrase in a zone counts half the one before: repetition is some evidence, but a
    // word that comes back in every paragraph of a long context must not outweigh the title.
    const aside = asideFactors && words.aside[first] === 1 ? asideFactors[phrase.target]! : 1;
    const weight = (phrase.weight * zoneWeight[zone] * aside) / 2 ** earlier;
    const score = (scores[phrase.target] ??= { score: 0, anchorScore: 0, evidence: new Map() });
    score.score += weight;
    if (phrase.weight >= 2) score.anchorScore += weight;
    const evidenceKey = `${zone}|${words.folded.slice(words.foldedStart[first], words.foldedEnd[last]).replace(/\s+/g, ' ')}`;
    const known = score.evidence.get(evidenceKey);
    if (known) known.weight += weight;
    else {
      const shown = words.text.slice(words.start[first], words.end[last]).replace(/\s+/g, ' ').trim();
      score.evidence.set(evidenceKey, { phrase: shown, where: zone, weight });
    }
  }
  return scores;
}
