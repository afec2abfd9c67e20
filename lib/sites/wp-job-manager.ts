import type { SiteAdapter } from './adapter';

/**
 * WordPress boards built on WP Job Manager that repost international jobs in West and Central Africa.
 * Their "Date d'expiration" is the listing's expiry, never the application deadline; the hiring
 * organisation is the one named in the reposted text, not the board.
 */
export const wpJobManager: SiteAdapter = {
  id: 'wp-job-manager',
  name: 'WordPress job board (WP Job Manager)',
  recognises: (text) => /\bDate d['’]expiration\s*:/i.test(text) && /\b(Emplacement|Titre d['’]emploi)\s*:/i.test(text),
  extract({ page }) {
    const heading = page.headings.find((item) => item.level === 1) ?? page.headings[0];
    return { title: heading?.text ?? null };
  },
};
