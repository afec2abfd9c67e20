import { mainHeading, type SiteAdapter } from './adapter';

/**
 * UNjobs: reposts UN system vacancies with a snippet under the title (the agency as "ACRONYM -
 * Name", the duty station, "Closing date"), then the agency's own text with its own labels.
 */
const AGENCY_LINE = /^[A-Z][A-Za-z-]{1,11}\s+-\s+\S/;

export const unjobs: SiteAdapter = {
  id: 'unjobs',
  name: 'UNjobs',
  urls: [/^https?:\/\/([\w-]+\.)*unjobs\.org\/vacancies\//i],
  extract({ page, lines }) {
    const title = mainHeading(page, /^unjobs$/i);
    const titleLine = title ? lines.indexOf(title) : -1;
    const agency = titleLine >= 0 ? lines[titleLine + 1] : undefined;
    return { title, organization: agency && AGENCY_LINE.test(agency) ? agency : null };
  },
};
