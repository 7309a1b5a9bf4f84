import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { conflicts, type Quantity } from "../src/compare/represent/quantities.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { extractClaims, type ArticleInput } from "../src/index.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Team-written sentences (invented statements; no corpus text).

const read = (language: string, assertion: string): ClaimRep =>
  represent(makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: "2026-06-24" }), lexiconFor(language).lexicon, 0);
const durations = (language: string, text: string): Quantity[] => read(language, text).quantities.filter((q) => q.kind === "duration");
const concepts = (language: string, text: string) => read(language, text).keys.map((k) => k.key);
const demands = (text: string) => read("en", text).predicates.filter((p) => p.cls === "demand");

describe("an approximate hour is about sixty minutes", () => {
  const approximate: [string, string][] = [
    ["fr", "L'entretien a duré près d'une heure."],
    ["fr", "L'entretien a duré pas loin d'une heure."],
    ["fr", "L'entretien a duré quasiment une heure."],
    ["en", "The call lasted almost an hour."],
    ["en", "The call lasted nearly an hour."],
    ["en", "The call lasted the better part of an hour."],
    ["es", "La conversación duró casi una hora."],
    ["es", "La conversación duró prácticamente una hora."],
    ["it", "Il colloquio è durato quasi un'ora."],
    ["ro", "Convorbirea a durat aproape o oră."],
    ["pl", "Rozmowa trwała prawie godzinę."],
    ["ru", "Разговор продолжался почти час."],
    ["uk", "Розмова тривала майже годину."],
    ["vi", "Cuộc điện đàm kéo dài gần một giờ."],
    ["de", "Das Gespräch dauerte fast eine Stunde."],
    ["de", "Das Gespräch dauerte nahezu eine Stunde."],
  ];
  const hour = durations("en", "The call lasted an hour.")[0]!;
  const sixty = durations("en", "The call lasted 60 minutes.")[0]!;
  const justOver = durations("en", "The call lasted just over an hour.")[0]!;
  const fortyFive = durations("en", "The call lasted 45 minutes.")[0]!;
  it.each(approximate)("%s '%s' meets an hour, 60 minutes and just over an hour", (language, text) => {
    const [d] = durations(language, text);
    expect(d).toBeDefined();
    expect(d!.hi).toBeGreaterThanOrEqual(60);
    for (const other of [hour, sixty, justOver]) expect(conflicts(d!, other)).toBe(false);
  });
  it("negative: 45 minutes against an hour stays a conflict, in either order", () => {
    expect(conflicts(fortyFive, hour)).toBe(true);
    expect(conflicts(hour, fortyFive)).toBe(true);
    expect(conflicts(durations("fr", "L'entretien a duré 45 minutes.")[0]!, durations("de", "Das Gespräch dauerte eine Stunde.")[0]!)).toBe(true);
  });
  it("negative: 'pas loin d'une heure' is under an hour, so no more than an hour and a half", () => {
    const [d] = durations("fr", "L'entretien a duré pas loin d'une heure.");
    expect(d!.hi).toBeLessThanOrEqual(60);
    expect(conflicts(d!, durations("en", "The call lasted an hour and a half.")[0]!)).toBe(true);
  });
});

describe("a word of a whole unit between a number and its unit", () => {
  it.each([
    ["de", "Das Gespräch dauerte fast eine ganze Stunde.", 42, 60],
    ["de", "Das Gespräch dauerte eine volle Stunde.", 54, 66],
    ["en", "The call lasted nearly a whole hour.", 42, 60],
    ["pl", "Rozmowa trwała prawie całą godzinę.", 42, 60],
    ["uk", "Розмова тривала майже цілу годину.", 42, 60],
  ])("%s '%s' is about an hour", (language, text, lo, hi) => {
    const [d] = durations(language, text);
    expect(d!.lo).toBeCloseTo(lo, 0);
    expect(d!.hi).toBeCloseTo(hi, 0);
  });
  it("negative: no number, no amount; 45 whole minutes still conflict with an hour", () => {
    expect(durations("de", "Die ganze Stunde über sprachen sie über Handel.")).toEqual([]);
    const [d] = durations("en", "They spoke for 45 whole minutes.");
    expect(conflicts(d!, durations("en", "The call lasted an hour.")[0]!)).toBe(true);
  });
});

