import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { ComparisonInputArticle } from "../src/compare/input.js";
import type { Claim } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Team-written articles (invented calls and statements; no corpus text).

const DATE = "2026-11-30";

/**
 * An article given with its text: each claim's assertion is found in the text, so the comparison
 * reads its sentence and its paragraph (as it does for extracted articles).
 */
function article(id: string, language: string, side: string, text: string, claims: Array<[speaker: string, assertion: string]>): ComparisonInputArticle {
  let from = 0;
  const list: Claim[] = claims.map(([speaker, assertion], i) => {
    const at = text.indexOf(assertion, from);
    if (at < 0) throw new Error(`${id}: "${assertion}" is not in the text`);
    from = at + assertion.length;
    const c = makeClaim({ id: `${id}:c${i + 1}`, article: id, language, speaker, side, assertion, date: DATE });
    return { ...c, assertionSpan: [at, at + assertion.length], span: [at, at + assertion.length] };
  });
  return {
    id,
    language,
    languageDetected: false,
    title: null,
    outlet: null,
    url: null,
    publishedAt: DATE,
    publishedAtSource: "metadata",
    issuer: null,
    claims: list,
    text,
  } as ComparisonInputArticle;
}

/**
 * A roundup of Friedrich Merz's calls of one day: Macron, then Starmer, then Xi, one paragraph
 * each. Each paragraph opens with the call (a claim naming the counterpart) and goes on with a
 * claim that names the counterpart only in the sentence before it; the last paragraph names no
 * counterpart. Next to it, each counterpart's readout of its own call. Claims in order: call
 * Macron, its follow-up, call Starmer, its follow-up, call Xi, its follow-up, the last paragraph.
 */
