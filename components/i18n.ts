/** UI strings come from _locales (the browser's language, English or French). */
type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** Keys are built from data (status_applied, contract_volunteer): typed as strings here. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(key as MessageKey, substitutions.map(String)) || key;
}
