import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, openPopup, openTab, serveFixtures, type ExtensionBrowser, type FixtureServer } from './support';

let server: FixtureServer;
const scratch = mkdtempSync(join(tmpdir(), 'vacancy-transfer-'));

beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

async function openTracker(browser: ExtensionBrowser): Promise<Page> {
  const tracker = await browser.context.newPage();
  await tracker.goto(`chrome-extension://${browser.extensionId}/tracker.html`);
  await tracker.getByTestId('toggle-transfer').click();
  return tracker;
}

async function downloadFrom(page: Page, testId: string, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(scratch, name);
  await download.saveAs(path);
  return path;
}

type BackupFile = { postings: Array<Record<string, unknown>>; descriptions: unknown[]; exportedAt: string };

describe('export and import through the real extension', () => {
  let backupPath = '';
  let firstBackup: BackupFile;

  it('exports a backup and a CSV from one profile', async () => {
    const browser = await launchExtension();
    for (const path of ['/expertise-france/seed-001-ecuador-environmental-crime.html', '/wp-job-manager/seed-003-iom-senegal-repost.html']) {
      const { tabId } = await openTab(browser, `${server.origin}${path}`);
      const popup = await openPopup(browser, tabId);
      await popup.getByTestId('save-posting').click();
      await popup.getByTestId('message').waitFor();
      await popup.close();
    }
    const popup = await openPopup(browser);
    await popup.getByTestId('saved-row').first().getByTestId('status-select').selectOption('applied');
    await popup.close();

    const tracker = await openTracker(browser);
    await tracker.getByTestId('tracker-row').first().waitFor();
    backupPath = await downloadFrom(tracker, 'export-backup', 'backup.json');
    firstBackup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(firstBackup.postings).toHaveLength(2);
    expect(firstBackup.descriptions).toHaveLength(2);

    const csv = readFileSync(await downloadFrom(tracker, 'export-csv', 'postings.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Expert(e) en criminalité environnementale et traite des êtres humains – Équateur');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFTitle,Organisation,Country,Deadline (your time),Status,Applied on,Tags,URL,Notes');
    await browser.close();
  });

  it('restores the backup into a fresh profile, with every field', async () => {
    const browser = await launchExtension();
    const tracker = await openTracker(browser);
    await tracker.getByTestId('import-file').setInputFiles(backupPath);
    await expect.poll(() => tracker.getByTestId('transfer-status').textContent()).toContain('2 added, 0 updated, 0 skipped');
    await expect.poll(() => tracker.getByTestId('tracker-row').count()).toBe(2);
    const restored: BackupFile = JSON.parse(readFileSync(await downloadFrom(tracker, 'export-backup', 'restored.json'), 'utf8'));
    expect({ ...restored, exportedAt: null }).toEqual({ ...firstBackup, exportedAt: null });

    // The same backup again adds nothing.
    await tracker.getByTestId('import-file').setInputFiles(backupPath);
    await expect.poll(() => tracker.getByTestId('transfer-status').textContent()).toContain('0 added, 0 updated, 2 skipped');
    await browser.close();
  });

  it('refuses a hostile backup with a clear message and writes nothing', async () => {
    const browser = await launchExtension();
    const tracker = await openTracker(browser);
    const hostile = join(scratch, 'hostile.json');
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    backup.postings[1].tracking = { ...backup.postings[1].tracking, status: 'hired<script>' };
    writeFileSync(hostile, JSON.stringify(backup));
    await tracker.getByTestId('import-file').setInputFiles(hostile);
    await expect.poll(() => tracker.getByTestId('transfer-status').textContent()).toMatch(/hostile\.json: \$\.postings\.1\.tracking\.status is not valid .*Nothing was imported\.$/);
    expect(await tracker.getByTestId('tracker-row').count()).toBe(0);
    await browser.close();
  });

  it('a Cancel during a large restore leaves the tracker as it was', async () => {
    const browser = await launchExtension();
    const tracker = await openTracker(browser);
    await tracker.getByTestId('import-file').setInputFiles(backupPath);
    await expect.poll(() => tracker.getByTestId('transfer-status').textContent()).toContain('2 added');
    // Six chunks of postings (a second or more each here): copies of the first under other ids and addresses.
    const copies = 3_000;
    const [template] = firstBackup.postings as Array<{ id: string; canonicalUrl: string; extracted: Record<string, unknown> }>;
    const large = {
      ...firstBackup,
      postings: Array.from({ length: copies }, (_, index) => {
        const url = `https://jobs.example.org/copy/${index}`;
        return { ...template, id: `copy-${index}`, canonicalUrl: url, extracted: { ...template!.extracted, url, canonicalUrl: url } };
      }),
      descriptions: Array.from({ length: copies }, (_, index) => ({ id: `copy-${index}`, text: 'Terms of reference.' })),
    };
    const largePath = join(scratch, 'large.json');
    writeFileSync(largePath, JSON.stringify(large));
    await tracker.getByTestId('import-file').setInputFiles(largePath);
    await tracker.getByTestId('transfer-progress').waitFor();
    await tracker.getByTestId('transfer-cancel').click();
    await expect.poll(() => tracker.getByTestId('transfer-status').textContent()).toContain('Import cancelled');
    await tracker.getByTestId('transfer-progress').waitFor({ state: 'hidden' });
    const after: BackupFile = JSON.parse(readFileSync(await downloadFrom(tracker, 'export-backup', 'after-cancel.json'), 'utf8'));
    expect({ ...after, exportedAt: null }).toEqual({ ...firstBackup, exportedAt: null });
    await browser.close();
  }, 180_000);

  it('imports a spreadsheet after the column mapping and its preview', async () => {
    const browser = await launchExtension();
    const tracker = await openTracker(browser);
    const sheet = join(scratch, 'my-tracker.csv');
    writeFileSync(sheet, 'Poste,Organisme,Date limite,Statut,Lien,Remarques\nChef de projet migration,OIM,2030-01-15,Entretien,https://iom.example/1,"=appeler, puis écrire"\nExpert santé,AFD,,Enregistrée,https://afd.example/2,\n');
    await tracker.getByTestId('import-file').setInputFiles(sheet);
    await tracker.getByTestId('csv-mapping').waitFor();
    expect(await tracker.getByTestId('csv-mapping').locator('tbody tr').count()).toBe(2);
    await tracker.getByTestId('csv-import').click();
    await expect.poll(() => tracker.getByTestId('transfer-status').textContent()).toContain('2 added');
    await expect.poll(() => tracker.getByTestId('tracker-row').count()).toBe(2);
    expect(await tracker.getByTestId('tracker-row').first().textContent()).toContain('Chef de projet migration');
    await browser.close();
  });
});
