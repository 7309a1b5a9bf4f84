import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { extractClaims, type ArticleInput } from "../src/index.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Team-written sentences (invented statements).

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: "2026-06-24" });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const keysOf = (r: ClaimRep, kind: string) => r.keys.filter((k) => k.kind === kind).map((k) => k.key);
const amounts = (r: ClaimRep) => r.quantities.map((q) => `${q.kind}:${q.unit}`);

describe("a capitalised word joined to digits by a hyphen is a designator, not a count", () => {
  it.each([
    ["en", "The COVID-19 pandemic is over, the minister said."],
    ["de", "Die COVID-19-Pandemie sei vorbei."],
    ["ru", "Пандемия COVID-19 закончилась."],
    ["fr", "La pandémie de Covid-19 est terminée."],
    ["pl", "Pandemia COVID-19 się skończyła."],
  ])("%s: %s", (language, text) => {
    const r = read(language, text);
    expect(keysOf(r, "designator")).toEqual(["d:covid19"]);
    expect(r.quantities.filter((q) => q.kind === "count")).toEqual([]);
  });

  it.each([
    ["en", "The Artemis-2 mission will fly next year.", "d:artemis2"],
    ["ru", "Ракета «Ангара-5» стартует в мае.", "d:angara5"],
  ])("%s: %s", (language, text, key) => {
    expect(keysOf(read(language, text), "designator")).toContain(key);
  });

  it.each([
    // No hyphen, a lower-case word, a range of figures: counts stay counts.
    ["en", "Nearly 300 people were evacuated from the town."],
    ["en", "The pandemic killed 19 people in the region."],
    ["de", "Die Zahl stieg von 12-19 Fällen."],
  ])("no designator: %s", (language, text) => {
    expect(keysOf(read(language, text), "designator")).toEqual([]);
  });
});

describe("a number and a day adjective is a duration of days", () => {
  it.each([
    ["en", "He announced a 30-day ceasefire."],
    ["ru", "Он объявил 30-дневное перемирие."],
    ["uk", "Він оголосив 30-денне перемир’я."],
    ["de", "Er kündigte eine 30-tägige Waffenruhe an."],
    ["pl", "Ogłosił 30-dniowy rozejm."],
    ["it", "Ha annunciato una tregua di 30 giorni."],
    ["fr", "Il a annoncé une trêve de 30 jours."],
    ["es", "Anunció una tregua de 30 días."],
  ])("%s: %s", (language, text) => {
    const r = read(language, text);
    expect(r.quantities.map((q) => [q.kind, q.unit, Math.round((q.lo + q.hi) / 2)])).toEqual([["duration", "days", 43200]]);
  });

  it.each([
    ["ru", "Он объявил 30-недельное перемирие."],
    ["de", "Er kündigte eine 4-wöchige Waffenruhe an."],
    ["pl", "Ogłosił 6-miesięczny rozejm."],
    ["uk", "Він оголосив 6-місячне перемир’я."],
  ])("weeks and months too: %s", (language, text) => {
    expect(amounts(read(language, text))).toEqual(["duration:days"]);
  });

  it.each([
    // A plain count of people is no duration.
    ["ru", "Были задержаны 30 человек."],
    ["de", "Es wurden 30 Menschen festgenommen."],
  ])("no duration: %s", (language, text) => {
    expect(amounts(read(language, text))).toEqual([`count:${read(language, text).quantities[0]!.unit}`]);
    expect(read(language, text).quantities.some((q) => q.kind === "duration")).toBe(false);
  });
});

