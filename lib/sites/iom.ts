import { valueAfterLabel, type SiteAdapter } from './adapter';

/**
 * IOM (OIM): vacancies on iom.int and, above all, consultancy Terms of Reference that travel as PDFs
 * and reposts. English ToRs name the role after "Terms of reference for the consultancy contract of:";
 * Spanish ones use "Título del Cargo" and close with "Clausura de la convocatoria".
 */
const TOR_WORDING = /terms of reference for the consultancy contract of|call for consultancy|clausura de la convocatoria|t[ée]rminos de referencia/i;

export const iom: SiteAdapter = {
  id: 'iom',
  name: 'IOM',
  urls: [/^https?:\/\/([\w-]+\.)*iom\.int\//i],
  recognises: (text) => /\b(IOM|OIM)\b/.test(text) && TOR_WORDING.test(text),
  extract({ lines, label }) {
    return {
      title: valueAfterLabel(lines, /^Terms of reference for the consultancy contract of\b/i) ?? label('title'),
      organization: 'International Organization for Migration',
      reference: valueAfterLabel(lines, /^Call for Consultancy (?:No\.?|Number)/i) ?? label('reference'),
    };
  },
};
