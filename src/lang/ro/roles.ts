import { agree, unique } from "./forms.js";

/*
 * Roles and titles keyed by the role ids of src/lexicon/roles.ts. Romanian nouns carry the
 * definite article and the case as suffixes, so each head comes in its nominative articled
 * form ("purtătorul"), its genitive-dative articled form ("purtătorului") and its bare form used
 * in appositions ("Dmitri Peskov, purtător de cuvânt al Kremlinului"). Feminine heads take the
 * genitive article "a", masculine ones "al" (see `agree`).
 */

/** Spokesperson heads, by gender, in nominative, genitive-dative and unarticled form. */
const SPOKESPERSON = {
  m: ["purtătorul de cuvânt", "purtătorului de cuvânt", "purtător de cuvânt", "un purtător de cuvânt", "secretarul de presă", "secretarului de presă", "secretar de presă"],
  f: ["purtătoarea de cuvânt", "purtătoarei de cuvânt", "purtătoare de cuvânt", "secretara de presă", "secretarei de presă"],
} as const;

/** "X of the Kremlin" tails. */
const OF_KREMLIN = [
  "AL Kremlinului", "de la Kremlin", "AL președintelui rus", "AL președintelui Rusiei", "AL lui Putin",
  "AL lui Vladimir Putin", "AL liderului de la Kremlin", "AL președinției ruse", "AL administrației prezidențiale ruse",
  "AL liderului rus", "AL președintelui Federației Ruse",
];
/** "X of the White House" tails. */
const OF_WHITE_HOUSE = [
  "AL Casei Albe", "de la Casa Albă", "AL președintelui american", "AL președintelui SUA", "AL președinției americane",
  "AL lui Trump", "AL lui Donald Trump", "AL lui Biden", "AL lui Joe Biden", "AL lui Obama", "AL administrației prezidențiale americane",
];
/** "X of the Russian Foreign Ministry" tails. */
const OF_RU_MFA = [
  "AL Ministerului rus de Externe", "AL Ministerului de Externe rus", "AL Ministerului de Externe al Rusiei",
  "AL Ministerului rus al Afacerilor Externe", "AL Ministerului Afacerilor Externe al Rusiei", "AL MAE rus",
  "AL diplomației ruse", "AL diplomației de la Moscova", "AL Ministerului de Externe al Federației Ruse",
  "AL ministerului rus de externe", "AL MAE de la Moscova",
];

