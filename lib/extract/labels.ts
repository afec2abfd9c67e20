/**
 * Label/value pairs in French, English and Spanish, whichever way the page lays them out:
 * "Label: value", "Label\tvalue" (table cells), or a label line followed by its value line
 * (definition lists, GestMax). Only labels we know are read, so body sentences are never taken
 * for fields.
 */
import { fold } from '../text';

export type LabelField =
  | 'deadline'
  | 'deadlineRange'
  | 'listingExpiry'
  | 'published'
  | 'title'
  | 'organization'
  | 'reference'
  | 'country'
  | 'location'
  | 'city'
  | 'duration'
  | 'term'
  | 'contract'
  | 'languages'
  | 'experience'
  | 'education'
  | 'missionPeriod'
  | 'subject';

const LABELS: Record<LabelField, string[]> = {
  deadline: [
    'date limite de candidature', 'date limite de candidatures', 'date limite de depot des candidatures', 'date limite de depot',
    'date limite de reception des offres', 'delai de reception des offres', 'date limite de soumission', 'date limite',
    'date de cloture', 'closure date', 'cloture des candidatures', 'date de soumission', 'fin de candidature', 'fin des candidatures',
    'closing date', 'closing date for applications', 'application closing date', 'application deadline', 'deadline date',
    'deadline for applications', 'deadline for application', 'deadline to apply', 'deadline', 'apply by', 'apply before',
    'fecha limite de postulacion', 'fecha limite para postular', 'fecha limite para recepcion de ofertas', 'fecha limite',
    'fecha de cierre', 'closes', 'closes on', 'close date', 'applications close', 'cierra', 'cierre', 'clausura de la convocatoria', 'cierre de la convocatoria', 'plazo de postulacion', 'vence',
  ],
  deadlineRange: ['periode de candidature', 'application period', 'periodo de postulacion', 'open period', 'opening period', 'periodo de convocatoria', "periode d'ouverture"],
  listingExpiry: ["date d'expiration", 'expiration date', 'expires', 'expire le', 'fecha de expiracion'],
  published: [
    'mis en ligne le', 'date de publication', 'posted', 'job posting', 'publie le', 'published on', 'posted on', 'date posted', 'posting date',
    'date of issuance', 'fecha de publicacion', 'publicado el', 'advertised', 'date de mise en ligne',
  ],
  title: [
    "titre d'emploi", 'titre du poste', 'intitule du poste', 'job title', 'position title', 'post title', 'titulo del cargo',
    'titulo de la contratacion', 'titulo del puesto', 'objet', 'poste', 'intitule', 'intitule de la mission', 'titre', 'titre de la mission',
    'assignment title', "titre de l'affectation", 'titulo de la asignacion', 'consultancy title', 'title of consultancy',
    'title of the consultancy', 'title of the assignment', 'nombre de la consultoria', 'objeto de la consultoria', 'objet de la mission',
    'intitule de la consultation', 'titulo de la consultoria',
    'descripcion del servicio', 'description du service', 'description of the service', 'description of services', 'title of solicitation',
    'consultoria', 'consultancy', 'consultance', 'nombre de la invitacion', 'objeto del contrato', 'titre de la consultance',
    'puesto', 'cargo', 'nombre del puesto', 'denominacion del puesto', 'position', 'vacancy title', 'title', 'titulo',
  ],
  organization: [
    'organization', 'organisation', 'organisme', 'organismo', 'agency', 'hiring organization', 'employer', 'employeur',
    'organisme d\'envoi', 'entidad contratante', 'company', 'company name', 'entidad', 'institucion', 'organisme recruteur',
    'structure', 'recruteur', 'organizacion', 'razon social', 'entidad convocante', 'organismo demandante', 'nombre de la entidad',
    'institucion contratante', 'contracting authority', 'autorite contractante', 'pouvoir adjudicateur', 'organisme employeur', 'nom de l\'organisation', 'organization name', 'hiring organisation', 'employeur / organisation',
    'empleador', 'empleadora', 'contractant', 'organizacion contratante', 'organisation contractante', 'organiza', 'entidad organizadora', 'department/office', 'department / office', 'departamento/oficina', 'departement/bureau',
  ],
  reference: [
    'ref', 'ref.', 'reference', 'reference number', 'reference no', 'job id', 'vacancy number', 'vacancy no', 'job opening id',
    'requisition id', 'job requisition id', 'job no', "reference de l'avis de vacance", 'numero de reference', 'codigo de referencia', 'referencia',
    'vacancy reference', 'job reference', 'no de reference', 'reference de l\'offre', "code de l'emploi", 'job opening number',
    "numero de l'avis de vacance", 'numero de la vacante', 'vacancy notice no', 'vacancy notice', 'ref no', 'vacancy announcement number',
    'vacancy announcement no', 'tender number', 'tender no', 'tender reference', 'job ref no', 'job ref', 'job reference number',
    'codigo de convocatoria', 'vacante n°', 'vacante no', 'code', 'identification du poste', 'no du poste', 'no. du poste', 'numero du poste',
    'n° du poste', 'rfp no', 'rfq no', 'rfp number', 'solicitud de propuesta no', 'numero de proceso', 'proceso no', 'process number',
    'procurement reference', 'announcement no', 'announcement number', 'nº de proceso', 'n° de proceso', 'no de proceso', "reference d'appel d'offres",
    "reference de l'appel d'offres", "numero d'appel d'offres", 'numero de licitacion', 'reference du dossier', 'numero de dossier', 'referencia del proceso', 'numero de la convocatoria', 'solicitation reference no', 'solicitation reference', 'vacancy no.', 'job no.', 'ref. no', 'reference no.', 'position number', 'numero de poste', 'post number',
  ],
  country: ['country', 'pays', 'pais', 'pays ou zone geographique', 'country of assignment'],
  location: [
    'location', 'localisation', 'lieu', 'lieu de la mission', 'lieux de la mission', "lieu d'affectation", 'duty station',
    'lieu du stage', 'lieu de stage', 'internship location', 'lugar de la pasantia', 'lugar de las practicas',
    'duty station of the consultancy', 'place of duty', 'emplacement', 'lugar de trabajo', 'lugar de destino', 'ubicacion',
    'lieu du travail', 'lieu de travail', 'office', 'primary location', 'main location', 'city/location', 'lieu de la prestation', 'place of performance',
    'estacion de trabajo', 'lugar de la consultoria', 'lugar de ejecucion', 'sede', 'lieu de la consultation', 'lieu de poste',
    'work location', 'job location', 'place of work', 'ubicacion principal', 'lugar', 'localidad', 'zona de intervencion', 'zone d\'intervention',
  ],
  city: ['city', 'ville', 'ciudad'],
  duration: [
    'duree', 'duree de la mission', 'duration', 'duration of need', 'duration of assignment', 'duration of the assignment', 'duration of consultancy',
    'duration of the consultancy', 'duration of contract', 'duration of the contract', 'duration of initial contract',
    'contract duration', 'duracion', 'duracion de la consultoria', 'duracion del contrato', 'nombre de jours de la mission',
    "jours d'expertise", 'duree du contract', 'contract period', 'period of consultancy', 'period of the consultancy', 'periodo de contratacion',
    'plazo de ejecucion', 'duree de la consultation', "duree de l'affectation", 'duree de la prestation', 'nombre de jours', 'number of days',
    'numero de dias', 'periodo de los servicios', 'periodo del servicio', 'duracion del servicio', 'duracion de los servicios',
    'plazo de la consultoria', 'tiempo de duracion', 'duree estimee', 'duree previsionnelle', 'timeframe', 'time frame',
    'duration of service', 'duration of services', 'estimated duration', 'periodo de ejecucion', "periode d'execution",
    "duree d'execution", "delai d'execution", 'length of assignment', 'assignment duration', 'duracion de la asignacion', 'duree du contrat', 'duree du contrat initial', 'contract length', 'period of implementation', 'periode de mise en oeuvre', 'expected duration',
  ],
  term: [],
  contract: [
    'type de contrat', 'contrat', 'type of contract', 'contract type', 'contract', 'tipo de contrato', 'type de volontariat',
    "type d'offre", 'job offer type', 'tipo de consultoria', 'categorie des experts', 'nature of the consultancy',
    'nature of consultancy', 'job type', 'employment type', 'type of employment', 'tipo de empleo', "type d'emploi", 'contract status',
    'nature du contrat', 'modalidad de contratacion', 'tipo de vinculacion', 'position type', 'type of position', 'statut', 'work type', 'type of requisition', 'tipo de requisicion', 'type de requisition', 'type of appointment', 'appointment type', "type d'engagement", 'tipo de nombramiento',
  ],
  languages: [
    'languages', 'language', 'langues', 'langue', 'langue(s) souhaitee(s) et niveau', 'languages required', 'language(s) required', 'langues requises',
    'idiomas', 'idiomas requeridos', 'idioma',
  ],
  experience: ["annee d'experience requise", 'experience required', 'years of experience', 'anos de experiencia', 'work experience'],
  education: ['niveau requis', 'education', 'formation', 'profil souhaite', 'educacion', 'nivel de estudios', 'diplome'],
  missionPeriod: [
    'periode previsionnelle', 'dates provisoires', 'periode envisagee', 'fecha de inicio estimada', 'periode de la mission',
    'duree provisoire de la mission', 'duree provisoire', 'duree previsionnelle de la mission', 'dates de la mission', 'mission dates',
  ],
  subject: ['objet du message', 'subject line', 'asunto'],
};

