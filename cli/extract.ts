/**
 * Headless extraction: `npm run --silent extract -- [--url URL] FILE` prints the Posting of a saved
 * page (.html, .htm), text (.txt) or document (.pdf, .docx) as JSON, through the same code the
 * extension runs.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PostingSchema } from '../lib/schema';
import { pageFromText, postingFromPage } from '../lib/pipeline';
import { pageFromHtml, urlOfFixture } from '../lib/html';
import { notAPostingReason } from '../lib/understand';
import { DocumentError, MAX_DOCUMENT_BYTES, NO_TEXT_LAYER_WARNING, postingFromDocument, tooLarge } from '../lib/documents/document';
import { readDocument } from '../lib/documents/read';

const USAGE = 'usage: npm run --silent extract -- [--url URL] FILE(.html|.htm|.txt|.pdf|.docx)';

function fail(message: string, code = 2): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  let url: string | null = null;
  const files: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--url') url = argv[++index] ?? fail(`--url needs a value. ${USAGE}`);
    else if (argument === '--help' || argument === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else files.push(argument);
  }
  if (files.length !== 1) fail(USAGE);
  const file = resolve(files[0]!);
  const extension = extname(file).toLowerCase();
  const isDocument = extension === '.pdf' || extension === '.docx';
  let buffer: Buffer;
  try {
    const { size } = await stat(file);
    // Documents are refused on their size before they are even read into memory.
    if (isDocument && size > MAX_DOCUMENT_BYTES) fail(tooLarge(basename(file), size).message);
    buffer = await readFile(file);
  } catch (error) {
    fail(`cannot read ${files[0]}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (isDocument) return extractDocument(buffer, url ?? pathToFileURL(file).toString(), basename(file));
  const content = buffer.toString('utf8');
  if (content.trim() === '') fail(`${files[0]} is empty: there is nothing to extract.`);
  let page;
  if (extension === '.html' || extension === '.htm') {
    page = pageFromHtml(content, url ?? urlOfFixture(content) ?? pathToFileURL(file).toString());
  } else if (extension === '.txt') {
    page = pageFromText(content, url ?? pathToFileURL(file).toString());
  } else {
    fail(`${files[0]}: unsupported file type "${extension || 'none'}" (expected .html, .htm, .txt, .pdf or .docx).`);
  }
  const posting = PostingSchema.parse(postingFromPage(page));
  process.stdout.write(`${JSON.stringify(posting, null, 2)}\n`);
  const reason = notAPostingReason(posting);
  if (reason) fail(reason, 3);
}

async function extractDocument(buffer: Buffer, url: string, fileName: string): Promise<void> {
  let reading;
  try {
    reading = await readDocument(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), { url, fileName });
  } catch (error) {
    if (error instanceof DocumentError) fail(error.message);
    throw error;
  }
  const posting = PostingSchema.parse(postingFromDocument(reading));
  process.stdout.write(`${JSON.stringify(posting, null, 2)}\n`);
  // A scan is kept (address and name) but is not read: that is what the user must hear first.
  const reason = reading.noText ? NO_TEXT_LAYER_WARNING : notAPostingReason(posting);
  if (reason) fail(reason, 3);
}

main(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1));
