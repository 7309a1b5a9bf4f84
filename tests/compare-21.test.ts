import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { extractClaims } from "../src/index.js";
import type { Claim } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

const DATE = "2026-11-19";

/**
 * A fictional summit written for these tests: the White House readout says the two presidents
 * agreed to exchange a number of prisoners; an outlet in another language reports the same count
 * (or, in the near-miss, another one). The Kremlin's line on the tone makes the event two-sided.
 */
const OUTLET: Record<string, { same: string; other: string }> = {
  de: {
    same: "Trump sagte, beide Seiten würden je acht Gefangene austauschen.",
    other: "Trump sagte, beide Seiten würden je drei Gefangene austauschen.",
  },
  fr: {
    same: "Trump et Poutine sont convenus d'échanger huit prisonniers chacun.",
    other: "Trump et Poutine sont convenus d'échanger trois prisonniers chacun.",
  },
  es: {
    same: "Trump y Putin acordaron intercambiar ocho prisioneros cada uno.",
    other: "Trump y Putin acordaron intercambiar tres prisioneros cada uno.",
  },
};

function summit(language: string, which: "same" | "other"): Claim[] {
  const at = (n: number, text: string) => [1000 * n, 1000 * n + text.length] as [number, number];
  const wh = "President Trump and President Putin agreed to exchange eight prisoners held by each side.";
  const kr = "The talks were frank and substantive.";
  const outlet = OUTLET[language]![which];
  return [
    { ...makeClaim({ id: "wh:c1", article: "wh", language: "en", speaker: "White House", side: "US", assertion: wh, date: DATE }), span: at(1, wh) },
    { ...makeClaim({ id: "kr:c1", article: "kr", language: "en", speaker: "Kremlin", side: "RU", assertion: kr, date: DATE }), span: at(1, kr) },
    { ...makeClaim({ id: "n1:c1", article: "n1", language, speaker: "White House", side: "US", assertion: outlet, date: DATE }), span: at(1, outlet) },
  ];
}

const pairKeys = (claims: Claim[]) =>
  compareClaims(claims)
    .events.flatMap((e) => e.alignments)
    .filter((a) => a.claims.includes("wh:c1") && a.claims.includes("n1:c1"))
    .flatMap((a) => a.keys);

describe("a count of one thing reads alike across languages", () => {
  it.each(Object.keys(OUTLET))("%s: the same number of prisoners aligns the outlet with the readout", (language) => {
    expect(pairKeys(summit(language, "same"))).toContain("quantity:count:c:prisoners:8");
  });

  it.each(Object.keys(OUTLET))("%s: another number of prisoners is no shared count", (language) => {
    expect(pairKeys(summit(language, "other"))).not.toContain("quantity:count:c:prisoners:8");
    expect(pairKeys(summit(language, "other")).some((k) => k.startsWith("quantity:count"))).toBe(false);
  });
});

/**
 * A fictional summit written for these tests: two readouts and three outlets (one undated). Both
 * readouts say experts will meet in Geneva in December; the outlets report the Kremlin's line. The
 * White House corroborates the Kremlin once, at the Kremlin's own statement (its readout), not at
 * an outlet's report of it — even when an outlet's wording is closer to the White House's.
 */
