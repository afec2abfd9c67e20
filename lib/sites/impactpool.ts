import { mainHeading, type SiteAdapter } from './adapter';

/**
 * Impactpool: an aggregator of UN and NGO jobs. Its summary ("Organization:", "Location: City
 * (Country)", "Grade:", "Closing Date: YYYY-MM-DD") is in English over a body in the agency's
 * language; its grade box describes the grade in general, not this posting's requirements, so the
 * posting's own text is what counts.
 */
export const impactpool: SiteAdapter = {
  id: 'impactpool',
  name: 'Impactpool',
  urls: [/^https?:\/\/([\w-]+\.)*impactpool\.org\/jobs\//i],
  extract({ page }) {
    return { title: mainHeading(page, /^impactpool$/i) };
  },
};
