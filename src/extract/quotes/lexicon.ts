/**
 * Closed word lists the quotation rules rely on: how French and English news copy introduces
 * speech, names people's functions and addresses them. Hand-written because no installed library
 * knows news attribution; the lists are small and general (no word here comes from one article).
 * Every entry is lower case, with the typographic apostrophe folded to `'`.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** French speech verbs as [present, participle], the two forms attribution uses. */
const FRENCH_VERBS: readonly (readonly [string, string])[] = [
  ['déclare', 'déclaré'],
  ['dit', 'dit'],
  ['affirme', 'affirmé'],
  ['ajoute', 'ajouté'],
  ['confie', 'confié'],
  ['explique', 'expliqué'],
  ['commente', 'commenté'],
  ['estime', 'estimé'],
  ['souligne', 'souligné'],
  ['indique', 'indiqué'],
  ['poursuit', 'poursuivi'],
  ['lance', 'lancé'],
  ['assure', 'assuré'],
  ['précise', 'précisé'],
  ['rappelle', 'rappelé'],
  ['note', 'noté'],
  ['observe', 'observé'],
  ['raconte', 'raconté'],
  ['témoigne', 'témoigné'],
  ['reconnaît', 'reconnu'],
  ['reconnait', 'reconnu'],
  ['admet', 'admis'],
  ['regrette', 'regretté'],
  ['déplore', 'déploré'],
  ['avertit', 'averti'],
  ['prévient', 'prévenu'],
  ['insiste', 'insisté'],
  ['conclut', 'conclu'],
  ['résume', 'résumé'],
  ['répond', 'répondu'],
  ['réplique', 'répliqué'],
  ['rétorque', 'rétorqué'],
  ['tranche', 'tranché'],
  ['glisse', 'glissé'],
  ['martèle', 'martelé'],
  ['analyse', 'analysé'],
  ['juge', 'jugé'],
  ['considère', 'considéré'],
  ['assène', 'asséné'],
  ['lâche', 'lâché'],
  ['confirme', 'confirmé'],
  ['annonce', 'annoncé'],
  ['promet', 'promis'],
  ['jure', 'juré'],
  ['écrit', 'écrit'],
  ['détaille', 'détaillé'],
  ['dénonce', 'dénoncé'],
  ['fustige', 'fustigé'],
  ['souffle', 'soufflé'],
  ['répète', 'répété'],
  ['plaide', 'plaidé'],
  ['ironise', 'ironisé'],
  ['relève', 'relevé'],
  ['signale', 'signalé'],
  ['soutient', 'soutenu'],
  ['renchérit', 'renchéri'],
  ['enchaîne', 'enchaîné'],
  ['reprend', 'repris'],
  ['nuance', 'nuancé'],
  ['avoue', 'avoué'],
  ['concède', 'concédé'],
  ['alerte', 'alerté'],
  ['tweete', 'tweeté'],
  ['clame', 'clamé'],
  ['proclame', 'proclamé'],
  ['décrit', 'décrit'],
  ['salue', 'salué'],
  ['évoque', 'évoqué'],
  ['qualifie', 'qualifié'],
  ['réclame', 'réclamé'],
  ['exige', 'exigé'],
  ['demande', 'demandé'],
  ['interroge', 'interrogé'],
  ['rapporte', 'rapporté'],
  ['sourit', 'souri'],
  ['soupire', 'soupiré'],
  ['tonne', 'tonné'],
  ['garantit', 'garanti'],
  ['abonde', 'abondé'],
  ['objecte', 'objecté'],
  ['complète', 'complété'],
  ['menace', 'menacé'],
  ['prédit', 'prédit'],
  ['mentionne', 'mentionné'],
  ['exclame', 'exclamé'],
  ['indigne', 'indigné'],
  ['inquiète', 'inquiété'],
  ['félicite', 'félicité'],
  ['réjouit', 'réjoui'],
  ['emporte', 'emporté'],
  ['amuse', 'amusé'],
  ['étonne', 'étonné'],
  ['désole', 'désolé'],
  ['alarme', 'alarmé'],
  ['interpelle', 'interpellé'],
  ['appelle', 'appelé'],
  ['défend', 'défendu'],
  ['accuse', 'accusé'],
  ['critique', 'critiqué'],
  ['vante', 'vanté'],
  ['parle', 'parlé'],
  ['espère', 'espéré'],
  ['souhaite', 'souhaité'],
  ['redoute', 'redouté'],
  ['craint', 'craint'],
  ['reproche', 'reproché'],
  ['réagit', 'réagi'],
  ['assène', 'asséné'],
  ['pointe', 'pointé'],
  ['nie', 'nié'],
  ['rejette', 'rejeté'],
];

