import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { captureThroughPopup, launchExtension, openPopup, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support';

let server: FixtureServer;
let browser: ExtensionBrowser;
let tracker: Page;

const DAY_MS = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
const dayFirst = (iso: string) => iso.split('-').reverse().join('/');

/** A posting whose deadline falls in two days, so that reminders and the badge have work to do. */
function upcomingPosting(title: string, deadline: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
<h1>${title}</h1>
<table><tr><th>Organization</th><td>UNICEF</td></tr><tr><th>Duty station</th><td>Dakar, Senegal</td></tr>
<tr><th>Closing date</th><td>${dayFirst(deadline)} 16:00 GMT</td></tr><tr><th>Type of contract</th><td>Consultancy</td></tr>
<tr><th>Duration</th><td>60 working days</td></tr></table>
<p>UNICEF seeks a consultant on child protection and birth registration in Senegal. Master's degree required, 5 years of experience.</p>
</body></html>`;
}

const capture = (path: string) => captureThroughPopup(browser, `${server.origin}${path}`);

async function extensionCall<T>(page: Page, script: string): Promise<T> {
  return page.evaluate(script) as Promise<T>;
}

beforeAll(async () => {
  server = await serveFixtures();
  server.pages.set('/unicef-dakar.html', upcomingPosting('Child Protection Consultant', isoDay(2)));
  browser = await launchExtension();
  await capture('/unicef-dakar.html');
  await capture('/expertise-france/seed-001-ecuador-environmental-crime.html');
  tracker = await browser.context.newPage();
  await tracker.goto(`chrome-extension://${browser.extensionId}/tracker.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the full-page tracker', () => {
  it('lists both captured postings in the table, nearest deadline first', async () => {
    await expect.poll(() => tracker.getByTestId('tracker-row').count()).toBe(2);
    const titles = await tracker.getByTestId('tracker-row').locator('.cell-title').allTextContents();
    expect(titles[0]).toContain('Child Protection Consultant');
    expect(titles[1]).toContain('Équateur');
  });

  it('filters by free text (title, organisation and description) and by status', async () => {
    // Both searches leave one row: wait for the row's text, not the count, to see the second one applied.
    const rowTexts = () => tracker.getByTestId('tracker-row').allTextContents();
    await tracker.locator('input[name="search"]').fill('unicef');
    await expect.poll(rowTexts).toEqual([expect.stringContaining('Child Protection')]);
    await tracker.locator('input[name="search"]').fill('orpaillage');
    await expect.poll(rowTexts).toEqual([expect.stringContaining('Équateur')]);
    await tracker.locator('input[name="search"]').fill('');
    await tracker.locator('select[name="status"]').selectOption('applied');
    await expect.poll(() => tracker.getByTestId('tracker-row').count()).toBe(0);
    await tracker.locator('select[name="status"]').selectOption('');
    await expect.poll(() => tracker.getByTestId('tracker-row').count()).toBe(2);
  });

  it('edits an extracted field in the detail pane, and the popup shows it live', async () => {
    const popup = await openPopup(browser);
    await expect.poll(() => popup.getByTestId('saved-row').count()).toBe(2);
    await tracker.getByTestId('tracker-row').filter({ hasText: 'Équateur' }).locator('.cell-title button').click();
    const organization = tracker.getByTestId('detail').locator('input[name="organization"]');
    await organization.fill('Expertise France — P2S');
    await organization.blur();
    await expect.poll(() => popup.getByTestId('saved-row').filter({ hasText: 'Équateur' }).textContent()).toContain('Expertise France — P2S');
    await tracker.getByTestId('detail').locator('textarea[name="notes"]').fill('Asked Marie for a reference');
    await tracker.getByTestId('detail').locator('textarea[name="notes"]').blur();
    await popup.close();
  });

  it('moves a card across the board by drag and drop, and by keyboard', async () => {
    await tracker.getByTestId('view-board').click();
    const card = tracker.getByTestId('board-card').filter({ hasText: 'Child Protection' });
    // Drag as a hand does: press on the card, move in steps over the column, release.
    const from = (await card.boundingBox())!;
    const to = (await tracker.locator('.board-column[data-status="preparing"]').boundingBox())!;
    await tracker.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await tracker.mouse.down();
    await tracker.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 8 });
    await tracker.mouse.up();
    await expect.poll(() => tracker.locator('.board-column[data-status="preparing"]').getByTestId('board-card').count()).toBe(1);

    await tracker.locator('.board-column[data-status="preparing"]').getByTestId('board-card').focus();
    await tracker.keyboard.press('ArrowRight');
    await expect.poll(() => tracker.locator('.board-column[data-status="applied"]').getByTestId('board-card').count()).toBe(1);
    // The keyboard stays on the card in its new column.
    await expect.poll(() => tracker.evaluate(() => document.activeElement?.closest('[data-status]')?.getAttribute('data-status'))).toBe('applied');
    await tracker.keyboard.press('ArrowLeft');
    await expect.poll(() => tracker.locator('.board-column[data-status="preparing"]').getByTestId('board-card').count()).toBe(1);
  });

  it('plans reminders 3 and 1 days before an upcoming deadline, and counts it on the badge', async () => {
    const state = await extensionCall<{ alarms: string[]; badge: string }>(
      tracker,
      `(async () => {
        await chrome.runtime.sendMessage({ type: 'refresh' });
        const alarms = (await chrome.alarms.getAll()).map((alarm) => alarm.name).filter((name) => name.startsWith('deadline:')).sort();
        return { alarms, badge: await chrome.action.getBadgeText({}) };
      })()`,
    );
    // The deadline is two days away: the 3-day reminder is already past, the 1-day one is planned.
    expect(state.alarms).toHaveLength(1);
    expect(state.alarms[0]).toMatch(/^deadline:[\w-]+:1$/);
    expect(state.badge).toBe('1');
  });

  it('shows a notification when a reminder alarm rings', async () => {
    const notifications = await extensionCall<string[]>(
      tracker,
      `(async () => {
        const [name] = (await chrome.alarms.getAll()).map((alarm) => alarm.name).filter((name) => name.startsWith('deadline:'));
        // Ring it now: an alarm of the same name replaces the planned one.
        await chrome.alarms.create(name, { when: Date.now() + 50 });
        for (let attempt = 0; attempt < 100; attempt++) {
          const shown = Object.keys(await chrome.notifications.getAll());
          if (shown.length > 0) return shown;
          await new Promise((done) => setTimeout(done, 100));
        }
        return [];
      })()`,
    );
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatch(/^deadline:/);
  });

  it('a status past "preparing" takes the posting off the badge', async () => {
    await tracker.locator('.board-column[data-status="preparing"]').getByTestId('board-card').focus();
    await tracker.keyboard.press('ArrowRight');
    await expect
      .poll(() => extensionCall<string>(tracker, `chrome.runtime.sendMessage({ type: 'refresh' }).then(() => chrome.action.getBadgeText({}))`))
      .toBe('');
  });

  it('a tag rule the user writes re-tags the saved postings, with its evidence on the tag', async () => {
    await tracker.getByTestId('view-table').click();
    await tracker.getByRole('button', { name: 'Settings' }).click();
    await tracker.locator('input[name="rule-label"]').fill('Child rights');
    await tracker.locator('input[name="rule-phrases"]').fill('birth registration, child protection');
    await tracker.getByRole('button', { name: 'Save the tag' }).click();
    await expect.poll(() => tracker.getByTestId('retag-status').textContent()).toBe('1 saved posting(s) re-tagged.');
    await tracker.locator('select[name="tag"]').selectOption({ label: 'Child rights' });
    await expect.poll(() => tracker.getByTestId('tracker-row').count()).toBe(1);
    await tracker.getByTestId('tracker-row').first().locator('.cell-title button').click();
    const tag = tracker.getByTestId('detail').locator('[data-tag-id="user:child-rights"]');
    expect(await tag.getAttribute('title')).toMatch(/birth registration|child protection/i);
    await tracker.locator('select[name="tag"]').selectOption('');
  });
});