const LABEL_TO_FIELD = new Map<string, LabelField>();
for (const [field, labels] of Object.entries(LABELS) as Array<[LabelField, string[]]>) {
  for (const label of labels) LABEL_TO_FIELD.set(label, field);
}
const LONGEST_LABEL = Math.max(...Array.from(LABEL_TO_FIELD.keys(), (label) => label.length));

export interface LabelValue {
  field: LabelField;
  label: string;
  value: string;
  line: number;
}

// "• ", "2) ", "1.0 Job Title:": list marks and section numbers before a label.
const BULLET = /^(?:[\s·•§▪►◦*o-]|\d{1,2}[.)]\s|\d{1,2}(?:\.\d{1,2})+\.?\s)+/u;

// "DUTY STATION (City, Country): Maputo": a note between the label and its colon.
// "Contract duration (months)" over "12": a note that ends the label line gives the value's unit.
const LABEL_NOTE = /^([^:()]{2,60}?)\s*\(([^()]{1,40})\)\s*(?::|$)/;

/** The known label a line starts with, and where the value would begin. */
function matchLabel(line: string): { field: LabelField; label: string; rest: string; note?: string } | null {
  const match = matchLabelAtStart(line);
  if (match || !line.includes('(')) return match;
  const note = line.match(LABEL_NOTE);
  const noted = note ? matchLabelAtStart(`${note[1]}:${line.slice(note[0].length)}`) : null;
  return noted ? { ...noted, note: note![2]!.trim() } : null;
}

