import { agree, unique, withApostrophes } from "./forms.js";

/*
 * Ukrainian surface forms of the shared entities (src/lexicon/entities.ts). Every person comes in
 * the six case forms of the singular used in running text (nominative, genitive = accusative for
 * men, the two datives "-у"/"-ові", instrumental, locative), alone and with the first name.
 * Russian names are spelled the Ukrainian way (Пєсков, Медведєв, Дмитро, Юрій, Сергій) and, where
 * Ukrainian outlets also use it, the Russian way (Песков). Forms are spelled out rather than
 * written as prefixes ("путін*" would also swallow "путінський", "путінізм").
 */

/** Case forms: nominative, genitive, dative, dative in "-ові", instrumental, locative. */
type Cases = readonly [string, string, string, string, string, string];

/** A masculine name in a consonant (Трамп → Трампа, Трампу, Трампові, Трампом, Трампі). */
const hard = (nom: string): Cases => [nom, `${nom}а`, `${nom}у`, `${nom}ові`, `${nom}ом`, /[кгх]$/.test(nom) ? `${nom}у` : `${nom}і`];
/** A name in ц/ш/ч/ж (Шольц → Шольца, Шольцу, Шольцові, Шольцом, Шольці). */
const sib = (nom: string): Cases => [nom, `${nom}а`, `${nom}у`, `${nom}ові`, `${nom}ем`, `${nom}і`];
/** A foreign name in ц, whose instrumental outlets write both ways: "з Мерцем" and "з Мерцом". */
const tsBoth = (nom: string): Cases[] => [sib(nom), hard(nom)];
/** A Slavic surname in -ов/-ев/-єв/-ін (Пєсков → Пєскова, Пєскову, Пєсковові, Пєсковим, Пєскові; Путін → Путінові). */
const ov = (nom: string): Cases => [nom, `${nom}а`, `${nom}у`, `${nom}ові`, `${nom}им`, `${nom}і`];
/** A feminine noun in -а (Кулеба → Кулеби, Кулебі, Кулебу, Кулебою, Кулебі). */
const fem = (nom: string, dat: string): Cases => {
  const stem = nom.slice(0, -1);
  return [nom, `${stem}и`, dat, `${stem}у`, `${stem}ою`, dat];
};
/** An indeclinable name. */
const fixed = (nom: string): Cases => [nom, nom, nom, nom, nom, nom];

/** Every form of a name alone and with each first name, case by case. */
function person(last: Cases, ...firsts: Cases[]): string[] {
  return unique([...last, ...firsts.flatMap((f) => agree(f, last))]);
}

const VOLODYMYR = hard("володимир");
const DMYTRO: Cases = ["дмитро", "дмитра", "дмитру", "дмитрові", "дмитром", "дмитрі"];
const DMITRY: Cases = ["дмитрій", "дмитрія", "дмитрію", "дмитрієві", "дмитрієм", "дмитрії"];
const YURIY: Cases = ["юрій", "юрія", "юрію", "юрієві", "юрієм", "юрії"];
const SERHIY: Cases = ["сергій", "сергія", "сергію", "сергієві", "сергієм", "сергії"];
const ANDRIY: Cases = ["андрій", "андрія", "андрію", "андрієві", "андрієм", "андрії"];
const DONALD = hard("дональд");
const MIKE = hard("майк");
const STEVE = hard("стів");

