/**
 * Sync between two browser profiles through a CouchDB-compatible server (pouchdb-server on 127.0.0.1),
 * set up and used as a user does: Settings → Sync in each profile's tracker, captures through the popup,
 * edits in the detail pane. The server's origin is granted by the test build's host permission for
 * 127.0.0.1, so the permission request Settings makes in the click returns at once without a prompt.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DATABASE_NAME } from '../../lib/db';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../lib/transfer/backup';
import { generateHistory } from '../../bench/records';
import { pdfFromText } from '../support/documents';
import { makePosting } from '../support/postings';
import { PDF } from './fixture-server';
import { bridgeOf, openBridged, type BridgedBrowser } from './bridge';
import { launchFirefox } from './firefox';
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
let firefox: BridgedBrowser | undefined;

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

/** Settings → Sync: the server and database entered, "Start syncing" pressed. */
async function enterServer(tracker: Page): Promise<void> {
  const sync = tracker.getByTestId('sync');
  await sync.locator('input[name="sync-url"]').fill(couch.url);
  await sync.locator('input[name="sync-database"]').fill(DATABASE);
  await sync.getByRole('button', { name: 'Start syncing' }).click();
}

const syncState = (tracker: Page) => tracker.getByTestId('sync-status').getAttribute('data-state');
const pendingChanges = (tracker: Page) => tracker.getByTestId('sync-status').getAttribute('data-pending');

async function startSyncing(tracker: Page): Promise<void> {
  await tracker.getByRole('button', { name: 'Settings' }).click();
  await enterServer(tracker);
  await expect.poll(() => syncState(tracker), CROSS_DEVICE).toBe('idle');
}

/** The records of a table of the profile's database, counted in IndexedDB itself (the tracker's table draws only the rows on screen). */
const storedRecords = (tracker: Page, table: 'postings' | 'files') =>
  tracker.evaluate(
    ({ name, table }) =>
      new Promise<number>((done, fail) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => fail(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          const counting = database.transaction(table).objectStore(table).count();
          counting.onsuccess = () => {
            database.close();
            done(counting.result);
          };
          counting.onerror = () => fail(counting.error);
        };
      }),
    { name: DATABASE_NAME, table },
  );
const storedPostings = (tracker: Page) => storedRecords(tracker, 'postings');

/** The test bridge of a 127.0.0.1 tab in a Chromium profile, to send what the popup and the tracker send. */
async function bridgeIn(profile: ExtensionBrowser) {
  const page = await profile.context.newPage();
  pages.pages.set('/sync-bridge.html', '<!doctype html><title>bridge</title>');
  await page.goto(`${pages.origin}/sync-bridge.html`);
  const bridge = await bridgeOf({ evaluate: (script, argument) => page.evaluate(script, argument), close: () => page.close() }, `${pages.origin}/sync-bridge.html`);
  return { ...bridge, close: () => page.close() };
}

/** The profile's IndexedDB databases that are the sync mirror (PouchDB's, named after it). */
const mirrorDatabases = (tracker: Page) => tracker.evaluate(async () => (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => name.includes('vacancy-clipper-sync')));

/** What the profile keeps of sync in local extension storage. */
const syncStorage = (tracker: Page) =>
  tracker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome;
    return Object.keys(await api.storage.local.get(null)).filter((key) => key.startsWith('sync'));
  });

