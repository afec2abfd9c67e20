import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openPopup, openTab, previewedDeadline, saveAndFindRow, type ExtensionBrowser } from './support';
import { DOCX, PDF, serveFixtures, type FixtureServer } from './fixture-server';
import { corruptedPdf, docxFromText, pdfFromText } from '../support/documents';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const tor = readFileSync('test/fixtures/civipol/seed-002-tor-victim-protection.txt', 'utf8');
  const offer = readFileSync('test/fixtures/france-volontaires/seed-004-vsi-oeco.txt', 'utf8');
  const consultancy = readFileSync('test/fixtures/iom/tor-labour-migration-consultant-nairobi.txt', 'utf8');
  server = await serveFixtures();
  server.files.set('/docs/ToR-expert-mentor.pdf', { body: await pdfFromText(tor), type: PDF });
  server.files.set('/docs/offre-VSI-OECO.docx', { body: await docxFromText(offer), type: DOCX });
  server.files.set('/docs/broken.pdf', { body: corruptedPdf(), type: PDF });
  server.files.set('/download', { body: await pdfFromText(offer), type: PDF });
  server.files.set('/docs/ToR-labour-migration.pdf', { body: await pdfFromText(consultancy), type: PDF });
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('PDF and Word Terms of Reference through the real extension', () => {
  it('previews a PDF open in a tab, saves it, and lists it with its title and deadline', async () => {
    const { tabId } = await openTab(browser, `${server.origin}/docs/ToR-expert-mentor.pdf`);
    const popup = await openPopup(browser, tabId);
    const title = popup.locator('input[name="title"]');
    await expect.poll(() => title.inputValue(), { timeout: 15_000 }).toBe('Expert mentor en protection et assistance des victimes');
    expect(await previewedDeadline(popup)).toEqual({ date: '2025-02-17', time: '16:00', timeZone: 'Africa/Dakar' });

    const row = await saveAndFindRow(popup, 'Expert mentor en protection');
    expect(await row.getByTestId('saved-deadline').textContent()).toMatch(/Feb 17, 2025, 4:00\sPM Africa\/Dakar/);
    await popup.close();
  });

  it('keeps the PDF: the tracker opens it again after the site has taken it down', async () => {
    const original = server.files.get('/docs/ToR-expert-mentor.pdf')!.body;
    server.files.delete('/docs/ToR-expert-mentor.pdf');
    const tracker = await browser.context.newPage();
    await tracker.goto(`chrome-extension://${browser.extensionId}/tracker.html`);
    await tracker.getByTestId('tracker-row').filter({ hasText: 'Expert mentor' }).locator('.cell-title button').click();
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), tracker.getByTestId('open-file').click()]);
    expect(opened.url()).toMatch(/^blob:chrome-extension:\/\//);
    const kept = await tracker.evaluate(async (address) => Array.from(new Uint8Array(await (await fetch(address)).arrayBuffer())), opened.url());
    expect(kept).toEqual(Array.from(original));
    await opened.close();
    await tracker.close();
  });

  it('recognises a PDF whose address does not end in .pdf by what the tab shows', async () => {
    const { tabId } = await openTab(browser, `${server.origin}/download?id=7`);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('input[name="title"]').inputValue(), { timeout: 15_000 }).toBe('Appui au développement de la coopération française à l’OECO');
    expect(await popup.locator('input[name="deadline"]').inputValue()).toBe('2025-03-09');
    await popup.close();
  });

  it('saves a linked Word offer as the links\' menu does, and lists it', async () => {
    const popup = await openPopup(browser);
    const reply = await popup.evaluate(
      (url) => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({ type: 'captureDocument', url }),
      `${server.origin}/docs/offre-VSI-OECO.docx`,
    );
    expect(reply.ok).toBe(true);
    const row = popup.getByTestId('saved-row').filter({ hasText: 'OECO' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('saved-deadline').textContent()).toContain('Mar 9, 2025');
    await popup.close();
  });

  it('says why a damaged PDF cannot be read, and saves nothing', async () => {
    const popup = await openPopup(browser);
    await expect.poll(() => popup.getByTestId('saved-row').count()).toBe(2);
    const reply = await popup.evaluate(
      (url) => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage({ type: 'captureDocument', url }),
      `${server.origin}/docs/broken.pdf`,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'documentDamagedPdf', params: { file: 'broken.pdf' } } });
    await popup.reload();
    await expect.poll(() => popup.getByTestId('saved-row').count()).toBe(2);
    await popup.close();
  });

  it('keeps the file when Chrome stops the service worker between the preview and the save', async () => {
    const { tabId } = await openTab(browser, `${server.origin}/docs/ToR-labour-migration.pdf`);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('input[name="title"]').inputValue(), { timeout: 15_000 }).toBe('Consultant – Labour Migration and Skills Mobility Assessment');

    // Chrome stops an idle worker whenever it likes, and its memory goes with it: stop it from another
    // extension page (its DevTools session goes with it), and wait until DevTools sees it stopped.
    const worker = browser.context.serviceWorkers()[0]!;
    await worker.evaluate(() => Object.assign(globalThis, { setBeforeTheRestart: true }));
    const probe = await openPopup(browser);
    const devtools = await browser.context.newCDPSession(probe);
    const stopped = new Promise<void>((done) =>
      devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((version) => version.scriptURL.includes(browser.extensionId) && version.runningStatus === 'stopped')) done();
      }),
    );
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await devtools.send('ServiceWorker.disable');
    await probe.close();

    // The save message wakes a fresh worker, without what the first one held in memory.
    await saveAndFindRow(popup, 'Labour Migration');
    expect(await worker.evaluate(() => 'setBeforeTheRestart' in globalThis)).toBe(false);

    // The file was kept all the same: the tracker opens it after the site has taken it down.
    const original = server.files.get('/docs/ToR-labour-migration.pdf')!.body;
    server.files.delete('/docs/ToR-labour-migration.pdf');
    const tracker = await browser.context.newPage();
    await tracker.goto(`chrome-extension://${browser.extensionId}/tracker.html`);
    await tracker.getByTestId('tracker-row').filter({ hasText: 'Labour Migration' }).locator('.cell-title button').click();
    await expect.poll(() => tracker.getByTestId('open-file').count(), { timeout: 10_000 }).toBe(1);
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), tracker.getByTestId('open-file').click()]);
    const kept = await tracker.evaluate(async (address) => Array.from(new Uint8Array(await (await fetch(address)).arrayBuffer())), opened.url());
    expect(kept).toEqual(Array.from(original));
    await opened.close();
    await tracker.close();
    await popup.close();
  });
});
