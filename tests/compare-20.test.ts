import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import type { Claim } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

const DATE = "2026-03-14";

const rep = (language: string, text: string) =>
  represent(makeClaim({ assertion: text, language, speaker: "Élysée", side: "FR", date: DATE, article: "s" }), lexiconFor(language).lexicon, 0);
/** The plain (unconditional) acts of a sentence, "!" before a negated one. */
const acts = (language: string, text: string) =>
  rep(language, text)
    .predicates.filter((p) => !p.conditional)
    .map((p) => `${p.negated ? "!" : ""}${p.cls}`);

describe("German separable verbs: the particle ends the clause", () => {
  it.each([
    ["Moskau lehnte den amerikanischen Vorschlag einer Waffenruhe ab.", "deny"],
    ["Der Kreml wies die Vorwürfe entschieden zurück, sagte der Sprecher.", "deny"],
    ["Putin stimmte dem Vorschlag einer Waffenruhe zu.", "agree"],
    ["Trump schlug ein Treffen in Budapest vor.", "propose"],
    ["Der Kanzler lud den Präsidenten nach Berlin ein.", "invite"],
    ["Die Ministerin sicherte der Ukraine weitere Hilfe zu.", "promise"],
  ])("%s", (text, cls) => {
    expect(acts("de", text)).toContain(cls);
  });

  it("a negation between verb and particle negates the act", () => {
    expect(acts("de", "Putin stimmte dem Vorschlag nicht zu.")).toContain("!agree");
  });

  // Near misses: the particle word inside the clause is a preposition, not the particle.
  it.each([
    ["Putin stimmte mit Trump über die Lage zu Beginn des Gesprächs überein.", "agree"],
    ["Der Sprecher wies auf die Gespräche in Genf hin.", "deny"],
    ["Merz sagte, die Gespräche zu Gefangenen gingen weiter.", "promise"],
  ])("no act: %s", (text, cls) => {
    expect(acts("de", text)).not.toContain(cls);
  });
});

/**
 * A fictional call written for these tests: the White House (c1 the call, c2 an understanding on
 * the ceasefire) and the Kremlin (c1 the call, c2 nothing agreed until everything is agreed).
 */
const PENDING: Record<string, string[]> = {
  en: [
    "Donald Trump and Vladimir Putin spoke by phone about the ceasefire.",
    "The two sides reached an understanding on the ceasefire.",
    "Vladimir Putin and Donald Trump spoke by phone about the ceasefire.",
    "There is no deal on the ceasefire until everything is agreed.",
  ],
  de: [
    "Donald Trump und Wladimir Putin telefonierten über die Waffenruhe.",
    "Die beiden Seiten erzielten eine Verständigung über die Waffenruhe.",
    "Wladimir Putin und Donald Trump telefonierten über die Waffenruhe.",
    "Über die Waffenruhe ist nichts vereinbart, solange nicht alles vereinbart ist.",
  ],
  fr: [
    "Donald Trump et Vladimir Poutine se sont entretenus au téléphone du cessez-le-feu.",
    "Les deux parties sont parvenues à une entente sur le cessez-le-feu.",
    "Vladimir Poutine et Donald Trump se sont entretenus au téléphone du cessez-le-feu.",
    "Rien n'est convenu sur le cessez-le-feu tant que tout n'est pas convenu.",
  ],
  es: [
    "Donald Trump y Vladímir Putin hablaron por teléfono sobre el alto el fuego.",
    "Las dos partes alcanzaron un entendimiento sobre el alto el fuego.",
    "Vladímir Putin y Donald Trump hablaron por teléfono sobre el alto el fuego.",
    "No hay acuerdo sobre el alto el fuego hasta que todo esté acordado.",
  ],
  it: [
    "Donald Trump e Vladimir Putin hanno parlato al telefono del cessate il fuoco.",
    "Le due parti hanno raggiunto un'intesa sul cessate il fuoco.",
    "Vladimir Putin e Donald Trump hanno parlato al telefono del cessate il fuoco.",
    "Non c'è nessun accordo sul cessate il fuoco finché tutto non sarà concordato.",
  ],
  ru: [
    "Дональд Трамп и Владимир Путин обсудили по телефону прекращение огня.",
    "Стороны достигли взаимопонимания по прекращению огня.",
    "Владимир Путин и Дональд Трамп обсудили по телефону прекращение огня.",
    "Нет соглашения о прекращении огня, пока не согласовано всё.",
  ],
};

function pending(language: string): Claim[] {
  const s = PENDING[language]!;
  const c = (id: string, article: string, speaker: string, side: string, assertion: string) =>
    makeClaim({ id, article, language, speaker, side, assertion, date: DATE });
  return [
    c("us:c1", "us", "White House", "US", s[0]!),
    c("us:c2", "us", "White House", "US", s[1]!),
    c("ru:c1", "ru", "Kremlin", "RU", s[2]!),
    c("ru:c2", "ru", "Kremlin", "RU", s[3]!),
  ];
}

