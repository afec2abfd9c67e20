import { mainHeading, valueAfterLabel, type SiteAdapter } from './adapter';

/**
 * UNDP: individual-consultant procurement notices (procurement-notices.undp.org: "Office :City -
 * COUNTRY", "Deadline :18-Apr-19", the notice's title in a cell under a "Procurement Notices"
 * banner) and jobs.undp.org (a header table, then Background / Duties / Competencies). Whether a
 * notice hires a consultant is only said by its "Development Area" or "Procurement Process".
 */
export const undp: SiteAdapter = {
  id: 'undp',
  name: 'UNDP',
  urls: [/^https?:\/\/([\w-]+\.)*undp\.org\//i],
  extract({ page, lines }) {
    const procurement = [/^Procurement Process\b/i, /^Development Area\b/i].map((label) => valueAfterLabel(lines, label));
    return {
      title: mainHeading(page, /^(procurement notices|undp|job vacancies)$/i),
      organization: 'United Nations Development Programme',
      contractText: procurement.filter(Boolean).join(' | ') || null,
    };
  },
};
