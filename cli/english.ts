/** The CLI speaks English: notices of lib/ worded from the English locale file, as the extension words them. */
import messages from '../public/_locales/en/messages.json';
import type { Notice } from '../lib/notice';
import { lookupIn, noticeWords } from '../components/words';

const lookup = lookupIn(messages);

export const inEnglish = (notice: Notice): string => noticeWords(notice, lookup, 'en');
