/**
 * Real PDF and Word files made from the seed texts inside the tests (pdf-lib, docx), and the broken
 * documents a user meets: garbage, password-protected, scanned, oversized.
 */
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

const A4 = { width: 595, height: 842 };
const MARGIN = 50;
const FONT_SIZE = 9;
const LEADING = 12;

/**
 * The standard PDF fonts speak WinAnsi only: compose accents (the seeds hold a combining grave),
 * turn tabs and thin spaces into spaces, and replace anything else WinAnsi lacks by "?".
 */
export function winAnsi(text: string, font: PDFFont): string {
  return Array.from(text.normalize('NFC').replace(/[\t\u2009\u202f]/g, ' '))
    .map((character) => {
      try {
        font.encodeText(character);
        return character;
      } catch {
        return '?';
      }
    })
    .join('');
}

/** Words → lines no wider than the text column, as a word processor lays a paragraph out. */
function wrap(text: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, FONT_SIZE) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A text PDF of the text, one paragraph per line of text, wrapped to A4 in Helvetica. */
export async function pdfFromText(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  for (const paragraph of text.split(/\r?\n/)) {
    for (const line of wrap(winAnsi(paragraph, font).trim(), font, A4.width - 2 * MARGIN)) {
      if (y < MARGIN) {
        page = pdf.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      page.drawText(line, { x: MARGIN, y, size: FONT_SIZE, font });
      y -= LEADING;
    }
  }
  return pdf.save();
}

/** A .docx of the text, one Word paragraph per line of text. */
export async function docxFromText(text: string): Promise<Uint8Array> {
  const document = new Document({
    sections: [{ children: text.split(/\r?\n/).map((line) => new Paragraph({ text: line.replace(/\t/g, ' ') })) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A 1×1 grey PNG: the stand-in for a scanned page's picture. */
const PIXEL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg=='),
  (character) => character.charCodeAt(0),
);

/** A "scanned" PDF: pages that hold a picture and no text layer. */
export async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(PIXEL_PNG);
  const page = pdf.addPage([A4.width, A4.height]);
  page.drawImage(image, { x: MARGIN, y: MARGIN, width: A4.width - 2 * MARGIN, height: A4.height - 2 * MARGIN });
  page.drawRectangle({ x: MARGIN, y: MARGIN, width: 10, height: 10, color: rgb(0, 0, 0) });
  return pdf.save();
}

/**
 * A PDF protected by a user password (pdf-lib cannot encrypt): a one-page file whose trailer names a
 * standard security handler (RC4 40-bit, revision 2) with /O and /U values that the empty password
 * does not open. Offsets in the cross-reference table are computed, so the file is well formed.
 */
export function encryptedPdf(): Uint8Array {
  const hex32 = (byte: string) => byte.repeat(32);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32('5a')}> /U <${hex32('a5')}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'0'.repeat(32)}> <${'0'.repeat(32)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A PDF header followed by noise: what a download cut short or a mangled attachment looks like. */
export function corruptedPdf(): Uint8Array {
  const noise = new Uint8Array(4096).map((_, index) => (index * 7919) % 251);
  return new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...noise]);
}

/** A zip header followed by noise: a damaged .docx. */
export function corruptedDocx(): Uint8Array {
  const noise = new Uint8Array(2048).map((_, index) => (index * 104729) % 253);
  return new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...noise]);
}

/** A document of `megabytes` MB that starts like a PDF: only its size matters. */
export function oversizedPdf(megabytes: number): Uint8Array {
  const bytes = new Uint8Array(megabytes * 1024 * 1024);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}