function matchLabelAtStart(line: string): { field: LabelField; label: string; rest: string } | null {
  const unbulleted = line.replace(BULLET, '');
  const folded = fold(unbulleted);
  // Labels end at a colon, a tab, or the end of the line; the longest known one wins.
  const end = Math.min(folded.length, LONGEST_LABEL + 2);
  // "DATE DE CLÔTURE DE L’APPEL D’OFFRES7 octobre 2024", "DURÉE ESTIMÉE DE LA CONSULTANCEEstimation…": a table's
  // cells glued together when copied, a label in capitals and its value straight after it.
  const gluedCell = (length: number) => {
    const label = unbulleted.slice(0, length);
    return label === label.toUpperCase() && /\p{Lu}{2}/u.test(label) && /^(?:\d|\p{Lu}\p{Ll})/u.test(unbulleted.slice(length));
  };
  for (let length = end; length >= 2; length--) {
    // A label ends before a separator or at the end of the line (or with its own colon): other lengths cannot match.
    const next = folded.charAt(length);
    // "Ref.PH/RRC v1.0": an abbreviation's full stop ends the label as a colon does.
    const closed = /[:：]/.test(folded.charAt(length - 1)) || (folded.charAt(length - 1) === '.' && /^\S{2,5}\.$/.test(folded.slice(0, length)));
    const glued = next !== '' && !/[\s:：\t]/.test(next) && gluedCell(length);
    if (next !== '' && !/[\s:：\t]/.test(next) && !closed && !glued) continue;
    const candidate = folded.slice(0, length).replace(/\s*[:：]?\s*$/, '').trim();
    // "Solicitud de Propuesta No.", "Ref.": a label's abbreviation keeps its full stop.
    const field = LABEL_TO_FIELD.get(candidate) ?? LABEL_TO_FIELD.get(candidate.replace(/\.$/, ''));
    if (!field) continue;
    const after = unbulleted.slice(length);
    const boundary = folded.slice(length, length + 1);
    if (boundary !== '' && !/[\s:：\t]/.test(boundary) && !/[:：]\s*$/.test(folded.slice(0, length)) && !glued && !closed) continue;
    const separator = after.match(/^\s*(?:[:：]|\t|\s-\s|\s–\s)?\s*/);
    const hasSeparator = /[:：\t]/.test(folded.slice(0, length + 1)) || /^\s*[:：\t]/.test(after) || after.trim() === '' || glued || closed;
    // Text copied out of a table loses its cells: "Duty Station Gaborone, Botswana". Only labels of two words
    // or more, before a short value that starts like one, are read that way.
    const cellLost = candidate.includes(' ') && line.length < 150 && /^\s+[\p{Lu}\d]/u.test(after);
    if (!hasSeparator && !cellLost) continue;
    const rest = after.slice(separator?.[0].length ?? 0).trim();
    // "DATE DE CLÔTURE" + "DE L’APPEL D’OFFRES7 octobre 2024": the rest of a label in capitals, glued to its value.
    const labelText = unbulleted.slice(0, length);
    const value = labelText === labelText.toUpperCase() ? rest.replace(/^\p{Lu}[\p{Lu}\s'’-]*\p{Lu}(?=\d)/u, '') : rest;
    return { field, label: labelText.replace(/[:：\s]+$/, ''), rest: value };
  }
  return null;
}

const WORD_START = /(?:^|\s)(?=\S)/g;

/** Where a known label ending at this colon begins: "… 11 months Application Deadline: …". */
function labelEndingAt(value: string, colon: number): { start: number; field: LabelField } | null {
  const windowStart = Math.max(0, colon - LONGEST_LABEL);
  const before = value.slice(windowStart, colon);
  for (const start of Array.from(before.matchAll(WORD_START), (match) => match.index + match[0].length)) {
    const field = LABEL_TO_FIELD.get(fold(before.slice(start)).trim());
    // The label must follow other text: a value that merely starts with a label word is kept whole.
    if (field && windowStart + start > 0) return { start: windowStart + start, field };
  }
  return null;
}

/** A value that runs into further labels on the same line (ToR headers), split at each of them. */
function splitInlineLabels(first: Omit<LabelValue, 'line'>, line: number): LabelValue[] {
  const pairs: LabelValue[] = [];
  let current = first;
  for (let colon = current.value.indexOf(':'); colon > 0; colon = current.value.indexOf(':', colon + 1)) {
    const next = labelEndingAt(current.value, colon);
    if (!next) continue;
    const rest = current.value.slice(colon + 1).trim();
    pairs.push({ ...current, value: current.value.slice(0, next.start).trim(), line });
    current = { field: next.field, label: current.value.slice(next.start, colon).trim(), value: rest };
    colon = 0;
  }
  pairs.push({ ...current, line });
  return pairs.filter((pair) => pair.value !== '');
}

// Labels that begin with a known head and go on in the page's own words before their colon: "Expected
// Duration of Assignment:", "Duty Station of the consultancy:", "Type of contract offered:".
const LABEL_HEADS: Array<[LabelField, RegExp]> = [
  ['duration', /^(?:expected |estimated |initial |total |project |assignment |contract )?(?:duration|duree|duracion|length of (?:the )?(?:assignment|contract|consultancy)|period of (?:performance|assignment|the assignment))\b/],
  ['location', /^(?:duty station|lieu d'affectation|lugar de destino|place of (?:assignment|performance)|lieu (?:de la mission|du poste)|ubicacion del puesto)\b/],
  ['contract', /^(?:type of (?:contract|appointment)|contract (?:type|modality)|type de contrat|tipo de contrato|modalite contractuelle)\b/],
  // "Evaluation title:", "Titre de la consultance :"; a project's title names the project, not the post.
  ['title', /^(?:(?:evaluation|assignment|consultancy|internship|fellowship|job|position|post|vacancy) title|titre (?:de la |du |de l')?(?:mission|poste|consultance|stage|evaluation)|titulo (?:de la |del )?(?:consultoria|puesto|cargo|pasantia|evaluacion))\b/],
];
const MAX_HEADED_LABEL = 60;

function matchLabelHead(line: string): { field: LabelField; label: string; rest: string } | null {
  const unbulleted = line.replace(BULLET, '');
  const colon = unbulleted.search(/[:：]/);
  if (colon < 3 || colon > MAX_HEADED_LABEL) return null;
  const label = unbulleted.slice(0, colon).trim();
  // Only a few words: "Duration of the assignment" is a label, a sentence that mentions a duration is not.
  if (label.split(/\s+/).length > 7) return null;
  const folded = fold(label);
  const head = LABEL_HEADS.find(([, pattern]) => pattern.test(folded));
  return head ? { field: head[0], label, rest: unbulleted.slice(colon + 1).trim() } : null;
}

/** "| Closing date | 20 Nov 2025 |": a Markdown or plain-text table row, as the tab-separated cells the DOM gives. */
function tableRowCells(line: string): string {
  const row = line.match(/^\s*\|?(.+\s\|\s.+)\|\s*$/);
  return row ? row[1]!.split('|').map((cell) => cell.trim()).join('\t') : line;
}

/** "Mindanao, Philippines   Closes: Jun 9, 2018": a label that starts a column of a line laid out with spaces. */
function labelInColumn(line: string): ReturnType<typeof matchLabel> {
  for (const column of line.trim().split(/\t|\s{3,}/).slice(1)) {
    const match = matchLabelAtStart(column);
    if (match && match.rest !== '') return match;
  }
  return null;
}

const CONNECTOR_AT_END = /\s(?:de|del|la|las|los|el|y|e|o|of|the|for|and|to|in|on|pour|des|du|et|en|para|con|sur|au|aux|a)$/i;
const MAX_WRAPPED_VALUE = 400;

/**
 * A title wrapped across lines, as PDFs and narrow columns give it: "…un manual de" / "procedimientos…".
 * The next line goes on the value when the value stops on a connector, when it starts in lower case, or when a
 * long value without its full stop is ended by a line that has one and is no longer than a wrapped line.
 */
function withWrappedLines(value: string, lines: string[], valueLine: number, headed: boolean): string {
  let joined = value;
  let lastLine = value;
  let joinedLines = 1;
  for (let index = valueLine + 1; index < lines.length && joined.length < MAX_WRAPPED_VALUE; index++) {
    const next = lines[index]!.trim();
    if (next === '') {
      if (CONNECTOR_AT_END.test(joined)) continue;
      break;
    }
    // "Evaluación Externa del Proyecto:" / "“Fortalecimiento de …” (No. L-HND-2016-3143), implementado por…": the name quoted.
    const quoted = next.match(/^([“"«][^”"»]{3,250}[”"»])/);
    if (/:$/.test(joined) && quoted) return `${joined} ${quoted[1]}`;
    // "Partner:   Anglican Development…": a field this reader does not know is a field all the same.
    if (/[.:;!?]$/.test(joined) || matchLabel(next) || matchLabelHead(next) || FIELD_START.test(next) || next.length > 200) break;
    // Under a label on a line of its own, a full line followed by one no longer is the same value wrapped by a PDF's column.
    // Such a value is a block of at most three lines that a blank line or the next label closes.
    // So is a value already joined over two lines of a narrow column ("…en los Aeropuertos" / "Internacionales de…").
    const fullLine = headed ? lastLine.length >= 60 : joinedLines >= 2 && lastLine.length >= 35;
    const wrapped = fullLine && next.length <= lastLine.length + 15 && closedBlock(lines, headed && joinedLines === 1 ? valueLine : index, 3);
    const endsWrapped = joined.length >= 50 && /[.)”"]$/.test(next) && next.length <= lastLine.length + 15;
    // "Título: Consultoría … del Plan de Comunicación" / "Estratégica del Proyecto No. 00078221" / "Supervisor: …":
    // a shorter line between a long value and the next field ends the value.
    const beforeNextField = joined.length >= 50 && next.length < lastLine.length && isFieldLine(lines[index + 1]?.trim() ?? '');
    const continues = wrapped || CONNECTOR_AT_END.test(joined) || /^\p{Ll}/u.test(next) || endsWrapped || beforeNextField;
    if (!continues) break;
    joined = `${joined} ${next}`;
    lastLine = next;
    joinedLines++;
  }
  return joined;
}

// "Partner:", "Job Openings: 1": a line that opens with a field's name, known to this reader or not.
const FIELD_START = /^\p{Lu}[\p{L} /'’-]{1,30}:(?:\s|$)/u;

function isFieldLine(line: string): boolean {
  return FIELD_START.test(line) || matchLabel(line) !== null;
}

function closedBlock(lines: string[], start: number, most: number): boolean {
  for (let index = start + 1; index <= start + most && index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '' || /^[^:]{2,60}:$/.test(line) || matchLabel(line) || matchLabelHead(line)) return true;
  }
  return start + most >= lines.length - 1;
}

/** The next line with text, past the blank line or two that markup turned into text leaves between a label and its value. */
export function nextFilledLine(lines: string[], index: number): number {
  let next = index + 1;
  while (next < lines.length && next <= index + 3 && lines[next]!.trim() === '') next++;
  return next;
}

/**
 * "Projet : Initiative régionale… Titre : Mission… Durée : 25 jours… Date de Clôture : 02/05/2025": a header whose
 * first field this reader does not know, with known ones after it. Only lines that hold two known labels or more.
 */
function labelInsideHeader(line: string): ReturnType<typeof matchLabel> {
  const found: Array<{ start: number; colon: number; field: LabelField }> = [];
  for (let colon = line.indexOf(':'); colon > 0 && found.length < 2; colon = line.indexOf(':', colon + 1)) {
    const label = labelEndingAt(line, colon);
    if (label) found.push({ ...label, colon });
  }
  // "Job Openings: 1 Closing Date: 16/12/2025": on a short line that opens with a field of its own, a deadline's label.
  const opensWithField = line.length < 120 && FIELD_START.test(line) && found[0]?.field === 'deadline';
  if (found.length < (opensWithField ? 1 : 2)) return null;
  const [first] = found;
  return { field: first!.field, label: line.slice(first!.start, first!.colon).trim(), rest: line.slice(first!.colon + 1).trim() };
}

// "Position Number: N / A", "Référence : sans objet": a field the form has and this post leaves empty.
const NOT_STATED = /^(?:n\s*\/\s*a|n\.\s*a\.?|not applicable|non applicable|sans objet|no aplica|ninguno|none|-+|—)$/i;

/** All known label/value pairs of a text, in order. */
export function findLabelValues(text: string): LabelValue[] {
  const lines = text.split('\n');
  const pairs: LabelValue[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = tableRowCells(lines[index]!);
    // A ToR's header run into one paragraph ("Projet : … Titre : … Durée : … Date de Clôture : …") is read label by label.
    if (line.length > 1_200) continue;
    const match = matchLabel(line) ?? matchLabelHead(line) ?? labelInColumn(line) ?? labelInsideHeader(line);
    if (!match) continue;
    let value = match.rest;
    let valueLine = index;
    if (value === '') {
      valueLine = nextFilledLine(lines, index);
      const next = lines[valueLine];
      // A label line followed by another label is an empty field, not a value.
      if (next === undefined || matchLabel(next) || next.length > 300) continue;
      value = next.trim();
    }
    if (NOT_STATED.test(value.trim())) continue;
    if (match.field === 'title') value = withWrappedLines(value, lines, valueLine, valueLine !== index);
    if ('note' in match && match.note && /^\d{1,4}(?:[.,]\d+)?$/.test(value)) value = `${value} ${match.note}`;
    const pair = { field: match.field, label: match.label, value };
    if (value.includes(':')) pairs.push(...splitInlineLabels(pair, index));
    else pairs.push({ ...pair, line: index });
  }
  return pairs;
}

export function firstValue(pairs: LabelValue[], field: LabelField): LabelValue | null {
  return pairs.find((pair) => pair.field === field) ?? null;
}
