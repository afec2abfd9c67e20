/**
 * The tag taxonomy, as data: what the classifier (lib/classify.ts) can say about a posting, with the
 * English and French labels the UI shows and the phrases that count as evidence.
 *
 * Phrase syntax (compiled once by lib/classify.ts):
 * - Matching ignores case and accents and compares whole words, so "Traite des Êtres Humains",
 *   "traite des etres humains" and "TRAITE DES ÊTRES HUMAINS" are one phrase. Punctuation between words
 *   does not matter: "counter terrorism" also matches "counter-terrorism".
 * - Write every word in the singular: each word also matches its plural in -s, -x and -es
 *   ("réseau criminel" matches "réseaux criminels", "red criminal" matches "redes criminales").
 * - A word ending in "*" matches any word starting with that stem ("traffick*" matches trafficking,
 *   trafficked, traffickers). A stem has at least four letters, or it would match half the language.
 * - Acronyms are listed apart and matched case-sensitively, letter for letter ("TEH" but not "teh"),
 *   with an optional plural "s" ("IDPs").
 *
 * Phrase weights:
 *   3: a term of art that on its own says the posting is about the theme ("trafficking in persons");
 *   2: a specific word that usually means the theme but also appears in passing ("migrants");
 *   1: a supporting word that is ambiguous alone ("border", "victims"); it can only top up a score
 *      that weight-2 and weight-3 phrases have started (see the thresholds in lib/classify.ts).
 */
import type { ContractType } from './schema';

export type PhraseWeight = 1 | 2 | 3;
export type WeightedPhrase = readonly [phrase: string, weight: PhraseWeight];

export interface Label {
  en: string;
  fr: string;
  es: string;
}

export interface ThemeDefinition {
  /** The tag id is "theme:" + id. */
  id: string;
  label: Label;
  phrases: { en: readonly WeightedPhrase[]; fr: readonly WeightedPhrase[]; es: readonly WeightedPhrase[] };
  acronyms: readonly WeightedPhrase[];
}