/** The ids of the server's documents whose id starts with `prefix`, read from the server directly. */
async function serverDocIds(prefix: string): Promise<string[]> {
  const range = `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`;
  const answer = (await (await fetch(`${couch.directUrl}/${DATABASE}/_all_docs?${range}`)).json()) as { rows: Array<{ id: string }> };
  return answer.rows.map((one) => one.id);
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
  await firefox?.close();
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

  it('a Terms of Reference PDF kept on A is kept on B too, its bytes carried as an attachment', async () => {
    pages.files.set('/sync-tor.pdf', { body: await pdfFromText(readFileSync('test/fixtures/civipol/seed-002-tor-victim-protection.txt', 'utf8')), type: PDF });
    const filesOnB = await storedRecords(trackerB, 'files');
    const bridgeA = await bridgeIn(profileA);
    // As the links' menu "Save linked Terms of Reference" does.
    await bridgeA.send('captureDocument', { url: `${pages.origin}/sync-tor.pdf` });
    await bridgeA.close();
    await expect.poll(() => storedRecords(trackerB, 'files'), CROSS_DEVICE).toBe(filesOnB + 1);
  }, 120_000);

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
    const rowsBefore = await trackerB.getByTestId('tracker-row').count();
    const response = await fetch(`${couch.directUrl}/${DATABASE}/posting:${url}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'posting', canonicalUrl: url, record: { id: 'x', title: '<img src=x onerror=alert(1)>' }, description: '', times: {}, deletedAt: null }),
    });
    expect(response.status).toBe(201);
    await syncNow(trackerB);
    await expect.poll(() => trackerB.getByTestId('sync-status').getAttribute('data-refused'), CROSS_DEVICE).toBe('1');
    expect(await trackerB.getByTestId('tracker-row').count()).toBe(rowsBefore);
  }, 120_000);

  it('a deletion on A deletes on B', async () => {
    await trackerA.getByTestId('detail').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => row(trackerA, 'Border Management Consultant').count()).toBe(0);
    await expect.poll(() => row(trackerB, 'Border Management Consultant').count(), CROSS_DEVICE).toBe(0);
  }, 120_000);

  it('Firefox ESR (background page) syncs with the same server: its capture appears on A, and a status change on A comes back', async () => {
    firefox = await launchFirefox();
    pages.pages.set('/sync-firefox.html', postingPage('Firefox Border Liaison Officer'));
    const page = await openBridged(firefox, `${pages.origin}/sync-firefox.html`);
    await page.send('test:syncConfig', { config: { url: couch.url, database: DATABASE, user: '', password: '' } });
    await expect.poll(async () => (await page.send('syncStart', {})).state, CROSS_DEVICE).toBe('idle');

    const captured = await page.send('capture', { tabId: page.tabId });
    await expect.poll(() => row(trackerA, 'Firefox Border Liaison Officer').count(), CROSS_DEVICE).toBe(1);
    await openDetail(trackerA, 'Firefox Border Liaison Officer');
    await trackerA.getByTestId('detail').locator('select[name="status"]').selectOption('interview');
    const statusInFirefox = async () => (await page.send('test:list', {})).find((one) => one.id === captured.id)?.status;
    await expect.poll(statusInFirefox, CROSS_DEVICE).toBe('interview');
    await firefox.close();
    firefox = undefined;
  }, 240_000);

  it('"Stop syncing and forget this server" on B: server, credentials and mirror gone, postings kept, a new capture stays on B', async () => {
    // B holds the posting Firefox captured, through the server.
    await expect.poll(() => row(trackerB, 'Firefox Border Liaison Officer').count(), CROSS_DEVICE).toBe(1);
    expect(await mirrorDatabases(trackerB)).toHaveLength(1);

    const sync = trackerB.getByTestId('sync');
    await sync.getByRole('button', { name: 'Stop syncing and forget this server' }).click();
    await sync.locator('input[name="sync-url"]').waitFor();
    await expect.poll(() => mirrorDatabases(trackerB)).toEqual([]);
    expect(await syncStorage(trackerB)).not.toContain('syncConfig');
    expect(await row(trackerB, 'Firefox Border Liaison Officer').count()).toBe(1);

    // A capture on B now stays on B; one made on A after it still reaches the server, and B's never does.
    pages.pages.set('/sync-local.html', postingPage('Customs Reform Specialist'));
    await captureThroughPopup(profileB, `${pages.origin}/sync-local.html`);
    await expect.poll(() => row(trackerB, 'Customs Reform Specialist').count()).toBe(1);
    pages.pages.set('/sync-after.html', postingPage('Migration Data Analyst'));
    await captureThroughPopup(profileA, `${pages.origin}/sync-after.html`);
    await expect.poll(() => serverDocIds(`posting:${pages.origin}/sync-after`), CROSS_DEVICE).toHaveLength(1);
    expect(await serverDocIds(`posting:${pages.origin}/sync-local`)).toEqual([]);
    // Had B still been syncing, the capture would have made its mirror again.
    expect(await mirrorDatabases(trackerB)).toEqual([]);
    expect(await syncStorage(trackerB)).not.toContain('syncConfig');
  }, 180_000);

  it('a server that goes away in the middle of a first sync loses nothing once it is back', async () => {
    // A holds 300 more postings (a backup restored there), all on the server before B starts again.
    const history = generateHistory(300, [makePosting({ url: 'https://jobs.example.org/first-sync' })]);
    // Descriptions of random words: the server gzips its answers, and text that does not compress makes the
    // wire weight of a number of postings the same whichever postings they are (the relay's budget below).
    const descriptions = history.descriptions.map(({ id }) => ({ id, text: randomBytes(3000).toString('base64').replace(/(.{8})/g, '$1 ') }));
    const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), postings: history.records, descriptions, rules: [], settings: [], files: [] };
    const bridgeA = await bridgeIn(profileA);
    expect(await bridgeA.send('test:importBackup', { text: JSON.stringify(backup) })).toMatchObject({ added: 300 });
    await bridgeA.close();
    await expect.poll(() => serverDocIds('posting:https://jobs.example.org/first-sync'), CROSS_DEVICE).toHaveLength(300);
    await expect.poll(() => pendingChanges(trackerA), CROSS_DEVICE).toBe('0');

    // The relay lets through what 150 of those documents weigh on the wire, then holds: B's first sync of
    // 300 (fetched 100 at a time) stops in its middle, whatever the machine's speed.
    const range = `startkey=${encodeURIComponent('"posting:https://jobs.example.org/first-sync"')}&include_docs=true&limit=150`;
    const budget = await couch.wireBytes(`/${DATABASE}/_all_docs?${range}`);
    const heldBefore = await storedPostings(trackerB);
    // What A holds now, and what both hold in the end: that and the posting only B has.
    const onA = await storedPostings(trackerA);
    couch.stallAfter(budget);
    await enterServer(trackerB);
    await expect.poll(() => couch.stalled(), CROSS_DEVICE).toBe(true);
    await expect.poll(() => storedPostings(trackerB), CROSS_DEVICE).toBeGreaterThan(heldBefore);
    expect(await storedPostings(trackerB)).toBeLessThan(onA);

    await couch.cut();
    try {
      await expect.poll(() => syncState(trackerB), CROSS_DEVICE).toBe('offline');
    } finally {
      await couch.restore();
    }
    // B ends with every posting (A's, and its own that A now has too), and neither outbox holds anything.
    await expect.poll(() => storedPostings(trackerB), { ...CROSS_DEVICE, timeout: 180_000 }).toBe(onA + 1);
    await expect.poll(() => storedPostings(trackerA), CROSS_DEVICE).toBe(onA + 1);
    await expect.poll(() => pendingChanges(trackerA), CROSS_DEVICE).toBe('0');
    await expect.poll(() => pendingChanges(trackerB), CROSS_DEVICE).toBe('0');
    expect(await serverDocIds(`posting:${pages.origin}/sync-local`)).toHaveLength(1);
  }, 420_000);
});
