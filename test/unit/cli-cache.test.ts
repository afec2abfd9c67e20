import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PAGE = 'test/fixtures/expertise-france/seed-001-ecuador-environmental-crime.html';

/** A copy of the built CLI of its own, so that its code cache is this test's alone. */
let copy: string;
const cacheDir = () => join(copy, 'cache');
const cacheFiles = () => readdirSync(cacheDir()).map((name) => join(cacheDir(), name));

function extract() {
  const run = spawnSync(process.execPath, [join(copy, 'extract.mjs'), PAGE], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let expected: string;

beforeAll(() => {
  // Builds the CLI when it is missing or stale, as `npm run extract` does.
  expect(spawnSync(process.execPath, ['cli/run.mjs', '--help']).status).toBe(0);
  copy = join(mkdtempSync(join(tmpdir(), 'vacancy-cli-cache-')), 'cli');
  cpSync('.output/cli', copy, { recursive: true, filter: (source) => !source.includes(join('cli', 'cache')) });
  const first = extract();
  expect(first).toMatchObject({ code: 0, stderr: '' });
  expected = first.stdout;
}, 60_000);

afterAll(() => rmSync(join(copy, '..'), { recursive: true, force: true }));

describe("the CLI's code cache", () => {
  it('is written by the first run, one file per script run, and used as it is by the next', () => {
    const files = cacheFiles();
    // The entry, the shared chunks and the HTML chunk; the documents' chunk was not needed.
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.every((file) => file.endsWith(`${process.version}-${process.arch}.bin`))).toBe(true);
    const written = files.map((file) => statSync(file).mtimeMs);
    expect(extract()).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect(cacheFiles().map((file) => statSync(file).mtimeMs)).toEqual(written);
  });

  it('is refused silently when corrupt, and made again', () => {
    for (const file of cacheFiles()) writeFileSync(file, 'not a code cache');
    expect(extract()).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect(cacheFiles().every((file) => statSync(file).size > 100)).toBe(true);
  });

  it('is refused silently when another V8 made it, and made again', () => {
    // V8's code cache starts with a magic number, then the hash of the V8 version that made it.
    const versions = new Map<string, number>();
    for (const file of cacheFiles()) {
      const bytes = readFileSync(file);
      versions.set(file, bytes.readUInt32LE(4));
      bytes.writeUInt32LE((bytes.readUInt32LE(4) + 1) >>> 0, 4);
      writeFileSync(file, bytes);
    }
    expect(extract()).toEqual({ code: 0, stdout: expected, stderr: '' });
    for (const [file, version] of versions) expect(readFileSync(file).readUInt32LE(4)).toBe(version);
  });

  it('is not needed where it cannot be written', () => {
    rmSync(cacheDir(), { recursive: true });
    writeFileSync(cacheDir(), 'a file where the cache folder would be');
    expect(extract()).toEqual({ code: 0, stdout: expected, stderr: '' });
  });
});

describe('a build of the CLI', () => {
  it("keeps its own scripts and caches and the previous build's, and removes older ones", async () => {
    const { pruneBuilds } = await import('../../cli/build.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'vacancy-cli-prune-'));
    const files = ['scripts/extract-A.js', 'scripts/extract-B.js', 'scripts/extract-C.js', 'scripts/chunks/html-A.js', 'scripts/chunks/html-C.js',
      'cache/scripts_extract-A.js.a1.v20.0.0-x64.bin', 'cache/scripts_extract-B.js.b1.v20.0.0-x64.bin', 'cache/scripts_extract-B.js.b0.v20.0.0-x64.bin',
      'cache/scripts_extract-C.js.c1.v20.0.0-x64.bin', 'cache/scripts_chunks_html-C.js.h1.v22.0.0-arm64.bin'];
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '');
    }
    pruneBuilds(dir, [{ hashes: { 'scripts/extract-A.js': 'a1', 'scripts/chunks/html-A.js': 'h0' } }, { hashes: { 'scripts/extract-B.js': 'b1' } }]);
    const left = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
    expect(left.sort()).toEqual(['cache/scripts_extract-A.js.a1.v20.0.0-x64.bin', 'cache/scripts_extract-B.js.b1.v20.0.0-x64.bin', 'scripts/chunks/html-A.js', 'scripts/extract-A.js', 'scripts/extract-B.js']);
    rmSync(dir, { recursive: true });
  });
});