describe("Gaza in oblique cases", () => {
  it.each([
    ["ru", "Ситуация в Газе остаётся тяжёлой."],
    ["ru", "Удары по Газе продолжились."],
    ["ru", "Переговоры о перемирии над Газой зашли в тупик."],
    ["uk", "Ситуація у Газі залишається важкою."],
    ["uk", "Переговори щодо перемир’я над Газою зайшли в глухий кут."],
    ["pl", "Sytuacja w Strefie Gazy pozostaje trudna."],
    ["pl", "Sytuacja w Gazie pozostaje trudna."],
    ["en", "The situation in Gaza remains dire."],
  ])("%s: %s", (language, text) => {
    expect(read(language, text).concepts).toContain("gaza");
  });

  it.each([
    // Gas is no Gaza.
    ["ru", "Цены на газ выросли."],
    ["ru", "Поставки газа сократились."],
    ["uk", "Ціни на газ зросли."],
    ["pl", "Ceny gazu wzrosły."],
  ])("no Gaza: %s", (language, text) => {
    expect(read(language, text).concepts).not.toContain("gaza");
  });
});

describe("The Hague is a venue in every language", () => {
  it.each([
    ["en", "The talks in The Hague ended without a deal."],
    ["de", "Die Gespräche in Den Haag endeten ohne Einigung."],
    ["fr", "Les pourparlers de La Haye se sont achevés sans accord."],
    ["es", "Las conversaciones en La Haya terminaron sin acuerdo."],
    ["it", "I colloqui all'Aia si sono conclusi senza accordo."],
    ["ro", "Discuțiile de la Haga s-au încheiat fără acord."],
    ["pl", "Rozmowy w Hadze zakończyły się bez porozumienia."],
    ["ru", "Переговоры в Гааге завершились без соглашения."],
    ["uk", "Переговори в Гаазі завершилися без угоди."],
  ])("%s: %s", (language, text) => {
    expect(read(language, text).concepts).toContain("the-hague");
  });

  it.each([
    // "haya" is also a form of "haber".
    ["es", "Espera que la haya firmado antes del viernes."],
  ])("no venue: %s", (language, text) => {
    expect(read(language, text).concepts).not.toContain("the-hague");
  });
});

describe("a bloc's summit is kept as the claim's bloc gathering", () => {
  it.each([
    ["en", "The NATO summit agreed to raise defence spending."],
    ["de", "Der Nato-Gipfel beschloss höhere Verteidigungsausgaben."],
    ["ru", "Саммит НАТО согласовал рост военных расходов."],
  ])("%s: %s", (language, text) => {
    const r = read(language, text);
    expect(r.blocGatherings).toEqual(["summit"]);
    expect(r.eventKinds).not.toContain("summit");
  });

  it("a summit of no bloc is the claim's own encounter", () => {
    const r = read("en", "The summit in Geneva agreed to resume talks.");
    expect(r.blocGatherings).toEqual([]);
    expect(r.eventKinds).toContain("summit");
  });
});

const PLENARY: ArticleInput[] = [
  {
    id: "p-en",
    language: "en",
    publishedAt: "2026-07-08",
    title: "NATO summit in Vilnius backs new air defence plan",
    text: "NATO leaders meeting in Vilnius on Tuesday backed a new plan for air defence on the eastern flank. The NATO summit showed that the alliance is united, Secretary General Mark Rutte said. Polish President Karol Nawrocki said the NATO summit had delivered what Warsaw had asked for.",
  },
  {
    id: "p-ru",
    language: "ru",
    publishedAt: "2026-07-08",
    title: "Саммит НАТО в Вильнюсе одобрил новый план ПВО",
    text: "Лидеры стран НАТО во вторник одобрили в Вильнюсе новый план противовоздушной обороны восточного фланга. Генеральный секретарь НАТО Марк Рютте заявил, что саммит НАТО показал единство альянса. Президент Польши Кароль Навроцкий сказал, что саммит НАТО дал Варшаве то, чего она просила.",
  },
];

describe("an event that is a bloc's summit is a summit", () => {
  it("the plenary's reports make an event of kind summit", () => {
    const cmp = compareClaims(PLENARY.map((a) => extractClaims(a)));
    const ev = cmp.events.filter((e) => e.articles.includes("p-en"));
    expect(ev.map((e) => e.type)).toContain("summit");
  });
});
