/**
 * Real-browser harness: Debian's Chromium driven by playwright-core with the e2e build of the
 * extension loaded (the shipped build plus host access to 127.0.0.1, since automation cannot give
 * the user gesture that grants activeTab), and a static server on 127.0.0.1 for fixture pages.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
export const FIXTURES_DIR = resolve('test/fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf' };

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
  /** Extra pages the tests serve, by path. */
  pages: Map<string, string>;
}

export async function serveFixtures(): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const extra = pages.get(path);
    if (extra !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html'] }).end(extra);
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
  return { origin: `http://127.0.0.1:${port}`, pages, close: () => new Promise((done) => server.close(() => done())) };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

export async function launchExtension(options: { userDataDir?: string; locale?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No e2e build in ${EXTENSION_DIR}: run "npm run build:test" first.`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'vacancy-clipper-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale ?? 'en-US',
    // Chromium on Linux takes its interface language from the environment, not from --lang.
    env: { ...process.env, LANGUAGE: (options.locale ?? 'en-US').replace('-', '_'), LANG: `${(options.locale ?? 'en-US').replace('-', '_')}.UTF-8` },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, userDataDir, close: () => context.close() };
}

/** Opens a page in a tab and returns the tab's id as the extension sees it. */
export async function openTab(extension: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await extension.context.newPage();
  await page.goto(url);
  const probe = await extension.context.newPage();
  await probe.goto(`chrome-extension://${extension.extensionId}/popup.html`);
  const tabId = await probe.evaluate(async (target) => {
    // Runs in the extension page, where the extension API is the global `chrome`.
    const api = (globalThis as unknown as { chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? -1;
  }, url);
  await probe.close();
  if (tabId < 0) throw new Error(`The extension cannot see the tab of ${url}`);
  return { page, tabId };
}

export async function openPopup(extension: ExtensionBrowser, tabId?: number): Promise<Page> {
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
  return popup;
}

/** Saves a page as the user does: open it, open the popup on its tab, press "Save this posting". */
export async function captureThroughPopup(extension: ExtensionBrowser, url: string): Promise<void> {
  const { tabId, page } = await openTab(extension, url);
  const popup = await openPopup(extension, tabId);
  await popup.getByTestId('save-posting').click();
  await popup.getByTestId('message').waitFor();
  await popup.close();
  await page.close();
}

/** The deadline fields of the popup's preview, as the user reads them once the page is understood. */
export async function previewedDeadline(popup: Page): Promise<{ date: string; time: string; timeZone: string }> {
  const field = (name: string) => popup.locator(`input[name="${name}"]`).inputValue();
  return { date: await field('deadline'), time: await field('deadline-time'), timeZone: await field('timezone') };
}

/** Presses "Save this posting" and gives the saved list's one row holding `text`, once it is listed. */
export async function saveAndFindRow(popup: Page, text: string): Promise<Locator> {
  await popup.getByTestId('save-posting').click();
  const row = popup.getByTestId('saved-row').filter({ hasText: text });
  await expect.poll(() => row.count()).toBe(1);
  return row;
}