export const THEMES: readonly ThemeDefinition[] = [
  {
    id: 'organised-crime',
    label: { en: 'Organised crime and trafficking', fr: 'Criminalité organisée et trafics', es: 'Crimen organizado y tráficos' },
    phrases: {
      en: [
        ['organised crime', 3], ['organized crime', 3], ['transnational crime', 3], ['criminal network', 2],
        ['criminal organisation', 2], ['criminal organization', 2], ['criminal group', 2],
        ['drug trafficking', 3], ['drug trafficker', 3], ['drug smuggling', 3], ['counter-narcotics', 3],
        ['narcotic', 2], ['cocaine', 2], ['illicit trafficking', 3], ['illicit traffic', 3],
        ['illegal trafficking', 3], ['illegal traffic', 3], ['illicit trade', 3], ['illicit good', 2],
        ['arms trafficking', 3], ['firearms trafficking', 3], ['money laundering', 2], ['traffick*', 1],
      ],
      fr: [
        ['criminalité organisée', 3], ['crime organisé', 3], ['criminalité transnationale', 3],
        ['réseau criminel', 2], ['organisation criminelle', 2], ['groupe criminel', 2],
        ['trafic de drogue', 3], ['trafic de stupéfiants', 3], ['narcotrafic', 3], ['stupéfiant', 2],
        ['trafic illicite', 3], ['trafic d’armes', 3], ['lutte contre les trafics', 3], ['trafiquant', 2],
        ['blanchiment de capitaux', 2], ['blanchiment d’argent', 2], ['menaces globales', 2], ['trafic', 1],
      ],
      es: [
        ['crimen organizado', 3], ['delincuencia organizada', 3], ['criminalidad organizada', 3],
        ['narcotráfico', 3], ['tráfico de drogas', 3], ['tráfico ilícito', 3], ['tráfico de armas', 3],
        ['red criminal', 2], ['organización criminal', 2], ['lavado de activos', 2], ['lavado de dinero', 2],
        ['tráfico', 1],
      ],
    },
    acronyms: [['UNODC', 1]],
  },
  {
    id: 'human-trafficking',
    label: { en: 'Human trafficking', fr: 'Traite des êtres humains', es: 'Trata de personas' },
    phrases: {
      en: [
        ['human trafficking', 3], ['trafficking in persons', 3], ['trafficking in human beings', 3],
        ['trafficking of persons', 3], ['trafficked person', 3], ['trafficked people', 3],
        ['victim of trafficking', 3], ['trafficking victim', 3], ['anti-trafficking', 3],
        ['counter-trafficking', 3], ['modern slavery', 3], ['forced labour', 2], ['forced labor', 2],
        ['sexual exploitation', 2],
      ],
      fr: [
        ['traite des êtres humains', 3], ['traite d’êtres humains', 3], ['traite des personnes', 3],
        ['victime de la traite', 3], ['victime de traite', 3], ['lutte contre la traite', 3],
        ['esclavage moderne', 3], ['la traite', 2], ['travail forcé', 2], ['exploitation sexuelle', 2],
      ],
      es: [
        ['trata de personas', 3], ['trata de seres humanos', 3], ['víctima de trata', 3],
        ['esclavitud moderna', 3], ['trabajo forzoso', 2], ['explotación sexual', 2],
      ],
    },
    acronyms: [['TEH', 3], ['THB', 3], ['CTIP', 3]],
  },
  {
    id: 'migration-border',
    label: { en: 'Migration and border management', fr: 'Migrations et gestion des frontières', es: 'Migración y gestión de fronteras' },
    phrases: {
      en: [
        ['migration', 2], ['migrant', 2], ['immigration', 2], ['emigration', 2], ['migrant smuggling', 3],
        ['smuggling of migrants', 3], ['people smuggling', 3], ['irregular migration', 3],
        ['labour migration', 3], ['border management', 3], ['integrated border management', 3],
        ['border control', 3], ['border security', 3], ['border governance', 3], ['asylum', 2],
        ['free movement', 2], ['return and reintegration', 2], ['diaspora', 2], ['border police', 3],
        ['border post', 2], ['border crossing', 2], ['document fraud', 2], ['fraudulent document', 1],
        ['travel document', 1], ['border', 1], ['cross-border', 1],
      ],
      fr: [
        ['migratoire', 2], ['trafic de migrants', 3], ['trafic illicite de migrants', 3], ['passeur', 2],
        ['migration irrégulière', 3], ['migration illégale', 3], ['immigration irrégulière', 3],
        ['gestion des frontières', 3], ['gestion intégrée des frontières', 3], ['contrôle des frontières', 3],
        ['contrôle aux frontières', 3], ['surveillance des frontières', 3], ['frontière maritime', 2],
        ['asile', 2], ['libre circulation', 2], ['police aux frontières', 3], ['poste frontière', 2],
        ['poste frontalier', 2], ['fraude documentaire', 2], ['faux document', 1], ['document de voyage', 1],
        ['frontière', 1], ['transfrontalier', 1],
      ],
      es: [
        ['migración', 2], ['migrante', 2], ['migratorio', 2], ['migratoria', 2], ['tráfico de migrantes', 3],
        ['tráfico ilícito de migrantes', 3], ['migración irregular', 3], ['gestión de fronteras', 3],
        ['control fronterizo', 3], ['policía de fronteras', 3], ['asilo', 2], ['puesto fronterizo', 2],
        ['fraude documental', 2], ['documento de viaje', 1], ['frontera', 1],
      ],
    },
    acronyms: [['IBG', 2], ['FRONTEX', 2], ['Frontex', 2]],
  },
  {
    id: 'maritime-security',
    label: { en: 'Maritime security', fr: 'Sécurité et sûreté maritimes', es: 'Seguridad marítima' },
    phrases: {
      en: [
        ['maritime security', 3], ['maritime safety', 3], ['port security', 3], ['coast guard', 3],
        ['coastguard', 3], ['piracy', 3], ['maritime domain awareness', 3], ['maritime route', 2],
        ['seaport', 2], ['naval', 2], ['navy', 2], ['search and rescue', 2],
        // A sea named as a place says where, not what (see REGIONS); it only supports.
        ['gulf of guinea', 1], ['maritime', 1], ['port', 1],
      ],
      fr: [
        ['sécurité maritime', 3], ['sûreté maritime', 3], ['sûreté portuaire', 3], ['garde-côte', 3],
        ['piraterie', 3], ['action de l’état en mer', 3], ['secours en mer', 2], ['portuaire', 2],
        ['marine nationale', 2], ['golfe de guinée', 1],
      ],
      es: [
        ['seguridad marítima', 3], ['guardacostas', 3], ['piratería', 3], ['seguridad portuaria', 3],
        ['portuario', 2], ['portuaria', 2], ['marítimo', 1], ['marítima', 1],
      ],
    },
    acronyms: [['IUU', 2]],
  },
  {
    id: 'counter-terrorism',
    label: {
      en: 'Counter-terrorism and preventing violent extremism',
      fr: 'Lutte contre le terrorisme et prévention de l’extrémisme violent',
      es: 'Lucha contra el terrorismo y prevención del extremismo violento',
    },
    phrases: {
      en: [
        ['counter-terrorism', 3], ['counterterrorism', 3], ['violent extremism', 3], ['violent extremist', 3],
        ['terrorist financing', 3], ['terroris*', 2], ['radicali*', 2], ['extremist', 2], ['jihadi*', 2],
        ['armed group', 1],
      ],
      fr: [
        ['lutte contre le terrorisme', 3], ['antiterroriste', 3], ['contre-terrorisme', 3],
        ['extrémisme violent', 3], ['financement du terrorisme', 3], ['djihadi*', 2], ['extrémiste', 2],
        ['groupe armé', 1],
      ],
      es: [
        ['lucha contra el terrorismo', 3], ['contraterrorismo', 3], ['extremismo violento', 3],
        ['grupo armado', 1],
      ],
    },
    acronyms: [['CVE', 3], ['PVE', 3], ['P/CVE', 3], ['GCTF', 2]],
  },
  {
    id: 'environmental-crime',
    label: { en: 'Environmental crime', fr: 'Criminalité environnementale', es: 'Delitos ambientales' },
    phrases: {
      en: [
        ['environmental crime', 3], ['wildlife crime', 3], ['wildlife trafficking', 3], ['forest crime', 3],
        ['illegal logging', 3], ['illegal mining', 3], ['illegal gold mining', 3], ['timber trafficking', 3],
        ['poaching', 3], ['artisanal gold mining', 2], ['illegal fishing', 2], ['mercury', 1],
      ],
      fr: [
        ['criminalité environnementale', 3], ['crime environnemental', 3], ['crimes environnementaux', 3],
        ['atteinte à l’environnement', 3], ['orpaillage', 3], ['exploitation minière illégale', 3],
        ['exploitation forestière illégale', 3], ['braconnage', 3], ['trafic d’espèces', 3],
        ['pêche illicite', 2], ['mercure', 1],
      ],
      es: [
        ['delito ambiental', 3], ['crimen ambiental', 3], ['criminalidad ambiental', 3], ['minería ilegal', 3],
        ['tala ilegal', 3], ['caza furtiva', 3], ['tráfico de vida silvestre', 3], ['pesca ilegal', 2],
        ['mercurio', 1],
      ],
    },
    acronyms: [],
  },
  {
    id: 'justice-rule-of-law',
    label: { en: 'Justice and rule of law', fr: 'Justice et État de droit', es: 'Justicia y Estado de derecho' },
    phrases: {
      en: [
        ['rule of law', 3], ['criminal justice', 3], ['justice sector', 3], ['access to justice', 3],
        ['judicial cooperation', 3], ['mutual legal assistance', 3], ['transitional justice', 3],
        ['judiciary', 2], ['prosecutor', 2], ['prosecution', 2], ['legal aid', 2], ['penitentiary', 2],
        ['prison', 2], ['justice', 1], ['judicial', 1], ['courts', 1],
      ],
      fr: [
        ['état de droit', 3], ['système judiciaire', 3], ['accès à la justice', 3], ['chaîne pénale', 3],
        ['coopération judiciaire', 3], ['justice transitionnelle', 3], ['magistrat', 2], ['procureur', 2],
        ['pénitentiaire', 2], ['juridiction', 2], ['aide juridique', 2], ['judiciaire', 1], ['tribunal', 1],
        ['tribunaux', 1],
      ],
      es: [
        ['estado de derecho', 3], ['acceso a la justicia', 3], ['sistema judicial', 3], ['cooperación judicial', 3],
        ['justicia transicional', 3], ['fiscalía', 2], ['penitenciario', 2], ['justicia', 1],
      ],
    },
    acronyms: [],
  },
  {
    id: 'security-sector-reform',
    label: { en: 'Security sector reform', fr: 'Réforme du secteur de la sécurité', es: 'Reforma del sector de la seguridad' },
    phrases: {
      en: [
        ['security sector reform', 3], ['security sector governance', 3], ['defence reform', 3],
        ['defense reform', 3], ['police reform', 3], ['community policing', 3], ['disarmament', 2],
        ['demobilisation', 2], ['demobilization', 2], ['civilian oversight', 2], ['security force', 1],
        ['armed force', 1], ['police', 1], ['gendarmerie', 1],
      ],
      fr: [
        ['réforme du secteur de la sécurité', 3], ['gouvernance du secteur de la sécurité', 3],
        ['police de proximité', 3], ['désarmement', 2], ['démobilisation', 2], ['force de sécurité', 1],
        ['force de défense', 1], ['force armée', 1],
      ],
      es: [
        ['reforma del sector de seguridad', 3], ['reforma policial', 3], ['policía comunitaria', 3],
        ['desarme', 2], ['fuerza de seguridad', 1], ['policía', 1],
      ],
    },
    // "RSS" is also a feed link in page footers, hence weaker than "SSR".
    acronyms: [['SSR', 3], ['DDR', 3], ['RSS', 2], ['SSG', 2]],
  },
  {
    id: 'security-cooperation',
    label: { en: 'Regional security cooperation', fr: 'Coopération sécuritaire régionale', es: 'Cooperación regional en seguridad' },
    phrases: {
      en: [
        ['security cooperation', 3], ['security co-operation', 3], ['police cooperation', 3],
        ['law enforcement cooperation', 3], ['intelligence sharing', 3], ['accra initiative', 3],
        ['g5 sahel', 3], ['multi-agency cooperation', 2], ['multiagency cooperation', 2],
        ['joint operation', 2], ['cross-border cooperation', 2], ['regional security', 2],
        ['liptako-gourma', 2], ['law enforcement', 1], ['information sharing', 1],
      ],
      fr: [
        ['coopération sécuritaire', 3], ['coopération en matière de sécurité', 3], ['coopération policière', 3],
        ['coopération régionale policière', 3], ['échange de renseignements', 3], ['partage du renseignement', 3],
        ['opération conjointe', 2], ['coopération transfrontalière', 2], ['sécurité régionale', 2],
        ['renseignement', 1],
      ],
      es: [
        ['cooperación en seguridad', 3], ['cooperación policial', 3], ['operación conjunta', 2],
        ['seguridad regional', 2], ['inteligencia', 1],
      ],
    },
    acronyms: [['AFRIPOL', 2], ['INTERPOL', 2], ['Interpol', 2], ['EUROPOL', 2], ['Europol', 2], ['AMERIPOL', 2]],
  },
  {
    id: 'governance-public-finance',
    label: { en: 'Governance and public finance', fr: 'Gouvernance et finances publiques', es: 'Gobernanza y finanzas públicas' },
    phrases: {
      en: [
        ['good governance', 3], ['democratic governance', 3], ['local governance', 3], ['public finance', 3],
        ['public financial management', 3], ['public sector reform', 3], ['tax administration', 3],
        ['anti-corruption', 3], ['governance', 2], ['public administration', 2], ['public policy', 2],
        ['public policies', 2], ['decentralisation', 2], ['decentralization', 2], ['corruption', 2],
        ['taxation', 2], ['civil service', 2], ['parliament', 2], ['election', 2], ['electoral', 2],
        ['institution building', 2], ['budget', 1],
      ],
      fr: [
        ['bonne gouvernance', 3], ['gouvernance démocratique', 3], ['finance publique', 3],
        ['gestion des finances publiques', 3], ['lutte contre la corruption', 3], ['gouvernance', 2],
        ['administration publique', 2], ['politique publique', 2], ['décentralisation', 2], ['fiscalité', 2],
        ['fonction publique', 2], ['parlement', 2], ['appui institutionnel', 1], ['collectivité territoriale', 1],
      ],
      es: [
        ['finanzas públicas', 3], ['gobernanza', 2], ['gobernabilidad', 2], ['administración pública', 2],
        ['política pública', 2], ['descentralización', 2], ['corrupción', 2], ['fiscalidad', 2],
      ],
    },
    acronyms: [['PFM', 3], ['GFP', 2]],
  },
  {
    id: 'health',
    label: { en: 'Health', fr: 'Santé', es: 'Salud' },
    phrases: {
      en: [
        ['global health', 3], ['health system', 3], ['healthcare', 3], ['health care', 3], ['maternal health', 3],
        ['mental health', 3], ['sexual and reproductive health', 3], ['malaria', 3], ['tuberculosis', 3],
        ['vaccination', 3], ['immunisation', 3], ['immunization', 3], ['health', 2], ['public health', 2],
        ['epidemic', 2], ['pandemic', 2], ['nutrition', 2], ['hospital', 2], ['pharmaceutical', 2],
        ['water, sanitation and hygiene', 3], ['water and sanitation', 2], ['drinking water', 2],
        ['sanitation', 2], ['medical', 1], ['hygiene', 1],
      ],
      fr: [
        ['système de santé', 3], ['soins de santé', 3], ['santé maternelle', 3], ['santé mentale', 3],
        ['santé sexuelle et reproductive', 3], ['paludisme', 3], ['tuberculose', 3], ['santé', 2],
        ['santé publique', 2], ['épidémie', 2], ['pandémie', 2], ['hôpital', 2], ['hôpitaux', 2],
        ['eau, hygiène et assainissement', 3], ['eau et assainissement', 2], ['eau potable', 2],
        ['médical', 1], ['sanitaire', 1], ['assainissement', 1], ['hygiène', 1],
      ],
      es: [
        ['sistema de salud', 3], ['paludismo', 3], ['vacunación', 3], ['salud', 2], ['salud pública', 2],
        ['epidemia', 2], ['pandemia', 2], ['hospital', 2], ['agua, saneamiento e higiene', 3],
        ['agua y saneamiento', 2], ['agua potable', 2], ['saneamiento', 1], ['higiene', 1],
      ],
    },
    acronyms: [['HIV', 3], ['VIH', 3], ['AIDS', 3], ['SIDA', 3], ['UHC', 3], ['WASH', 2], ['EHA', 2]],
  },
  {
    id: 'climate-agriculture-environment',
    label: { en: 'Climate, agriculture and environment', fr: 'Climat, agriculture et environnement', es: 'Clima, agricultura y medio ambiente' },
    phrases: {
      en: [
        ['climate change', 3], ['rural development', 3], ['renewable energy', 3], ['energy transition', 3],
        ['ecological restoration', 3], ['land degradation', 3], ['desertification', 3],
        ['disaster risk reduction', 3], ['agriculture', 2], ['agricultural', 2], ['food security', 2],
        ['food insecurity', 2], ['biodiversity', 2], ['natural resource', 2], ['forestry', 2], ['conservation', 2],
        ['ecosystem', 2], ['deforestation', 2], ['livestock', 2], ['fisheries', 2], ['water resource', 2],
        ['environmental governance', 2], ['water governance', 3], ['integrated water resource management', 3],
        ['climate resilience', 3], ['climate adaptation', 3], ['watershed', 1], ['river basin', 2],
        ['climate shock', 2], ['climate', 1], ['climatic', 1], ['environment', 1], ['environmental', 1],
        ['resilience', 1],
      ],
      fr: [
        ['changement climatique', 3], ['développement rural', 3], ['énergie renouvelable', 3],
        ['transition énergétique', 3], ['restauration écologique', 3], ['gestion des risques de catastrophe', 3],
        ['agricole', 2], ['sécurité alimentaire', 2], ['insécurité alimentaire', 2], ['biodiversité', 2],
        ['ressource naturelle', 2], ['écosystème', 2], ['déforestation', 2], ['élevage', 2],
        ['protection environnementale', 2], ['gouvernance environnementale', 2], ['gouvernance de l’eau', 3],
        ['gestion intégrée des ressources en eau', 3], ['résilience climatique', 3], ['ressource en eau', 2],
        ['bassin versant', 2], ['choc climatique', 2], ['climat', 1], ['climatique', 1], ['environnement', 1],
        ['environnemental', 1], ['environnementale', 1], ['environnementaux', 1], ['écologique', 1],
      ],
      es: [
        ['cambio climático', 3], ['desarrollo rural', 3], ['energía renovable', 3], ['restauración ecológica', 3],
        ['agricultura', 2], ['agrícola', 2], ['seguridad alimentaria', 2], ['medio ambiente', 2],
        ['biodiversidad', 2], ['recurso natural', 2], ['deforestación', 2], ['gobernanza hídrica', 3],
        ['gobernanza del agua', 3], ['gobernanza ambiental', 2], ['resiliencia climática', 3], ['recurso hídrico', 2],
        ['cuenca hidrográfica', 2], ['choque climático', 2], ['clima', 1], ['climático', 1], ['climática', 1],
        ['ambiental', 1], ['cuenca', 1],
      ],
    },
    acronyms: [],
  },
  {
    id: 'education-employment',
    label: { en: 'Education and employment', fr: 'Éducation et emploi', es: 'Educación y empleo' },
    phrases: {
      en: [
        ['education sector', 3], ['basic education', 3], ['vocational training', 3],
        ['technical and vocational', 3], ['youth employment', 3], ['employability', 3], ['job creation', 3],
        ['higher education', 2], ['entrepreneurship', 2], ['skills development', 2], ['school', 2],
        ['teacher', 2], ['literacy', 2], ['labour market', 2], ['labor market', 2], ['livelihood', 2],
        ['income generation', 2], ['income-generating', 2], ['economic inclusion', 2], ['education', 1],
        ['employment', 1],
      ],
      fr: [
        ['formation professionnelle', 3], ['emploi des jeunes', 3], ['employabilité', 3],
        ['insertion professionnelle', 3], ['création d’emplois', 3], ['enseignement', 2], ['école', 2],
        ['enseignant', 2], ['entrepreneuriat', 2], ['alphabétisation', 2], ['marché du travail', 2],
        ['moyen de subsistance', 2], ['activité génératrice de revenu', 2], ['génération de revenu', 2],
        ['inclusion économique', 2], ['éducation', 1], ['emploi', 1],
      ],
      es: [
        ['formación profesional', 3], ['empleo juvenil', 3], ['empleabilidad', 3], ['emprendimiento', 2],
        ['inserción laboral', 3], ['escuela', 2], ['docente', 2], ['medio de vida', 2], ['generación de ingreso', 2],
        ['inclusión económica', 2], ['educación', 1], ['empleo', 1],
      ],
    },
    acronyms: [['TVET', 3], ['EFTP', 3]],
  },
  {
    id: 'humanitarian-protection',
    label: { en: 'Humanitarian aid and protection', fr: 'Action humanitaire et protection', es: 'Acción humanitaria y protección' },
    phrases: {
      en: [
        ['humanitarian aid', 3], ['humanitarian assistance', 3], ['humanitarian response', 3],
        ['victim protection', 3], ['protection of victims', 3], ['victim assistance', 3],
        ['assistance to victims', 3], ['victim support', 3], ['child protection', 3], ['internally displaced', 3],
        ['displaced person', 3], ['psychosocial support', 3], ['international humanitarian law', 3],
        ['food assistance', 3], ['protection cluster', 3], ['protection need', 3], ['international protection', 3],
        ['protection monitoring', 3], ['protection of children', 3], ['protection of migrants', 2],
        ['humanitarian', 2], ['refugee', 2], ['survivor', 2],
        ['emergency response', 2], ['shelter', 2], ['victim', 1],
      ],
      fr: [
        ['aide humanitaire', 3], ['action humanitaire', 3], ['protection des victimes', 3],
        ['assistance aux victimes', 3], ['assistance des victimes', 3], ['assistance pour les victimes', 3],
        ['aide aux victimes', 3], ['protection de l’enfance', 3], ['déplacé interne', 3], ['personne déplacée', 3],
        ['soutien psychosocial', 3], ['droit international humanitaire', 3], ['besoin de protection', 3],
        ['protection internationale', 3], ['protection de l’enfant', 3], ['protection des enfants', 3],
        ['protection des migrants', 2], ['humanitaire', 2], ['réfugié', 2], ['réfugiée', 2],
        ['prise en charge des victimes', 2], ['victime', 1],
      ],
      es: [
        ['ayuda humanitaria', 3], ['protección de víctimas', 3], ['asistencia a víctimas', 3],
        ['atención a víctimas', 3], ['desplazado interno', 3], ['persona desplazada', 3], ['población desplazada', 3],
        ['protección infantil', 3], ['protección de la niñez', 3], ['protección de la infancia', 3],
        ['protección de niñas, niños y adolescentes', 3], ['necesidad de protección', 3],
        ['protección internacional', 3], ['protección de personas migrantes', 2], ['humanitario', 2],
        ['humanitaria', 2], ['refugiado', 2], ['refugiada', 2], ['víctima', 1],
      ],
    },
    acronyms: [['IDP', 3], ['IHL', 3], ['DIH', 3], ['OCHA', 2], ['UNHCR', 2], ['HCR', 2]],
  },
  {
    id: 'gender',
    label: { en: 'Gender', fr: 'Genre', es: 'Género' },
    phrases: {
      en: [
        ['gender equality', 3], ['gender-based violence', 3], ['gender mainstreaming', 3], ['sexual violence', 3],
        ['violence against women', 3], ['women’s empowerment', 3], ['empowerment of women', 3], ['gender', 2],
        ['women', 1], ['girl', 1],
      ],
      fr: [
        ['égalité de genre', 3], ['égalité femmes-hommes', 3], ['égalité entre les femmes et les hommes', 3],
        ['violence basée sur le genre', 3], ['violence fondée sur le genre', 3], ['violence faite aux femmes', 3],
        ['violence sexuelle', 3], ['autonomisation des femmes', 3], ['approche genre', 3], ['femme', 1],
        // "genre" is also "kind" ("ce genre de"), so alone it only supports.
        ['genre', 1],
      ],
      es: [
        ['igualdad de género', 3], ['violencia de género', 3], ['violencia basada en género', 3],
        ['empoderamiento de las mujeres', 3], ['género', 2], ['mujer', 1],
      ],
    },
    acronyms: [['GBV', 3], ['SGBV', 3], ['VBG', 3], ['PSEA', 2], ['WPS', 2]],
  },
  {
    id: 'monitoring-evaluation',
    label: { en: 'Monitoring and evaluation', fr: 'Suivi et évaluation', es: 'Seguimiento y evaluación' },
    phrases: {
      en: [
        ['monitoring and evaluation', 3], ['monitoring evaluation', 3], ['impact evaluation', 3],
        ['logical framework', 3], ['logframe', 3], ['results framework', 3], ['results-based management', 3],
        ['final evaluation', 3], ['mid-term evaluation', 3], ['midterm evaluation', 3], ['mid-term review', 3],
        ['external evaluation', 3], ['independent evaluation', 3], ['evaluation methodology', 3],
        ['project evaluation', 2], ['programme evaluation', 2], ['program evaluation', 2], ['baseline', 2],
        ['theory of change', 2], ['evaluation report', 2], ['evaluator', 2], ['endline', 2], ['evaluation', 1],
        ['monitoring', 1], ['indicator', 1], ['data collection', 1],
      ],
      fr: [
        ['suivi et évaluation', 3], ['suivi-évaluation', 3], ['cadre logique', 3], ['évaluation d’impact', 3],
        ['gestion axée sur les résultats', 3], ['évaluation finale', 3], ['évaluation à mi-parcours', 3],
        ['évaluation externe', 3], ['évaluation indépendante', 3], ['méthodologie d’évaluation', 3],
        ['évaluation de projet', 2], ['évaluation du projet', 2], ['évaluation de programme', 2],
        ['évaluation du programme', 2], ['étude de référence', 2], ['théorie du changement', 2],
        ['rapport d’évaluation', 2], ['évaluateur', 2], ['évaluatrice', 2], ['indicateur', 1],
        ['collecte de données', 1],
      ],
      es: [
        ['monitoreo y evaluación', 3], ['seguimiento y evaluación', 3], ['marco lógico', 3], ['evaluación final', 3],
        ['evaluación intermedia', 3], ['evaluación de medio término', 3], ['evaluación externa', 3],
        ['evaluación independiente', 3], ['metodología de evaluación', 3], ['evaluación de proyecto', 2],
        ['evaluación del proyecto', 2], ['evaluación de programa', 2], ['evaluación del programa', 2],
        ['línea de base', 2], ['informe de evaluación', 2], ['evaluador', 2], ['evaluadora', 2], ['evaluación', 1],
        ['indicador', 1],
      ],
    },
    acronyms: [['M&E', 3], ['MEAL', 3], ['S&E', 3], ['MEL', 2]],
  },
  {
    id: 'partnerships-resource-mobilisation',
    label: { en: 'Partnerships and resource mobilisation', fr: 'Partenariats et mobilisation de ressources', es: 'Alianzas y movilización de recursos' },
    phrases: {
      en: [
        ['resource mobilisation', 3], ['resource mobilization', 3], ['fundraising', 3], ['fund raising', 3],
        ['donor relation', 3], ['grant writing', 3], ['proposal writing', 3], ['partnership', 2],
        ['donor coordination', 2], ['business development', 2], ['funding opportunity', 2],
        ['stakeholder engagement', 2], ['co-financing', 2], ['donor', 1],
      ],
      fr: [
        ['mobilisation des ressources', 3], ['mobilisation de ressources', 3], ['recherche de financements', 3],
        ['levée de fonds', 3], ['opportunité de financement', 3], ['développement de partenariats', 3],
        ['partenariat', 2], ['bailleur de fonds', 2], ['partenaires techniques et financiers', 2], ['bailleur', 1],
      ],
      es: [
        ['movilización de recursos', 3], ['recaudación de fondos', 3], ['alianza', 2], ['donante', 1],
      ],
    },
    acronyms: [['PTF', 2]],
  },
  {
    id: 'communication-advocacy',
    label: { en: 'Communication and advocacy', fr: 'Communication et plaidoyer', es: 'Comunicación e incidencia' },
    phrases: {
      en: [
        ['advocacy', 3], ['communication strategy', 3], ['communication plan', 3], ['communication campaign', 3],
        ['awareness raising', 3], ['awareness-raising', 3], ['awareness campaign', 3], ['media relation', 3],
        ['public awareness', 2], ['social media', 2], ['outreach', 2], ['sensitisation', 1], ['sensitization', 1],
        ['visibility', 1], ['communication', 1],
      ],
      fr: [
        ['plaidoyer', 3], ['campagne de communication', 3], ['campagne de sensibilisation', 3],
        ['plan de communication', 3], ['stratégie de communication', 3], ['relations presse', 3],
        ['réseaux sociaux', 2], ['sensibilisation', 1], ['visibilité', 1],
      ],
      es: [
        ['incidencia política', 3], ['campaña de comunicación', 3], ['estrategia de comunicación', 3],
        ['campaña de sensibilización', 3], ['sensibilización', 1], ['visibilidad', 1], ['comunicación', 1],
      ],
    },
    acronyms: [],
  },
  {
    id: 'project-management',
    label: { en: 'Project management', fr: 'Gestion de projet', es: 'Gestión de proyectos' },
    phrases: {
      en: [
        ['project management', 3], ['programme management', 3], ['program management', 3], ['project cycle', 3],
        ['project manager', 3], ['programme manager', 3], ['chief of party', 3], ['project coordination', 2],
        ['project coordinator', 3], ['programme coordinator', 3], ['program coordinator', 3],
        ['project implementation', 2], ['budget management', 2], ['team leader', 2],
        // A coordinator of a place runs the projects there; "Protection Coordinator" names a theme instead.
        ['field coordinator', 2], ['area coordinator', 2], ['base coordinator', 2], ['country coordinator', 2],
        ['regional coordinator', 2], ['work plan', 1], ['workplan', 1], ['coordinator', 1], ['reporting', 1],
      ],
      fr: [
        ['gestion de projet', 3], ['gestion des projets', 3], ['chef de projet', 3], ['chargé de projet', 3],
        ['chargée de projet', 3], ['cycle de projet', 3], ['coordination de projet', 2], ['gestion budgétaire', 2],
        ['suivi budgétaire', 2], ['coordinateur de projet', 3], ['coordinatrice de projet', 3],
        ['coordonnateur de projet', 3], ['coordinateur de programme', 3], ['coordinatrice de programme', 3],
        ['coordonnateur de programme', 3], ['mise en œuvre du projet', 2], ['mise en oeuvre du projet', 2],
        ['coordinateur terrain', 2], ['coordinatrice terrain', 2], ['coordinateur de terrain', 2],
        ['coordinateur de base', 2], ['coordinatrice de base', 2], ['coordinateur de zone', 2],
        ['coordinateur pays', 2], ['coordinateur régional', 2], ['coordinatrice régionale', 2],
        ['coordonnateur régional', 2], ['plan de travail', 1], ['coordinateur', 1], ['coordonnateur', 1],
        ['coordinatrice', 1],
      ],
      es: [
        ['gestión de proyecto', 3], ['gerente de proyecto', 3], ['ciclo de proyecto', 3],
        ['coordinador de proyecto', 3], ['coordinadora de proyecto', 3], ['coordinador de programa', 3],
        ['coordinadora de programa', 3], ['coordinación de proyecto', 2], ['implementación del proyecto', 2],
        ['ejecución del proyecto', 2], ['coordinador de campo', 2], ['coordinadora de campo', 2],
        ['coordinador de terreno', 2], ['coordinador regional', 2], ['coordinadora regional', 2],
        ['plan de trabajo', 1], ['coordinador', 1], ['coordinadora', 1],
      ],
    },
    acronyms: [['PRINCE2', 3], ['PMP', 2]],
  },
  {
    id: 'international-cooperation',
    label: { en: 'International cooperation', fr: 'Coopération internationale', es: 'Cooperación internacional' },
    phrases: {
      en: [
        ['international cooperation', 3], ['development cooperation', 3], ['technical cooperation', 3],
        ['bilateral cooperation', 3], ['decentralised cooperation', 3], ['official development assistance', 3],
        ['international solidarity', 3], ['international development', 2], ['regional cooperation', 2],
        ['regional integration', 2],
        // Every posting of a cooperation agency sits in a "cooperation project": it says who runs the job,
        // not that cooperation is what the job is about.
        ['cooperation project', 1], ['cooperation', 1],
      ],
      fr: [
        ['coopération internationale', 3], ['coopération au développement', 3], ['coopération technique', 3],
        ['coopération bilatérale', 3], ['coopération décentralisée', 3], ['coopération française', 3],
        ['aide publique au développement', 3], ['solidarité internationale', 3], ['projet de coopération', 1],
        ['action de coopération', 1], ['coopération régionale', 2], ['intégration régionale', 2],
        ['action internationale', 2], ['volontariat international', 2],
      ],
      es: [
        ['cooperación internacional', 3], ['cooperación al desarrollo', 3], ['cooperación técnica', 3],
        ['solidaridad internacional', 3], ['cooperación', 1],
      ],
    },
    acronyms: [['APD', 2], ['ODA', 2]],
  },
];

