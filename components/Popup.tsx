import { lazy, Suspense, useEffect, useState } from 'react';
import { send, type Preview, type TypedChange } from '../lib/messages';
import { SavedList } from './SavedList';
import { sayError, t } from './i18n';

// The preview shows only once the background has read the page, after the list is on screen: its
// code (date and place readers with luxon, the fit) loads meanwhile instead of delaying the first paint.
const PostingPreview = lazy(() => import('./PostingPreview').then(({ PostingPreview }) => ({ default: PostingPreview })));

/** The benchmark reads this mark: the time from opening to the search box on screen and answering. */
export const POPUP_INTERACTIVE_MARK = 'vacancy-clipper:popup-interactive';

/** The tab to read: the active one, or the one named in the URL (?tabId=) when opened as a page. */
async function targetTabId(): Promise<number | null> {
  const fromUrl = new URLSearchParams(location.search).get('tabId');
  if (fromUrl) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [search, setSearch] = useState('');

  useEffect(() => {
    performance.mark(POPUP_INTERACTIVE_MARK);
    void (async () => {
      const id = await targetTabId();
      setTabId(id);
      if (id === null) return;
      try {
        setPreview(await send('preview', { tabId: id }));
      } catch (failure) {
        setError(sayError(failure));
      }
    })();
  }, []);

  const save = async (changes: TypedChange[]) => {
    if (!preview) return [];
    try {
      const { record, refused } = await send('save', { posting: preview.posting, changes });
      setPreview({ ...preview, saved: record });
      setMessage(refused.length > 0 ? t('savedExceptChanged') : t('savedOk'));
      return refused;
    } catch (failure) {
      setError(sayError(failure));
      return [];
    }
  };

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{t('extName')}</h1>
        <nav className="popup-links">
          <a href={browser.runtime.getURL('/tracker.html')} target="_blank" rel="noreferrer" data-testid="open-tracker">
            {t('openTracker')}
          </a>
          <a href={browser.runtime.getURL('/welcome.html')} target="_blank" rel="noreferrer" data-testid="open-welcome">
            {t('howItWorks')}
          </a>
        </nav>
      </header>
      {error && (
        <p className="error" role="alert" data-testid="error">
          {error}
        </p>
      )}
      {message && (
        <p className="ok" role="status" data-testid="message">
          {message}
        </p>
      )}
      {tabId !== null && !preview && !error && <p className="loading">{t('reading')}</p>}
      {preview && (
        <Suspense fallback={<p className="loading">{t('reading')}</p>}>
          <PostingPreview key={preview.posting.canonicalUrl} posting={preview.posting} saved={preview.saved} notAPosting={preview.notAPosting} onSave={save} />
        </Suspense>
      )}
      <label className="popup-search">
        {t('search')}
        <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder={t('searchPlaceholder')} data-testid="popup-search" />
      </label>
      <SavedList limit={50} search={search} />
    </main>
  );
}
