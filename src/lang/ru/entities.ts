import { agree, unique, withYo } from "./forms.js";

/*
 * Russian surface forms of the shared entities (src/lexicon/entities.ts). Names decline, so every
 * person comes in the five case forms of the singular (nominative, genitive = accusative for
 * men, dative, instrumental, prepositional; feminine names add the accusative), alone and with
 * the first name. Case forms are spelled out rather than written as prefixes ("путин*" would
 * also swallow "путинский", "путинизм"); indeclinable names (Шойгу, Рубио, Псаки) have one form.
 */

/** Case forms: nominative, genitive/accusative, dative, instrumental, prepositional. */
type Cases = readonly [string, string, string, string, string];

/** A masculine surname ending in a consonant or -ов/-ев/-ин, from the nominative. */
const ov = (nom: string): Cases => [nom, `${nom}а`, `${nom}у`, `${nom}ым`, `${nom}е`];
/** A foreign masculine name ending in a hard consonant (Трамп → Трампа, Трампу, Трампом, Трампе). */
const hard = (nom: string): Cases => [nom, `${nom}а`, `${nom}у`, `${nom}ом`, `${nom}е`];
/** A name ending in a sibilant or ц (Шольц → Шольца, Шольцу, Шольцем, Шольце). */
const soft = (nom: string): Cases => [nom, `${nom}а`, `${nom}у`, `${nom}ем`, `${nom}е`];
/** A foreign name in ц: "с Мерцем" by the rule, "с Мерцом" as outlets also write it. */
const tsBoth = (nom: string): Cases[] => [soft(nom), hard(nom)];
/** An indeclinable name. */
const fixed = (nom: string): Cases => [nom, nom, nom, nom, nom];

/** Every form of a name alone and with each first name, case by case. */
function person(last: Cases, ...firsts: Cases[]): string[] {
  return unique([...last, ...firsts.flatMap((f) => agree(f, last))]);
}

const VLADIMIR: Cases = ["владимир", "владимира", "владимиру", "владимиром", "владимире"];
const DMITRY: Cases = ["дмитрий", "дмитрия", "дмитрию", "дмитрием", "дмитрии"];
const YURY: Cases = ["юрий", "юрия", "юрию", "юрием", "юрии"];
const SERGEY: Cases = ["сергей", "сергея", "сергею", "сергеем", "сергее"];
const ANDREY: Cases = ["андрей", "андрея", "андрею", "андреем", "андрее"];
const DONALD = hard("дональд");
const MIKE = hard("майк");
const STEVE = hard("стив");

