/** Country names in the browser's language, from Intl (no list shipped for it). */
export function countryLabel(code: string): string {
  try {
    return new Intl.DisplayNames([browser.i18n.getUILanguage()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
