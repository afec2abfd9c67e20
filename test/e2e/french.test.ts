import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openPopup, openTab, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtension({ locale: 'fr-FR' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the interface in a French browser', () => {
  it('the popup speaks French', async () => {
    const { tabId } = await openTab(browser, `${server.origin}/expertise-france/seed-001-ecuador-environmental-crime.html`);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.getByTestId('save-posting').textContent()).toBe('Enregistrer cette offre');
    expect(await popup.locator('h2').first().textContent()).toBe('Prochaines dates limites');
    expect(await popup.getByTestId('open-tracker').textContent()).toBe('Ouvrir le suivi');
    expect(await popup.locator('select[name="country"] option:checked').textContent()).toBe('Équateur');
    await popup.getByTestId('save-posting').click();
    await expect.poll(() => popup.getByTestId('message').textContent()).toBe('Enregistrée.');
    expect(await popup.getByTestId('status-select').locator('option:checked').textContent()).toBe('Enregistrée');
  });

  it('the tracker speaks French', async () => {
    const tracker = await browser.context.newPage();
    await tracker.goto(`chrome-extension://${browser.extensionId}/tracker.html`);
    await expect.poll(() => tracker.locator('h1').textContent()).toBe('Suivi des candidatures');
    expect(await tracker.getByTestId('view-board').textContent()).toBe('Colonnes');
    expect(await tracker.getByTestId('visible-count').textContent()).toBe('1 sur 1 affichées');
    expect(await tracker.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
  });
});