export const ENTITIES: Record<string, string[]> = {
  xinhua: ["синьхуа"],
  rt: ["rt", "раша тудэй"],
  "chinese-government": ["пекин", "пекина", "пекину", "китай", "китая", "кнр", "власти кнр", "китайская сторона", "китайской стороны"],
  media: ["сми", "средства массовой информации", "средств массовой информации"],
  // --- United States --------------------------------------------------------------------
  "donald-trump": [...person(hard("трамп"), DONALD), "нью-йоркский миллиардер", "республиканский миллиардер"],
  "joe-biden": person(hard("байден"), fixed("джо"), fixed("джозеф")),
  "barack-obama": [...person(["обама", "обамы", "обаме", "обамой", "обаме"], hard("барак")), "обаму", "барака обаму"],
  "kamala-harris": [...person(fixed("харрис"), ["камала", "камалы", "камале", "камалой", "камале"]), "камалу харрис"],
  "jd-vance": [...person(hard("вэнс"), fixed("джей ди")), ...person(hard("венс"), fixed("джей ди"))],
  "mike-pence": person(hard("пенс"), MIKE),
  "sean-spicer": person(hard("спайсер"), hard("шон")),
  // Bare "Сандерс" is left out: it is as often Bernie Sanders.
  "sarah-sanders": [...agree(["сара", "сары", "саре", "сарой", "саре"], fixed("сандерс")), "сару сандерс", "сара хакаби сандерс"],
  "jen-psaki": person(fixed("псаки"), fixed("джен")),
  "karine-jean-pierre": person(fixed("жан-пьер"), fixed("карин")),
  "karoline-leavitt": [...person(fixed("левитт"), fixed("кэролайн"), fixed("каролин")), ...person(fixed("ливитт"), fixed("кэролайн"), fixed("каролин"))],
  "jake-sullivan": person(hard("салливан"), hard("джейк")),
  "michael-flynn": person(hard("флинн"), hard("майкл")),
  "reince-priebus": person(hard("прибус"), hard("райнс")),
  "steve-bannon": [...person(hard("бэннон"), STEVE), ...person(hard("беннон"), STEVE)],
  "steve-witkoff": [...person(hard("уиткофф"), STEVE), ...person(hard("виткофф"), STEVE)],
  "rex-tillerson": person(hard("тиллерсон"), hard("рекс")),
  "mike-pompeo": person(fixed("помпео"), MIKE),
  "antony-blinken": person(hard("блинкен"), fixed("энтони")),
  "marco-rubio": person(fixed("рубио"), fixed("марко")),
  "lloyd-austin": agree(hard("ллойд"), hard("остин")),
  "pete-hegseth": person(hard("хегсет"), hard("пит")),
  "hillary-clinton": agree(fixed("хиллари"), fixed("клинтон")),
  "white-house": withYo([
    ...agree(["белый", "белого", "белому", "белым", "белом"], ["дом", "дома", "дому", "домом", "доме"]),
    "администрация белого дома",
    "администрации белого дома",
  ]),
  "state-department": [
    ...hard("госдеп"),
    ...hard("госдепартамент"),
    ...hard("госдепартамент").map((x) => `${x} сша`),
    ...hard("госдеп").map((x) => `${x} сша`),
    ...agree(["государственный", "государственного", "государственному", "государственным", "государственном"], hard("департамент")).map((x) => `${x} сша`),
  ],
  pentagon: [...hard("пентагон")],
  "us-government": [
    ...hard("вашингтон"),
    ...["администрация", "администрации", "администрацию", "администрацией"].flatMap((h) =>
      ["сша", "трампа", "байдена", "обамы", "президента сша"].map((t) => `${h} ${t}`),
    ),
    ...["правительство", "правительства", "правительству", "правительством", "правительстве"].map((h) => `${h} сша`),
    ...["американская администрация", "американской администрации", "американскую администрацию", "американской администрацией"],
    ...[
      "американское правительство",
      "американского правительства",
      "американскому правительству",
      "американским правительством",
      "американском правительстве",
    ],
  ],
  "us-intelligence": ["цру", "фбр", "анб", "разведсообщество сша", "разведсообщества сша", "американское разведсообщество", "американского разведсообщества"],
  // Bare "конгресс" is left out: party and scientific congresses are frequent.
  "us-lawmakers": [
    ...hard("конгресс").map((x) => `${x} сша`),
    ...agree(["американский", "американского", "американскому", "американским", "американском"], hard("конгресс")),
  ],
  // --- Russia ------------------------------------------------------------------------------
  "vladimir-putin": [
    ...person(ov("путин"), VLADIMIR),
    ...agree(VLADIMIR, ["владимирович", "владимировича", "владимировичу", "владимировичем", "владимировиче"]),
  ],
  "dmitry-peskov": person(ov("песков"), DMITRY),
  "yury-ushakov": person(ov("ушаков"), YURY),
  "sergey-lavrov": person(ov("лавров"), SERGEY),
  "maria-zakharova": [
    ...["захарова", "захаровой", "захарову"],
    ...agree(["мария", "марии", "марии", "марию", "марией", "марии"], ["захарова", "захаровой", "захаровой", "захарову", "захаровой", "захаровой"]),
  ],
  "dmitry-medvedev": person(ov("медведев"), DMITRY),
  "kirill-dmitriev": person(ov("дмитриев"), ["кирилл", "кирилла", "кириллу", "кириллом", "кирилле"]),
  "sergei-shoigu": person(fixed("шойгу"), SERGEY),
  kremlin: withYo(["кремль", "кремля", "кремлю", "кремлём", "кремле", "московский кремль", "московского кремля"]),
  "russian-foreign-ministry": [
    "мид россии",
    "мид рф",
    "российский мид",
    "российского мид",
    "российскому мид",
    "российским мид",
    "российском мид",
    "министерство иностранных дел россии",
    "министерства иностранных дел россии",
    "министерству иностранных дел россии",
    "министерством иностранных дел россии",
    "министерстве иностранных дел россии",
    "министерство иностранных дел рф",
    "министерства иностранных дел рф",
    "российское внешнеполитическое ведомство",
    "российского внешнеполитического ведомства",
    "смоленская площадь",
    "смоленской площади",
  ],
  "russian-defence-ministry": [
    "минобороны россии",
    "минобороны рф",
    "российское минобороны",
    "российского минобороны",
    "министерство обороны россии",
    "министерства обороны россии",
    "министерству обороны россии",
    "министерством обороны россии",
    "министерстве обороны россии",
    "министерство обороны рф",
    "министерства обороны рф",
    "российское военное ведомство",
    "российского военного ведомства",
  ],
  russia: ["россия", "россии", "россию", "россией", "рф", "российская федерация", "российской федерации", "российскую федерацию"],
  // --- Ukraine -----------------------------------------------------------------------------
  "volodymyr-zelenskyy": person(["зеленский", "зеленского", "зеленскому", "зеленским", "зеленском"], VLADIMIR),
  "dmytro-kuleba": [...person(["кулеба", "кулебы", "кулебе", "кулебой", "кулебе"], DMITRY), "кулебу", "дмитрия кулебу"],
  "andrii-sybiha": [...person(["сибига", "сибиги", "сибиге", "сибигой", "сибиге"], ANDREY), "сибигу", "андрея сибигу"],
  "andriy-yermak": person(hard("ермак"), ANDREY),
  "ukraine-presidency": [
    ...["офис", "офиса", "офису", "офисом", "офисе"].flatMap((h) => [`${h} президента украины`, `${h} президента`, `${h} зеленского`]),
    "администрация президента украины",
    "администрации президента украины",
  ],
  "ukraine-foreign-ministry": [
    "мид украины",
    "украинский мид",
    "украинского мид",
    "министерство иностранных дел украины",
    "министерства иностранных дел украины",
    "министерству иностранных дел украины",
    "министерством иностранных дел украины",
    "министерстве иностранных дел украины",
  ],
  // --- Other states and bodies -----------------------------------------------------------------
  "angela-merkel": [...person(fixed("меркель"), ["ангела", "ангелы", "ангеле", "ангелой", "ангеле"]), "ангелу меркель"],
  "olaf-scholz": tsBoth("шольц").flatMap((last) => person(last, hard("олаф"))),
  "friedrich-merz": tsBoth("мерц").flatMap((last) => person(last, hard("фридрих"))),
  "emmanuel-macron": person(hard("макрон"), ["эммануэль", "эммануэля", "эммануэлю", "эммануэлем", "эммануэле"]),
  "francois-hollande": person(hard("олланд"), fixed("франсуа")),
  elysee: agree(["елисейский", "елисейского", "елисейскому", "елисейским", "елисейском"], ["дворец", "дворца", "дворцу", "дворцом", "дворце"]),
  "theresa-may": agree(["тереза", "терезы", "терезе", "терезой", "терезе"], fixed("мэй")).concat(["терезу мэй"]),
  "boris-johnson": agree(hard("борис"), hard("джонсон")),
  "keir-starmer": person(hard("стармер"), hard("кир")),
  "downing-street": ["даунинг-стрит", "даунинг стрит"],
  "shinzo-abe": person(fixed("абэ"), fixed("синдзо")),
  "malcolm-turnbull": withYo(person(hard("тёрнбулл"), hard("малкольм"))),
  // (the surname alone, as Russian copy writes it after the first mention: "Си заявил")
  "xi-jinping": [...agree(fixed("си"), hard("цзиньпин")), ...hard("цзиньпин"), "си"],
  "recep-erdogan": [...person(hard("эрдоган"), hard("реджеп")), ...agree(hard("реджеп"), hard("тайип"), hard("эрдоган"))],
  "andrej-plenkovic": person(soft("пленкович"), ANDREY),
  nato: [
    "нато",
    "альянс",
    "альянса",
    "альянсу",
    "альянсом",
    "альянсе",
    "североатлантический альянс",
    "североатлантического альянса",
    "североатлантическому альянсу",
    "североатлантическим альянсом",
    "североатлантическом альянсе",
  ],
  "mark-rutte": person(fixed("рютте"), hard("марк")),
  "jens-stoltenberg": person(hard("столтенберг"), hard("йенс")),
  "european-commission": [
    "еврокомиссия",
    "еврокомиссии",
    "еврокомиссию",
    "еврокомиссией",
    "европейская комиссия",
    "европейской комиссии",
    "европейскую комиссию",
  ],
  "ursula-von-der-leyen": [...person(fixed("фон дер ляйен"), ["урсула", "урсулы", "урсуле", "урсулой", "урсуле"]), "урсулу фон дер ляйен"],
  "united-nations": ["оон", "организация объединённых наций", "организации объединённых наций", "организацию объединённых наций"],
  "antonio-guterres": [...person(soft("гутерриш"), fixed("антониу"), fixed("антонио")), ...soft("гутерреш")],
  "putin-and-trump": agree(ov("путин"), fixed("и"), hard("трамп")).concat(agree(hard("трамп"), fixed("и"), ov("путин"))),
  // --- Media and agencies -----------------------------------------------------------------------
  reuters: ["рейтер", "агентство рейтер", "агентства рейтер", "рейтерс", "агентство reuters", "агентства reuters"],
  ap: ["ассошиэйтед пресс", "ассошиэйтед-пресс", "агентство ap", "агентства ap"],
  afp: [
    "франс пресс",
    "франс-пресс",
    "агентство франс пресс",
    "агентства франс пресс",
    "агентство франс-пресс",
    "агентства франс-пресс",
    "агентство afp",
    "агентства afp",
  ],
  bloomberg: ["блумберг", "блумберга", "агентство bloomberg", "агентства bloomberg"],
  dpa: ["дпа", "агентство dpa", "агентства dpa"],
  tass: ["тасс", "агентство тасс", "агентства тасс", "итар-тасс"],
  "ria-novosti": ["риа новости", "агентство риа новости", "агентства риа новости", "риа"],
  interfax: [...hard("интерфакс"), "агентство интерфакс", "агентства интерфакс"],
  ukrinform: [...hard("укринформ")],
  unian: ["униан"],
  cnn: ["си-эн-эн", "телеканал cnn", "телеканала cnn"],
  bbc: ["би-би-си", "русская служба би-би-си", "русской службы би-би-си", "русская служба bbc", "русской службы bbc"],
  "new-york-times": ["нью-йорк таймс", "газета нью-йорк таймс", "газеты нью-йорк таймс"],
  "washington-post": ["вашингтон пост", "газета вашингтон пост", "газеты вашингтон пост"],
  axios: ["аксиос", "портал axios", "портала axios"],
  politico: ["политико", "издание politico", "издания politico"],
};
