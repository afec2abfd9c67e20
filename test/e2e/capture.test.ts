import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openPopup, openTab, previewedDeadline, saveAndFindRow, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const GESTMAX = '/expertise-france/seed-001-ecuador-environmental-crime.html';
const WP_BOARD = '/wp-job-manager/seed-003-iom-senegal-repost.html';

describe('capture through the real extension', () => {
  it('previews the page, saves it, and lists it with its title and deadline', async () => {
    const { tabId } = await openTab(browser, `${server.origin}${GESTMAX}`);
    const popup = await openPopup(browser, tabId);
    const title = popup.locator('input[name="title"]');
    await expect.poll(() => title.inputValue()).toBe('Expert(e) en criminalité environnementale et traite des êtres humains – Équateur');
    expect(await previewedDeadline(popup)).toEqual({ date: '2025-10-29', time: '23:55', timeZone: 'Europe/Paris' });
    // The country by its name in the interface's language; the record keeps the ISO code.
    const country = popup.locator('select[name="country"]');
    expect(await country.inputValue()).toBe('EC');
    expect(await country.locator('option:checked').textContent()).toBe('Ecuador');

    const row = await saveAndFindRow(popup, 'Équateur');
    // The deadline as the posting states it, in its own zone, written the English way.
    expect(await row.getByTestId('saved-deadline').textContent()).toMatch(/Oct 29, 2025, 11:55\sPM Europe\/Paris/);
    await popup.close();
  });

  it('lets the user correct a field before saving, and keeps the correction', async () => {
    const { tabId } = await openTab(browser, `${server.origin}${WP_BOARD}`);
    const popup = await openPopup(browser, tabId);
    const organization = popup.locator('input[name="organization"]');
    await expect.poll(() => organization.inputValue()).toBe('International Organization for Migration');
    await organization.fill('IOM (ROWCA)');
    await popup.getByTestId('save-posting').click();
    const row = popup.getByTestId('saved-row').filter({ hasText: 'Coordination Machanisms' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('IOM (ROWCA)');
    await popup.close();
  });

  it('keeps a status change across a popup reload and a browser restart', async () => {
    const popup = await openPopup(browser);
    const row = popup.getByTestId('saved-row').filter({ hasText: 'Équateur' });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByTestId('status-select').selectOption('applied');
    await popup.reload();
    await expect.poll(() => popup.getByTestId('saved-row').filter({ hasText: 'Équateur' }).getByTestId('status-select').inputValue()).toBe('applied');

    const { userDataDir } = browser;
    await browser.close();
    browser = await launchExtension({ userDataDir });
    const reopened = await openPopup(browser);
    const reopenedRow = reopened.getByTestId('saved-row').filter({ hasText: 'Équateur' });
    await expect.poll(() => reopenedRow.count()).toBe(1);
    expect(await reopenedRow.getByTestId('status-select').inputValue()).toBe('applied');
    expect(await reopened.getByTestId('saved-row').count()).toBe(2);
  });

  it('re-capturing a saved page updates it and keeps what the user wrote', async () => {
    const { tabId } = await openTab(browser, `${server.origin}${WP_BOARD}`);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('.saved-note').count()).toBe(1);
    expect(await popup.locator('input[name="organization"]').inputValue()).toBe('IOM (ROWCA)');
    await popup.getByTestId('save-posting').click();
    await expect.poll(() => popup.getByTestId('message').count()).toBe(1);
    await expect.poll(() => popup.getByTestId('saved-row').count()).toBe(2);
    await popup.close();
  });

  it('says clearly when a page has no posting', async () => {
    server.pages.set('/about.html', '<html><head><title>About us</title></head><body><h1>About us</h1><p>We are a small team in Dakar.</p></body></html>');
    const { tabId } = await openTab(browser, `${server.origin}/about.html`);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('.notice').count()).toBe(1);
    expect(await popup.locator('.notice').textContent()).toContain('No posting found');
    await popup.close();
  });

  it('says first that a board’s error page is not a posting, though it lists deadlines, and saves it only when asked', async () => {
    server.pages.set(
      '/gone.html',
      `<html><head><title>Page not found</title></head><body><h1>Page not found</h1><p>Sorry, this vacancy has moved or was taken down.</p>
<h2>Latest vacancy</h2><table><tr><th>Position</th><td>Water engineer, Dakar</td></tr><tr><th>Closing date</th><td>15/01/2031 16:00 GMT</td></tr>
<tr><th>Type of contract</th><td>Consultancy</td></tr><tr><th>Duration</th><td>60 working days</td></tr></table></body></html>`,
    );
    const { tabId } = await openTab(browser, `${server.origin}/gone.html`);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('.notice').textContent()).toContain('This looks like an error page (“Page not found”), not a posting.');
    expect(await popup.getByTestId('save-posting').textContent()).toBe('Save anyway');
    // Saved as the user insists, under the title the popup shows.
    await saveAndFindRow(popup, await popup.locator('input[name="title"]').inputValue());
    await popup.close();
  });

  it('a saved posting without a deadline says "No deadline" once in the popup list', async () => {
    server.pages.set('/team.html', '<html><head><title>Our team in Dakar</title></head><body><h1>Our team in Dakar</h1><p>We are a small team of engineers and project managers working on water and sanitation in Dakar and Thiès.</p></body></html>');
    const { tabId } = await openTab(browser, `${server.origin}/team.html`);
    const popup = await openPopup(browser, tabId);
    const row = await saveAndFindRow(popup, 'Our team in Dakar');
    expect(await row.getByTestId('saved-deadline').textContent()).toBe('No deadline');
    await popup.close();
  });
});
