import { mainHeading, type SiteAdapter } from './adapter';

/**
 * Devex: a development-jobs board. Its "Expires" date (a listing-expiry label) and its JSON-LD
 * validThrough are the listing's expiry; the employer's text, read first, gives the deadline. Its
 * "Experience level" is a board category, not a label the engine reads.
 */
export const devex: SiteAdapter = {
  id: 'devex',
  name: 'Devex',
  urls: [/^https?:\/\/([\w-]+\.)*devex\.com\/jobs\//i],
  extract({ page }) {
    return { title: mainHeading(page, /^devex$/i) };
  },
};
