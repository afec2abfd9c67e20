/**
 * PDF → lines of text with pdf.js. pdf.js runs its parser in a "fake worker" on this thread: the
 * worker module is bundled here and handed over through globalThis.pdfjsWorker, so no worker file has
 * to be fetched (the extension's CSP and the MV3 packaging stay simple) and Node runs the same code.
 * The legacy build is the one that also runs in Node 20.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { DocumentError, encrypted } from './document';
import { notice } from '../notice';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfjsWorker;

/** The part of a pdf.js text item that places it on the page. */
export type PlacedText = Pick<TextItem, 'str' | 'transform' | 'width' | 'height'>;

interface Line {
  y: number;
  height: number;
  items: PlacedText[];
}

/**
 * A page's text items → its lines, top to bottom. Items whose baselines are within half a line height
 * share a line (superscripts, mixed fonts); within a line they are read left to right, with a space
 * where the gap between two items is wider than a quarter of the line height.
 */
export function linesOfPage(items: PlacedText[]): Array<{ text: string; right: number; left: number }> {
  const lines: Line[] = [];
  for (const item of items) {
    if (item.str === '') continue;
    const y = item.transform[5] as number;
    const height = Math.max(item.height, 1);
    const line = lines.find((candidate) => Math.abs(candidate.y - y) <= Math.max(candidate.height, height) / 2);
    if (line) line.items.push(item);
    else lines.push({ y, height, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const items = [...line.items].sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number));
      let text = '';
      let end = -Infinity;
      for (const item of items) {
        const x = item.transform[4] as number;
        if (text !== '' && !/\s$/.test(text) && !/^\s/.test(item.str) && x - end > line.height / 4) text += ' ';
        text += item.str;
        end = x + item.width;
      }
      return { text: text.replace(/\s+/g, ' ').trim(), left: items[0]!.transform[4] as number, right: end };
    })
    .filter((line) => line.text !== '');
}

/**
 * Word processors wrap paragraphs to the page: a line that reaches the right margin and is followed by
 * one starting in lower case is the same sentence, and label/value reading needs it whole.
 */
export function unwrap(lines: Array<{ text: string; right: number }>): string[] {
  const margin = Math.max(...lines.map((line) => line.right)) * 0.85;
  const result: string[] = [];
  let previousFilled = false;
  for (const line of lines) {
    if (previousFilled && result.length > 0 && /^\p{Ll}/u.test(line.text)) result[result.length - 1] += ` ${line.text}`;
    else result.push(line.text);
    previousFilled = line.right >= margin;
  }
  return result;
}

export async function pdfLines(bytes: Uint8Array, fileName: string): Promise<string[]> {
  // pdf.js takes the buffer over (detaches it): give it a copy so that the caller keeps its bytes.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    const pdf = await task.promise;
    const lines: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      const pageLines = linesOfPage(items);
      if (pageLines.length > 0) lines.push(...unwrap(pageLines));
    }
    return lines;
  } catch (error) {
    throw explainPdfError(error, fileName);
  } finally {
    await task.destroy();
  }
}

function explainPdfError(error: unknown, fileName: string): DocumentError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return encrypted(fileName);
  const detail = error instanceof Error ? error.message : String(error);
  return new DocumentError('corrupted', notice('documentDamagedPdf', { file: fileName, detail }));
}
