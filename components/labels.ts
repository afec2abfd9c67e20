import type { Tag } from '../lib/schema';
import { DURATION_BUCKETS, REGIONS, SENIORITY_LEVELS, THEMES, WORKPLACES, type Label } from '../lib/taxonomy';
import { uiLocale } from './i18n';

/** One formatter per kind of name: a page may name hundreds of countries in one render. */
const displayNames = new Map<'region' | 'language', Intl.DisplayNames>();

/** Country and language names in the browser's language, from Intl (no list shipped for them). */
function displayName(type: 'region' | 'language', code: string): string {
  try {
    let names = displayNames.get(type);
    if (!names) displayNames.set(type, (names = new Intl.DisplayNames([uiLocale()], { type })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export const countryLabel = (code: string) => displayName('region', code);
export const languageLabel = (code: string) => displayName('language', code);

/** The UI's language among the taxonomy's labels. */
export function uiLanguage(): keyof Label {
  const locale = uiLocale();
  return locale === 'fr' || locale === 'es' ? locale : 'en';
}

/** Every label of the taxonomy by tag id: stored tags carry English and French only. */
let taxonomyLabels: Map<string, Label> | null = null;

/** A tag's name in the UI's language: the taxonomy's for its own tags, the user's own name for theirs. */
export function tagLabel(tag: Pick<Tag, 'id' | 'label'>): string {
  taxonomyLabels ??= new Map<string, Label>([
    ...THEMES.map((theme) => [`theme:${theme.id}`, theme.label] as const),
    ...REGIONS.map((region) => [`region:${region.id}`, region.label] as const),
    ...SENIORITY_LEVELS.map((level) => [`seniority:${level.id}`, level.label] as const),
    ...DURATION_BUCKETS.map((bucket) => [`duration:${bucket.id}`, bucket.label] as const),
    ...Object.entries(WORKPLACES).map(([id, workplace]) => [`workplace:${id}`, workplace.label] as const),
  ]);
  const language = uiLanguage();
  return taxonomyLabels.get(tag.id)?.[language] ?? (language === 'fr' ? tag.label.fr : tag.label.en);
}

/** The label of a theme or region tag id ("theme:health") in the UI's language; the id itself when unknown. */
export function taxonomyLabel(tagId: string): string {
  const [family, id] = tagId.split(':');
  const found = family === 'theme' ? THEMES.find((theme) => theme.id === id) : family === 'region' ? REGIONS.find((region) => region.id === id) : undefined;
  return found?.label[uiLanguage()] ?? tagId;
}
