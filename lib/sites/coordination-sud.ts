import { mainHeading, type SiteAdapter } from './adapter';

/**
 * Coordination SUD: the French NGO platform's job board. Each offer has a list of "Label : value"
 * lines (Organisation, Type de contrat, Durée, Pays, Ville, Date limite de candidature) that the
 * generic engine reads; the employer is the "Organisation", never the board.
 */
export const coordinationSud: SiteAdapter = {
  id: 'coordination-sud',
  name: 'Coordination SUD',
  urls: [/^https?:\/\/([\w-]+\.)*coordinationsud\.org\//i],
  extract({ page }) {
    return { title: mainHeading(page, /^coordination sud\b/i) };
  },
};
