import type { SiteAdapter } from './adapter';

/**
 * France Volontaires: volunteer offers (VSI, VIES, Service civique) published as PDF or on
 * france-volontaires.org. The title is the line after "OFFRE DE MISSION DE VOLONTARIAT".
 */
export const franceVolontaires: SiteAdapter = {
  id: 'france-volontaires',
  name: 'France Volontaires',
  urls: [/^https?:\/\/([\w-]+\.)*france-volontaires\.org\//i],
  recognises: (text) => /offre\s+de\s+mission\s+de\s+volontariat/i.test(text) && /france\s+volontaires/i.test(text),
  timeZone: 'Europe/Paris',
  extract({ lines, page }) {
    const offerLine = lines.findIndex((line) => /^offre\s+de\s+mission\s+de\s+volontariat/i.test(line));
    const title = offerLine >= 0 ? (lines[offerLine + 1] ?? null) : (page.headings.find((item) => item.level === 1)?.text ?? null);
    return { title, organization: 'France Volontaires' };
  },
};
