import { describe, expect, it } from "vitest";
import { describedSide } from "../src/compare/accounts.js";
import { compareClaims } from "../src/compare/index.js";
import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { extractClaims, type ArticleInput } from "../src/index.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import type { Speaker } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Team-written sentences (invented statements of public figures; no corpus text).

const described = (language: string, name: string): string | null => {
  const speaker: Speaker = { name, id: null, mention: name, mentionSpan: null, kind: "unknown", role: null, side: null };
  return describedSide(speaker, lexiconFor(language).lexicon);
};
const compare = (articles: ArticleInput[]): ComparisonResult => compareClaims(articles.map((a) => extractClaims(a)));
const flagsOf = (cmp: ComparisonResult, type: string) => cmp.events.flatMap((e) => e.disagreements).filter((d) => d.type === type);

describe("a bare word of government names the state whose news the language is", () => {
  it.each([
    ["de", "der Regierungssprecher", "DE"],
    ["de", "ein Sprecher der Regierung", "DE"],
    ["fr", "le porte-parole du gouvernement", "FR"],
    ["es", "el portavoz del Gobierno", "ES"],
    ["it", "il portavoce del governo", "IT"],
    ["ru", "пресс-секретарь правительства", "RU"],
    ["uk", "речник уряду", "UA"],
    ["pl", "rzecznik rządu", "PL"],
    ["ro", "purtătorul de cuvânt al guvernului", "RO"],
    ["vi", "người phát ngôn chính phủ", "VN"],
  ])("%s: %s", (language, name, side) => {
    expect(described(language, name)).toBe(side);
  });

  it.each([
    // English is the news language of many states: a bare government names none.
    ["en", "a government spokesman"],
    // Not officials: analysts, experts.
    ["de", "deutsche Analysten"],
    ["pl", "rosyjski ekspert"],
    // A spokesman with no word of government.
    ["fr", "un porte-parole"],
    ["it", "un portavoce"],
  ])("negative %s: %s", (language, name) => {
    expect(described(language, name)).toBeNull();
  });

  it("negative: a person named with the title is left as named (role-only descriptions only)", () => {
    const s: Speaker = { name: "Regierungssprecher Max Beispiel", id: null, mention: null, mentionSpan: null, kind: "person", role: null, side: null };
    expect(describedSide(s, lexiconFor("de").lexicon)).toBeNull();
    expect(describedSide({ ...s, kind: "unknown" }, lexiconFor("de").lexicon)).toBe("DE");
  });

  it.each([
    // A state named beside the word of government is that state, not the language's.
    ["de", "der Regierungssprecher in Kiew", "UA"],
    ["pl", "rzecznik rządu Ukrainy", "UA"],
    ["fr", "le porte-parole du gouvernement russe", "RU"],
    // A body of one side speaks for it with no word of government.
    ["en", "the Kremlin spokesman", "RU"],
    ["ru", "пресс-секретарь Кремля", "RU"],
    ["fr", "le porte-parole de l'Élysée", "FR"],
  ])("a named state or body wins: %s: %s", (language, name, side) => {
    expect(described(language, name)).toBe(side);
  });

  const merzPutin = (pl: string): ArticleInput[] => [
    {
      id: "de1",
      language: "de",
      publishedAt: "2026-11-12",
      text:
        "Merz telefoniert mit Putin\n\nBundeskanzler Friedrich Merz hat am Mittwoch mit dem russischen Präsidenten Wladimir Putin telefoniert. " +
        "Das Gespräch habe rund 45 Minuten gedauert, teilte der Regierungssprecher in Berlin mit. " +
        "Der Kanzler habe Putin aufgefordert, einem Waffenstillstand in der Ukraine zuzustimmen, sagte der Regierungssprecher.",
    },
    {
      id: "ru1",
      language: "ru",
      publishedAt: "2026-11-12",
      text:
        "Путин провёл телефонный разговор с Мерцем\n\nПрезидент России Владимир Путин в среду провёл телефонный разговор с канцлером Германии Фридрихом Мерцем. " +
        "Как сообщил пресс-секретарь Кремля, разговор продолжался больше часа. " +
        "По словам пресс-секретаря Кремля, стороны обсудили ситуацию вокруг Украины и перспективы российско-германских торговых связей.",
    },
    {
      id: "pl1",
      language: "pl",
      publishedAt: "2026-11-12",
      text: `Merz rozmawiał z Putinem\n\nKanclerz Niemiec Friedrich Merz rozmawiał w środę telefonicznie z prezydentem Rosji Władimirem Putinem. ${pl}`,
    },
  ];

  it("the Regierungssprecher's claims are the German account of the Merz–Putin call, in its one event", () => {
    const cmp = compare(merzPutin("Jak poinformował rzecznik Kremla, rozmowa trwała ponad godzinę."));
    expect(cmp.events).toHaveLength(1);
    const de = cmp.events[0]!.accounts.find((a) => a.side === "DE");
    expect(de?.claims).toEqual(expect.arrayContaining(["de1:c1", "de1:c2"]));
    expect(de?.speakers).toContain("der Regierungssprecher");
    // Its "45 minutes" against the Kremlin's "more than an hour" is a conflict between the two sides.
    const durations = flagsOf(cmp, "factual").filter((d) => d.claims.includes("de1:c1"));
    expect(durations).toHaveLength(1);
    expect(Object.keys(durations[0]!.sides).sort()).toEqual(["DE", "RU"]);
    // The ceasefire the German side raised is what the Russian account leaves out.
    expect(flagsOf(cmp, "omission").find((d) => d.claims.includes("de1:c2"))?.topic).toBe("ceasefire");
  });

  it("negative: the Polish government's spokesman speaks for no party of the Merz–Putin call", () => {
    const cmp = compare(merzPutin("Rzecznik rządu powiedział, że rozmowa trwała dwie godziny."));
    expect(cmp.events).toHaveLength(1);
    const e = cmp.events[0]!;
    const claim = cmp.articles.flatMap((a) => a.claims).find((c) => c.articleId === "pl1");
    expect(claim).toBeDefined();
    expect(e.accounts.flatMap((a) => a.claims)).not.toContain(claim!.id);
    expect(e.accounts.map((a) => a.side)).not.toContain("PL");
    expect(flagsOf(cmp, "omission").filter((d) => d.claims.includes(claim!.id))).toEqual([]);
  });
});

