import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { articleResult, makeClaim } from "./helpers/gold-claims.js";

// Team-written readouts of one call told by its two sides, in two languages.
const DAY = "2026-09-14";
interface Side {
  lang: string;
  speaker: string;
  side: string;
  title: string;
}
const SIDES: Record<string, Side> = {
  en: { lang: "en", speaker: "White House", side: "US", title: "Readout of President Trump's call with President Putin" },
  ru: { lang: "ru", speaker: "Кремль", side: "RU", title: "Телефонный разговор Владимира Путина с Дональдом Трампом" },
  de: { lang: "de", speaker: "Bundesregierung", side: "DE", title: "Telefonat von Bundeskanzler Merz mit Präsident Selenskyj" },
  uk: { lang: "uk", speaker: "Офіс Президента України", side: "UA", title: "Телефонна розмова Володимира Зеленського з Фрідріхом Мерцом" },
  fr: { lang: "fr", speaker: "Élysée", side: "FR", title: "Entretien téléphonique d'Emmanuel Macron avec Donald Tusk" },
  pl: { lang: "pl", speaker: "Kancelaria Premiera", side: "PL", title: "Rozmowa telefoniczna Donalda Tuska z Emmanuelem Macronem" },
  es: { lang: "es", speaker: "La Moncloa", side: "ES", title: "Conversación telefónica de Pedro Sánchez con To Lam" },
  vi: { lang: "vi", speaker: "Bộ Ngoại giao", side: "VN", title: "Tổng Bí thư Tô Lâm điện đàm với Thủ tướng Pedro Sánchez" },
  it: { lang: "it", speaker: "Palazzo Chigi", side: "IT", title: "Telefonata tra Giorgia Meloni e Nicușor Dan" },
  ro: { lang: "ro", speaker: "Administrația Prezidențială", side: "RO", title: "Convorbire telefonică între Nicușor Dan și Giorgia Meloni" },
};
const article = (id: string, s: Side, lines: string[]) =>
  articleResult({
    id,
    language: s.lang,
    title: s.title,
    publishedAt: DAY,
    claims: lines.map((assertion, i) =>
      makeClaim({ id: `${id}:c${i + 1}`, article: id, language: s.lang, speaker: s.speaker, side: s.side, date: DAY, assertion }),
    ),
  });
const pair = (x: string, a: string, y: string, b: string): ComparisonResult => compareClaims([article("a", SIDES[x]!, [a]), article("b", SIDES[y]!, [b])]);
const flagged = (r: ComparisonResult, type: string) =>
  r.events.flatMap((e) => e.disagreements).some((d) => d.type === type && d.claims.includes("a:c1") && d.claims.includes("b:c1"));
const quiet = (r: ComparisonResult) => !r.events.flatMap((e) => e.disagreements).some((d) => d.claims.includes("a:c1") || d.claims.includes("b:c1"));

type Case = [x: string, a: string, y: string, b: string];

describe("characterization: plainly bad, poor or fruitless, and litotes, in every pack", () => {
  const positives: Case[] = [
    ["en", "Trump said the call was not bad.", "ru", "Ушаков назвал разговор плохим."],
    ["en", "Trump said the talks were positive.", "ru", "Ушаков назвал переговоры безрезультатными."],
    ["es", "Sánchez dijo que la conversación fue mala.", "vi", "Tô Lâm nói cuộc điện đàm không tệ."],
    ["fr", "Macron a jugé l'entretien médiocre.", "pl", "Tusk ocenił rozmowę jako bardzo dobrą."],
    ["pl", "Tusk nazwał rozmowę niezłą.", "fr", "Macron a qualifié l'entretien de mauvais."],
    ["it", "Meloni ha definito il colloquio infruttuoso.", "ro", "Dan a spus că discuția a fost productivă."],
    ["de", "Das Telefonat sei ergebnislos geblieben.", "uk", "Розмова була дуже корисною."],
    ["uk", "Зеленський назвав розмову поганою.", "de", "Merz nannte das Gespräch sehr gut."],
    ["vi", "Tô Lâm cho rằng cuộc điện đàm rất tồi tệ.", "es", "Sánchez calificó la conversación de buena."],
    ["ro", "Dan a spus că discuția a fost proastă.", "it", "Meloni ha definito il colloquio costruttivo."],
  ];
  it.each(positives)("%s “%s” against %s “%s”", (x, a, y, b) => expect(flagged(pair(x, a, y, b), "characterization")).toBe(true));
  const traps: Case[] = [
    ["en", "Trump said the call was not bad.", "ru", "Ушаков назвал разговор неплохим."],
    ["uk", "Зеленський назвав розмову непоганою.", "de", "Merz nannte das Gespräch nicht schlecht."],
    ["es", "Sánchez dijo que la conversación no fue mala.", "vi", "Tô Lâm nói cuộc điện đàm khá tốt."],
    ["it", "Meloni ha definito il colloquio cordiale.", "ro", "Dan a calificat convorbirea drept cordială."],
    ["en", "Trump called the conversation productive.", "ru", "Путин назвал разговор конструктивным."],
    ["fr", "Macron a jugé l'entretien mauvais.", "pl", "Tusk nazwał rozmowę złą."],
  ];
  it.each(traps)("trap: %s “%s” against %s “%s”", (x, a, y, b) => expect(quiet(pair(x, a, y, b))).toBe(true));
});

