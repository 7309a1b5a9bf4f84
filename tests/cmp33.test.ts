import { describe, expect, it } from "vitest";
import { describedSide } from "../src/compare/accounts.js";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { extractClaims, type ArticleInput } from "../src/index.js";
import type { Speaker } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Team-written sentences (invented statements).

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: "2026-06-24" });
  return represent(claim, lexiconFor(language).lexicon, 0);
}

const described = (language: string, name: string): string | null => {
  const speaker: Speaker = { name, id: null, mention: name, mentionSpan: null, kind: "unknown", role: null, side: null };
  return describedSide(speaker, lexiconFor(language).lexicon);
};

describe("only an official description speaks for its state", () => {
  it.each([
    ["en", "a German government spokesman", "DE"],
    ["en", "Russian diplomats", "RU"],
    ["en", "a senior Ukrainian official", "UA"],
    ["de", "ein Sprecher der Bundesregierung", "DE"],
    ["de", "ein russischer Regierungssprecher", "RU"],
    ["de", "das ukrainische Außenministerium", "UA"],
    ["fr", "un porte-parole du gouvernement allemand", "DE"],
    ["fr", "un responsable ukrainien", "UA"],
    ["es", "un portavoz del gobierno alemán", "DE"],
    ["es", "fuentes diplomáticas rusas", "RU"],
    ["it", "un portavoce del governo tedesco", "DE"],
    ["it", "un funzionario ucraino", "UA"],
    ["ru", "представитель правительства Германии", "DE"],
    ["ru", "украинская сторона", "UA"],
    ["uk", "речник уряду Німеччини", "DE"],
    ["uk", "російські дипломати", "RU"],
    ["pl", "rzecznik niemieckiego rządu", "DE"],
    ["pl", "ukraińscy urzędnicy", "UA"],
    ["ro", "purtătorul de cuvânt al guvernului german", "DE"],
    ["ro", "oficiali ucraineni", "UA"],
    ["vi", "người phát ngôn chính phủ Đức", "DE"],
    ["vi", "phía Ukraine", "UA"],
  ])("%s: %s", (language, name, side) => {
    expect(described(language, name)).toBe(side);
  });

  it.each([
    // Negatives: people of a state who do not speak for it.
    ["en", "German analysts"],
    ["en", "a Russian expert"],
    ["en", "Ukrainian media"],
    ["de", "deutsche Analysten"],
    ["de", "ein russischer Experte"],
    ["fr", "des analystes allemands"],
    ["fr", "un expert russe"],
    ["es", "analistas alemanes"],
    ["es", "un experto ruso"],
    ["it", "analisti tedeschi"],
    ["it", "un esperto russo"],
    ["ru", "немецкие аналитики"],
    ["ru", "украинский эксперт"],
    ["uk", "німецькі аналітики"],
    ["uk", "російський експерт"],
    ["pl", "niemieccy analitycy"],
    ["pl", "rosyjski ekspert"],
    ["ro", "analiști germani"],
    ["ro", "un expert rus"],
    ["vi", "các nhà phân tích Đức"],
    ["vi", "một chuyên gia Nga"],
  ])("negative %s: %s", (language, name) => {
    expect(described(language, name)).toBeNull();
  });

  it("a body of one side speaks for it with no word of office", () => {
    expect(described("en", "Kremlin sources")).toBe("RU");
  });

  const call = (extra: string): ArticleInput[] => [
    {
      id: "a1",
      language: "en",
      publishedAt: "2026-11-20",
      text:
        "Merz and Zelensky hold phone call\n\nGerman Chancellor Friedrich Merz and Ukrainian President Volodymyr Zelensky spoke by phone on Thursday. " +
        `${extra} said the conversation was very good.`,
    },
    {
      id: "a2",
      language: "en",
      publishedAt: "2026-11-20",
      text:
        "Zelensky speaks with Merz\n\nUkrainian President Volodymyr Zelensky spoke with German Chancellor Friedrich Merz on Thursday. " +
        "Zelensky said the conversation was constructive.",
    },
  ];
  const tone = (extra: string) => {
    const cmp = compareClaims(call(extra).map((a) => extractClaims(a)));
    return cmp.events.flatMap((e) => e.disagreements).filter((d) => d.type === "characterization");
  };

  it("a government spokesman's 'very good' is the German side's, against Zelensky's 'constructive'", () => {
    const flags = tone("A German government spokesman");
    expect(flags).toHaveLength(1);
    expect(Object.keys(flags[0]!.sides).sort()).toEqual(["DE", "UA"]);
  });

  it("negative: German analysts are no side of the call", () => {
    expect(tone("German analysts")).toEqual([]);
  });
});