export const ENTITIES: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    xinhua: ["сіньхуа"],
    "chinese-government": ["пекін", "пекіна", "пекіну", "китай", "китаю", "кнр"],
    media: ["змі", "засоби масової інформації"],
    // --- United States --------------------------------------------------------------------
    "donald-trump": [...person(hard("трамп"), DONALD), "нью-йоркський мільярдер", "республіканський мільярдер"],
    "joe-biden": person(hard("байден"), fixed("джо"), fixed("джозеф")),
    "barack-obama": person(fem("обама", "обамі"), hard("барак")),
    "kamala-harris": person(fixed("гарріс"), fem("камала", "камалі")).concat(person(fixed("харріс"), fem("камала", "камалі"))),
    "jd-vance": person(hard("венс"), fixed("джей ді")),
    "mike-pence": person(hard("пенс"), MIKE),
    "sean-spicer": person(hard("спайсер"), hard("шон")),
    // Bare "Сандерс" is left out: it is as often Bernie Sanders.
    "sarah-sanders": agree(fem("сара", "сарі"), fixed("сандерс")),
    "jen-psaki": person(fixed("псакі"), fixed("джен")),
    "karine-jean-pierre": person(fixed("жан-п’єр"), fixed("карін")),
    "karoline-leavitt": person(fixed("левітт"), fixed("керолайн"), fixed("каролайн"), fixed("каролін")),
    "jake-sullivan": person(hard("салліван"), hard("джейк")),
    "michael-flynn": person(hard("флінн"), hard("майкл")),
    "reince-priebus": person(hard("прібус"), hard("райнс")),
    "steve-bannon": person(hard("беннон"), STEVE),
    "steve-witkoff": [...person(hard("віткофф"), STEVE), ...person(hard("уіткофф"), STEVE)],
    "rex-tillerson": person(hard("тіллерсон"), hard("рекс")),
    "mike-pompeo": person(fixed("помпео"), MIKE),
    "antony-blinken": person(hard("блінкен"), fixed("ентоні")),
    "marco-rubio": person(fixed("рубіо"), fixed("марко")),
    "lloyd-austin": agree(hard("ллойд"), hard("остін")),
    "pete-hegseth": [...person(hard("гегсет"), hard("піт")), ...person(hard("хегсет"), hard("піт"))],
    "hillary-clinton": agree(fixed("гілларі"), fixed("клінтон")),
    "white-house": [
      "білий дім",
      "білого дому",
      "білому дому",
      "білому домові",
      "білим домом",
      "білому домі",
      "адміністрація білого дому",
      "адміністрації білого дому",
    ],
    "state-department": [
      ...hard("держдеп"),
      "держдепу",
      ...hard("держдепартамент"),
      "держдепартаменту",
      ...[...hard("держдеп"), "держдепу", ...hard("держдепартамент"), "держдепартаменту"].map((x) => `${x} сша`),
      "державний департамент сша",
      "державного департаменту сша",
      "державному департаменті сша",
      "державним департаментом сша",
    ],
    pentagon: ["пентагон", "пентагону", "пентагонові", "пентагоном", "пентагоні"],
    "us-government": [
      ...hard("вашингтон"),
      ...["адміністрація", "адміністрації", "адміністрацію", "адміністрацією"].flatMap((h) =>
        ["сша", "трампа", "байдена", "обами", "президента сша"].map((t) => `${h} ${t}`),
      ),
      ...["уряд", "уряду", "урядові", "урядом", "уряді"].map((h) => `${h} сша`),
      "американська адміністрація",
      "американської адміністрації",
      "американську адміністрацію",
      "американською адміністрацією",
      "американський уряд",
      "американського уряду",
      "американському уряді",
      "американським урядом",
    ],
    "us-intelligence": ["цру", "фбр", "анб", "розвідспільнота сша", "розвідспільноти сша", "американська розвідспільнота", "американської розвідспільноти"],
    "us-lawmakers": [
      ...["конгрес", "конгресу", "конгресові", "конгресом", "конгресі"].map((x) => `${x} сша`),
      "американський конгрес",
      "американського конгресу",
      "американському конгресі",
      "американським конгресом",
    ],
    // --- Russia ------------------------------------------------------------------------------
    "vladimir-putin": [
      ...person(ov("путін"), VOLODYMYR),
      ...agree(VOLODYMYR, ["володимирович", "володимировича", "володимировичу", "володимировичеві", "володимировичем", "володимировичі"]),
      ...agree(hard("владімір"), ov("путін")),
    ],
    "dmitry-peskov": [...person(ov("пєсков"), DMYTRO, DMITRY), ...person(ov("песков"), DMYTRO, DMITRY)],
    "yury-ushakov": person(ov("ушаков"), YURIY),
    "sergey-lavrov": person(ov("лавров"), SERHIY),
    "maria-zakharova": [
      "захарова",
      "захарової",
      "захаровій",
      "захарову",
      "захаровою",
      ...agree(["марія", "марії", "марії", "марію", "марією"], ["захарова", "захарової", "захаровій", "захарову", "захаровою"]),
    ],
    "dmitry-medvedev": person(ov("медведєв"), DMYTRO, DMITRY),
    "kirill-dmitriev": person(ov("дмитрієв"), ["кирило", "кирила", "кирилу", "кирилові", "кирилом", "кирилі"]),
    "sergei-shoigu": person(fixed("шойгу"), SERHIY),
    kremlin: ["кремль", "кремля", "кремлю", "кремлеві", "кремлем", "кремлі", "московський кремль", "московського кремля"],
    "russian-foreign-ministry": [
      "мзс росії",
      "мзс рф",
      "російське мзс",
      "російського мзс",
      "російському мзс",
      "російським мзс",
      ...["міністерство", "міністерства", "міністерству", "міністерством", "міністерстві"].flatMap((h) => [
        `${h} закордонних справ росії`,
        `${h} закордонних справ рф`,
      ]),
      "російське зовнішньополітичне відомство",
      "російського зовнішньополітичного відомства",
    ],
    "russian-defence-ministry": [
      "міноборони росії",
      "міноборони рф",
      "російське міноборони",
      "російського міноборони",
      "російському міноборони",
      ...["міністерство", "міністерства", "міністерству", "міністерством", "міністерстві"].flatMap((h) => [`${h} оборони росії`, `${h} оборони рф`]),
      "російське військове відомство",
      "російського військового відомства",
    ],
    russia: [
      "росія",
      "росії",
      "росію",
      "росією",
      "рф",
      "російська федерація",
      "російської федерації",
      "російську федерацію",
      "країна-агресор",
      "країни-агресора",
      "країну-агресора",
      "країною-агресором",
    ],
    // --- Ukraine -----------------------------------------------------------------------------
    "volodymyr-zelenskyy": person(["зеленський", "зеленського", "зеленському", "зеленському", "зеленським", "зеленському"], VOLODYMYR),
    "dmytro-kuleba": person(fem("кулеба", "кулебі"), DMYTRO),
    "andrii-sybiha": person(fem("сибіга", "сибізі"), ANDRIY),
    "andriy-yermak": person(["єрмак", "єрмака", "єрмаку", "єрмакові", "єрмаком", "єрмаку"], ANDRIY),
    "ukraine-presidency": [
      ...["офіс", "офісу", "офісові", "офісом", "офісі"].flatMap((h) => [`${h} президента україни`, `${h} президента`, `${h} зеленського`]),
      "оп",
      "банкова",
      "банкової",
      "банковій",
      "банкову",
    ],
    "ukraine-foreign-ministry": [
      "мзс україни",
      "українське мзс",
      "українського мзс",
      "українському мзс",
      "українським мзс",
      ...["міністерство", "міністерства", "міністерству", "міністерством", "міністерстві"].map((h) => `${h} закордонних справ україни`),
    ],
    // --- Other states and bodies -----------------------------------------------------------------
    "angela-merkel": person(fixed("меркель"), fem("ангела", "ангелі")),
    "olaf-scholz": tsBoth("шольц").flatMap((last) => person(last, hard("олаф"))),
    // The bare locative "мерці" is left out: it is the plural of "мрець" (the dead).
    "friedrich-merz": tsBoth("мерц")
      .flatMap((last) => person(last, hard("фрідріх")))
      .filter((form) => form !== "мерці"),
    "emmanuel-macron": person(hard("макрон"), ["еммануель", "еммануеля", "еммануелю", "еммануелеві", "еммануелем", "еммануелі"]),
    "francois-hollande": person(hard("олланд"), fixed("франсуа")),
    elysee: ["єлисейський палац", "єлисейського палацу", "єлисейському палаці", "єлисейським палацом"],
    "theresa-may": agree(fem("тереза", "терезі"), fixed("мей")),
    "boris-johnson": agree(hard("борис"), hard("джонсон")),
    "keir-starmer": person(hard("стармер"), hard("кір")),
    "downing-street": ["даунінг-стріт", "даунінг стріт"],
    "shinzo-abe": agree(fixed("сіндзо"), fixed("абе")),
    "malcolm-turnbull": person(hard("тернбулл"), hard("малкольм")),
    "xi-jinping": [...agree(fixed("сі"), hard("цзіньпін")), ...hard("цзіньпін"), "сі"],
    "recep-erdogan": [...person(hard("ердоган"), hard("реджеп")), ...agree(hard("реджеп"), fixed("таїп"), hard("ердоган"))],
    "andrej-plenkovic": person(sib("пленкович"), ANDRIY),
    nato: [
      "нато",
      "альянс",
      "альянсу",
      "альянсові",
      "альянсом",
      "альянсі",
      "північноатлантичний альянс",
      "північноатлантичного альянсу",
      "північноатлантичному альянсі",
      "північноатлантичним альянсом",
    ],
    "mark-rutte": person(fixed("рютте"), hard("марк")),
    "jens-stoltenberg": person(hard("столтенберг"), hard("єнс")),
    "european-commission": ["єврокомісія", "єврокомісії", "єврокомісію", "єврокомісією", "європейська комісія", "європейської комісії", "європейську комісію"],
    "ursula-von-der-leyen": person(fixed("фон дер ляєн"), fem("урсула", "урсулі")),
    "united-nations": ["оон", "організація об’єднаних націй", "організації об’єднаних націй", "організацію об’єднаних націй"],
    "antonio-guterres": person(sib("гутерреш"), fixed("антоніу"), fixed("антоніо")),
    "putin-and-trump": [
      ...agree(ov("путін"), fixed("і"), hard("трамп")),
      ...agree(hard("трамп"), fixed("і"), ov("путін")),
      ...agree(ov("путін"), fixed("та"), hard("трамп")),
      ...agree(hard("трамп"), fixed("та"), ov("путін")),
    ],
    // --- Media and agencies -----------------------------------------------------------------------
    reuters: ["рейтер", "агентство рейтер", "агентства рейтер", "рейтерс", "агентство reuters", "агентства reuters"],
    ap: ["асошіейтед прес", "ассошіейтед прес", "агентство ap", "агентства ap"],
    afp: ["франс-прес", "франс прес", "агентство франс-прес", "агентства франс-прес", "агентство afp", "агентства afp"],
    bloomberg: ["блумберг", "блумберга", "блумбергу", "агентство bloomberg", "агентства bloomberg"],
    dpa: ["дпа", "агентство dpa", "агентства dpa"],
    tass: ["тасс", "тарс", "агентство тасс", "агентства тасс", "російське агентство тасс", "російського агентства тасс", "пропагандистське агентство тасс"],
    "ria-novosti": ["ріа новості", "ріа новини", "риа новости", "ріа"],
    interfax: ["інтерфакс", "інтерфаксу", "інтерфаксом", "інтерфаксі", "агентство інтерфакс", "агентства інтерфакс"],
    ukrinform: ["укрінформ", "укрінформу", "укрінформові", "укрінформом", "укрінформі", "агентство укрінформ", "агентства укрінформ"],
    unian: ["уніан", "агентство уніан", "агентства уніан"],
    cnn: ["сі-ен-ен", "телеканал cnn", "телеканалу cnn"],
    bbc: ["бі-бі-сі", "бібісі", "bbc україна", "бі-бі-сі україна", "російська служба бі-бі-сі", "російської служби бі-бі-сі"],
    "new-york-times": ["нью-йорк таймс", "газета нью-йорк таймс", "газети нью-йорк таймс"],
    "washington-post": ["вашингтон пост", "газета вашингтон пост", "газети вашингтон пост"],
    axios: ["аксіос", "портал axios", "порталу axios", "видання axios"],
    politico: ["політико", "видання politico"],
  }).map(([k, v]) => [k, withApostrophes(unique(v))]),
);