describe("factual: a range of counts is one amount from its low figure to its high one", () => {
  const read = (language: string, assertion: string) =>
    represent(makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date: DAY }), lexiconFor(language).lexicon, 0).quantities.filter(
      (q) => q.kind === "count",
    );
  it.each([
    ["en", "Between 200 and 300 prisoners will be exchanged.", "200 and 300 prisoners"],
    ["en", "200-300 prisoners will be exchanged.", "200-300 prisoners"],
    ["de", "Zwischen 200 und 300 Gefangene sollen ausgetauscht werden.", "200 und 300 Gefangene"],
    ["ru", "От 200 до 300 пленных будут обменены.", "200 до 300 пленных"],
    ["pl", "Od 200 do 300 jeńców zostanie wymienionych.", "200 do 300 jeńców"],
    ["fr", "Entre 200 et 300 prisonniers seront échangés.", "200 et 300 prisonniers"],
  ])("%s: %s", (language, assertion, span) => {
    const [q] = read(language, assertion);
    expect([q?.lo, q?.hi]).toEqual([200, 300]);
    expect(assertion.slice(q!.start, q!.end)).toBe(span);
  });
  it("negative: two counts of two things stay two counts", () => {
    const qs = read("en", "They freed 20 soldiers and 300 prisoners.");
    expect(qs.map((q) => [q.lo, q.hi])).toEqual([
      [20, 20],
      [300, 300],
    ]);
  });
  it("negative: a year before a count is no low end", () => {
    expect(read("en", "In 2022, 300 prisoners were freed.").map((q) => [q.lo, q.hi])).toEqual([[300, 300]]);
  });
  it("a figure inside the range is no conflict; one outside it is", () => {
    expect(quiet(pair("de", "Zwischen 200 und 300 Gefangene sollen ausgetauscht werden.", "uk", "Сторони обміняють 250 полонених."))).toBe(true);
    expect(flagged(pair("de", "Zwischen 200 und 300 Gefangene sollen ausgetauscht werden.", "uk", "Сторони обміняють 500 полонених."), "factual")).toBe(true);
    expect(flagged(pair("en", "Between 200 and 300 prisoners will be exchanged.", "ru", "Стороны обменяют 150 пленных."), "factual")).toBe(true);
  });
});

