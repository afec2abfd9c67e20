/**
 * The vocabulary the title reader works with, in French, English and Spanish (folded: lower case, no accents):
 * headings that only say what kind of page this is, the words of document-kind headings, and the words that name
 * a role, an assignment or a call.
 */

export const GENERIC_TITLES = [
  'vacancy announcement', 'vacancy notice', 'job announcement', 'job description', 'job opening', 'job offer', 'job details',
  'vacancy', 'vacancies', 'careers', 'career opportunities', 'jobs', 'job', 'position description', 'terms of reference',
  'term of reference', 'tor', 'request for proposals', 'call for applications', 'call for expression of interest', 'apply now',
  'offre d emploi', 'offres d emploi', 'offre', 'avis de recrutement', 'avis de vacance', 'avis de vacance de poste', 'recrutement',
  'termes de reference', 'terme de reference', 'tdr', 'appel a candidatures', 'appel a candidature', 'fiche de poste', 'emploi',
  'nous recrutons', 'on recrute', 'description du poste', 'offre de mission', 'appel a manifestation d interet', 'offre de stage',
  'oferta de empleo', 'oferta laboral', 'ofertas de empleo', 'convocatoria', 'terminos de referencia', 'vacante', 'empleo',
  'descripcion del puesto', 'aviso de vacante', 'llamado a concurso', 'trabaja con nosotros', 'home', 'accueil', 'inicio',
  'description de la mission', 'mission description', 'descripcion de la mision', 'description of the assignment', 'contexte',
  'context', 'background', 'antecedentes', 'objectifs', 'objectives', 'objetivos', 'description of assignment', 'un volunteer description of assignment', 'vacancy announcement and terms of reference',
  'description du projet', 'project description', 'descripcion del proyecto', 'informacion basica', 'basic information', 'informations generales',
  'page not found', 'page introuvable', 'pagina no encontrada', 'share', 'partager', 'compartir', 'menu', 'search', 'rechercher',
];

// Words of headings that say what kind of document this is: "TÉRMINOS DE REFERENCIA CONSULTORÍA INDIVIDUAL",
// "AVISO DE ADQUISICION PARA CONTRATACIÓN INDIVIDUAL", "Information about the consultancy".
export const DOCUMENT_KIND_WORDS = new Set([
  'terms', 'term', 'reference', 'references', 'termes', 'terminos', 'referencia', 'tdr', 'tor', 'consultancy', 'consultoria', 'consultance',
  'individual', 'individuel', 'individuelle', 'aviso', 'avis', 'adquisicion', 'adquisiciones', 'contratacion', 'informacion', 'information',
  'request', 'requests', 'proposal', 'proposals', 'propuesta', 'propuestas', 'pedido', 'solicitud', 'invitacion', 'invitation', 'expression',
  'interest', 'manifestation', 'interets', 'appel', 'offres', 'call', 'soumissionner', 'rfp', 'rfq', 'postes', 'h', 'f', 'tender', 'tenders', 'licitacion', 'notice', 'announcement', 'anuncio',
  'procurement', 'contract', 'contrat', 'contrato', 'modalidad', 'details', 'detalles', 'details', 'vacancy', 'job', 'offer', 'offre',
  'oferta', 'description', 'descripcion', 'publica', 'public', 'publique', 'nacional', 'national', 'internacional', 'international',
  'de', 'del', 'la', 'el', 'los', 'las', 'para', 'pour', 'for', 'of', 'the', 'a', 'an', 'about', 'sur', 'le', 'les', 'des', 'du', 'd', 'l', 'y', 'et', 'and',
  // Section headings of the description: "Principales tareas y responsabilidades del puesto", "Key duties".
  'principales', 'principal', 'main', 'key', 'tareas', 'responsabilidades', 'responsibilities', 'duties', 'tasks', 'funciones', 'missions',
  'taches', 'attributions', 'puesto', 'poste', 'position', 'role', 'requisitos', 'requirements', 'qualifications', 'profil', 'profile', 'perfil',
  'competences', 'competencias', 'skills', 'summary', 'resumen', 'resume', 'overview', 'apercu', 'servicios', 'servicio', 'services', 'service',
  'categoria', 'category', 'categorie', 'invitaciones', 'invitations', 'convocatoria', 'convocatorias', 'personal', 'personnel', 'recruitment', 'recrutement', 'reclutamiento',
  // "General objective of the mission", "Objectifs spécifiques de la mission".
  'general', 'generale', 'generaux', 'objective', 'objectives', 'objectif', 'objectifs', 'objetivo', 'objetivos', 'specific', 'specifique',
  'specifiques', 'especifico', 'especificos', 'mission', 'mision', 'missions',
]);

