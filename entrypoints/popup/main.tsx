import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/Popup';
import { uiLocale } from '../../components/i18n';
import '../../components/style.css';

z.config({ jitless: true });
// The language of the words shown (the locale file's), which screen readers pronounce.
document.documentElement.lang = uiLocale();
createRoot(document.getElementById('root')!).render(<Popup />);