describe("the rules on matched pairs, across languages (team pairs that already hold)", () => {
  const cases: Array<[type: string, ...Case]> = [
    ["characterization", "en", "Trump called the conversation very productive.", "ru", "Путин назвал разговор деловым."],
    ["characterization", "de", "Das Gespräch sei herzlich und freundschaftlich gewesen.", "uk", "Розмова була напруженою."],
    [
      "stance",
      "en",
      "Trump said there is no deal on a ceasefire until there is a deal.",
      "ru",
      "Ушаков сообщил, что стороны достигли договорённости о прекращении огня.",
    ],
    [
      "stance",
      "fr",
      "Macron et Tusk se sont mis d'accord sur l'envoi de troupes européennes en Ukraine.",
      "pl",
      "Tusk odrzucił wysłanie polskich wojsk na Ukrainę.",
    ],
    [
      "stance",
      "it",
      "Meloni ha confermato che l'Italia sostiene l'adesione dell'Ucraina alla NATO.",
      "ro",
      "Dan a declarat că Italia nu sprijină aderarea Ucrainei la NATO.",
    ],
    ["factual", "en", "The call lasted an hour.", "ru", "Разговор продолжался 45 минут."],
    ["factual", "de", "Beide Seiten wollen etwa 300 Gefangene austauschen.", "uk", "Сторони обміняють понад 500 полонених."],
    ["factual", "es", "Sánchez dijo que los aranceles serán del 20 %.", "vi", "Tô Lâm cho biết mức thuế quan là 46%."],
    [
      "factual",
      "it",
      "Meloni ha detto che la visita a Bucarest avrà luogo il 12 ottobre.",
      "ro",
      "Dan a anunțat că vizita la București va avea loc pe 20 octombrie.",
    ],
  ];
  it.each(cases)("%s: %s “%s” against %s “%s”", (type, x, a, y, b) => expect(flagged(pair(x, a, y, b), type)).toBe(true));
  const traps: Case[] = [
    ["en", "The call lasted an hour.", "ru", "Разговор продолжался около 60 минут."],
    ["en", "The call took place from 16:04 to 17:06 GMT.", "ru", "Разговор продолжался чуть больше часа."],
    ["es", "La conversación duró media hora.", "vi", "Cuộc điện đàm kéo dài 30 phút."],
    ["fr", "Environ 1 000 soldats seront déployés.", "pl", "Zostanie rozmieszczonych 1050 żołnierzy."],
    ["en", "Trump and Putin agreed to continue their contacts.", "ru", "Путин и Трамп договорились продолжить контакты."],
    [
      "it",
      "Meloni ha confermato che l'Italia sostiene l'adesione dell'Ucraina alla NATO.",
      "ro",
      "Dan a declarat că Italia sprijină aderarea Ucrainei la NATO.",
    ],
    ["de", "Merz und Selenskyj sprachen über die Energieversorgung.", "uk", "Зеленський і Мерц обговорили обмін полоненими."],
  ];
  it.each(traps)("trap: %s “%s” against %s “%s”", (x, a, y, b) => expect(quiet(pair(x, a, y, b))).toBe(true));
});

