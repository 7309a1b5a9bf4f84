import { lazyLanguagePack } from "../define.js";
import { COMPARE } from "./compare.js";

/*
 * Polish. Polish inflects nouns, adjectives and names in seven cases and verbs by gender and
 * number, so every lexicon lists the forms news prose uses: nominative (subject), genitive
 * ("według Kremla", "rzecznik Białego Domu"), dative, instrumental ("z Donaldem Trumpem") and,
 * for institutions, locative ("na Kremlu", "w Białym Domu"). A trailing `*` is used only where
 * every word with that prefix belongs to the concept (`sankcj*`, `terror*`); stems that collide
 * with common words (`środ*` → środowisko, `wtor*` → wtórny, `relacj*` → relacjonuje,
 * `stosun*` → "w stosunku do") are spelled out form by form.
 *
 * Matching folds diacritics, so keep in mind what Polish words fold onto: "się" → "sie" (never
 * use the August abbreviation "sie."), "że" → "ze" (the preposition), "mają" → "maja" (May).
 */

/** Noun forms by case: nominative, genitive (= animate accusative), dative, instrumental, locative. */
type Cases = readonly [nom: string, gen: string, dat: string, ins: string, loc: string];

/** Every head form followed by every tail: `cross(["rzecznik", "rzecznika"], ["Kremla"])`. */
const cross = (heads: readonly string[], tails: readonly string[]): string[] => heads.flatMap((h) => tails.map((t) => `${h} ${t}`));

/**
 * A soft-stem adjective (-ski/-cki/-ki) before a masculine noun, in the five cases:
 * `adjNoun("rosyjsk", PREZYDENT)` → "rosyjski prezydent", "rosyjskiego prezydenta", …
 */
const adjNoun = (stem: string, n: Cases): string[] => [`${stem}i ${n[0]}`, `${stem}iego ${n[1]}`, `${stem}iemu ${n[2]}`, `${stem}im ${n[3]}`, `${stem}im ${n[4]}`];

/**
 * Past-tense forms of a verb: masculine, feminine, neuter, masculine-personal plural, other
 * plural. `past("doda")` → dodał, dodała, dodało, dodali, dodały; verbs in -iał/-ieli pass the
 * plural stem: `past("powiedzia", "powiedzie")`.
 */
const past = (stem: string, plural = stem): string[] => [`${stem}ł`, `${stem}ła`, `${stem}ło`, `${plural}li`, `${stem}ły`];

/** Appends a word to each form ("zgodził" → "zgodził się"). */
const withWord = (forms: readonly string[], word: string): string[] => forms.map((f) => `${f} ${word}`);

/**
 * A person's name by case: full names case by case ("Donalda Trumpa"), then the surname alone.
 * Indeclinable first names are repeated.
 */
const person = (first: Cases | null, last: Cases): string[] => [
  ...(first ? first.map((f, i) => `${f} ${last[i]!}`) : []),
  ...last,
];

// Case tables of the nouns roles are built from.
const PREZYDENT: Cases = ["prezydent", "prezydenta", "prezydentowi", "prezydentem", "prezydencie"];
const PRZYWODCA: Cases = ["przywódca", "przywódcy", "przywódcy", "przywódcą", "przywódcy"];
const RZECZNIK: Cases = ["rzecznik", "rzecznika", "rzecznikowi", "rzecznikiem", "rzeczniku"];
const SZEF: Cases = ["szef", "szefa", "szefowi", "szefem", "szefie"];
const MINISTER: Cases = ["minister", "ministra", "ministrowi", "ministrem", "ministrze"];
const DORADCA: Cases = ["doradca", "doradcy", "doradcy", "doradcą", "doradcy"];
const SEKRETARZ: Cases = ["sekretarz", "sekretarza", "sekretarzowi", "sekretarzem", "sekretarzu"];
const KANCLERZ: Cases = ["kanclerz", "kanclerza", "kanclerzowi", "kanclerzem", "kanclerzu"];
const PREMIER: Cases = ["premier", "premiera", "premierowi", "premierem", "premierze"];
const PRZEDSTAWICIEL: Cases = ["przedstawiciel", "przedstawiciela", "przedstawicielowi", "przedstawicielem", "przedstawicielu"];

/** Forms of a role noun beyond the singular masculine table: accusative of -a nouns, feminine forms. */
const PRZYWODCA_ALL = [...PRZYWODCA, "przywódcę"];
const DORADCA_ALL = [...DORADCA, "doradcę", "doradczyni", "doradczynią", "doradczynię"];
const RZECZNICZKA = ["rzeczniczka", "rzeczniczki", "rzeczniczce", "rzeczniczką", "rzeczniczkę"];
const RZECZNIK_ALL = [...RZECZNIK, ...RZECZNICZKA];
const RZECZNIK_PRASOWY = [
  "rzecznik prasowy", "rzecznika prasowego", "rzecznikowi prasowemu", "rzecznikiem prasowym", "rzeczniku prasowym",
  "rzeczniczka prasowa", "rzeczniczki prasowej", "rzeczniczce prasowej", "rzeczniczką prasową", "rzeczniczkę prasową",
  "sekretarz prasowy", "sekretarza prasowego", "sekretarzowi prasowemu", "sekretarzem prasowym",
  // A woman holding the post: "sekretarz" stays, the adjective agrees.
  "sekretarz prasowa", "sekretarz prasowej", "sekretarz prasową",
];
const SZEF_ALL = [...SZEF, "szefowa", "szefowej", "szefową"];
const PRZEDSTAWICIEL_ALL = [...PRZEDSTAWICIEL, "przedstawicielka", "przedstawicielki", "przedstawicielką", "przedstawiciele", "przedstawicieli", "przedstawicielami"];
const MSZ_GEN = ["msz", "ministerstwa spraw zagranicznych", "resortu spraw zagranicznych"];

