/**
 * Headless extraction: `npm run --silent extract -- [--url URL] FILE` prints the Posting of a saved
 * page (.html, .htm) or text (.txt) as JSON, through the same code the extension runs.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PostingSchema } from '../lib/schema';
import { pageFromText, postingFromPage } from '../lib/pipeline';
import { pageFromHtml, urlOfFixture } from '../lib/html';
import { notAPostingReason } from '../lib/understand';

const USAGE = 'usage: npm run --silent extract -- [--url URL] FILE(.html|.htm|.txt)';

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
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    fail(`cannot read ${files[0]}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const content = buffer.toString('utf8');
  if (content.trim() === '') fail(`${files[0]} is empty: there is nothing to extract.`);
  const extension = extname(file).toLowerCase();
  let page;
  if (extension === '.html' || extension === '.htm') {
    page = pageFromHtml(content, url ?? urlOfFixture(content) ?? pathToFileURL(file).toString());
  } else if (extension === '.txt') {
    page = pageFromText(content, url ?? pathToFileURL(file).toString());
  } else {
    fail(`${files[0]}: unsupported file type "${extension || 'none'}" (expected .html, .htm or .txt).`);
  }
  const posting = PostingSchema.parse(postingFromPage(page));
  process.stdout.write(`${JSON.stringify(posting, null, 2)}\n`);
  const reason = notAPostingReason(posting);
  if (reason) fail(reason, 3);
}

main(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1));