interface Roundup {
  paragraphs: string[][];
  /** The follow-up claims (in order) and the last paragraph's. */
  followUps: string[];
  /** A sentence naming another counterpart, to open the Starmer paragraph in a negative case. */
  other: string;
  readouts: string[];
}
const ROUNDUP: Record<string, Roundup> = {
  en: {
    paragraphs: [
      ["On Monday Friedrich Merz spoke by phone with Emmanuel Macron about the gas storage.", "He said the gas storage was full."],
      ["Merz then spoke with Keir Starmer about a fishing agreement.", "He said the fishing agreement was within reach."],
      ["Later Merz spoke with Xi Jinping about exports of rare earths.", "He said the exports of rare earths had to resume."],
      ["Merz said Europe had to stand together this winter."],
    ],
    followUps: [
      "the gas storage was full",
      "the fishing agreement was within reach",
      "the exports of rare earths had to resume",
      "Europe had to stand together this winter",
    ],
    other: "Merz also spoke with Xi Jinping.",
    readouts: [
      "Emmanuel Macron and Friedrich Merz discussed the gas storage by phone.",
      "Keir Starmer and Friedrich Merz discussed a fishing agreement by phone.",
      "Xi Jinping and Friedrich Merz discussed exports of rare earths by phone.",
    ],
  },
  de: {
    paragraphs: [
      ["Am Montag telefonierte Friedrich Merz mit Emmanuel Macron über die Gasspeicher.", "Er sagte, die Gasspeicher seien voll."],
      ["Danach sprach Merz mit Keir Starmer über ein Fischereiabkommen.", "Er sagte, das Fischereiabkommen sei in Reichweite."],
      ["Später sprach Merz mit Xi Jinping über Exporte seltener Erden.", "Er sagte, die Exporte seltener Erden müssten wieder beginnen."],
      ["Merz sagte, Europa müsse in diesem Winter zusammenstehen."],
    ],
    followUps: [
      "die Gasspeicher seien voll",
      "das Fischereiabkommen sei in Reichweite",
      "die Exporte seltener Erden müssten wieder beginnen",
      "Europa müsse in diesem Winter zusammenstehen",
    ],
    other: "Merz sprach auch mit Xi Jinping.",
    readouts: [
      "Emmanuel Macron und Friedrich Merz sprachen am Telefon über die Gasspeicher.",
      "Keir Starmer und Friedrich Merz sprachen am Telefon über ein Fischereiabkommen.",
      "Xi Jinping und Friedrich Merz sprachen am Telefon über Exporte seltener Erden.",
    ],
  },
  fr: {
    paragraphs: [
      ["Lundi, Friedrich Merz s'est entretenu au téléphone avec Emmanuel Macron du stockage de gaz.", "Il a déclaré que le stockage de gaz était plein."],
      ["Merz s'est ensuite entretenu avec Keir Starmer d'un accord de pêche.", "Il a déclaré que l'accord de pêche était à portée de main."],
      [
        "Plus tard, Merz s'est entretenu avec Xi Jinping des exportations de terres rares.",
        "Il a déclaré que les exportations de terres rares devaient reprendre.",
      ],
      ["Merz a déclaré que l'Europe devait rester unie cet hiver."],
    ],
    followUps: [
      "le stockage de gaz était plein",
      "l'accord de pêche était à portée de main",
      "les exportations de terres rares devaient reprendre",
      "l'Europe devait rester unie cet hiver",
    ],
    other: "Merz s'est aussi entretenu avec Xi Jinping.",
    readouts: [
      "Emmanuel Macron et Friedrich Merz ont évoqué au téléphone le stockage de gaz.",
      "Keir Starmer et Friedrich Merz ont évoqué au téléphone un accord de pêche.",
      "Xi Jinping et Friedrich Merz ont évoqué au téléphone les exportations de terres rares.",
    ],
  },
  es: {
    paragraphs: [
      ["El lunes, Friedrich Merz habló por teléfono con Emmanuel Macron sobre el almacenamiento de gas.", "Dijo que el almacenamiento de gas estaba lleno."],
      ["Después, Merz habló con Keir Starmer sobre un acuerdo de pesca.", "Dijo que el acuerdo de pesca estaba al alcance."],
      ["Más tarde, Merz habló con Xi Jinping sobre las exportaciones de tierras raras.", "Dijo que las exportaciones de tierras raras debían reanudarse."],
      ["Merz dijo que Europa debía mantenerse unida este invierno."],
    ],
    followUps: [
      "el almacenamiento de gas estaba lleno",
      "el acuerdo de pesca estaba al alcance",
      "las exportaciones de tierras raras debían reanudarse",
      "Europa debía mantenerse unida este invierno",
    ],
    other: "Merz también habló con Xi Jinping.",
    readouts: [
      "Emmanuel Macron y Friedrich Merz hablaron por teléfono sobre el almacenamiento de gas.",
      "Keir Starmer y Friedrich Merz hablaron por teléfono sobre un acuerdo de pesca.",
      "Xi Jinping y Friedrich Merz hablaron por teléfono sobre las exportaciones de tierras raras.",
    ],
  },
  ru: {
    paragraphs: [
      ["В понедельник Фридрих Мерц провел телефонный разговор с Эмманюэлем Макроном о хранилищах газа.", "Он заявил, что хранилища газа заполнены."],
      ["Затем Мерц поговорил с Киром Стармером о соглашении по рыболовству.", "Он заявил, что соглашение по рыболовству близко."],
      ["Позднее Мерц поговорил с Си Цзиньпином об экспорте редкоземельных металлов.", "Он заявил, что экспорт редкоземельных металлов должен возобновиться."],
      ["Мерц заявил, что этой зимой Европа должна быть единой."],
    ],
    followUps: [
      "хранилища газа заполнены",
      "соглашение по рыболовству близко",
      "экспорт редкоземельных металлов должен возобновиться",
      "этой зимой Европа должна быть единой",
    ],
    other: "Мерц также поговорил с Си Цзиньпином.",
    readouts: [
      "Эмманюэль Макрон и Фридрих Мерц обсудили по телефону хранилища газа.",
      "Кир Стармер и Фридрих Мерц обсудили по телефону соглашение по рыболовству.",
      "Си Цзиньпин и Фридрих Мерц обсудили по телефону экспорт редкоземельных металлов.",
    ],
  },
};

