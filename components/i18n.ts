/** UI strings come from _locales (the browser's language: English, French or Spanish). */
import { noticeOf, type Notice } from '../lib/notice';
import { noticeWords } from './words';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

let numbers: Intl.NumberFormat | null = null;

/** Keys are built from data (status_applied, contract_volunteer): typed as strings here. Numbers are written the language's way. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const words = substitutions.map((item) => (typeof item === 'number' ? (numbers ??= new Intl.NumberFormat(uiLocale())).format(item) : item));
  return browser.i18n.getMessage(key as MessageKey, words) || key;
}

/**
 * The language the interface's words are in, for Intl: the locale file's own (the browser falls back
 * to English for a language we have no file for, and numbers and dates must follow the words).
 */
export function uiLocale(): string {
  return browser.i18n.getMessage('uiLocale') || 'en';
}

/** A notice of lib/ in the interface's language. */
export function say(notice: Notice): string {
  return noticeWords(notice, (key, substitutions) => t(key, ...substitutions), uiLocale());
}

/** What to tell the user about a failure, in the interface's language. */
export function sayError(error: unknown): string {
  return say(noticeOf(error));
}
