/**
 * The interface in a French and in a Spanish Chromium, each capturing a posting written in another
 * language: the popup and every part of the tracker show only the interface's language. A leak is any
 * English message of the locale files (or a piece of one between its placeholders) found in the visible
 * text, the labels screen readers read, placeholders or tooltips, unless the captured page says it itself.
 * In the French one, the same pages also go through axe-core and the keyboard (test/e2e/accessibility.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, tabThrough } from './accessibility';
import { EXTENSION_DIR, launchExtension, openPopup, openTab, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support';

type Messages = Record<string, { message: string }>;
const messagesOf = (language: string) => JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Messages;
const english = messagesOf('en');

const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A fragment as a whole word or words: "Add" is not in "Address". */
const asWords = (fragment: string) => new RegExp(`(?<!\\p{L})${escapeRegExp(fragment)}(?!\\p{L})`, 'u');

/**
 * The English words of every message the other language says differently, cut at placeholders; less
 * the words that language uses itself ("Master" is French too).
 */
function englishFragments(language: string): RegExp[] {
  const translated = messagesOf(language);
  const ownWords = Object.values(translated).map(({ message }) => message).join('\n');
  const fragments = Object.entries(english)
    .filter(([key, { message }]) => key !== 'uiLocale' && translated[key]!.message !== message)
    .flatMap(([, { message }]) => message.split(/\$[A-Z]+\$/))
    .map((fragment) => fragment.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((fragment) => (fragment.match(/\p{L}/gu)?.length ?? 0) >= 3);
  return [...new Set(fragments)].map(asWords).filter((words) => !words.test(ownWords));
}

/** What a user reads or hears on the page: its text, and the labels, placeholders and tooltips of its elements. */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.body.innerText,
      ...Array.from(document.querySelectorAll('[aria-label], [placeholder], [title]')).flatMap((element) =>
        ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
      ),
      ...Array.from(document.querySelectorAll('input, textarea')).map((field) => (field as HTMLInputElement).value),
    ].join('\n'),
  );
}

interface Case {
  locale: string;
  language: string;
  /** Accessibility (axe, keyboard reach) does not depend on the language: checked in one of them, to keep the suite short. */
  accessibility: boolean;
  posting: string;
  /** What the interface says, in its language. */
  words: { welcome: string; save: string; saved: string; tracker: string; board: string; shown: string; country: string; noDeadline: string; month: RegExp };
}

const CASES: Case[] = [
  {
    locale: 'fr-FR',
    language: 'fr',
    accessibility: true,
    posting: '/wfp/oficial-proteccion-social-tegucigalpa-es.html',
    words: { welcome: 'Bienvenue dans Vacancy Clipper', save: 'Enregistrer cette offre', saved: 'Enregistrée.', tracker: 'Suivi des candidatures', board: 'Colonnes', shown: '2 sur 2 affichées', country: 'Honduras', noDeadline: 'Pas de date limite', month: /\d{1,2} [a-zéû]+\.? \d{4}/ },
  },
  {
    locale: 'es-ES',
    language: 'es',
    accessibility: false,
    posting: '/expertise-france/seed-001-ecuador-environmental-crime.html',
    words: { welcome: 'Le damos la bienvenida a Vacancy Clipper', save: 'Guardar esta oferta', saved: 'Guardada.', tracker: 'Seguimiento', board: 'Columnas', shown: '2 de 2 mostradas', country: 'Ecuador', noDeadline: 'Sin fecha límite', month: /\d{1,2} [a-z]+\.? \d{4}/ },
  },
];

const NO_DEADLINE_PAGE = `<!doctype html><html lang="en"><head><title>Rolling roster: WASH engineers</title></head><body>
<h1>Rolling roster: WASH engineers</h1><p>Organization: Oxfam</p><p>Duty station: Juba, South Sudan</p><p>Type of contract: Consultancy</p>
<p>Duration: 6 months</p><p>Applications are reviewed as they come.</p></body></html>`;

