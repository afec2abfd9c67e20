/**
 * Sync between two browser profiles through a CouchDB-compatible server (pouchdb-server on 127.0.0.1),
 * set up and used as a user does: Settings → Sync in each profile's tracker, captures through the popup,
 * edits in the detail pane. The server's origin is granted by the test build's host permission for
 * 127.0.0.1, so the permission request Settings makes in the click returns at once without a prompt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { captureThroughPopup, launchExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support';
import { startSyncServer, type SyncServer } from './sync-server';

const CROSS_DEVICE = { timeout: 60_000, interval: 200 };
const DATABASE = 'vacancies';

let pages: FixtureServer;
let couch: SyncServer;
let profileA: ExtensionBrowser;
let profileB: ExtensionBrowser;
let trackerA: Page;
let trackerB: Page;

function postingPage(title: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
<h1>${title}</h1>
<table><tr><th>Organization</th><td>UNDP</td></tr><tr><th>Duty station</th><td>Niamey, Niger</td></tr>
<tr><th>Closing date</th><td>20/02/2031 17:00 GMT</td></tr><tr><th>Type of contract</th><td>Consultancy</td></tr></table>
<p>UNDP seeks a consultant on border management and community policing in Niger. Master's degree required, 7 years of experience.</p>
</body></html>`;
}

async function openTracker(profile: ExtensionBrowser): Promise<Page> {
  const tracker = await profile.context.newPage();
  await tracker.goto(`chrome-extension://${profile.extensionId}/tracker.html`);
  return tracker;
}

async function startSyncing(tracker: Page): Promise<void> {
  await tracker.getByRole('button', { name: 'Settings' }).click();
  const sync = tracker.getByTestId('sync');
  await sync.locator('input[name="sync-url"]').fill(couch.url);
  await sync.locator('input[name="sync-database"]').fill(DATABASE);
  await sync.getByRole('button', { name: 'Start syncing' }).click();
  await expect.poll(() => sync.getByTestId('sync-status').getAttribute('data-state'), CROSS_DEVICE).toBe('idle');
}

const row = (tracker: Page, title: string) => tracker.getByTestId('tracker-row').filter({ hasText: title });

async function openDetail(tracker: Page, title: string): Promise<void> {
  await row(tracker, title).locator('.cell-title button').click();
  await tracker.getByTestId('detail').waitFor();
}

async function syncNow(tracker: Page): Promise<void> {
  const sync = tracker.getByTestId('sync');
  await sync.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => sync.getByTestId('sync-status').getAttribute('data-state'), CROSS_DEVICE).toBe('idle');
  await expect.poll(() => sync.getByTestId('sync-status').getAttribute('data-pending'), CROSS_DEVICE).toBe('0');
}

beforeAll(async () => {
  pages = await serveFixtures();
  couch = await startSyncServer();
  profileA = await launchExtension();
  profileB = await launchExtension();
  trackerA = await openTracker(profileA);
  trackerB = await openTracker(profileB);
}, 180_000);

afterAll(async () => {
  await profileA?.close();
  await profileB?.close();
  await couch?.stop();
  await pages?.close();
});

describe('sync between two profiles', () => {
  it('starts from Settings in each profile, with the server and database the user enters', async () => {
    await startSyncing(trackerA);
    await startSyncing(trackerB);
  }, 180_000);

  it('a capture on A appears on B, and a status change on B shows on A', async () => {
    pages.pages.set('/sync-one.html', postingPage('Border Management Consultant'));
    await captureThroughPopup(profileA, `${pages.origin}/sync-one.html`);
    await expect.poll(() => row(trackerB, 'Border Management Consultant').count(), CROSS_DEVICE).toBe(1);

    await openDetail(trackerB, 'Border Management Consultant');
    await trackerB.getByTestId('detail').locator('select[name="status"]').selectOption('applied');
    await expect.poll(() => row(trackerA, 'Border Management Consultant').locator('.cell-status').textContent(), CROSS_DEVICE).toBe('Applied');
  }, 180_000);

  it('edits made on both while the server is away converge once it is back: by field, the later edit wins', async () => {
    await openDetail(trackerA, 'Border Management Consultant');
    const notesA = trackerA.getByTestId('detail').locator('textarea[name="notes"]');
    const notesB = trackerB.getByTestId('detail').locator('textarea[name="notes"]');
    await couch.cut();
    try {
      await trackerA.getByTestId('detail').locator('select[name="status"]').selectOption('interview');
      await notesB.fill('Written on B first');
      await notesB.blur();
      await notesA.fill('Written on A last: interview on 3 March');
      await notesA.blur();
      // "Sync now" while the server is away says so in words, and keeps the changes.
      await trackerA.getByTestId('sync').getByRole('button', { name: 'Sync now' }).click();
      await expect.poll(() => trackerA.getByTestId('sync-status').getAttribute('data-state'), CROSS_DEVICE).toBe('offline');
      expect(await trackerA.getByTestId('sync-error').textContent()).toMatch(/does not answer/);
    } finally {
      await couch.restore();
    }
    await syncNow(trackerA);
    await syncNow(trackerB);
    await syncNow(trackerA);
    for (const tracker of [trackerA, trackerB]) {
      await expect.poll(() => tracker.getByTestId('detail').locator('textarea[name="notes"]').inputValue(), CROSS_DEVICE).toBe('Written on A last: interview on 3 March');
      await expect.poll(() => row(tracker, 'Border Management Consultant').locator('.cell-status').textContent(), CROSS_DEVICE).toBe('Interview');
    }
  }, 240_000);

  it('a document on the server that is not a valid record is refused, counted and never stored', async () => {
    const url = 'evil-posting';
    const response = await fetch(`${couch.directUrl}/${DATABASE}/posting:${url}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'posting', canonicalUrl: url, record: { id: 'x', title: '<img src=x onerror=alert(1)>' }, description: '', times: {}, deletedAt: null }),
    });
    expect(response.status).toBe(201);
    await syncNow(trackerB);
    await expect.poll(() => trackerB.getByTestId('sync-status').getAttribute('data-refused'), CROSS_DEVICE).toBe('1');
    expect(await trackerB.getByTestId('tracker-row').count()).toBe(1);
  }, 120_000);

  it('a deletion on A deletes on B', async () => {
    await trackerA.getByTestId('detail').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => row(trackerA, 'Border Management Consultant').count()).toBe(0);
    await expect.poll(() => row(trackerB, 'Border Management Consultant').count(), CROSS_DEVICE).toBe(0);
  }, 120_000);
});