describe("omissions: once per passage, never raised by a third party's own reaction", () => {
  const call = (kyiv: string): ArticleInput[] => [
    {
      id: "en1",
      language: "en",
      publishedAt: "2026-10-03",
      text:
        "Trump and Putin speak by phone\n\nPresident Donald Trump spoke with Russian President Vladimir Putin on Thursday, the White House said. " +
        "White House press secretary Karoline Leavitt said the two leaders discussed the war in Ukraine, the Iranian nuclear program and a new arms control treaty.",
    },
    {
      id: "ru1",
      language: "ru",
      publishedAt: "2026-10-03",
      text:
        "Путин и Трамп провели телефонный разговор\n\nВ четверг состоялся телефонный разговор Владимира Путина и Дональда Трампа. " +
        "Как сообщил помощник президента Юрий Ушаков, разговор продолжался больше часа. Ушаков сказал, что президенты обсудили украинское урегулирование.",
    },
    { id: "uk1", language: "uk", publishedAt: "2026-10-03", text: `У Києві відреагували на розмову Трампа і Путіна\n\n${kyiv}` },
  ];

  it("the US list sentence gives one omission per subject the Russian account leaves out (not Ukraine, which it names)", () => {
    const cmp = compare(call("Міністр закордонних справ України Андрій Сибіга заявив, що санкції проти Росії мають бути посилені."));
    const fromList = flagsOf(cmp, "omission").filter((d) => d.claims.includes("en1:c2"));
    expect(fromList.map((d) => d.topic).sort()).toEqual(["arms-control", "iran-nuclear"]);
    for (const d of fromList) expect(d.sides).toEqual({ US: ["en1:c2"], RU: [] });
  });

  it.each([
    "Міністр закордонних справ України Андрій Сибіга заявив, що санкції проти Росії мають бути посилені.",
    "Міністр закордонних справ України Андрій Сибіга заявив, що будь-які домовленості щодо України без участі Києва неприйнятні.",
  ])("negative: a Ukrainian reaction of its own raises no omission: %s", (kyiv) => {
    const cmp = compare(call(kyiv));
    const e = cmp.events.find((x) => x.accounts.some((a) => a.side === "UA"));
    expect(e).toBeDefined();
    expect(flagsOf(cmp, "omission").filter((d) => d.claims.some((id) => id.startsWith("uk1:")))).toEqual([]);
  });

  it("a third party telling what one side raised in the call is one omission, charged to the side it names", () => {
    const cmp = compare(
      call(
        "Міністр закордонних справ України Андрій Сибіга заявив, що під час розмови американська сторона порушила питання обміну полоненими. " +
          "Сибіга також наголосив, що санкції проти Росії мають бути посилені.",
      ),
    );
    const flags = flagsOf(cmp, "omission").filter((d) => d.claims.some((id) => id.startsWith("uk1:")));
    expect(flags).toHaveLength(1);
    expect(flags[0]!.topic).toBe("prisoner-exchange");
    expect(flags[0]!.sides).toEqual({ UA: ["uk1:c1"], US: [] });
  });
});

