import type { Tag } from './schema';
import { fold } from './text';

/** A tag the user names (on a posting, in a spreadsheet): their own family, their own words. */
export function userTag(label: string): Tag {
  const slug = fold(label).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { id: `user:${slug}`, family: 'user', label: { en: label, fr: label }, evidence: [], source: 'user' };
}
