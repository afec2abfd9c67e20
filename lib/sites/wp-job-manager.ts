import { parseLocation } from '../extract/location';
import { findCountry } from '../extract/places';
import { mainHeading, type SiteAdapter } from './adapter';

// WP Job Manager prints the job type alone on its meta line: its defaults and the French boards' own.
const JOB_TYPE_LINE = /^(CDD|CDI|Stage|Consultance|Consultant|Freelance|Temps plein|Temps partiel|Full Time|Part Time|Temporary|Internship|Volontariat)$/i;
// Côte d'Ivoire-style boards head each post "<Organisation> recrute (13 Juillet 2025)".
const RECRUITS_HEADING = /^(.+?)\s+recrute\s*\(([^)]+)\)\s*$/i;

/**
 * WordPress boards that repost international jobs in West and Central Africa: WP Job Manager pages
 * ("Date d'expiration" is the listing's expiry, never the application deadline; "Emplacement") and
 * Côte d'Ivoire-style posts whose "Informations sur l'emploi" block gives "Titre du Poste", "Lieu du
 * Travail" and "Date de Soumission" (the deadline). The hiring organisation is the one the post
 * names, not the board; a duty station given by its town alone is in the board's country.
 */
export const wpJobManager: SiteAdapter = {
  id: 'wp-job-manager',
  name: 'WordPress job board (WP Job Manager)',
  recognises: (text) =>
    (/\bDate d['’]expiration\s*:/i.test(text) && /\b(Emplacement|Titre d['’]emploi)\s*:/i.test(text)) ||
    (/^Informations sur l['’]emploi$/im.test(text) && /^Date de Soumission\s*:/im.test(text)),
  extract({ page, label, lines }) {
    const heading = mainHeading(page);
    const recruits = heading?.match(RECRUITS_HEADING);
    const place = label('location');
    const boardCountry = place && !parseLocation(place).country ? (findCountry(page.documentTitle)?.code ?? null) : null;
    return {
      title: recruits ? label('title') : heading,
      organization: recruits?.[1] ?? null,
      publishedText: recruits?.[2] ?? null,
      country: boardCountry,
      city: boardCountry ? place : null,
      contractText: lines.find((line) => JOB_TYPE_LINE.test(line)) ?? null,
    };
  },
};