/** Polish. */
export const pl = lazyLanguagePack("pl", () => ({
  code: "pl",
  name: "Polish",
  detection: {
    scripts: ["Latin"],
    stopwords: [
      "i", "w", "we", "na", "z", "ze", "że", "iż", "się", "nie", "do", "to", "jest", "są", "był", "była", "było", "były",
      "jak", "o", "od", "po", "przez", "dla", "oraz", "ale", "jego", "jej", "ich", "który", "która", "które", "którzy",
      "którego", "której", "także", "również", "też", "będzie", "może", "już", "tak", "czy", "za", "przy", "ten", "ta",
      "tego", "co", "jako", "tylko", "pod", "bardzo", "został", "została", "zostało", "według", "jednak", "gdy", "aby",
      "żeby", "mają", "ma", "lub", "jeszcze", "tym", "tej", "też", "się", "podczas", "wobec", "wśród",
    ],
    letters: "ąćęłńóśźż",
  },
  matching: { normalizers: ["strip-marks"] },
  quotes: {
    pairs: [
      ["„", "”"], ["„", "“"], ["«", "»"], ["»", "«"], ["\"", "\""], ["“", "”"],
      // Nested quotations: ‚…’ (or ‚…‘) inside „…”.
      ["‚", "’"], ["‚", "‘"],
    ],
    // Dialogue and trailing attribution: "– Zawierała dyskusję … – powiedział Spicer."
    dashes: ["–", "—"],
  },
  sentences: {
    abbreviations: [
      "np.", "itd.", "itp.", "tzn.", "tj.", "tzw.", "m.in.", "godz.", "ok.", "r.", "w.", "br.", "ub.", "ub.r.", "dr.",
      "prof.", "płk.", "ppłk.", "gen.", "mjr.", "kpt.", "adm.", "mln.", "mld.", "tys.", "bln.", "ul.", "al.", "pl.", "pt.", "nr.",
      "ds.", "ws.", "wg.", "sp.", "ang.", "ros.", "ukr.", "niem.", "franc.", "płn.", "płd.", "pn.", "pd.", "zach.",
      "wsch.", "dot.", "oprac.", "red.", "fot.", "zob.", "por.", "jw.", "min.", "wicemin.", "prem.", "pos.", "sen.", "ks.",
      "bp.", "abp.", "św.", "im.", "inż.", "mgr.", "hab.", "doc.", "tel.", "woj.", "pow.", "gm.", "pkt.", "proc.", "zł.",
      "dn.", "ur.", "zm.", "cyt.", "wyd.", "przyp.", "dyr.", "p.o.", "sty.", "lut.", "kwi.", "cze.", "lip.", "wrz.",
      "paź.", "lis.", "gru.", "pon.", "wt.", "śr.", "czw.", "sob.", "niedz.", "u.s.", "ue.",
    ],
  },
  reporting: {
    // Verbs of agreeing and discussing: the source of their passage speaks for them.
    jointVerbs: ["uzgodnili", "uzgodniła", "uzgodnił", "zgodzili się", "zgodziły się", "zgodnie uznali", "rozmawiali o", "omówili", "postanowili", "ustalili", "porozumieli się"],
    verbs: [
      // Past tense, perfective and imperfective, every gender and number.
      ...past("powiedzia", "powiedzie"), ...past("mówi"), ...past("stwierdzi"), ...past("oświadczy"), ...past("zaznaczy"),
      ...past("zaznacza"), ...past("podkreśli"), ...past("podkreśla"), ...past("doda"), ...past("dodawa"), ...past("przekaza"),
      ...past("przekazywa"), ...past("poinformowa"), ...past("informowa"), ...past("oznajmi"), ...past("ogłosi"),
      ...past("zapewni"), ...past("zapewnia"), ...past("przyzna"), ...past("przyznawa"), ...past("zapowiedzia", "zapowiedzie"),
      ...past("zapowiada"), ...past("ostrzeg"), ...past("ostrzega"), ...past("przestrzeg"), ...past("uzna"), ...past("oceni"),
      ...past("ocenia"), ...past("wyjaśni"), ...past("wyjaśnia"), ...past("potwierdzi"), ...past("zaprzeczy"),
      ...past("zdementowa"), ...past("napisa"), ...past("pisa"), ...past("tweetowa"), ...past("zatweetowa"),
      ...past("poda"), ...past("podawa"), ...past("przekonywa"), ...past("twierdzi"), ...past("uważa"), ...past("określi"),
      ...past("określa"), ...past("wezwa"), ...past("wzywa"), ...past("zauważy"), ...past("przypomnia", "przypomnie"),
      ...past("przypomina"), ...past("wskaza"), ...past("wskazywa"), ...past("zadeklarowa"), ...past("deklarowa"),
      ...past("zasugerowa"), ...past("sugerowa"), ...past("zaapelowa"), ...past("apelowa"), ...past("zażąda"),
      ...past("skrytykowa"), ...past("krytykowa"), ...past("oskarży"), ...past("oskarża"), ...past("zarzuci"),
      ...past("zarzuca"), ...past("odpowiedzia", "odpowiedzie"), ...past("odpowiada"), ...past("odpar"), ...past("ujawni"),
      ...past("zdradzi"), ...past("obieca"), ...past("zagrozi"), ...past("nazwa"), ...past("opisa"), ...past("zrelacjonowa"),
      ...past("relacjonowa"), ...past("zacytowa"), ...past("cytowa"), ...past("skomentowa"), ...past("komentowa"),
      ...past("wytłumaczy"), ...past("tłumaczy"), ...past("argumentowa"), ...past("wyrazi"), ...past("zakomunikowa"),
      ...past("doprecyzowa"), ...past("sprecyzowa"), ...past("podsumowa"), ...past("zaakcentowa"), ...past("sprostowa"),
      ...past("zastrzeg"), ...past("powtórzy"), ...past("powtarza"), ...past("opowiada"), ...past("alarmowa"),
      ...past("uzgodni"), ...past("ustali"), ...past("rzek"),
      "doniósł", "doniosła", "donieśli", "doniosły",
      ...withWord(past("zgodzi"), "się"), ...withWord(past("wypowiedzia", "wypowiedzie"), "się"),
      ...withWord(past("wypowiada"), "się"), ...withWord(past("porozumia", "porozumie"), "się"),
      "odniósł się", "odniosła się", "odnieśli się", "odniosły się",
      ...withWord(past("zwróci"), "uwagę"), ...withWord(past("zwraca"), "uwagę"),
      ...withWord(past("da"), "do zrozumienia"),
      // Reported hearsay: "miał powiedzieć" (is said to have said).
      ...withWord(past("mia", "mie"), "powiedzieć"), ...withWord(past("mia", "mie"), "stwierdzić"),
      ...withWord(past("mia", "mie"), "oświadczyć"),
      // Present tense, third person singular and plural.
      "mówi", "mówią", "twierdzi", "twierdzą", "uważa", "uważają", "podkreśla", "podkreślają", "zaznacza", "zaznaczają",
      "dodaje", "dodają", "informuje", "informują", "przekazuje", "przekazują", "podaje", "podają", "pisze", "piszą",
      "ocenia", "oceniają", "stwierdza", "stwierdzają", "oświadcza", "oświadczają", "zapewnia", "zapewniają", "ostrzega",
      "ostrzegają", "wyjaśnia", "wyjaśniają", "przekonuje", "przekonują", "zauważa", "zauważają", "przypomina",
      "przypominają", "wskazuje", "wskazują", "deklaruje", "deklarują", "zapowiada", "zapowiadają", "ogłasza", "ogłaszają",
      "potwierdza", "potwierdzają", "zaprzecza", "zaprzeczają", "apeluje", "apelują", "wzywa", "wzywają", "sugeruje",
      "sugerują", "relacjonuje", "relacjonują", "cytuje", "cytują", "donosi", "donoszą", "komentuje", "komentują",
      "odpowiada", "odpowiadają", "tłumaczy", "tłumaczą", "argumentuje", "argumentują", "przyznaje", "przyznają",
      "ujawnia", "ujawniają", "zdradza", "zdradzają", "obiecuje", "obiecują", "określa", "określają", "krytykuje",
      "krytykują", "oskarża", "oskarżają", "zarzuca", "zarzucają", "grozi", "grożą", "akcentuje", "akcentują", "alarmuje",
      "alarmują", "zwraca uwagę", "zwracają uwagę", "przestrzega", "przestrzegają", "powtarza", "powtarzają",
      "opisuje", "opisują", "uznaje", "uznają", "zgadza się", "zgadzają się", "wypowiada się", "wypowiadają się",
      // Adverbial participles continuing the current speaker: "…, dodając, że …".
      "dodając", "podkreślając", "zaznaczając", "mówiąc", "twierdząc", "stwierdzając", "przekonując", "argumentując",
      "zapewniając", "ostrzegając", "wskazując", "przypominając", "tłumacząc", "wyjaśniając", "informując", "oceniając",
      "zwracając uwagę",
    ],
    impersonal: [
      "podkreślono", "zaznaczono", "uzgodniono", "stwierdzono", "poinformowano", "przekazano", "omawiano", "omówiono",
      "dyskutowano", "przedyskutowano", "ustalono", "zapowiedziano", "wskazano", "oświadczono", "zauważono", "odnotowano",
      "potwierdzono", "ogłoszono", "napisano", "podano", "dodano", "przypomniano", "wyrażono", "zwrócono uwagę", "oceniono",
      "uznano", "postanowiono", "zgodzono się", "zaapelowano", "zadeklarowano", "wyjaśniono", "zapewniono", "akcentowano",
      "zaakcentowano", "poruszono", "zaproponowano", "skrytykowano", "wezwano", "potępiono", "zaprzeczono", "zdementowano",
      "rozmawiano", "mówiono", "twierdzono", "informowano", "przekonywano", "zasygnalizowano", "wymieniono poglądy",
      "wymieniono opinie", "położono nacisk", "położono akcent", "akcent położono", "nacisk położono", "czytamy",
      "podkreśla się", "zaznacza się", "mówi się", "twierdzi się",
    ],
    nouns: [
      "w oświadczeniu", "w swoim oświadczeniu", "w swym oświadczeniu", "w oświadczeniu prasowym", "w wydanym oświadczeniu",
      "w opublikowanym oświadczeniu", "w specjalnym oświadczeniu", "w pisemnym oświadczeniu", "w oficjalnym oświadczeniu",
      "w komunikacie", "w swoim komunikacie", "w komunikacie prasowym", "w wydanym komunikacie", "w opublikowanym komunikacie",
      "w oficjalnym komunikacie", "w notatce", "w notatce prasowej", "w nocie", "w depeszy", "we wpisie", "w swoim wpisie",
      "w poście", "w tweecie", "w tweetcie", "na Twitterze", "na platformie X", "w serwisie X", "na Facebooku", "na Telegramie",
      "w mediach społecznościowych", "w wywiadzie", "w wywiadzie dla", "w rozmowie z", "w rozmowie z dziennikarzami",
      "na konferencji prasowej", "podczas konferencji prasowej", "na briefingu", "podczas briefingu", "w wystąpieniu",
      "w przemówieniu", "w liście", "służby prasowe", "służba prasowa", "biuro prasowe",
    ],
    sources: [
      "według", "wg", "zdaniem", "w opinii", "w ocenie", "jak podaje", "jak podają", "jak podał", "jak podała", "jak podali",
      "jak informuje", "jak informują", "jak poinformował", "jak poinformowała", "jak poinformowali", "jak poinformowało",
      "jak przekazał", "jak przekazała", "jak przekazali", "jak przekazuje", "jak twierdzi", "jak twierdzą", "jak twierdził",
      "jak powiedział", "jak powiedziała", "jak powiedzieli", "jak zaznaczył", "jak zaznaczyła", "jak podkreślił",
      "jak podkreśliła", "jak dodał", "jak dodała", "jak pisze", "jak piszą", "jak napisał", "jak napisała", "jak donosi",
      "jak donoszą", "jak relacjonuje", "jak ustalił", "jak ustaliła", "jak ustaliły", "jak ustalili", "jak zauważył",
      "jak zauważyła", "jak czytamy", "jak wynika z", "jak głosi", "powołując się na", "powołując się na źródła",
      "cytowany przez", "cytowana przez", "cytowani przez", "cytowane przez", "cytując", "za", "za agencją", "za portalem",
      "za serwisem", "za dziennikiem", "za gazetą", "za stacją", "za telewizją", "zgodnie z informacjami",
      "zgodnie z informacją", "zgodnie z komunikatem", "zgodnie z oświadczeniem", "według informacji", "według źródeł",
    ],
    retrospective: ["o tym"],
    asSources: ["jak"],
    complementizers: ["że", "iż", "jakoby"],
    denials: [
      "zaprzecz*", "zdement*", "dementuje", "dementują", "odrzucił", "odrzuciła", "odrzucili", "odrzuciły", "odrzuca",
      "odrzucają", "odrzucono", "nieprawda", "nie jest prawdą", "nieprawdziw*", "fałszyw*", "bezpodstawn*", "nie ma podstaw",
      "odpiera", "odpierają", "odparł zarzuty", "odparła zarzuty",
    ],
    undated: [
      "wielokrotnie", "wcześniej", "już wcześniej", "niegdyś", "kiedyś", "zawsze", "w przeszłości", "nieraz",
      "niejednokrotnie", "od dawna", "od lat", "swego czasu", "przed laty", "w swoim czasie", "w ubiegłych latach",
      "w poprzednich latach", "wówczas", "regularnie", "często",
    ],
    // Not "ja": it folds onto "ją" (her, it), which follows reporting verbs ("określił ją jako").
    // Polish drops subject pronouns anyway; an implicit subject continues the current speaker.
    anaphors: ["ich", "jego", "jej", "swoim", "swym", "niego", "niej", "nich"],
    relatives: ["który", "która", "które", "którzy"],
    negations: ["nie"],
    pronouns: ["on", "ona", "oni", "one", "my"],
    questionLabels: ["pytanie", "pyt"],
  },
  roles: {
    "cn-president": ["prezydent chin", "prezydenta chin", "prezydentowi chin", "chiński prezydent", "chińskiego prezydenta", "przewodniczący chrl", "przewodniczącego chrl"],
    "cn-leader": ["chiński przywódca", "chińskiego przywódcy", "chińskiemu przywódcy", "przywódca chin", "przywódcy chin"],
    "us-president": [
      ...cross(PREZYDENT, ["USA", "Stanów Zjednoczonych", "Ameryki"]), ...adjNoun("amerykańsk", PREZYDENT),
    ],
    "us-president-elect": [
      ...cross(["prezydent elekt", "prezydenta elekta", "prezydentowi elektowi", "prezydentem elektem"], ["", "USA"]).map((s) => s.trim()),
      "nowo wybrany prezydent", "nowo wybranego prezydenta", "nowo wybranym prezydentem", "nowo wybrany prezydent USA",
      "nowo wybranego prezydenta USA", "wybrany na prezydenta",
    ],
    "us-leader": [
      ...cross(PRZYWODCA_ALL, ["USA", "Stanów Zjednoczonych", "Ameryki"]), ...adjNoun("amerykańsk", PRZYWODCA), "amerykańskiego przywódcę",
      ...cross(["lokator", "lokatora", "lokatorem", "gospodarz", "gospodarza", "gospodarzem", ...SZEF], ["Białego Domu"]),
    ],
    "us-vice-president": [
      "wiceprezydent", "wiceprezydenta", "wiceprezydentem", "wiceprezydentowi",
      ...cross(["wiceprezydent", "wiceprezydenta", "wiceprezydentem", "wiceprezydentowi"], ["USA", "Stanów Zjednoczonych"]),
      ...adjNoun("amerykańsk", ["wiceprezydent", "wiceprezydenta", "wiceprezydentowi", "wiceprezydentem", "wiceprezydencie"]),
    ],
    "wh-press-secretary": [
      ...cross([...RZECZNIK_ALL, ...RZECZNIK_PRASOWY], ["Białego Domu"]),
      ...cross(RZECZNIK_ALL, ["prasowy Białego Domu"]),
    ],
    "us-secretary-of-state": [
      ...cross(SEKRETARZ, ["stanu", "stanu USA", "stanu Stanów Zjednoczonych"]),
      ...adjNoun("amerykańsk", ["sekretarz stanu", "sekretarza stanu", "sekretarzowi stanu", "sekretarzem stanu", "sekretarzu stanu"]),
      ...cross(SZEF_ALL, ["amerykańskiej dyplomacji", "dyplomacji USA", "Departamentu Stanu", "departamentu stanu USA"]),
    ],
    "us-national-security-adviser": cross(DORADCA_ALL, [
      "do spraw bezpieczeństwa narodowego", "ds bezpieczeństwa narodowego", "ds. bezpieczeństwa narodowego",
      "prezydenta USA do spraw bezpieczeństwa narodowego", "Białego Domu do spraw bezpieczeństwa narodowego",
    ]),
    "us-officials": [
      "amerykańscy urzędnicy", "amerykańskich urzędników", "amerykańskimi urzędnikami", "urzędnicy amerykańscy",
      "urzędnicy USA", "urzędników USA", "amerykańscy dyplomaci", "amerykańskich dyplomatów", "amerykański urzędnik",
      "amerykańskiego urzędnika", "urzędnik Białego Domu", "urzędnicy Białego Domu", "urzędnika Białego Domu",
      "źródła w Białym Domu", "źródło w Białym Domu", "przedstawiciele USA", "przedstawicieli USA",
      ...cross(PRZEDSTAWICIEL_ALL, ["administracji USA", "amerykańskiej administracji", "Białego Domu", "Departamentu Stanu"]),
    ],
    "us-intelligence": [
      ...adjNoun("amerykańsk", ["wywiad", "wywiadu", "wywiadowi", "wywiadem", "wywiadzie"]),
      "wywiad USA", "wywiadu USA", "wywiadem USA", "amerykańskie służby", "amerykańskich służb", "amerykańskimi służbami",
      "amerykańskie służby wywiadowcze", "amerykańskich służb wywiadowczych", "amerykańskie służby specjalne",
      "amerykańskich służb specjalnych", "amerykańskie agencje wywiadowcze", "amerykańskich agencji wywiadowczych",
      "agencje wywiadowcze USA", "agencji wywiadowczych USA", "służby wywiadowcze USA", "służb wywiadowczych USA",
      "szefowie amerykańskiego wywiadu", "szefów amerykańskiego wywiadu", "amerykańska społeczność wywiadowcza",
      "amerykańskiej społeczności wywiadowczej",
    ],
    "us-lawmakers": [
      "amerykańscy kongresmeni", "amerykańskich kongresmenów", "kongresmeni", "kongresmenów", "amerykańscy senatorowie",
      "amerykańskich senatorów", "amerykańscy ustawodawcy", "amerykańskich ustawodawców", "amerykańscy parlamentarzyści",
      "amerykańskich parlamentarzystów", "amerykańscy politycy", "członkowie Kongresu", "członków Kongresu",
    ],
    "us-side": [
      "strona amerykańska", "strony amerykańskiej", "stronie amerykańskiej", "stronę amerykańską", "stroną amerykańską",
      "amerykańska strona", "amerykańskiej strony", "amerykańską stronę", "Amerykanie", "Amerykanów", "Amerykanami",
      "Amerykanom",
    ],
    "ru-president": [
      ...cross(PREZYDENT, ["Rosji", "Federacji Rosyjskiej", "FR"]), ...adjNoun("rosyjsk", PREZYDENT),
    ],
    "ru-leader": [
      ...cross(PRZYWODCA_ALL, ["Rosji", "Federacji Rosyjskiej", "Kremla"]), ...adjNoun("rosyjsk", PRZYWODCA), "rosyjskiego przywódcę",
      ...adjNoun("kremlowsk", PRZYWODCA),
      ...cross(["lokator", "lokatora", "lokatorem", "gospodarz", "gospodarza", "gospodarzem", ...SZEF], ["Kremla"]),
    ],
    "kremlin-spokesperson": [
      ...cross([...RZECZNIK_ALL, ...RZECZNIK_PRASOWY], ["Kremla", "prezydenta Rosji", "rosyjskiego prezydenta", "Putina", "Władimira Putina", "prezydenta Putina"]),
      ...cross(RZECZNIK_ALL, ["prasowy Kremla"]), ...adjNoun("kremlowsk", RZECZNIK),
    ],
    "kremlin-aide": [
      ...cross(DORADCA_ALL, ["Putina", "Władimira Putina", "prezydenta Putina", "prezydenta Rosji", "rosyjskiego prezydenta", "Kremla",
        "prezydenta Rosji do spraw polityki zagranicznej", "prezydenta Rosji ds. polityki zagranicznej", "Kremla do spraw polityki zagranicznej",
        "Kremla ds. polityki zagranicznej"]),
      ...cross(["pomocnik", "pomocnika", "pomocnikiem", "pomocnikowi", "asystent", "asystenta", "asystentem"], ["prezydenta Rosji", "Putina", "Władimira Putina", "rosyjskiego prezydenta"]),
      ...adjNoun("kremlowsk", DORADCA),
    ],
    "kremlin-representative": [
      ...cross(PRZEDSTAWICIEL_ALL, ["Kremla"]),
      "urzędnik Kremla", "urzędnika Kremla", "urzędnicy Kremla", "urzędników Kremla", "kremlowski urzędnik",
      "kremlowskiego urzędnika", "kremlowscy urzędnicy", "kremlowskich urzędników", "źródło na Kremlu", "źródła na Kremlu",
      "źródła kremlowskie", "kremlowskie źródła", "kremlowskich źródeł",
    ],
    "kremlin-press-service": [
      ...cross(["służby prasowe", "służb prasowych", "służbom prasowym", "służbami prasowymi", "służba prasowa", "służby prasowej",
        "służbie prasowej", "służbą prasową", "biuro prasowe", "biura prasowego", "biuru prasowemu", "biurem prasowym"],
      ["Kremla", "prezydenta Rosji", "rosyjskiego prezydenta"]),
      "kremlowskie służby prasowe", "kremlowskich służb prasowych", "kremlowska służba prasowa", "kremlowskiej służby prasowej",
      ...cross(["komunikat", "komunikatu", "komunikacie", "komunikatem", "oświadczenie", "oświadczenia", "oświadczeniu", "oświadczeniem"], ["Kremla"]),
      "kremlowski komunikat", "kremlowskiego komunikatu", "kremlowskim komunikacie", "strona internetowa Kremla", "strony internetowej Kremla",
      "stronie internetowej Kremla",
    ],
    "ru-foreign-minister": [
      ...cross(MINISTER, ["spraw zagranicznych Rosji", "spraw zagranicznych Federacji Rosyjskiej", "SZ Rosji"]),
      ...adjNoun("rosyjsk", ["minister spraw zagranicznych", "ministra spraw zagranicznych", "ministrowi spraw zagranicznych",
        "ministrem spraw zagranicznych", "ministrze spraw zagranicznych"]),
      ...cross(SZEF_ALL, ["MSZ Rosji", "rosyjskiego MSZ", "rosyjskiej dyplomacji", "dyplomacji Rosji", "rosyjskiego resortu spraw zagranicznych",
        "rosyjskiego ministerstwa spraw zagranicznych", "MSZ Federacji Rosyjskiej"]),
    ],
    "ru-foreign-ministry-spokesperson": [
      ...cross(RZECZNIK_ALL, ["MSZ Rosji", "rosyjskiego MSZ", "rosyjskiej dyplomacji", "rosyjskiego resortu spraw zagranicznych",
        "rosyjskiego ministerstwa spraw zagranicznych", "MSZ Federacji Rosyjskiej", "ministerstwa spraw zagranicznych Rosji"]),
    ],
    "ru-side": [
      "strona rosyjska", "strony rosyjskiej", "stronie rosyjskiej", "stronę rosyjską", "stroną rosyjską", "rosyjska strona",
      "rosyjskiej strony", "rosyjską stronę", "Rosjanie", "Rosjan", "Rosjanami", "Rosjanom", "rosyjscy urzędnicy",
      "rosyjskich urzędników", "rosyjscy dyplomaci", "rosyjskich dyplomatów", "rosyjskie władze", "rosyjskich władz",
      "władze Rosji", "władz Rosji", "władze rosyjskie", "Moskwa", "Moskwy", "Moskwę", "Moskwą", "Moskwie",
    ],
    "ua-president": [
      ...cross(PREZYDENT, ["Ukrainy"]), ...adjNoun("ukraińsk", PREZYDENT),
      ...cross(PRZYWODCA_ALL, ["Ukrainy"]), ...adjNoun("ukraińsk", PRZYWODCA), "ukraińskiego przywódcę",
    ],
    "ua-foreign-minister": [
      ...cross(MINISTER, ["spraw zagranicznych Ukrainy", "SZ Ukrainy"]),
      ...adjNoun("ukraińsk", ["minister spraw zagranicznych", "ministra spraw zagranicznych", "ministrowi spraw zagranicznych",
        "ministrem spraw zagranicznych", "ministrze spraw zagranicznych"]),
      ...cross(SZEF_ALL, ["MSZ Ukrainy", "ukraińskiego MSZ", "ukraińskiej dyplomacji", "dyplomacji Ukrainy"]),
    ],
    "ua-side": [
      "strona ukraińska", "strony ukraińskiej", "stronie ukraińskiej", "stronę ukraińską", "stroną ukraińską",
      "ukraińska strona", "ukraińskiej strony", "ukraińscy urzędnicy", "ukraińskich urzędników", "władze Ukrainy",
      "władz Ukrainy", "ukraińskie władze", "ukraińskich władz",
    ],
    "de-chancellor": [
      ...cross(KANCLERZ, ["Niemiec", "RFN"]), ...adjNoun("niemieck", KANCLERZ), "kanclerz", "kanclerza", "kanclerzem",
      // A woman chancellor: the noun does not inflect, the adjective does.
      "niemiecka kanclerz", "niemieckiej kanclerz", "niemiecką kanclerz",
    ],
    "fr-president": [...cross(PREZYDENT, ["Francji"]), ...adjNoun("francusk", PREZYDENT)],
    "gb-prime-minister": [
      ...cross(PREMIER, ["Wielkiej Brytanii", "Zjednoczonego Królestwa"]), ...adjNoun("brytyjsk", PREMIER),
      "brytyjska premier", "brytyjskiej premier",
    ],
    "nato-secretary-general": [
      ...cross(["sekretarz generalny", "sekretarza generalnego", "sekretarzowi generalnemu", "sekretarzem generalnym"], ["NATO", "Sojuszu Północnoatlantyckiego"]),
      ...cross(SZEF, ["NATO", "Sojuszu Północnoatlantyckiego"]),
    ],
    "foreign-diplomats": [
      "zagraniczni dyplomaci", "zagranicznych dyplomatów", "zagranicznymi dyplomatami", "zachodni dyplomaci",
      "zachodnich dyplomatów", "dyplomaci", "dyplomatów", "europejscy dyplomaci", "europejskich dyplomatów",
    ],
    "both-leaders": [
      "obaj prezydenci", "obu prezydentów", "obydwaj prezydenci", "obydwu prezydentów", "obaj przywódcy", "obu przywódców",
      "obydwaj przywódcy", "obydwu przywódców", "dwaj przywódcy", "dwaj prezydenci", "prezydenci", "przywódcy",
      "strony", "obie strony", "obu stron", "obydwie strony", "obie strony rozmowy",
      ...cross(["prezydenci", "prezydentów", "prezydentami", "przywódcy", "przywódców", "przywódcami"], [
        "Rosji i USA", "USA i Rosji", "Rosji i Stanów Zjednoczonych", "Stanów Zjednoczonych i Rosji", "obu krajów",
        "obu państw", "obydwu krajów", "dwóch krajów", "obu mocarstw", "dwóch mocarstw",
      ]),
    ],
  },
  entities: {
    "chinese-government": ["pekin", "pekinu", "chiny", "chin", "chiński rząd", "chińskiego rządu", "strona chińska", "strony chińskiej"],
    "media": ["media", "mediów", "prasa"],
    "donald-trump": [
      ...person(["Donald", "Donalda", "Donaldowi", "Donaldem", "Donaldzie"], ["Trump", "Trumpa", "Trumpowi", "Trumpem", "Trumpie"]),
      "nowojorski miliarder", "nowojorskiego miliardera", "republikański miliarder", "republikańskiego miliardera",
    ],
    "joe-biden": person(["Joe", "Joe", "Joe", "Joe", "Joe"], ["Biden", "Bidena", "Bidenowi", "Bidenem", "Bidenie"]),
    "barack-obama": person(["Barack", "Baracka", "Barackowi", "Barackiem", "Baracku"], ["Obama", "Obamy", "Obamie", "Obamą", "Obamie"]),
    "kamala-harris": ["Kamala Harris", "Kamali Harris", "Kamalę Harris", "Kamalą Harris", "Harris"],
    "jd-vance": person(["JD", "JD", "JD", "JD", "JD"], ["Vance", "Vance'a", "Vance'owi", "Vance'em", "Vansie"]),
    "mike-pence": person(["Mike", "Mike'a", "Mike'owi", "Mike'iem", "Mike'u"], ["Pence", "Pence'a", "Pence'owi", "Pence'em", "Pensie"]),
    "sean-spicer": person(["Sean", "Seana", "Seanowi", "Seanem", "Seanie"], ["Spicer", "Spicera", "Spicerowi", "Spicerem", "Spicerze"]),
    "sarah-sanders": ["Sarah Sanders", "Sarah Huckabee Sanders"],
    "jen-psaki": ["Jen Psaki", "Psaki"],
    "karine-jean-pierre": ["Karine Jean-Pierre", "Jean-Pierre"],
    "karoline-leavitt": ["Karoline Leavitt", "Leavitt"],
    "jake-sullivan": person(["Jake", "Jake'a", "Jake'owi", "Jake'iem", "Jake'u"], ["Sullivan", "Sullivana", "Sullivanowi", "Sullivanem", "Sullivanie"]),
    "michael-flynn": person(["Michael", "Michaela", "Michaelowi", "Michaelem", "Michaelu"], ["Flynn", "Flynna", "Flynnowi", "Flynnem", "Flynnie"]),
    "steve-witkoff": person(["Steve", "Steve'a", "Steve'owi", "Steve'em", "Steve'ie"], ["Witkoff", "Witkoffa", "Witkoffowi", "Witkoffem", "Witkoffie"]),
    "steve-bannon": person(["Steve", "Steve'a", "Steve'owi", "Steve'em", "Steve'ie"], ["Bannon", "Bannona", "Bannonowi", "Bannonem", "Bannonie"]),
    "rex-tillerson": person(["Rex", "Rexa", "Rexowi", "Rexem", "Reksie"], ["Tillerson", "Tillersona", "Tillersonowi", "Tillersonem", "Tillersonie"]),
    "mike-pompeo": ["Mike Pompeo", "Mike'a Pompeo", "Mike'owi Pompeo", "Mike'iem Pompeo", "Pompeo"],
    "antony-blinken": person(["Antony", "Antony'ego", "Antony'emu", "Antonym", "Antonym"], ["Blinken", "Blinkena", "Blinkenowi", "Blinkenem", "Blinkenie"]),
    "marco-rubio": [...person(["Marco", "Marca", "Marcowi", "Markiem", "Marcu"], ["Rubio", "Rubia", "Rubiowi", "Rubiem", "Rubiu"]), "Marco Rubia", "Marco Rubiem", "Marco Rubiowi"],
    "pete-hegseth": person(["Pete", "Pete'a", "Pete'owi", "Pete'em", "Pete'cie"], ["Hegseth", "Hegsetha", "Hegsethowi", "Hegsethem", "Hegsecie"]),
    // Full names only: "Austin" alone is a city.
    "lloyd-austin": ["Lloyd Austin", "Lloyda Austina", "Lloydowi Austinowi", "Lloydem Austinem"],
    "vladimir-putin": [
      ...person(["Władimir", "Władimira", "Władimirowi", "Władimirem", "Władimirze"], ["Putin", "Putina", "Putinowi", "Putinem", "Putinie"]),
      "Władimir Władimirowicz Putin", "Władimira Władimirowicza Putina", "prezydent Putin", "prezydenta Putina", "prezydentem Putinem",
    ],
    "dmitry-peskov": [
      ...person(["Dmitrij", "Dmitrija", "Dmitrijowi", "Dmitrijem", "Dmitriju"], ["Pieskow", "Pieskowa", "Pieskowowi", "Pieskowem", "Pieskowie"]),
      "Dmitrij Peskow", "Dmitrija Peskowa", "Peskowa", "Peskowem",
    ],
    "yury-ushakov": [
      ...person(["Jurij", "Jurija", "Jurijowi", "Jurijem", "Juriju"], ["Uszakow", "Uszakowa", "Uszakowowi", "Uszakowem", "Uszakowie"]),
    ],
    "sergey-lavrov": [
      ...person(["Siergiej", "Siergieja", "Siergiejowi", "Siergiejem", "Siergieju"], ["Ławrow", "Ławrowa", "Ławrowowi", "Ławrowem", "Ławrowie"]),
      "Sergiej Ławrow", "Sergieja Ławrowa",
    ],
    "maria-zakharova": ["Maria Zacharowa", "Marii Zacharowej", "Marię Zacharową", "Marią Zacharową", "Zacharowa", "Zacharowej", "Zacharową"],
    "dmitry-medvedev": person(["Dmitrij", "Dmitrija", "Dmitrijowi", "Dmitrijem", "Dmitriju"], ["Miedwiediew", "Miedwiediewa", "Miedwiediewowi", "Miedwiediewem", "Miedwiediewie"]),
    "kirill-dmitriev": person(["Kiriłł", "Kiriłła", "Kiriłłowi", "Kiriłłem", "Kiriłle"], ["Dmitrijew", "Dmitrijewa", "Dmitrijewowi", "Dmitrijewem", "Dmitrijewie"]),
    "sergei-shoigu": ["Siergiej Szojgu", "Siergieja Szojgu", "Siergiejem Szojgu", "Szojgu"],
    "volodymyr-zelenskyy": [
      ...person(["Wołodymyr", "Wołodymyra", "Wołodymyrowi", "Wołodymyrem", "Wołodymyrze"], ["Zełenski", "Zełenskiego", "Zełenskiemu", "Zełenskim", "Zełenskim"]),
      "Zełenskyj", "Wołodymyr Zełenskyj",
    ],
    "dmytro-kuleba": [...person(["Dmytro", "Dmytra", "Dmytrowi", "Dmytrem", "Dmytrze"], ["Kułeba", "Kułeby", "Kułebie", "Kułebą", "Kułebie"]), "Kułebę"],
    "andrii-sybiha": [...person(["Andrij", "Andrija", "Andrijowi", "Andrijem", "Andriju"], ["Sybiha", "Sybihy", "Sybisze", "Sybihą", "Sybisze"]), "Sybihę"],
    "andriy-yermak": person(["Andrij", "Andrija", "Andrijowi", "Andrijem", "Andriju"], ["Jermak", "Jermaka", "Jermakowi", "Jermakiem", "Jermaku"]),
    "angela-merkel": ["Angela Merkel", "Angeli Merkel", "Angelę Merkel", "Angelą Merkel", "Merkel", "kanclerz Merkel"],
    "olaf-scholz": person(["Olaf", "Olafa", "Olafowi", "Olafem", "Olafie"], ["Scholz", "Scholza", "Scholzowi", "Scholzem", "Scholzu"]),
    "friedrich-merz": person(["Friedrich", "Friedricha", "Friedrichowi", "Friedrichem", "Friedrichu"], ["Merz", "Merza", "Merzowi", "Merzem", "Merzu"]),
    "emmanuel-macron": person(["Emmanuel", "Emmanuela", "Emmanuelowi", "Emmanuelem", "Emmanuelu"], ["Macron", "Macrona", "Macronowi", "Macronem", "Macronie"]),
    "francois-hollande": ["François Hollande", "Francois Hollande", "Hollande", "Hollande'a", "Hollande'owi", "Hollande'em"],
    "theresa-may": ["Theresa May", "Theresy May", "Theresą May"],
    "boris-johnson": ["Boris Johnson", "Borisa Johnsona", "Borisowi Johnsonowi", "Borisem Johnsonem"],
    "keir-starmer": person(["Keir", "Keira", "Keirowi", "Keirem", "Keirze"], ["Starmer", "Starmera", "Starmerowi", "Starmerem", "Starmerze"]),
    "xi-jinping": ["Xi Jinping", "Xi Jinpinga", "Xi Jinpingowi", "Xi Jinpingiem"],
    "recep-erdogan": person(["Recep Tayyip", "Recepa Tayyipa", "Recepowi Tayyipowi", "Recepem Tayyipem", "Recepie Tayyipie"], ["Erdogan", "Erdogana", "Erdoganowi", "Erdoganem", "Erdoganie"]),
    "mark-rutte": ["Mark Rutte", "Marka Rutte", "Markowi Rutte", "Markiem Rutte", "Rutte"],
    "jens-stoltenberg": person(["Jens", "Jensa", "Jensowi", "Jensem", "Jensie"], ["Stoltenberg", "Stoltenberga", "Stoltenbergowi", "Stoltenbergiem", "Stoltenbergu"]),
    "ursula-von-der-leyen": ["Ursula von der Leyen", "Ursuli von der Leyen", "Ursulę von der Leyen", "Ursulą von der Leyen", "von der Leyen"],
    "antonio-guterres": person(["António", "Antónia", "Antóniowi", "Antóniem", "Antóniu"], ["Guterres", "Guterresa", "Guterresowi", "Guterresem", "Guterresie"]),
    "putin-and-trump": [
      "Putin i Trump", "Trump i Putin", "Putina i Trumpa", "Trumpa i Putina", "Putinowi i Trumpowi", "Putinem i Trumpem",
      "Trumpem i Putinem", "Władimir Putin i Donald Trump", "Donald Trump i Władimir Putin",
    ],
    "white-house": [
      "Biały Dom", "Białego Domu", "Białemu Domowi", "Białym Domem", "Białym Domu", "amerykański Biały Dom",
      "amerykańskiego Białego Domu", "kancelaria prezydenta USA", "kancelarii prezydenta USA",
    ],
    "kremlin": ["Kreml", "Kremla", "Kremlowi", "Kremlem", "Kremlu"],
    "state-department": [
      "Departament Stanu", "Departamentu Stanu", "Departamentowi Stanu", "Departamentem Stanu", "Departamencie Stanu",
      "Departament Stanu USA", "Departamentu Stanu USA", ...adjNoun("amerykańsk", ["Departament Stanu", "Departamentu Stanu",
        "Departamentowi Stanu", "Departamentem Stanu", "Departamencie Stanu"]),
    ],
    "pentagon": ["Pentagon", "Pentagonu", "Pentagonowi", "Pentagonem", "Pentagonie"],
    "us-government": [
      "rząd USA", "rządu USA", "rządem USA", "amerykański rząd", "amerykańskiego rządu", "amerykańskim rządem",
      "administracja USA", "administracji USA", "administrację USA", "administracją USA", "amerykańska administracja",
      "amerykańskiej administracji", "amerykańską administrację", "administracja Trumpa", "administracji Trumpa",
      "administracja Bidena", "administracji Bidena", "administracja Donalda Trumpa", "administracji Donalda Trumpa",
      "władze USA", "władz USA", "władzom USA", "władzami USA", "amerykańskie władze", "amerykańskich władz",
      "Waszyngton", "Waszyngtonu", "Waszyngtonowi", "Waszyngtonem",
    ],
    "us-intelligence": [
      "CIA", "FBI", "NSA", "amerykańskie agencje wywiadowcze", "amerykańskich agencji wywiadowczych",
      "agencje wywiadowcze USA", "agencji wywiadowczych USA",
    ],
    "us-lawmakers": [
      "Kongres", "Kongresu", "Kongresowi", "Kongresem", "Kongresie", "Kongres USA", "Kongresu USA",
      "amerykański Kongres", "amerykańskiego Kongresu", "Senat USA", "Senatu USA", "amerykański Senat", "amerykańskiego Senatu",
      "Izba Reprezentantów", "Izby Reprezentantów",
    ],
    "us-officials": ["amerykańscy urzędnicy", "amerykańskich urzędników"],
    "russian-foreign-ministry": [
      ...cross(["MSZ", "Ministerstwo Spraw Zagranicznych", "Ministerstwa Spraw Zagranicznych", "Ministerstwu Spraw Zagranicznych",
        "Ministerstwem Spraw Zagranicznych", "Ministerstwie Spraw Zagranicznych", "resort spraw zagranicznych", "resortu spraw zagranicznych"],
      ["Rosji", "Federacji Rosyjskiej", "FR"]),
      "rosyjskie MSZ", "rosyjskiego MSZ", "rosyjskiemu MSZ", "rosyjskim MSZ", "rosyjskie Ministerstwo Spraw Zagranicznych",
      "rosyjskiego Ministerstwa Spraw Zagranicznych", "rosyjskim Ministerstwie Spraw Zagranicznych",
      ...adjNoun("rosyjsk", ["resort spraw zagranicznych", "resortu spraw zagranicznych", "resortowi spraw zagranicznych",
        "resortem spraw zagranicznych", "resorcie spraw zagranicznych"]),
      "rosyjska dyplomacja", "rosyjskiej dyplomacji", "rosyjską dyplomację",
    ],
    "russian-defence-ministry": [
      ...cross(["Ministerstwo Obrony", "Ministerstwa Obrony", "Ministerstwu Obrony", "Ministerstwem Obrony", "Ministerstwie Obrony",
        "resort obrony", "resortu obrony", "MON"], ["Rosji", "Federacji Rosyjskiej"]),
      "rosyjskie Ministerstwo Obrony", "rosyjskiego Ministerstwa Obrony", "rosyjskim Ministerstwie Obrony", "rosyjskie MON",
      "rosyjskiego MON", ...adjNoun("rosyjsk", ["resort obrony", "resortu obrony", "resortowi obrony", "resortem obrony", "resorcie obrony"]),
    ],
    "russia": [
      "Rosja", "Rosji", "Rosję", "Rosją", "Federacja Rosyjska", "Federacji Rosyjskiej", "Federację Rosyjską", "Federacją Rosyjską",
    ],
    "ukraine-presidency": [
      ...cross(["Kancelaria", "Kancelarii", "Kancelarię", "Kancelarią", "Biuro", "Biura", "Biuru", "Biurem", "Biurze", "Urząd", "Urzędu"],
        ["Prezydenta Ukrainy", "Zełenskiego", "Prezydenta Zełenskiego"]),
    ],
    "ukraine-foreign-ministry": [
      ...cross(["MSZ", "Ministerstwo Spraw Zagranicznych", "Ministerstwa Spraw Zagranicznych", "Ministerstwie Spraw Zagranicznych",
        "resort spraw zagranicznych", "resortu spraw zagranicznych"], ["Ukrainy"]),
      "ukraińskie MSZ", "ukraińskiego MSZ", "ukraińskim MSZ", "ukraińska dyplomacja", "ukraińskiej dyplomacji",
    ],
    "kyiv": ["Kijów", "Kijowa", "Kijowowi", "Kijowem", "Kyjiw"],
    "elysee": ["Pałac Elizejski", "Pałacu Elizejskiego", "Pałacem Elizejskim", "Pałacu Elizejskim"],
    "downing-street": ["Downing Street"],
    "nato": [
      "NATO", "Sojusz Północnoatlantycki", "Sojuszu Północnoatlantyckiego", "Sojuszowi Północnoatlantyckiemu",
      "Sojuszem Północnoatlantyckim", "Sojuszu Północnoatlantyckim", "Pakt Północnoatlantycki", "Paktu Północnoatlantyckiego",
    ],
    "united-nations": [
      "ONZ", "Organizacja Narodów Zjednoczonych", "Organizacji Narodów Zjednoczonych", "Organizację Narodów Zjednoczonych",
      "Organizacją Narodów Zjednoczonych", "Narody Zjednoczone", "Narodów Zjednoczonych",
    ],
    "european-commission": ["Komisja Europejska", "Komisji Europejskiej", "Komisję Europejską", "Komisją Europejską", "KE"],
    // Media.
    "reuters": [
      ...cross(["agencja", "agencji", "agencję", "agencją"], ["Reutera", "Reuters", "Reutersa"]),
      "Reuters", "Reutera", "Reutersa", "Reutersowi", "Reuterowi", "Reutersem", "Reuterem",
    ],
    "ap": [...cross(["agencja", "agencji", "agencję", "agencją"], ["AP", "Associated Press"]), "Associated Press"],
    "afp": [...cross(["agencja", "agencji", "agencję", "agencją"], ["AFP", "France-Presse", "France Presse"]), "AFP"],
    "bloomberg": [...cross(["agencja", "agencji", "agencję", "agencją"], ["Bloomberg", "Bloomberga"]), "Bloomberg", "Bloomberga", "Bloombergiem"],
    "dpa": cross(["agencja", "agencji", "agencję", "agencją"], ["dpa", "DPA"]),
    "efe": cross(["agencja", "agencji", "agencję", "agencją"], ["EFE"]),
    "ansa": cross(["agencja", "agencji", "agencję", "agencją"], ["ANSA"]),
    "pap": [
      "PAP", ...cross(["agencja", "agencji", "agencję", "agencją"], ["PAP"]), "Polska Agencja Prasowa", "Polskiej Agencji Prasowej",
      "Polską Agencję Prasową", "Polską Agencją Prasową",
    ],
    "tass": ["TASS", "ITAR-TASS", ...cross(["agencja", "agencji", "agencję", "agencją"], ["TASS", "ITAR-TASS"])],
    "ria-novosti": [
      "RIA Nowosti", "RIA Novosti", "RIA-Nowosti", ...cross(["agencja", "agencji", "agencję", "agencją"], ["RIA Nowosti", "RIA Novosti"]),
    ],
    "interfax": ["Interfax", "Interfaksu", "Interfaxu", "Interfaksem", ...cross(["agencja", "agencji", "agencję", "agencją"], ["Interfax"])],
    "ukrinform": ["Ukrinform", "Ukrinformu", "Ukrinformem", ...cross(["agencja", "agencji", "agencję", "agencją"], ["Ukrinform"])],
    "unian": ["UNIAN", ...cross(["agencja", "agencji", "agencję", "agencją"], ["UNIAN"])],
    "sputnik": ["Sputnik", "Sputnika", "Sputnikiem", ...cross(["agencja", "agencji", "agencję", "agencją", "portal", "portalu"], ["Sputnik"])],
    "cnn": ["CNN", ...cross(["stacja", "stacji", "stację", "stacją", "telewizja", "telewizji", "telewizję", "telewizją"], ["CNN"])],
    "bbc": ["BBC", ...cross(["stacja", "stacji", "stację", "stacją", "rozgłośnia", "rozgłośni", "telewizja", "telewizji"], ["BBC"])],
    "tvp-info": ["Tvp.info", "TVP Info", "portal tvp.info", "portalu tvp.info", "serwis tvp.info", "serwisu tvp.info"],
    "kresy-pl": ["Kresy.pl", "portal Kresy.pl", "portalu Kresy.pl", "serwis Kresy.pl", "serwisu Kresy.pl"],
    "new-york-times": ["New York Times", "New York Timesa", "New York Timesowi", "New York Timesie", "dziennik New York Times", "dziennika New York Times"],
    "washington-post": ["Washington Post", "Washington Postu", "Washington Poście", "dziennik Washington Post", "dziennika Washington Post"],
    "axios": ["Axios", ...cross(["portal", "portalu", "portalem", "serwis", "serwisu", "serwisem"], ["Axios"])],
    "politico": ["Politico", ...cross(["portal", "portalu", "portalem", "serwis", "serwisu", "serwisem"], ["Politico"])],
  },
  topics: {
    "tone": [
      "konstruktywn*", "pozytywn*", "bardzo dobr*", "dobra rozmowa", "dobrą rozmowę", "dobrej rozmowie", "owocn*",
      "produktywn*", "przyjazn*", "przyjacielsk*", "rzeczow*", "merytoryczn*", "szczer*", "serdeczn*", "ciepłej atmosferze",
      "ciepła atmosfera", "napięt*", "niezadowalając*", "atmosfer*", "ton", "tonu", "tonem", "w duchu",
    ],
    "relations": [
      "stosunki", "stosunków", "stosunkach", "stosunkami", "stosunkom", "relacje", "relacji", "relacjach", "relacjami",
      "relacjom", "dwustronn*", "więzi", "partnerstw*", "normalizacj*", "znormalizowa*",
    ],
    "cooperation": [
      "współprac*", "współdziała*", "wspólne wysiłki", "wspólnych wysiłków", "wspólnymi wysiłkami", "koordynacj*",
      "skoordynowa*", "koordynowa*", "wspólnie", "wspólnych działań", "wspólne działania", "wspólna walka", "wspólnej walki",
    ],
    "meeting": [
      "spotka*", "szczyt", "szczytu", "szczycie", "szczytem", "szczyty", "szczytów", "w cztery oczy",
      "osobistego spotkania", "bezpośrednie spotkanie", "bezpośredniego spotkania", "zobaczyć się",
    ],
    "phone-call": [
      ...cross(["rozmowa", "rozmowy", "rozmowie", "rozmowę", "rozmową"], ["telefoniczna", "telefonicznej", "telefoniczną", "telefoniczne"]),
      "rozmów telefonicznych", "rozmowach telefonicznych", "rozmow*", "rozmawia*", "telefon*", "zadzwoni*", "dzwoni*", "połączenie telefoniczne", "połączenia telefonicznego",
      "wideokonferencj*", "wideorozmow*", "wideopołączeni*",
    ],
    "phone-contact": [
      "kontakt telefoniczny", "kontaktu telefonicznego", "kontaktem telefonicznym", "kontakcie telefonicznym",
      "kontakty telefoniczne", "kontaktów telefonicznych", "pozostać w kontakcie", "pozostawać w kontakcie",
      "pozostaną w kontakcie", "pozostawać w stałym kontakcie", "w stałym kontakcie", "utrzymywać kontakt",
      "utrzymywania kontaktu", "utrzymywać kontakty", "utrzymywania kontaktów", "regularne kontakty", "regularnych kontaktów",
    ],
    "contacts": [
      "kontakt", "kontaktu", "kontaktem", "kontakcie", "kontakty", "kontaktów", "kontaktach", "kontaktami", "kontaktom",
    ],
    "follow-up": [
      "dalsze rozmowy", "dalszych rozmów", "kolejne rozmowy", "kolejnych rozmów", "kolejna rozmowa", "kolejnej rozmowy",
      "kolejne spotkanie", "kolejnego spotkania", "następne spotkanie", "następnego spotkania", "ponowne spotkanie",
      "kontynuacj*", "kontynuowa*", "dalsze kroki", "dalszych kroków", "dalsze kontakty", "dalszych kontaktów",
    ],
    "duration": [
      "minut*", "godzin*", "półtorej godziny", "rozmowa trwała", "spotkanie trwało", "rozmowy trwały", "trwała ponad",
      "trwało ponad", "trwała około", "trwało około", "trwała prawie", "trwało prawie", "trwała blisko", "trwało blisko",
    ],
    "terrorism": ["terror*", "ekstremiz*", "ekstremist*", "dżihadyst*", "dżihadu"],
    "isis": [
      "Państwo Islamskie", "Państwa Islamskiego", "Państwu Islamskiemu", "Państwem Islamskim", "Państwie Islamskim",
      "ISIS", "ISIL", "Daesz", "Daesh", "Daisz",
    ],
    "syria": ["Syri*", "syryjsk*", "Damaszek", "Damaszku", "Damaszkiem", "Asad", "Asada", "Asadem", "Asadowi", "Assad", "Assada"],
    "ukraine": ["Ukrain*", "Kijów", "Kijowa", "Kijowie", "Kijowem", "kijowsk*"],
    "crimea": ["Krym", "Krymu", "Krymie", "Krymem", "krymsk*", "aneksj*"],
    "donbas": ["Donbas*", "Doniecku", "Donieck", "Doniecka", "doniecki*", "Ługańsk*", "Donbasie"],
    "iran-nuclear": ["Iran*", "JCPOA", "porozumienie nuklearne", "porozumienia nuklearnego", "porozumieniu nuklearnym"],
    "korean-peninsula": [
      "Półwysep Koreański", "Półwyspu Koreańskiego", "Półwyspie Koreańskim", "Półwyspem Koreańskim",
      "Korea Północna", "Korei Północnej", "Koreę Północną", "Koreą Północną", "Korea Płn", "Korei Płn", "Koreę Płn",
      "Korea", "Korei", "Koreę", "Koreą", "koreańsk*", "północnokoreańsk*", "KRLD", "Pjongjang", "Pjongjangu",
      "Pjongjangiem", "Pjongjangowi", "Kim Dzong Un", "Kim Dzong Una", "Kim Dzong Unem",
    ],
    "israel-palestine": [
      "Izrael*", "Palesty*", "Strefa Gazy", "Strefy Gazy", "Strefie Gazy", "Strefę Gazy", "Hamas*", "bliskowschodni proces pokojowy",
    ],
    "non-proliferation": [
      "nierozprzestrzeniani*", "nieproliferacj*", "proliferacj*", "rozprzestrzenianie broni", "rozprzestrzeniania broni",
      "rozprzestrzenianiu broni",
    ],
    "sanctions": ["sankcj*", "restrykcj*", "embarg*", "ograniczenia gospodarcze", "ograniczeń gospodarczych", "obostrzeni*"],
    "trade": ["handel", "handl*", "gospodarcz*", "ekonomiczn*", "wymiana towarowa", "wymiany towarowej", "cła", "ceł", "taryf*"],
    "election-interference": [
      "ingerencj*", "ingerowa*", "mieszanie się", "mieszania się", "mieszaniu się", "wtrącanie się", "wtrącania się",
      "haker*", "hakowa*", "włamani*", "wyciek*", "e-mail*", "maili", "mejli", "ingerencji w wybory", "ingerencja w wybory",
    ],
    "nato": ["NATO", "Sojusz Północnoatlantycki", "Sojuszu Północnoatlantyckiego", "północnoatlantyck*", "natowsk*"],
    "nato-expansion": [
      ...cross(["rozszerzenie", "rozszerzenia", "rozszerzeniu", "rozszerzanie", "rozszerzania", "rozszerzaniu", "poszerzenie",
        "poszerzenia", "poszerzeniu", "ekspansja", "ekspansji", "ekspansję"], ["NATO", "Sojuszu", "na wschód"]),
      "nierozszerzani*", "nierozszerzeni*",
    ],
    "security": ["bezpieczeństw*", "stabilnoś*", "stabilizacj*"],
    "security-guarantees": [
      "gwarancje bezpieczeństwa", "gwarancji bezpieczeństwa", "gwarancjach bezpieczeństwa", "gwarancjami bezpieczeństwa",
      "gwarancj*", "prawnie wiążąc*", "prawnie wiążących",
    ],
    "negotiations": [
      "negocj*", "rokowa*", "pertraktacj*", "rozmowy pokojowe", "rozmów pokojowych", "rozmowach pokojowych",
    ],
    "diplomacy": ["dyplomacj*", "dyplomatyczn*", "dialog*"],
    "ceasefire": [
      "zawieszenie broni", "zawieszenia broni", "zawieszeniu broni", "zawieszeniem broni", "zawieszenie ognia",
      "zawieszenia ognia", "zawieszeniu ognia", "rozejm*", "przerwanie ognia", "przerwania ognia", "przerwaniu ognia",
      "wstrzymanie ognia", "wstrzymania ognia", "zawieszenie działań wojennych", "zawieszenia działań wojennych",
    ],
    "peace": [
      "pokój", "pokoju", "pokojem", "pokojow*", "zakończenie wojny", "zakończenia wojny", "zakończeniu wojny",
      "zakończyć wojnę", "zakończy wojnę", "zakończą wojnę", "koniec wojny", "końca wojny", "kres wojnie", "zakończenie konfliktu", "zakończenia konfliktu", "zakończeniu konfliktu", "zakończyć konflikt",
      "zakończenie działań wojennych", "zakończenia działań wojennych", "uregulowanie konfliktu", "uregulowania konfliktu",
      "rozwiązanie konfliktu", "rozwiązania konfliktu", "rozwiązaniu konfliktu",
    ],
    "safe-zones": [
      ...cross(["strefy", "stref", "strefach", "strefami", "strefa", "strefę", "strefie"], ["bezpieczne", "bezpiecznych", "bezpieczna",
        "bezpieczną", "bezpiecznej", "deeskalacji", "deeskalacyjne", "deeskalacyjnych", "buforowe", "buforowych"]),
      "bezpieczne strefy", "bezpiecznych stref", "bezpieczną strefę", "bezpiecznej strefy",
    ],
    "astana-talks": ["Astan*"],
    "middle-east": ["Bliski Wschód", "Bliskiego Wschodu", "Bliskiemu Wschodowi", "Bliskim Wschodem", "Bliskim Wschodzie", "bliskowschodn*"],
    "preparation": ["przygotow*", "przygotuj*", "dopracowa*", "wymaga starannego", "staranne przygotowanie"],
    "urgency": [
      "jak najszybciej", "jak najwcześniej", "niezwłocznie", "bezzwłocznie", "natychmiast*", "pilnie", "pilny", "pilna",
      "pilne", "pilnej", "pilnego", "w trybie pilnym", "szybko", "bez zwłoki", "w najbliższym czasie",
    ],
    "military-cooperation": [
      "współpraca wojskowa", "współpracy wojskowej", "współpracę wojskową", "współpracą wojskową", "koordynacja wojskowa",
      "koordynacji wojskowej", "współdziałanie wojskowe", "współdziałania wojskowego", "koordynacja działań wojskowych",
      "koordynacji działań wojskowych", "kontakty wojskowe", "kontaktów wojskowych", "wojskowi obu krajów",
    ],
    "military-buildup": [
      "koncentracja wojsk", "koncentracji wojsk", "gromadzenie wojsk", "gromadzenia wojsk", "gromadzenie sił",
      "gromadzenia sił", "ruchy wojsk", "ruchów wojsk", "przemieszczanie wojsk", "przemieszczania wojsk", "rozbudowa sił",
      "rozbudowy sił", "wojska", "wojsk", "wojskami", "żołnierzy", "żołnierze", "eskalacja sił",
    ],
    "de-escalation": [
      "deeskal*", "obniżenie napięcia", "obniżenia napięcia", "obniżeniu napięcia", "obniżenie napięć", "obniżenia napięć",
      "zmniejszenie napięcia", "zmniejszenia napięcia", "złagodzenie napięcia", "złagodzenia napięcia", "łagodzenie napięć",
      "łagodzenia napięć", "odprężeni*",
    ],
    "allies": ["sojusznic*", "sojusznik*", "sprzymierzeńc*"],
    "sovereignty": [
      "suwerennoś*", "suwerenn*", "integralność terytorialna", "integralności terytorialnej", "integralność terytorialną",
      "niepodległoś*", "niezależnoś*",
    ],
    "minsk-agreements": ["Mińsk*", "porozumienia mińskie", "porozumień mińskich"],
    "strategic-stability": [
      "stabilność strategiczna", "stabilności strategicznej", "stabilność strategiczną", "strategiczna stabilność",
      "strategicznej stabilności", "strategiczną stabilność",
    ],
    "cyber": ["cyber*", "ransomware", "bezpieczeństwo informacyjne", "bezpieczeństwa informacyjnego", "ataki hakerskie", "ataków hakerskich"],
    "geneva-summit": ["Genew*"],
    "world-war-ii": [
      "II wojna światowa", "II wojny światowej", "II wojnie światowej", "II wojną światową", "druga wojna światowa",
      "drugiej wojny światowej", "drugiej wojnie światowej", "drugą wojną światową", "Wielka Wojna Ojczyźniana",
      "Wielkiej Wojny Ojczyźnianej", "Dzień Zwycięstwa", "Dnia Zwycięstwa",
    ],
    "diplomatic-missions": [
      "misje dyplomatyczne", "misji dyplomatycznych", "misjach dyplomatycznych", "placówki dyplomatyczne",
      "placówek dyplomatycznych", "placówkach dyplomatycznych", "ambasad*", "konsulat*", "personel dyplomatyczny",
      "personelu dyplomatycznego", "dyplomaci", "dyplomatów", "wydalenie dyplomatów", "wydalenia dyplomatów",
    ],
    "weapons-deployment": [
      "broń ofensywna", "broni ofensywnej", "broń ofensywną", "broń uderzeniowa", "broni uderzeniowej", "rozmieszczenie broni",
      "rozmieszczenia broni", "rozmieszczeniu broni", "rozmieszczenie rakiet", "rozmieszczenia rakiet", "systemy uderzeniowe",
      "systemów uderzeniowych", "rakiety średniego zasięgu", "rakiet średniego zasięgu", "ofensywnych systemów",
    ],
    "weapons-to-ukraine": [
      "dostawy broni", "dostaw broni", "dostawach broni", "dostarczanie broni", "dostarczania broni", "uzbrajanie Ukrainy",
      "uzbrajania Ukrainy", "broń dla Ukrainy", "broni dla Ukrainy", "instruktorzy wojskowi", "instruktorów wojskowych",
      "pomoc wojskowa", "pomocy wojskowej", "uzbrojenie", "uzbrojenia",
    ],
    "proposals": ["propozycj*", "propon*", "zaproponowa*", "sugestie", "sugestii", "inicjatyw*"],
    "humanitarian": [
      "humanitarn*", "cywile", "cywilów", "cywilami", "ludność cywilna", "ludności cywilnej", "ludzkie cierpienie",
      "cierpieni*", "cierpień", "uchodźc*",
    ],
    "invasion": ["inwazj*", "najazd*", "napaść", "napaści", "agresj*", "wtargnięci*", "wkroczenie", "wkroczenia"],
    "prisoners": [
      "więźni*", "więzień", "jeńc*", "jeniec", "wymiana więźniów", "wymiany więźniów", "wymianie więźniów", "wymiana jeńców",
      "wymiany jeńców", "zatrzymanych", "zatrzymani", "aresztowan*", "przetrzymywan*",
    ],
    "merkel": ["Merkel", "Angela Merkel", "Angelą Merkel", "Angeli Merkel", "kanclerz Merkel"],
    "scheduling": [
      "termin", "terminu", "terminie", "terminy", "terminów", "data spotkania", "datę spotkania", "daty spotkania",
      "harmonogram*", "miejsce i termin", "miejsca i terminu",
    ],
    "media": ["media", "mediów", "mediach", "mediami", "mediom", "medialn*", "dziennikarz*", "dziennikarze", "prasa", "prasy", "prasie", "środki masowego przekazu"],
    "economy": ["gospodark*", "gospodarcz*", "ekonomi*", "ekonomiczn*", "inwestycj*", "biznes*"],
    "energy": [
      "energ*", "gaz", "gazu", "gazem", "gazow*", "gazociąg*", "ropa", "ropy", "ropę", "ropą", "naftow*", "ropociąg*",
      "rurociąg*", "Nord Stream",
    ],
    "nuclear-weapons": [
      "broń jądrowa", "broni jądrowej", "broń jądrową", "bronią jądrową", "broń nuklearna", "broni nuklearnej",
      "broń atomowa", "broni atomowej", "jądrow*", "nuklearn*", "atomow*", "głowic*", "New START", "Nowy START",
    ],
    "human-rights": [
      "prawa człowieka", "praw człowieka", "prawach człowieka", "prawom człowieka", "Nawaln*", "więźniowie polityczni",
      "więźniów politycznych", "wolność słowa", "wolności słowa", "represj*",
    ],
  },
  evaluative: {
    positive: [
      "bardzo dobr*", "dobra", "dobry", "dobrą", "dobrej", "dobre", "dobrym", "dobrego", "dobrych", "dobrze", "świetn*",
      "wspaniał*", "znakomit*", "doskonał*", "pozytywn*", "konstruktywn*", "owocn*", "produktywn*", "udan*", "sukces*",
      "przyjazn*", "przyjacielsk*", "serdeczn*", "ciepłej atmosferze", "ciepła atmosfera", "rzeczow*", "merytoryczn*",
      "szczer*", "pożyteczn*", "użyteczn*", "trwałego", "trwałym", "trwałą", "trwałej", "trwałych", "trwałe", "silne", "silnych",
      "otwarta rozmowa", "otwartej rozmowie",
    ],
    negative: [
      "zła", "zły", "złe", "złą", "złej", "złych", "negatywn*", "niezadowalając*", "całkowicie niezadowalając*", "napięt*",
      "trudn*", "wrog*", "rozczarowując*", "rozczarowa*", "nieproduktywn*", "groźn*", "niebezpieczn*", "poważny błąd",
      "poważnym błędem", "poważnego błędu", "histeri*", "nieudan*", "chłodn*", "ostra", "ostrą", "ostre", "konfrontacyjn*",
    ],
    neutral: ["wyważon*", "zrównoważon*"],
  },
  // Unknown foreign names in Polish text are inflected; these rules bring the forms that speakers
  // are named in ("według Smitha", "rozmowa ze Spicerem", "Zełenskiego") back to the nominative.
  // The first rule that matches wins, so longer suffixes come first. Feminine nominatives in -a
  // ("Kaja", "Zacharowa", "Marina") and -owa/-ina surnames must survive, so the genitive "-a" is
  // only stripped after endings that masculine names have and feminine ones rarely do.
  grammar: {
    // Marks of a plural subject on a verb: a plural verb with no subject speaks for the group named last.
    pluralMarks: ["-li", "-ły", "-ją"],
    // Nouns that name a news medium: "the agency" is the one named last.
    mediaNouns: ["agencja", "agencji", "agencję", "gazeta", "gazety", "dziennik", "dziennika", "stacja", "stacji", "portal", "portalu", "agencje"],
    determiners: ["ten",  "ta",  "to",  "ci",  "te",  "tego",  "tej",  "tych",  "tym",  "temu",  "jego",  "jej",  "ich",  "swój",  "swoja",  "swoje",  "dwaj",  "dwóch",  "dwie",  "trzej",  "trzech",  "kilku",  "kilka",  "wielu",  "wszyscy",  "każdy"],
    nominative: [],
    prepositions: ["w",  "we",  "na",  "z",  "ze",  "do",  "od",  "po",  "przy",  "przez",  "dla",  "o",  "u",  "za",  "nad",  "pod",  "przed",  "między",  "bez",  "wobec",  "podczas",  "wokół",  "około",  "ku",  "spod",  "zza",  "pomimo",  "mimo",  "oprócz"],
    joiners: [],
    conjunctions: ["i",  "oraz",  "a",  "ale",  "lecz",  "lub",  "albo",  "czy",  "że",  "iż",  "gdy",  "kiedy",  "bo",  "ponieważ",  "natomiast",  "jednak",  "choć",  "chociaż"],
    coordinators: ["i", "oraz"],
    adverbs: ["także",  "też",  "również",  "ponadto",  "następnie",  "później",  "wcześniej",  "już",  "jeszcze",  "jednak",  "natomiast",  "zaś",  "dodatkowo",  "potem",  "wówczas",  "wtedy",  "ponownie",  "nie"],
    nonNames: ["ja",  "ty",  "on",  "ona",  "ono",  "my",  "wy",  "oni",  "one",  "to",  "tego",  "temu",  "mu",  "go",  "jej",  "ich",  "nim",  "niej",  "nich",  "kto",  "co",  "który",  "która",  "które",  "którzy",  "się",  "tak",  "także",  "też",  "również",  "ponadto",  "jednak",  "natomiast",  "więc",  "zatem"],
    thingPronouns: [],
    titles: ["pan",  "pani",  "pana",  "panu",  "panem",  "panią",  "dr",  "prof"],
    adverbSuffixes: [],
  },
  nameRules: [
    // Apostrophe endings of names whose spelling ends in a silent or foreign vowel: "Mike'a", "Pence'owi", "Antony'ego".
    { suffix: "'owi", replace: "", minLength: 5 }, { suffix: "’owi", replace: "", minLength: 5 },
    { suffix: "'ego", replace: "", minLength: 5 }, { suffix: "’ego", replace: "", minLength: 5 },
    { suffix: "'emu", replace: "", minLength: 5 }, { suffix: "’emu", replace: "", minLength: 5 },
    { suffix: "'iem", replace: "", minLength: 5 }, { suffix: "’iem", replace: "", minLength: 5 },
    { suffix: "'em", replace: "", minLength: 4 }, { suffix: "’em", replace: "", minLength: 4 },
    { suffix: "'a", replace: "", minLength: 4 }, { suffix: "’a", replace: "", minLength: 4 },
    // Adjectival surnames: Zełenskiego → Zełenski, Kowalskiemu → Kowalski, Nowickiej → Nowicka, Zacharowej → Zacharowa.
    { suffix: "skiego", replace: "ski", minLength: 8 }, { suffix: "ckiego", replace: "cki", minLength: 8 },
    { suffix: "dzkiego", replace: "dzki", minLength: 9 }, { suffix: "skiemu", replace: "ski", minLength: 8 },
    { suffix: "ckiemu", replace: "cki", minLength: 8 }, { suffix: "skiej", replace: "ska", minLength: 7 },
    { suffix: "ckiej", replace: "cka", minLength: 7 }, { suffix: "ską", replace: "ska", minLength: 6 },
    { suffix: "cką", replace: "cka", minLength: 6 }, { suffix: "owej", replace: "owa", minLength: 7 },
    { suffix: "ową", replace: "owa", minLength: 6 }, { suffix: "ewej", replace: "ewa", minLength: 7 },
    { suffix: "ewą", replace: "ewa", minLength: 6 }, { suffix: "skim", replace: "ski", minLength: 7 },
    { suffix: "ckim", replace: "cki", minLength: 7 },
    // Dative of masculine names: Spicerowi → Spicer (no nominative ends in -owi).
    { suffix: "owi", replace: "", minLength: 6 },
    // Instrumental of names in -k/-g (Jermakiem → Jermak, Stoltenbergiem → Stoltenberg), then of other consonant-final names (Spicerem → Spicer).
    { suffix: "kiem", replace: "k", minLength: 6 }, { suffix: "giem", replace: "g", minLength: 6 },
    // "-eem" is a nominative ending (Hakeem): keep it.
    { suffix: "eem", replace: "eem" }, { suffix: "em", replace: "", minLength: 6 },
    // Genitive of consonant-final names, only after endings feminine names rarely have:
    // Tillersona → Tillerson, Macrona → Macron, Spicera → Spicer, Smitha → Smith, Johna → John,
    // Trumpa → Trump, Scholza → Scholz, Witkoffa → Witkoff, Richarda → Richard.
    { suffix: "sona", replace: "son", minLength: 7 }, { suffix: "rona", replace: "ron", minLength: 7 },
    // Bolton, Clinton, Hamilton, Dalton: "Boltona" → "Bolton" (no Polish nominative ends in -tona).
    { suffix: "tona", replace: "ton", minLength: 7 },
    { suffix: "era", replace: "er", minLength: 6 }, { suffix: "tha", replace: "th", minLength: 5 },
    { suffix: "hna", replace: "hn", minLength: 5 }, { suffix: "mpa", replace: "mp", minLength: 5 },
    { suffix: "lza", replace: "lz", minLength: 5 }, { suffix: "tza", replace: "tz", minLength: 5 },
    { suffix: "ffa", replace: "ff", minLength: 5 }, { suffix: "rda", replace: "rd", minLength: 6 },
  ],
  dates: {
    months: [
      ["styczeń", "stycznia", "styczniu", "styczniem", "sty"],
      ["luty", "lutego", "lutym", "lut"],
      ["marzec", "marca", "marcu", "marcem", "mar"],
      ["kwiecień", "kwietnia", "kwietniu", "kwietniem", "kwi"],
      // "maja" is also what "mają" (they have) folds to: a month-only match needs a day or a year to be safe.
      ["maj", "maja", "maju", "majem"],
      ["czerwiec", "czerwca", "czerwcu", "czerwcem", "cze"],
      ["lipiec", "lipca", "lipcu", "lipcem", "lip"],
      // No "sie": "się" folds onto it.
      ["sierpień", "sierpnia", "sierpniu", "sierpniem"],
      ["wrzesień", "września", "wrześniu", "wrześniem", "wrz"],
      ["październik", "października", "październiku", "październikiem", "paź"],
      ["listopad", "listopada", "listopadzie", "listopadem", "lis"],
      ["grudzień", "grudnia", "grudniu", "grudniem", "gru"],
    ],
    weekdays: [
      ["poniedział*"],
      ["wtorek", "wtorku", "wtorkiem", "wtorkow*"],
      ["środa", "środę", "środy", "środzie", "środą", "środowy", "środowej", "środowego", "środowym", "środową"],
      ["czwartek", "czwartku", "czwartkiem", "czwartkow*"],
      ["piątek", "piątku", "piątkiem", "piątkow*"],
      ["sobota", "sobotę", "soboty", "sobocie", "sobotą", "sobotni*"],
      ["niedziela", "niedzielę", "niedzieli", "niedzielą", "niedzieln*"],
    ],
    past: [
      "ubiegły", "ubiegłą", "ubiegłego", "ubiegłym", "ubiegłej", "zeszły", "zeszłą", "zeszłego", "zeszłym", "zeszłej",
      "ostatni", "ostatnią", "ostatniego", "ostatnim", "ostatniej", "miniony", "minioną", "minionego", "minionej",
      "poprzedni", "poprzednią", "poprzedniego", "poprzedniej",
    ],
    days: {
      "0": ["dziś", "dzisiaj", "dziś rano", "dzisiaj rano", "w dniu dzisiejszym"],
      "-1": ["wczoraj", "wczoraj wieczorem", "wczoraj rano", "wczorajsz*", "ubiegłej nocy", "zeszłej nocy", "minionej nocy"],
      "-2": ["przedwczoraj"],
    },
    units: { minute: ["minuta", "minut", "minuty", "minutę"], hour: ["godzina", "godziny", "godzin", "godzinę"],
      day: ["dzień", "dnia", "dni", "doba", "doby", "dób"],
      week: ["tydzień", "tygodnia", "tygodnie", "tygodni", "tygodniu"],
      month: ["miesiąc", "miesiąca", "miesiące", "miesięcy", "miesiącu"],
      year: ["rok", "roku", "lata", "lat"],
    },
    numbers: {
      "1": ["jeden", "jedna", "jedną", "jednego", "jedno"],
      "2": ["dwa", "dwie", "dwóch", "dwu", "dwoma", "parę"],
      "3": ["trzy", "trzech", "kilka", "kilku"],
      "4": ["cztery", "czterech"],
      "5": ["pięć", "pięciu"],
      "6": ["sześć", "sześciu"],
      "7": ["siedem", "siedmiu"],
      "8": ["osiem", "ośmiu"],
      "9": ["dziewięć", "dziewięciu"],
      "10": ["dziesięć", "dziesięciu"],
    },
    agoBefore: [],
    agoAfter: ["temu"],
    dayWords: [],
    yearWords: [],
    numericOrder: "dmy",
  },
  compare: COMPARE,
  boilerplate: {
    lineStarts: [
      "Przeczytaj:", "Przeczytaj także", "Przeczytaj też", "Przeczytaj również", "Czytaj też", "Czytaj także", "Czytaj również",
      "Czytaj więcej", "Czytaj dalej", "Zobacz też", "Zobacz także", "Zobacz również", "Zobacz:", "Zobacz wideo", "Fot.", "Foto:",
      "Polecamy", "Polub nas", "Śledź nas", "Obserwuj nas", "Udostępnij", "Subskrybuj", "Zapisz się",
      "Reklama", "Posłuchaj", "Oglądaj", "Tagi:", "Warto przeczytać", "Wideo:", "Kliknij tutaj", "Dołącz do nas",
    ],
    endMarkers: [
      "Zostaw odpowiedź", "Chcesz przyłączyć się do dyskusji?", "Nie krępuj się!", "Komentarze", "odpowiedź", "1 odpowieź",
      "1 odpowiedź", "Dodaj komentarz", "Leave a Reply", "Zostaw komentarz", "Skomentuj", "Napisz komentarz", "Brak komentarzy",
      "1 komentarz", "Podobne artykuły", "Powiązane artykuły", "Polecane artykuły", "Najczęściej czytane", "Najnowsze",
      "Może Cię zainteresować", "O autorze", "Udostępnij ten artykuł",
    ],
    captions: [
      // A line holding one of these anywhere is skipped, so each must be a token body text never has.
      "fot.", "foto:", "zdj.", "źródło zdjęcia", "zdjęcie ilustracyjne", "getty images", "east news", "shutterstock",
      "wikimedia commons", "ap photo",
    ],
    // "Źródło: PAP, Reuters" is a credit line (its agencies become the article's `via`), not a skipped line.
    credits: ["źródło", "źródła", "oprac.", "opracowanie", "na podstawie", "via"],
  },
}));
