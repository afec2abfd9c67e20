import { useEffect, useState } from 'react';
import { t } from './i18n';

/** The key the browser gives the save command, which the user may have changed (chrome://extensions/shortcuts). */
function useShortcut(): string {
  const [shortcut, setShortcut] = useState('Alt+Shift+S');
  useEffect(() => {
    void browser.commands?.getAll().then((commands) => {
      const bound = commands.find((command) => command.name === 'save-posting')?.shortcut;
      if (bound) setShortcut(bound);
    });
  }, []);
  return shortcut;
}

/** The first-run page: what the extension does, how to clip, where the data lives, how to back it up. Read only from the extension's own files. */
export function Welcome() {
  const shortcut = useShortcut();
  return (
    <main className="welcome" data-testid="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeWhat')}</p>
      <section aria-labelledby="welcome-clip">
        <h2 id="welcome-clip">{t('welcomeClipTitle')}</h2>
        <ol>
          <li>{t('welcomeClipButton')}</li>
          <li>{t('welcomeClipMenu')}</li>
          <li>
            {t('welcomeClipShortcut')} <kbd data-testid="welcome-shortcut">{shortcut}</kbd>
          </li>
          <li>{t('welcomeClipDocuments')}</li>
        </ol>
      </section>
      <section aria-labelledby="welcome-data">
        <h2 id="welcome-data">{t('welcomeDataTitle')}</h2>
        <p>{t('welcomeData')}</p>
      </section>
      <section aria-labelledby="welcome-backup">
        <h2 id="welcome-backup">{t('welcomeBackupTitle')}</h2>
        <p>{t('welcomeBackup')}</p>
      </section>
      <p>
        <a href={browser.runtime.getURL('/tracker.html')} data-testid="welcome-open-tracker">
          {t('openTracker')}
        </a>
      </p>
    </main>
  );
}
