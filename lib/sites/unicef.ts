import { mainHeading, valueAfterLabel, type SiteAdapter } from './adapter';

/**
 * UNICEF: jobs.unicef.org (PageUp: "Job no", "Contract type", "Duty Station", then "Advertised:" and
 * "Deadline:" with a Windows zone name such as "E. Africa Standard Time") and its consultancy ToRs,
 * whose header packs "Location: … Language(s) Required: … Application Deadline: …" on one line.
 */
export const unicef: SiteAdapter = {
  id: 'unicef',
  name: 'UNICEF',
  urls: [/^https?:\/\/([\w-]+\.)*unicef\.org\//i],
  recognises: (text) => /\bunicef\b/i.test(text) && /terms of reference|t[ée]rminos de referencia|termes de r[ée]f[ée]rence/i.test(text),
  extract({ page, lines }) {
    return {
      title: mainHeading(page, /^unicef\b/i) ?? valueAfterLabel(lines, /^(?:Title|T[íi]tulo|Titre)\b/i),
      organization: 'UNICEF',
      reference: valueAfterLabel(lines, /^Job no\b/i),
    };
  },
};