describe("durations across languages: a hedge is a range, not a conflict", () => {
  const us = (d: string): ArticleInput => ({
    id: "us",
    language: "en",
    publishedAt: "2026-10-02",
    text: `Trump and Putin speak by phone\n\nPresident Donald Trump spoke with Russian President Vladimir Putin on Thursday. White House press secretary Karoline Leavitt said the call lasted ${d}.`,
  });
  const other: Record<string, (d: string) => string> = {
    ru: (d) =>
      `Путин и Трамп провели телефонный разговор\n\nПрезидент России Владимир Путин в четверг провёл телефонный разговор с президентом США Дональдом Трампом. Как сообщил пресс-секретарь Кремля, разговор продолжался ${d}.`,
    uk: (d) =>
      `Путін і Трамп провели телефонну розмову\n\nПрезидент Росії Володимир Путін у четвер провів телефонну розмову з президентом США Дональдом Трампом. Як повідомив речник Кремля, розмова тривала ${d}.`,
    pl: (d) =>
      `Putin rozmawiał z Trumpem\n\nPrezydent Rosji Władimir Putin rozmawiał w czwartek telefonicznie z prezydentem USA Donaldem Trumpem. Jak poinformował rzecznik Kremla, rozmowa trwała ${d}.`,
    vi: (d) =>
      `Tổng thống Nga Putin điện đàm với Tổng thống Mỹ Trump\n\nTổng thống Nga Vladimir Putin hôm thứ Năm đã điện đàm với Tổng thống Mỹ Donald Trump. Người phát ngôn Điện Kremlin cho biết cuộc điện đàm kéo dài ${d}.`,
    fr: (d) =>
      `Poutine et Trump se sont entretenus\n\nLe président russe Vladimir Poutine s'est entretenu jeudi par téléphone avec le président américain Donald Trump. Selon le porte-parole du Kremlin, l'entretien a duré ${d}.`,
    es: (d) =>
      `Putin y Trump hablan por teléfono\n\nEl presidente ruso, Vladímir Putin, habló el jueves por teléfono con el presidente estadounidense, Donald Trump. Según el portavoz del Kremlin, la conversación duró ${d}.`,
    it: (d) =>
      `Putin e Trump al telefono\n\nIl presidente russo Vladimir Putin ha parlato giovedì al telefono con il presidente americano Donald Trump. Secondo il portavoce del Cremlino, la telefonata è durata ${d}.`,
    ro: (d) =>
      `Putin și Trump au vorbit la telefon\n\nPreședintele rus Vladimir Putin a avut joi o convorbire telefonică cu președintele american Donald Trump. Potrivit purtătorului de cuvânt al Kremlinului, convorbirea a durat ${d}.`,
    de: (d) =>
      `Putin telefoniert mit Trump\n\nKremlchef Wladimir Putin hat am Donnerstag mit US-Präsident Donald Trump telefoniert. Das Gespräch habe ${d} gedauert, sagte Kremlsprecher Dmitri Peskow.`,
  };
  const durationFlags = (language: string, theirs: string, ours: string) => {
    const cmp = compare([us(ours), { id: "x", language, publishedAt: "2026-10-02", text: other[language]!(theirs) }]);
    expect(cmp.events).toHaveLength(1);
    return flagsOf(cmp, "factual").filter((d) => d.topic === "duration");
  };

  it.each([
    ["ru", "больше часа", "45 minutes"],
    ["uk", "понад годину", "45 minutes"],
    ["pl", "ponad godzinę", "45 minutes"],
    ["vi", "hơn một giờ", "45 minutes"],
    ["fr", "plus d'une heure", "45 minutes"],
    ["fr", "un peu plus d'une heure", "about 45 minutes"],
    ["es", "hora y media", "45 minutes"],
    ["it", "poco più di un'ora", "45 minutes"],
    ["ro", "peste o oră", "45 minutes"],
    ["de", "gut eine Stunde", "45 minutes"],
  ])("%s '%s' against '%s' is a conflict of the two sides", (language, theirs, ours) => {
    const flags = durationFlags(language, theirs, ours);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.sides).toEqual({ US: ["us:c1"], RU: ["x:c1"] });
  });

  it.each([
    ["ru", "почти час", "about 50 minutes"],
    ["ru", "около часа", "just over an hour"],
    ["ru", "более двух часов", "two hours and ten minutes"],
    ["ru", "полтора часа", "more than an hour"],
    ["uk", "майже годину", "about 50 minutes"],
    ["pl", "ponad godzinę", "70 minutes"],
    ["vi", "khoảng một giờ", "55 minutes"],
    ["fr", "près d'une heure", "50 minutes"],
    ["es", "hora y media", "an hour and a half"],
    ["it", "quasi un'ora", "50 minutes"],
    ["ro", "aproape o oră", "50 de minute"],
    ["de", "knapp eine Stunde", "about 50 minutes"],
  ])("negative: %s '%s' and '%s' can both be true", (language, theirs, ours) => {
    expect(durationFlags(language, theirs, ours)).toEqual([]);
  });

  it("a unit with no number and a half after it is one and a half units ('duró hora y media')", () => {
    const q = (text: string) =>
      represent(makeClaim({ assertion: text, language: "es", speaker: "Kremlin", side: "RU" }), lexiconFor("es").lexicon, 0).quantities.filter(
        (x) => x.kind === "duration",
      );
    const [d] = q("La llamada duró hora y media.");
    expect(d).toMatchObject({ text: "hora y media" });
    expect(d!.lo).toBeGreaterThan(80);
    expect(d!.hi).toBeLessThan(100);
    // Negative: with no half, a bare unit after a word of duration stays one or more of it.
    const [bare] = q("La conversación duró horas.");
    expect(bare!.hi).toBeGreaterThan(100);
  });
});
