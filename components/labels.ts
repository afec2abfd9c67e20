import { REGIONS, THEMES } from '../lib/taxonomy';

/** One formatter per kind of name: a page may name hundreds of countries in one render. */
const displayNames = new Map<'region' | 'language', Intl.DisplayNames>();

/** Country and language names in the browser's language, from Intl (no list shipped for them). */
function displayName(type: 'region' | 'language', code: string): string {
  try {
    let names = displayNames.get(type);
    if (!names) displayNames.set(type, (names = new Intl.DisplayNames([browser.i18n.getUILanguage()], { type })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export const countryLabel = (code: string) => displayName('region', code);
export const languageLabel = (code: string) => displayName('language', code);

/** The UI's language among the taxonomy's labels. */
export const uiLanguage = (): 'en' | 'fr' => (browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en');

/** The label of a theme or region tag id ("theme:health") in the UI's language; the id itself when unknown. */
export function taxonomyLabel(tagId: string): string {
  const [family, id] = tagId.split(':');
  const found = family === 'theme' ? THEMES.find((theme) => theme.id === id) : family === 'region' ? REGIONS.find((region) => region.id === id) : undefined;
  return found?.label[uiLanguage()] ?? tagId;
}