export interface RegionDefinition {
  /** The tag id is "region:" + id. */
  id: string;
  label: Label;
  /** ISO 3166-1 alpha-2 codes. A country may sit in several regions (Mali: West Africa and Sahel). */
  countries: readonly string[];
  /** Only read when the posting has no country: a region named in the text is weaker than a stated country. */
  phrases: readonly WeightedPhrase[];
  acronyms: readonly WeightedPhrase[];
}

export const REGIONS: readonly RegionDefinition[] = [
  {
    id: 'west-africa',
    label: { en: 'West Africa', fr: 'Afrique de l’Ouest', es: 'África Occidental' },
    countries: ['BJ', 'BF', 'CV', 'CI', 'GM', 'GH', 'GN', 'GW', 'LR', 'ML', 'MR', 'NE', 'NG', 'SN', 'SL', 'TG'],
    phrases: [
      ['west africa', 3], ['western africa', 3], ['west african', 3], ['afrique de l’ouest', 3],
      ['afrique occidentale', 3], ['ouest-africain', 3], ['áfrica occidental', 3], ['gulf of guinea', 2],
      ['golfe de guinée', 2],
    ],
    acronyms: [['ECOWAS', 2], ['CEDEAO', 2], ['UEMOA', 2]],
  },
  {
    id: 'sahel',
    label: { en: 'Sahel', fr: 'Sahel', es: 'Sahel' },
    countries: ['ML', 'NE', 'BF', 'TD', 'MR', 'SN'],
    phrases: [['sahel', 3], ['sahélien', 3], ['sahélienne', 3], ['liptako-gourma', 2], ['lake chad', 2], ['lac tchad', 2]],
    acronyms: [],
  },
  {
    id: 'central-africa',
    label: { en: 'Central Africa', fr: 'Afrique centrale', es: 'África Central' },
    countries: ['CM', 'CF', 'TD', 'CG', 'CD', 'GQ', 'GA', 'ST'],
    phrases: [['central africa', 3], ['afrique centrale', 3], ['áfrica central', 3]],
    acronyms: [['ECCAS', 2], ['CEEAC', 2], ['CEMAC', 2]],
  },
  {
    id: 'east-africa',
    label: { en: 'East Africa', fr: 'Afrique de l’Est', es: 'África Oriental' },
    countries: ['BI', 'DJ', 'ER', 'ET', 'KE', 'KM', 'MG', 'MU', 'RE', 'RW', 'SC', 'SO', 'SS', 'SD', 'TZ', 'UG', 'YT'],
    phrases: [
      ['east africa', 3], ['eastern africa', 3], ['afrique de l’est', 3], ['afrique orientale', 3],
      ['horn of africa', 3], ['corne de l’afrique', 3], ['great lakes', 2], ['grands lacs', 2],
    ],
    acronyms: [['IGAD', 2]],
  },
  {
    id: 'southern-africa',
    label: { en: 'Southern Africa', fr: 'Afrique australe', es: 'África Austral' },
    countries: ['AO', 'BW', 'LS', 'MW', 'MZ', 'NA', 'ZA', 'SZ', 'ZM', 'ZW'],
    phrases: [['southern africa', 3], ['afrique australe', 3], ['áfrica austral', 3]],
    acronyms: [['SADC', 2]],
  },
  {
    id: 'north-africa-middle-east',
    label: { en: 'North Africa and Middle East', fr: 'Afrique du Nord et Moyen-Orient', es: 'Norte de África y Oriente Medio' },
    countries: [
      'DZ', 'EG', 'LY', 'MA', 'TN', 'EH', 'AE', 'BH', 'IQ', 'IR', 'IL', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA',
      'SY', 'YE',
    ],
    phrases: [
      ['north africa', 3], ['afrique du nord', 3], ['maghreb', 3], ['middle east', 3], ['moyen-orient', 3],
      ['mashreq', 3], ['machrek', 3], ['oriente medio', 3], ['medio oriente', 3], ['levant', 2],
    ],
    acronyms: [['MENA', 2], ['ANMO', 2]],
  },
  {
    id: 'caribbean',
    label: { en: 'Caribbean', fr: 'Caraïbes', es: 'Caribe' },
    countries: [
      'AG', 'AI', 'AW', 'BB', 'BL', 'BQ', 'BS', 'BZ', 'CU', 'CW', 'DM', 'DO', 'GD', 'GP', 'GY', 'HT', 'JM', 'KN',
      'KY', 'LC', 'MF', 'MQ', 'MS', 'PR', 'SR', 'SX', 'TC', 'TT', 'VC', 'VG', 'VI',
    ],
    phrases: [
      ['caribbean', 2], ['caraïbe', 2], ['caribéen', 2], ['caribéenne', 2], ['caribe', 2], ['antilles', 2],
      ['west indies', 2],
    ],
    acronyms: [['CARICOM', 2], ['OECS', 2], ['OECO', 2]],
  },
  {
    id: 'latin-america',
    label: { en: 'Latin America', fr: 'Amérique latine', es: 'América Latina' },
    // Guyana, Suriname and Belize are also Caribbean (CARICOM members); French Guiana is South America.
    countries: [
      'AR', 'BO', 'BR', 'BZ', 'CL', 'CO', 'CR', 'EC', 'GF', 'GT', 'GY', 'HN', 'MX', 'NI', 'PA', 'PE', 'PY', 'SR',
      'SV', 'UY', 'VE',
    ],
    phrases: [
      ['latin america', 3], ['amérique latine', 3], ['américa latina', 3], ['latino-américain', 3],
      ['latinoamericano', 3], ['central america', 3], ['amérique centrale', 3], ['centroamérica', 3],
      ['south america', 3], ['amérique du sud', 3], ['sudamérica', 3], ['américa del sur', 3],
    ],
    acronyms: [],
  },
  {
    id: 'andes',
    label: { en: 'Andes', fr: 'Andes', es: 'Andes' },
    countries: ['BO', 'CO', 'EC', 'PE'],
    phrases: [['andes', 3], ['andean', 3], ['andin', 3], ['andine', 3], ['andino', 3], ['andina', 3]],
    acronyms: [],
  },
  {
    id: 'pacific',
    label: { en: 'Pacific', fr: 'Pacifique', es: 'Pacífico' },
    countries: [
      'AS', 'AU', 'CK', 'FJ', 'FM', 'GU', 'KI', 'MH', 'MP', 'NC', 'NR', 'NU', 'NZ', 'PF', 'PG', 'PW', 'SB', 'TO',
      'TV', 'VU', 'WF', 'WS',
    ],
    phrases: [
      ['pacific island', 3], ['oceania', 3], ['océanie', 3], ['melanesia', 2], ['mélanésie', 2], ['polynesia', 2],
      ['polynésie', 2], ['micronesia', 2], ['pacific', 2], ['pacifique', 2], ['pacífico', 2],
    ],
    acronyms: [],
  },
  {
    id: 'europe',
    label: { en: 'Europe', fr: 'Europe', es: 'Europa' },
    countries: [
      'AD', 'AL', 'AM', 'AT', 'AZ', 'BA', 'BE', 'BG', 'BY', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR',
      'GB', 'GE', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MC', 'MD', 'ME', 'MK', 'MT', 'NL',
      'NO', 'PL', 'PT', 'RO', 'RS', 'RU', 'SE', 'SI', 'SK', 'SM', 'TR', 'UA', 'VA', 'XK',
    ],
    phrases: [
      ['western balkans', 3], ['balkans occidentaux', 3], ['balkan', 3], ['eastern europe', 3],
      ['europe de l’est', 3], ['europa del este', 3], ['eastern partnership', 3], ['partenariat oriental', 3],
      // Postings of EU-funded projects mention Europe as donor or destination, rarely as duty station.
      ['europe', 1], ['europa', 1],
    ],
    acronyms: [],
  },
  {
    id: 'asia',
    label: { en: 'Asia', fr: 'Asie', es: 'Asia' },
    countries: [
      'AF', 'BD', 'BN', 'BT', 'CN', 'HK', 'ID', 'IN', 'JP', 'KG', 'KH', 'KP', 'KR', 'KZ', 'LA', 'LK', 'MM', 'MN',
      'MO', 'MV', 'MY', 'NP', 'PH', 'PK', 'SG', 'TH', 'TJ', 'TL', 'TM', 'TW', 'UZ', 'VN',
    ],
    phrases: [
      ['south asia', 3], ['southeast asia', 3], ['south-east asia', 3], ['asie du sud', 3],
      ['asie du sud-est', 3], ['asia', 2], ['asie', 2],
    ],
    acronyms: [['ASEAN', 2]],
  },
  {
    id: 'central-asia',
    label: { en: 'Central Asia', fr: 'Asie centrale', es: 'Asia Central' },
    countries: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    phrases: [['central asia', 3], ['asie centrale', 3], ['asia central', 3]],
    acronyms: [],
  },
  {
    id: 'north-america',
    label: { en: 'North America', fr: 'Amérique du Nord', es: 'América del Norte' },
    countries: ['US', 'CA', 'BM', 'GL', 'PM'],
    phrases: [['north america', 3], ['amérique du nord', 3], ['américa del norte', 3], ['norteamérica', 3]],
    acronyms: [],
  },
];