// Words that name a role, an assignment or a call in the three languages.
export const ROLE_WORDS = [
  'expert', 'experte', 'consultant', 'consultante', 'consultancy', 'consultants', 'officer', 'manager', 'coordinator',
  'coordinacion', 'jefatura', 'coordinateur', 'coordinatrice', 'coordonnateur', 'coordonnatrice', 'specialist', 'specialiste', 'adviser', 'advisor', 'conseiller',
  'conseillere', 'assistant', 'assistante', 'associate', 'director', 'directeur', 'directrice', 'chef', 'head', 'lead', 'leader',
  'responsable', 'charge', 'chargee', 'analyst', 'analyste', 'engineer', 'ingenieur', 'ingenieure', 'intern', 'internship', 'stagiaire',
  'stage', 'volunteer', 'volontaire', 'representative', 'representant', 'technician', 'technicien', 'technicienne', 'administrator',
  'administrateur', 'administratrice', 'accountant', 'comptable', 'auditor', 'auditeur', 'trainer', 'formateur', 'formatrice',
  'facilitator', 'facilitateur', 'researcher', 'chercheur', 'evaluator', 'evaluateur', 'evaluation', 'evaluacion', 'consultor',
  'consultora', 'consultoria', 'coordinador', 'coordinadora', 'especialista', 'oficial', 'asesor', 'asesora', 'asistente', 'tecnico',
  'tecnica', 'directora', 'jefe', 'jefa', 'analista', 'pasante', 'pasantia', 'voluntario', 'voluntaria', 'gerente', 'auxiliar',
  'promotor', 'promotora', 'profesional', 'supervisor', 'superviseur', 'superviseure', 'driver', 'chauffeur', 'logistician',
  'logisticien', 'logistico', 'doctor', 'medecin', 'medico', 'nurse', 'infirmier', 'infirmiere', 'enfermera', 'enfermero',
  'psychologist', 'psychologue', 'psicologo', 'psicologa', 'clerk', 'secretary', 'secretaire', 'secretaria', 'animateur',
  'animatrice', 'agent', 'agente', 'mentor', 'economist', 'economiste', 'economista', 'statistician', 'statisticien', 'developer',
  'developpeur', 'programmer', 'editor', 'redacteur', 'translator', 'traducteur', 'traductor', 'interpreter', 'interprete',
  'fellow', 'fellowship', 'elaboracion', 'elaboration', 'revision', 'review', 'soporte', 'apoyo', 'appui', 'support', 'asistencia',
  'assistance', 'fortalecimiento', 'renforcement', 'strengthening', 'sistematizacion', 'capitalisation', 'realisation', 'formulation',
  'formulacion', 'design', 'diseno', 'conception', 'preparation', 'preparacion', 'recruitment', 'recrutement', 'contratacion', 'hiring', 'procurement', 'rfp', 'rfq',
  'tender', 'appel', 'licitacion', 'study', 'etude', 'estudio', 'assessment', 'diagnostic', 'diagnostico', 'audit', 'mission',
  'practicas', 'becario', 'becaria', 'trainee', 'jpo', 'president', 'delegate', 'delegue', 'delegado', 'delegada', 'monitor',
  'enumerator', 'enqueteur', 'encuestador', 'focal', 'point', 'worker', 'educateur', 'educador', 'teacher', 'enseignant', 'docente',
  'facilitador', 'facilitadora', 'mediador', 'mediadora', 'mediator', 'mediateur', 'mediatrice', 'gestionnaire', 'gestor', 'gestora',
  'investigador', 'investigadora', 'contador', 'contadora', 'contable', 'lawyer', 'abogado', 'abogada', 'juriste', 'jurista', 'counsel',
  'architect', 'architecte', 'arquitecto', 'arquitecta', 'nutritionist', 'nutritionniste', 'nutricionista', 'pharmacist', 'pharmacien',
  'pharmacienne', 'farmaceutico', 'midwife', 'sage-femme', 'partera', 'epidemiologist', 'epidemiologiste', 'epidemiologo', 'epidemiologa',
  'veterinaire', 'veterinario', 'agronome', 'agronomo', 'agronomist', 'sociologue', 'sociologo', 'anthropologist', 'anthropologue',
  'antropologo', 'comunicador', 'comunicadora', 'communicator', 'receptionist', 'receptionniste', 'recepcionista', 'storekeeper',
  'magasinier', 'bodeguero', 'mechanic', 'mecanicien', 'mecanico', 'electrician', 'electricien', 'operator', 'operateur', 'operador',
  'controller', 'controleur', 'inspector', 'inspecteur', 'tutor', 'tuteur', 'coach', 'counsellor', 'counselor', 'consejero', 'consejera',
  'trabajador', 'trabajadora', 'travailleur', 'animador', 'animadora', 'educatrice', 'instructor', 'instructeur', 'cook', 'cuisinier',
  'cocinero', 'guard', 'gardien', 'vigilante', 'cashier', 'caissier', 'cajero', 'auditora', 'expertos', 'experta', 'experto',
  'consultores', 'consultoras', 'relator', 'rapporteur', 'moderator', 'moderateur', 'entrenador', 'capacitador', 'capacitadora',
  'planner', 'planificador', 'planificateur', 'geographer', 'geographe', 'cartographer', 'cartographe', 'surveyor', 'topographe',
  // Calls for funding name what they offer: "Call for Project Proposals", "Subvenciones para…", "Funding Opportunity".
  'call', 'proposal', 'grant', 'funding', 'subvencion', 'subvention', 'ayudas',
];
