import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db';
import { send } from '../../lib/messages';
import { SYNC_CONFIG_KEY, SYNC_STATUS_KEY } from '../../lib/browser/sync-keys';
import { SYNC_ERRORS, SYNC_OFF, SyncConfigSchema, originPattern, serverUrlProblem, type SyncConfig, type SyncStatus } from '../../lib/sync/config';
import { SYNC_FILE_LIMIT, filesTooLargeToSync } from '../../lib/sync/files';
import { formatInstant } from '../deadline';
import { t, uiLocale } from '../i18n';
import { fileSize } from '../words';

const EMPTY: SyncConfig = { url: '', database: 'vacancy-clipper', user: '', password: '' };

/** The sync status and server as the background keeps them in local storage, followed live. */
function useStored(): { status: SyncStatus; config: SyncConfig | null } {
  const [stored, setStored] = useState<{ status: SyncStatus; config: SyncConfig | null }>({ status: SYNC_OFF, config: null });
  useEffect(() => {
    const read = () =>
      browser.storage.local.get([SYNC_STATUS_KEY, SYNC_CONFIG_KEY]).then((values) => {
        const config = SyncConfigSchema.safeParse(values[SYNC_CONFIG_KEY]);
        setStored({ status: (values[SYNC_STATUS_KEY] as SyncStatus | undefined) ?? SYNC_OFF, config: config.success ? config.data : null });
      });
    void read();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'local') void read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return stored;
}

async function forget(config: SyncConfig): Promise<void> {
  await send('syncForget', {});
  // The test builds hold 127.0.0.1 as a required permission, which cannot be removed: that refusal changes nothing.
  await browser.permissions.remove({ origins: [originPattern(config.url)] }).catch(() => false);
}

/** Settings → Sync: off until the user sets a server; then its live status, "Sync now" and "forget". */
export function SyncSettings() {
  const { status, config } = useStored();
  const [form, setForm] = useState<SyncConfig>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const filesTooLarge = useLiveQuery(() => filesTooLargeToSync(db), []) ?? 0;

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const startSyncing = () =>
    run(async () => {
      const urlProblem = serverUrlProblem(form.url);
      const parsed = SyncConfigSchema.safeParse(form);
      if (urlProblem || !parsed.success) throw new Error(urlProblem ? t(urlProblem) : parsed.error!.issues[0]!.message);
      // Asked now, in the click: the extension may reach this one server and no other.
      const origin = originPattern(parsed.data.url);
      if (!(await browser.permissions.request({ origins: [origin] }))) throw new Error(t('syncPermissionRefused', origin));
      await browser.storage.local.set({ [SYNC_CONFIG_KEY]: parsed.data });
      setForm(EMPTY);
      await send('syncStart', {});
    });

  const field = (name: keyof SyncConfig, label: string, type = 'text') => (
    <label>
      {label}
      <input name={`sync-${name}`} type={type} autoComplete="off" value={form[name]} onChange={(event) => setForm({ ...form, [name]: event.target.value })} />
    </label>
  );

  return (
    <fieldset data-testid="sync">
      <legend>{t('sync')}</legend>
      {config === null ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void startSyncing();
          }}
        >
          <p>{t('syncIntro')}</p>
          <div className="row">
            {field('url', t('syncServer'))}
            {field('database', t('syncDatabase'))}
            {field('user', t('syncUser'))}
            {field('password', t('syncPassword'), 'password')}
            <button type="submit" disabled={busy}>
              {t('syncStartButton')}
            </button>
          </div>
        </form>
      ) : (
        <div>
          <p>{t('syncServerLine', `${config.url} / ${config.database}`)}</p>
          <p role="status" data-testid="sync-status" data-state={status.state} data-pending={status.pending} data-refused={status.refused}>
            {t(`syncState_${status.state}`)} {status.lastSync ? t('syncLastSync', formatInstant(status.lastSync)) : t('syncNever')}{' '}
            {t('syncPending', status.pending)}
            {status.refused > 0 && ` ${t('syncRefused', status.refused)}`}
          </p>
          {status.error && (
            <p className="error" data-testid="sync-error">
              {(SYNC_ERRORS as readonly string[]).includes(status.error) ? t(status.error) : status.error}
            </p>
          )}
          {status.revived.length > 0 && <p data-testid="sync-revived">{t('syncRevived', status.revived.join(', '))}</p>}
          <div className="row">
            <button disabled={busy} onClick={() => void run(() => send('syncNow', {}))}>
              {t('syncNowButton')}
            </button>
            <button disabled={busy} onClick={() => void run(() => forget(config))}>
              {t('syncForgetButton')}
            </button>
          </div>
        </div>
      )}
      <p data-testid="sync-files" data-too-large={filesTooLarge}>
        {t('syncFilesLimit', fileSize(SYNC_FILE_LIMIT, uiLocale()), filesTooLarge)}
      </p>
      {problem && (
        <p className="error" role="alert" data-testid="sync-problem">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
