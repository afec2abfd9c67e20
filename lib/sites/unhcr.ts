import { mainHeading, valueAfterLabel, type SiteAdapter } from './adapter';

/**
 * UNHCR (HCR): Workday postings (unhcr.wd3.myworkdayjobs.com: "job requisition id", a Standard Job
 * Description whose "Closing date" is the deadline) and country offices' vacancy notices
 * ("AVIS DE VACANCE DE POSTE N° …", "Poste :"), often as PDFs.
 */
export const unhcr: SiteAdapter = {
  id: 'unhcr',
  name: 'UNHCR',
  urls: [/^https?:\/\/([\w-]+\.)*unhcr\.org\//i, /^https?:\/\/unhcr\.wd\d\.myworkdayjobs\.com\//i],
  recognises: (text) => /\b(UNHCR|HCR)\b/.test(text) && /avis de vacance|vacancy notice|aviso de vacante/i.test(text),
  extract({ page, lines }) {
    const notice = lines.map((line) => line.match(/^(?:AVIS DE VACANCE DE POSTE|VACANCY NOTICE|AVISO DE VACANTE)\s+N[°ºo.]*\s*(\S+)/i)).find(Boolean);
    return {
      title: mainHeading(page) ?? valueAfterLabel(lines, /^(?:Poste|Position|Puesto)\b/i),
      organization: 'UNHCR',
      reference: notice?.[1] ?? null,
    };
  },
};