/** Present participles that carry a quotation in French (`promettant un « audit »`). */
const FRENCH_PARTICIPLES = set(`
  déclarant affirmant ajoutant expliquant estimant soulignant assurant précisant rappelant
  promettant dénonçant qualifiant évoquant jugeant saluant réclamant exigeant avertissant
  insistant regrettant déplorant reconnaissant prévenant martelant lançant confiant racontant
  jurant appelant fustigeant`);

function frenchForms(): Set<string> {
  const forms = new Set<string>(FRENCH_PARTICIPLES);
  for (const [present, participle] of FRENCH_VERBS) {
    forms.add(present);
    forms.add(participle);
    // The imperfect of the -er verbs: `déclarait`, `affirmaient`.
    if (participle.endsWith('é')) {
      forms.add(`${participle.slice(0, -1)}ait`);
      forms.add(`${participle.slice(0, -1)}aient`);
    }
    if (present.endsWith('e')) forms.add(`${present}nt`);
  }
  return forms;
}

/** Every French form that introduces or reports speech. */
export const FRENCH_SPEECH: ReadonlySet<string> = frenchForms();

/** French present forms allowed in an inverted incise without auxiliary (`», raconte X`). */
export const FRENCH_PRESENT: ReadonlySet<string> = new Set(FRENCH_VERBS.map(([p]) => p));

/** English speech verbs in every form attribution uses. */
export const ENGLISH_SPEECH = set(`
  say says said saying tell tells told add adds added explain explains explained note notes noted
  state states stated write writes wrote tweet tweets tweeted post posts posted ask asks asked
  reply replies replied respond responds responded insist insists insisted warn warns warned
  argue argues argued continue continues continued recall recalls recalled acknowledge
  acknowledges acknowledged admit admits admitted announce announces announced declare declares
  declared claim claims claimed conclude concludes concluded remark remarks remarked observe
  observes observed confirm confirms confirmed caution cautions cautioned urge urges urged
  suggest suggests suggested promise promises promised vow vows vowed call calls called describe
  describes described praise praises praised welcome welcomes welcomed denounce denounces
  denounced criticise criticises criticised criticize criticizes criticized complain complains
  complained boast boasts boasted predict predicts predicted stress stresses stressed emphasise
  emphasises emphasised emphasize emphasizes emphasized testify testifies testified recount
  recounts recounted agree agrees agreed joke jokes joked quip quips quipped shout shouts shouted
  accuse accuses accused brand brands branded label labels labelled labeled hail hails hailed
  slam slams slammed blast blasts blasted defend defends defended deny denies denied reject
  rejects rejected pledge pledges pledged demand demands demanded dismiss dismisses dismissed
  concede concedes conceded deplore deplores deplored lament laments lamented`);

/** Auxiliaries that start a French inverted incise: `», a déclaré X`, `», avait-il dit`. */
export const FRENCH_AUXILIARIES = set('a avait aurait ont avaient auraient va vont');

/** Words a speaker phrase never runs through: verbs, relatives, conjunctions of a new clause. */
export const VERB_MARKERS = set(`
  a ont est sont était étaient avait avaient sera seront serait aurait auraient fut doit doivent va
  vont peut peuvent fait font reste semble se s' ne n' y en qui que qu' dont où lui leur
  is was were are has have had will would could should can may might must did does do who whom
  which that whose where when while been being gets got`);

/** Prepositions that end a speaker phrase after its head (`X devant l'Assemblée`, `X on Monday`). */
export const ADJUNCT_PREPOSITIONS = set(`
  devant lors pendant durant après avant depuis dans sur en avec sans chez vers jusqu' selon
  during after before on in with without via outside inside near`);

/** Prepositions that attach a complement inside a role (`directeur de Frontex`, `head of`). */
export const COMPLEMENT_PREPOSITIONS = set(`
  de du des d' à au aux of at for from to pour by`);

