import { agree, phrase, unique, withYo } from "./forms.js";

/*
 * Roles and titles keyed by the role ids of src/lexicon/roles.ts. A Russian title is a head noun
 * that declines ("пресс-секретарь", "пресс-секретаря", "пресс-секретарю", "пресс-секретарём",
 * "пресс-секретаре") followed by a genitive that does not ("Кремля", "президента России"), so most
 * roles are a product of head forms and tails (`phrase`). Adjective + noun titles ("российский
 * президент") agree case by case (`agree`). Bare heads that could belong to any country
 * ("глава МИД", "помощник президента") are left out: a wrong side is worse than no role.
 */

/**
 * Masculine adjective, case by case (nominative, genitive, dative, instrumental, prepositional),
 * for stems ending in к/г/х ("российск" → "российский") or, with `hard`, in other consonants
 * ("генеральн" → "генеральный").
 */
const adj = (stem: string, hard = false): string[] => [`${stem}${hard ? "ый" : "ий"}`, `${stem}ого`, `${stem}ому`, `${stem}${hard ? "ым" : "им"}`, `${stem}ом`];
/** Feminine adjective: nominative, genitive, dative, accusative, instrumental. */
const adjF = (stem: string): string[] => [`${stem}ая`, `${stem}ой`, `${stem}ой`, `${stem}ую`, `${stem}ой`];
/** Plural adjective: nominative, genitive, dative, instrumental, prepositional. */
const adjPl = (stem: string, hard = false): string[] => {
  const y = hard ? "ы" : "и";
  return [`${stem}${y}е`, `${stem}${y}х`, `${stem}${y}м`, `${stem}${y}ми`, `${stem}${y}х`];
};

const PRESIDENT = ["президент", "президента", "президенту", "президентом", "президенте"];
const PRESS_SECRETARY = ["пресс-секретарь", "пресс-секретаря", "пресс-секретарю", "пресс-секретарём", "пресс-секретаре"];
const AIDE = ["помощник", "помощника", "помощнику", "помощником", "помощнике"];
const ADVISER = ["советник", "советника", "советнику", "советником", "советнике"];
const REPRESENTATIVE = ["представитель", "представителя", "представителю", "представителем", "представителе"];
const OFFICIAL_REPRESENTATIVE = agree(["официальный", "официального", "официальному", "официальным", "официальном"], REPRESENTATIVE);
const MINISTER = ["министр", "министра", "министру", "министром", "министре"];
const HEAD = ["глава", "главы", "главе", "главу", "главой"];
const LEADER = ["лидер", "лидера", "лидеру", "лидером", "лидере"];
const MASTER = ["хозяин", "хозяина", "хозяину", "хозяином", "хозяине"];
const SPEAKER = ["спикер", "спикера", "спикеру", "спикером", "спикере"];
const SECRETARY_OF_STATE = ["госсекретарь", "госсекретаря", "госсекретарю", "госсекретарём", "госсекретаре"];
const CHANCELLOR = ["канцлер", "канцлера", "канцлеру", "канцлером", "канцлере"];
const PRIME_MINISTER = ["премьер-министр", "премьер-министра", "премьер-министру", "премьер-министром", "премьер-министре"];
const PREMIER = ["премьер", "премьера", "премьеру", "премьером", "премьере"];
const PRESS_SERVICE = ["пресс-служба", "пресс-службы", "пресс-службе", "пресс-службу", "пресс-службой"];
const SIDE = ["сторона", "стороны", "стороне", "сторону", "стороной"];
const VICE_PRESIDENT = ["вице-президент", "вице-президента", "вице-президенту", "вице-президентом", "вице-президенте"];
const SECRETARY_GENERAL = [
  "генсек",
  "генсека",
  "генсеку",
  "генсеком",
  "генсеке",
  ...agree(adj("генеральн", true), ["секретарь", "секретаря", "секретарю", "секретарём", "секретаре"]),
];
const FOREIGN_MINISTER = phrase(MINISTER, ["иностранных дел"]);
const SPOKESWOMAN = [
  "официальная представительница",
  "официальной представительницы",
  "официальную представительницу",
  "представительница",
  "представительницы",
];

/** Tails that mean "of the Kremlin" / "of the Russian president". */
const OF_KREMLIN = [
  "кремля",
  "президента россии",
  "президента рф",
  "российского президента",
  "путина",
  "владимира путина",
  "главы кремля",
  "российского лидера",
];
/** Tails that mean "of the White House" / "of the US president". */
const OF_WHITE_HOUSE = ["белого дома", "президента сша", "американского президента", "трампа", "байдена", "обамы", "дональда трампа", "джо байдена"];
/** Tails that mean "of the Russian Foreign Ministry". */
const OF_RU_MFA = ["мид россии", "мид рф", "российского мид", "министерства иностранных дел россии", "министерства иностранных дел рф"];
/** Tails that mean "Russia's" (for ministers). */
const OF_RUSSIA = ["россии", "рф", "российской федерации"];
const OF_US = ["сша", "соединённых штатов", "соединённых штатов америки", "америки"];
const OF_UKRAINE = ["украины"];