describe("an agreement held pending ('nothing is agreed until everything is agreed') is no agreement", () => {
  const flagged = (language: string, a: string, b: string) =>
    compareClaims(pending(language))
      .events.flatMap((e) => e.disagreements)
      .some((d) => d.type === "stance" && d.claims.includes(a) && d.claims.includes(b));

  it.each(Object.keys(PENDING))("%s: an understanding against an agreement held pending is a stance conflict", (language) => {
    expect(flagged(language, "us:c2", "ru:c2")).toBe(true);
  });

  it.each(Object.keys(PENDING))("%s: the call itself is no stance conflict", (language) => {
    expect(flagged(language, "us:c1", "ru:c1")).toBe(false);
    expect(flagged(language, "us:c1", "ru:c2")).toBe(false);
  });

  it.each([
    ["en", "There is no deal on the ceasefire until everything is agreed."],
    ["de", "Über die Waffenruhe ist nichts vereinbart, solange nicht alles vereinbart ist."],
    ["fr", "Rien n'est convenu sur le cessez-le-feu tant que tout n'est pas convenu."],
    ["ru", "Нет соглашения о прекращении огня, пока не согласовано всё."],
  ])("%s: the act after the marker is only a condition: %s", (language, text) => {
    expect(acts(language, text)).not.toContain("agree");
  });

  // Near miss: an act before "until" stays asserted.
  it("en: an act before 'until' is asserted", () => {
    expect(acts("en", "The two sides agreed to halt strikes until the end of the month.")).toContain("agree");
  });
});

describe("a German rejection against an agreement", () => {
  const claims = (): Claim[] => {
    const c = (id: string, article: string, speaker: string, side: string, assertion: string) =>
      makeClaim({ id, article, language: "de", speaker, side, assertion, date: DATE });
    return [
      c("us:c1", "us", "White House", "US", "Donald Trump und Wladimir Putin telefonierten am Freitag über die Waffenruhe."),
      c("us:c2", "us", "White House", "US", "Putin stimmte dem amerikanischen Vorschlag einer Waffenruhe zu."),
      c("ru:c1", "ru", "Kremlin", "RU", "Wladimir Putin und Donald Trump telefonierten am Freitag über die Waffenruhe."),
      c("ru:c2", "ru", "Kremlin", "RU", "Putin lehnte den amerikanischen Vorschlag einer Waffenruhe ab."),
    ];
  };
  const stances = () =>
    compareClaims(claims())
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "stance");

  it("agreed against rejected is a stance conflict", () => {
    expect(stances().some((d) => d.claims.includes("us:c2") && d.claims.includes("ru:c2"))).toBe(true);
  });

  // The report of the call itself is not what the rejection denies.
  it("the report of the call is no claim a rejection denies", () => {
    expect(stances().some((d) => d.claims.includes("us:c1"))).toBe(false);
  });
});

describe("intensified evaluations are no other topic", () => {
  it("en: 'extremely poor' is an evaluation, not extremism", () => {
    const r = rep("en", "The talks were extremely poor.");
    expect(r.concepts).not.toContain("extremism");
    expect(r.evaluations.some((e) => e.level === -2)).toBe(true);
    expect(rep("en", "The minister warned against extremists.").concepts).toContain("extremism");
  });
});

describe("the talks held in the encounter are the encounter its evaluation speaks of", () => {
  it.each([
    ["en", "The talks were extremely poor.", -2],
    ["de", "Die Verhandlungen waren sehr schlecht.", -2],
    ["fr", "Les négociations ont été constructives.", 1],
    ["ru", "Переговоры были конструктивными.", 1],
  ])("%s: %s", (language, text, level) => {
    expect(rep(language, text).encounterLevel).toBe(level);
  });

  // Near miss: an evaluation of another matter beside the talks is not the encounter's.
  it("en: an evaluation standing far from the talks is the matter's", () => {
    expect(
      rep(
        "en",
        "The talks also covered the new sanctions against Russian banks and the energy sector, whose effects on trade Moscow described as extremely poor.",
      ).encounterLevel,
    ).toBeNull();
  });

  it("en: 'extremely poor' talks against 'frank and constructive' ones is a characterization", () => {
    const c = (id: string, article: string, speaker: string, side: string, assertion: string) =>
      makeClaim({ id, article, language: "en", speaker, side, assertion, date: DATE });
    const claims = [
      c("us:c1", "us", "White House", "US", "Donald Trump and Vladimir Putin spoke by phone on Friday."),
      c("us:c2", "us", "White House", "US", "The talks were extremely poor."),
      c("ru:c1", "ru", "Kremlin", "RU", "Vladimir Putin and Donald Trump spoke by phone on Friday."),
      c("ru:c2", "ru", "Kremlin", "RU", "The Kremlin described the talks as frank and constructive."),
    ];
    const d = compareClaims(claims).events.flatMap((e) => e.disagreements);
    expect(d.some((x) => x.type === "characterization" && x.claims.includes("us:c2") && x.claims.includes("ru:c2"))).toBe(true);
  });
});