describe("approximate hours end to end", () => {
  const compare = (articles: ArticleInput[]): ComparisonResult => compareClaims(articles.map((a) => extractClaims(a)));
  const us = (d: string): ArticleInput => ({
    id: "us",
    language: "en",
    publishedAt: "2026-10-02",
    text: `Trump and Putin speak by phone\n\nPresident Donald Trump spoke with Russian President Vladimir Putin on Thursday. White House press secretary Karoline Leavitt said the call lasted ${d}.`,
  });
  const fr = (d: string): ArticleInput => ({
    id: "fr",
    language: "fr",
    publishedAt: "2026-10-02",
    text: `Poutine et Trump se sont entretenus\n\nLe président russe Vladimir Poutine s'est entretenu jeudi par téléphone avec le président américain Donald Trump. Selon le porte-parole du Kremlin, l'entretien a duré ${d}.`,
  });
  const flags = (ours: string, theirs: string) =>
    compare([us(ours), fr(theirs)])
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "factual" && d.topic === "duration");
  it.each(["an hour", "60 minutes", "just over an hour"])("'près d'une heure' against '%s' is no conflict", (ours) => {
    expect(flags(ours, "près d'une heure")).toEqual([]);
  });
  it("negative: 'une heure' against '45 minutes' is a conflict", () => {
    expect(flags("45 minutes", "une heure")).toHaveLength(1);
  });
});

describe("'called on' is a demand made of someone", () => {
  it.each([
    "The minister called on Moscow to withdraw its troops from the border.",
    "The foreign ministry calls on both sides to return to the talks.",
    "The president called on the leaders of the two countries for restraint.",
    "We call on Russia to stop the attacks.",
    "He is calling on the government to act.",
  ])("a demand: %s", (text) => {
    expect(demands(text)).toHaveLength(1);
  });
  it.each([
    "Putin called on Tuesday evening.",
    "The envoy called on 12 May and left.",
    "The president called on the minister at his home.",
    "Trump called on Monday, a spokesman said.",
    "The two leaders held a call on Monday evening.",
  ])("no demand: %s", (text) => {
    expect(demands(text)).toEqual([]);
  });
  it("'called for' stays a demand", () => {
    expect(demands("The minister called for a ceasefire.")).toHaveLength(1);
  });
});

describe("fixed expressions hide the concepts of their words", () => {
  it.each([
    ["en", "The government set up a task force on migration."],
    ["en", "The sanctions remain in force until March."],
    ["en", "The two companies joined forces on the project."],
    ["fr", "Le gouvernement a créé une task force sur la migration."],
    ["fr", "Les forces politiques du pays ont salué l'accord."],
    ["es", "Las fuerzas políticas del país celebraron el acuerdo."],
    ["it", "Il governo ha istituito una task force sulla migrazione."],
    ["it", "Le forze politiche hanno accolto l'accordo."],
    ["ro", "Forțele politice au salutat acordul."],
    ["pl", "Siły polityczne przyjęły porozumienie."],
    ["ru", "Соглашение вступит в силу в марте."],
    ["ru", "Политические силы страны приветствовали соглашение."],
    ["uk", "Угода набрала сили в березні."],
    ["uk", "Політичні сили країни привітали угоду."],
    ["vi", "Lực lượng lao động của nước này tăng mạnh."],
    ["de", "Die Regierung hat eine Task Force zur Migration eingesetzt."],
  ])("%s: no troops in '%s'", (language, text) => {
    expect(concepts(language, text)).not.toContain("c:troops");
  });
  it.each([
    ["en", "Russia moved forces to the border."],
    ["en", "The troops of the task force crossed the border."],
    ["fr", "La Russie a déplacé des forces vers la frontière."],
    ["es", "Rusia desplegó fuerzas en la frontera."],
    ["it", "La Russia ha schierato forze al confine."],
    ["ro", "Rusia a mutat forțe la graniță."],
    ["pl", "Rosja przerzuciła siły na granicę."],
    ["ru", "Россия перебросила силы к границе."],
    ["uk", "Росія перекинула сили до кордону."],
    ["vi", "Nga điều lực lượng tới biên giới."],
    ["de", "Russland verlegte Truppen an die Grenze."],
  ])("negative: %s '%s' still names troops", (language, text) => {
    expect(concepts(language, text)).toContain("c:troops");
  });
});
