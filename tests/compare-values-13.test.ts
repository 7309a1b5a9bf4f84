import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { conflicts } from "../src/compare/represent/quantities.js";
import type { Claim } from "../src/schema/claim.js";
import type { ComparisonResult, Disagreement } from "../src/schema/comparison.js";
import { makeClaim } from "./helpers/gold-claims.js";

/** What the comparison reads from one sentence of a language. */
function read(language: string, assertion: string): ClaimRep {
  return represent(makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date: "2021-12-07" }), lexiconFor(language).lexicon, 0);
}
const minutes = (r: ClaimRep) => r.quantities.filter((q) => q.kind === "duration").map((q) => [Math.round(q.lo), Math.round(q.hi)]);
const counts = (r: ClaimRep) => r.quantities.filter((q) => q.kind === "count").map((q) => `${q.lo}-${q.hi}:${q.unit}`);
const flags = (r: ComparisonResult, type?: Disagreement["type"]) => r.events.flatMap((e) => e.disagreements).filter((d) => !type || d.type === type);

describe("an hour, in every language, is 60 minutes (a bare accusative or genitive hour included)", () => {
  it.each([
    ["en", "The call lasted an hour."],
    ["fr", "L'appel a duré une heure."],
    ["es", "La llamada duró una hora."],
    ["it", "La telefonata è durata un'ora."],
    ["de", "Das Gespräch dauerte eine Stunde."],
    ["ro", "Convorbirea a durat o oră."],
    ["pl", "Rozmowa trwała godzinę."],
    ["vi", "Cuộc điện đàm kéo dài một giờ."],
    ["uk", "Розмова тривала годину."],
    ["ru", "Разговор длился час."],
  ])("%s: %s", (language, text) => {
    expect(minutes(read(language, text))).toEqual([[54, 66]]);
  });

  it.each([
    ["en", "The call lasted just over an hour."],
    ["fr", "L'entretien a duré un peu plus d'une heure."],
    ["es", "La conversación duró poco más de una hora."],
    ["it", "Il colloquio è durato poco più di un'ora."],
    ["de", "Das Gespräch dauerte etwas mehr als eine Stunde."],
    ["de", "Das Gespräch dauerte gut eine Stunde."],
    ["ro", "Convorbirea a durat puțin peste o oră."],
    ["pl", "Rozmowa trwała nieco ponad godzinę."],
    ["vi", "Cuộc điện đàm kéo dài hơn một giờ."],
    ["uk", "Розмова тривала понад годину."],
    ["ru", "Разговор длился более часа."],
  ])("just over an hour, %s: %s → 60–81", (language, text) => {
    expect(minutes(read(language, text))).toEqual([[60, 81]]);
  });

  it.each([
    ["en", "The call lasted almost an hour and a half."],
    ["es", "La conversación duró casi una hora y media."],
    ["it", "Il colloquio è durato quasi un'ora e mezza."],
    ["de", "Das Gespräch dauerte knapp anderthalb Stunden."],
    ["ro", "Convorbirea a durat aproape o oră și jumătate."],
    ["pl", "Rozmowa trwała prawie półtorej godziny."],
    ["vi", "Cuộc điện đàm kéo dài gần một tiếng rưỡi."],
    ["uk", "Розмова тривала майже півтори години."],
    ["ru", "Разговор длился почти полтора часа."],
  ])("almost an hour and a half, %s: %s → 63–90", (language, text) => {
    expect(minutes(read(language, text))).toEqual([[63, 90]]);
  });

  it("reads “about an hour” with a bare genitive hour, and a hedge that ends in the number word", () => {
    expect(minutes(read("ru", "Разговор продолжался около часа."))).toEqual([[45, 75]]);
    expect(minutes(read("uk", "Розмова тривала близько години."))).toEqual([[45, 75]]);
    expect(minutes(read("pl", "Rozmowa trwała około godziny."))).toEqual([[45, 75]]);
    expect(minutes(read("fr", "L'entretien a duré plus d'une heure."))).toEqual([[60, 81]]);
    expect(minutes(read("fr", "L'entretien a duré près d'une heure."))).toEqual([[45, 75]]);
  });

  it("still reads two hours as two, once, and hours without a number as no single hour", () => {
    expect(minutes(read("ru", "Разговор длился два часа."))).toEqual([[108, 132]]);
    expect(minutes(read("ru", "Разговор длился 2 часа."))).toEqual([[108, 132]]);
    expect(minutes(read("uk", "Розмова тривала дві години."))).toEqual([[108, 132]]);
    expect(minutes(read("pl", "Rozmowa trwała dwie godziny."))).toEqual([[108, 132]]);
    expect(minutes(read("ru", "Они говорили часами."))).not.toContainEqual([54, 66]);
    expect(minutes(read("ru", "Через час начались переговоры."))).toEqual([]);
    expect(minutes(read("uk", "Через годину почалися переговори."))).toEqual([]);
  });

  it("sets a bare Slavic hour against 45 minutes, and not against an hour", () => {
    expect(conflicts(read("ru", "Разговор длился час.").quantities[0]!, read("en", "The call lasted 45 minutes.").quantities[0]!)).toBe(true);
    expect(conflicts(read("pl", "Rozmowa trwała godzinę.").quantities[0]!, read("en", "The call lasted 45 minutes.").quantities[0]!)).toBe(true);
    expect(conflicts(read("uk", "Розмова тривала годину.").quantities[0]!, read("de", "Das Gespräch dauerte eine Stunde.").quantities[0]!)).toBe(false);
  });
});

