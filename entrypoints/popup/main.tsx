import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/Popup';
import '../../components/style.css';

z.config({ jitless: true });
document.documentElement.lang = browser.i18n.getUILanguage();
createRoot(document.getElementById('root')!).render(<Popup />);