describe("factual: sums are read as figures times their scale, in their currency", () => {
  const sums = (language: string, assertion: string) =>
    represent(makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date: DAY }), lexiconFor(language).lexicon, 0)
      .quantities.filter((q) => q.kind === "count")
      .map((q) => [q.unit, q.lo, assertion.slice(q.start, q.end)]);
  it.each([
    ["en", "The US will provide $1.8 billion in aid.", "cur:USD", 1.8e9, "$1.8 billion"],
    ["en", "The US will provide 1.8 billion dollars in aid.", "cur:USD", 1.8e9, "1.8 billion dollars"],
    ["de", "Deutschland stellt 1,8 Milliarden Euro bereit.", "cur:EUR", 1.8e9, "1,8 Milliarden Euro"],
    ["fr", "La France fournira une aide de 2 milliards d'euros.", "cur:EUR", 2e9, "2 milliards d'euros"],
    ["es", "España aportará 2 mil millones de euros.", "cur:EUR", 2e9, "2 mil millones de euros"],
    ["it", "L'Italia stanzierà 500 milioni di euro.", "cur:EUR", 5e8, "500 milioni di euro"],
    ["ro", "România va primi 2 miliarde de euro.", "cur:EUR", 2e9, "2 miliarde de euro"],
    ["ru", "Россия выделит 500 млн рублей.", "cur:RUB", 5e8, "500 млн рублей"],
    ["uk", "Україна отримає 3 млрд доларів.", "cur:USD", 3e9, "3 млрд доларів"],
    ["pl", "Francja przekaże pomoc w wysokości 500 milionów euro.", "cur:EUR", 5e8, "500 milionów euro"],
    ["vi", "Việt Nam sẽ đầu tư 2 tỷ USD.", "cur:USD", 2e9, "2 tỷ USD"],
  ])("%s: %s", (language, assertion, unit, value, span) => expect(sums(language, assertion)).toEqual([[unit, value, span]]));
  it("negative: a scale word alone counts the noun after it; a year is no figure", () => {
    expect(sums("en", "A thousand soldiers will be deployed.")).toEqual([["c:military", 1000, "A thousand soldiers"]]);
    expect(sums("en", "In 2022 the US spent money.")).toEqual([]);
  });
  it("two sums in one currency that differ conflict across languages; the same sum written two ways does not", () => {
    expect(
      flagged(
        pair("fr", "La France fournira une aide de 2 milliards d'euros à l'Ukraine.", "pl", "Francja przekaże Ukrainie pomoc w wysokości 500 milionów euro."),
        "factual",
      ),
    ).toBe(true);
    expect(
      flagged(
        pair(
          "en",
          "Trump said the US would send $3 billion in military aid to Ukraine.",
          "ru",
          "Трамп заявил, что США направят Украине военную помощь на 1 млрд долларов.",
        ),
        "factual",
      ),
    ).toBe(true);
    expect(
      quiet(pair("fr", "La France fournira une aide de 2 milliards d'euros à l'Ukraine.", "pl", "Francja przekaże Ukrainie pomoc w wysokości 2 mld euro.")),
    ).toBe(true);
    expect(quiet(pair("de", "Deutschland stellt der Ukraine 1,8 Milliarden Euro bereit.", "uk", "Німеччина надасть Україні 1800 мільйонів євро."))).toBe(true);
  });
  it("negative: sums in two currencies are no conflict", () => {
    expect(
      quiet(
        pair("fr", "La France fournira une aide de 2 milliards d'euros à l'Ukraine.", "pl", "Francja przekaże Ukrainie pomoc w wysokości 2 miliardów dolarów."),
      ),
    ).toBe(true);
  });
});

describe("stance: handing something over (deliver, supply, send) affirmed by one side and negated by the other", () => {
  const positives: Case[] = [
    [
      "de",
      "Merz sagte, Deutschland werde Taurus-Marschflugkörper an die Ukraine liefern.",
      "uk",
      "Зеленський заявив, що Німеччина не постачатиме Україні ракети Taurus.",
    ],
    ["en", "Trump said the United States will send Patriot missiles to Ukraine.", "ru", "Ушаков заявил, что США не будут поставлять Украине ракеты Patriot."],
    [
      "es",
      "Sánchez anunció que España suministrará gas natural licuado a Vietnam.",
      "vi",
      "Tô Lâm cho biết Tây Ban Nha không cung cấp khí đốt hóa lỏng cho Việt Nam.",
    ],
    [
      "it",
      "Meloni ha detto che l'Italia fornirà sistemi di difesa aerea alla Romania.",
      "ro",
      "Dan a spus că Italia nu va livra sisteme de apărare aeriană României.",
    ],
    [
      "fr",
      "Macron a annoncé que la France livrera des systèmes de défense aérienne à la Pologne.",
      "pl",
      "Tusk powiedział, że Francja nie dostarczy Polsce systemów obrony powietrznej.",
    ],
  ];
  it.each(positives)("%s “%s” against %s “%s”", (x, a, y, b) => expect(flagged(pair(x, a, y, b), "stance")).toBe(true));
  const traps: Case[] = [
    [
      "de",
      "Merz sagte, Deutschland werde Taurus-Marschflugkörper an die Ukraine liefern.",
      "uk",
      "Зеленський заявив, що Німеччина постачатиме Україні ракети Taurus.",
    ],
    ["en", "Trump said the United States would not send troops to Ukraine.", "ru", "Ушаков сообщил, что США не направят войска на Украину."],
    ["fr", "Macron a annoncé que la France fournira des munitions à l'Ukraine.", "pl", "Tusk powiedział, że Polska nie przekaże Ukrainie czołgów."],
  ];
  it.each(traps)("trap: %s “%s” against %s “%s”", (x, a, y, b) => expect(quiet(pair(x, a, y, b))).toBe(true));
});
