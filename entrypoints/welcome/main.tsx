import { createRoot } from 'react-dom/client';
import { Welcome } from '../../components/Welcome';
import { t, uiLocale } from '../../components/i18n';
import '../../components/style.css';

document.documentElement.lang = uiLocale();
document.title = `${t('extName')} — ${t('welcomeTitle')}`;
createRoot(document.getElementById('root')!).render(<Welcome />);
