import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { Claim } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

const DATE = "2026-11-30";

/**
 * A fictional roundup written for these tests: Friedrich Merz calls Emmanuel Macron, then Keir
 * Starmer, then Xi Jinping; one sentence names no counterpart. Next to it, each counterpart's own
 * readout of its call. Sentences in order: the roundup ×4 (Macron, no counterpart, Starmer, Xi),
 * the Élysée, Downing Street, Beijing.
 */
const ROUNDUP: Record<string, string[]> = {
  en: [
    "On Monday Friedrich Merz spoke by phone with Emmanuel Macron about the gas storage.",
    "Merz said Europe had to stand together this winter.",
    "Merz then spoke with Keir Starmer about a fishing agreement.",
    "Later Merz spoke with Xi Jinping about exports of rare earths.",
    "Emmanuel Macron and Friedrich Merz discussed the gas storage by phone.",
    "Keir Starmer and Friedrich Merz discussed a fishing agreement by phone.",
    "Xi Jinping and Friedrich Merz discussed exports of rare earths by phone.",
  ],
  de: [
    "Am Montag telefonierte Friedrich Merz mit Emmanuel Macron über die Gasspeicher.",
    "Merz sagte, Europa müsse in diesem Winter zusammenstehen.",
    "Danach sprach Merz mit Keir Starmer über ein Fischereiabkommen.",
    "Später sprach Merz mit Xi Jinping über Exporte seltener Erden.",
    "Emmanuel Macron und Friedrich Merz sprachen am Telefon über die Gasspeicher.",
    "Keir Starmer und Friedrich Merz sprachen am Telefon über ein Fischereiabkommen.",
    "Xi Jinping und Friedrich Merz sprachen am Telefon über Exporte seltener Erden.",
  ],
  fr: [
    "Lundi, Friedrich Merz s'est entretenu au téléphone avec Emmanuel Macron du stockage de gaz.",
    "Merz a déclaré que l'Europe devait rester unie cet hiver.",
    "Merz s'est ensuite entretenu avec Keir Starmer d'un accord de pêche.",
    "Plus tard, Merz s'est entretenu avec Xi Jinping des exportations de terres rares.",
    "Emmanuel Macron et Friedrich Merz ont évoqué au téléphone le stockage de gaz.",
    "Keir Starmer et Friedrich Merz ont évoqué au téléphone un accord de pêche.",
    "Xi Jinping et Friedrich Merz ont évoqué au téléphone les exportations de terres rares.",
  ],
  ru: [
    "В понедельник Фридрих Мерц провел телефонный разговор с Эмманюэлем Макроном о хранилищах газа.",
    "Мерц заявил, что этой зимой Европа должна быть единой.",
    "Затем Мерц поговорил с Киром Стармером о соглашении по рыболовству.",
    "Позднее Мерц поговорил с Си Цзиньпином об экспорте редкоземельных металлов.",
    "Эмманюэль Макрон и Фридрих Мерц обсудили по телефону хранилища газа.",
    "Кир Стармер и Фридрих Мерц обсудили по телефону соглашение по рыболовству.",
    "Си Цзиньпин и Фридрих Мерц обсудили по телефону экспорт редкоземельных металлов.",
  ],
  es: [
    "El lunes, Friedrich Merz habló por teléfono con Emmanuel Macron sobre el almacenamiento de gas.",
    "Merz dijo que Europa debía mantenerse unida este invierno.",
    "Después, Merz habló con Keir Starmer sobre un acuerdo de pesca.",
    "Más tarde, Merz habló con Xi Jinping sobre las exportaciones de tierras raras.",
    "Emmanuel Macron y Friedrich Merz hablaron por teléfono sobre el almacenamiento de gas.",
    "Keir Starmer y Friedrich Merz hablaron por teléfono sobre un acuerdo de pesca.",
    "Xi Jinping y Friedrich Merz hablaron por teléfono sobre las exportaciones de tierras raras.",
  ],
};

/** A claim at the n-th place of its article's text (claims are ordered by where they stand). */
const claim =
  (language: string) =>
  (id: string, article: string, speaker: string, side: string, assertion: string): Claim => {
    const at = 1000 * Number(id.split(":c")[1]);
    return { ...makeClaim({ id, article, language, speaker, side, assertion, date: DATE }), span: [at, at + assertion.length] };
  };

function roundup(language: string): Claim[] {
  const s = ROUNDUP[language]!;
  const c = claim(language);
  return [
    c("n1:c1", "n1", "Bundesregierung", "DE", s[0]!),
    c("n1:c2", "n1", "Bundesregierung", "DE", s[1]!),
    c("n1:c3", "n1", "Bundesregierung", "DE", s[2]!),
    c("n1:c4", "n1", "Bundesregierung", "DE", s[3]!),
    c("fr:c1", "fr", "Élysée", "FR", s[4]!),
    c("gb:c1", "gb", "Downing Street", "GB", s[5]!),
    c("cn:c1", "cn", "Chinese foreign ministry", "CN", s[6]!),
  ];
}

/** The event each claim id falls in (its id), from a comparison. */
function eventOf(claims: Claim[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of compareClaims(claims).events) for (const id of e.claims) out.set(id, e.id);
  return out;
}

