/**
 * Headless extraction through the same code the extension runs. One file: its Posting as JSON.
 * Several files or folders: JSON Lines, one object per file, a file's failure never stopping the
 * others. Built into one module by cli/build.mjs; `npm run extract` runs it through cli/run.mjs.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Settings } from 'luxon';
import { EXIT, extractFile, SUPPORTED_EXTENSIONS, type FileOutcome } from './extract-file';
import { expandInputs, sidecarUrl } from './inputs';

// Luxon asks Intl for the system's locale at its first date, and starting ICU for it was a tenth of a
// page's start-up; the CLI formats no date by locale (ISO dates and instants only), and most pages give
// no time zone, the one other thing here that needs ICU.
Settings.defaultLocale = 'en-US';

const USAGE = `usage: npm run --silent extract -- [--url URL] FILE | FILE|FOLDER… (${SUPPORTED_EXTENSIONS.join(', ')})`;

function fail(message: string, code: number = EXIT.unreadable): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

async function outcomeOf(file: string, url: string | null): Promise<FileOutcome> {
  return extractFile(resolve(file), file, url ?? (await sidecarUrl(file)), pathToFileURL(resolve(file)).toString());
}

async function single(file: string, url: string | null): Promise<void> {
  const outcome = await outcomeOf(file, url);
  if ('error' in outcome) fail(outcome.error, outcome.exit);
  process.stdout.write(`${JSON.stringify(outcome.posting, null, 2)}\n`);
  if (outcome.exit === EXIT.notAPosting) fail(outcome.reason, EXIT.notAPosting);
}

/** The batch's exit code: the most serious of its files' (a crash, then an unreadable file, then a non-posting). */
const SERIOUSNESS: number[] = [EXIT.posting, EXIT.notAPosting, EXIT.unreadable, EXIT.failure];

async function batch(files: string[]): Promise<void> {
  const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r\u001b[K${line}`) : null;
  let exit: number = EXIT.posting;
  for (const [index, file] of files.entries()) {
    progress?.(`extract: ${index + 1}/${files.length} ${file}`);
    const outcome = await outcomeOf(file, null);
    if (SERIOUSNESS.indexOf(outcome.exit) > SERIOUSNESS.indexOf(exit)) exit = outcome.exit;
    // A pipe that is slow to drain must not make the whole batch pile up in memory.
    if (!process.stdout.write(`${JSON.stringify({ path: file, ...outcome })}\n`)) await new Promise((done) => process.stdout.once('drain', done));
  }
  progress?.('');
  process.exitCode = exit;
}

async function main(argv: string[]): Promise<void> {
  let url: string | null = null;
  const paths: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--url') url = argv[++index] ?? fail(`--url needs a value. ${USAGE}`);
    else if (argument === '--help' || argument === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else paths.push(argument);
  }
  if (paths.length === 0) fail(USAGE);
  const { files, hadFolder } = await expandInputs(paths);
  if (!hadFolder && files.length === 1) return single(files[0]!, url);
  if (url !== null) fail(`--url names the address of one file; in a batch, give each file a first-line comment or a .url sidecar. ${USAGE}`);
  if (files.length === 0) fail(`no ${SUPPORTED_EXTENSIONS.join(', ')} file in ${paths.join(', ')}.`);
  return batch(files);
}

main(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), EXIT.failure));
