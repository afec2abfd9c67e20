/**
 * The field readers on layouts found on real pages (the corpus's tuning part), each rule on a short text
 * written for these tests: what it takes, and the neighbouring text it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { contractOf } from '../../lib/extract/contract';
import { deadlineOf } from '../../lib/extract/deadline';
import { postingEvidence } from '../../lib/extract/evidence';
import { findDurationInText, parseDuration } from '../../lib/extract/fields';
import { findLabelValues } from '../../lib/extract/labels';
import { locationOf } from '../../lib/extract/location';
import { organizationOf } from '../../lib/extract/organization';
import { referenceOf } from '../../lib/extract/reference';
import { roleInAddress, titleOf } from '../../lib/extract/title';
import { pageFromText, postingFromPage } from '../../lib/pipeline';
import { notAPostingReason } from '../../lib/understand';
import { BOARD_URL, NO_PLACE_SOURCES, titleSources } from '../support/readers';

describe('places that look like something else', () => {
  const base = NO_PLACE_SOURCES;
  const url = 'https://board.example.net/job/7';

  it('takes no town from an employer’s acronym in capitals (ILO is also a port of Peru)', () => {
    const lines = ['National Consultant', 'The ILO project supports municipalities in Nepal.', 'Reporting to the ILO office.'];
    expect(locationOf({ ...base, lines, url }).country).toBe('NP');
  });

  it('places work in Somaliland or the West Bank in their country', () => {
    expect(locationOf({ ...base, lines: ['Field Officer', 'The consultancy activities will be inside Somaliland.'], url }).country).toBe('SO');
    expect(locationOf({ ...base, countryLabel: 'West Bank', lines: ['Field Officer'], url }).country).toBe('PS');
  });
});

describe('a labelled title that a PDF wrapped across lines', () => {
  it('keeps the lines of the value under a label of its own, up to the next label', () => {
    const text = [
      'DESCRIPCIÓN DEL SERVICIO:',
      'Apoyo metodológico a la elaboración del plan nacional de agua potable y',
      'saneamiento rural 2027 – 2031, con énfasis en el seguimiento de los',
      'indicadores.',
      'NOMBRE DEL PROYECTO:',
      'Fondo de apoyo',
    ].join('\n');
    const title = findLabelValues(text).find((pair) => pair.field === 'title');
    expect(title?.value).toBe('Apoyo metodológico a la elaboración del plan nacional de agua potable y saneamiento rural 2027 – 2031, con énfasis en el seguimiento de los indicadores.');
  });

  it('keeps following a value a narrow column wrapped over several short lines', () => {
    const text = [
      'Título del Cargo: Consultoría individual para elaborar un manual de',
      '',
      'procedimientos operativos (SOP) con enfoque',
      'de género para el personal de los Puertos',
      'Marítimos del país, así como impartir',
      'una capacitación.',
      '',
      'Tipo de consultoría: Tipo B',
    ].join('\n');
    const title = findLabelValues(text).find((pair) => pair.field === 'title');
    expect(title?.value).toBe('Consultoría individual para elaborar un manual de procedimientos operativos (SOP) con enfoque de género para el personal de los Puertos Marítimos del país, así como impartir una capacitación.');
  });

  it('keeps the shorter line a long value wraps onto when the next field follows it', () => {
    const text = ['Título: Consultoría de Servicios de Apoyo en la Implementación del Plan de Riego', 'Comunitario del Proyecto No. 00012345', 'Supervisor: Coordinación del proyecto'].join('\n');
    expect(findLabelValues(text).find((pair) => pair.field === 'title')?.value).toBe(
      'Consultoría de Servicios de Apoyo en la Implementación del Plan de Riego Comunitario del Proyecto No. 00012345',
    );
  });

  it('does not run on into the text that follows a one-line value', () => {
    const text = [
      'Intitulé du poste :',
      'Chargé de projet eau, hygiène et assainissement dans les régions du nord',
      'Le titulaire du poste appuie l’équipe de coordination dans le suivi des activités menées avec les partenaires.',
      'Il rend compte au coordinateur de programme et travaille avec les autorités sanitaires des districts concernés.',
      'Il assure la qualité des rapports mensuels et trimestriels.',
    ].join('\n');
    const title = findLabelValues(text).find((pair) => pair.field === 'title');
    expect(title?.value).toBe('Chargé de projet eau, hygiène et assainissement dans les régions du nord');
  });
});

describe('what a line of running text adds around the title, the reference and the employer', () => {
  it('leaves out the places a board adds after the role, and the country ReliefWeb puts before it', () => {
    expect(titleOf(titleSources({ lines: ['National Information Officer, Bujumbura , Burundi', 'Duties'] }))).toBe('National Information Officer');
    expect(titleOf(titleSources({ lines: ['Field Monitor (Philippines)', 'Duties'] }))).toBe('Field Monitor');
    expect(titleOf(titleSources({ lines: ['Civilian Protection Monitor, Nonviolent Peaceforce (Philippines)', 'Duties'] }))).toBe('Civilian Protection Monitor');
    expect(titleOf(titleSources({ label: 'District Coordinators (Kasulu, Kibondo, and Kakonko)' }))).toBe('District Coordinators');
    expect(titleOf(titleSources({ label: 'Field Officer, Goma' }))).toBe('Field Officer');
    expect(titleOf(titleSources({ lines: ['Lebanon: Food Security and Livelihood Coordinator', 'Nov 27, 2017'] }))).toBe('Food Security and Livelihood Coordinator');
  });

  it('keeps a place that the page’s own heading gives as part of its title', () => {
    expect(titleOf(titleSources({ headings: [{ level: 1, text: 'Chief of Party – Resilience Activity, Niger' }] }))).toBe('Chief of Party – Resilience Activity, Niger');
  });

  it('cuts a labelled code off the next field or the sentence on its line, and keeps a reference written with spaces', () => {
    const base = { adapter: null, identifier: null, subject: null, opening: [] as string[] };
    expect(referenceOf({ ...base, labelled: ['DC/DAR/NO/2027/01 Publication date: 29 May 2027'] })).toBe('DC/DAR/NO/2027/01');
    expect(referenceOf({ ...base, labelled: ['BOL/12345-678/27 De acuerdo a los términos que se adjuntan.'] })).toBe('BOL/12345-678/27');
    expect(referenceOf({ ...base, labelled: ['27-Political Affairs-DPPA-123456-R-New York (R)'] })).toBe('27-Political Affairs-DPPA-123456-R-New York (R)');
  });

  it('takes no pronoun or clause that seeks or looks for something for the employer', () => {
    const base = { stated: [], url: 'https://board.example.net/job/7', siteName: null, title: null, language: 'en' };
    expect(organizationOf({ ...base, lines: ['This announcement seeks to support projects in the north.'] })).toBeNull();
    expect(organizationOf({ ...base, lines: ['Está integrada por un equipo que busca la innovación constante.'], language: 'es' })).toBeNull();
  });

  it('counts a duties heading with its qualifiers as a posting’s section', () => {
    const text = 'Coordinación de Equipos\nLa coordinación se encarga del seguimiento de los equipos en terreno.\nPrincipales tareas y responsabilidades del puesto\nSelección de personas';
    expect(postingEvidence(postingFromPage(pageFromText(text, 'https://ngo.example.org/2027/05/coordinacion')))).toContain('duties or profile');
  });
});

describe('more of the ways pages introduce their post and their employer', () => {
  it('reads the role a board’s address gives without its article or where it is based', () => {
    expect(roleInAddress('https://board.example.net/offres/un·e-chef·fe-de-projet-base·e-a-rabat')).toBe('Chef·fe de projet');
  });

  it('reads the post a ToR is for, without the word that introduces the project’s name', () => {
    const lines = ['Términos de Referencia (TdR) para el puesto de Coordinación del Proyecto denominado “Agua segura en la sierra”', 'ANTECEDENTES'];
    expect(titleOf(titleSources({ lines }))).toBe('Coordinación del Proyecto “Agua segura en la sierra”');
  });

  it('counts a call for a post in Spanish and an invitation to join the team as recruitment wording', () => {
    const page = (text: string) => postingEvidence(postingFromPage(pageFromText(text, 'https://docs.example.org/doc/5')));
    expect(page('PROYECTO DE AGUA\nTÉRMINOS DEL LLAMADO PARA EL CARGO DE COORDINADOR TÉCNICO')).toContain('recruitment wording');
    expect(page('Field Coordinator\nJoin our team in the north of the country.')).toContain('recruitment wording');
  });

  it('takes a body that introduces itself at length for the employer', () => {
    const base = { stated: [], url: 'https://board.example.net/job/7', siteName: null, title: null, language: 'en' };
    const lines = ['Aide Rurale Exemple (ARE) is a non-governmental, non-profit, non-political and non-religious international aid organization.'];
    expect(organizationOf({ ...base, lines })).toBe('Aide Rurale Exemple');
  });
});

describe('names the country library lacks, and posts named by their function', () => {
  const base = { ...NO_PLACE_SOURCES, lines: ['Officer'] };

  it('reads Syria, Siria, Tanzanie, Viet Nam and Burma as countries', () => {
    for (const [name, code] of [['Syria', 'SY'], ['Siria', 'SY'], ['Tanzanie', 'TZ'], ['Viet Nam', 'VN'], ['Burma', 'MM']] as const) {
      expect(locationOf({ ...base, countryLabel: name }).country).toBe(code);
    }
  });

  it('takes a Spanish post named by its function ("Coordinación de Proyecto") for a role', () => {
    const posting = postingFromPage(pageFromText('Coordinación de Proyecto\nConvocatoria abierta hasta completar el equipo.', 'https://ngo.example.org/2027/05/coordinacion'));
    expect(posting.title).toBe('Coordinación de Proyecto');
    expect(notAPostingReason(posting)).toBeNull();
  });
});

describe('calls for projects and grants, and posts named by their function', () => {
  const base = { stated: [] as string[], jsonLd: null, title: null, lines: [] as string[], body: '', url: 'https://board.example.net/job/7' };

  it('takes a call for projects or grants for another kind of contract than a job', () => {
    const body = 'This is a call for projects within the framework of our aid programme.';
    expect(contractOf({ ...base, lines: [body], body }).type).toBe('other');
    expect(contractOf({ ...base, title: 'Small grants program 2027' }).type).toBe('other');
    expect(contractOf({ ...base, title: 'Ayudas a las ONGD para proyectos de educación' }).type).toBe('other');
  });

  it('takes a Spanish post named by its function for a job where no other contract is named', () => {
    expect(contractOf({ ...base, title: 'Coordinación de Proyecto', body: 'Coordinación de Proyecto\nSelección de los equipos.' }).type).toBe('employment');
  });
});

describe('pages about the work, not one post', () => {
  it('says a testimony, a method or a hosting guide is no posting, and keeps a dated call on such an address', () => {
    const testimony = postingFromPage(pageFromText('Stage de fin d’étude\nJ’ai fait mon stage de master dans l’association.', 'https://ngo.example.org/agir/temoignages/stage'));
    expect(notAPostingReason(testimony)?.code).toBe('notPostingAboutTheWork');
    const method = postingFromPage(pageFromText('Expressions of interest\nAn expression of interest lets consultants show how they fit.', 'https://eval.example.org/methods/expression-interest'));
    expect(notAPostingReason(method)?.code).toBe('notPostingAboutTheWork');
    const call = postingFromPage(pageFromText('Evaluation Consultant\nDeadline: 12 May 2027\nSend your CV.', 'https://eval.example.org/methods/call-2027'));
    expect(notAPostingReason(call)).toBeNull();
  });

  it('counts a call for proposals or grants that names one more field as a posting, and leaves a page about funding in general', () => {
    const grants = postingFromPage(pageFromText('Call for Project Proposals\nProject duration: 24 months, in three districts.', 'https://ngo.example.org/news/call'));
    expect(notAPostingReason(grants)).toBeNull();
    const ayudas = postingFromPage(pageFromText('Subvenciones para proyectos de educación para el desarrollo\nReferencia: ED-2027-04', 'https://xunta.example.es/tramites/ed-2027'));
    expect(notAPostingReason(ayudas)).toBeNull();
    const about = postingFromPage(pageFromText('How we fund our partners\nOur funding comes from members and foundations.', 'https://ngo.example.org/about/funding'));
    expect(notAPostingReason(about)).not.toBeNull();
  });
});

describe('headings that are not the post', () => {
  it('passes over a site’s search box, a section on the objectives, and document-kind headings', () => {
    expect(titleOf(titleSources({ lines: ['Search UN Jobs and NGO Jobs', 'Technical Advisor: Protection in Partnerships'] }))).toBe('Technical Advisor: Protection in Partnerships');
    expect(titleOf(titleSources({ lines: ['Objectifs du Programme de stages', 'Chargé de communication'] }))).toBe('Chargé de communication');
    expect(titleOf(titleSources({ lines: ['INVITATION A SOUMISSIONNER (RFP)', 'OFFRE DE STAGE', 'POSTES H/F', 'Assistant administratif'] }))).toBe('Assistant administratif');
    expect(titleOf(titleSources({ lines: ['APPEL A MANIFESTATION D’INTERETS N° 52-AMI/FID/EXEMPLE', 'Recrutement de responsables de site'] }))).toBe('Recrutement de responsables de site');
  });

  it('passes over a kind-of-page heading whose number is on the next line, and keeps a heading in capitals that ends with a full stop', () => {
    const lines = ['CONVOCATORIA CONTRATACIÓN DE PERSONAL NO.', '007 DE 2026', 'CONSULTORÍA PARA EL DISEÑO DE UN SISTEMA DE RIEGO EN LA VEREDA EL ALTO.'];
    expect(titleOf(titleSources({ lines }))).toBe('CONSULTORÍA PARA EL DISEÑO DE UN SISTEMA DE RIEGO EN LA VEREDA EL ALTO.');
  });

  it('reads the recruitment a project’s name introduces before a colon', () => {
    const lines = ['société', 'PROJET EAU POUR TOUS : AVIS DE RECRUTEMENT D’UN COMPTABLE DE LA CELLULE DU PROJET', 'lun. 11 août 26'];
    expect(titleOf(titleSources({ lines }))).toBe('COMPTABLE DE LA CELLULE DU PROJET');
  });

  it('leaves out the next field or the site’s name on the title’s line, and takes no "About us" heading', () => {
    expect(titleOf(titleSources({ label: 'Water Engineer (WE) Grade:4' }))).toBe('Water Engineer (WE)');
    expect(titleOf(titleSources({ lines: ['Chargé(e) de suivi | EmploisDakar.com', 'Lieu : Dakar'] }))).toBe('Chargé(e) de suivi');
    expect(titleOf(titleSources({ lines: ['À propos d’Éducation Sans Frontières', 'Chef(fe) de Projet'] }))).toBe('Chef(fe) de Projet');
  });

  it('leaves out the site’s name that a heading of the text ends with', () => {
    const sources = titleSources({ lines: ['Appel à projets Printemps 2027 - La Guilde - Portail Solidaire', 'Voir tout'], url: 'https://www.portailsolidaire.example/aap' });
    expect(titleOf(sources)).toBe('Appel à projets Printemps 2027 - La Guilde');
  });

  it('does not take the start of "contratación" for the verb "contrata"', () => {
    const lines = ['El proceso tiene por objeto la contratación del servicio de elaboración del Perfil, MEJORAMIENTO DEL CANAL', 'GENERALIDADES'];
    expect(titleOf(titleSources({ lines }))).toBeNull();
  });

  it('takes no lone word a broken line leaves for a title, unless it names a role', () => {
    expect(titleOf(titleSources({ lines: ['Ment', 'PNUD Niger'] }))).toBeNull();
    expect(titleOf(titleSources({ lines: ['Driver', 'Location: Goma'] }))).toBe('Driver');
  });
});

describe('durations said in passing', () => {
  it('reads a length "of duration", a labelled need in a sentence, and the months a period states', () => {
    expect(findDurationInText('Pasantía para un estudiante, de tres meses de duración (enero a marzo).')).toMatchObject({ months: 3 });
    expect(findDurationInText('This is a temporary job opening. Duration of need: six (6) months, with a possible extension.')).toMatchObject({ months: 6 });
    expect(findDurationInText('Project period: October 2027 – September 2028 (12 months)')).toMatchObject({ months: 12 });
  });

  it('takes no years of experience in parentheses for a period', () => {
    expect(findDurationInText('Experience in the sector (12 months at least) is an asset.')).toBeNull();
  });
});

describe('deadlines that leave something out', () => {
  it('gives a day and month without a year the year of the page’s own dates, and says so', () => {
    const text = 'Durée provisoire de la mission\n\ndu 14/09/2027 au 02/10/2027\n\nDate limite de candidature\n\n11/09\n\n1. Contexte';
    const posting = postingFromPage(pageFromText(text, 'https://ngo.example.org/offres/expert'));
    expect(posting.deadline.date).toBe('2027-09-11');
    expect(posting.warnings.map((warning) => warning.code)).toContain('warningDeadlineYearInferred');
  });

  it('reads the end of an open period, written month first as the whole text writes its dates', () => {
    const labels = findLabelValues('Announcement No: DCS-2027-0001\nOpen Period: 2/25/2027 – 3/10/2027\nSeries/Grade: FP-05');
    expect(deadlineOf({ adapter: null, labels, lines: [], validThrough: null, timeZone: null }).date).toBe('2027-03-10');
  });
});

describe('the employer as the page writes it', () => {
  it('keeps the official name a page writes in full, in its language, over the posting language’s name', () => {
    const base = { stated: [], url: 'https://board.example.net/job/7', siteName: null, title: null };
    const lines = ['United Nations Development Programme (Haiti)', 'Coordonnateur (rice) de projet', 'Contexte'];
    expect(organizationOf({ ...base, lines, language: 'fr' })).toBe('United Nations Development Programme');
    expect(organizationOf({ ...base, lines: ['PNUD Haïti', 'Coordonnateur de projet'], language: 'fr' })).toBe('Programme des Nations Unies pour le développement');
  });
});

describe('more ways a page names its employer', () => {
  const base = { stated: [], url: 'https://board.example.net/job/7', siteName: null, title: null, language: 'en' };

  it('reads the body after a heading that only names the kind of page', () => {
    expect(organizationOf({ ...base, lines: ['AVIS DE RECRUTEMENT – GNEX', 'Poste : Chef de projet'], language: 'fr' })).toBe('GNEX');
    expect(organizationOf({ ...base, lines: ['Vacancy – Project Officer', 'Duties'] })).toBeNull();
  });

  it('reads bodies that announce a call, inform of a selection, or seek together', () => {
    expect(organizationOf({ ...base, lines: ['The Embassy of Examplia in Amman has the honour to announce that projects may be submitted.'] })).toBe('Embassy of Examplia in Amman');
    expect(organizationOf({ ...base, lines: ['La Agencia Ejemplar de Cooperación (AEC) informa del proceso de selección de un experto.'], language: 'es' })).toBe('Agencia Ejemplar de Cooperación');
  });
});

describe('an hour written with a full stop', () => {
  it('reads "18.00 hrs" as six in the evening, not as midnight', () => {
    const labels = findLabelValues('Closing date: 30th June 2027  18.00 hrs Copenhagen Time Zone');
    expect(deadlineOf({ adapter: null, labels, lines: [], validThrough: null, timeZone: null }).time).toBe('18:00');
  });
});

describe('a capital called a city', () => {
  const base = { ...NO_PLACE_SOURCES, lines: ['Officer'] };

  it('reads "Guatemala City" and "Ciudad de Panamá" as the city of their country', () => {
    expect(locationOf({ ...base, locationLabel: 'Guatemala City' })).toEqual({ country: 'GT', city: 'Guatemala City' });
    expect(locationOf({ ...base, locationLabel: 'Ciudad de Panamá' })).toEqual({ country: 'PA', city: 'Ciudad de Panamá' });
  });
});

describe('where an internship or a programme is', () => {
  const base = NO_PLACE_SOURCES;

  it('reads a "Lieu du stage" label', () => {
    const labels = findLabelValues('Lieu du stage : Adakié/Côte d’Ivoire');
    expect(labels.find((pair) => pair.field === 'location')?.value).toBe('Adakié/Côte d’Ivoire');
  });

  it('counts a line about the organisation’s programmes, in the plural, as a line about the work', () => {
    const lines = ['Stagiaire – appui à la programmation', 'À travers ses programmes, l’association soutient des familles à Madagascar.'];
    expect(locationOf({ ...base, lines }).country).toBe('MG');
  });
});

describe('labels as tables copied into text give them', () => {
  it('reads a label after a section number, and a value that runs into the next label on its line', () => {
    const pairs = findLabelValues('1.0 Job Title: | Water Engineer |\nJob Title: Field Assistant Vacancy Notice: VN-204-26 -KEN');
    expect(pairs.filter((pair) => pair.field === 'title').map((pair) => pair.value)).toEqual(['Water Engineer', 'Field Assistant']);
    expect(pairs.find((pair) => pair.field === 'reference')?.value).toBe('VN-204-26 -KEN');
  });

  it('splits a label in capitals from the value glued to it, and leaves a word that merely starts like a label', () => {
    const pairs = findLabelValues('TYPE DE CONTRATConsultance individuelle\nDATE DE CLÔTURE DE L’APPEL D’OFFRES7 octobre 2026 – 23:59 GMT\nTypesetting of the report');
    expect(pairs.find((pair) => pair.field === 'contract')?.value).toBe('Consultance individuelle');
    const deadline = deadlineOf({ adapter: null, labels: pairs, lines: [], validThrough: null, timeZone: null });
    expect([deadline.date, deadline.time]).toEqual(['2026-10-07', '23:59']);
    expect(pairs).toHaveLength(2);
  });
});

describe('lead-ins written in inclusive French', () => {
  it('drops "recrutement d’un·e" and "appel à candidatures ouvert pour le recrutement de (01)"', () => {
    expect(titleOf(titleSources({ lines: ['Recrutement d’un·e Chargé·e de suivi-évaluation'] }))).toBe('Chargé·e de suivi-évaluation');
    expect(titleOf(titleSources({ lines: ['APPEL À CANDIDATURES OUVERT Pour le recrutement de (01) Animateur(trice) communautaire'] }))).toBe('Animateur(trice) communautaire');
  });
});

describe('an organisation introducing itself', () => {
  it('does not count the country of its own branch as the place of work', () => {
    const lines = [
      'Coordinateur de projets',
      'Santé Solidaire Belgique est une ONG internationale qui agit en Belgique et dans le monde.',
      'Au Niger, Santé Solidaire met en œuvre des projets de santé dans la région de Tahoua.',
    ];
    expect(locationOf({ ...NO_PLACE_SOURCES, lines }).country).toBe('NE');
  });
});


describe('ToR headers and transcriptions', () => {
  it('reads the known fields of a header run into one paragraph whose first field is unknown', () => {
    const line = 'Projet : Appui aux communes du bassin Titre : Mission d’appui aux plateformes locales Durée : Vingt-cinq (25) hommes-jours Date de Clôture : 02/05/2026';
    const pairs = findLabelValues(`AVIS D’APPEL D’OFFRES N°007/2026\n${line}`);
    expect(pairs.find((pair) => pair.field === 'deadline')?.value).toBe('02/05/2026');
    expect(parseDuration(pairs.find((pair) => pair.field === 'duration')!.value).days).toBe(25);
  });

  it('reads "Evaluation title:" as the title, and stops its value at the next field even one it does not know', () => {
    const pairs = findLabelValues('Evaluation title:     Final Evaluation of the Rural Water Programme in Two Counties\n\nPartner:    Rural Water Trust (RWT)');
    expect(pairs.find((pair) => pair.field === 'title')?.value).toBe('Final Evaluation of the Rural Water Programme in Two Counties');
  });

  it('counts the countries of a page a document mirror ran into one line, sentence by sentence', () => {
    const sentence = 'The consultant will review the programme in Kenya with the country team and partners. ';
    const lines = ['Terms of Reference International Consultant', `1 Terms of Reference ${sentence.repeat(20)}Kenya s growth slowed in 2026.`];
    expect(locationOf({ ...NO_PLACE_SOURCES, lines }).country).toBe('KE');
  });
});

describe('more ways a page introduces its employer and the post’s place', () => {
  it('takes the body a page says was founded, and one that "is the" leading organisation of its field', () => {
    const founded = ['DIRECTOR(A) DE PROGRAMA', 'El Instituto Andino de Agua Rural (IAAR por sus siglas en inglés) fue constituido en el año 2001 por diez municipios.'];
    expect(organizationOf({ stated: [], url: BOARD_URL, siteName: null, title: null, lines: founded, language: 'es' })).toBe('Instituto Andino de Agua Rural');
    const leading = ['Project Officer', 'The Island Fisheries Council (IFCO) is the principal technical organisation for fisheries in the region.'];
    expect(organizationOf({ stated: [], url: BOARD_URL, siteName: null, title: null, lines: leading, language: 'en' })).toBe('Island Fisheries Council');
  });

  it('reads the place of a "Suva-based position", not of a "Geneva-based NGO"', () => {
    expect(locationOf({ ...NO_PLACE_SOURCES, lines: ['• Suva-based position (Fiji)', 'Education Officer'] })).toEqual({ country: 'FJ', city: 'Suva' });
    expect(locationOf({ ...NO_PLACE_SOURCES, lines: ['We are a Geneva-based NGO.', 'Education Officer'] }).city).toBeNull();
  });
});

describe('form fields a post leaves empty, and more label words', () => {
  it('takes "N / A" for no value, and reads "Main location" and "Final date for application"', () => {
    const pairs = findLabelValues('Reference: N / A\nMain location : Kenya-Kisumu\nGrade Level: N/A');
    expect(pairs.map((pair) => [pair.field, pair.value])).toEqual([['location', 'Kenya-Kisumu']]);
    expect(deadlineOf({ adapter: null, labels: [], lines: ['Final date for application:  20/08/2027'], validThrough: null, timeZone: null }).date).toBe('2027-08-20');
  });

  it('takes an evaluation or a study named by the title for a consultancy, where the page states no other contract', () => {
    const of = (title: string, body = '') => contractOf({ stated: [], jsonLd: null, title, lines: [title], body: `${title}\n${body}`, url: BOARD_URL }).type;
    expect(of('End of Project Evaluation of the Water Programme')).toBe('consultancy');
    expect(of('Estudio de línea de base del proyecto de riego')).toBe('consultancy');
    expect(of('Monitoring and Evaluation Officer')).toBe('employment');
  });

  it('reads "Organiza:" and "Organización contratante:" as the employer', () => {
    const pairs = findLabelValues('  • Organiza: Fundación Ríos Vivos\nOrganización contratante: Fundación Ríos Vivos');
    expect(pairs.map((pair) => [pair.field, pair.value])).toEqual([['organization', 'Fundación Ríos Vivos'], ['organization', 'Fundación Ríos Vivos']]);
  });

  it('takes a Chilean contract "a honorarios" for a consultancy', () => {
    expect(contractOf({ stated: ['Honorarios'], jsonLd: null, title: null, lines: [], body: '', url: BOARD_URL }).type).toBe('consultancy');
  });

  it('keeps a post whose slug holds the word "guide" further on', () => {
    const text = 'Specialist for preparing a teaching guide\nContract type: PSA\nDuration: 4 months\nLocation: Costa Rica-San Jose';
    const posting = postingFromPage(pageFromText(text, 'https://board.example.net/specialist-for-preparing-teaching-guide-san-jose/'));
    expect(notAPostingReason(posting)).toBeNull();
  });
});

describe('places and references written tight', () => {
  it('reads a city joined to its region by a bare hyphen, and "Ref." glued to its code', () => {
    const pairs = findLabelValues('City/location:\nHoniara-Guadalcanal Island\nRef.PH/RRC v1.0');
    expect(pairs.map((pair) => [pair.field, pair.value])).toEqual([['location', 'Honiara-Guadalcanal Island'], ['reference', 'PH/RRC v1.0']]);
    expect(locationOf({ ...NO_PLACE_SOURCES, locationLabel: 'Honiara-Guadalcanal Island' })).toEqual({ country: 'SB', city: 'Honiara' });
  });

  it('takes no town of another country for a local place of the same name beside the country a line names', () => {
    const lines = ['Protection Officer', 'Duhok, Sharya Camp, Kurdistan Region, Iraq (KRI) with occasional travel to other areas'];
    expect(locationOf({ ...NO_PLACE_SOURCES, lines }).country).toBe('IQ');
  });

  it('passes over "Recruitment Notice:" before the role and a "Description du projet" heading', () => {
    expect(titleOf(titleSources({ lines: ['Recruitment Notice: PROJECT LEAD', 'Location: Monrovia'] }))).toBe('PROJECT LEAD');
    expect(titleOf(titleSources({ lines: ['Description du projet', 'Conseiller.ère en coopération transfrontalière'] }))).toBe('Conseiller.ère en coopération transfrontalière');
  });
});

describe('deadlines after another field or a plain "hasta"', () => {
  const deadline = (lines: string[]) => deadlineOf({ adapter: null, labels: findLabelValues(lines.join('\n')), lines, validThrough: null, timeZone: null }).date;

  it('reads a closing date after another field on a short line, and an announcement’s closing date', () => {
    expect(deadline(['Job Openings: 1 Closing Date: 16/12/2027'])).toBe('2027-12-16');
    expect(deadline(['Announcement Closing Date: 11/November/2027', 'Work Starting Date: 01/December/2027'])).toBe('2027-11-11');
  });

  it('reads "Recepción de propuestas hasta 24 de junio 2027", and no "hasta" that bounds something else', () => {
    expect(deadline(['Fecha de publicación  17 de junio de 2027', 'Recepción de propuestas hasta  24 de junio 2027'])).toBe('2027-06-24');
    expect(deadline(['La consultoría durará hasta el 30 de septiembre de 2027.'])).toBeNull();
  });
});

describe('the employer under a heading, after "Desde", and without its office’s place', () => {
  const of = (lines: string[], stated: string[] = [], url = BOARD_URL) => organizationOf({ stated, url, siteName: null, title: null, lines, language: 'fr' });

  it('takes the subject of the paragraph an "Organisation" heading introduces, not the paragraph', () => {
    const paragraph = 'SOLIDEAU est une ONG créée en 1990 par des syndicats pour promouvoir la coopération. Elle intervient au Sénégal.';
    expect(of(['Animateur', 'Organisation', paragraph], [paragraph])).toBe('SOLIDEAU');
  });

  it('leaves out a note in brackets after a labelled name, keeps an acronym, and takes no linking word for a body', () => {
    expect(of(['Coordinador Social'], ['Consorcio Agua Limpia (Recursos en Fiducia)'])).toBe('Consorcio Agua Limpia');
    expect(of(['Coordinador Social'], ['Fondo de Inversión Rural (FIR)'])).toBe('Fondo de Inversión Rural (FIR)');
    expect(of(['Research grants', 'Finally, the programme is seeking proposals from researchers.'])).toBeNull();
  });

  it('reads the body after "Desde"', () => {
    expect(of(['Desde REDAGUA, en el marco de nuestro proyecto, se busca una consultora.'])).toBe('REDAGUA');
  });

  it('leaves out the place of the office and the kind of body a name ends with, except for a body named by its seat', () => {
    expect(of(['Evaluation of the school programme', 'Mission Est in Tajikistan is looking for a consultant.'])).toBe('Mission Est');
    expect(of(['Programme Officer'], ['Embassy of Sweden in Lusaka'])).toBe('Embassy of Sweden in Lusaka');
    expect(of(['Programme Officer'], ['Kinder Aid Network – INGO Nepal'])).toBe('Kinder Aid Network');
  });
});