export const DETERMINERS = set(`
  le la l' les un une des the a an`);

export const DEFINITE_DETERMINERS = set(`le la l' les the`);

export const POSSESSIVES = set(`son sa ses leur leurs notre nos his her their its our`);

/** Words before a role that do not change who it is: `ancien ministre`, `former minister`. */
export const ROLE_MODIFIERS = set(`
  ancien ancienne anciens anciennes ex former then new nouveau nouvelle nouveaux actuel actuelle
  current acting interim deputy vice premier première first chief senior junior`);

/** Functions, titles of office and the like: the nouns a role is made of. */
export const ROLE_NOUNS = set(`
  président présidente présidents vice-président vice-présidente directeur directrice
  directeurs directrices ministre ministres secrétaire secrétaires porte-parole maire maires
  adjoint adjointe député députée députés sénateur sénatrice chef cheffe responsable
  responsables dirigeant dirigeante fondateur fondatrice cofondateur cofondatrice pdg patron
  patronne avocat avocate avocats procureur procureure juge juges commissaire préfet préfète
  gouverneur gouverneure wali caïd ambassadeur ambassadrice consul conseiller conseillère
  conseillers chargé chargée délégué déléguée représentant représentante coordinateur
  coordinatrice entraîneur entraîneuse entraineur sélectionneur capitaine joueur joueuse
  attaquant attaquante défenseur gardien milieu économiste économistes analyste analystes
  chercheur chercheuse chercheurs professeur professeure enseignant enseignante sociologue
  politologue historien historienne spécialiste expert experte experts médecin médecins
  infirmier infirmière chirurgien chirurgienne urgentiste syndicaliste militant militante
  militants activiste leader roi reine prince princesse pape rapporteur rapporteure inspecteur
  inspectrice officier général colonel commandant lieutenant capitaine sergent policier
  policière gendarme pompier pompiers témoin témoins habitant habitante habitants riverain
  riveraine riverains élu élue élus candidat candidate étudiant étudiante manifestant
  manifestante agriculteur agricultrice éleveur éleveuse pêcheur commerçant commerçante artisan
  auteur autrice écrivain écrivaine réalisateur réalisatrice acteur actrice chanteur chanteuse
  artiste journaliste rédacteur rédactrice éditorialiste gérant gérante trésorier trésorière
  salarié salariée ouvrier ouvrière employé employée cadre ingénieur ingénieure architecte
  pasteur imam rabbin évêque archevêque cardinal prêtre bourgmestre échevin eurodéputé
  eurodéputée magistrat magistrate bâtonnier notaire médiateur médiatrice paléoclimatologue
  climatologue scientifique physicien physicienne biologiste psychologue psychiatre
  épidémiologiste virologue infectiologue urgentiste pédiatre vétérinaire pharmacien
  pharmacienne supporter supporteur supportrice supporters bijoutier bijoutière boulanger
  boulangère restaurateur restauratrice commissaire-priseur diplomate diplomates source sources
  proche proches collaborateur collaboratrice négociateur négociatrice président-directeur
  administrateur administratrice commandante lieutenante adjudant brigadier sapeur
  président-fondateur chroniqueur chroniqueuse présentateur présentatrice producteur
  productrice créateur créatrice directeur-général inspecteur-général vice-premier
  president vice-president director directors minister ministers secretary secretaries
  spokesman spokeswoman spokesperson spokespeople mayor deputy senator representative
  congressman congresswoman governor chief head leader chairman chairwoman chair ceo cfo coo
  executive founder co-founder lawyer lawyers attorney prosecutor judge commissioner ambassador
  envoy adviser advisor official officials officer analyst analysts economist economists
  researcher researchers professor scientist scientists expert experts doctor doctors nurse
  surgeon coach manager captain player striker midfielder defender goalkeeper activist
  activists campaigner organiser organizer witness witnesses resident residents student
  teacher worker workers owner editor author writer director-general secretary-general general
  colonel commander lieutenant sergeant inspector detective sheriff constable trustee partner
  candidate lawmaker lawmakers legislator mp mep chancellor king queen prince princess pope
  bishop archbishop cardinal rabbi imam pastor priest strategist consultant historian
  sociologist meteorologist forecaster paramedic firefighter crewman skipper barrister
  solicitor counsel investor trader banker chemist physicist biologist psychologist
  psychiatrist epidemiologist virologist pediatrician paediatrician veterinarian pharmacist
  democrat republican democrats republicans labour tory conservative liberal spokesmen
  negotiator negotiators source sources aide aides staffer pilot driver farmer fisherman
  fishermen survivor survivors victim victims volunteer volunteers protester protesters
  demonstrator demonstrators commentator presenter producer creator engineer architect
  secretary-of-state premier president-elect speaker whip fellow lecturer dean principal
  headteacher headmaster superintendent chairperson docteur rescapé rescapée survivant
  survivante producteur productrice figure patient patiente
  bénévole bénévoles agent agente fonctionnaire militaire soldat soldats réserviste migrant
  migrante réfugié réfugiée opposant opposante dissident dissidente maraîcher maraîchère
  viticulteur viticultrice vigneron vigneronne céréalier exploitant exploitante entrepreneur
  entrepreneuse dirigeants chauffeur conducteur conductrice contrôleur contrôleuse gov sen rep lt gen col capt sgt insp det supt cllr cmdr adm
  councillor councilor alderman marshal deputies chiefs administrator administrators hydrologue
  géologue glaciologue océanographe sismologue volcanologue démographe géographe urbaniste
  hydrologist geologist seismologist volcanologist demographer geographer oceanographer
  abonné abonnée abonnés spectateur spectatrice passant passante client cliente usager usagère
  lecteur lectrice voyageur voyageuse parent parents élève élèves fan fans customer customers
  shopper shoppers commuter commuters passenger passengers voter voters visitor visitors
  tourist tourists locals parishioner pensioner retraité retraitée retraités salariés
  conseiller-football directeur-sportif`);

