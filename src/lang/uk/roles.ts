import { agree, phrase, unique, withApostrophes } from "./forms.js";

/*
 * Roles and titles keyed by the role ids of src/lexicon/roles.ts. A Ukrainian title is a head that
 * declines ("речник", "речника", "речнику", "речникові", "речником") followed by a genitive that
 * does not ("Кремля", "президента Росії"): most roles are a product of head forms and tails
 * (`phrase`); adjective + noun titles agree case by case (`agree`). Both spellings of the
 * compounds are listed: the 2019 orthography writes "прессекретар", "пресслужба",
 * "віцепрезидент", older copy "прес-секретар", "прес-служба", "віце-президент". Heads that could
 * belong to any country ("глава МЗС", "помічник президента") are left out when bare.
 */

/** Masculine adjective: nominative, genitive, dative, dative, instrumental, locative. */
const adj = (stem: string): string[] => [`${stem}ий`, `${stem}ого`, `${stem}ому`, `${stem}ому`, `${stem}им`, `${stem}ому`];
/** Feminine adjective: nominative, genitive, dative, accusative, instrumental. */
const adjF = (stem: string): string[] => [`${stem}а`, `${stem}ої`, `${stem}ій`, `${stem}у`, `${stem}ою`];
/** Plural adjective: nominative, genitive, dative, instrumental, locative. */
const adjPl = (stem: string): string[] => [`${stem}і`, `${stem}их`, `${stem}им`, `${stem}ими`, `${stem}их`];
/**
 * A masculine noun in a consonant: nominative, genitive, dative "-у", dative "-ові", instrumental,
 * locative ("-і", or "-у" after к/г/х: "речнику").
 */
const noun = (nom: string): string[] => [nom, `${nom}а`, `${nom}у`, `${nom}ові`, `${nom}ом`, /[кгх]$/.test(nom) ? `${nom}у` : `${nom}і`];
/** A masculine noun in -ар/-ер with a soft stem (прессекретар → прессекретаря, -ю, -еві, -ем, -і). */
const softNoun = (nom: string): string[] => [nom, `${nom}я`, `${nom}ю`, `${nom}еві`, `${nom}ем`, `${nom}і`];
/** A feminine noun: nominative, genitive, dative, accusative, instrumental. */
const femNoun = (nom: string, dat: string, ins: string): string[] => [nom, `${nom.slice(0, -1)}і`, dat, `${nom.slice(0, -1)}ю`, ins];

const PRESIDENT = noun("президент");
const PRESS_SECRETARY = [...softNoun("прессекретар"), ...softNoun("прес-секретар")];
const PRESS_SECRETARY_F = [
  "прессекретарка",
  "прессекретарки",
  "прессекретарці",
  "прессекретарку",
  "прессекретаркою",
  "прес-секретарка",
  "прес-секретарки",
  "прес-секретарку",
];
const SPOKESMAN = noun("речник");
const SPOKESWOMAN = femNoun("речниця", "речниці", "речницею");
const AIDE = noun("помічник");
const ADVISER = noun("радник");
const REPRESENTATIVE = noun("представник");
const REPRESENTATIVE_F = femNoun("представниця", "представниці", "представницею");
const OFFICIAL_REPRESENTATIVE = agree(adj("офіційн"), REPRESENTATIVE);
const OFFICIAL_REPRESENTATIVE_F = agree(adjF("офіційн"), REPRESENTATIVE_F);
const MINISTER = noun("міністр");
const HEAD = ["глава", "глави", "главі", "главу", "главою"];
const CHIEF = [...noun("очільник"), "очільниця", "очільниці", "очільницю", "очільницею"];
const CHAIR = ["голова", "голови", "голові", "голову", "головою"];
const LEADER = noun("лідер");
const MASTER = softNoun("господар");
const SPEAKER = noun("спікер");
const SECRETARY_OF_STATE = softNoun("держсекретар");
const CHANCELLOR = noun("канцлер");
const PRIME_MINISTER = [...noun("прем’єр-міністр"), ...noun("прем’єр")];
const PRESS_SERVICE = [
  "пресслужба",
  "пресслужби",
  "пресслужбі",
  "пресслужбу",
  "пресслужбою",
  "прес-служба",
  "прес-служби",
  "прес-службі",
  "прес-службу",
  "прес-службою",
];
const SIDE = ["сторона", "сторони", "стороні", "сторону", "стороною"];
const VICE_PRESIDENT = [...noun("віцепрезидент"), ...noun("віце-президент")];
const DICTATOR = noun("диктатор");
const SECRETARY_GENERAL = [...noun("генсек"), ...softNoun("генсекретар"), ...agree(adj("генеральн"), softNoun("секретар"))];
const FOREIGN_MINISTER = phrase(MINISTER, ["закордонних справ"]);