export const ROLES: Record<string, string[]> = {
    "cn-president": ["președintele chinez", "președintelui chinez", "președintele Chinei", "președintelui Chinei"],
    "cn-leader": ["liderul chinez", "liderului chinez", "liderul de la Beijing", "liderului de la Beijing"],
  "us-president": [
    "președintele american", "președintelui american", "președinte american", "noul președinte american", "noului președinte american",
    "președintele SUA", "președintelui SUA", "președinte al SUA", "președintele S.U.A.",
    "președintele Statelor Unite", "președintelui Statelor Unite", "președintele Statelor Unite ale Americii", "președintelui Statelor Unite ale Americii",
    "președintele în exercițiu al SUA", "șeful statului american", "șefului statului american", "șeful Casei Albe", "șefului Casei Albe",
    "liderul de la Casa Albă", "liderului de la Casa Albă", "locatarul Casei Albe", "locatarului Casei Albe",
  ],
  "us-president-elect": [
    "președintele ales", "președintelui ales", "președinte ales", "președintele ales al SUA", "președintelui ales al SUA",
    "președintele ales al Statelor Unite", "președintelui ales al Statelor Unite", "președintele american ales", "președintelui american ales",
    "viitorul președinte american", "viitorului președinte american", "viitorul președinte al SUA", "viitorului președinte al SUA",
    "viitorul locatar al Casei Albe", "viitorului locatar al Casei Albe",
  ],
  "us-leader": [
    "liderul american", "liderului american", "lider american", "liderul SUA", "liderului SUA", "liderul Statelor Unite", "liderului Statelor Unite",
    "liderul de la Washington", "liderului de la Washington",
    "omologul american", "omologului american", "omologul său american", "omologului său american", "omologul său de la Casa Albă",
    "omologului său de la Casa Albă", "omologul de la Casa Albă", "omologul său de la Washington", "omologului său de la Washington",
  ],
  "us-vice-president": [
    "vicepreședintele american", "vicepreședintelui american", "vicepreședintele SUA", "vicepreședintelui SUA",
    "vicepreședintele Statelor Unite", "vicepreședintelui Statelor Unite", "vicepreședinte american", "vicepreședinte al SUA",
    "vicepreședintele", "vicepreședintelui", "vice-președintele", "vice-președintele american",
  ],
  "wh-press-secretary": agree(SPOKESPERSON, OF_WHITE_HOUSE),
  "us-secretary-of-state": [
    "secretarul de stat american", "secretarului de stat american", "secretar de stat american", "secretarul american de stat",
    "secretarul de stat al SUA", "secretarului de stat al SUA", "secretar de stat al SUA",
    "secretarul de stat al Statelor Unite", "secretarului de stat al Statelor Unite", "secretarul de stat", "secretarului de stat",
    "șeful diplomației americane", "șefului diplomației americane", "șeful diplomației SUA", "șefului diplomației SUA",
    "șefa diplomației americane", "șefei diplomației americane", "șeful diplomației de la Washington", "șefului diplomației de la Washington",
    "ministrul american de externe", "ministrului american de externe", "ministrul de externe american", "ministrului de externe american",
  ],
  "us-national-security-adviser": [
    "consilierul pentru securitate națională", "consilierului pentru securitate națională", "consilier pentru securitate națională",
    "consilierul american pentru securitate națională", "consilierului american pentru securitate națională",
    "consilierul Casei Albe pentru securitate națională", "consilierul pentru securitatea națională",
    "consilierul prezidențial pentru securitate națională", "consilierul prezidențial pentru securitate",
    "consilierului prezidențial pentru securitate", "consilierul pe probleme de securitate națională",
    "consilierului pe probleme de securitate națională", "consilierul președintelui american pentru securitate națională",
    "consiliera pentru securitate națională",
  ],
  "us-officials": [
    "oficialii americani", "oficialilor americani", "oficiali americani", "un oficial american", "unui oficial american",
    "oficialul american", "oficialului american", "un înalt oficial american", "unui înalt oficial american",
    "înalți oficiali americani", "înalții oficiali americani", "oficialii SUA", "oficialilor SUA", "oficiali ai SUA",
    "oficialii de la Washington", "oficialilor de la Washington", "oficialii administrației americane",
    "oficialii administrației Trump", "oficialii administrației Biden", "americanii", "surse americane", "surse din administrația americană",
  ],
  "us-intelligence": [
    "serviciile de informații americane", "serviciilor de informații americane", "serviciile americane de informații",
    "serviciilor americane de informații", "serviciile de informații ale SUA", "serviciilor de informații ale SUA",
    "serviciile secrete americane", "serviciilor secrete americane", "serviciile de spionaj americane", "spionajul american",
    "comunitatea de informații americană", "comunității de informații americane", "comunitatea americană de informații",
    "comunitatea de informații din SUA", "agențiile americane de informații", "agențiilor americane de informații",
    "agențiile de informații americane", "agențiilor de informații americane", "agențiile de informații ale SUA",
    "conducerea serviciilor de informații americane", "șefii serviciilor de informații americane",
  ],
  "us-lawmakers": [
    "parlamentarii americani", "parlamentarilor americani", "parlamentari americani", "congresmenii americani",
    "congresmenilor americani", "congresmenii", "congresmeni americani", "senatorii americani", "senatorilor americani",
    "legiuitorii americani", "legiuitorilor americani", "aleșii americani", "membrii Congresului", "membrii Congresului american",
  ],
  "us-side": ["partea americană", "părții americane", "partea SUA", "părții SUA", "partea de la Washington"],
  "ru-president": [
    "președintele rus", "președintelui rus", "președinte rus", "președintele Rusiei", "președintelui Rusiei",
    "președintele Federației Ruse", "președintelui Federației Ruse", "președinte al Rusiei",
    "șeful statului rus", "șefului statului rus", "șeful Kremlinului", "șefului Kremlinului",
  ],
  "ru-leader": [
    "liderul rus", "liderului rus", "lider rus", "liderul de la Kremlin", "liderului de la Kremlin",
    "liderul Kremlinului", "liderului Kremlinului", "liderul Rusiei", "liderului Rusiei", "liderul de la Moscova", "liderului de la Moscova",
    "stăpânul Kremlinului", "stăpânului Kremlinului", "omologul rus", "omologului rus", "omologul său rus", "omologului său rus",
    "omologul său de la Kremlin", "omologului său de la Kremlin", "omologul de la Kremlin", "omologul său de la Moscova",
  ],
  "kremlin-spokesperson": agree(SPOKESPERSON, OF_KREMLIN),
  "kremlin-aide": [
    "consilierul prezidențial rus", "consilierului prezidențial rus", "consilier prezidențial rus",
    "consilierul Kremlinului", "consilierului Kremlinului", "consilier al Kremlinului", "consilierul de la Kremlin",
    "consilierul lui Putin", "consilierului lui Putin", "consilierul lui Vladimir Putin", "consilierul președintelui rus",
    "consilierului președintelui rus", "consilierul diplomatic al Kremlinului", "consilierul diplomatic al lui Putin",
    "consilierul pentru politică externă al Kremlinului", "consilierul pentru politică externă al lui Putin",
    "consilierul pentru politică externă al președintelui rus", "consilierul pe probleme de politică externă al Kremlinului",
    "consilierul pe politică externă al Kremlinului", "consilierul pe politică externă al lui Putin",
    "asistentul președintelui rus", "asistentului președintelui rus", "ajutorul președintelui rus", "ajutorului președintelui rus",
    "consilierul prezidențial al Rusiei", "consilierul președinției ruse",
  ],
  "kremlin-representative": [
    "reprezentantul Kremlinului", "reprezentantului Kremlinului", "reprezentant al Kremlinului", "un reprezentant al Kremlinului",
    "unui reprezentant al Kremlinului", "reprezentanta Kremlinului", "reprezentantei Kremlinului", "reprezentanții Kremlinului",
    "oficialul Kremlinului", "oficialului Kremlinului", "oficialul de la Kremlin", "oficialului de la Kremlin",
    "un oficial de la Kremlin", "un oficial al Kremlinului", "unui oficial al Kremlinului", "oficialii Kremlinului",
    "oficialii de la Kremlin", "înaltul oficial de la Kremlin",
  ],
  "kremlin-press-service": [
    "serviciul de presă al Kremlinului", "serviciului de presă al Kremlinului", "biroul de presă al Kremlinului",
    "biroului de presă al Kremlinului", "serviciul de presă al președinției ruse", "serviciul de presă de la Kremlin",
    "serviciul de presă al președintelui rus", "comunicatul Kremlinului", "comunicatului Kremlinului", "un comunicat al Kremlinului",
    "unui comunicat al Kremlinului", "comunicat al Kremlinului", "comunicatul de la Kremlin", "comunicatul președinției ruse",
    "comunicatul oficial rus", "comunicatul rus", "comunicatul părții ruse", "declarația Kremlinului", "declarației Kremlinului",
    "o declarație a Kremlinului", "site-ul Kremlinului", "site-ul oficial al Kremlinului", "site-ul președinției ruse",
  ],
  "ru-foreign-minister": [
    "ministrul rus de externe", "ministrului rus de externe", "ministru rus de externe", "ministrul de externe rus",
    "ministrului de externe rus", "ministrul rus al afacerilor externe", "ministrului rus al afacerilor externe",
    "ministrul afacerilor externe al Rusiei", "ministrului afacerilor externe al Rusiei", "ministrul de externe al Rusiei",
    "ministrului de externe al Rusiei", "ministrul de externe al Federației Ruse", "ministrului de externe al Federației Ruse",
    "șeful diplomației ruse", "șefului diplomației ruse", "șeful diplomației de la Moscova", "șefului diplomației de la Moscova",
    "șeful diplomației moscovite", "șefului diplomației moscovite", "șeful MAE rus", "șefului MAE rus",
  ],
  "ru-foreign-ministry-spokesperson": agree(SPOKESPERSON, OF_RU_MFA),
  "ru-side": [
    "partea rusă", "părții ruse", "partea rusească", "părții rusești", "partea de la Moscova",
    "oficialii ruși", "oficialilor ruși", "oficiali ruși", "un oficial rus", "unui oficial rus", "oficialul rus", "oficialului rus",
    "înalți oficiali ruși", "rușii", "autoritățile ruse", "autorităților ruse", "autoritățile de la Moscova", "autorităților de la Moscova",
  ],
  "ua-president": [
    "președintele ucrainean", "președintelui ucrainean", "președinte ucrainean", "președintele Ucrainei", "președintelui Ucrainei",
    "liderul ucrainean", "liderului ucrainean", "liderul de la Kiev", "liderului de la Kiev", "șeful statului ucrainean",
    "șefului statului ucrainean", "liderul Ucrainei", "liderului Ucrainei",
  ],
  "ua-foreign-minister": [
    "ministrul ucrainean de externe", "ministrului ucrainean de externe", "ministrul de externe ucrainean", "ministrului de externe ucrainean",
    "ministrul de externe al Ucrainei", "ministrului de externe al Ucrainei", "ministrul afacerilor externe al Ucrainei",
    "șeful diplomației ucrainene", "șefului diplomației ucrainene", "șeful diplomației de la Kiev", "șefului diplomației de la Kiev",
  ],
  "ua-side": [
    "partea ucraineană", "părții ucrainene", "partea de la Kiev", "oficialii ucraineni", "oficialilor ucraineni", "oficiali ucraineni",
    "un oficial ucrainean", "ucrainenii", "autoritățile ucrainene", "autorităților ucrainene", "autoritățile de la Kiev",
    "autorităților de la Kiev", "Kievul", "Kievului",
  ],
  "de-chancellor": [
    "cancelarul german", "cancelarului german", "cancelar german", "cancelarul Germaniei", "cancelarului Germaniei",
    "cancelara germană", "cancelarei germane", "cancelarul federal", "cancelarului federal", "cancelarul", "cancelarului",
    "șeful guvernului german", "șefului guvernului german", "șefa guvernului german",
  ],
  "fr-president": [
    "președintele francez", "președintelui francez", "președinte francez", "președintele Franței", "președintelui Franței",
    "liderul francez", "liderului francez", "liderul de la Elysee", "liderul de la Palatul Elysee", "șeful statului francez", "șefului statului francez",
  ],
  "gb-prime-minister": [
    "premierul britanic", "premierului britanic", "premier britanic", "prim-ministrul britanic", "prim-ministrului britanic",
    "premierul Marii Britanii", "premierului Marii Britanii", "prim-ministrul Marii Britanii", "prim-ministrului Marii Britanii",
    "premierul Regatului Unit", "premierului Regatului Unit", "prim-ministrul Regatului Unit", "șeful guvernului britanic",
    "șefului guvernului britanic", "șefa guvernului britanic", "șefei guvernului britanic", "șeful executivului britanic",
  ],
  "nato-secretary-general": [
    "secretarul general al NATO", "secretarului general al NATO", "secretar general al NATO", "secretarul general al Alianței",
    "secretarului general al Alianței", "secretarul general al Alianței Nord-Atlantice", "secretarului general al Alianței Nord-Atlantice",
    "șeful NATO", "șefului NATO", "șeful Alianței Nord-Atlantice", "șefului Alianței Nord-Atlantice", "liderul NATO",
  ],
  "foreign-diplomats": [
    "diplomații străini", "diplomaților străini", "diplomați străini", "diplomații occidentali", "diplomaților occidentali",
    "diplomați occidentali", "surse diplomatice", "surselor diplomatice", "sursele diplomatice", "un diplomat occidental",
    "unui diplomat occidental", "un diplomat european", "diplomații europeni", "diplomați europeni", "diplomații",
  ],
  "both-leaders": [
    "cei doi lideri", "celor doi lideri", "ambii lideri", "ambilor lideri", "cei doi președinți", "celor doi președinți",
    "ambii președinți", "ambilor președinți", "cei doi șefi de stat", "celor doi șefi de stat", "ambii șefi de stat",
    "ambele părți", "ambelor părți", "cele două părți", "celor două părți", "liderii celor două țări", "liderilor celor două țări",
    "președinții celor două țări", "președinților celor două țări", "liderii rus și american", "liderii american și rus",
    "președinții rus și american", "președinții american și rus", "președinții", "președinților",
  ],
};

// Keep the lists duplicate-free even where generated and hand-written forms overlap.
for (const k of Object.keys(ROLES)) ROLES[k] = unique(ROLES[k]!);
