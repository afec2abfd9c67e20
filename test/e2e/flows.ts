/**
 * The scenario both browsers run through the test bridge (bridge.ts): capture with a preview and a
 * corrected field, the saved list, a status change and the reminders across a browser restart, the JSON
 * backup restored into a fresh profile, and PDF and Word Terms of Reference with their files. The
 * messages are the popup's and the tracker's (lib/messages.ts); the background answers as in use.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX, PDF, serveFixtures, type FixtureServer } from './fixture-server';
import { openBridged, type Bridge, type BridgedBrowser, type LaunchBridged } from './bridge';
import { docxFromText, pdfFromText } from '../support/documents';
import type { Backup } from '../../lib/transfer/backup';

const GESTMAX = '/expertise-france/seed-001-ecuador-environmental-crime.html';
const GESTMAX_TITLE = 'Expert(e) en criminalité environnementale et traite des êtres humains – Équateur';
const WP_BOARD = '/wp-job-manager/seed-003-iom-senegal-repost.html';
/** The board's posting with its closing date moved to five days from now, so that reminders are due. */
const CLOSING_SOON = '/wp-job-manager/closing-soon.html';
const TOR_PDF = '/docs/ToR-expert-mentor.pdf';
const OFFER_DOCX = '/docs/offre-VSI-OECO.docx';
const UNNAMED_PDF = '/download?id=7';

function inDays(days: number): { iso: string; written: string } {
  const day = new Date(Date.now() + days * 86_400_000);
  return { iso: day.toISOString().slice(0, 10), written: day.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) };
}

const deadlineAlarms = (reminders: { alarms: Array<{ name: string; scheduledTime: number }> }) =>
  reminders.alarms.filter((alarm) => alarm.name.startsWith('deadline:')).sort((a, b) => a.scheduledTime - b.scheduledTime);

/** Where the two browsers rightly differ. */
export interface BrowserExpectations {
  /**
   * Firefox's background page grants navigator.storage.persist(); Chrome's service worker has no persist()
   * (a window's API), and unlimitedStorage alone keeps its data from eviction.
   */
  persistedStorage: boolean;
}