const evaluation = (r: ClaimRep) => r.evaluations.map((e) => `${e.sense}:${e.level}`);

describe("an intensifier raises an evaluation one level, before the term or inside it", () => {
  it.each([
    ["en", "The talks were very open.", "The talks were open."],
    ["de", "Das Gespräch war sehr offen.", "Das Gespräch war offen."],
    ["fr", "Ce fut un échange très ouvert.", "Ce fut un échange ouvert."],
    ["es", "Fue un diálogo muy abierto.", "Fue un diálogo abierto."],
    ["it", "È stato un dialogo molto aperto.", "È stato un dialogo aperto."],
    ["ru", "Переговоры были очень открытыми.", "Переговоры были открытыми."],
    ["uk", "Переговори були дуже відкритими.", "Переговори були відкритими."],
    ["pl", "Rozmowa była bardzo otwarta.", "Rozmowa była otwarta."],
    ["ro", "Discuția a fost foarte deschisă.", "Discuția a fost deschisă."],
    ["vi", "Cuộc hội đàm diễn ra rất cởi mở.", "Cuộc hội đàm diễn ra cởi mở."],
  ])("%s: %s", (language, intensified, plain) => {
    expect(evaluation(read(language, intensified))).toEqual(["frank:2"]);
    // Negative: with no intensifier the term keeps its level.
    expect(evaluation(read(language, plain))).toEqual(["frank:1"]);
  });

  it("the intensifier inside a term leaves its wording the plain term's", () => {
    expect(read("es", "Fue un diálogo muy abierto.").evaluations[0]!.key).toBe(read("es", "Fue un diálogo abierto.").evaluations[0]!.key);
  });

  it.each([
    // Negatives: an intensifier by a word of no evaluation makes none ("open" of a border is no frankness).
    ["en", "The border remains very open."],
    ["fr", "La frontière reste très ouverte."],
    ["es", "La frontera sigue muy abierta."],
    ["it", "Il confine resta molto aperto."],
    ["ru", "Граница остаётся очень открытой."],
    ["uk", "Кордон залишається дуже відкритим."],
  ])("negative %s: %s", (language, text) => {
    expect(read(language, text).evaluations).toEqual([]);
  });

  it("a negated intensified term is mildly negative, as the negated term is", () => {
    expect(evaluation(read("en", "The talks were not very constructive."))).toEqual(["constructive:-1"]);
    expect(evaluation(read("en", "The talks were not constructive."))).toEqual(["constructive:-1"]);
  });

  it("a very open conversation against a constructive one is a difference of tone", () => {
    const arts: ArticleInput[] = [
      {
        id: "r1",
        language: "ru",
        publishedAt: "2026-11-20",
        text: "Путин провёл телефонный разговор с Макроном\n\nВладимир Путин и Эмманюэль Макрон провели в четверг телефонный разговор. По словам Дмитрия Пескова, переговоры были очень открытыми.",
      },
      {
        id: "f1",
        language: "fr",
        publishedAt: "2026-11-20",
        text: "Macron s'est entretenu avec Poutine\n\nEmmanuel Macron s'est entretenu jeudi par téléphone avec Vladimir Poutine. L'Élysée a indiqué que l'échange avait été constructif.",
      },
    ];
    const cmp = compareClaims(arts.map((a) => extractClaims(a)));
    const flags = cmp.events.flatMap((e) => e.disagreements).filter((d) => d.type === "characterization");
    expect(flags.map((d) => Object.keys(d.sides).sort())).toEqual([["FR", "RU"]]);
  });
});

const durations = (r: ClaimRep) => r.quantities.filter((q) => q.kind === "duration").map((q) => [Math.round((q.lo + q.hi) / 2), q.text]);

