import { useRef, useState } from 'react';
import { db } from '../../lib/db';
import { send } from '../../lib/messages';
import type { SavedPosting } from '../../lib/schema';
import { BACKUP_VERSION, BackupError, MAX_BACKUP_BYTES, explainImportError, parseBackup, restoreBackup, type ImportReport } from '../../lib/transfer/backup';
import { exportBackup } from '../../lib/transfer/backup-export';
import { TransferCancelled, type ChunkedWork, type Progress } from '../../lib/transfer/progress';
import { toCalendar } from '../../lib/transfer/calendar';
import { CSV_COLUMNS, DEFAULT_CSV_COLUMNS, guessMapping, mapRows, parseCsv, toCsv, type CsvColumn, type CsvMapping, type CsvTable } from '../../lib/transfer/csv';
import { importCsvRows } from '../../lib/transfer/csv-import';
import { toMarkdown } from '../../lib/transfer/markdown';
import { getSetting } from '../../lib/settings';
import { say, sayError, t } from '../i18n';
import { tagLabel } from '../labels';
import { notice } from '../../lib/notice';

function download(name: string, content: string | Blob, type: string): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Why an import was refused, and that nothing of it was written. */
const refusal = (error: unknown) => `${say(explainImportError(error).notice)} ${t('nothingImported')}`;

