import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { Tracker } from '../../components/tracker/Tracker';
import { requestPersistentStorage } from '../../lib/db';
import '../../components/style.css';
import '../../components/tracker/tracker.css';

z.config({ jitless: true });
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = `${browser.i18n.getMessage('extName')} — ${browser.i18n.getMessage('tracker')}`;
void requestPersistentStorage();
createRoot(document.getElementById('root')!).render(<Tracker />);
