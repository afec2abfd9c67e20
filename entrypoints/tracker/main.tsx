import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { Tracker } from '../../components/tracker/Tracker';
import { uiLocale } from '../../components/i18n';
import { requestPersistentStorage } from '../../lib/db';
import '../../components/style.css';
import '../../components/tracker/tracker.css';

z.config({ jitless: true });
// The language of the words shown (the locale file's), which screen readers pronounce.
document.documentElement.lang = uiLocale();
document.title = `${browser.i18n.getMessage('extName')} — ${browser.i18n.getMessage('tracker')}`;
void requestPersistentStorage();
createRoot(document.getElementById('root')!).render(<Tracker />);
