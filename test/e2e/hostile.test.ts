import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openPopup, openTab, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support';

let server: FixtureServer;
let browser: ExtensionBrowser;

// Markup in the page's text (escaped in its HTML, so the page shows it as words) and in its JSON-LD.
const HOSTILE_PAGE = `<!doctype html><html><head><title>t</title>
<script type="application/ld+json">{"@type":"JobPosting","title":"<img src=x onerror=\\"window.__pwned=1\\">Field coordinator","hiringOrganization":{"name":"<script>window.__pwned=2<\\/script>NGO"},"validThrough":"2030-01-15T16:00:00Z"}</script>
</head><body><h1>&lt;img src=x onerror="window.__pwned=3"&gt;Field coordinator</h1>
<p>Closing date: 15 January 2030</p><p>Type of contract: Consultancy</p></body></html>`;

beforeAll(async () => {
  server = await serveFixtures();
  server.pages.set('/hostile.html', HOSTILE_PAGE);
  browser = await launchExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile pages through the real extension', () => {
  it('markup captured from a page never runs in the popup or the tracker', async () => {
    const dialogs: string[] = [];
    browser.context.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const { tabId } = await openTab(browser, `${server.origin}/hostile.html`);
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('save-posting').click();
    await popup.getByTestId('message').waitFor();
    const tracker = await browser.context.newPage();
    await tracker.goto(`chrome-extension://${browser.extensionId}/tracker.html`);
    await tracker.getByTestId('tracker-row').first().locator('.cell-title button').click();
    await tracker.getByTestId('detail').waitFor();
    for (const page of [popup, tracker]) {
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('#root img, #root script').count()).toBe(0);
    }
    expect(await tracker.getByTestId('detail').locator('h2').textContent()).toContain('<img src=x onerror=');
    expect(dialogs).toEqual([]);
  });

  it('two captures of one page at the same moment make one record', async () => {
    const { tabId } = await openTab(browser, `${server.origin}/expertise-france/seed-001-ecuador-environmental-crime.html`);
    const popup = await openPopup(browser, -1);
    const results = await popup.evaluate(
      (id) => Promise.all([1, 2, 3].map(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<{ ok: boolean; value: { id: string } }> } } }).chrome.runtime.sendMessage({ type: 'capture', tabId: id }))),
      tabId,
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(new Set(results.map((result) => result.value.id)).size).toBe(1);
    await expect.poll(() => popup.getByTestId('saved-row').filter({ hasText: 'Équateur' }).count()).toBe(1);
  });

  it('a posting inside a frame of the page is found in the frame', async () => {
    server.pages.set(
      '/framed-posting.html',
      '<html><body><h1>Field coordinator, Mopti</h1><p>Closing date: 20 January 2030</p><p>Type of contract: Consultancy</p><p>Duration: 45 days</p></body></html>',
    );
    server.pages.set('/board-with-frame.html', '<html><head><title>Job board</title></head><body><nav>Home · Jobs</nav><iframe src="/framed-posting.html" width="800" height="600"></iframe></body></html>');
    const { tabId } = await openTab(browser, `${server.origin}/board-with-frame.html`);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('input[name="title"]').inputValue()).toBe('Field coordinator, Mopti');
    expect(await popup.locator('input[name="deadline"]').inputValue()).toBe('2030-01-20');
    expect(await popup.locator('.notice').count()).toBe(0);
  });

  it('a page that keeps changing while it is captured gives one consistent capture', async () => {
    server.pages.set(
      '/changing.html',
      `<html><body><h1>Protection officer</h1><p>Closing date: 25 January 2030</p><p>Type of contract: Consultancy</p><div id="ticker"></div>
      <script>let n = 0; setInterval(() => { document.getElementById('ticker').textContent = 'Live update ' + (++n); document.body.appendChild(document.createElement('p')).textContent = 'Row ' + n; }, 1);</script></body></html>`,
    );
    const { tabId } = await openTab(browser, `${server.origin}/changing.html`);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('input[name="title"]').inputValue()).toBe('Protection officer');
    await popup.getByTestId('save-posting').click();
    await popup.getByTestId('message').waitFor();
    // The list follows the database through a live query: it may take a moment.
    await expect.poll(() => popup.getByTestId('saved-row').filter({ hasText: 'Protection officer' }).count()).toBe(1);
  });
});
