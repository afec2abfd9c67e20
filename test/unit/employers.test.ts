/**
 * The employer gazetteer as data: one owner per acronym and per address, so a page's acronym or site names one
 * employer, and no acronym that is an ordinary word of the three languages in capitals.
 */
import { describe, expect, it } from 'vitest';
import { EMPLOYERS } from '../../lib/extract/gazetteer/employers';
import { organizationOf } from '../../lib/extract/organization';

describe('the employer gazetteer', () => {
  it('gives each acronym and each address to one employer', () => {
    const owners = new Map<string, string>();
    for (const employer of EMPLOYERS) {
      for (const key of [...(employer.acronyms ?? []), ...(employer.domains ?? [])]) {
        expect(owners.get(key), `${key} of ${employer.name}`).toBeUndefined();
        owners.set(key, employer.name);
      }
    }
  });

  it('holds no acronym that is a word pages write in capitals (SIDA is AIDS in French and Spanish)', () => {
    const acronyms = new Set(EMPLOYERS.flatMap((employer) => employer.acronyms ?? []).map((acronym) => acronym.toUpperCase()));
    for (const word of ['SIDA', 'CEA', 'THE', 'AND', 'POUR', 'PARA', 'CV', 'TDR']) expect(acronyms.has(word), word).toBe(false);
  });

  it('names an employer of the field from its recruiting sentence', () => {
    const base = { stated: [], url: 'https://board.example.net/job/7', siteName: null, title: null, language: 'en' };
    expect(organizationOf({ ...base, lines: ['The Office of the United Nations High Commissioner for Human Rights (OHCHR) is seeking a Human Rights Officer.'] })).toBe(
      'Office of the United Nations High Commissioner for Human Rights',
    );
  });
});
