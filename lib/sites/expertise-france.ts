import type { SiteAdapter } from './adapter';

/**
 * Expertise France: GestMax (expertise-france.gestmax.fr) and its former site. Deadlines are Paris
 * time with no zone written; the title is only in the page heading; the reference is
 * YYYY/<initials>/<offer id>.
 */
export const expertiseFrance: SiteAdapter = {
  id: 'expertise-france',
  name: 'Expertise France',
  urls: [/^https?:\/\/([\w-]+\.)*expertise-?france\.(gestmax\.)?fr\//i, /^https?:\/\/expertise-france\.gestmax\.fr\//i],
  // Its offers reposted or saved elsewhere still carry its labels and its name.
  recognises: (text) => /\bExpertise France\b/.test(text) && /^(Date limite de candidature|Deadline date)\b/m.test(text),
  timeZone: 'Europe/Paris',
  extract({ page, label }) {
    const heading = page.headings.find((item) => item.level === 1)?.text ?? null;
    const title = heading && !/^expertise\s*france$/i.test(heading) ? heading : page.documentTitle.replace(/\s*[-|–]\s*Expertise\s*France.*$/i, '').trim() || null;
    const reference = label('reference');
    return {
      title,
      organization: 'Expertise France',
      reference: reference && /^\d{4}\/[A-Z0-9]+\/\d+$/.test(reference.trim()) ? reference.trim() : reference,
      applyUrl: page.links.find((link) => /\/apply\//.test(link.href) || /^(postuler|apply)$/i.test(link.text))?.href ?? null,
    };
  },
};
