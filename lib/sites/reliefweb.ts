import { mainHeading, type SiteAdapter } from './adapter';

/**
 * ReliefWeb (OCHA) jobs: an English header (Country, Organization, Posted, Closing date, City) over
 * the employer's text in its own language. "Years of experience" is a board category ("5-9 years"),
 * not the posting's requirement; the header's closing date has no time, the body may add one.
 */
export const reliefweb: SiteAdapter = {
  id: 'reliefweb',
  name: 'ReliefWeb',
  urls: [/^https?:\/\/([\w-]+\.)*reliefweb\.int\/job\//i],
  extract({ page }) {
    return { title: mainHeading(page, /^reliefweb$/i) };
  },
};
