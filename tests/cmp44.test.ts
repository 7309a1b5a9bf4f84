import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { extractClaims, type ArticleInput } from "../src/index.js";
import type { ComparisonResult } from "../src/schema/comparison.js";

const compare = (articles: ArticleInput[]): ComparisonResult => compareClaims(articles.map((a) => extractClaims(a)));
const durationFlags = (r: ComparisonResult) => r.events.flatMap((e) => e.disagreements).filter((d) => d.type === "factual" && d.topic === "duration");

/** Team-written reports of one call: each outlet gives the White House's length and the Kremlin's. */
const OUTLETS: Record<string, (us: string, ru: string) => string> = {
  en: (us, ru) =>
    `Trump and Putin speak by phone\n\nPresident Donald Trump spoke with Russian President Vladimir Putin on Thursday. White House press secretary Karoline Leavitt said the call lasted ${us}. Kremlin spokesman Dmitry Peskov said the conversation lasted ${ru}.`,
  de: (us, ru) =>
    `Trump und Putin telefonieren\n\nUS-Präsident Donald Trump hat am Donnerstag mit dem russischen Präsidenten Wladimir Putin telefoniert. Das Gespräch habe ${us} gedauert, teilte das Weiße Haus mit. Kremlsprecher Dmitri Peskow sagte, das Gespräch habe ${ru} gedauert.`,
  fr: (us, ru) =>
    `Trump et Poutine se sont parlé\n\nLe président américain Donald Trump s'est entretenu jeudi par téléphone avec le président russe Vladimir Poutine. Selon la Maison Blanche, l'appel a duré ${us}. Selon le porte-parole du Kremlin, Dmitri Peskov, l'entretien a duré ${ru}.`,
  es: (us, ru) =>
    `Trump y Putin hablan por teléfono\n\nEl presidente estadounidense Donald Trump habló el jueves por teléfono con el presidente ruso Vladímir Putin. La llamada duró ${us}, según la Casa Blanca. El portavoz del Kremlin, Dmitri Peskov, dijo que la conversación duró ${ru}.`,
};
const VALUES: Record<string, Record<"hour" | "twoHours" | "min45", string>> = {
  en: { hour: "an hour", twoHours: "two hours", min45: "45 minutes" },
  de: { hour: "eine Stunde", twoHours: "zwei Stunden", min45: "45 Minuten" },
  fr: { hour: "une heure", twoHours: "deux heures", min45: "45 minutes" },
  es: { hour: "una hora", twoHours: "dos horas", min45: "45 minutos" },
};
const article = (lang: string, us: "hour" | "twoHours" | "min45", ru: "hour" | "twoHours" | "min45"): ArticleInput => ({
  id: `${lang}-outlet`,
  language: lang,
  publishedAt: "2026-10-02",
  text: OUTLETS[lang]!(VALUES[lang]![us], VALUES[lang]![ru]),
});

describe("one side's figure against the other's, told by several outlets, is one factual dispute", () => {
  it.each([
    ["en", "de"],
    ["fr", "es"],
    ["de", "fr"],
    ["es", "en"],
  ])("%s and %s: an hour against 45 minutes is one flag naming both outlets", (x, y) => {
    const flags = durationFlags(compare([article(x, "hour", "min45"), article(y, "hour", "min45")]));
    expect(flags).toHaveLength(1);
    const articles = new Set(flags[0]!.claims.map((id) => id.split(":")[0]));
    expect(articles.size).toBe(2);
    expect(Object.keys(flags[0]!.sides ?? {}).sort()).toEqual(["RU", "US"]);
  });
  it("three outlets in three languages: still one flag", () => {
    const flags = durationFlags(compare([article("en", "hour", "min45"), article("de", "hour", "min45"), article("fr", "hour", "min45")]));
    expect(flags).toHaveLength(1);
    expect(new Set(flags[0]!.claims.map((id) => id.split(":")[0])).size).toBe(3);
  });
  it.each([
    ["en", "de"],
    ["fr", "es"],
  ])("negative, %s and %s: the sides' figures differ between the outlets (an hour / two hours for the White House) — two disputes", (x, y) => {
    const flags = durationFlags(compare([article(x, "hour", "min45"), article(y, "twoHours", "min45")]));
    expect(flags.length).toBeGreaterThanOrEqual(2);
  });
  it("negative: one outlet alone gives one flag with its two claims", () => {
    const flags = durationFlags(compare([article("de", "hour", "min45")]));
    expect(flags).toHaveLength(1);
    expect(flags[0]!.claims).toHaveLength(2);
  });
});

import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { makeClaim } from "./helpers/gold-claims.js";

const conceptsOf = (language: string, assertion: string): string[] =>
  represent(makeClaim({ assertion, language, speaker: "spokesman", side: null, date: "2026-10-02" }), lexiconFor(language).lexicon, 0).concepts;

describe("a verification a ceasefire must first meet are conditions (preparation), against urgency", () => {
  it.each([
    ["en", "Any ceasefire needs reliable verification and must not be used to rearm."],
    ["en", "A truce must be verified by international monitors."],
    ["de", "Eine Waffenruhe müsse zuverlässig überwacht werden."],
    ["de", "Jede Feuerpause müsse überprüfbar sein."],
    ["fr", "Un cessez-le-feu doit être vérifiable."],
    ["es", "La tregua debe ser verificable."],
    ["ro", "Orice încetare a focului trebuie să fie verificată cu strictețe."],
    ["ro", "Armistițiul trebuie să fie verificabil."],
  ])("%s: a condition in '%s'", (language, text) => {
    expect(conceptsOf(language, text)).toContain("preparation");
  });
  it.each([
    ["en", "The ceasefire must take effect without delay."],
    ["en", "The inspectors verified the figures last week."],
    ["de", "Die Waffenruhe müsse sofort beginnen."],
    ["fr", "Le cessez-le-feu doit entrer en vigueur immédiatement."],
    ["es", "El alto el fuego debe entrar en vigor de inmediato."],
    ["ro", "Încetarea focului trebuie să intre în vigoare imediat."],
  ])("negative, %s: no condition in '%s'", (language, text) => {
    expect(conceptsOf(language, text)).not.toContain("preparation");
  });
});

describe("negatives: verification as a fact, not a condition", () => {
  it.each([
    ["de", "Die Inspektoren überprüften die Zahlen."],
    ["fr", "Les inspecteurs ont vérifié les chiffres."],
    ["es", "Los inspectores verificaron las cifras."],
    ["ro", "Inspectorii au verificat cifrele."],
  ])("%s: '%s'", (language, text) => {
    expect(conceptsOf(language, text)).not.toContain("preparation");
  });
});

describe("negatives: a demand for guarantees is no condition, and the guarantees keep their concept", () => {
  it.each([
    ["fr", "La Russie exige des garanties juridiques de l'OTAN."],
    ["es", "Rusia exige garantías de seguridad a la OTAN."],
  ])("%s: '%s'", (language, text) => {
    expect(conceptsOf(language, text)).not.toContain("preparation");
  });
  it("es: a condition of guarantees still names security guarantees", () => {
    expect(conceptsOf("es", "Cualquier alto el fuego requiere garantías de seguridad sólidas.")).toContain("security-guarantees");
  });
});
