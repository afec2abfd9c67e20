/**
 * Selection grids: the criteria an employer scores applicants on, with the points of each
 * ("Relevance of academic training / studies" — "5 points"). Three layouts are read:
 * - each criterion line followed by its points line;
 * - a block of criterion lines followed by a block of as many points lines (a two-column table
 *   flattened into lines): they pair in order;
 * - a criterion with its points on the same line ("Experience in Africa (10 points)", "… : 10 pts").
 * A grid needs at least three scored criteria: two numbers with "points" are not yet a grid.
 */
import type { SelectionGrid } from '../schema';
import { fold } from '../text';

const POINTS_UNIT = '(?:points?|pts?\\.?|puntos?)';
const POINTS_VALUE = '(\\d{1,3}(?:[.,]\\d{1,2})?)';
/** A line that is only a score: "5 points", "(10 pts)". */
const POINTS_LINE = new RegExp(`^\\(?\\s*${POINTS_VALUE}\\s*${POINTS_UNIT}\\s*\\)?\\.?$`);
/**
 * A criterion and its score on one line: "Knowledge of the region (10 points)", "Expérience : 20 pts".
 * The criterion ends on a letter, not a space: a lazy criterion followed by \\s* would otherwise retry
 * every space of a long run (quadratic in the line's length).
 */
const INLINE_POINTS = new RegExp(`^(.{3,200}?)(?<!\\s)\\s*(?:[:=(\\t–—]|\\s-)\\s*${POINTS_VALUE}\\s*${POINTS_UNIT}\\s*\\)?\\.?$`);
/** The total a heading announces: "(/100 points)", "sur 100", "out of 100", "Total : 100". */
const ANNOUNCED_TOTAL = /(?:\/|\bsur\s+|\bout of\s+|\bsobre\s+|\btotal\b\D{0,20}?)\s*(\d{1,4})\b/;
/** Words of a grid's heading; a line with them and a score is the heading, not a criterion. */
const GRID_HEADING = /\b(criteria|criterion|criteres?|criterios?|grille|grid|bareme|scoring|notation|puntuacion|puntaje)\b/;
/** The end of a line with a score, tested on the line's last chars before the costlier patterns run. */
const SCORE_AT_END = new RegExp(`\\d\\s*${POINTS_UNIT}\\s*\\)?\\.?$`);
const SCORE_AT_END_LENGTH = 16;
const TOTAL_LABEL = /^(?:total|sous-total|subtotal|score total|total score|puntaje total)\b/;
const MIN_CRITERIA = 3;
/** A heading or a criterion is a short line; longer lines are prose, and costly to scan. */
const MAX_GRID_LINE = 300;
/** How many unscored lines a block of scores can pair with: a table has a few dozen rows at most. */
const MAX_PENDING_LINES = 60;

interface PendingLine {
  text: string;
  index: number;
}

interface GridInProgress {
  grid: SelectionGrid;
  /** Lines of the text (split at "\n") that hold the grid's criteria and their scores. */
  lines: number[];
}

const toPoints = (value: string): number => Number(value.replace(',', '.'));

function totalOf(heading: string): number | null {
  const total = fold(heading).match(ANNOUNCED_TOTAL);
  return total ? Number(total[1]) : null;
}

/** A line just above the criteria names the grid when it reads as a heading, not as a sentence. */
function headingOf(lines: readonly PendingLine[]): string {
  const last = lines[lines.length - 1]?.text;
  return last && last.length <= 200 && !/[.!?]$/.test(last) ? last : '';
}

/** Every grid of the text's lines, with the lines it was read from; foldedLines[i] is fold(lines[i]). */
function readGrids(lines: readonly string[], foldedLines: readonly string[]): GridInProgress[] {
  const grids: GridInProgress[] = [];
  let current: GridInProgress | null = null;
  /** Unscored lines since the last score: the criteria of the next scores, and before them a heading. */
  let pending: PendingLine[] = [];

  const close = () => {
    if (current && current.grid.criteria.length >= MIN_CRITERIA) grids.push(current);
    current = null;
  };
  const open = (title: string, total: number | null = totalOf(title)) => {
    close();
    current = { grid: { title, total, criteria: [] }, lines: [] };
    return current;
  };
  const add = (grid: GridInProgress, label: string, points: number, lineIndexes: number[]) => {
    if (TOTAL_LABEL.test(fold(label))) grid.grid.total ??= points;
    else grid.grid.criteria.push({ label, points });
    grid.lines.push(...lineIndexes);
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '') continue;
    if (line.length > MAX_GRID_LINE) {
      close();
      pending = [];
      continue;
    }
    const folded = foldedLines[index]!.trim();
    const scored = SCORE_AT_END.test(folded.slice(-SCORE_AT_END_LENGTH));

    if (scored && POINTS_LINE.test(folded)) {
      // The run of scores that starts here pairs with as many unscored lines just above it.
      const scores: PendingLine[] = [];
      for (let next = index; next < lines.length; next++) {
        const candidate = lines[next]!.trim();
        if (candidate === '') continue;
        if (!POINTS_LINE.test(foldedLines[next]!.trim())) break;
        scores.push({ text: candidate, index: next });
        index = next;
      }
      if (pending.length < scores.length) {
        // Scores with no criteria to pair with: not a grid we can read.
        close();
      } else {
        const labels = pending.slice(pending.length - scores.length);
        const above = pending.slice(0, pending.length - scores.length);
        // Lines between two blocks of pairs end the grid: they are the next grid's heading.
        const grid = current && above.length === 0 ? current : open(headingOf(above));
        labels.forEach((label, position) => {
          const score = scores[position]!;
          add(grid, label.text, toPoints(fold(score.text).match(POINTS_LINE)![1]!), [label.index, score.index]);
        });
      }
      pending = [];
      continue;
    }

    const inline = scored ? folded.match(INLINE_POINTS) : null;
    if (inline) {
      if (GRID_HEADING.test(inline[1]!)) {
        open(line, toPoints(inline[2]!));
      } else {
        const grid = current && pending.length === 0 ? current : open(headingOf(pending));
        // The label in the posting's own letters: fold() keeps the length of the text it is given here.
        const label = folded.length === line.length ? line.slice(0, inline[1]!.length).trim() : inline[1]!.trim();
        add(grid, label.replace(/[\s:–—-]+$/, ''), toPoints(inline[2]!), [index]);
      }
      pending = [];
      continue;
    }

    pending.push({ text: line, index });
    if (pending.length > MAX_PENDING_LINES) pending.shift();
  }
  close();
  return grids;
}

/** The selection grids a posting scores applicants with, in the order it gives them. */
export function findSelectionGrids(text: string): SelectionGrid[] {
  // One fold() for the whole text: fold() never adds or removes a line break, so the lines stay aligned.
  return readGrids(text.split('\n'), fold(text).split('\n')).map(({ grid }) => grid);
}

/**
 * The indexes of the lines that hold a grid's criteria or scores: how applicants are scored, not what
 * they must have. foldedLines[i] is fold(lines[i]), for a caller that has folded the text already.
 */
export function selectionGridLines(lines: readonly string[], foldedLines: readonly string[]): Set<number> {
  return new Set(readGrids(lines, foldedLines).flatMap((grid) => grid.lines));
}
