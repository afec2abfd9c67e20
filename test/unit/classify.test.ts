import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyUserChoices, classifyPosting } from '../../lib/classify';
import { PostingSchema, TagSchema, type ContractType, type Posting, type Tag, type UserRule } from '../../lib/schema';
import { REGIONS, THEMES } from '../../lib/taxonomy';

/** The five real postings the project started from; their README gives the expected themes and regions. */
// The seeds live beside the repository, in ../shared (on developers' machines and in CI alike).
const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

interface PostingFacts {
  title: string | null;
  organization: string | null;
  description: string;
  country: string | null;
  remote: boolean;
  contract: ContractType | null;
  days: number | null;
  months: number | null;
  experienceYears: number | null;
  postingLanguage: string | null;
}

const NO_FACTS: PostingFacts = {
  title: null,
  organization: null,
  description: '',
  country: null,
  remote: false,
  contract: null,
  days: null,
  months: null,
  experienceYears: null,
  postingLanguage: null,
};

/** A complete, schema-valid posting record from the facts a test cares about. */
function buildPosting(facts: Partial<PostingFacts>): Posting {
  const f = { ...NO_FACTS, ...facts };
  return PostingSchema.parse({
    url: 'https://jobs.example.org/offer/1',
    canonicalUrl: 'https://jobs.example.org/offer/1',
    site: 'jobs.example.org',
    title: f.title,
    organization: f.organization,
    reference: null,
    location: { country: f.country, city: null, remote: f.remote, raw: null },
    deadline: { date: null, time: null, timeZone: null, instant: null, raw: null, unparsed: false },
    published: { date: null, raw: null },
    contract: { type: f.contract, raw: null },
    duration: { days: f.days, months: f.months, term: null, raw: null },
    languages: [],
    experienceYears: f.experienceYears,
    education: { level: null, raw: null },
    requirements: [],
    selectionGrids: [],
    apply: { emails: [], subject: null, url: null },
    postingLanguage: f.postingLanguage,
    description: f.description,
    tags: [],
    warnings: [],
  });
}