export function describeFlows(browserName: string, launch: LaunchBridged, expected: BrowserExpectations): void {
  describe(`${browserName}: the popup's and the tracker's flows through the background`, () => {
    let server: FixtureServer;
    let browser: BridgedBrowser;
    const closing = inDays(5);

    const open = async (path: string): Promise<Bridge> => (await openBridged(browser, `${server.origin}${path}`));

    beforeAll(async () => {
      server = await serveFixtures();
      server.pages.set(CLOSING_SOON, readFileSync(`test/fixtures${WP_BOARD}`, 'utf8').replace('Closing date: 27 May 2024', `Closing date: ${closing.written}`));
      server.files.set(TOR_PDF, { body: await pdfFromText(readFileSync('test/fixtures/civipol/seed-002-tor-victim-protection.txt', 'utf8')), type: PDF });
      const offer = readFileSync('test/fixtures/france-volontaires/seed-004-vsi-oeco.txt', 'utf8');
      server.files.set(OFFER_DOCX, { body: await docxFromText(offer), type: DOCX });
      server.files.set('/download', { body: await pdfFromText(offer), type: PDF });
      browser = await launch();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('previews a posting, saves it with a corrected field, and lists it', async () => {
      const page = await open(GESTMAX);
      const preview = await page.send('preview', { tabId: page.tabId });
      expect(preview.notAPosting).toBeNull();
      expect(preview.saved).toBeNull();
      expect(preview.posting.title).toBe(GESTMAX_TITLE);
      expect(preview.posting.deadline).toMatchObject({ date: '2025-10-29', time: '23:55', timeZone: 'Europe/Paris' });

      // The popup sends the field the user changed with the value they saw in it.
      const { record: saved, refused } = await page.send('save', {
        posting: preview.posting,
        changes: [{ name: 'organization', seen: preview.posting.organization ?? '', typed: 'Expertise France (Quito)' }],
      });
      expect(refused).toEqual([]);
      expect(await page.send('test:list', {})).toEqual([
        { id: saved.id, title: GESTMAX_TITLE, organization: 'Expertise France (Quito)', status: 'saved', deadline: '2025-10-29' },
      ]);
      // The popup opened again on the page knows it is saved, with the user's correction.
      const again = await page.send('preview', { tabId: page.tabId });
      expect(again.saved).toMatchObject({ id: saved.id, edits: { organization: 'Expertise France (Quito)' } });
    });

    it('plans reminders and the badge, and keeps statuses, reminders and badge across a browser restart', async () => {
      const page = await open(CLOSING_SOON);
      // The context menu's and the shortcut's one-step capture.
      const soon = await page.send('capture', { tabId: page.tabId });
      expect(soon.extracted.deadline.date).toBe(closing.iso);
      const before = await page.send('test:reminders', {});
      expect(deadlineAlarms(before).map((alarm) => alarm.name)).toEqual([`deadline:${soon.id}:3`, `deadline:${soon.id}:1`]);
      expect(before.badge).toBe('1');
      const [gestmax] = (await page.send('test:list', {})).filter((row) => row.title === GESTMAX_TITLE);
      expect((await page.send('setStatus', { id: gestmax!.id, status: 'applied' })).status).toBe('applied');

      const { profileDir } = browser;
      await browser.close();
      browser = await launch({ profileDir });
      const reopened = await open(GESTMAX);
      // Nearest open deadline first, as the popup lists them.
      expect((await reopened.send('test:list', {})).map((row) => [row.title, row.status])).toEqual([
        [soon.extracted.title, 'saved'],
        [GESTMAX_TITLE, 'applied'],
      ]);
      // Planned again from the database when the browser starts: alarms and badge may not outlive it. (The
      // timeout only catches a start that never plans them; a loaded machine takes seconds.)
      await expect.poll(async () => {
        const after = await reopened.send('test:reminders', {});
        return { deadlines: deadlineAlarms(after), badge: after.badge, hourly: after.alarms.some((alarm) => alarm.name === 'refresh-reminders') };
      }, { timeout: 30_000 }).toEqual({ deadlines: deadlineAlarms(before), badge: '1', hourly: true });

      // The three-day reminder rings: the browser takes its notification.
      expect(await reopened.send('test:ring', { alarm: `deadline:${soon.id}:3` })).toEqual({ notified: true });

      // Applied: nothing left to remind of.
      await reopened.send('setStatus', { id: soon.id, status: 'applied' });
      const applied = await reopened.send('test:reminders', {});
      expect({ deadlines: deadlineAlarms(applied), badge: applied.badge }).toEqual({ deadlines: [], badge: '' });
      // An alarm that was already ringing stays silent.
      expect(await reopened.send('test:ring', { alarm: `deadline:${soon.id}:1` })).toEqual({ notified: false });
    });

    it('asks for persistent storage where the background can', async () => {
      const page = await open(GESTMAX);
      expect(await page.send('test:storage', {})).toEqual({ persisted: expected.persistedStorage });
    });

    it('exports the JSON backup and restores it into a fresh profile, record for record', async () => {
      const page = await open(GESTMAX);
      const exported = await page.send('test:exportBackup', {});
      const backup = JSON.parse(exported) as Backup;
      expect(backup.postings).toHaveLength(2);
      expect(backup.descriptions).toHaveLength(2);

      const fresh = await launch();
      try {
        const freshPage = await openBridged(fresh, `${server.origin}${GESTMAX}`);
        expect(await freshPage.send('test:list', {})).toEqual([]);
        expect(await freshPage.send('test:importBackup', { text: exported })).toEqual({ added: 2, updated: 0, skipped: 0 });
        const restored = JSON.parse(await freshPage.send('test:exportBackup', {})) as Backup;
        expect({ ...restored, exportedAt: null }).toEqual({ ...backup, exportedAt: null });
        expect(await freshPage.send('test:list', {})).toEqual(await page.send('test:list', {}));
        // The same backup again adds nothing.
        expect(await freshPage.send('test:importBackup', { text: exported })).toEqual({ added: 0, updated: 0, skipped: 2 });
      } finally {
        await fresh.close();
      }
    });

    it('previews a PDF open in a tab, saves it and keeps the file', async () => {
      const page = await open(GESTMAX);
      const address = `${server.origin}${TOR_PDF}`;
      await browser.open(address);
      const pdfTab = await page.send('test:tabOf', { url: address });
      expect(pdfTab).not.toBeNull();
      const preview = await page.send('preview', { tabId: pdfTab! });
      expect(preview.posting.title).toBe('Expert mentor en protection et assistance des victimes');
      expect(preview.posting.deadline).toMatchObject({ date: '2025-02-17', time: '16:00', timeZone: 'Africa/Dakar' });

      const { record: saved } = await page.send('save', { posting: preview.posting, changes: [] });
      const backup = JSON.parse(await page.send('test:exportBackup', {})) as Backup;
      const kept = backup.files.find((file) => file.id === saved.id);
      expect(kept).toMatchObject({ fileName: 'ToR-expert-mentor.pdf', kind: 'pdf' });
      expect(Buffer.from(kept!.base64, 'base64').equals(Buffer.from(server.files.get(TOR_PDF)!.body))).toBe(true);
    });

    it('recognises a PDF whose address does not end in .pdf by what the tab shows', async () => {
      const page = await open(GESTMAX);
      const address = `${server.origin}${UNNAMED_PDF}`;
      await browser.open(address);
      const pdfTab = await page.send('test:tabOf', { url: address });
      const preview = await page.send('preview', { tabId: pdfTab! });
      expect(preview.posting.title).toBe('Appui au développement de la coopération française à l’OECO');
      expect(preview.posting.deadline.date).toBe('2025-03-09');
    });

    it("saves a linked Word offer as the links' menu does, and keeps the file", async () => {
      const page = await open(GESTMAX);
      const saved = await page.send('captureDocument', { url: `${server.origin}${OFFER_DOCX}` });
      expect(saved.extracted.title).toBe('Appui au développement de la coopération française à l’OECO');
      expect(saved.extracted.deadline.date).toBe('2025-03-09');
      const backup = JSON.parse(await page.send('test:exportBackup', {})) as Backup;
      const kept = backup.files.find((file) => file.id === saved.id);
      expect(kept).toMatchObject({ fileName: 'offre-VSI-OECO.docx', kind: 'docx' });
      expect(Buffer.from(kept!.base64, 'base64').equals(Buffer.from(server.files.get(OFFER_DOCX)!.body))).toBe(true);
    });
  });
}