describe.each(CASES)('the interface in a $language Chromium', ({ locale, language, accessibility, posting, words }) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let postingText = '';
  const fragments = englishFragments(language);

  /** The English fragments the page shows that the captured pages do not say themselves. */
  async function leaks(page: Page): Promise<string[]> {
    const text = await shownText(page);
    return fragments.filter((words) => words.test(text) && !words.test(postingText)).map((words) => words.source);
  }

  beforeAll(async () => {
    server = await serveFixtures();
    server.pages.set('/roster.html', NO_DEADLINE_PAGE);
    browser = await launchExtension({ locale, keepWelcome: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const checkAccessible = async (page: Page) => {
    if (accessibility) await expectAccessible(page);
  };
  const welcomePages = () => browser.context.pages().filter(isWelcome);

  it('installing opens the first-run page once, in that language', async () => {
    const welcome = browser.welcome!;
    await expect.poll(() => welcome.locator('h1').textContent()).toBe(words.welcome);
    // The browser's own name of the key, in its language: Alt+Shift+S, Alt+Maj+S, Alt+Mayús+S.
    expect(await welcome.getByTestId('welcome-shortcut').textContent()).toMatch(/^Alt\+\S+\+S$/);
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe(language);
    postingText = NO_DEADLINE_PAGE;
    expect(await leaks(welcome)).toEqual([]);
    await checkAccessible(welcome);
    expect(welcomePages()).toHaveLength(1);
    await welcome.close();
  });

  it('the popup, empty, is accessible, and every control is reached by keyboard with a visible focus', async () => {
    const empty = await openPopup(browser);
    await empty.locator('.empty').waitFor();
    expect(await leaks(empty)).toEqual([]);
    await checkAccessible(empty);
    if (accessibility) {
      const reached = await tabThrough(empty);
      expect(reached.filter((control) => !control.visible)).toEqual([]);
      expect(reached.map((control) => control.name).join(' ')).toMatch(/open-tracker.*open-welcome.*popup-search/);
    }
    await empty.close();
  });

  it('the popup speaks it before and after saving a posting written in another language, and is accessible', async () => {
    const { page, tabId } = await openTab(browser, `${server.origin}${posting}`);
    postingText = `${await page.evaluate(() => document.body.innerText)}\n${NO_DEADLINE_PAGE}`;
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.getByTestId('save-posting').textContent()).toBe(words.save);
    expect(await popup.getByTestId('open-welcome').getAttribute('href')).toBe(`chrome-extension://${browser.extensionId}/welcome.html`);
    expect(await popup.locator('select[name="country"] option:checked').textContent()).toBe(words.country);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await leaks(popup)).toEqual([]);
    await checkAccessible(popup);
    await popup.getByTestId('save-posting').click();
    await expect.poll(() => popup.getByTestId('message').textContent()).toBe(words.saved);
    const deadline = await popup.getByTestId('saved-deadline').first().textContent();
    // The date in the language's own words ("29 oct. 2025"), never as ISO digits.
    expect(deadline).toMatch(words.month);
    expect(deadline).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await leaks(popup)).toEqual([]);
    await checkAccessible(popup);
    await popup.close();
    await page.close();
  });

  it('a posting without a deadline says so once in the list', async () => {
    const { page, tabId } = await openTab(browser, `${server.origin}/roster.html`);
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('save-posting').click();
    const row = popup.getByTestId('saved-row').filter({ hasText: 'WASH engineers' });
    await expect.poll(() => row.count()).toBe(1);
    expect((await row.textContent())!.split(words.noDeadline)).toHaveLength(2);
    expect(await leaks(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the tracker speaks it and is accessible in the table, the board, the detail pane, the settings and the export panel', async () => {
    const tracker = await browser.context.newPage();
    await tracker.goto(`chrome-extension://${browser.extensionId}/tracker.html`);
    await expect.poll(() => tracker.getByTestId('visible-count').textContent()).toBe(words.shown);
    expect(await tracker.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await tracker.getByTestId('open-welcome').getAttribute('href')).toBe(`chrome-extension://${browser.extensionId}/welcome.html`);
    expect(await tracker.locator('h1').textContent()).toBe(words.tracker);
    expect(await leaks(tracker)).toEqual([]);
    await checkAccessible(tracker);
    if (accessibility) {
      const reached = await tabThrough(tracker);
      expect(reached.filter((control) => !control.visible)).toEqual([]);
      expect(reached.map((control) => control.name).join(' ')).toMatch(/view-board.*toggle-transfer.*toggle-settings.*open-welcome/);
    }

    // Filtered down to nothing: it says so, and what to do, in the language.
    await tracker.locator('input[name="search"]').fill('zzzzqx');
    await tracker.getByTestId('tracker-no-match').waitFor();
    expect(await leaks(tracker)).toEqual([]);
    await tracker.locator('input[name="search"]').fill('');

    await tracker.getByTestId('tracker-row').first().locator('.cell-title button').click();
    await tracker.getByTestId('detail').waitFor();
    expect(await leaks(tracker)).toEqual([]);
    await checkAccessible(tracker);

    await tracker.getByTestId('toggle-settings').click();
    await tracker.getByTestId('profile').waitFor();
    await tracker.getByTestId('toggle-transfer').click();
    await tracker.getByTestId('transfer').waitFor();
    expect(await leaks(tracker)).toEqual([]);
    await checkAccessible(tracker);

    await tracker.getByTestId('view-board').click();
    expect(await tracker.getByTestId('view-board').textContent()).toBe(words.board);
    await expect.poll(() => tracker.getByTestId('board-card').count()).toBe(2);
    expect(await leaks(tracker)).toEqual([]);
    await checkAccessible(tracker);
    await tracker.close();
  });
});

describe('the first-run page', () => {
  it('opens once on install, and not again on an update', async () => {
    // A copy of the build, so that its version can change as an update changes it.
    const extensionDir = mkdtempSync(join(tmpdir(), 'vacancy-clipper-update-'));
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    const installed = await launchExtension({ extensionDir, keepWelcome: true });
    expect(installed.context.pages().filter(isWelcome)).toHaveLength(1);
    await installed.welcome!.close();
    await installed.close();

    const manifestFile = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string };
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
    const updated = await launchExtension({ extensionDir, userDataDir: installed.userDataDir });
    try {
      const popup = await openPopup(updated);
      expect(await popup.evaluate('globalThis.chrome.runtime.getManifest().version')).toBe(`${manifest.version}.1`);
      // The updated background answers: its install event (reason "update") was handled by then.
      expect(await popup.evaluate('globalThis.chrome.runtime.sendMessage({ type: "refresh" })')).toMatchObject({ ok: true });
      expect(updated.context.pages().filter(isWelcome)).toHaveLength(0);
    } finally {
      await updated.close();
      rmSync(extensionDir, { recursive: true, force: true });
    }
  });
});