describe("an article reporting several calls assigns its claims one by one", () => {
  it.each(Object.keys(ROUNDUP))("%s: each call's claim is in the event of its own readout", (language) => {
    const at = eventOf(roundup(language));
    expect(at.get("n1:c1")).toBe(at.get("fr:c1"));
    expect(at.get("n1:c3")).toBe(at.get("gb:c1"));
    expect(at.get("n1:c4")).toBe(at.get("cn:c1"));
    // Three calls, three events.
    expect(new Set([at.get("fr:c1"), at.get("gb:c1"), at.get("cn:c1")]).size).toBe(3);
  });

  it.each(Object.keys(ROUNDUP))("%s: a claim naming no counterpart stays with the article's main call", (language) => {
    const at = eventOf(roundup(language));
    expect(at.get("n1:c2")).toBe(at.get("n1:c1"));
  });

  it.each(Object.keys(ROUNDUP))("%s: each call's participants are its two leaders", (language) => {
    const events = compareClaims(roundup(language)).events;
    const of = (id: string) =>
      events
        .find((e) => e.claims.includes(id))!
        .participants.slice()
        .sort();
    expect(of("fr:c1")).toEqual(["Emmanuel Macron", "Friedrich Merz"]);
    expect(of("gb:c1")).toEqual(["Friedrich Merz", "Keir Starmer"]);
  });

  it.each(Object.keys(ROUNDUP))("%s: a call reported by phone with no readout beside it is an event of its own", (language) => {
    const at = eventOf(roundup(language).filter((c) => c.articleId !== "fr"));
    expect(at.get("n1:c3")).toBe(at.get("gb:c1"));
    expect(at.get("n1:c4")).toBe(at.get("cn:c1"));
    expect(at.get("n1:c1")).not.toBe(at.get("gb:c1"));
    expect(at.get("n1:c1")).not.toBe(at.get("cn:c1"));
  });

  it.each(Object.keys(ROUNDUP))("%s: no claim aligns with another call's readout", (language) => {
    const pairs = compareClaims(roundup(language)).events.flatMap((e) => e.alignments.map((a) => [...a.claims].sort().join("~")));
    for (const wrong of ["fr:c1~n1:c3", "fr:c1~n1:c4", "gb:c1~n1:c1", "gb:c1~n1:c4", "cn:c1~n1:c1", "cn:c1~n1:c3"]) expect(pairs).not.toContain(wrong);
  });
});

/**
 * A one-event article naming many people (a Macron–Merz meeting whose claims mention Starmer,
 * Xi and Trump in passing), next to the Élysée's readout of the meeting and an article about
 * Starmer alone: the article is not split.
 */
const ONE_EVENT: Record<string, string[]> = {
  en: [
    "Friedrich Merz met Emmanuel Macron in Paris on Monday.",
    "Merz said Keir Starmer shared his view on the gas storage.",
    "Macron said Xi Jinping had to stop exports of drones to Russia.",
    "Merz criticised Donald Trump's tariffs on steel.",
    "Emmanuel Macron received Friedrich Merz in Paris.",
  ],
  de: [
    "Friedrich Merz traf Emmanuel Macron am Montag in Paris.",
    "Merz sagte, Keir Starmer teile seine Sicht auf die Gasspeicher.",
    "Macron sagte, Xi Jinping müsse die Exporte von Drohnen nach Russland stoppen.",
    "Merz kritisierte die Stahlzölle von Donald Trump.",
    "Emmanuel Macron empfing Friedrich Merz in Paris.",
  ],
  fr: [
    "Friedrich Merz a rencontré Emmanuel Macron lundi à Paris.",
    "Merz a déclaré que Keir Starmer partageait son avis sur le stockage de gaz.",
    "Macron a déclaré que Xi Jinping devait cesser les exportations de drones vers la Russie.",
    "Merz a critiqué les droits de douane de Donald Trump sur l'acier.",
    "Emmanuel Macron a reçu Friedrich Merz à Paris.",
  ],
  ru: [
    "В понедельник Фридрих Мерц встретился с Эмманюэлем Макроном в Париже.",
    "Мерц заявил, что Кир Стармер разделяет его взгляд на хранилища газа.",
    "Макрон заявил, что Си Цзиньпин должен прекратить экспорт дронов в Россию.",
    "Мерц раскритиковал пошлины Дональда Трампа на сталь.",
    "Эмманюэль Макрон принял Фридриха Мерца в Париже.",
  ],
  es: [
    "El lunes, Friedrich Merz se reunió con Emmanuel Macron en París.",
    "Merz dijo que Keir Starmer compartía su opinión sobre el almacenamiento de gas.",
    "Macron dijo que Xi Jinping debía detener las exportaciones de drones a Rusia.",
    "Merz criticó los aranceles de Donald Trump al acero.",
    "Emmanuel Macron recibió a Friedrich Merz en París.",
  ],
};

describe("an article about one event naming many people is not split", () => {
  it.each(Object.keys(ONE_EVENT))("%s: all its claims stay in one event", (language) => {
    const s = ONE_EVENT[language]!;
    const c = claim(language);
    const claims = [
      c("n1:c1", "n1", "Bundesregierung", "DE", s[0]!),
      c("n1:c2", "n1", "Friedrich Merz", "DE", s[1]!),
      c("n1:c3", "n1", "Emmanuel Macron", "FR", s[2]!),
      c("n1:c4", "n1", "Friedrich Merz", "DE", s[3]!),
      c("fr:c1", "fr", "Élysée", "FR", s[4]!),
    ];
    const at = eventOf(claims);
    const n1 = new Set(["n1:c1", "n1:c2", "n1:c3", "n1:c4"].map((id) => at.get(id)).filter(Boolean));
    expect(n1.size).toBe(1);
    expect(at.get("fr:c1")).toBe(at.get("n1:c1"));
    // Beside a readout of another call with one of the people it names, it still is one event.
    const withCall = eventOf([...claims, c("gb:c1", "gb", "Downing Street", "GB", ROUNDUP[language]![5]!)]);
    const n1b = new Set(["n1:c1", "n1:c2", "n1:c3", "n1:c4"].map((id) => withCall.get(id)).filter(Boolean));
    expect(n1b.size).toBe(1);
  });
});
