import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { captureThroughPopup, launchExtension, openPopup, openTab, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support';

let server: FixtureServer;
let browser: ExtensionBrowser;
let tracker: Page;

const ECUADOR = '/expertise-france/seed-001-ecuador-environmental-crime.html';
const CARIBBEAN = '/expertise-france/seed-000-seacop-caribbean.html';

const fitOf = (title: string) => tracker.getByTestId('tracker-row').filter({ hasText: title }).locator('[data-fit]').getAttribute('data-fit');

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtension();
  await captureThroughPopup(browser, `${server.origin}${ECUADOR}`);
  await captureThroughPopup(browser, `${server.origin}${CARIBBEAN}`);
  tracker = await browser.context.newPage();
  await tracker.goto(`chrome-extension://${browser.extensionId}/tracker.html`);
  await tracker.getByTestId('tracker-row').nth(1).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('fit against the profile', () => {
  it('says nothing was checked while the profile is empty', async () => {
    expect(await fitOf('Équateur')).toBe('unknown');
  });

  it('follows the profile live: Spanish B2 blocks the Ecuador mission, Spanish C1 lifts the block', async () => {
    await tracker.getByRole('button', { name: 'Settings' }).click();
    const profile = tracker.getByTestId('profile');
    await profile.locator('button[name="add-language"]').click();
    const language = profile.getByTestId('profile-language').locator('li').first();
    await language.locator('select[name="language-code"]').selectOption('es');
    await language.locator('select[name="language-level"]').selectOption('B2');
    await expect.poll(() => fitOf('Équateur')).toBe('blocked');

    await language.locator('select[name="language-level"]').selectOption('C1');
    await profile.locator('input[name="experience-years"]').fill('12');
    await profile.locator('select[name="degree"]').selectOption('master');
    await expect.poll(() => fitOf('Équateur')).toBe('fits');
    await tracker.getByRole('button', { name: 'Settings' }).click();
  });

  it('shows each requirement in the posting words beside the profile value, in the detail pane', async () => {
    await tracker.getByTestId('tracker-row').filter({ hasText: 'Équateur' }).locator('.cell-title button').click();
    const spanish = tracker.getByTestId('detail').getByTestId('fit').locator('[data-kind="language"]').first();
    await expect.poll(() => spanish.getAttribute('data-outcome')).toBe('met');
    expect(await spanish.textContent()).toMatch(/espagnol \(niveau C1\) impérative.*you: Spanish C1/i);
  });

  it('filters and sorts the table by fit', async () => {
    await tracker.locator('select[name="fit"]').selectOption('fits');
    await expect.poll(() => tracker.getByTestId('tracker-row').count()).toBe(1);
    await tracker.locator('select[name="fit"]').selectOption('');
    await tracker.getByRole('columnheader', { name: /Fit/ }).getByRole('button').click();
    await expect.poll(() => tracker.getByTestId('tracker-row').first().locator('[data-fit]').getAttribute('data-fit')).toBe('fits');
  });

  it("lists seed 000's shortlist grid with its points, and sums what the user ticks", async () => {
    await tracker.getByTestId('tracker-row').filter({ hasText: 'Caribbean' }).locator('.cell-title button').click();
    const grid = tracker.getByTestId('detail').getByTestId('selection-grid').first();
    await grid.locator('summary').click();
    await expect.poll(() => grid.getByTestId('self-score').textContent()).toContain('0 / 100');
    // The box follows the stored record, which the click updates a moment later.
    await grid.getByRole('checkbox').nth(1).click();
    await expect.poll(() => grid.getByTestId('self-score').textContent()).toContain('20 / 100');
    // And beside the posting in the table.
    await expect.poll(() => tracker.getByTestId('tracker-row').filter({ hasText: 'Caribbean' }).locator('.self-score').textContent()).toContain('20/100');
  });

  it('shows the fit in the popup before saving', async () => {
    const { tabId, page } = await openTab(browser, `${server.origin}${ECUADOR}`);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.getByTestId('fit').locator('[data-fit]').getAttribute('data-fit')).toBe('fits');
    await popup.close();
    await page.close();
  });
});