describe("a hedge after the amount, and an hour and a quarter", () => {
  it.each([
    ["en", "The call lasted an hour and more."],
    ["it", "La telefonata è durata un'ora abbondante."],
    ["ru", "Разговор длился час с небольшим."],
    ["ru", "Разговор длился час с лишним."],
    ["uk", "Розмова тривала годину з лишком."],
    ["vi", "Cuộc điện đàm kéo dài một tiếng hơn."],
  ])("just over an hour, hedged after it, %s: %s → 60–81", (language, text) => {
    expect(minutes(read(language, text))).toEqual([[60, 81]]);
  });

  it("reads “an hour or so” as about an hour, “niecałą godzinę” as under an hour", () => {
    expect(minutes(read("en", "The call lasted an hour or so."))).toEqual([[45, 75]]);
    expect(minutes(read("pl", "Rozmowa trwała niecałą godzinę."))).toEqual([[42, 60]]);
  });

  it("does not read a hedge across a comma or in a later clause", () => {
    expect(minutes(read("en", "The call lasted an hour, more than expected."))).toEqual([[54, 66]]);
    expect(minutes(read("ru", "Разговор длился час, с небольшим опозданием."))).toEqual([[54, 66]]);
  });

  it.each([
    ["en", "The call lasted an hour and a quarter."],
    ["fr", "L'entretien a duré une heure et quart."],
    ["es", "La llamada duró una hora y cuarto."],
    ["it", "La telefonata è durata un'ora e un quarto."],
    ["ro", "Convorbirea a durat o oră și un sfert."],
    ["de", "Das Gespräch dauerte eineinviertel Stunden."],
    ["ru", "Разговор длился час с четвертью."],
    ["uk", "Розмова тривала годину з чвертю."],
    ["pl", "Rozmowa trwała godzinę i kwadrans."],
    ["vi", "Cuộc điện đàm kéo dài một tiếng mười lăm phút."],
  ])("an hour and a quarter, %s: %s → 68–83", (language, text) => {
    expect(minutes(read(language, text))).toEqual([[68, 83]]);
  });
});

