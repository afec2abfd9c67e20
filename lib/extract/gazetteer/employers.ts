/**
 * The field's employers, with the names postings give them in English, French and Spanish, their
 * acronyms and their web domains: a reposted offer names its employer in words, a board of the employer's
 * own is recognised by its address. Acronyms are matched in capitals only ("IOM", never "iom").
 */
export interface Employer {
  /** The name shown, in English unless the body has no English name. */
  name: string;
  fr?: string;
  es?: string;
  /** A family of bodies (the UN, the EU) that pages name far more often than they recruit for it. */
  umbrella?: boolean;
  /** Other full names, in any language. */
  aliases?: string[];
  acronyms?: string[];
  domains?: string[];
}

export const EMPLOYERS: Employer[] = [
  // United Nations: secretariat, funds, programmes, specialised agencies
  { name: 'United Nations', umbrella: true, fr: 'Organisation des Nations Unies', es: 'Naciones Unidas', aliases: ['Nations Unies', 'Organización de las Naciones Unidas'], acronyms: ['ONU'], domains: ['un.org', 'careers.un.org'] },
  { name: 'International Organization for Migration', fr: 'Organisation internationale pour les migrations', es: 'Organización Internacional para las Migraciones', aliases: ['UN Migration'], acronyms: ['IOM', 'OIM'], domains: ['iom.int'] },
  { name: 'United Nations Development Programme', fr: 'Programme des Nations Unies pour le développement', es: 'Programa de las Naciones Unidas para el Desarrollo', acronyms: ['UNDP', 'PNUD'], domains: ['undp.org'] },
  { name: "United Nations Children's Fund", fr: "Fonds des Nations Unies pour l'enfance", es: 'Fondo de las Naciones Unidas para la Infancia', acronyms: ['UNICEF'], domains: ['unicef.org'] },
  { name: 'United Nations High Commissioner for Refugees', fr: 'Haut Commissariat des Nations Unies pour les réfugiés', es: 'Alto Comisionado de las Naciones Unidas para los Refugiados', aliases: ['UN Refugee Agency', "Agence des Nations Unies pour les réfugiés", 'Agencia de la ONU para los Refugiados'], acronyms: ['UNHCR', 'HCR', 'ACNUR'], domains: ['unhcr.org'] },
  { name: 'World Food Programme', fr: 'Programme alimentaire mondial', es: 'Programa Mundial de Alimentos', acronyms: ['WFP', 'PAM'], domains: ['wfp.org'] },
  { name: 'Food and Agriculture Organization of the United Nations', fr: "Organisation des Nations Unies pour l'alimentation et l'agriculture", es: 'Organización de las Naciones Unidas para la Alimentación y la Agricultura', aliases: ['Food and Agriculture Organization'], acronyms: ['FAO'], domains: ['fao.org'] },
  { name: 'World Health Organization', fr: 'Organisation mondiale de la santé', es: 'Organización Mundial de la Salud', acronyms: ['WHO', 'OMS'], domains: ['who.int'] },
  { name: 'Pan American Health Organization', fr: 'Organisation panaméricaine de la santé', es: 'Organización Panamericana de la Salud', acronyms: ['PAHO', 'OPS'], domains: ['paho.org'] },
  { name: 'United Nations Office for Project Services', fr: "Bureau des Nations Unies pour les services d'appui aux projets", es: 'Oficina de las Naciones Unidas de Servicios para Proyectos', acronyms: ['UNOPS'], domains: ['unops.org'] },
  { name: 'UN Women', fr: 'ONU Femmes', es: 'ONU Mujeres', aliases: ["United Nations Entity for Gender Equality and the Empowerment of Women"], domains: ['unwomen.org'] },
  { name: 'United Nations Population Fund', fr: 'Fonds des Nations Unies pour la population', es: 'Fondo de Población de las Naciones Unidas', acronyms: ['UNFPA'], domains: ['unfpa.org'] },
  { name: 'International Labour Organization', fr: 'Organisation internationale du Travail', es: 'Organización Internacional del Trabajo', acronyms: ['ILO', 'OIT'], domains: ['ilo.org'] },
  { name: 'United Nations Educational, Scientific and Cultural Organization', fr: "Organisation des Nations Unies pour l'éducation, la science et la culture", es: 'Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura', acronyms: ['UNESCO'], domains: ['unesco.org'] },
  { name: 'United Nations Environment Programme', fr: "Programme des Nations Unies pour l'environnement", es: 'Programa de las Naciones Unidas para el Medio Ambiente', acronyms: ['UNEP', 'PNUE', 'PNUMA'], domains: ['unep.org'] },
  { name: 'United Nations Office on Drugs and Crime', fr: "Office des Nations Unies contre la drogue et le crime", es: 'Oficina de las Naciones Unidas contra la Droga y el Delito', acronyms: ['UNODC', 'ONUDC'], domains: ['unodc.org'] },
  { name: 'Office for the Coordination of Humanitarian Affairs', fr: 'Bureau de la coordination des affaires humanitaires', es: 'Oficina de Coordinación de Asuntos Humanitarios', acronyms: ['OCHA', 'UNOCHA'], domains: ['unocha.org'] },
  { name: 'United Nations Volunteers', fr: 'Volontaires des Nations Unies', es: 'Voluntarios de las Naciones Unidas', acronyms: ['UNV', 'VNU'], domains: ['unv.org', 'app.unv.org'] },
  { name: 'United Nations Industrial Development Organization', fr: 'Organisation des Nations Unies pour le développement industriel', es: 'Organización de las Naciones Unidas para el Desarrollo Industrial', acronyms: ['UNIDO', 'ONUDI'], domains: ['unido.org'] },
  { name: 'United Nations Human Settlements Programme', fr: 'Programme des Nations Unies pour les établissements humains', es: 'Programa de las Naciones Unidas para los Asentamientos Humanos', aliases: ['UN-Habitat', 'ONU-Habitat'], domains: ['unhabitat.org'] },
  { name: 'United Nations Capital Development Fund', fr: "Fonds d'équipement des Nations Unies", es: 'Fondo de las Naciones Unidas para el Desarrollo de la Capitalización', acronyms: ['UNCDF', 'FENU'], domains: ['uncdf.org'] },
  { name: 'Economic Commission for Latin America and the Caribbean', fr: "Commission économique pour l'Amérique latine et les Caraïbes", es: 'Comisión Económica para América Latina y el Caribe', acronyms: ['ECLAC', 'CEPAL'], domains: ['cepal.org'] },
  { name: 'International Fund for Agricultural Development', fr: 'Fonds international de développement agricole', es: 'Fondo Internacional de Desarrollo Agrícola', acronyms: ['IFAD', 'FIDA'], domains: ['ifad.org'] },
  { name: 'International Trade Centre', fr: 'Centre du commerce international', es: 'Centro de Comercio Internacional', domains: ['intracen.org'] },
  { name: 'United Nations Relief and Works Agency for Palestine Refugees', fr: "Office de secours et de travaux des Nations Unies pour les réfugiés de Palestine", acronyms: ['UNRWA'], domains: ['unrwa.org'] },
  { name: 'Joint United Nations Programme on HIV/AIDS', acronyms: ['UNAIDS', 'ONUSIDA'], domains: ['unaids.org'] },
  { name: 'World Bank', fr: 'Banque mondiale', es: 'Banco Mundial', aliases: ['World Bank Group', 'Groupe de la Banque mondiale'], domains: ['worldbank.org'] },
  { name: 'International Monetary Fund', fr: 'Fonds monétaire international', es: 'Fondo Monetario Internacional', acronyms: ['IMF', 'FMI'], domains: ['imf.org'] },
  { name: 'African Development Bank', fr: 'Banque africaine de développement', es: 'Banco Africano de Desarrollo', acronyms: ['AfDB'], domains: ['afdb.org'] },
  { name: 'Inter-American Development Bank', fr: 'Banque interaméricaine de développement', es: 'Banco Interamericano de Desarrollo', acronyms: ['IDB', 'BID'], domains: ['iadb.org'] },
  { name: 'Asian Development Bank', fr: 'Banque asiatique de développement', es: 'Banco Asiático de Desarrollo', domains: ['adb.org'] },
  { name: 'Organization of American States', fr: 'Organisation des États américains', es: 'Organización de los Estados Americanos', acronyms: ['OAS', 'OEA'], domains: ['oas.org'] },
  { name: 'International Committee of the Red Cross', fr: 'Comité international de la Croix-Rouge', es: 'Comité Internacional de la Cruz Roja', acronyms: ['ICRC', 'CICR'], domains: ['icrc.org'] },
  { name: 'International Federation of Red Cross and Red Crescent Societies', fr: 'Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge', es: 'Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja', acronyms: ['IFRC', 'FICR'], domains: ['ifrc.org'] },
  { name: 'Organisation for Economic Co-operation and Development', fr: 'Organisation de coopération et de développement économiques', acronyms: ['OECD', 'OCDE'], domains: ['oecd.org'] },
  { name: 'Organization for Security and Co-operation in Europe', fr: 'Organisation pour la sécurité et la coopération en Europe', acronyms: ['OSCE'], domains: ['osce.org'] },
  { name: 'Organisation of Eastern Caribbean States', fr: 'Organisation des États de la Caraïbe orientale', acronyms: ['OECS', 'OECO'], domains: ['oecs.org', 'oecs.int'] },
  { name: 'Economic Community of West African States', fr: "Communauté économique des États de l'Afrique de l'Ouest", acronyms: ['ECOWAS', 'CEDEAO'], domains: ['ecowas.int'] },
  { name: 'African Union', fr: 'Union africaine', es: 'Unión Africana', domains: ['au.int'] },
  { name: 'European Union', umbrella: true, fr: 'Union européenne', es: 'Unión Europea', aliases: ['European Commission', 'Commission européenne', 'Comisión Europea', 'Delegation of the European Union', "Délégation de l'Union européenne", 'Delegación de la Unión Europea'], domains: ['europa.eu', 'eeas.europa.eu'] },
  // French, European and other bilateral agencies
  { name: 'Expertise France', domains: ['expertisefrance.fr', 'expertise-france.gestmax.fr'] },
  { name: 'Agence française de développement', aliases: ['French Development Agency', 'Agencia Francesa de Desarrollo'], acronyms: ['AFD'], domains: ['afd.fr'] },
  { name: 'France Volontaires', domains: ['france-volontaires.org'] },
  { name: 'CIVIPOL', aliases: ['Civipol Conseil'], domains: ['civipol.fr'] },
  { name: 'Deutsche Gesellschaft für Internationale Zusammenarbeit', aliases: ['German Agency for International Cooperation'], acronyms: ['GIZ'], domains: ['giz.de'] },
  { name: 'Enabel', aliases: ['Belgian Development Agency', 'Agence belge de développement'], domains: ['enabel.be'] },
  { name: 'Agencia Española de Cooperación Internacional para el Desarrollo', fr: 'Agence espagnole de coopération internationale pour le développement', aliases: ['Spanish Agency for International Development Cooperation', 'Cooperación Española'], acronyms: ['AECID'], domains: ['aecid.es'] },
  { name: 'Fundación Internacional y para Iberoamérica de Administración y Políticas Públicas', acronyms: ['FIIAPP'], domains: ['fiiapp.org'] },
  { name: 'United States Agency for International Development', acronyms: ['USAID'], domains: ['usaid.gov'] },
  { name: 'Japan International Cooperation Agency', acronyms: ['JICA'], domains: ['jica.go.jp'] },
  { name: 'Swiss Agency for Development and Cooperation', fr: 'Direction du développement et de la coopération', acronyms: ['SDC', 'DDC', 'COSUDE'], domains: ['eda.admin.ch'] },
  { name: 'Luxembourg Agency for Development Cooperation', aliases: ['LuxDev'], domains: ['luxdev.lu'] },
  { name: 'Coordination SUD', domains: ['coordinationsud.org'] },
  // International NGOs
  { name: 'Médecins Sans Frontières', es: 'Médicos Sin Fronteras', aliases: ['Doctors Without Borders'], acronyms: ['MSF'], domains: ['msf.org', 'msf.fr', 'msf.es'] },
  { name: 'Action contre la Faim', es: 'Acción contra el Hambre', aliases: ['Action Against Hunger'], acronyms: ['ACF'], domains: ['actioncontrelafaim.org', 'actionagainsthunger.org', 'accioncontraelhambre.org'] },
  { name: 'Solidarités International', domains: ['solidarites.org'] },
  { name: 'Première Urgence Internationale', acronyms: ['PUI'], domains: ['premiere-urgence.org'] },
  { name: 'ACTED', domains: ['acted.org'] },
  { name: 'Handicap International', aliases: ['Humanity & Inclusion', 'Humanité & Inclusion'], domains: ['hi.org', 'handicap-international.org'] },
  { name: 'Médecins du Monde', es: 'Médicos del Mundo', aliases: ['Doctors of the World'], acronyms: ['MdM'], domains: ['medecinsdumonde.org', 'medicosdelmundo.org'] },
  { name: 'Alliance for International Medical Action', acronyms: ['ALIMA'], domains: ['alima.ngo'] },
  { name: 'International Rescue Committee', fr: 'Comité international de secours', acronyms: ['IRC'], domains: ['rescue.org'] },
  { name: 'Norwegian Refugee Council', fr: 'Conseil norvégien pour les réfugiés', es: 'Consejo Noruego para Refugiados', acronyms: ['NRC'], domains: ['nrc.no'] },
  { name: 'Danish Refugee Council', fr: 'Conseil danois pour les réfugiés', es: 'Consejo Danés para Refugiados', domains: ['drc.ngo'] },
  { name: 'Save the Children', domains: ['savethechildren.net', 'savethechildren.org', 'savethechildren.es'] },
  { name: 'Mercy Corps', domains: ['mercycorps.org'] },
  { name: 'Oxfam', aliases: ['Oxfam Intermón', 'Oxfam International', 'Oxfam GB', 'Oxfam Novib'], domains: ['oxfam.org', 'oxfamintermon.org'] },
  { name: 'CARE International', aliases: ['CARE'], domains: ['care.org', 'careinternational.org', 'care-international.org'] },
  { name: 'World Vision', aliases: ['World Vision International', 'Visión Mundial'], domains: ['wvi.org', 'worldvision.org'] },
  { name: 'Plan International', domains: ['plan-international.org'] },
  { name: 'Catholic Relief Services', domains: ['crs.org'] },
  { name: 'International Medical Corps', domains: ['internationalmedicalcorps.org'] },
  { name: 'Terre des hommes', aliases: ['Terre des Hommes'], acronyms: ['Tdh'], domains: ['tdh.ch', 'tdh.org'] },
  { name: 'Ayuda en Acción', domains: ['ayudaenaccion.org'] },
  { name: 'Caritas', aliases: ['Caritas Internationalis', 'Secours Catholique'], domains: ['caritas.org'] },
  { name: 'Croix-Rouge française', aliases: ['French Red Cross'], domains: ['croix-rouge.fr'] },
  { name: 'Cruz Roja Española', aliases: ['Spanish Red Cross'], domains: ['cruzroja.es'] },
  { name: 'Welthungerhilfe', domains: ['welthungerhilfe.org'] },
  { name: 'Islamic Relief', domains: ['islamic-relief.org'] },
  { name: 'Helvetas', domains: ['helvetas.org'] },
  { name: 'SOS Children’s Villages', fr: "SOS Villages d'Enfants", es: 'Aldeas Infantiles SOS', domains: ['sos-childrensvillages.org'] },
  { name: 'Search for Common Ground', domains: ['sfcg.org'] },
  { name: 'Internews', domains: ['internews.org'] },
  { name: 'FHI 360', domains: ['fhi360.org'] },
  { name: 'Jhpiego', domains: ['jhpiego.org'] },
  { name: 'Chemonics International', aliases: ['Chemonics'], domains: ['chemonics.com'] },
  { name: 'DAI Global', domains: ['dai.com'] },
  { name: 'Tetra Tech', domains: ['tetratech.com'] },
  { name: 'Humanitarian OpenStreetMap Team', domains: ['hotosm.org'] },
  { name: 'Geneva Centre for Security Sector Governance', aliases: ['DCAF'], domains: ['dcaf.ch'] },
  { name: 'International Institute for Democracy and Electoral Assistance', aliases: ['International IDEA'], domains: ['idea.int'] },
  { name: 'Fondation Hirondelle', domains: ['hirondelle.org'] },
];