const SUMMIT = [
  {
    id: "a-wh",
    language: "en",
    publishedAt: "2026-11-19",
    issuer: "White House",
    text: "Readout of President Donald J. Trump's Meeting with President Vladimir Putin of Russia\n\nPresident Donald J. Trump met today with President Vladimir Putin of Russia in Budapest. The meeting lasted three hours and was productive.\n\nPresident Trump and President Putin agreed to exchange eight prisoners held by each side before the end of the year.\n\nThe two leaders agreed to launch talks of experts on strategic arms control in Geneva in December.\n\nPresident Trump made clear that the killing must stop and called for a ceasefire in Ukraine before Christmas.\n\nThe leaders agreed to meet again in the spring.\n",
  },
  {
    id: "b-kremlin",
    language: "ru",
    publishedAt: "2026-11-19",
    issuer: "Kremlin",
    text: "Российско-американские переговоры в Будапеште\n\nВ Будапеште состоялись переговоры Президента России Владимира Путина с Президентом Соединённых Штатов Америки Дональдом Трампом. Беседа носила откровенный и содержательный характер.\n\nДостигнута договорённость об обмене восемью заключёнными с каждой стороны до конца года.\n\nПрезиденты договорились начать в декабре в Женеве консультации экспертов по стратегической стабильности.\n\nВладимир Путин подчеркнул, что прочное урегулирование возможно лишь при устранении первопричин конфликта.\n\nУсловлено продолжить контакты на высшем уровне.\n",
  },
  {
    id: "c-de",
    language: "de",
    publishedAt: "2026-11-20",
    issuer: null,
    text: "Gipfel in Budapest: Trump und Putin vereinbaren Gefangenenaustausch\n\nBudapest (dpa) - Nach ihrem Treffen in Budapest haben US-Präsident Donald Trump und Kremlchef Wladimir Putin am Donnerstag vor die Presse getreten.\n\nDer US-Präsident sagte auf der gemeinsamen Pressekonferenz, beide Seiten würden je acht Gefangene austauschen. „Das ist ein guter Tag“, sagte Trump.\n\nDer Kremlchef erklärte, Experten beider Länder würden im Dezember in Genf über Rüstungskontrolle beraten.\n\nEine Waffenruhe in der Ukraine vereinbarten die beiden nicht. Putin sagte, zuerst müssten die Ursachen des Konflikts beseitigt werden.\n",
  },
  {
    id: "d-it",
    language: "it",
    publishedAt: null,
    issuer: null,
    text: "Trump e Putin a Budapest, intesa sullo scambio di prigionieri\n\nIl capo del Cremlino e l'inquilino della Casa Bianca si sono incontrati a Budapest per tre ore.\n\nSecondo la Casa Bianca, i due presidenti hanno concordato lo scambio di otto prigionieri per parte entro la fine dell'anno.\n\nIl leader russo ha detto che esperti dei due Paesi si incontreranno a Ginevra a dicembre per discutere di controllo degli armamenti.\n\nIl presidente americano ha chiesto un cessate il fuoco in Ucraina prima di Natale, ma il capo del Cremlino ha insistito sulle cause profonde del conflitto.\n",
  },
  {
    id: "e-uk",
    language: "uk",
    publishedAt: "2026-11-20",
    issuer: null,
    text: "Трамп і Путін домовилися про обмін полоненими\n\nОчільник Кремля та господар Білого дому в четвер провели переговори в Будапешті.\n\nЗа словами Білого дому, сторони обміняються вісьмома полоненими до кінця року.\n\nРосійський лідер заявив, що експерти двох країн зустрінуться в Женеві в грудні, щоб обговорити контроль над озброєннями.\n\nАмериканський президент закликав до припинення вогню в Україні до Різдва.\n",
  },
];

const geneva = (articles: typeof SUMMIT) =>
  compareClaims(articles.map((a) => extractClaims(a)))
    .events.flatMap((e) => e.alignments)
    .filter((a) => a.relation === "corroboration" && a.claims.includes("a-wh:c5"))
    .map((a) => [...a.claims].sort().join("~"));

describe("the other side corroborates a report once, at its source's own statement", () => {
  it("the White House readout corroborates the Kremlin readout, not the German outlet's report of it", () => {
    expect(geneva(SUMMIT)).toEqual(["a-wh:c5~b-kremlin:c5"]);
  });

  it("near-miss: without the Kremlin readout, the White House corroborates one outlet's report, once", () => {
    const got = geneva(SUMMIT.filter((a) => a.id !== "b-kremlin"));
    expect(got).toHaveLength(1);
    expect(got[0]).not.toContain("b-kremlin");
  });
});
