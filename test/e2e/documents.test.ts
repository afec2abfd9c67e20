import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openPopup, openTab, previewedDeadline, saveAndFindRow, type ExtensionBrowser } from './support';
import { corruptedPdf, docxFromText, pdfFromText } from '../support/documents';

/** Serves documents as a board would: bytes with their content type, on 127.0.0.1 (the e2e build's host access). */
async function serveDocuments(files: Record<string, { body: Uint8Array; type: string }>): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (!file) response.writeHead(404).end('not found');
    else response.writeHead(200, { 'content-type': file.type, 'content-length': file.body.byteLength }).end(file.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let server: Awaited<ReturnType<typeof serveDocuments>>;
let browser: ExtensionBrowser;
let files: Record<string, { body: Uint8Array; type: string }>;

beforeAll(async () => {
  const tor = readFileSync('test/fixtures/civipol/seed-002-tor-victim-protection.txt', 'utf8');
  const offer = readFileSync('test/fixtures/france-volontaires/seed-004-vsi-oeco.txt', 'utf8');
  files = {
    '/docs/ToR-expert-mentor.pdf': { body: await pdfFromText(tor), type: PDF },
    '/docs/offre-VSI-OECO.docx': { body: await docxFromText(offer), type: DOCX },
    '/docs/broken.pdf': { body: corruptedPdf(), type: PDF },
    '/download': { body: await pdfFromText(offer), type: PDF },
  };
  server = await serveDocuments(files);
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
    expect(await row.getByTestId('saved-deadline').textContent()).toContain('2025-02-17 16:00 Africa/Dakar');
    await popup.close();
  });

  it('keeps the PDF: the tracker opens it again after the site has taken it down', async () => {
    const original = files['/docs/ToR-expert-mentor.pdf']!.body;
    delete files['/docs/ToR-expert-mentor.pdf'];
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
    expect(await row.getByTestId('saved-deadline').textContent()).toContain('2025-03-09');
    await popup.close();
  });

  it('says why a damaged PDF cannot be read, and saves nothing', async () => {
    const popup = await openPopup(browser);
    await expect.poll(() => popup.getByTestId('saved-row').count()).toBe(2);
    const reply = await popup.evaluate(
      (url) => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage({ type: 'captureDocument', url }),
      `${server.origin}/docs/broken.pdf`,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^broken\.pdf is not a readable PDF/) });
    await popup.reload();
    await expect.poll(() => popup.getByTestId('saved-row').count()).toBe(2);
    await popup.close();
  });
});