export const ROLES: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    "cn-president": [
      "председатель кнр",
      "председателя кнр",
      "председателю кнр",
      "председателем кнр",
      "глава кнр",
      "главы кнр",
      "главе кнр",
      "главой кнр",
      "китайский президент",
      "китайского президента",
      "китайскому президенту",
      "китайским президентом",
    ],
    "cn-leader": ["китайский лидер", "китайского лидера", "китайскому лидеру", "китайским лидером", "лидер кнр", "лидера кнр", "лидер китая", "лидера китая"],
    "us-president": [...phrase(PRESIDENT, OF_US), ...agree(adj("американск"), PRESIDENT)],
    "us-president-elect": [
      ...agree(["избранный", "избранного", "избранному", "избранным", "избранном"], PRESIDENT).flatMap((x) => [x, ...phrase([x], ["сша"])]),
      ...agree(["новоизбранный", "новоизбранного", "новоизбранному", "новоизбранным", "новоизбранном"], PRESIDENT),
    ],
    "us-leader": [...agree(adj("американск"), LEADER), ...phrase(LEADER, OF_US), ...phrase(HEAD, ["белого дома"]), ...phrase(MASTER, ["белого дома"])],
    "us-vice-president": [...phrase(VICE_PRESIDENT, OF_US), ...agree(adj("американск"), VICE_PRESIDENT)],
    "wh-press-secretary": [
      ...phrase(PRESS_SECRETARY, OF_WHITE_HOUSE),
      ...phrase(REPRESENTATIVE, ["белого дома"]),
      ...phrase(OFFICIAL_REPRESENTATIVE, ["белого дома"]),
      ...phrase(SPEAKER, ["белого дома"]),
      ...phrase(SPOKESWOMAN, ["белого дома"]),
    ],
    "us-secretary-of-state": [
      ...phrase(SECRETARY_OF_STATE, OF_US),
      ...SECRETARY_OF_STATE,
      ...phrase(agree(adj("государственн", true), ["секретарь", "секретаря", "секретарю", "секретарём", "секретаре"]), ["сша"]),
      ...phrase(HEAD, ["госдепа", "госдепартамента", "госдепартамента сша", "американской дипломатии", "американского внешнеполитического ведомства"]),
    ],
    "us-national-security-adviser": phrase(ADVISER, [
      "по национальной безопасности",
      "президента сша по национальной безопасности",
      "белого дома по национальной безопасности",
      "американского президента по национальной безопасности",
    ]),
    "us-officials": [
      ...agree(adjPl("американск"), ["чиновники", "чиновников", "чиновникам", "чиновниками", "чиновниках"]),
      ...agree(adjPl("американск"), ["официальные лица", "официальных лиц", "официальным лицам", "официальными лицами", "официальных лицах"]),
      ...phrase(["представители", "представителей", "представителям", "представителями"], ["сша", "американской администрации", "администрации сша"]),
      "американцы",
      "американцев",
    ],
    "us-side": agree(adjF("американск"), SIDE),
    "us-intelligence": [
      ...agree(adjF("американск"), ["разведка", "разведки", "разведке", "разведку", "разведкой"]),
      ...phrase(["разведка", "разведки", "разведке", "разведку", "разведкой"], ["сша"]),
      ...agree(adjPl("американск"), ["спецслужбы", "спецслужб", "спецслужбам", "спецслужбами", "спецслужбах"]),
      ...phrase(["спецслужбы", "спецслужб", "спецслужбам", "спецслужбами"], ["сша"]),
      ...agree(adjPl("американск"), ["разведслужбы", "разведслужб", "разведслужбам", "разведслужбами", "разведслужбах"]),
    ],
    "us-lawmakers": [
      ...agree(adjPl("американск"), ["законодатели", "законодателей", "законодателям", "законодателями", "законодателях"]),
      ...agree(adjPl("американск"), ["сенаторы", "сенаторов", "сенаторам", "сенаторами", "сенаторах"]),
      ...agree(adjPl("американск"), ["конгрессмены", "конгрессменов", "конгрессменам", "конгрессменами", "конгрессменах"]),
      "конгрессмены",
      "конгрессменов",
    ],
    "ru-president": [...phrase(PRESIDENT, OF_RUSSIA), ...agree(adj("российск"), PRESIDENT), ...phrase(PRESIDENT, ["российской федерации"])],
    "ru-leader": [
      ...agree(adj("российск"), LEADER),
      ...phrase(LEADER, ["россии", "рф"]),
      ...phrase(HEAD, ["кремля"]),
      ...phrase(MASTER, ["кремля"]),
      ...agree(adj("кремлёвск"), LEADER),
    ],
    "kremlin-spokesperson": [...phrase(PRESS_SECRETARY, OF_KREMLIN), ...agree(adj("кремлёвск"), PRESS_SECRETARY), ...phrase(SPEAKER, ["кремля"])],
    "kremlin-aide": [
      ...phrase(AIDE, OF_KREMLIN),
      ...agree(adj("кремлёвск"), AIDE),
      ...phrase(phrase(AIDE, OF_KREMLIN), ["по международным делам", "по международным вопросам", "по внешней политике", "по внешнеполитическим вопросам"]),
      ...phrase(AIDE, ["президента по международным делам", "президента по внешней политике", "президента по внешнеполитическим вопросам"]),
      ...phrase(ADVISER, ["путина", "президента россии", "российского президента"]),
    ],
    "kremlin-representative": [
      ...phrase(REPRESENTATIVE, ["кремля"]),
      ...phrase(OFFICIAL_REPRESENTATIVE, ["кремля"]),
      ...agree(adj("кремлёвск"), ["чиновник", "чиновника", "чиновнику", "чиновником", "чиновнике"]),
      ...agree(adj("кремлёвск"), ["источник", "источника", "источнику", "источником", "источнике"]),
      "источник в кремле",
      "источника в кремле",
      "собеседник в кремле",
    ],
    "kremlin-press-service": [
      ...phrase(PRESS_SERVICE, OF_KREMLIN),
      ...agree(adjF("кремлёвск"), PRESS_SERVICE),
      ...phrase(["сообщение", "сообщения", "сообщении", "заявление", "заявления", "заявлении"], ["кремля", "пресс-службы кремля"]),
      "сайт кремля",
      "сайте кремля",
      "на сайте кремля",
    ],
    "ru-foreign-minister": [
      ...phrase(FOREIGN_MINISTER, OF_RUSSIA),
      ...phrase(HEAD, OF_RU_MFA),
      ...phrase(HEAD, ["российской дипломатии", "российского внешнеполитического ведомства"]),
      ...agree(adj("российск"), MINISTER).flatMap((x) => phrase([x], ["иностранных дел"])),
    ],
    "ru-foreign-ministry-spokesperson": [
      ...phrase(OFFICIAL_REPRESENTATIVE, OF_RU_MFA),
      ...phrase(REPRESENTATIVE, OF_RU_MFA),
      ...phrase(SPOKESWOMAN, OF_RU_MFA),
      ...phrase(PRESS_SECRETARY, OF_RU_MFA),
      ...phrase(OFFICIAL_REPRESENTATIVE, ["российского внешнеполитического ведомства"]),
    ],
    "ru-side": [
      ...agree(adjF("российск"), SIDE),
      "с российской стороны",
      "москва",
      "москвы",
      "москве",
      "москву",
      "москвой",
      "официальная москва",
      "официальной москвы",
      "россияне",
      "россиян",
      ...agree(adjPl("российск"), ["чиновники", "чиновников", "чиновникам", "чиновниками", "чиновниках"]),
      ...agree(adjPl("российск"), ["официальные лица", "официальных лиц", "официальным лицам", "официальными лицами", "официальных лицах"]),
    ],
    "ua-president": [...phrase(PRESIDENT, OF_UKRAINE), ...agree(adj("украинск"), PRESIDENT), ...agree(adj("украинск"), LEADER)],
    "ua-foreign-minister": [...phrase(FOREIGN_MINISTER, OF_UKRAINE), ...phrase(HEAD, ["мид украины", "украинского мид", "украинской дипломатии"])],
    "ua-side": [
      ...agree(adjF("украинск"), SIDE),
      "киев",
      "киева",
      "киеву",
      "киевом",
      "киеве",
      "официальный киев",
      "официального киева",
      ...agree(adjPl("украинск"), ["чиновники", "чиновников", "чиновникам", "чиновниками", "чиновниках"]),
      ...agree(adjPl("украинск"), ["официальные лица", "официальных лиц", "официальным лицам", "официальными лицами", "официальных лицах"]),
    ],
    "de-chancellor": [...phrase(CHANCELLOR, ["германии", "фрг"]), ...agree(adj("немецк"), CHANCELLOR), ...agree(adj("федеральн", true), CHANCELLOR)],
    "fr-president": [...phrase(PRESIDENT, ["франции"]), ...agree(adj("французск"), PRESIDENT), ...agree(adj("французск"), LEADER)],
    "gb-prime-minister": [
      ...phrase([...PRIME_MINISTER, ...PREMIER], ["великобритании", "британии"]),
      ...agree(adj("британск"), PRIME_MINISTER),
      ...agree(adj("британск"), PREMIER),
    ],
    "nato-secretary-general": phrase(SECRETARY_GENERAL, ["нато", "альянса", "североатлантического альянса"]),
    "foreign-diplomats": [
      ...agree(adjPl("иностранн", true), ["дипломаты", "дипломатов", "дипломатам", "дипломатами", "дипломатах"]),
      ...agree(adjPl("западн", true), ["дипломаты", "дипломатов", "дипломатам", "дипломатами", "дипломатах"]),
      "дипломаты",
    ],
    "both-leaders": [
      "оба лидера",
      "обоих лидеров",
      "оба президента",
      "обоих президентов",
      "два лидера",
      "двух лидеров",
      "два президента",
      "двух президентов",
      "обе стороны",
      "обеих сторон",
      "лидеры",
      "президенты",
      "лидеры двух стран",
      "президенты двух стран",
      "главы государств",
    ],
  }).map(([k, v]) => [k, withYo(unique(v))]),
);
