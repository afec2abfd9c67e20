import { mainHeading, type SiteAdapter } from './adapter';

// Its "Special Notice" is where the Secretariat says what kind of appointment the job leads to.
const APPOINTMENT = /\b(temporary job opening|temporary appointment|fixed[- ]term appointment|engagement (?:temporaire|de dur[ée]e d[ée]termin[ée]e)|nombramiento (?:temporal|de plazo fijo))\b/i;

/**
 * The UN Secretariat's careers site (careers.un.org, formerly Inspira). Deadlines are 11:59 p.m.
 * New York time unless a posting says otherwise; the job opening number is the reference; the header
 * is in the interface language (French labels over an English body are common).
 */
export const unCareers: SiteAdapter = {
  id: 'un-careers',
  name: 'UN Careers (UN Secretariat)',
  urls: [/^https?:\/\/([\w-]+\.)*careers\.un\.org\//i, /^https?:\/\/inspira\.un\.org\//i],
  timeZone: 'America/New_York',
  extract({ page, lines }) {
    return {
      title: mainHeading(page, /^(carri[eè]res|careers)\b/i),
      organization: 'United Nations',
      contractText: lines.find((line) => APPOINTMENT.test(line))?.match(APPOINTMENT)?.[0] ?? null,
    };
  },
};