/** Collective speakers, who speak but hold no role: `the ministry said`, `le parquet a indiqué`. */
export const GROUP_NOUNS = set(`
  ministère gouvernement préfecture parquet police gendarmerie mairie municipalité conseil
  commission entreprise société groupe club syndicat syndicats association agence armée
  hôpital tribunal cour organisation ong fédération état-major direction administration
  ministry government council company firm group club union unions association agency
  department office administration army military hospital court police organisation
  organization federation authority authorities prosecutors commission regulator watchdog
  campaign coastguard service board bank`);

/** Titles of address: never part of a name or a role, but they tell a name and a gender. */
export const TITLES: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['m', 'm'],
  ['mm', 'm'],
  ['monsieur', 'm'],
  ['mme', 'f'],
  ['mmes', 'f'],
  ['madame', 'f'],
  ['mlle', 'f'],
  ['mademoiselle', 'f'],
  ['me', null],
  ['maître', null],
  ['mgr', 'm'],
  ['dr', null],
  ['docteur', null],
  ['pr', null],
  ['prof', null],
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['sir', 'm'],
  ['dame', 'f'],
  ['lord', 'm'],
  ['lady', 'f'],
  ['rev', null],
  ['prince', 'm'],
  ['princess', 'f'],
  ['princesse', 'f'],
  ['sheikh', 'm'],
  ['cheikh', 'm'],
]);

/** Nouns whose gender is known: it lets `elle` or `she` find its person. */
export const FEMININE_NOUNS = set(`
  présidente directrice avocate procureure préfète ambassadrice
  conseillère chargée déléguée représentante coordinatrice entraîneuse joueuse attaquante
  chercheuse professeure enseignante historienne experte infirmière chirurgienne militante reine
  princesse rapporteure inspectrice policière habitante riveraine élue candidate étudiante
  manifestante agricultrice éleveuse commerçante autrice écrivaine réalisatrice actrice
  chanteuse rédactrice gérante trésorière salariée ouvrière employée ingénieure eurodéputée
  magistrate médiatrice physicienne pharmacienne bijoutière boulangère restauratrice cheffe
  sénatrice députée adjointe fondatrice cofondatrice patronne gouverneure dirigeante
  commandante lieutenante vice-présidente spokeswoman chairwoman congresswoman businesswoman
  actress queen princess wife mother daughter sister widow grandmother girlfriend aunt niece
  épouse femme mère fille sœur veuve grand-mère compagne tante nièce`);