function roundup(language: string, starmerOpening = "", generalFollowUp = false): ComparisonInputArticle[] {
  const r = ROUNDUP[language]!;
  const [p1, p2in, p3, p4] = r.paragraphs as [string[], string[], string[], string[]];
  // The Starmer paragraph may go on with the last paragraph's general sentence instead of its own follow-up.
  const p2 = generalFollowUp ? [p2in[0]!, p4[0]!] : p2in;
  const text = [p1, [starmerOpening, ...p2].filter(Boolean), p3, p4].map((p) => p.join(" ")).join("\n\n");
  const f = generalFollowUp ? [r.followUps[0]!, r.followUps[3]!, r.followUps[2]!, r.followUps[3]!] : r.followUps;
  const claims: Array<[string, string]> = [p1[0]!, f[0]!, p2[0]!, f[1]!, p3[0]!, f[2]!, f[3]!].map((a) => ["Friedrich Merz", a]);
  return [
    article("n1", language, "DE", text, claims),
    article("fr", language, "FR", r.readouts[0]!, [["Élysée", r.readouts[0]!]]),
    article("gb", language, "GB", r.readouts[1]!, [["Downing Street", r.readouts[1]!]]),
    article("cn", language, "CN", r.readouts[2]!, [["Chinese foreign ministry", r.readouts[2]!]]),
  ];
}

/** The event each claim id falls in (its id), from a comparison. */
function eventOf(input: ComparisonInputArticle[] | Claim[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of compareClaims(input).events) for (const id of e.claims) out.set(id, e.id);
  return out;
}

describe("a roundup of calls whose follow-up claims name the counterpart only in the sentence before", () => {
  it.each(Object.keys(ROUNDUP))("%s: each follow-up joins the call its paragraph names", (language) => {
    const at = eventOf(roundup(language));
    expect(at.get("n1:c1")).toBe(at.get("fr:c1"));
    expect(at.get("n1:c3")).toBe(at.get("gb:c1"));
    expect(at.get("n1:c5")).toBe(at.get("cn:c1"));
    expect(at.get("n1:c2")).toBe(at.get("fr:c1"));
    expect(at.get("n1:c4")).toBe(at.get("gb:c1"));
    expect(at.get("n1:c6")).toBe(at.get("cn:c1"));
  });

  it.each(Object.keys(ROUNDUP))("%s negative: three calls of one day stay three events", (language) => {
    const at = eventOf(roundup(language));
    expect(new Set([at.get("fr:c1"), at.get("gb:c1"), at.get("cn:c1")]).size).toBe(3);
  });

  it.each(Object.keys(ROUNDUP))("%s negative: a paragraph naming no counterpart stays with the article's first call", (language) => {
    const at = eventOf(roundup(language));
    expect(at.get("n1:c7")).toBe(at.get("n1:c1"));
  });

  it.each(Object.keys(ROUNDUP))("%s negative: a paragraph naming two counterparts decides nothing", (language) => {
    // The Starmer paragraph opens with a sentence naming Xi: its follow-up does not follow the paragraph.
    const at = eventOf(roundup(language, ROUNDUP[language]!.other));
    expect(at.get("n1:c3")).toBe(at.get("gb:c1"));
    expect(at.get("n1:c4")).not.toBe(at.get("gb:c1"));
  });

  it.each(Object.keys(ROUNDUP))("%s negative: a follow-up sharing nothing with the call its paragraph names stays with the first call", (language) => {
    const at = eventOf(roundup(language, "", true));
    expect(at.get("n1:c3")).toBe(at.get("gb:c1"));
    expect(at.get("n1:c4")).not.toBe(at.get("gb:c1"));
    expect(at.get("n1:c4")).toBe(at.get("n1:c1"));
  });

  it.each(Object.keys(ROUNDUP))("%s negative: given as bare claims (no text, no paragraph), a follow-up does not join the call", (language) => {
    const bare = roundup(language).flatMap((a) => a.claims);
    const at = eventOf(bare);
    expect(at.get("n1:c3")).toBe(at.get("gb:c1"));
    expect(at.get("n1:c4")).not.toBe(at.get("gb:c1"));
  });

  it.each(Object.keys(ROUNDUP))("%s negative: no claim aligns with another call's readout", (language) => {
    const pairs = compareClaims(roundup(language)).events.flatMap((e) => e.alignments.map((a) => [...a.claims].sort().join("~")));
    for (const wrong of ["fr:c1~n1:c3", "fr:c1~n1:c4", "fr:c1~n1:c5", "fr:c1~n1:c6", "gb:c1~n1:c1", "gb:c1~n1:c2", "gb:c1~n1:c6", "cn:c1~n1:c2", "cn:c1~n1:c4"])
      expect(pairs).not.toContain(wrong);
  });
});