/** Tails that mean "of the Kremlin" / "of the Russian president". */
const OF_KREMLIN = [
  "кремля",
  "президента росії",
  "президента рф",
  "російського президента",
  "путіна",
  "володимира путіна",
  "російського диктатора",
  "глави кремля",
  "очільника кремля",
  "кремлівського диктатора",
];
/** Tails that mean "of the White House" / "of the US president". */
const OF_WHITE_HOUSE = ["білого дому", "президента сша", "американського президента", "трампа", "байдена", "дональда трампа", "джо байдена", "обами"];
/** Tails that mean "of the Russian Foreign Ministry". */
const OF_RU_MFA = ["мзс росії", "мзс рф", "російського мзс", "міністерства закордонних справ росії", "міністерства закордонних справ рф"];
const OF_RUSSIA = ["росії", "рф", "російської федерації"];
const OF_US = ["сша", "сполучених штатів", "сполучених штатів америки", "америки"];
/** "Aide to Putin on international affairs": the topic of the post after the tail. */
const ON_FOREIGN_AFFAIRS = [
  "з міжнародних питань",
  "з питань міжнародної політики",
  "з питань зовнішньої політики",
  "із зовнішньої політики",
  "з зовнішньополітичних питань",
];

export const ROLES: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    "cn-president": ["голова кнр", "голови кнр", "голові кнр", "китайський президент", "китайського президента"],
    "cn-leader": ["китайський лідер", "китайського лідера", "китайському лідеру", "лідер китаю", "лідера китаю"],
    "us-president": [...phrase(PRESIDENT, OF_US), ...agree(adj("американськ"), PRESIDENT)],
    "us-president-elect": [
      ...agree(adj("обран"), PRESIDENT).flatMap((x) => [x, `${x} сша`]),
      ...agree(adj("новообран"), PRESIDENT).flatMap((x) => [x, `${x} сша`]),
    ],
    "us-leader": [...agree(adj("американськ"), LEADER), ...phrase(LEADER, OF_US), ...phrase([...HEAD, ...CHIEF, ...MASTER], ["білого дому"])],
    "us-vice-president": [
      ...phrase(VICE_PRESIDENT, OF_US),
      ...agree(adj("американськ"), noun("віцепрезидент")),
      ...agree(adj("американськ"), noun("віце-президент")),
    ],
    "wh-press-secretary": phrase(
      [
        ...PRESS_SECRETARY,
        ...PRESS_SECRETARY_F,
        ...SPOKESMAN,
        ...SPOKESWOMAN,
        ...REPRESENTATIVE,
        ...REPRESENTATIVE_F,
        ...OFFICIAL_REPRESENTATIVE,
        ...OFFICIAL_REPRESENTATIVE_F,
        ...SPEAKER,
      ],
      ["білого дому"],
    ).concat(phrase([...PRESS_SECRETARY, ...PRESS_SECRETARY_F, ...SPOKESMAN, ...SPOKESWOMAN], OF_WHITE_HOUSE.slice(1))),
    "us-secretary-of-state": [
      ...phrase(SECRETARY_OF_STATE, OF_US),
      ...SECRETARY_OF_STATE,
      ...agree(adj("державн"), softNoun("секретар")).map((x) => `${x} сша`),
      ...phrase([...HEAD, ...CHIEF, ...CHAIR], ["держдепу", "держдепартаменту", "держдепартаменту сша", "американської дипломатії"]),
    ],
    "us-national-security-adviser": phrase(ADVISER, [
      "з національної безпеки",
      "з питань національної безпеки",
      "президента сша з національної безпеки",
      "президента сша з питань національної безпеки",
      "білого дому з питань національної безпеки",
    ]),
    "us-officials": [
      ...agree(adjPl("американськ"), ["посадовці", "посадовців", "посадовцям", "посадовцями", "посадовцях"]),
      ...agree(adjPl("американськ"), ["чиновники", "чиновників", "чиновникам", "чиновниками", "чиновниках"]),
      ...agree(adjPl("американськ"), ["високопосадовці", "високопосадовців", "високопосадовцям", "високопосадовцями", "високопосадовцях"]),
      ...phrase(["представники", "представників", "представникам", "представниками"], ["сша", "американської адміністрації", "адміністрації сша"]),
      "американці",
      "американців",
    ],
    "us-side": agree(adjF("американськ"), SIDE),
    "us-intelligence": [
      ...agree(adjF("американськ"), ["розвідка", "розвідки", "розвідці", "розвідку", "розвідкою"]),
      ...phrase(["розвідка", "розвідки", "розвідці", "розвідку", "розвідкою"], ["сша"]),
      ...agree(adjPl("американськ"), ["спецслужби", "спецслужб", "спецслужбам", "спецслужбами", "спецслужбах"]),
      ...phrase(["спецслужби", "спецслужб", "спецслужбам", "спецслужбами"], ["сша"]),
    ],
    "us-lawmakers": [
      ...agree(adjPl("американськ"), ["законодавці", "законодавців", "законодавцям", "законодавцями", "законодавцях"]),
      ...agree(adjPl("американськ"), ["конгресмени", "конгресменів", "конгресменам", "конгресменами", "конгресменах"]),
      ...agree(adjPl("американськ"), ["сенатори", "сенаторів", "сенаторам", "сенаторами", "сенаторах"]),
      "конгресмени",
      "конгресменів",
    ],
    "ru-president": [...phrase(PRESIDENT, OF_RUSSIA), ...agree(adj("російськ"), PRESIDENT)],
    "ru-leader": [
      ...agree(adj("російськ"), LEADER),
      ...phrase(LEADER, ["росії", "рф"]),
      ...phrase([...HEAD, ...CHIEF, ...MASTER], ["кремля"]),
      ...agree(adj("російськ"), DICTATOR),
      ...agree(adj("кремлівськ"), DICTATOR),
      ...agree(adj("кремлівськ"), LEADER),
      ...agree(adj("кремлівськ"), noun("очільник")),
    ],
    "kremlin-spokesperson": [
      ...phrase([...SPOKESMAN, ...PRESS_SECRETARY], OF_KREMLIN),
      ...agree(adj("кремлівськ"), SPOKESMAN),
      ...agree(adj("кремлівськ"), PRESS_SECRETARY.slice(0, 6)),
      ...agree(adj("кремлівськ"), PRESS_SECRETARY.slice(6)),
      ...phrase(SPEAKER, ["кремля"]),
    ],
    "kremlin-aide": [
      ...phrase(AIDE, OF_KREMLIN),
      ...phrase(phrase(AIDE, OF_KREMLIN), ON_FOREIGN_AFFAIRS),
      ...agree(adj("кремлівськ"), AIDE),
      ...phrase(ADVISER, ["путіна", "президента росії", "російського президента"]),
    ],
    "kremlin-representative": [
      ...phrase([...REPRESENTATIVE, ...OFFICIAL_REPRESENTATIVE], ["кремля"]),
      ...agree(adj("кремлівськ"), noun("чиновник")),
      ...agree(adj("кремлівськ"), ["посадовець", "посадовця", "посадовцю", "посадовцеві", "посадовцем", "посадовці"]),
      "джерело в кремлі",
      "джерела в кремлі",
      "співрозмовник у кремлі",
    ],
    "kremlin-press-service": [
      ...phrase(PRESS_SERVICE, OF_KREMLIN),
      ...agree(adjF("кремлівськ"), PRESS_SERVICE.slice(0, 5)),
      ...phrase(["повідомлення", "заява", "заяви", "заяві", "заяву"], ["кремля", "пресслужби кремля", "прес-служби кремля"]),
      "сайт кремля",
      "сайті кремля",
      "на сайті кремля",
    ],
    "ru-foreign-minister": [
      ...phrase(FOREIGN_MINISTER, OF_RUSSIA),
      ...phrase([...HEAD, ...CHIEF, ...CHAIR], OF_RU_MFA),
      ...phrase([...HEAD, ...CHIEF], ["російської дипломатії", "російського зовнішньополітичного відомства"]),
      ...agree(adj("російськ"), MINISTER).map((x) => `${x} закордонних справ`),
    ],
    "ru-foreign-ministry-spokesperson": phrase(
      [...SPOKESWOMAN, ...SPOKESMAN, ...OFFICIAL_REPRESENTATIVE, ...OFFICIAL_REPRESENTATIVE_F, ...REPRESENTATIVE_F, ...PRESS_SECRETARY],
      OF_RU_MFA,
    ),
    "ru-side": [
      ...agree(adjF("російськ"), SIDE),
      "з російської сторони",
      "москва",
      "москви",
      "москві",
      "москву",
      "москвою",
      "офіційна москва",
      "офіційної москви",
      "росіяни",
      "росіян",
      ...agree(adjPl("російськ"), ["посадовці", "посадовців", "посадовцям", "посадовцями", "посадовцях"]),
      ...agree(adjPl("російськ"), ["чиновники", "чиновників", "чиновникам", "чиновниками", "чиновниках"]),
    ],
    // "глава держави" in Ukrainian copy is the Ukrainian president, as in the en pack.
    "ua-president": [
      ...phrase(PRESIDENT, ["україни"]),
      ...agree(adj("українськ"), PRESIDENT),
      ...agree(adj("українськ"), LEADER),
      "глава держави",
      "глави держави",
      "главі держави",
      "главу держави",
      "главою держави",
      "глава української держави",
      "глави української держави",
    ],
    "ua-foreign-minister": [
      ...phrase(FOREIGN_MINISTER, ["україни"]),
      ...phrase([...HEAD, ...CHIEF, ...CHAIR], ["мзс україни", "українського мзс", "української дипломатії"]),
      ...agree(adj("українськ"), MINISTER).map((x) => `${x} закордонних справ`),
    ],
    "ua-side": [
      ...agree(adjF("українськ"), SIDE),
      "київ",
      "києва",
      "києву",
      "києвові",
      "києвом",
      "києві",
      "офіційний київ",
      "офіційного києва",
      ...agree(adjPl("українськ"), ["посадовці", "посадовців", "посадовцям", "посадовцями", "посадовцях"]),
    ],
    "de-chancellor": [...phrase(CHANCELLOR, ["німеччини", "фрн"]), ...agree(adj("німецьк"), CHANCELLOR), ...agree(adj("федеральн"), CHANCELLOR)],
    "fr-president": [...phrase(PRESIDENT, ["франції"]), ...agree(adj("французьк"), PRESIDENT), ...agree(adj("французьк"), LEADER)],
    "gb-prime-minister": [
      ...phrase(PRIME_MINISTER, ["великої британії", "британії", "великобританії"]),
      ...agree(adj("британськ"), noun("прем’єр-міністр")),
      ...agree(adj("британськ"), noun("прем’єр")),
    ],
    "nato-secretary-general": phrase(SECRETARY_GENERAL, ["нато", "альянсу", "північноатлантичного альянсу"]),
    "foreign-diplomats": [
      ...agree(adjPl("іноземн"), ["дипломати", "дипломатів", "дипломатам", "дипломатами", "дипломатах"]),
      ...agree(adjPl("західн"), ["дипломати", "дипломатів", "дипломатам", "дипломатами", "дипломатах"]),
      "дипломати",
    ],
    "both-leaders": [
      "обидва лідери",
      "обох лідерів",
      "обидва президенти",
      "обох президентів",
      "двоє лідерів",
      "двох лідерів",
      "двоє президентів",
      "обидві сторони",
      "обох сторін",
      "лідери",
      "президенти",
      "лідери двох країн",
      "президенти двох країн",
      "глави держав",
    ],
  }).map(([k, v]) => [k, withApostrophes(unique(v))]),
);