export const MASCULINE_NOUNS = set(`
  spokesman chairman congressman businessman king prince husband father son brother widower
  grandfather boyfriend uncle nephew mari époux père fils frère veuf grand-père compagnon oncle
  neveu`);

/** Words that make a capitalised run an organisation or a place, not a person. */
export const ORGANISATION_WORDS = set(`
  comité union ministère ministry agence agency conseil council commission parlement parliament
  assemblée assembly sénat senate cour court tribunal banque bank fonds fund organisation
  organization office institut institute université university college école school lycée
  collège académie academy hôpital hospital clinique clinic centre center fondation foundation
  association fédération federation ligue league coupe cup club fc stade stadium parc park
  rue street avenue road boulevard place square gare station aéroport airport port église
  church cathédrale cathedral musée museum théâtre theatre theater festival prix prize award
  awards forum sommet summit conférence conference accord agreement traité treaty plan
  programme program service services authority autorité board bureau group groupe company
  compagnie corporation corp inc ltd plc sa sas llc holdings partners capital management
  networks network systems technologies energy power motors airlines airways media radio
  télévision television channel news times post journal tribune gazette herald guardian
  telegraph mail express observer monde figaro libération parisien échos press presse
  highways railway railways police gendarmerie army armée navy marine force forces department
  département région region province state states république republic royaume kingdom
  empire island islands île îles mountains montagnes valley vallée river rivière fleuve sea mer
  ocean océan gulf golfe lake lac coast côte hebrides alpes alps county comté city ville town
  district branch division unit committee polling party parti front mouvement movement
  alliance coalition nations europe européenne européen africa afrique asia asie america
  amérique inter info infos video vidéo tv prime plus hall house maison palace palais tower
  tour bridge pont hotel hôtel restaurant market marché exchange bourse index indice
  coastguard guard garde secretariat secrétariat`);

/** Capitalised words that start sentences, never names: articles, prepositions, pronouns… */
export const FUNCTION_WORDS = set(`
  le la les l' un une des du de d' au aux ce cet cette ces son sa ses leur leurs mon ma mes
  notre nos votre vos pour selon en dans sur sous avec sans par chez vers entre contre après
  avant depuis pendant lors devant derrière parmi malgré durant hors auprès envers près loin et ou mais donc or ni car si quand lorsque alors puis ainsi aussi
  enfin cependant toutefois pourtant néanmoins ici là il elle ils elles on nous vous je tu
  qui que quoi dont où comme tout tous toute toutes plusieurs certains certaines chaque
  aucun aucune autre autres côté face outre hier aujourd'hui demain dès déjà encore
  the a an this that these those his her their its our your my in on at by for from with
  without of to into onto over under after before during since until while when where as if
  about above across against along among amid around behind below beside between beyond
  despite down inside near off outside past through throughout toward towards upon within
  and or but so yet because although though he she they it we you i me us them there here
  what which who whom whose how why all some many most every each no not one two three also
  then now today yesterday tomorrow meanwhile however still earlier later last next
  lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday
  friday saturday sunday janvier février mars avril mai juin juillet août septembre octobre
  novembre décembre january february march april may june july august september october
  november december`);

/** Lower-case links inside a name: `Ursula von der Leyen`, `Charles de Gaulle`. */
export const NAME_PARTICLES = set(`
  de du des d' von van der den da di del della do dos das bin ben ibn al el zu ter ten la le`);

/** Time words that may stand between an incise verb and its subject (`a déclaré jeudi X`). */
export const TIME_WORDS = set(`
  lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain matin soir midi
  après-midi dernier dernière prochain prochaine encore aussi également ensuite alors enfin
  toutefois pourtant cependant néanmoins d'ailleurs notamment ainsi aussitôt immédiatement
  sobrement simplement plus tard déjà soir-là jour-là ce cette on monday tuesday wednesday
  thursday friday saturday sunday yesterday today later earlier also again then
  afterwards`);

export const PERSONAL_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'plural' | 'thing'> = new Map([
  ['il', 'm'],
  ['elle', 'f'],
  ['ils', 'plural'],
  ['elles', 'plural'],
  ['lui', 'm'],
  ['eux', 'plural'],
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'plural'],
  ['it', 'thing'],
  ['him', 'm'],
]);