function seedText(id: string): string {
  const file = readdirSync(SEEDS_DIR).find((name) => name.startsWith(`${id}_`) && name.endsWith('.txt'));
  if (!file) throw new Error(`No seed ${id} in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

const SEED_FACTS: Record<string, Omit<PostingFacts, 'description'>> = {
  '000': {
    title: 'Deputy Regional Coordinator for the Caribbean',
    organization: 'Expertise France',
    country: 'LC',
    remote: false,
    contract: 'consultancy',
    days: null,
    months: 30,
    experienceYears: 10,
    postingLanguage: 'en',
  },
  '001': {
    title: 'Expert(e) en criminalité environnementale et traite des êtres humains – Équateur',
    organization: 'Expertise France',
    country: 'EC',
    remote: false,
    contract: 'consultancy',
    days: 7,
    months: null,
    experienceYears: 5,
    postingLanguage: 'fr',
  },
  '002': {
    title: 'Expert mentor en protection et assistance des victimes',
    organization: 'CIVIPOL',
    country: 'SN',
    remote: false,
    contract: 'consultancy',
    days: 200,
    months: null,
    experienceYears: 20,
    postingLanguage: 'fr',
  },
  '003': {
    title: 'Consultancy for Coordination Machanisms CDI',
    organization: 'International Organization for Migration',
    country: 'SN',
    remote: true,
    contract: 'consultancy',
    days: 90,
    months: null,
    experienceYears: 7,
    postingLanguage: 'en',
  },
  '004': {
    title: 'Appui au développement de la coopération française à l’OECO',
    organization: 'France Volontaires',
    country: 'LC',
    remote: false,
    contract: 'volunteer',
    days: null,
    months: 12,
    experienceYears: null,
    postingLanguage: 'fr',
  },
};

function seedPosting(id: string): Posting {
  return buildPosting({ ...SEED_FACTS[id], description: seedText(id) });
}

function tagIds(tags: readonly Tag[]): string[] {
  return tags.map((tag) => tag.id);
}

function findTag(tags: readonly Tag[], id: string): Tag {
  const tag = tags.find((candidate) => candidate.id === id);
  if (!tag) throw new Error(`Expected tag ${id}, got ${tagIds(tags).join(', ')}`);
  return tag;
}

function evidencePhrases(tag: Tag): string[] {
  return tag.evidence.map((item) => item.phrase.toLowerCase());
}

function rule(id: string, label: string, phrases: string[]): UserRule {
  return { id, label, family: 'user', phrases, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' };
}

/** The seed README's themes and regions, in this taxonomy's ids; plus themes that would be plainly wrong. */
const SEED_EXPECTATIONS: Record<string, { themes: string[]; regions: string[]; notThemes: string[]; fields: string[] }> = {
  // maritime security, organised crime, drug trafficking
  '000': {
    themes: ['maritime-security', 'organised-crime'],
    regions: ['caribbean'],
    // "public health" twice in the project context, "santé" in Expertise France's self-description.
    notThemes: ['health', 'human-trafficking', 'counter-terrorism'],
    fields: ['contract:consultancy', 'duration:long-term', 'seniority:senior', 'workplace:field', 'language:en'],
  },
  // environmental crime, illegal gold mining, human trafficking
  '001': {
    themes: ['environmental-crime', 'human-trafficking'],
    regions: ['latin-america', 'andes'],
    notThemes: ['health', 'maritime-security', 'migration-border'],
    fields: ['contract:consultancy', 'duration:mission', 'seniority:mid', 'workplace:field', 'language:fr'],
  },
  // victim protection, migrant smuggling, human trafficking, migration
  '002': {
    themes: ['humanitarian-protection', 'migration-border', 'human-trafficking'],
    regions: ['west-africa', 'sahel'],
    // Terrorism is named twice in the project's context, never in the mission.
    notThemes: ['counter-terrorism', 'health', 'environmental-crime'],
    fields: ['contract:consultancy', 'duration:long-term', 'seniority:expert', 'workplace:field', 'language:fr'],
  },
  // border management, migration, regional security cooperation
  '003': {
    themes: ['migration-border', 'security-cooperation'],
    regions: ['west-africa', 'sahel'],
    // "climate risks, food insecurity" is one list of risk factors in the context.
    notThemes: ['health', 'climate-agriculture-environment', 'human-trafficking'],
    fields: ['contract:consultancy', 'duration:short-term', 'seniority:senior', 'workplace:home-based', 'language:en'],
  },
  // international cooperation, governance, partnerships
  '004': {
    themes: ['international-cooperation', 'governance-public-finance', 'partnerships-resource-mobilisation'],
    regions: ['caribbean'],
    notThemes: ['human-trafficking', 'maritime-security', 'organised-crime', 'migration-border'],
    fields: ['contract:volunteer', 'duration:long-term', 'workplace:field', 'language:fr'],
  },
};

describe('classifyPosting on the seed postings', () => {
  for (const [id, expected] of Object.entries(SEED_EXPECTATIONS)) {
    describe(`seed ${id}`, () => {
      const tags = classifyPosting(seedPosting(id));

      it('tags the expected themes, each with evidence', () => {
        for (const theme of expected.themes) {
          const tag = findTag(tags, `theme:${theme}`);
          expect(tag.family).toBe('theme');
          expect(tag.evidence.length).toBeGreaterThan(0);
        }
      });

      it('does not tag themes the posting is not about', () => {
        const ids = tagIds(tags);
        for (const theme of expected.notThemes) expect(ids).not.toContain(`theme:${theme}`);
      });

      it('tags exactly the regions of its country', () => {
        expect(tags.filter((tag) => tag.family === 'region').map((tag) => tag.id).sort()).toEqual(
          expected.regions.map((region) => `region:${region}`).sort(),
        );
      });

      it('tags contract, duration, seniority, workplace and language from the fields', () => {
        expect(tagIds(tags)).toEqual(expect.arrayContaining(expected.fields));
        for (const family of ['contract', 'duration', 'seniority', 'workplace', 'language'] as const) {
          expect(tags.filter((tag) => tag.family === family).length).toBeLessThanOrEqual(1);
        }
      });

      it('returns valid automatic tags with at most five pieces of evidence', () => {
        for (const tag of tags) {
          expect(TagSchema.parse(tag)).toEqual(tag);
          expect(tag.source).toBe('auto');
          expect(tag.evidence.length).toBeGreaterThan(0);
          expect(tag.evidence.length).toBeLessThanOrEqual(5);
          for (const item of tag.evidence) expect(item.phrase).toBe(item.phrase.trim());
        }
      });
    });
  }

  it('explains the seed themes with the phrases the postings use', () => {
    const seed001 = classifyPosting(seedPosting('001'));
    expect(evidencePhrases(findTag(seed001, 'theme:environmental-crime'))).toContain('orpaillage');
    const humanTrafficking = findTag(seed001, 'theme:human-trafficking');
    expect(humanTrafficking.evidence).toContainEqual({ phrase: 'traite des êtres humains', where: 'title', weight: 9 });

    const seed002 = classifyPosting(seedPosting('002'));
    expect(evidencePhrases(findTag(seed002, 'theme:migration-border'))).toContain('trafic de migrants');
    expect(findTag(seed002, 'theme:humanitarian-protection').evidence.map((item) => item.where)).toContain('title');

    const seed000 = classifyPosting(seedPosting('000'));
    expect(evidencePhrases(findTag(seed000, 'theme:maritime-security'))).toContain('maritime security');
  });

  it('recognises drug trafficking as organised crime', () => {
    const tags = classifyPosting(buildPosting({ title: 'Drug trafficking analyst' }));
    expect(findTag(tags, 'theme:organised-crime').evidence).toEqual([{ phrase: 'Drug trafficking', where: 'title', weight: 9 }]);
  });

  it('gives evidence from structured fields for region and duration', () => {
    const tags = classifyPosting(seedPosting('000'));
    expect(findTag(tags, 'region:caribbean').evidence).toEqual([{ phrase: 'LC', where: 'field', weight: 10 }]);
    expect(findTag(tags, 'duration:long-term').evidence[0]).toMatchObject({ phrase: '30 months', where: 'field' });
  });
});

describe('boilerplate counts for nothing', () => {
  const job = [
    'Description de la mission',
    'Appuyer le ministère de la justice dans la rédaction de textes réglementaires.',
  ];
  const healthAndTerrorism = [
    'Expert santé publique – programme de lutte contre le paludisme',
    'Conseiller en lutte contre le terrorisme et prévention de l’extrémisme violent',
    'Chargé de projet santé maternelle',
  ];

  it('ignores a cookie banner', () => {
    const healthPages = 'nos pages santé publique, systèmes de santé et santé mentale';
    const banner =
      `Ce site utilise des cookies pour mesurer l’audience de ${healthPages}. ` +
      'En poursuivant votre navigation, vous acceptez les cookies.';
    const withBanner = classifyPosting(buildPosting({ title: 'Juriste', description: [...job, banner].join('\n') }));
    expect(tagIds(withBanner)).not.toContain('theme:health');
    // The same words outside a banner are enough for the tag: the banner is what is ignored.
    const sameWords = `Le bureau mesure l’audience de ${healthPages}.`;
    expect(tagIds(classifyPosting(buildPosting({ title: 'Juriste', description: [...job, sameWords].join('\n') })))).toContain(
      'theme:health',
    );
  });

  it('ignores the similar-jobs list that follows the posting', () => {
    const description = [...job, 'Les offres d’emploi similaires', ...healthAndTerrorism, 'Show More Jobs'].join('\n');
    const ids = tagIds(classifyPosting(buildPosting({ title: 'Juriste', description })));
    expect(ids).not.toContain('theme:health');
    expect(ids).not.toContain('theme:counter-terrorism');
  });

  it('ignores lines after "Similar jobs" and "Show More Jobs" in English too', () => {
    for (const heading of ['Similar jobs', 'Show More Jobs']) {
      const description = [...job, heading, ...healthAndTerrorism].join('\n');
      expect(tagIds(classifyPosting(buildPosting({ title: 'Juriste', description })))).not.toContain('theme:health');
    }
  });

  it('reads the same lines when they belong to the posting', () => {
    const description = [...job, ...healthAndTerrorism].join('\n');
    const ids = tagIds(classifyPosting(buildPosting({ title: 'Juriste', description })));
    expect(ids).toContain('theme:health');
    expect(ids).toContain('theme:counter-terrorism');
  });

  it('ignores the organisation describing itself', () => {
    const selfDescription = [
      'Expertise France est l’agence publique de conception et de mise en œuvre de projets internationaux de ' +
        'coopération technique. L’agence intervient autour de quatre axes prioritaires :',
      '• gouvernance démocratique, économique et financière ;',
      '• paix, stabilité et sécurité ;',
      '• santé et développement humain ; systèmes de santé ; santé mentale.',
      'Dans ces domaines, Expertise France assure des missions de santé publique et de gouvernance.',
    ];
    const tags = classifyPosting(
      buildPosting({ title: 'Juriste', organization: 'Expertise France', description: [...job, ...selfDescription].join('\n') }),
    );
    expect(tagIds(tags)).not.toContain('theme:health');
    expect(tagIds(tags)).not.toContain('theme:governance-public-finance');
  });

  it('ignores the organisation saying where it works, a theme named only there does not count', () => {
    const aboutPui =
      'Première Urgence Internationale (PUI) intervient en République centrafricaine depuis 2007 dans les secteurs ' +
      'de la santé, de la nutrition et de la santé publique.';
    const tasks = ['Vos missions', 'Coordonner les activités de la base de Bangui ;', 'Encadrer une équipe de 25 personnes.'];
    const organization = 'Première Urgence Internationale';
    const themes = (lead: string) =>
      tagIds(classifyPosting(buildPosting({ title: 'Coordinateur terrain', organization, description: [lead, ...tasks].join('\n') })));
    expect(themes(aboutPui)).not.toContain('theme:health');
    // The same sectors said of the job are evidence.
    const ofTheJob = 'Le poste appuie les secteurs de la santé, de la nutrition et de la santé publique.';
    expect(themes(ofTheJob)).toContain('theme:health');
  });

  it('ignores a self-description that names the organisation in another language, then by its acronym', () => {
    const about =
      'El Consejo Noruego para Refugiados (NRC) es una organización humanitaria independiente que trabaja con ' +
      'población desplazada, refugiada y migrante.';
    const facts = { title: 'Asistente administrativo', description: about };
    expect(tagIds(classifyPosting(buildPosting({ ...facts, organization: 'Norwegian Refugee Council' })))).not.toContain(
      'theme:humanitarian-protection',
    );
    // Another organisation's acronym in brackets is no self-description.
    expect(tagIds(classifyPosting(buildPosting({ ...facts, organization: 'Agua para Todos' })))).toContain(
      'theme:humanitarian-protection',
    );
  });

  it('ignores login prompts, so a rule on their words does not fire', () => {
    const description = ['Mot de passe oublié?', 'Password will be generated and sent to your email address.', ...job].join('\n');
    const rules = [rule('password', 'Password', ['mot de passe', 'password'])];
    const tags = classifyPosting(buildPosting({ title: 'Juriste', description }), rules);
    expect(tagIds(tags)).not.toContain('user:password');
  });
});

describe('asides count half', () => {
  const terrorismContext = [
    'Le Sahel fait face au terrorisme et à l’extrémisme violent.',
    'Les groupes terroristes recrutent par la radicalisation des jeunes.',
  ];
  const job = ['Objectifs de la mission', 'Appuyer le ministère de la justice dans la rédaction de textes réglementaires.'];

  it.each(['Contexte', 'Background', 'Antecedentes', 'Description du projet', 'Critères de sélection'])(
    'reads a theme named only under "%s" at half weight',
    (heading) => {
      const description = [heading, ...terrorismContext, ...job].join('\n');
      const tags = classifyPosting(buildPosting({ title: 'Juriste', description }));
      expect(tagIds(tags)).not.toContain('theme:counter-terrorism');
    },
  );

  it('reads the same lines in full when they describe the job', () => {
    const description = [...job, ...terrorismContext].join('\n');
    expect(tagIds(classifyPosting(buildPosting({ title: 'Juriste', description })))).toContain('theme:counter-terrorism');
  });

  it('keeps a selection grid an aside when one of its lines starts with a section title’s word', () => {
    const grid = [
      'Selection criteria',
      'Experience of at least 10 years in fighting terrorism and violent extremism in the region',
      '20 points',
      'Experience in the prevention of radicalisation',
      '10 points',
    ];
    const tags = classifyPosting(buildPosting({ title: 'Jurist', description: [...job, ...grid].join('\n') }));
    expect(tagIds(tags)).not.toContain('theme:counter-terrorism');
  });

  it('reads footnotes on earlier projects at half weight', () => {
    const footnotes = [
      '1Projet SENSEC : l’objectif de ce programme était le renforcement de la lutte contre le terrorisme et la radicalisation.',
      '2Projet POC : l’objectif global de ce projet était de contribuer à la prévention de l’extrémisme violent au Sénégal.',
    ];
    const tags = classifyPosting(buildPosting({ title: 'Juriste', description: [...job, ...footnotes].join('\n') }));
    expect(tagIds(tags)).not.toContain('theme:counter-terrorism');
  });

  it('reads the words in brackets as an example, not as the job’s theme', () => {
    const inBrackets = [
      'About the job',
      'The coordinator leads the protection programme (protection monitoring, case management, gender-based violence ' +
        'and child protection) and supervises field teams.',
    ];
    const tags = classifyPosting(buildPosting({ title: 'Protection Coordinator', description: inBrackets.join('\n') }));
    expect(tagIds(tags)).not.toContain('theme:gender');
    const named = ['About the job', 'The coordinator leads the gender-based violence programme and supervises field teams.'];
    expect(tagIds(classifyPosting(buildPosting({ title: 'Protection Coordinator', description: named.join('\n') })))).toContain(
      'theme:gender',
    );
  });

  it('still reads a place or a home-based post in brackets in full', () => {
    const tags = classifyPosting(buildPosting({ title: 'Consultant', description: 'Lieu : Dakar (home-based)' }));
    expect(tagIds(tags)).toContain('workplace:home-based');
  });
});

describe('phrase matching', () => {
  it('ignores case and accents and shows the phrase as the posting writes it', () => {
    const titles = ['EXPERT EN TRAITE DES ETRES HUMAINS', 'Expert en Traite des Êtres Humains', 'expert en traite des êtres humains'];
    for (const title of titles) {
      const tag = findTag(classifyPosting(buildPosting({ title })), 'theme:human-trafficking');
      expect(tag.evidence[0]).toEqual({ phrase: title.slice('expert en '.length), where: 'title', weight: 9 });
    }
  });

  it('cuts evidence from the original text when accents are decomposed', () => {
    const decomposed = 'traite des e\u0302tres humains';
    const tags = classifyPosting(
      buildPosting({ title: `Expert en ${decomposed}`, description: `Objectifs de la mission\nLutte contre la ${decomposed}.` }),
    );
    expect(findTag(tags, 'theme:human-trafficking').evidence.map((item) => [item.phrase, item.where])).toEqual([
      [decomposed, 'title'],
      [decomposed, 'objectives'],
    ]);
  });

  it('accepts curly apostrophes and dashes for straight ones', () => {
    const tags = classifyPosting(buildPosting({ title: 'Chargé de mission – Afrique de l’Ouest' }));
    expect(findTag(tags, 'region:west-africa').evidence[0]?.phrase).toBe('Afrique de l’Ouest');
    expect(tagIds(classifyPosting(buildPosting({ title: 'Counter‐terrorism adviser' })))).toContain('theme:counter-terrorism');
  });

  it('matches plurals and inflections', () => {
    expect(tagIds(classifyPosting(buildPosting({ title: 'Analyste des réseaux criminels' })))).toContain('theme:organised-crime');
    expect(tagIds(classifyPosting(buildPosting({ title: 'Adviser on traffickers and trafficked goods' })))).not.toContain(
      'theme:human-trafficking',
    );
    const terrorismTags = classifyPosting(buildPosting({ title: 'Analyste terroriste et radicalisation' }));
    const terrorism = findTag(terrorismTags, 'theme:counter-terrorism');
    expect(evidencePhrases(terrorism)).toEqual(expect.arrayContaining(['terroriste', 'radicalisation']));
  });

  it('matches acronyms case-sensitively and as whole words', () => {
    expect(tagIds(classifyPosting(buildPosting({ title: 'Expert TEH' })))).toContain('theme:human-trafficking');
    expect(tagIds(classifyPosting(buildPosting({ title: 'Expert teh' })))).not.toContain('theme:human-trafficking');
    expect(tagIds(classifyPosting(buildPosting({ title: 'Expert THBX' })))).not.toContain('theme:human-trafficking');
    expect(tagIds(classifyPosting(buildPosting({ title: 'M&E officer' })))).toContain('theme:monitoring-evaluation');
  });

  it('reads Spanish postings', () => {
    const tags = classifyPosting(
      buildPosting({ title: 'Especialista en trata de personas y crimen organizado', postingLanguage: 'es', country: 'PE' }),
    );
    expect(evidencePhrases(findTag(tags, 'theme:human-trafficking'))).toEqual(['trata de personas']);
    expect(evidencePhrases(findTag(tags, 'theme:organised-crime'))).toEqual(['crimen organizado']);
    expect(tagIds(tags)).toEqual(expect.arrayContaining(['region:latin-america', 'region:andes', 'language:es']));
  });

  it('reads job titles in inclusive spelling as the words they join', () => {
    const cases: [string, string][] = [
      ['Coordinateur·rice terrain – Bangui', 'Coordinateur·rice terrain'],
      ['Coordinador/a de proyecto – Medios de vida', 'Coordinador/a de proyecto'],
      ['Chargé(e) de projet', 'Chargé(e) de projet'],
    ];
    for (const [title, phrase] of cases) {
      expect(findTag(classifyPosting(buildPosting({ title })), 'theme:project-management').evidence[0]?.phrase).toBe(phrase);
    }
  });

  it('reads project management from a coordinator title that names a place or a project, not a theme', () => {
    for (const title of ['Deputy Regional Coordinator for the Caribbean', 'Field Coordinator', 'Coordinatrice de projet']) {
      expect(tagIds(classifyPosting(buildPosting({ title }))), title).toContain('theme:project-management');
    }
    expect(tagIds(classifyPosting(buildPosting({ title: 'Protection Coordinator' })))).not.toContain('theme:project-management');
  });

  it('knows the terms of the themes in English, French and Spanish', () => {
    const cases: [string, string][] = [
      ['Consultant – Final Evaluation, Rule of Law Programme', 'monitoring-evaluation'],
      ['Évaluation à mi-parcours du projet d’appui', 'monitoring-evaluation'],
      ['Consultoría para la evaluación final del proyecto', 'monitoring-evaluation'],
      ['Consultant national en justice transitionnelle', 'justice-rule-of-law'],
      ['Expert court terme en fraude documentaire', 'migration-border'],
      ['Coordinador de proyectos de agua y saneamiento', 'health'],
      ['Spécialiste eau, hygiène et assainissement', 'health'],
      ['Livelihoods Officer', 'education-employment'],
      ['Oficial de medios de vida', 'education-employment'],
      ['Consultoría para el sistema de información de protección de la niñez', 'humanitarian-protection'],
      ['Evaluación del proyecto de gobernanza hídrica', 'climate-agriculture-environment'],
    ];
    for (const [title, theme] of cases) expect(tagIds(classifyPosting(buildPosting({ title }))), title).toContain(`theme:${theme}`);
  });

  it('does not read a theme from a place name or an everyday word', () => {
    const gulf = classifyPosting(buildPosting({ title: 'Regional expert in border management – Gulf of Guinea' }));
    expect(tagIds(gulf)).not.toContain('theme:maritime-security');
    // Water governance is the environment's, not public governance.
    const water = classifyPosting(buildPosting({ title: 'Evaluación del proyecto de gobernanza hídrica' }));
    expect(tagIds(water)).not.toContain('theme:governance-public-finance');
    const awareness = ['Objectifs de la mission', 'Appui aux actions de sensibilisation et aux tâches de sensibilisation.'];
    const tags = classifyPosting(buildPosting({ title: 'Volontaire', description: awareness.join('\n') }));
    expect(tagIds(tags)).not.toContain('theme:communication-advocacy');
  });

  it('needs more than one passing mention in a long body', () => {
    const filler = 'Le poste comprend la gestion administrative et financière du bureau et le suivi des achats.';
    const mention = 'Le bureau travaille aussi avec des partenaires de la lutte contre la traite des êtres humains.';
    const once = [...Array(40).fill(filler), mention];
    expect(tagIds(classifyPosting(buildPosting({ title: 'Assistant administratif', description: once.join('\n') })))).not.toContain(
      'theme:human-trafficking',
    );
    const inObjectives = ['Objectifs de la mission', 'Appuyer la lutte contre la traite des êtres humains.', ...Array(40).fill(filler)];
    expect(tagIds(classifyPosting(buildPosting({ title: 'Assistant administratif', description: inObjectives.join('\n') })))).toContain(
      'theme:human-trafficking',
    );
  });

  it('does not let one theme’s term of art feed another theme through a shared word', () => {
    const posting = buildPosting({ title: 'Border governance adviser', description: 'Border governance.\nBorder governance.' });
    const tags = classifyPosting(posting);
    expect(tagIds(tags)).toContain('theme:migration-border');
    expect(tagIds(tags)).not.toContain('theme:governance-public-finance');
  });
});

describe('regions', () => {
  it('reads a region named in the text when the posting has no country', () => {
    const tags = classifyPosting(buildPosting({ title: 'Coordinateur régional Afrique de l’Ouest et Sahel' }));
    expect(tags.filter((tag) => tag.family === 'region').map((tag) => tag.id).sort()).toEqual(['region:sahel', 'region:west-africa']);
  });

  it('does not take a single passing mention of a region in the body', () => {
    const tags = classifyPosting(buildPosting({ title: 'Juriste', description: 'Une expérience dans les Caraïbes est un atout.' }));
    expect(tags.filter((tag) => tag.family === 'region')).toEqual([]);
  });

  it('prefers the stated country over regions named in the text', () => {
    const tags = classifyPosting(buildPosting({ title: 'Coordinator for West Africa and the Sahel', country: 'FR' }));
    expect(tags.filter((tag) => tag.family === 'region').map((tag) => tag.id)).toEqual(['region:europe']);
  });
});

describe('seniority, duration and workplace', () => {
  const seniority = (facts: Partial<PostingFacts>) =>
    classifyPosting(buildPosting(facts))
      .filter((tag) => tag.family === 'seniority')
      .map((tag) => tag.id);

  it('reads the level from the required years', () => {
    const levels = [2, 3, 6, 7, 11, 12, 25].map((experienceYears) => seniority({ experienceYears })[0]);
    expect(levels).toEqual([
      'seniority:junior',
      'seniority:mid',
      'seniority:mid',
      'seniority:senior',
      'seniority:senior',
      'seniority:expert',
      'seniority:expert',
    ]);
  });

  it('reads the title’s words, a junior word first, a management word as a floor', () => {
    expect(seniority({ title: 'Junior Programme Officer', experienceYears: 4 })).toEqual(['seniority:junior']);
    expect(seniority({ title: 'Stagiaire auprès du chef de projet' })).toEqual(['seniority:junior']);
    expect(seniority({ title: 'Chef de projet', experienceYears: 4 })).toEqual(['seniority:senior']);
    expect(seniority({ title: 'Head of Office', experienceYears: 15 })).toEqual(['seniority:expert']);
    expect(seniority({ title: 'Expert principal justice' })).toEqual(['seniority:expert']);
    expect(seniority({ title: 'Expert mentor' })).toEqual([]);
  });

  it('buckets durations: missions of days, short term up to six months, long term beyond', () => {
    const bucket = (facts: Partial<PostingFacts>) =>
      classifyPosting(buildPosting(facts)).find((tag) => tag.family === 'duration')?.id;
    expect(bucket({ days: 60 })).toBe('duration:mission');
    expect(bucket({ days: 61 })).toBe('duration:short-term');
    expect(bucket({ months: 6 })).toBe('duration:short-term');
    expect(bucket({ months: 7 })).toBe('duration:long-term');
    expect(bucket({})).toBeUndefined();
  });

  it('tags home-based work from the text when the record does not say so', () => {
    const tags = classifyPosting(
      buildPosting({ title: 'Consultant', country: 'SN', description: 'The consultancy is home-based with two missions to Dakar.' }),
    );
    expect(tagIds(tags)).toContain('workplace:home-based');
    expect(tagIds(tags)).not.toContain('workplace:field');
  });
});

describe('user rules', () => {
  const seacop = rule('seacop', 'SEACOP', ['SEACOP']);

  it('tags seed 000 with the SEACOP rule', () => {
    const tag = findTag(classifyPosting(seedPosting('000'), [seacop]), 'user:seacop');
    expect(tag).toMatchObject({ family: 'user', label: { en: 'SEACOP', fr: 'SEACOP' }, source: 'auto' });
    expect(evidencePhrases(tag)).toEqual(['seacop']);
    expect(tag.evidence[0]?.where).toBe('body');
  });

  it('does not tag postings without the phrase', () => {
    expect(tagIds(classifyPosting(seedPosting('004'), [seacop]))).not.toContain('user:seacop');
  });

  it('fires on one mention, uses the rule’s family, and accepts any of its phrases', () => {
    const sahel = { ...rule('sahel-security', 'Sahel security', ['G5 Sahel', 'Liptako-Gourma']), family: 'theme' as const };
    const posting = buildPosting({ title: 'Analyst', description: 'Follow the Liptako Gourma authority.' });
    const tag = findTag(classifyPosting(posting, [sahel]), 'user:sahel-security');
    expect(tag.family).toBe('theme');
    expect(tag.evidence).toEqual([{ phrase: 'Liptako Gourma', where: 'body', weight: 1 }]);
  });

  it('fires each rule on its own, even when another rule’s phrase contains its word', () => {
    const rules = [rule('sahel', 'Sahel', ['Sahel']), rule('g5', 'G5 Sahel', ['G5 Sahel'])];
    const ids = tagIds(classifyPosting(buildPosting({ title: 'Analyst', description: 'Support to the G5 Sahel secretariat.' }), rules));
    expect(ids).toEqual(expect.arrayContaining(['user:sahel', 'user:g5']));
  });
});

describe('applyUserChoices', () => {
  const userTag: Tag = {
    id: 'user:shortlist',
    family: 'user',
    label: { en: 'Shortlist', fr: 'Présélection' },
    evidence: [],
    source: 'user',
  };

  it('keeps a removed automatic tag removed after re-classification', () => {
    const posting = seedPosting('004');
    const removed = ['theme:governance-public-finance'];
    const before = applyUserChoices(classifyPosting(posting), [], removed);
    const reclassified = classifyPosting(posting);
    expect(tagIds(reclassified)).toContain('theme:governance-public-finance');
    const after = applyUserChoices(reclassified, [], removed);
    expect(tagIds(before)).not.toContain('theme:governance-public-finance');
    expect(tagIds(after)).not.toContain('theme:governance-public-finance');
    expect(tagIds(after)).toContain('theme:international-cooperation');
  });

  it('keeps the user’s own tags, and the user’s version of a tag the classifier also found', () => {
    const autoTags = classifyPosting(seedPosting('004'));
    const userCaribbean: Tag = { ...findTag(autoTags, 'region:caribbean'), evidence: [], source: 'user' };
    const effective = applyUserChoices(autoTags, [userTag, userCaribbean], []);
    expect(effective).toContainEqual(userTag);
    expect(effective.filter((tag) => tag.id === 'region:caribbean')).toEqual([userCaribbean]);
    expect(effective).toHaveLength(autoTags.length + 1);
  });
});

describe('taxonomy data', () => {
  it('has unique ids and phrases in English, French and Spanish for every theme', () => {
    expect(new Set(THEMES.map((theme) => theme.id)).size).toBe(THEMES.length);
    expect(new Set(REGIONS.map((region) => region.id)).size).toBe(REGIONS.length);
    for (const theme of THEMES) {
      for (const language of ['en', 'fr', 'es'] as const) {
        expect(theme.phrases[language].length, `${theme.id} ${language}`).toBeGreaterThan(0);
      }
    }
  });

  it('has stems of at least four letters and ISO country codes', () => {
    const phrases = [...THEMES.flatMap((theme) => Object.values(theme.phrases).flat()), ...REGIONS.flatMap((region) => region.phrases)];
    for (const [phrase] of phrases) {
      for (const stem of phrase.match(/\S+\*/g) ?? []) expect(stem.length - 1, phrase).toBeGreaterThanOrEqual(4);
    }
    for (const region of REGIONS) for (const country of region.countries) expect(country).toMatch(/^[A-Z]{2}$/);
  });
});
