import { describe, expect, it } from 'vitest';
import { extractFixture, listFixtures } from '../support/fixtures';
import { findEducation, findLanguages } from '../../lib/extract/fields';
import { findRequirements, type RequirementSource } from '../../lib/extract/requirements';
import { findSelectionGrids } from '../../lib/extract/grids';
import { RequirementSchema, SelectionGridSchema, type Posting, type Requirement } from '../../lib/schema';

const fixtures = listFixtures().map((fixture) => ({ fixture, posting: extractFixture(fixture.file) }));

function seed(number: string): Posting {
  const found = fixtures.find(({ fixture }) => fixture.name.startsWith(`seed-${number}`));
  if (!found) throw new Error(`no fixture for seed ${number}`);
  return found.posting;
}

function fixture(name: string): Posting {
  const found = fixtures.find(({ fixture }) => fixture.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found.posting;
}

/** What understand() gives findRequirements(), read from a short text. */
function requirementsOf(description: string, country: string | null = null): Requirement[] {
  const education = findEducation(description);
  const source: RequirementSource = {
    description,
    languages: findLanguages(description),
    education: { level: education?.level ?? null, raw: education?.raw ?? null },
    location: { country, city: null, remote: false, raw: null },
  };
  return findRequirements(source);
}

function ofKind<Kind extends Requirement['kind']>(requirements: readonly Requirement[], kind: Kind): Array<Extract<Requirement, { kind: Kind }>> {
  return requirements.filter((requirement): requirement is Extract<Requirement, { kind: Kind }> => requirement.kind === kind);
}

const AFRICA = [
  'region:west-africa', 'region:sahel', 'region:central-africa', 'region:east-africa', 'region:southern-africa',
  'region:north-africa-middle-east',
];
const KIND_ORDER: Array<Requirement['kind']> = ['language', 'experience', 'education', 'nationality', 'availability'];
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('requirements in every fixture', () => {
  it('quote the posting: each quote is a short excerpt of the description', () => {
    for (const { fixture, posting } of fixtures) {
      const description = collapse(posting.description);
      for (const requirement of posting.requirements) {
        expect(requirement.quote.length, `${fixture.name}: ${requirement.kind}`).toBeGreaterThan(0);
        expect(requirement.quote.length, `${fixture.name}: ${requirement.quote}`).toBeLessThanOrEqual(200);
        expect(description.includes(collapse(requirement.quote)), `${fixture.name}: "${requirement.quote}"`).toBe(true);
      }
    }
  });

  it('are valid, in the order language, experience, education, nationality, availability', () => {
    for (const { fixture, posting } of fixtures) {
      for (const requirement of posting.requirements) expect(() => RequirementSchema.parse(requirement), fixture.name).not.toThrow();
      const ranks = posting.requirements.map((requirement) => KIND_ORDER.indexOf(requirement.kind));
      expect(ranks, fixture.name).toEqual([...ranks].sort((a, b) => a - b));
      for (const grid of posting.selectionGrids) expect(() => SelectionGridSchema.parse(grid), fixture.name).not.toThrow();
    }
  });

  it('agree with the fields already read: one language item per language, the same education level', () => {
    for (const { fixture, posting } of fixtures) {
      const languages = ofKind(posting.requirements, 'language');
      expect(languages.map(({ code, level, required }) => ({ code, level, required })), fixture.name).toEqual(
        posting.languages.map(({ code, level, required }) => ({ code, level, required })),
      );
      expect(ofKind(posting.requirements, 'education').map((item) => item.level), fixture.name).toEqual(posting.education.level ? [posting.education.level] : []);
    }
  });

  it('are none for pages that are not postings', () => {
    for (const { fixture, posting } of fixtures.filter(({ fixture }) => fixture.expected.notAPosting === true)) {
      expect(posting.requirements, fixture.name).toEqual([]);
      expect(posting.selectionGrids, fixture.name).toEqual([]);
    }
  });
});

describe('the seeds', () => {
  it('000: French and English C1, 10 years against organised crime, a BA, from March 2021', () => {
    const { requirements } = seed('000');
    expect(ofKind(requirements, 'language').map(({ code, level, required }) => ({ code, level, required }))).toEqual([
      { code: 'fr', level: 'C1', required: true },
      { code: 'en', level: 'C1', required: true },
    ]);
    // The profile's own line, not the shortlist grid's criterion.
    expect(ofKind(requirements, 'language')[0]!.quote).toBe('Fluent in spoken and written French and English (C1 expected)');
    const experience = ofKind(requirements, 'experience');
    expect(experience).toHaveLength(1);
    expect(experience[0]).toMatchObject({ years: 10, required: true, regionIds: [] });
    expect(experience[0]!.scope).toMatch(/^fighting maritime organised crime/);
    expect(experience[0]!.themeIds).toContain('theme:organised-crime');
    expect(ofKind(requirements, 'education')).toEqual([
      {
        kind: 'education',
        level: 'bachelor',
        required: true,
        quote: 'University degree (BA or MA) in law enforcement, maritime security, criminal organisations or related matter',
      },
    ]);
    expect(ofKind(requirements, 'nationality')).toEqual([]);
    expect(ofKind(requirements, 'availability')).toEqual([
      { kind: 'availability', from: '2021-03-01', to: null, required: true, quote: 'Period of implementation: 30 months from March 2021' },
    ]);
  });

  it('000: the shortlist grid and the oral interview grid, with their points', () => {
    const grids = seed('000').selectionGrids;
    expect(grids).toHaveLength(2);
    const [shortlist, interview] = grids;
    expect(shortlist!.title).toBe('Selection criteria for the shortlist (/100 points)');
    expect(shortlist!.total).toBe(100);
    expect(shortlist!.criteria.map((criterion) => criterion.points)).toEqual([5, 20, 10, 10, 10, 15, 15, 5, 10]);
    expect(shortlist!.criteria[0]).toEqual({ label: 'Relevance of academic training / studies', points: 5 });
    expect(shortlist!.criteria[5]).toEqual({ label: 'English and French C1', points: 15 });
    expect(shortlist!.criteria[8]).toEqual({ label: 'Knowledge or experience with the EU', points: 10 });
    expect(interview!.title).toMatch(/^Selection criteria during the oral interview/);
    expect(interview!.total).toBe(100);
    // Six labels first, then six scores: they pair in order.
    expect(interview!.criteria).toEqual([
      { label: 'Understanding of the mission, the project and the context', points: 25 },
      { label: 'Oral communication skills in French and English', points: 15 },
      { label: 'Ability to convince', points: 10 },
      { label: 'Interpersonal skills', points: 20 },
      { label: 'Demonstration of team spirit', points: 15 },
      { label: 'Competence for analysis, synthesis and organization', points: 15 },
    ]);
    for (const grid of grids) expect(grid.criteria.reduce((sum, criterion) => sum + criterion.points, 0)).toBe(grid.total);
  });

  it('001: Spanish C1 required, French and English as assets, 5 years, a master', () => {
    const { requirements, selectionGrids } = seed('001');
    expect(ofKind(requirements, 'language').map(({ code, level, required }) => ({ code, level, required }))).toEqual([
      { code: 'es', level: 'C1', required: true },
      { code: 'fr', level: null, required: false },
      { code: 'en', level: null, required: false },
    ]);
    expect(ofKind(requirements, 'language')[1]!.quote).toMatch(/constitue un atout/);
    const experience = ofKind(requirements, 'experience');
    expect(experience).toHaveLength(1);
    expect(experience[0]).toMatchObject({ years: 5, required: true, themeIds: ['theme:environmental-crime'] });
    expect(experience[0]!.scope).toMatch(/^criminalité environnementale/);
    expect(ofKind(requirements, 'education').map((item) => item.level)).toEqual(['master']);
    expect(ofKind(requirements, 'nationality')).toEqual([]);
    // "Période envisagée : novembre 2025": the whole month.
    expect(ofKind(requirements, 'availability').map(({ from, to }) => ({ from, to }))).toEqual([{ from: '2025-11-01', to: '2025-11-30' }]);
    expect(selectionGrids).toEqual([]);
  });

  it('002: 20 years in the police, 10 years in Africa, no language invented, 2025-02-01 to 2028-05-31', () => {
    const { requirements } = seed('002');
    // The README's "French (implied)": nothing states it, so nothing is produced.
    expect(ofKind(requirements, 'language')).toEqual([]);
    const [police, africa, ...others] = ofKind(requirements, 'experience');
    expect(others).toEqual([]);
    expect(police).toMatchObject({ years: 20, required: true, regionIds: [] });
    expect(police!.scope).toMatch(/Police/);
    expect(police!.quote).toMatch(/^Être membre d.une force de sécurité intérieure de carrière \(Police\) avec au minimum 20 années/);
    expect(africa).toMatchObject({ years: 10, scope: 'Afrique', themeIds: [], regionIds: AFRICA, required: true });
    expect(ofKind(requirements, 'education')).toEqual([]);
    expect(ofKind(requirements, 'nationality')).toEqual([]);
    expect(ofKind(requirements, 'availability')).toEqual([
      { kind: 'availability', from: '2025-02-01', to: '2028-05-31', required: true, quote: 'Période prévisionnelle : du 1 février 2025 au 31 mai 2028' },
    ]);
  });

  it('003: 7 years, a master, 2024-06-01 to 2024-08-31, and no nationality rule (the text states none)', () => {
    const { requirements } = seed('003');
    expect(ofKind(requirements, 'language')).toEqual([]);
    expect(ofKind(requirements, 'experience').map(({ years, scope }) => ({ years, scope }))).toEqual([{ years: 7, scope: null }]);
    expect(ofKind(requirements, 'education').map((item) => item.level)).toEqual(['master']);
    expect(ofKind(requirements, 'nationality')).toEqual([]);
    expect(ofKind(requirements, 'availability').map(({ from, to }) => ({ from, to }))).toEqual([{ from: '2024-06-01', to: '2024-08-31' }]);
  });

  it('004: English B2 minimum, French for the CV and letter, Bac+3 to Bac+5, no nationality or age rule stated', () => {
    const { requirements } = seed('004');
    const languages = ofKind(requirements, 'language');
    expect(languages.map(({ code, level, required }) => ({ code, level, required }))).toEqual([
      { code: 'en', level: 'B2', required: true },
      { code: 'fr', level: null, required: true },
    ]);
    // "Langue(s) souhaitée(s)" is the label of the requirement, not an asset.
    expect(languages[0]!.quote).toBe('Langue(s) souhaitée(s) et niveau : Anglais B2 minimum');
    expect(languages[1]!.quote).toMatch(/^CV et LM en français/);
    expect(ofKind(requirements, 'education')).toEqual([
      { kind: 'education', level: 'bachelor', required: true, quote: 'Profil souhaité : Bac+3 à Bac+5' },
    ]);
    expect(ofKind(requirements, 'experience')).toEqual([]);
    expect(ofKind(requirements, 'nationality')).toEqual([]);
    expect(ofKind(requirements, 'availability')).toEqual([]);
  });
});

describe('languages', () => {
  it('French: required and appreciated in one line', () => {
    expect(ofKind(requirementsOf('Langues : français courant exigé, anglais apprécié.'), 'language').map(({ code, required }) => ({ code, required }))).toEqual([
      { code: 'fr', required: true },
      { code: 'en', required: false },
    ]);
  });

  it('English: a level and an asset, each quoted from its own clause', () => {
    const languages = ofKind(requirementsOf('Fluency in English (C1) is required; knowledge of French is an asset.'), 'language');
    expect(languages).toEqual([
      { kind: 'language', code: 'en', level: 'C1', required: true, quote: 'Fluency in English (C1) is required' },
      { kind: 'language', code: 'fr', level: null, required: false, quote: 'knowledge of French is an asset.' },
    ]);
  });

  it('Spanish: "indispensable" and "deseable"', () => {
    expect(ofKind(requirementsOf('Dominio del español (nivel C2) indispensable; inglés deseable.'), 'language').map(({ code, level, required }) => ({ code, level, required }))).toEqual([
      { code: 'es', level: 'C2', required: true },
      { code: 'en', level: null, required: false },
    ]);
  });
});

describe('experience', () => {
  it('English: the years and what they must be in, with the theme it names', () => {
    const [experience] = ofKind(requirementsOf('At least 8 years of experience in border management, including 3 years in the Sahel.'), 'experience');
    expect(experience).toMatchObject({ years: 8, scope: 'border management', themeIds: ['theme:migration-border'], regionIds: [], required: true });
  });

  it('English: the scope between the years and "experience", and a region', () => {
    expect(ofKind(requirementsOf('10 years of police experience; 5 years of experience in the Caribbean'), 'experience').map(({ years, scope, themeIds, regionIds }) => ({ years, scope, themeIds, regionIds }))).toEqual([
      { years: 10, scope: 'police', themeIds: ['theme:security-sector-reform'], regionIds: [] },
      { years: 5, scope: 'Caribbean', themeIds: [], regionIds: ['region:caribbean'] },
    ]);
  });

  it('French: a region of Africa is that region, not the whole continent', () => {
    const [experience] = ofKind(requirementsOf("Au moins 10 ans d'expérience professionnelle en Afrique de l'Ouest"), 'experience');
    expect(experience).toMatchObject({ years: 10, scope: "Afrique de l'Ouest", regionIds: ['region:west-africa'] });
  });

  it('French: an asset ("serait un plus"), while "plus de 10 ans" is a requirement', () => {
    const experience = ofKind(requirementsOf("Une expérience de 3 ans en Afrique serait un plus.\nPlus de 10 ans d'expérience en gestion de projet."), 'experience');
    expect(experience.map(({ years, regionIds, themeIds, required }) => ({ years, regionIds, themeIds, required }))).toEqual([
      { years: 3, regionIds: AFRICA, themeIds: [], required: false },
      { years: 10, regionIds: [], themeIds: ['theme:project-management'], required: true },
    ]);
  });

  it('Spanish: the theme named in the scope; "se valorará" makes an asset', () => {
    const experience = ofKind(requirementsOf('Mínimo 5 años de experiencia en la lucha contra la trata de personas.\nSe valorarán 2 años de experiencia en Guatemala.'), 'experience');
    expect(experience.map(({ years, scope, themeIds, regionIds, required }) => ({ years, scope, themeIds, regionIds, required }))).toEqual([
      { years: 5, scope: 'lucha contra la trata de personas', themeIds: ['theme:human-trafficking'], regionIds: [], required: true },
      { years: 2, scope: 'Guatemala', themeIds: [], regionIds: ['region:latin-america'], required: false },
    ]);
  });

  it('the employer\'s own years are not a requirement: "With over 25 years…, NRC works", "Fort de…, notre ONG", "Con más de…, la organización", "NRC has…", "depuis 20 ans"', () => {
    for (const text of [
      'With over 25 years of experience in humanitarian response, NRC works in 40 countries.',
      "Fort de plus de 30 ans d'expérience en Afrique, notre ONG intervient dans 12 pays.",
      'Con más de 20 años de experiencia en América Latina, la organización trabaja en 10 países.',
      'NRC has 25 years of experience in displacement.',
      "L'association cumule depuis 20 ans une expérience unique au Sahel.",
    ]) {
      expect(ofKind(requirementsOf(text), 'experience'), text).toEqual([]);
    }
  });

  it('the same opening about "you" states a requirement, and its scope ends where the next clause starts', () => {
    const experience = ofKind(
      requirementsOf("Fort(e) d'au moins 5 ans d'expérience en gestion de projet, vous maîtrisez les outils de suivi.\nWith at least 6 years of experience in logistics, you will lead the team."),
      'experience',
    );
    expect(experience.map(({ years, scope, required }) => ({ years, scope, required }))).toEqual([
      { years: 5, scope: 'gestion de projet', required: true },
      { years: 6, scope: 'logistics', required: true },
    ]);
  });

  it('alternatives ("Master\'s with 5 years, or Bachelor\'s with 7 years") give one item: the lowest count, quoted with the other path', () => {
    for (const text of [
      "Master's degree with a minimum of 5 years of relevant experience, or Bachelor's degree with a minimum of 7 years of relevant experience.",
      "Master avec au moins 5 ans d'expérience ou Licence avec au moins 7 ans d'expérience.",
      'Maestría con un mínimo de 5 años de experiencia, o licenciatura con un mínimo de 7 años de experiencia.',
    ]) {
      expect(ofKind(requirementsOf(text), 'experience'), text).toEqual([
        { kind: 'experience', years: 5, scope: null, themeIds: [], regionIds: [], required: true, quote: text },
      ]);
    }
    // Three paths in three clauses of one line, each tied to its degree: the lowest, with the others in its quote.
    const [choice, ...others] = ofKind(fixture('associate-protection-officer-maiduguri').requirements, 'experience');
    expect(others).toEqual([]);
    expect(choice).toMatchObject({ years: 1, scope: null, required: true });
    expect(choice!.quote).toMatch(/3 years relevant experience with Undergraduate degree; or 2 years .*; or 1 year relevant work experience with Doctorate degree\.$/);
  });

  it('"including 3 years in Africa" is a requirement of its own, not what the whole is in', () => {
    for (const [text, scope] of [
      ['At least 10 years of experience, including 3 years in Africa', 'Africa'],
      ["Au moins 10 ans d'expérience, dont 3 ans en Afrique.", 'Afrique'],
      ['Mínimo 10 años de experiencia, incluyendo 3 años en África.', 'África'],
    ] as const) {
      expect(ofKind(requirementsOf(text), 'experience').map(({ years, scope, regionIds, required }) => ({ years, scope, regionIds, required })), text).toEqual([
        { years: 10, scope: null, regionIds: [], required: true },
        { years: 3, scope, regionIds: AFRICA, required: true },
      ]);
    }
    expect(ofKind(requirementsOf('At least 7 years of experience in project management and 3 years of experience in Africa.'), 'experience').map(({ years, scope }) => ({ years, scope }))).toEqual([
      { years: 7, scope: 'project management' },
      { years: 3, scope: 'Africa' },
    ]);
  });

  it('a substitution ("in lieu of the advanced degree") is not a requirement', () => {
    expect(ofKind(requirementsOf("A first-level university degree with 2 additional years of experience may be accepted in lieu of the advanced university degree."), 'experience')).toEqual([]);
  });
});

describe('education', () => {
  it('English: "Bachelor\'s or Master\'s" accepts a bachelor', () => {
    expect(ofKind(requirementsOf("Bachelor's or Master's degree in law or political science."), 'education')).toEqual([
      { kind: 'education', level: 'bachelor', required: true, quote: "Bachelor's or Master's degree in law or political science." },
    ]);
  });

  it('French: "Bac+3 à Bac+5" accepts a bachelor; Spanish: a "maestría" is a master', () => {
    expect(ofKind(requirementsOf('Diplôme Bac+3 à Bac+5 en sciences politiques'), 'education').map((item) => item.level)).toEqual(['bachelor']);
    expect(ofKind(requirementsOf('Título de maestría en ciencias sociales.'), 'education').map((item) => item.level)).toEqual(['master']);
  });

  it('a degree that is only an asset sets no requirement', () => {
    expect(ofKind(requirementsOf("A Master's degree would be an asset."), 'education')).toEqual([]);
  });
});

describe('nationality', () => {
  it('national, from fixtures: "de nationalité nigérienne uniquement", a "National Consultant" post, a NOC grade', () => {
    expect(ofKind(fixture('avis-vacance-assistant-protection-niamey-fr').requirements, 'nationality')).toEqual([
      { kind: 'nationality', rule: 'national', countries: ['NE'], required: true, quote: 'Ouvert aux candidats de nationalité nigérienne uniquement.' },
    ]);
    expect(ofKind(fixture('jobs-undp-dakar-evaluation-consultant').requirements, 'nationality')).toEqual([
      { kind: 'nationality', rule: 'national', countries: ['SN'], required: true, quote: 'National Consultant - Evaluation of the Youth Employment Programme' },
    ]);
    expect(ofKind(fixture('un-women-consultora-violencia-mexico-es').requirements, 'nationality').map(({ rule, countries }) => ({ rule, countries }))).toEqual([
      { rule: 'national', countries: ['MX'] },
    ]);
    expect(ofKind(fixture('procurement-notice-bamako-2019').requirements, 'nationality')[0]!.quote).toBe(
      'UNDP seeks a national consultant to support the design of local security plans with municipal councils.',
    );
    expect(ofKind(fixture('pnud-specialiste-gouvernance-conakry-fr').requirements, 'nationality').map(({ rule, countries }) => ({ rule, countries }))).toEqual([
      { rule: 'national', countries: ['GN'] },
    ]);
  });

  it('national, in French, English and Spanish, the country read from its demonym', () => {
    const rules = [
      ['Poste ouvert aux ressortissants sénégalais uniquement.', 'SN'],
      ['This position is open to Malian nationals only.', 'ML'],
      ['Nigerian nationals only.', 'NG'],
      ['Convocatoria abierta únicamente a personas de nacionalidad guatemalteca.', 'GT'],
    ] as const;
    for (const [text, country] of rules) {
      expect(ofKind(requirementsOf(text), 'nationality').map(({ rule, countries, required }) => ({ rule, countries, required })), text).toEqual([
        { rule: 'national', countries: [country], required: true },
      ]);
    }
  });

  it('national with no country named: the posting\'s own', () => {
    expect(ofKind(requirementsOf('Open to national candidates only.', 'KE'), 'nationality').map(({ rule, countries }) => ({ rule, countries }))).toEqual([
      { rule: 'national', countries: ['KE'] },
    ]);
  });

  it('eu, in French, English and Spanish', () => {
    for (const text of [
      "Nationalité : ressortissant d'un État membre de l'Union européenne.",
      'Applicants must be nationals of an EU Member State.',
      'Requisito: ser nacional de un Estado miembro de la UE.',
    ]) {
      const [rule, ...others] = ofKind(requirementsOf(text), 'nationality');
      expect(others, text).toEqual([]);
      expect(rule, text).toMatchObject({ rule: 'eu', required: true, quote: text });
      expect(rule!.countries, text).toHaveLength(27);
      expect(rule!.countries, text).toContain('FR');
    }
  });

  it('listed: one of several nationalities, named or by demonym', () => {
    expect(ofKind(requirementsOf('Open to nationals of Senegal, Mali and Niger only.'), 'nationality').map(({ rule, countries }) => ({ rule, countries }))).toEqual([
      { rule: 'listed', countries: ['SN', 'ML', 'NE'] },
    ]);
    expect(ofKind(requirementsOf('Ouvert aux ressortissants du Mali, du Niger et du Burkina Faso.'), 'nationality').map(({ rule, countries }) => ({ rule, countries }))).toEqual([
      { rule: 'listed', countries: ['ML', 'NE', 'BF'] },
    ]);
  });

  it('a preference is not a requirement', () => {
    expect(ofKind(requirementsOf('Preference will be given to Senegalese nationals.'), 'nationality').map(({ rule, countries, required }) => ({ rule, countries, required }))).toEqual([
      { rule: 'national', countries: ['SN'], required: false },
    ]);
  });

  it('only the nationality phrase is read: a language named in the same clause is not a nationality', () => {
    for (const text of [
      'Candidates must be nationals of Senegal and fluent in French.',
      'Les candidats doivent être de nationalité sénégalaise et parler couramment le français.',
      'Los candidatos deben ser de nacionalidad senegalesa y hablar francés con fluidez.',
    ]) {
      expect(ofKind(requirementsOf(text), 'nationality').map(({ rule, countries }) => ({ rule, countries })), text).toEqual([{ rule: 'national', countries: ['SN'] }]);
    }
    // Next to "nationality", or ending its list, a language's name is the nationality.
    expect(ofKind(requirementsOf('Nationalité française exigée.'), 'nationality').map(({ rule, countries }) => ({ rule, countries }))).toEqual([{ rule: 'national', countries: ['FR'] }]);
    expect(ofKind(requirementsOf('Nationalité sénégalaise ou française exigée.'), 'nationality').map(({ rule, countries }) => ({ rule, countries }))).toEqual([{ rule: 'listed', countries: ['SN', 'FR'] }]);
  });

  it('a supervisor\'s title is not the post\'s: "Supervisor: National Project Officer", "Sous la supervision du Chargé national…"', () => {
    for (const text of [
      'Supervisor: National Project Officer',
      'Reports to: National Consultant (M&E)',
      'Sous la supervision du Chargé national de programme',
      'Sous la supervision de : Chargé national de programme',
      'Bajo la supervisión de: Oficial Nacional de Programa',
    ]) {
      expect(ofKind(requirementsOf(text, 'SN'), 'nationality'), text).toEqual([]);
    }
    expect(ofKind(requirementsOf('Post title: National Consultant', 'SN'), 'nationality').map(({ rule, countries }) => ({ rule, countries }))).toEqual([{ rule: 'national', countries: ['SN'] }]);
  });

  it('nationals of a country nobody names (no country for the posting) give no item', () => {
    for (const text of ['National Consultant - Evaluation of the Youth Employment Programme', 'Open to national candidates only.', 'Consultor/a nacional en evaluación']) {
      expect(ofKind(requirementsOf(text), 'nationality'), text).toEqual([]);
    }
  });

  it('the EU and more ("EU Member States, EEA countries and Switzerland"): listed, the EU-27 and the others', () => {
    for (const text of [
      'Open to nationals of EU Member States, EEA countries and Switzerland.',
      "Ouvert aux ressortissants des États membres de l'UE, de l'EEE et de la Suisse.",
      'Requisito: ser nacional de un Estado miembro de la UE, del EEE o de Suiza.',
    ]) {
      const [rule, ...others] = ofKind(requirementsOf(text), 'nationality');
      expect(others, text).toEqual([]);
      expect(rule, text).toMatchObject({ rule: 'listed', required: true });
      expect(rule!.countries, text).toHaveLength(31);
      expect(rule!.countries, text).toEqual(expect.arrayContaining(['FR', 'DE', 'IS', 'LI', 'NO', 'CH']));
    }
  });

  it('no rule where the text states none', () => {
    for (const text of [
      'UNDP is committed to achieving workforce diversity in terms of gender, nationality and culture.',
      'Open to all nationalities.',
      'The consultant will coordinate the work of national consultants and national authorities.',
      'Years of Experience / Degree Level: For P2/NOB - 3 years relevant experience',
    ]) {
      expect(ofKind(requirementsOf(text, 'SN'), 'nationality'), text).toEqual([]);
    }
  });
});

describe('availability', () => {
  it('French, English and Spanish ranges, the first date borrowing the year of the second', () => {
    const periods = [
      ['Période de la mission : du 1er février 2025 au 31 mai 2028', '2025-02-01', '2028-05-31'],
      ['The assignment will run from 1 June to 31 August 2024.', '2024-06-01', '2024-08-31'],
      ['Período de la consultoría: del 1 de marzo al 30 de junio de 2025', '2025-03-01', '2025-06-30'],
    ] as const;
    for (const [text, from, to] of periods) {
      expect(ofKind(requirementsOf(text), 'availability'), text).toEqual([{ kind: 'availability', from, to, required: true, quote: text }]);
    }
  });

  it('a start alone: "30 months from March 2021", "à partir du 1er mars 2025", "Fecha de inicio: 1 de septiembre de 2025"', () => {
    const starts = [
      ['Period of implementation: 30 months from March 2021', '2021-03-01'],
      ['Mission de 12 mois à partir du 1er mars 2025.', '2025-03-01'],
      ['Fecha de inicio: 1 de septiembre de 2025', '2025-09-01'],
    ] as const;
    for (const [text, from] of starts) {
      expect(ofKind(requirementsOf(text), 'availability').map((item) => ({ from: item.from, to: item.to })), text).toEqual([{ from, to: null }]);
    }
  });

  it('the dates of the application, the posting or the project are not the person\'s period', () => {
    for (const text of [
      'Applications must be sent between 1 May 2024 and 31 May 2024.',
      'Posting period: From 04.07.2025 to 20.07.2025',
      'The project runs from 1 January 2024 to 31 December 2027.',
      'Date limite de candidature : du 1er au 15 mars 2025',
    ]) {
      expect(ofKind(requirementsOf(text), 'availability'), text).toEqual([]);
    }
  });
  it('dates of the organisation\'s history are not the person\'s period: the clause must say they are the assignment\'s', () => {
    for (const text of [
      'EUCAP Sahel Mali is a civilian CSDP mission deployed in Bamako from January 2015.',
      'La mission EUCAP Sahel Mali est déployée à Bamako à partir de janvier 2015.',
      'La misión EUCAP Sahel Malí está desplegada en Bamako desde enero de 2015.',
    ]) {
      expect(ofKind(requirementsOf(text), 'availability'), text).toEqual([]);
    }
    expect(ofKind(requirementsOf('La mission se déroulera du 1er mars au 30 juin 2025.'), 'availability').map(({ from, to }) => ({ from, to }))).toEqual([{ from: '2025-03-01', to: '2025-06-30' }]);
  });

  it('"au plus tard", "at the latest", "a más tardar" keep the start a requirement', () => {
    for (const text of ['Début de la mission : 1er mars 2026 au plus tard.', 'Start date: 1 March 2026 at the latest.', 'Fecha de inicio: 1 de marzo de 2026 a más tardar.']) {
      expect(ofKind(requirementsOf(text), 'availability'), text).toEqual([{ kind: 'availability', from: '2026-03-01', to: null, required: true, quote: text }]);
    }
  });
});

describe('a posting that states nothing', () => {
  it('has no requirement and no grid', () => {
    const text = 'Nous recrutons un chargé de communication pour notre bureau de Dakar.\nMerci de votre intérêt.';
    expect(requirementsOf(text, 'SN')).toEqual([]);
    expect(findSelectionGrids(text)).toEqual([]);
  });
});

describe('selection grids', () => {
  it('French: criterion lines each followed by its points, the total from the heading', () => {
    const text = "Grille d'évaluation (sur 100 points)\nExpérience en Afrique\n30 points\nDiplôme\n20 pts\nLangues\n10 points\nDate limite : 9 mars 2025";
    expect(findSelectionGrids(text)).toEqual([
      {
        title: "Grille d'évaluation (sur 100 points)",
        total: 100,
        criteria: [
          { label: 'Expérience en Afrique', points: 30 },
          { label: 'Diplôme', points: 20 },
          { label: 'Langues', points: 10 },
        ],
      },
    ]);
  });

  it('English: criteria with their points on the same line, and a total line', () => {
    const text = 'Evaluation criteria\nTechnical approach (40 points)\nTeam experience (30 points)\nFinancial offer (30 points)\nTotal: 100 points';
    expect(findSelectionGrids(text)).toEqual([
      {
        title: 'Evaluation criteria',
        total: 100,
        criteria: [
          { label: 'Technical approach', points: 40 },
          { label: 'Team experience', points: 30 },
          { label: 'Financial offer', points: 30 },
        ],
      },
    ]);
  });

  it('Spanish: "puntos", and no announced total', () => {
    const [grid] = findSelectionGrids('Criterios de evaluación\nExperiencia: 40 puntos\nFormación: 30 puntos\nIdiomas: 30 puntos');
    expect(grid).toEqual({
      title: 'Criterios de evaluación',
      total: null,
      criteria: [
        { label: 'Experiencia', points: 40 },
        { label: 'Formación', points: 30 },
        { label: 'Idiomas', points: 30 },
      ],
    });
  });

  it('is no grid with fewer than three scored criteria, or with more scores than criteria', () => {
    expect(findSelectionGrids('Interview\nMotivation\n10 points\nSkills\n20 points')).toEqual([]);
    expect(findSelectionGrids('Motivation\nSkills\n10 points\n20 points\n30 points')).toEqual([]);
  });
});

describe('a long page of debris', () => {
  const readIn = (description: string) => {
    const started = performance.now();
    findRequirements({ description, languages: [], education: { level: null, raw: null }, location: { country: null, city: null, remote: false, raw: null } });
    findSelectionGrids(description);
    return performance.now() - started;
  };

  // Quadratic work on a long run of debris costs seconds where linear reading costs milliseconds. Each page is read
  // beside an ordinary page of the same size in the same moment, so a loaded machine slows both alike; the bound
  // (ten times the ordinary page) is far below what quadratic work would cost (hundreds of times).
  it('reads runs of commas and spaces after "experience" about as fast as ordinary text of the same size', () => {
    const ordinary = 'Five years of experience in project management, with field work in West Africa.';
    for (const line of [
      `5 years of experience in ${','.repeat(2_970)}`,
      `5 years of experience in ${','.repeat(2_960)} x`,
      `5 years of experience in ${' ,'.repeat(1_480)}x`,
      `experience${' '.repeat(2_960)}x`,
      `Criterion${' '.repeat(280)}10 points`,
    ]) {
      const debris = Array.from({ length: Math.floor(2_000_000 / line.length) }, () => line).join('\n');
      const floor = Array.from({ length: Math.floor(debris.length / ordinary.length) }, () => ordinary).join('\n');
      const floorTime = Math.min(readIn(floor), readIn(floor));
      expect(readIn(debris), line.slice(0, 30)).toBeLessThan(10 * Math.max(floorTime, 20));
    }
  });
});