/** Openings of an attribution to nobody in particular: `selon nos informations`, `it is said`. */
export const IMPERSONAL_OPENINGS: readonly string[] = [
  'on',
  'nos informations',
  'our information',
  'it is',
  'it was',
  'il est',
  'il a été',
];

/** What follows an impersonal French `il`: `il faut`, `il y a`, `il semble`. */
export const IMPERSONAL_IL = set(`
  faut fallait faudra faudrait y semble semblait s' reste paraît suffit convient importe vaut
  arrive manque existe`);

/** Determiners of a plural noun phrase: `les syndicats`, `these analysts`. */
export const PLURAL_DETERMINERS = set(`les des ces leurs ses nos these those`);

/**
 * Words that may stand between a subject and its speech verb (`X a toutefois déclaré`, `X has
 * also said`): auxiliaries, adverbs, negation, clitic pronouns.
 */
export const BETWEEN_SUBJECT_AND_VERB = set(`
  a avait ont avaient aurait toutefois immédiatement aussitôt également aussi déjà encore
  ensuite alors pourtant notamment ainsi n n' ne pas l' lui leur nous se s' y en has had have
  will would also then later previously repeatedly once publicly privately never not just since
  est était sont`);

/** Small words of a title in title case: `Game of Thrones`, `La Guerre des étoiles`. */
export const TITLE_SMALL_WORDS = set(`of the and a an in on for to de la le les du des et`);

/**
 * Common French and English first names by gender, so `she` and `elle` skip a man named just
 * before (and the reverse). Only used to rule a reading out: an unknown name stays possible,
 * and names given to both (Jean, Camille, Pat, Andrea…) are in neither list.
 */
export const FEMININE_FIRST_NAMES = set(`
  marie anne sophie isabelle nathalie catherine christine sylvie valérie sandrine céline julie
  claire  émilie aurélie caroline laura léa chloé manon emma inès sarah clara lucie
  juliette charlotte pauline élodie hélène françoise monique nicole martine brigitte anne-marie
  marie-claude véronique patricia florence agnès laurence corinne virginie stéphanie
  delphine audrey mélanie amélie marion margaux élisabeth elisabeth ségolène marine rachida
  najat fatima khadija nadia amina leïla yasmina samira christiane jacqueline danielle odile
  josiane ginette mary elizabeth jennifer linda barbara susan jessica karen nancy lisa betty
  margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah rebecca
  stephanie laura helen sharon cynthia kathleen amy angela shirley anna ruth brenda pamela
  nicole katherine virginia catherine christine samantha debra janet rachel carolyn emma maria
  heather diane julie joyce victoria  christina joan evelyn lauren judith olivia megan
  cheryl martha  frances hannah jacqueline ann gloria  kathryn alice teresa sara
  janice doris madison julia grace judy abigail marie denise beverly amber theresa marilyn
  danielle diana brittany natalie sophia rose isabella  kayla charlotte gillian kamala
  hillary nancy ursula angela theresa liz priti suella yvette jacinda giorgia`);

export const MASCULINE_FIRST_NAMES = set(`
   pierre michel philippe alain nicolas christophe patrick daniel bernard éric eric laurent
  frédéric stéphane david olivier sébastien julien thomas françois pascal thierry jacques
  gérard didier christian vincent antoine emmanuel gabriel bruno yves marc paul luc jérôme
  guillaume maxime alexandre hugo lucas louis arthur raphaël jules léo mathieu matthieu benoît
  gérald édouard edouard jean-luc jean-pierre jean-marie jean-louis jean-claude jean-yves
  arnaud grégory fabien franck mohamed mohammed ahmed karim rachid nasser khalid youssef omar
  ali hassan hans john robert james michael william richard joseph charles christopher matthew
  anthony mark donald steven andrew kenneth joshua kevin brian george timothy ronald edward
  jason jeffrey ryan jacob gary nicholas jonathan stephen larry justin scott brandon benjamin
  samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
  henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry austin
  sean gerald carl harold dylan arthur lawrence  jesse bryan billy bruce gabriel joe
  logan albert willie alan eugene russell vincent philip bobby johnny bradley tom tim 
  steve mike dan rishi boris keir emmanuel vladimir volodymyr xi joe barack narendra recep
  olaf friedrich pedro giorgio luis`);