/** The tag id is "contract:" + the schema's contract type. */
export const CONTRACT_LABELS: Readonly<Record<ContractType, Label>> = {
  consultancy: { en: 'Consultancy', fr: 'Consultance', es: 'Consultoría' },
  employment: { en: 'Employment', fr: 'Emploi salarié', es: 'Empleo' },
  volunteer: { en: 'Volunteering', fr: 'Volontariat', es: 'Voluntariado' },
  internship: { en: 'Internship', fr: 'Stage', es: 'Pasantía' },
  fellowship: { en: 'Fellowship', fr: 'Bourse / fellowship', es: 'Beca' },
  other: { en: 'Other contract', fr: 'Autre contrat', es: 'Otro contrato' },
};

export const SENIORITY_LEVEL_IDS = ['junior', 'mid', 'senior', 'expert'] as const;
export type SeniorityLevelId = (typeof SENIORITY_LEVEL_IDS)[number];

export interface SeniorityLevel {
  /** The tag id is "seniority:" + id. */
  id: SeniorityLevelId;
  label: Label;
  /** Years of required experience from which this level applies; ordered, junior first. */
  minYears: number;
}

export const SENIORITY_LEVELS: readonly SeniorityLevel[] = [
  { id: 'junior', label: { en: 'Junior (< 3 years)', fr: 'Junior (< 3 ans)', es: 'Júnior (< 3 años)' }, minYears: 0 },
  { id: 'mid', label: { en: 'Mid-level (3–6 years)', fr: 'Confirmé (3–6 ans)', es: 'Intermedio (3–6 años)' }, minYears: 3 },
  { id: 'senior', label: { en: 'Senior (7–11 years)', fr: 'Senior (7–11 ans)', es: 'Sénior (7–11 años)' }, minYears: 7 },
  { id: 'expert', label: { en: 'Expert (12+ years)', fr: 'Expert (12 ans et plus)', es: 'Experto (12 años o más)' }, minYears: 12 },
];