describe("an exchange of N for N is one count of the exchange", () => {
  it.each([
    ["en", "They agreed on an exchange of 200 for 200 prisoners."],
    ["ru", "Стороны договорились об обмене пленными 200 на 200."],
    ["uk", "Сторони домовилися про обмін полоненими 200 на 200."],
    ["fr", "Un échange de prisonniers 200 contre 200 a eu lieu."],
    ["de", "Ein Gefangenenaustausch 200 gegen 200 fand statt."],
    ["es", "Un intercambio de prisioneros 200 por 200."],
    ["it", "Uno scambio di prigionieri 200 per 200."],
    ["ro", "Un schimb de prizonieri 200 pentru 200."],
    ["pl", "Wymiana jeńców 200 za 200."],
    ["vi", "Trao đổi tù binh 200 đổi 200."],
  ])("%s: %s", (language, text) => {
    expect(counts(read(language, text))).toEqual(["200-200:exchange"]);
  });

  it("is no count of the word after the figures, and two exchanges of different sizes conflict across languages", () => {
    expect(counts(read("fr", "Un échange de prisonniers 200 contre 200."))).not.toContain("200-200:contr");
    const ru = read("ru", "Обмен пленными 300 на 300.").quantities[0]!;
    const en = read("en", "An exchange of 200 for 200 prisoners.").quantities[0]!;
    const de = read("de", "Ein Austausch 200 gegen 200.").quantities[0]!;
    expect(conflicts(ru, en)).toBe(true);
    expect(conflicts(de, en)).toBe(false);
  });

  it("reads no exchange in a figure followed by a word, nor a count pair of two different figures", () => {
    expect(counts(read("en", "They voted 200 for the bill."))).toEqual([]);
    expect(counts(read("en", "They traded 200 for 300 tons of grain."))).toEqual([]);
    expect(counts(read("ru", "За это проголосовали 200 депутатов."))).toHaveLength(1);
    expect(counts(read("ru", "За это проголосовали 200 депутатов."))).not.toContain("200-200:exchange");
  });
});

describe("no amount is read across a comma or a list boundary", () => {
  it("a year and a count are two figures, not one", () => {
    for (const [language, text] of [
      ["en", "In 2022,300 soldiers were killed."],
      ["en", "In 2022, 300 soldiers were killed."],
      ["fr", "En 2022, 300 soldats sont morts."],
      ["de", "Im Jahr 2022, 300 Soldaten."],
      ["ru", "В 2022 300 солдат погибли."],
    ] as const) {
      const r = read(language, text);
      expect(r.quantities.map((q) => q.lo)).not.toContain(2_022_300);
      expect(r.quantities.filter((q) => q.kind === "count").map((q) => q.lo)).toEqual([300]);
    }
  });

  it("a month and a number after a comma make no day", () => {
    expect(
      read("en", "In March, 12 people died.")
        .quantities.filter((q) => q.kind === "date")
        .map((q) => q.lo),
    ).toEqual([300]);
    expect(read("en", "In March, 12, 15 and 20 people were hurt.").quantities.filter((q) => q.unit === "day")).toEqual([]);
    expect(
      read("en", "On March 12, 2022 they met.")
        .quantities.filter((q) => q.kind === "date")
        .map((q) => q.lo),
    ).toEqual([312]);
    expect(
      read("en", "They met on December 30, 2021.")
        .quantities.filter((q) => q.kind === "date")
        .map((q) => q.lo),
    ).toEqual([1230]);
  });

  it("a unit after a comma is no unit of the figure before it; thousands are still read", () => {
    expect(minutes(read("en", "It was day 5, hours of talks followed."))).toEqual([]);
    expect(counts(read("en", "They sent 1,000 soldiers and 10 000 civilians fled."))).toEqual(expect.arrayContaining([expect.stringMatching(/^1000-1000:/)]));
    expect(
      read("de", "Die Gespräche am 5. März endeten.")
        .quantities.filter((q) => q.kind === "date")
        .map((q) => q.lo),
    ).toEqual([305]);
  });
});