const today = () => new Date().toISOString().slice(0, 10);
const userTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Export of all postings or of the ones shown (or selected); import of a backup or a spreadsheet. */
export function Transfer({ shown, all }: { shown: SavedPosting[]; all: SavedPosting[] }) {
  const [scope, setScope] = useState<'shown' | 'all'>('shown');
  const [columns, setColumns] = useState<CsvColumn[]>(DEFAULT_CSV_COLUMNS);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [csv, setCsv] = useState<{ table: CsvTable; mapping: CsvMapping } | null>(null);
  const [running, setRunning] = useState<{ kind: 'export' | 'import' } & Progress | null>(null);
  const cancel = useRef<AbortController | null>(null);
  const records = scope === 'all' ? all : shown;

  const report = (result: ImportReport) => {
    const skipped = result.skipped.slice(0, 5).map((item) => `${item.url}: ${say(item.reason)}`).join('; ');
    const kept = result.keptSettings?.length ? ` ${t('keptSettings', result.keptSettings.join(', '))}` : '';
    setStatus({ kind: 'ok', text: t('importReport', result.added, result.updated, result.skipped.length) + (skipped ? ` — ${skipped}` : '') + kept });
    send('refresh', {}).catch(() => undefined);
  };

  /** A backup export or restore with its progress shown and its Cancel wired; a cancelled one says so. */
  const chunked = async (kind: 'export' | 'import', work: (options: ChunkedWork) => Promise<void>) => {
    const controller = new AbortController();
    cancel.current = controller;
    setRunning({ kind, done: 0, total: 0 });
    try {
      await work({ signal: controller.signal, onProgress: (progress) => setRunning({ kind, ...progress }) });
    } catch (error) {
      if (!(error instanceof TransferCancelled)) throw error;
      setStatus({ kind: 'ok', text: t(kind === 'export' ? 'exportCancelled' : 'importCancelled') });
    } finally {
      cancel.current = null;
      setRunning(null);
    }
  };

  const importFile = async (file: File) => {
    setStatus(null);
    setCsv(null);
    try {
      if (/\.csv$/i.test(file.name)) {
        const table = parseCsv(await file.text());
        if (table.headers.length === 0) throw new BackupError(notice('importCsvEmpty'));
        setCsv({ table, mapping: guessMapping(table.headers) });
        return;
      }
      // The size is checked before the file is read: a 200 MB file must not freeze the page.
      if (file.size > MAX_BACKUP_BYTES) throw new BackupError(notice('importFileTooLarge', { size: file.size, limit: MAX_BACKUP_BYTES }));
      const backup = parseBackup(await file.text(), file.size);
      await chunked('import', async (work) => {
        report(await restoreBackup(db, backup, work));
        // Postings from an older backup come without requirements: the background reads them again.
        if (backup.readFromVersion !== undefined && backup.readFromVersion < BACKUP_VERSION) send('reread', {}).catch(() => undefined);
      });
    } catch (error) {
      setStatus({ kind: 'error', text: `${file.name}: ${refusal(error)}` });
    }
  };

  const mapped = csv ? mapRows(csv.table, csv.mapping) : null;

  return (
    <section className="transfer" aria-label={t('exportImport')} data-testid="transfer">
      <fieldset>
        <legend>{t('export')}</legend>
        <label className="inline">
          <input type="radio" name="scope" checked={scope === 'shown'} onChange={() => setScope('shown')} />
          {t('scopeShown', shown.length)}
        </label>
        <label className="inline">
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          {t('scopeAll', all.length)}
        </label>
        <details>
          <summary>{t('csvColumns')}</summary>
          {CSV_COLUMNS.map((column) => (
            <label key={column} className="inline">
              <input
                type="checkbox"
                checked={columns.includes(column)}
                onChange={(event) => setColumns(event.target.checked ? CSV_COLUMNS.filter((item) => item === column || columns.includes(item)) : columns.filter((item) => item !== column))}
              />
              {t(`csvColumn_${column}`)}
            </label>
          ))}
        </details>
        <div className="row">
          <button data-testid="export-csv" onClick={() => download(`vacancy-clipper-${today()}.csv`, toCsv(records, columns, userTimeZone()), 'text/csv;charset=utf-8')}>CSV</button>
          <button
            data-testid="export-ics"
            onClick={async () => download(`vacancy-clipper-deadlines-${today()}.ics`, toCalendar(records, await getSetting(db, 'reminderLeadDays'), { t }), 'text/calendar;charset=utf-8')}
          >
            {t('calendar')}
          </button>
          <button
            data-testid="copy-markdown"
            onClick={async () => {
              await navigator.clipboard.writeText(toMarkdown(records, { t, tag: tagLabel }));
              setStatus({ kind: 'ok', text: t('copied', records.length) });
            }}
          >
            {t('copyMarkdown')}
          </button>
          <button
            data-testid="export-backup"
            disabled={running !== null}
            onClick={() =>
              chunked('export', async (work) => download(`vacancy-clipper-backup-${today()}.json`, await exportBackup(db, work), 'application/json')).catch((error: unknown) =>
                setStatus({ kind: 'error', text: sayError(error) }),
              )
            }
          >
            {t('backup')}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('import')}</legend>
        <label>
          {t('importFile')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            data-testid="import-file"
            disabled={running !== null}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void importFile(file);
              event.target.value = '';
            }}
          />
        </label>
        {csv && mapped && (
          <div className="csv-mapping" data-testid="csv-mapping">
            <table>
              <thead>
                <tr>
                  {csv.table.headers.map((header, index) => (
                    <th key={index}>
                      {header}
                      <select
                        aria-label={`${t('columnFor')} ${header}`}
                        value={csv.mapping[index] ?? ''}
                        onChange={(event) => setCsv({ ...csv, mapping: csv.mapping.map((column, at) => (at === index ? ((event.target.value || null) as CsvColumn | null) : column)) })}
                      >
                        <option value="">{t('ignore')}</option>
                        {CSV_COLUMNS.map((column) => (
                          <option key={column} value={column}>
                            {t(`csvColumn_${column}`)}
                          </option>
                        ))}
                      </select>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {csv.table.rows.slice(0, 5).map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, at) => (
                      <td key={at}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {mapped.problems.length > 0 && (
              <ul className="warnings">
                {mapped.problems.slice(0, 10).map((problem) => (
                  <li key={problem.line}>{t('csvProblem', problem.line, say(problem.reason))}</li>
                ))}
              </ul>
            )}
            <button
              className="primary"
              data-testid="csv-import"
              disabled={mapped.rows.length === 0}
              onClick={async () => {
                try {
                  report(await importCsvRows(db, mapped.rows, userTimeZone()));
                  setCsv(null);
                } catch (error) {
                  setStatus({ kind: 'error', text: refusal(error) });
                }
              }}
            >
              {t('importRows', mapped.rows.length)}
            </button>
          </div>
        )}
      </fieldset>
      {running && (
        <div className="transfer-progress" role="status" data-testid="transfer-progress">
          <progress value={running.done} max={running.total || 1} />
          <span>{t(running.kind === 'export' ? 'transferExporting' : 'transferImporting', running.done.toLocaleString(), running.total.toLocaleString())}</span>
          <button data-testid="transfer-cancel" onClick={() => cancel.current?.abort()}>
            {t('transferCancel')}
          </button>
        </div>
      )}
      {status && (
        <p className={status.kind === 'ok' ? 'ok' : 'error'} role={status.kind === 'ok' ? 'status' : 'alert'} data-testid="transfer-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
