/**
 * The static server every real-browser suite reads pages from, on 127.0.0.1 (the e2e builds' host
 * access): the fixture pages, plus the pages and documents a test adds, served as a board serves them.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

export const FIXTURES_DIR = resolve('test/fixtures');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf' };

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
  /** Extra HTML pages the tests serve, by path. */
  pages: Map<string, string>;
  /** Extra files the tests serve with their content type, by path (removing one takes it down). */
  files: Map<string, { body: Uint8Array; type: string }>;
}

export async function serveFixtures(): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  const files = new Map<string, { body: Uint8Array; type: string }>();
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const page = pages.get(path);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html'] }).end(page);
      return;
    }
    const extra = files.get(path);
    if (extra) {
      response.writeHead(200, { 'content-type': extra.type, 'content-length': extra.body.byteLength }).end(extra.body);
      return;
    }
    const file = normalize(join(FIXTURES_DIR, path));
    if (!file.startsWith(FIXTURES_DIR) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, pages, files, close: () => new Promise((done) => server.close(() => done())) };
}
