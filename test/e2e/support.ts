/**
 * Real-browser harness: Debian's Chromium driven by playwright-core with the e2e build of the
 * extension loaded (the shipped build plus host access to 127.0.0.1, since automation cannot give
 * the user gesture that grants activeTab), and a static server on 127.0.0.1 for fixture pages.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BridgedBrowser } from './bridge';

export { FIXTURES_DIR, serveFixtures, type FixtureServer } from './fixture-server';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The first-run page a fresh install opened, when asked to keep it (it is closed otherwise). */
  welcome: Page | null;
  close(): Promise<void>;
}

const isWelcome = async (page: Page) => {
  await page.waitForLoadState('domcontentloaded');
  return page.url().endsWith('/welcome.html');
};

/** The first-run page, opened by the install: already there, or the next page to open. */
async function welcomePage(context: BrowserContext): Promise<Page> {
  const opening = context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 });
  for (const page of context.pages()) {
    if (await isWelcome(page)) {
      opening.catch(() => undefined);
      return page;
    }
  }
  return opening;
}

/**
 * Chromium with the e2e build. A fresh profile installs the extension, which opens its first-run page
 * once: waited for, so that no test sees it open later, and closed unless `keepWelcome`.
 */
export async function launchExtension(options: { userDataDir?: string; locale?: string; keepWelcome?: boolean; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No e2e build in ${EXTENSION_DIR}: run "npm run build:test" first.`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'vacancy-clipper-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale ?? 'en-US',
    // Chromium on Linux takes its interface language from the environment, not from --lang.
    env: { ...process.env, LANGUAGE: (options.locale ?? 'en-US').replace('-', '_'), LANG: `${(options.locale ?? 'en-US').replace('-', '_')}.UTF-8` },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
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
  let welcome: Page | null = null;
  if (!options.userDataDir) {
    welcome = await welcomePage(context);
    if (!options.keepWelcome) {
      await welcome.close();
      welcome = null;
    }
  }
  return { context, extensionId, userDataDir, welcome, close: () => context.close() };
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

/** Chromium with the e2e build, for the scenarios both browsers run through the test bridge (bridge.ts). */
export async function launchBridgedChromium(options: { profileDir?: string } = {}): Promise<BridgedBrowser> {
  const extension = await launchExtension({ userDataDir: options.profileDir });
  return {
    profileDir: extension.userDataDir,
    open: async (url) => {
      const page = await extension.context.newPage();
      await page.goto(url);
      return { evaluate: (script, argument) => page.evaluate(script, argument), close: () => page.close() };
    },
    close: () => extension.close(),
  };
}