export interface SeniorityTitleCue {
  phrase: string;
  level: SeniorityLevelId;
  /**
   * A management word ("Head of") says "at least senior": the required years may still place the post
   * higher. A junior word is the employer's own statement and stands whatever the years say.
   */
  atLeast: boolean;
}

/** Words read in the title only: in a body "senior" describes partners ("senior officials"), not the post. */
export const SENIORITY_TITLE_CUES: readonly SeniorityTitleCue[] = [
  { phrase: 'junior', level: 'junior', atLeast: false },
  { phrase: 'stagiaire', level: 'junior', atLeast: false },
  { phrase: 'intern', level: 'junior', atLeast: false },
  { phrase: 'internship', level: 'junior', atLeast: false },
  { phrase: 'trainee', level: 'junior', atLeast: false },
  { phrase: 'pasante', level: 'junior', atLeast: false },
  { phrase: 'senior', level: 'senior', atLeast: true },
  { phrase: 'chief', level: 'senior', atLeast: true },
  { phrase: 'head of', level: 'senior', atLeast: true },
  { phrase: 'chef de', level: 'senior', atLeast: true },
  { phrase: 'chef d’équipe', level: 'senior', atLeast: true },
  { phrase: 'team leader', level: 'senior', atLeast: true },
  { phrase: 'director', level: 'senior', atLeast: true },
  { phrase: 'directeur', level: 'senior', atLeast: true },
  { phrase: 'directrice', level: 'senior', atLeast: true },
  { phrase: 'directora', level: 'senior', atLeast: true },
  { phrase: 'jefe de', level: 'senior', atLeast: true },
  { phrase: 'expert principal', level: 'expert', atLeast: true },
  { phrase: 'experte principale', level: 'expert', atLeast: true },
  { phrase: 'principal expert', level: 'expert', atLeast: true },
  { phrase: 'lead expert', level: 'expert', atLeast: true },
  { phrase: 'experto principal', level: 'expert', atLeast: true },
];

