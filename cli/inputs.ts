/**
 * What the CLI was asked to read: files as given, folders walked for the supported kinds, and each
 * file's address from a `.url` sidecar when there is one.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './extract-file';

export interface Inputs {
  /** As the user would write them: the arguments, or an argument joined with the path inside its folder. */
  files: string[];
  /** A folder argument makes a batch even when it holds a single file. */
  hadFolder: boolean;
}

/** Files under a folder in a stable order (by name, folders walked where they sort), supported kinds only. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile() && SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

/**
 * Arguments → the files to read. A missing path stays in the list, so that it fails as its own
 * outcome rather than stopping the others.
 */
export async function expandInputs(paths: readonly string[]): Promise<Inputs> {
  const inputs: Inputs = { files: [], hadFolder: false };
  for (const path of paths) {
    const isFolder = await stat(path).then((stats) => stats.isDirectory(), () => false);
    if (isFolder) {
      inputs.hadFolder = true;
      inputs.files.push(...(await filesUnder(path)));
    } else inputs.files.push(path);
  }
  return inputs;
}

/** A sidecar holds the address alone on a line, or in a saved shortcut's `URL=` line. */
export function urlOfSidecar(content: string): string | null {
  return content.match(/^\s*(?:URL\s*=\s*)?([a-z][a-z0-9+.-]*:\/\/\S+)\s*$/im)?.[1] ?? null;
}

/** `posting.pdf.url` beside `posting.pdf`, else `posting.url`: the first that exists and names an address. */
export async function sidecarUrl(file: string): Promise<string | null> {
  const extension = extname(file);
  const candidates = [`${file}.url`, ...(extension ? [`${file.slice(0, -extension.length)}.url`] : [])];
  for (const candidate of candidates) {
    const content = await readFile(candidate, 'utf8').catch(() => null);
    const url = content === null ? null : urlOfSidecar(content);
    if (url) return url;
  }
  return null;
}
