import { mainHeading, type SiteAdapter } from './adapter';

/**
 * WFP (PMA): Workday postings under /recruiting/wfp/. Workday's own "End Date" is the listing's; the
 * deadline is the line under "DEADLINE FOR APPLICATIONS" ("28 May 2025 - 23:59 - GMT+02:00 Central
 * Africa Time (Maputo)"), and the reference is the requisition id.
 */
const DEADLINE_HEADING = /^(?:deadline for applications|fecha l[ií]mite para postularse|date limite de candidature)\s*:?\s*$/i;

export const wfp: SiteAdapter = {
  id: 'wfp',
  name: 'World Food Programme',
  urls: [/^https?:\/\/[\w.-]*myworkday(?:site|jobs)\.com\/(?:[a-z]{2}(?:-[A-Z]{2})?\/)?recruiting\/wfp\//i, /^https?:\/\/([\w-]+\.)*wfp\.org\//i],
  extract({ page, lines }) {
    const heading = lines.findIndex((line) => DEADLINE_HEADING.test(line));
    return {
      title: mainHeading(page),
      organization: 'World Food Programme',
      deadlineText: heading >= 0 ? (lines[heading + 1] ?? null) : null,
      reference: page.url.match(/_(JR\d+)(?:[/?#]|$)/)?.[1] ?? null,
    };
  },
};
