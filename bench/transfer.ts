/** Export and import of the seeded postings through the tracker's own buttons: click to file, file to stored. */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ms, record } from './table';

export async function transferTimes(tracker: Page, clear: () => Promise<unknown>) {
  const folder = mkdtempSync(join(tmpdir(), 'vacancy-bench-'));
  await tracker.getByTestId('toggle-transfer').click();
  await tracker.locator('input[name="scope"]').nth(1).check();
  const exportTo = async (testId: string, name: string) => {
    const start = performance.now();
    const [download] = await Promise.all([tracker.waitForEvent('download', { timeout: 120_000 }), tracker.getByTestId(testId).click()]);
    const path = join(folder, name);
    await download.saveAs(path);
    return { elapsed: performance.now() - start, path };
  };
  const megabytes = (path: string) => `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;
  const backup = await exportTo('export-backup', 'backup.json');
  record('JSON backup export, 10,000 postings (click → file)', ms(backup.elapsed), { note: `${megabytes(backup.path)}; target < 3 s` });
  const csv = await exportTo('export-csv', 'postings.csv');
  record('CSV export, 10,000 postings (click → file)', ms(csv.elapsed), { note: `${megabytes(csv.path)}; target < 3 s` });

  await clear();
  let start = performance.now();
  await tracker.getByTestId('import-file').setInputFiles(backup.path);
  await tracker.getByTestId('transfer-status').filter({ hasText: '10000 added' }).waitFor({ timeout: 120_000 });
  record('JSON backup import into an empty tracker, 10,000 postings (file → stored)', ms(performance.now() - start), { note: 'validated with zod first; target < 3 s' });

  await clear();
  start = performance.now();
  await tracker.getByTestId('import-file').setInputFiles(csv.path);
  await tracker.getByTestId('csv-import').click();
  await tracker.getByTestId('transfer-status').filter({ hasText: '10000 added' }).waitFor({ timeout: 120_000 });
  record('CSV import, 10,000 rows (file → mapping → stored)', ms(performance.now() - start), { note: 'target < 3 s' });
}
