/**
 * No edit is lost (issue 16): a field the user did not type in follows the saved value and writes
 * nothing when only focused and left; two tracker tabs on one posting never undo each other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { captureThroughPopup, launchExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support';

let server: FixtureServer;
let browser: ExtensionBrowser;

const PATH = '/changing-posting.html';

function postingPage(title: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
<h1>${title}</h1>
<table><tr><th>Organization</th><td>UNICEF</td></tr><tr><th>Duty station</th><td>Dakar, Senegal</td></tr>
<tr><th>Closing date</th><td>15/01/2031 16:00 GMT</td></tr><tr><th>Type of contract</th><td>Consultancy</td></tr></table>
<p>UNICEF seeks a consultant on child protection and birth registration in Senegal. Master's degree required, 5 years of experience.</p>
</body></html>`;
}

/** The page changes on the site, and the user captures it again. */
async function recapture(title: string): Promise<void> {
  server.pages.set(PATH, postingPage(title));
  await captureThroughPopup(browser, `${server.origin}${PATH}`);
}

async function openDetail(title: string, page?: Page): Promise<Page> {
  const tracker = page ?? (await browser.context.newPage());
  await tracker.goto(`chrome-extension://${browser.extensionId}/tracker.html`);
  await tracker.getByTestId('tracker-row').filter({ hasText: title }).locator('.cell-title button').click();
  await tracker.getByTestId('detail').waitFor();
  return tracker;
}

/** The stored record, read straight from the extension's IndexedDB. */
async function stored(page: Page): Promise<{ edits: Record<string, unknown>; tracking: { notes: string } }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('vacancy-clipper');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('postings').objectStore('postings').getAll();
          all.onsuccess = () => {
            request.result.close();
            resolve(all.result[0]);
          };
        };
      }),
  );
}

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtension();
  await recapture('Child Protection Consultant');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a field the user did not type in', () => {
  it('follows a re-capture while the detail pane is open, and focus + blur records no correction', async () => {
    const tracker = await openDetail('Child Protection Consultant');
    const detail = tracker.getByTestId('detail');
    const title = detail.locator('input[name="title"]');
    await expect.poll(() => title.inputValue()).toBe('Child Protection Consultant');

    await recapture('Senior Child Protection Consultant');
    await expect.poll(() => detail.locator('h2').textContent()).toBe('Senior Child Protection Consultant');
    await expect.poll(() => title.inputValue()).toBe('Senior Child Protection Consultant');

    await title.focus();
    await detail.locator('input[name="organization"]').focus();
    // A later write from this page commits after anything the blur might have written.
    await detail.locator('input[name="reference"]').fill('REF-1');
    await detail.locator('input[name="reference"]').blur();
    await expect.poll(async () => (await stored(tracker)).edits.reference).toBe('REF-1');
    expect((await stored(tracker)).edits.title).toBeUndefined();

    // And the next capture's title shows: nothing pins the old one.
    await recapture('Child Protection Specialist');
    await expect.poll(() => title.inputValue()).toBe('Child Protection Specialist');
    await tracker.close();
  });
});

describe('two tracker tabs on one posting', () => {
  it('notes saved in tab A survive focus and blur of the notes box in tab B', async () => {
    const tabA = await openDetail('Child Protection Specialist');
    const tabB = await openDetail('Child Protection Specialist');
    const notesA = tabA.getByTestId('detail').locator('textarea[name="notes"]');
    const notesB = tabB.getByTestId('detail').locator('textarea[name="notes"]');
    await expect.poll(() => notesB.inputValue()).toBe('');

    await notesA.fill('Called Marie: interview likely in March');
    await notesA.blur();
    await expect.poll(() => notesB.inputValue()).toBe('Called Marie: interview likely in March');

    await notesB.focus();
    await notesB.blur();
    const cityB = tabB.getByTestId('detail').locator('input[name="city"]');
    await cityB.fill('Saint-Louis');
    await cityB.blur();
    await expect.poll(() => tabA.getByTestId('detail').locator('input[name="city"]').inputValue()).toBe('Saint-Louis');
    expect((await stored(tabA)).tracking.notes).toBe('Called Marie: interview likely in March');
    expect(await notesA.inputValue()).toBe('Called Marie: interview likely in March');
    await tabA.close();
    await tabB.close();
  });

  it('typing in a tab whose value changed elsewhere meanwhile offers "keep mine / take theirs", and writes nothing until chosen', async () => {
    const tabA = await openDetail('Child Protection Specialist');
    const tabB = await browser.context.newPage();
    // Tab B's timers are held, so its pause-to-save cannot fire before tab A's write: B is the stale tab.
    await tabB.clock.install();
    await openDetail('Child Protection Specialist', tabB);
    const notesA = tabA.getByTestId('detail').locator('textarea[name="notes"]');
    const notesB = tabB.getByTestId('detail').locator('textarea[name="notes"]');
    await expect.poll(() => notesB.inputValue()).toBe('Called Marie: interview likely in March');

    await notesB.fill('Marie says: send the CV by Friday');
    await notesA.fill('Interview on 3 March, 10:00');
    await notesA.blur();
    const conflict = tabB.getByTestId('detail').getByTestId('conflict');
    await expect.poll(() => conflict.textContent()).toContain('Interview on 3 March, 10:00');
    await notesB.blur();
    await tabB.clock.runFor(1000);
    expect(await notesB.inputValue()).toBe('Marie says: send the CV by Friday');
    expect((await stored(tabA)).tracking.notes).toBe('Interview on 3 March, 10:00');

    await tabB.getByTestId('detail').getByTestId('keep-mine').click();
    await expect.poll(() => notesA.inputValue()).toBe('Marie says: send the CV by Friday');
    await expect.poll(() => conflict.count()).toBe(0);
    await tabA.close();
    await tabB.close();
  });
});