describe("as soon as possible is urgency in every language", () => {
  it.each([
    ["en", "A ceasefire is needed as soon as possible."],
    ["fr", "Il faut un cessez-le-feu le plus vite possible."],
    ["fr", "Il faut un cessez-le-feu dès que possible."],
    ["de", "Eine Waffenruhe muss so schnell wie möglich kommen."],
    ["de", "Eine Waffenruhe muss möglichst schnell kommen."],
    ["es", "Se necesita un alto el fuego lo antes posible."],
    ["es", "Se necesita un alto el fuego lo más pronto posible."],
    ["it", "Serve un cessate il fuoco il prima possibile."],
    ["it", "Serve un cessate il fuoco il più presto possibile."],
    ["ro", "Este nevoie de un armistițiu cât mai curând."],
    ["pl", "Potrzebne jest zawieszenie broni jak najszybciej."],
    ["ru", "Нужно прекращение огня как можно скорее."],
    ["ru", "Нужно прекращение огня в кратчайшие сроки."],
    ["uk", "Потрібне припинення вогню якнайшвидше."],
    ["uk", "Потрібне припинення вогню якомога швидше."],
    ["vi", "Cần ngừng bắn càng sớm càng tốt."],
    ["vi", "Cần ngừng bắn càng nhanh càng tốt."],
  ])("%s: %s", (language, text) => {
    expect(read(language, text).concepts).toContain("urgency");
  });

  it.each([
    ["fr", "Il a parlé plus vite que prévu."],
    ["de", "Er kam so schnell er konnte."],
    ["ru", "Он говорил как можно тише."],
    ["uk", "Він говорив якомога тихіше."],
    ["es", "Habló más despacio de lo posible."],
  ])("no urgency in %s: %s", (language, text) => {
    expect(read(language, text).concepts).not.toContain("urgency");
  });
});

/** A White House and a Kremlin account of one call: wh:c2 and kr:c2 are the claims compared. */
function call(us: string, ru: string): Claim[] {
  return [
    makeClaim({ id: "wh:c1", article: "wh", language: "en", speaker: "White House", side: "US", assertion: "Trump and Putin talked by phone today." }),
    makeClaim({ id: "wh:c2", article: "wh", language: "en", speaker: "White House", side: "US", assertion: us }),
    makeClaim({ id: "kr:c1", article: "kr", language: "en", speaker: "Kremlin", side: "RU", assertion: "Putin and Trump held a telephone conversation." }),
    makeClaim({ id: "kr:c2", article: "kr", language: "en", speaker: "Kremlin", side: "RU", assertion: ru }),
  ];
}

describe("one factual flag per pair of claims, naming the values that differ", () => {
  it("two claims that differ on a duration and on a count: one flag naming both", () => {
    const f = flags(
      compareClaims(
        call("The call lasted an hour and they agreed to free 200 prisoners.", "The call lasted 45 minutes and they agreed to free 300 prisoners."),
      ),
      "factual",
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.explanation).toContain("“an hour”");
    expect(f[0]!.explanation).toContain("“45 minutes”");
    expect(f[0]!.explanation).toContain("“200 prisoners”");
    expect(f[0]!.explanation).toContain("“300 prisoners”");
  });

  it("two claims that agree on the duration and differ on a count: the flag names the count only", () => {
    const f = flags(
      compareClaims(call("The call lasted an hour and they agreed to free 200 prisoners.", "The call lasted an hour and they agreed to free 300 prisoners.")),
      "factual",
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.explanation).toContain("“200 prisoners”");
    expect(f[0]!.explanation).toContain("“300 prisoners”");
    expect(f[0]!.explanation).not.toContain("“an hour”");
  });

  it("two claims that agree on every value: no flag", () => {
    const f = flags(
      compareClaims(call("The call lasted an hour and they agreed to free 200 prisoners.", "The call lasted an hour and they agreed to free 200 prisoners.")),
      "factual",
    );
    expect(f).toEqual([]);
  });
});
