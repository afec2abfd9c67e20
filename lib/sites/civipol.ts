import { mainHeading, type SiteAdapter } from './adapter';

/**
 * CIVIPOL: the French interior ministry's cooperation operator. Its Terms of Reference travel as
 * Word/PDF files ("TERMES de RÉFÉRENCE", "OBJET : Recrutement d'un expert ...", "Profil de l'expert"),
 * and its site lists missions with "Jours d'expertise", "Lieux de la mission", "Dates provisoires" (the
 * mission, not the deadline) and "Date limite de candidature".
 */
export const civipol: SiteAdapter = {
  id: 'civipol',
  name: 'CIVIPOL',
  urls: [/^https?:\/\/([\w-]+\.)*civipol\.fr\//i],
  recognises: (text) => /\bCIVIPOL\b/.test(text) && /termes\s+de\s+r[ée]f[ée]rence/i.test(text),
  // Its site writes deadlines as "29/05/2024 - 23h59", Paris time.
  timeZone: 'Europe/Paris',
  extract({ label, page }) {
    const object = label('title');
    const title = object ? object.replace(/^recrutement\s+d['’]\s*(?:une?\s+)?/i, '').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()).trim() : null;
    return {
      title: title ?? mainHeading(page, /^civipol$/i),
      organization: 'CIVIPOL',
      // Every CIVIPOL expert mission is a service contract with an independent expert.
      contractText: label('contract') ? `expert ${label('contract')}` : 'expert',
    };
  },
};
