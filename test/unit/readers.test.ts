/**
 * The field readers one by one, on short texts written for these tests: what each takes, in what order,
 * and what it refuses to take.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contractOf } from '../../lib/extract/contract';
import { deadlineOf } from '../../lib/extract/deadline';
import { findLabelValues } from '../../lib/extract/labels';
import { findDurationInText, parseDuration } from '../../lib/extract/fields';
import { referenceOf } from '../../lib/extract/reference';
import { locationOf } from '../../lib/extract/location';
import { organizationOf } from '../../lib/extract/organization';
import { roleInAddress, titleOf } from '../../lib/extract/title';
import { pageFromText, postingFromPage } from '../../lib/pipeline';
import { notAPostingReason } from '../../lib/understand';
import { titleSources } from '../support/readers';

const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

describe('titleOf', () => {
  it('passes over headings that only say what kind of page this is, and the site name', () => {
    const title = titleOf(titleSources({ headings: [{ level: 1, text: "Offre d'emploi" }], documentTitle: 'Chargé de suivi-évaluation (H/F) | Emplois Example', siteName: 'Emplois Example' }));
    expect(title).toBe('Chargé de suivi-évaluation');
  });

  it('keeps the role from a recruitment lead-in and drops the places after it', () => {
    const lines = ["Avis de recrutement d'un responsable logistique, H/F, Bamako, MALI", 'Contexte'];
    expect(titleOf(titleSources({ lines }))).toBe('Responsable logistique, H/F');
  });

  it('takes the first line of a text that names a role, not a board label or a dated line', () => {
    const lines = ['Accueil', 'Publié le 12/03/2026', 'TERMES DE RÉFÉRENCE', 'Spécialiste en gestion des finances publiques – Bénin', 'Contexte'];
    expect(titleOf(titleSources({ lines }))).toBe('Spécialiste en gestion des finances publiques – Bénin');
  });

  it('reads the role of a recruiting sentence when no line is a title', () => {
    const lines = ['The Example Foundation is seeking a motivated Finance Officer to join its country team in Juba.'];
    expect(titleOf(titleSources({ lines }))).toBe('Finance Officer');
  });

  it('takes the line a document-kind heading heads, even when it names no role', () => {
    const lines = ['TÉRMINOS DE REFERENCIA CONSULTORÍA INDIVIDUAL', 'Generación de contenidos para la plataforma juvenil', '1. Antecedentes'];
    expect(titleOf(titleSources({ lines }))).toBe('Generación de contenidos para la plataforma juvenil');
  });

  it('does not take a sentence about the organisation for a title', () => {
    const lines = ['The Example Volunteers programme is the organization that promotes volunteerism', 'Preamble'];
    expect(titleOf(titleSources({ lines }))).toBeNull();
  });

  it('reads the role a sentence gives as a function or a post', () => {
    const lines = ['La Agencia Ejemplo informa del proceso de selección para desempeñar las funciones de Coordinador/a del Programa Regional, que será contratado'];
    expect(titleOf(titleSources({ lines }))).toBe('Coordinador/a del Programa Regional');
  });

  it('reads a board’s "Employer: Role" line as the role', () => {
    expect(titleOf(titleSources({ lines: ['ONU Mujeres: Especialista de la Unidad de Género Trinacional', 'Guatemala City'] }))).toBe(
      'Especialista de la Unidad de Género Trinacional',
    );
    expect(titleOf(titleSources({ lines: ['Offre d’emploi : Chargé·e de mission développement', 'Paris'] }))).toBe('Chargé·e de mission développement');
  });

  it('reads the post a duties sentence is about, and skips list items', () => {
    expect(titleOf(titleSources({ lines: ['Contexte', 'Le/la coordinateur/trice régional de projet assure la cohérence technique des projets.'] }))).toBe(
      'Coordinateur/trice régional de projet',
    );
    expect(titleOf(titleSources({ lines: ['Objectifs', '• Provide inputs to the Regional Coordinator', 'The Finance Officer will keep the books.'] }))).toBe('Finance Officer');
  });

  it('does not take the first offer of a listing for the page title', () => {
    const headings = [{ level: 1, text: 'Vacancies' }];
    const lines = ['Vacancies', 'Project Officer – Goma', 'Finance Manager – Kinshasa', 'Logistics Assistant – Bunia', 'Driver – Goma', 'Data Analyst – Bukavu'];
    expect(titleOf(titleSources({ headings, lines }))).toBeNull();
  });
});

describe('a labelled title wrapped across lines', () => {
  const title = (text: string) => findLabelValues(text).find((pair) => pair.field === 'title')?.value;

  it('goes on over a connector, a line in lower case, and a long value ended by its full stop', () => {
    expect(title('Título del Cargo: Consultoría individual para elaborar un manual de\n\nprocedimientos operativos con enfoque\nde género.\nTipo de consultoría: B')).toBe(
      'Consultoría individual para elaborar un manual de procedimientos operativos con enfoque de género.',
    );
    expect(title('DESCRIPCIÓN DEL SERVICIO:\nSoporte metodológico de la construcción del Plan Nacional de Derechos\nHumanos 2017 – 2021.\nPAÍS: Perú')).toBe(
      'Soporte metodológico de la construcción del Plan Nacional de Derechos Humanos 2017 – 2021.',
    );
  });

  it('takes the quoted name a value announces with its colon, and stops at the next label or a new sentence', () => {
    expect(title('Descripción del servicio: Evaluación externa del proyecto:\n“Agua para todos” (No. 12), implementado por la Asociación')).toBe('Evaluación externa del proyecto: “Agua para todos”');
    expect(title('Job title: Project Officer\nThe organisation works in ten countries.')).toBe('Project Officer');
    expect(title('Job title: Project Officer\nDuty station: Goma')).toBe('Project Officer');
  });
});

describe('organizationOf', () => {
  const base = { stated: [], url: 'https://board.example.net/job/7', siteName: null, title: null, lines: [] as string[], language: 'en' };

  it('names the employer whose own site the page is on', () => {
    expect(organizationOf({ ...base, url: 'https://www.unicef.org/careers/job/123' })).toBe("United Nations Children's Fund");
  });

  it('takes a recruiting subject it does not know as a name, without its kind or acronym', () => {
    expect(organizationOf({ ...base, lines: ["L'ONG Solidarité Rurale Example (SRE) recrute un chargé de programme"], language: 'fr' })).toBe('Solidarité Rurale Example');
  });

  it('never takes a funder for the employer', () => {
    const lines = ['Project Officer', 'The project is funded by the World Bank and implemented in three regions.'];
    expect(organizationOf({ ...base, lines })).toBeNull();
  });

  it('reads acronyms in capitals only, and gives the name in the page language', () => {
    expect(organizationOf({ ...base, lines: ['Consultant national – OIM Niger'], language: 'fr' })).toBe('Organisation internationale pour les migrations');
    expect(organizationOf({ ...base, lines: ['we will iom the data'] })).toBeNull();
  });

  it('takes the body a page introduces as itself, in the three languages', () => {
    const intro = (line: string, language = 'en') => organizationOf({ ...base, lines: ['Project Officer', line], language });
    expect(intro('Green Valley Water Trust (GVWT) is a national non-profit working on sanitation.')).toBe('Green Valley Water Trust');
    expect(intro('Founded in 1990, Rivers of Hope is one of the leading NGOs in the region.')).toBe('Rivers of Hope');
    expect(intro('Fondée en 2001, l’Association Terre Vive est une ONG sénégalaise.', 'fr')).toBe('Association Terre Vive');
    expect(intro('La Fundación Camino Claro es una organización sin fines de lucro.', 'es')).toBe('Fundación Camino Claro');
    // A programme run by someone else is not the employer.
    expect(intro('The Response Centre (MRC) is an initiative implemented by the Sample Organization for Water.')).toBeNull();
  });

  it('reads the subject past a leading phrase, never a pronoun, and never cuts a name that starts like a kind of body', () => {
    const read = (line: string) => organizationOf({ ...base, lines: ['Programs Administrator', line] });
    expect(read('In line with this initiative, the Office of the Governor is seeking a District Coordinator.')).toBe('Office of the Governor');
    expect(read('Pour nos activités au Nigéria, nous recherchons un coordinateur.')).toBeNull();
    expect(read('ONGAWA is looking for eligible applicants for the post of Programs Administrator.')).toBe('ONGAWA');
  });

  it('takes a short opening line that names a body, with its acronym', () => {
    const lines = ['Consultancy for Endline Evaluation', 'Coastal Agency for Rural Development (CARD)', 'Kenya'];
    expect(organizationOf({ ...base, lines })).toBe('Coastal Agency for Rural Development');
    expect(organizationOf({ ...base, lines: ['Vacancy At The Diocese of Lakeside', 'Position: Project Officer'] })).toBe('Diocese of Lakeside');
    expect(organizationOf({ ...base, lines: ['Términos de referencia', 'Municipalidad Distrital de Valle Alto', 'Consultor vial'] })).toBe('Municipalidad Distrital de Valle Alto');
  });

  it('does not take the United Nations named in passing for the employer', () => {
    expect(organizationOf({ ...base, lines: ['5 Steps to get a job in the United Nations', 'Consultant'] })).toBeNull();
  });
});

describe('locationOf', () => {
  const base = { adapter: {}, jsonLd: { country: null, city: null }, countryLabel: null, locationLabel: null, cityLabel: null, title: null, lines: [] as string[], body: '', url: 'https://board.example.net/job/7' };

  it('names the country of a duty station given by its city alone', () => {
    expect(locationOf({ ...base, locationLabel: 'Ouagadougou' })).toEqual({ country: 'BF', city: 'Ouagadougou' });
  });

  it('reads duty-station phrases, but not the headquarters in the boilerplate', () => {
    const lines = ['Créée en 1990, notre association basée à Lyon intervient dans 12 pays.', 'Le poste est basé à Niamey avec des déplacements.'];
    expect(locationOf({ ...base, lines }).country).toBe('NE');
  });

  it('takes the country the mission text keeps naming', () => {
    const lines = ['Context', 'The project supports local governments in Mozambique.', 'The consultant will travel across Mozambique.', 'Reports go to the Mozambique country office.'];
    expect(locationOf({ ...base, lines }).country).toBe('MZ');
  });

  it('finds nothing where the page names no place', () => {
    expect(locationOf({ ...base, lines: ['Finance Officer', 'Duties: keep the books.'] })).toEqual({ country: null, city: null });
  });
});

describe('contractOf', () => {
  const base = { stated: [] as string[], jsonLd: null, title: null, lines: [] as string[], body: '', url: 'https://board.example.net/job/7' };

  it('reads UN grades and contract modalities', () => {
    expect(contractOf({ ...base, lines: ['Programme Specialist, P-4'] }).type).toBe('employment');
    expect(contractOf({ ...base, lines: ['Grade: LICA-9'] }).type).toBe('consultancy');
  });

  it('lets a stated length of employment outrank a service-contract acronym beside it', () => {
    expect(contractOf({ ...base, stated: ['Contrat à durée déterminée (CPS)'] }).type).toBe('employment');
  });

  it('reads a call for proposals as a tender, unless it calls consultants', () => {
    expect(contractOf({ ...base, title: 'Request for proposals: supply of solar pumps', lines: ['Request for proposals: supply of solar pumps'] }).type).toBe('other');
    const consultants = ['Request for proposals', 'Selection of consultants for the final evaluation'];
    expect(contractOf({ ...base, title: 'Request for proposals for a final evaluation', lines: consultants }).type).toBe('consultancy');
  });

  it('takes a staff role on a page that states no other contract for a job, and says it was implied', () => {
    const contract = contractOf({ ...base, title: 'Finance Officer', body: 'Finance Officer\nKeep the books.' });
    expect(contract).toEqual({ type: 'employment', raw: 'Finance Officer (a staff role; the page states no other contract)' });
    expect(contractOf({ ...base, title: 'Finance Officer', body: 'Finance Officer\nThis is a consultancy of 3 months.' }).type).not.toBe('employment');
  });

  it('reads a call for an evaluation as a consultancy even when it names no consultant', () => {
    const lines = ['REQUEST FOR PROPOSALS TO CONDUCT END-TERM EVALUATION OF THE WATER PROJECT'];
    expect(contractOf({ ...base, title: lines[0]!, lines }).type).toBe('consultancy');
    expect(contractOf({ ...base, lines: ["Avis d'appel d'offres pour l'étude de référence du projet"] }).type).toBe('consultancy');
  });

  it('reads an internship from a programme of internships and from the board’s address', () => {
    expect(contractOf({ ...base, lines: ['Le Programme de stages accueille cinq jeunes professionnels.'] }).type).toBe('internship');
    const url = 'https://board.example.org/offre-de-stage/accompagnement-de-projet';
    expect(contractOf({ ...base, title: 'Personne chargée de l’accompagnement de projet', url }).type).toBe('internship');
  });

  it('reads FAO’s personal services agreement as a consultancy, and an English "stage" in a Spanish page as no internship', () => {
    expect(contractOf({ ...base, stated: ['PSA (Acuerdos de servicios personales)'] }).type).toBe('consultancy');
    const body = 'Coordinador(a) municipal\nThe project is at an early stage in three municipalities.';
    expect(contractOf({ ...base, title: 'Coordinador(a) municipal', body }).type).toBe('employment');
    expect(contractOf({ ...base, title: 'International Civilian Protection Monitor', body: 'Monitor the ceasefire.' }).type).toBe('employment');
  });

  it('does not read a Terms of Reference written for a post as a consultancy', () => {
    const body = 'Terms of Reference (ToR) – Deputy Country Director\nThe Deputy Country Director leads the programme team and its expertise.';
    expect(contractOf({ ...base, title: 'Deputy Country Director', body }).type).toBe('employment');
  });

  it('does not let the consultants a staff member will supervise make the post a consultancy', () => {
    const body = 'Coordonnateur de terrain\nEncadrer les équipes (animateurs, agents communautaires, consultants) ; organiser les consultations.';
    expect(contractOf({ ...base, title: 'Coordonnateur de terrain', body }).type).toBe('employment');
    expect(contractOf({ ...base, title: 'WASH Specialist', body: 'WASH Specialist\nDesign the water systems.' }).type).toBe('employment');
  });
});

describe('deadlineOf', () => {
  const read = (text: string) => {
    const lines = text.split('\n');
    return deadlineOf({ adapter: null, labels: findLabelValues(text), lines, validThrough: null, timeZone: null });
  };

  it('reads labels that begin like a deadline label and go on in the page’s words', () => {
    expect(read('Deadline for Submission of Bids: 24th July 2025 Time: 23:59').date).toBe('2025-07-24');
    expect(read('Date de clôture des candidatures : Le 17 avril 2022').date).toBe('2022-04-17');
    expect(read('Deadline for Applications 14 July 2020').date).toBe('2020-07-14');
    expect(read('| Closing date | 20 Nov 2025 |').date).toBe('2025-11-20');
  });

  it('reads a sentence that names the deadline', () => {
    expect(read('The application deadline is 29 June 2025, 23:59.').date).toBe('2025-06-29');
  });

  it('never takes a publication, start or expiry date for the deadline', () => {
    expect(read('Posted on: 3 March 2025\nStart date: 1 May 2025\nDate d’expiration : 13 juin 2024').date).toBeNull();
  });
});

describe('is it a posting', () => {
  it('takes a role title with one more field for a posting, and an about page for none', () => {
    const posting = postingFromPage(pageFromText('Logistics Coordinator\nKey responsibilities:\n- Run the warehouse', 'https://ngo.example.org/jobs/12'));
    expect(notAPostingReason(posting)).toBeNull();
    const about = postingFromPage(pageFromText('About us\nWe were founded in 1990 and work in twelve countries.', 'https://ngo.example.org/about'));
    expect(notAPostingReason(about)).not.toBeNull();
  });

  it('reads a board’s address for one offer as a posting signal, and its slug as the role when the text gives none', () => {
    const intro = 'Malteser International est l’agence humanitaire de l’Ordre de Malte.\nNous soutenons les populations touchées par les crises.\nSous la supervision du chef de mission, le poste assure la coordination.';
    const posting = postingFromPage(pageFromText(intro, 'https://board.example.org/emploi/coordinateur-de-programme-pays-nigeria-2231'));
    expect(notAPostingReason(posting)).toBeNull();
    expect(posting.title).toBe('Coordinateur de programme pays nigeria');
    expect(roleInAddress('https://board.example.org/vacancy/cb-protection-assistant-791515')).toBe('Cb protection assistant');
    expect(roleInAddress('https://board.example.org/about-us')).toBeNull();
  });

  it('reads no signal in a file path on the user’s disk, and no role in a team', () => {
    const about = postingFromPage(pageFromText('About our team\nWe support NGOs in Dakar since 2004.', 'file:///home/me/vacancy-files/about.html'));
    expect(notAPostingReason(about)?.code).toMatch(/^notPosting(No)?Fields/);
  });
});

describe('the seeds as the plain text a person copies', () => {
  const seed = (name: string) => postingFromPage(pageFromText(readFileSync(`${SEEDS_DIR}${name}`, 'utf8'), `file:///${name}`));

  it('seed 001 gives its title and its country', () => {
    const posting = seed('001_e3959452b74020ae.txt');
    expect(posting.title).toBe('Expert(e) en criminalité environnementale et traite des êtres humains – Équateur');
    expect(posting.location.country).toBe('EC');
  });

  it('seed 000 gives the role its first duties sentence names, not a section heading', () => {
    expect(seed('000_03ffef2005c1cfaa.txt').title).toBe('Deputy Regional Coordinator for the Caribbean');
  });

  it('seed 002 gives its title, country and city', () => {
    const posting = seed('002_057e31dea7151e7f.txt');
    expect(posting.title).toBe('Expert mentor en protection et assistance des victimes');
    expect(posting.location).toMatchObject({ country: 'SN', city: 'Dakar' });
  });
});

describe('deadlineOf and a time on the next line', () => {
  it('takes the hour a "Closing time" line gives under the closing date', () => {
    const text = 'Closing Date: 04-Dec-2020\nClosing Time: 11:59PM GMT\nBackground';
    const lines = text.split('\n');
    const deadline = deadlineOf({ adapter: null, labels: findLabelValues(text), lines, validThrough: null, timeZone: null });
    expect([deadline.date, deadline.time]).toEqual(['2020-12-04', '23:59']);
    const table = '| Closing date | 20 Nov 2025 |\n| Time | 17.00HRS |';
    const fromTable = deadlineOf({ adapter: null, labels: findLabelValues(table), lines: table.split('\n'), validThrough: null, timeZone: null });
    expect([fromTable.date, fromTable.time]).toEqual(['2025-11-20', '17:00']);
  });
});

describe('labels that go on in the page’s own words', () => {
  it('reads "Expected Duration of Assignment:", "Duty Station of the consultancy:" and "Type of contract offered:"', () => {
    const pairs = findLabelValues('Expected Duration of Assignment: 6 months\nDuty Station of the consultancy: Goma\nType of contract offered: Fixed term');
    expect(pairs.map(({ field, value }) => [field, value])).toEqual([
      ['duration', '6 months'],
      ['location', 'Goma'],
      ['contract', 'Fixed term'],
    ]);
  });

  it('does not take a sentence that mentions a duration for a label', () => {
    expect(findLabelValues('The duration of the assignment will depend on the funding available in the region: see below')).toEqual([]);
  });
});

describe('listings and places in the posting test', () => {
  it('takes a role title with a named place of work for a posting', () => {
    const posting = postingFromPage(pageFromText('Programme Officer\nThe Embassy in Lilongwe works with civil society across Malawi.', 'https://embassy.example.org/jobs/3'));
    expect(posting.location.country).toBe('MW');
    expect(notAPostingReason(posting)).toBeNull();
  });

  it('does not take the first offer of a board’s dated list for the page title', () => {
    const lines = ['Dakar', 'Finance Officer, G5', 'Updated: 9 July 2025', 'Data Analyst, NOB', 'Updated: 8 July 2025', 'Driver, G2', 'Updated: 8 July 2025', 'Protection Officer, P4', 'Updated: 7 July 2025'];
    expect(titleOf(titleSources({ lines }))).toBeNull();
  });
});

describe('durations as real pages state them', () => {
  const labelled = (text: string) => findLabelValues(text).find((pair) => pair.field === 'duration')?.value;

  it('gives a bare number the unit its label line names', () => {
    expect(labelled('Contract duration (months)\n12\nLocation\nNairobi')).toBe('12 months');
    expect(labelled('PERÍODO DE LOS SERVICIOS:\n3 meses')).toBe('3 meses');
  });

  it('measures a period given by its first and last day', () => {
    expect(parseDuration('du 01/06/2024 au 31/08/2024')).toMatchObject({ days: 92, months: 3 });
    expect(parseDuration('from 14 September 2024 to 2 October 2024')).toMatchObject({ days: 19, months: null });
    expect(parseDuration('Published 1 March 2020, updated 2 March 2026')).toMatchObject({ days: null, months: null });
  });

  it('reads a duration a sentence gives to the contract, in the three languages', () => {
    expect(findDurationInText('We offer a 12-month fixed-term contract based in Goma.')?.months).toBe(12);
    expect(findDurationInText('Il s’agit d’un CDD de 6 mois renouvelable.')?.months).toBe(6);
    expect(findDurationInText('Se ofrece un contrato por 3 meses.')?.months).toBe(3);
    expect(findDurationInText('Les stagiaires passeront dix mois au Secrétariat.')?.months).toBe(10);
    expect(findDurationInText('The organisation has worked in the region for 40 years.')).toBeNull();
  });
});

describe('deadlines laid out as markup leaves them in text', () => {
  const read = (text: string) => {
    const lines = text.split('\n');
    return deadlineOf({ adapter: null, labels: findLabelValues(text), lines, validThrough: null, timeZone: null }).date;
  };

  it('finds the value past blank lines under its label, and under a headed label of the page’s own words', () => {
    expect(read('Date limite de candidature \n\n30/09/2024\n\n1. Contexte')).toBe('2024-09-30');
    expect(read('Deadline of this Job:\n19th February 2018')).toBe('2018-02-19');
  });

  it('reads a label that starts a column of a line laid out with spaces', () => {
    expect(read('Mindanao, Philippines   Closes: Jun 9, 2018')).toBe('2018-06-09');
  });

  it('keeps the column of a table copied as text through the text pipeline, and the hour a headed deadline gives below', () => {
    const posting = postingFromPage(pageFromText('Civilian Protection Monitor\nMindanao, Philippines   Closes: Jun 9, 2018', 'https://board.example.net/job/7'));
    expect(posting.deadline.date).toBe('2018-06-09');
    const lines = ['Last Date for Receipt of Proposals: 20th November 2025', 'Time: 17.00HRS'];
    expect(deadlineOf({ adapter: null, labels: [], lines, validThrough: null, timeZone: null })).toMatchObject({ date: '2025-11-20', time: '17:00' });
  });
});

describe('referenceOf on real layouts', () => {
  const base = { adapter: null, labelled: [] as string[], identifier: null, subject: null, opening: [] as string[] };

  it('takes a code that opens the title line, with or without a dash, and keeps it out of the title', () => {
    const opening = ['ONUWOMEN/ECU/PS/21-024 Elaboración de un marco conceptual sobre género'];
    expect(referenceOf({ ...base, opening })).toBe('ONUWOMEN/ECU/PS/21-024');
    expect(referenceOf({ ...base, opening: ['248/IC/UNDAF/2019-Recrutement d’une équipe d’évaluation'] })).toBe('248/IC/UNDAF/2019');
    expect(titleOf(titleSources({ lines: opening }))).toBe('Elaboración de un marco conceptual sobre género');
    expect(referenceOf({ ...base, opening: ['2019-2020 Annual Report of the Programme'] })).toBeNull();
  });

  it('drops the board’s next field from a labelled reference, and reads the code an application subject opens with', () => {
    expect(referenceOf({ ...base, labelled: ['REC-2026-02 | Published on Feb 03, 2026 08:00 AM'] })).toBe('REC-2026-02');
    expect(referenceOf({ ...base, subject: 'PNUD-IC-316/2016 “Soporte metodológico”' })).toBe('PNUD-IC-316/2016');
  });

  it('reads labels that keep their abbreviation’s full stop, and a short code before the title', () => {
    const labelled = (text: string) => findLabelValues(text).filter((pair) => pair.field === 'reference').map((pair) => pair.value);
    expect(labelled('Solicitud de Propuesta No. BOL/98468-3485/17')).toEqual(['BOL/98468-3485/17']);
    expect(labelled('Announcement No: DCS-2015-0001')).toEqual(['DCS-2015-0001']);
    expect(labelled('Référence d’Appel d’offres KOR/15006/221')).toEqual(['KOR/15006/221']);
    expect(referenceOf({ ...base, opening: ['PR804A - Ayudas a las ONGD para proyectos de educación'] })).toBe('PR804A');
  });
});

describe('the country of a page that names no duty station', () => {
  const base = { adapter: {}, jsonLd: { country: null, city: null }, countryLabel: null, locationLabel: null, cityLabel: null, title: null, body: '' };

  it('takes a national board’s country where the text names it too', () => {
    const lines = ['Chargé de projets', "L'ONG accompagne les villages de la région depuis 1985 au Sénégal."];
    expect(locationOf({ ...base, lines, url: 'https://www.guichetjeunesse.sn/opportunites/12' }).country).toBe('SN');
    expect(locationOf({ ...base, lines: ['Programs Administrator', 'Support the office in Tanzania.'], url: 'https://www.brightermonday.co.tz/job/1' }).country).toBe('TZ');
  });

  it('does not take a document mirror’s domain for the country', () => {
    const lines = ['Consultor de apoyo', 'Requisitos del consultor'];
    expect(locationOf({ ...base, lines, url: 'https://pdfslide.fr/documents/tdr-consultor' }).country).toBeNull();
  });

  it('reads a city written with its connectors, and a place a board’s address names when the text names none', () => {
    const lines = ['L’ONG Exemple recrute un(e) adjoint(e) au directeur pays Haïti, Port au Prince, Haïti'];
    expect(locationOf({ ...base, lines, url: 'https://board.example.net/job/7' })).toEqual({ country: 'HT', city: 'Port au Prince' });
    const noPlace = ['Expert technique', 'Profil recherché'];
    expect(locationOf({ ...base, lines: noPlace, url: 'https://board.example.net/jobs-expert-technique-ram-bamako' })).toEqual({ country: 'ML', city: 'Bamako' });
    expect(locationOf({ ...base, lines: noPlace, url: 'https://board.example.net/job/north-kivu-east-africa-officer' }).country).toBeNull();
  });

  it('takes no country from an employer’s name, a reference code or a document host’s address', () => {
    const url = 'https://board.example.net/doc/7';
    expect(locationOf({ ...base, lines: ['Consultant national', 'Expertise France souhaite recruter un consultant pour le projet.', 'Expertise France'], url }).country).toBeNull();
    expect(locationOf({ ...base, lines: ['PEDIDO DE PROPUESTA BOL/ /17', 'Consultores de apoyo'], url }).city).toBeNull();
    expect(locationOf({ ...base, lines: ['Supervisión técnica'], url: 'https://docs.example.com/document/5171/Supervision-Rancho-Norte-Mauricio' }).country).toBeNull();
  });

  it('takes the only country a page names, named in a line about the work', () => {
    const lines = ['Project Officer', 'The project supports farmers in Malawi.', 'Qualifications'];
    expect(locationOf({ ...base, lines, url: 'https://board.example.net/job/7' }).country).toBe('MW');
  });
});