export interface DurationBucket {
  /** The tag id is "duration:" + id. */
  id: 'mission' | 'short-term' | 'long-term';
  label: Label;
  /** Longest duration in calendar days that falls in this bucket; ordered, shortest first. */
  maxDays: number;
}

/** Months count as 30 days, the convention of consultancy contracts (6 months = 180 days). */
export const DAYS_PER_MONTH = 30;

export const DURATION_BUCKETS: readonly DurationBucket[] = [
  { id: 'mission', label: { en: 'Short mission (≤ 60 days)', fr: 'Mission courte (≤ 60 jours)', es: 'Misión corta (≤ 60 días)' }, maxDays: 60 },
  { id: 'short-term', label: { en: 'Short term (≤ 6 months)', fr: 'Court terme (≤ 6 mois)', es: 'Corto plazo (≤ 6 meses)' }, maxDays: 6 * DAYS_PER_MONTH },
  { id: 'long-term', label: { en: 'Long term (> 6 months)', fr: 'Long terme (> 6 mois)', es: 'Largo plazo (> 6 meses)' }, maxDays: Infinity },
];

export const WORKPLACES = {
  'home-based': {
    label: { en: 'Home-based / remote', fr: 'À domicile / à distance', es: 'Desde casa / a distancia' },
    // Only unambiguous phrases: "remote" alone is mostly "remote areas", "à distance" mostly a few
    // reporting days of a field mission.
    phrases: [
      ['home-based', 3], ['homebased', 3], ['remote position', 3], ['fully remote', 3],
      ['100% remote', 3], ['work from home', 3], ['working from home', 3], ['en télétravail', 3],
      ['basé à domicile', 3], ['depuis le domicile', 3], ['teletrabajo', 3], ['trabajo remoto', 3],
      ['desde casa', 3],
    ] satisfies WeightedPhrase[],
  },
  field: {
    label: { en: 'Field / on site', fr: 'Terrain / sur site', es: 'Terreno / presencial' },
  },
} as const;

export const POSTING_LANGUAGES = {
  fr: { en: 'French', fr: 'Français', es: 'Francés' },
  en: { en: 'English', fr: 'Anglais', es: 'Inglés' },
  es: { en: 'Spanish', fr: 'Espagnol', es: 'Español' },
} as const satisfies Record<string, Label>;