describe("a range of clock times is the length between them", () => {
  it.each([
    ["en", "The call lasted from 4.04 pm to 5.06 pm.", 62, "4.04 pm to 5.06 pm"],
    ["en", "The leaders spoke from 4:04 p.m. to 5:06 p.m., the White House said.", 62, "4:04 p.m. to 5:06 p.m."],
    ["en", "They spoke from 4.04pm to 5.06pm.", 62, "4.04pm to 5.06pm"],
    ["en", "They spoke from 11:30 a.m. to 12:45 p.m.", 75, "11:30 a.m. to 12:45 p.m."],
    ["en", "They spoke from 11.30 to 1.15 pm.", 105, "11.30 to 1.15 pm"],
    ["vi", "Cuộc điện đàm kéo dài từ 16 giờ 04 đến 17 giờ 06.", 62, "16 giờ 04 đến 17 giờ 06"],
    ["vi", "Cuộc điện đàm diễn ra từ 16 giờ 04 phút đến 17 giờ 06 phút.", 62, "16 giờ 04 phút đến 17 giờ 06 phút"],
    ["de", "Das Gespräch dauerte von 16.04 bis 17.06 Uhr.", 62, "16.04 bis 17.06"],
    ["ru", "Разговор продолжался с 16.04 до 17.06 по московскому времени.", 62, "16.04 до 17.06"],
  ])("%s: %s", (language, text, minutes, span) => {
    expect(durations(read(language, text))).toEqual([[minutes, span]]);
  });

  it.each([
    // Negatives: a length in hours and minutes stays one; a single time is no amount; dotted dates stay dates.
    ["vi", "Cuộc điện đàm kéo dài 1 giờ 30 phút.", [[90, "1 giờ 30 phút"]]],
    ["en", "Talks began at 4:04 p.m. on Thursday.", []],
    ["en", "The talks lasted 2.5 hours.", [[150, "2.5 hours"]]],
  ])("negative %s: %s", (language, text, expected) => {
    expect(durations(read(language, text))).toEqual(expected);
  });

  it("negative: dotted days and months after an opener stay dates", () => {
    const r = read("de", "Die Frist läuft vom 16.04. bis 17.06.");
    expect(durations(r)).toEqual([]);
    expect(r.quantities.map((q) => `${q.kind}:${q.lo}`)).toEqual(["date:416", "date:617"]);
  });

  const pair = (en: string): ArticleInput[] => [
    {
      id: "v1",
      language: "vi",
      publishedAt: "2026-11-20",
      text: "Tổng thống Putin điện đàm với Tổng thống Trump\n\nĐiện Kremlin cho biết cuộc điện đàm giữa Tổng thống Nga Vladimir Putin và Tổng thống Mỹ Donald Trump kéo dài từ 16 giờ 04 đến 17 giờ 06 theo giờ Moskva.",
    },
    {
      id: "e1",
      language: "en",
      publishedAt: "2026-11-20",
      text: `Trump and Putin talk by phone\n\nPresident Donald Trump spoke with Russian President Vladimir Putin by phone on Thursday. The White House said the call lasted ${en}.`,
    },
  ];
  const factual = (en: string) =>
    compareClaims(pair(en).map((a) => extractClaims(a)))
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "factual");

  it("a range of 62 minutes against '45 minutes' is a factual disagreement", () => {
    expect(factual("45 minutes").map((d) => d.topic)).toEqual(["duration"]);
  });

  it("negative: a range of 62 minutes agrees with 'just over an hour'", () => {
    expect(factual("just over an hour")).toEqual([]);
  });
});

const denies = (r: ClaimRep) => r.predicates.some((p) => p.cls === "deny" && !p.negated);

describe("disputing a figure denies it in every pack; nouns of conflict deny nothing", () => {
  it.each([
    ["en", "Moscow disputes the figures published by Kyiv."],
    ["de", "Moskau bezweifelt die von Kiew veröffentlichten Zahlen."],
    ["fr", "Moscou conteste les chiffres publiés par Kiev."],
    ["es", "Moscú cuestiona las cifras publicadas por Kiev."],
    ["it", "Mosca contesta le cifre pubblicate da Kiev."],
    ["ru", "Москва оспаривает цифры, опубликованные Киевом."],
    ["uk", "Москва оскаржує цифри, оприлюднені Києвом."],
    ["pl", "Moskwa kwestionuje dane opublikowane przez Kijów."],
    ["ro", "Moscova contestă cifrele publicate de Kiev."],
    ["vi", "Moskva phản bác các số liệu do Kiev công bố."],
  ])("%s: %s", (language, text) => {
    expect(denies(read(language, text))).toBe(true);
  });

  it.each([
    // Negatives: a dispute, a question, a doctor.
    ["en", "The trade dispute with China goes on."],
    ["de", "Der Streit um die Zölle geht weiter."],
    ["fr", "La contestation sociale se poursuit en France."],
    ["es", "La disputa sobre los aranceles continúa."],
    ["es", "La cuestión de los aranceles sigue abierta."],
    ["it", "La disputa sui dazi continua."],
    ["ru", "Спор о пошлинах продолжается."],
    ["uk", "Суперечка щодо мит триває."],
    ["pl", "Spór o cła trwa nadal."],
    ["pl", "Kwestia ceł pozostaje otwarta."],
    ["ro", "Disputa privind tarifele continuă."],
    ["vi", "Tranh chấp về thuế quan vẫn tiếp diễn."],
    ["vi", "Ông đã gặp bác sĩ của mình tại Hà Nội."],
  ])("negative %s: %s", (language, text) => {
    expect(denies(read(language, text))).toBe(false);
  });
});
