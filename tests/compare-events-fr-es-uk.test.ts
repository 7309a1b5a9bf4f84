import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { extractClaims } from "../src/index.js";
import { scoreResult } from "../src/eval/score.js";
import { loadFixtureDir, readJson } from "./helpers/fixtures.js";
import { makeClaim, perfectClaims, type Gold } from "./helpers/gold-claims.js";

// A team-written event with no counterpart among the development events: a fictional
// Trump–Zelenskyy call reported by both readouts (English, Ukrainian) and by French, Spanish,
// Ukrainian and German articles (fixtures/events/trump-zelenskyy-call). The development events
// have no French, Spanish or Ukrainian article; this one tests the comparison there.

const DIR = fileURLToPath(new URL("../fixtures/events/trump-zelenskyy-call", import.meta.url));
const gold = readJson(`${DIR}/gold.json`) as Gold;

describe("the Trump–Zelenskyy call (fr, es, uk, de articles, two readouts)", () => {
  it("end to end: alignments and disagreements across the languages, no trap", () => {
    const results = loadFixtureDir(DIR).map((a) => {
      const meta = readJson(`${DIR}/${a.id}.json`) as { issuer?: string };
      return extractClaims({ ...a, issuer: meta.issuer ?? null });
    });
    const s = scoreResult(gold, compareClaims(results));
    expect(s.alignments.found).toBeGreaterThanOrEqual(19);
    expect(s.alignments.precision ?? 0).toBeGreaterThanOrEqual(0.85);
    expect(s.disagreements.found).toBeGreaterThanOrEqual(5);
    expect(s.disagreements.trapsRaised).toBe(0);
  });

  it("on perfect claims", () => {
    const s = scoreResult(gold, compareClaims(perfectClaims(DIR as `${string}/${string}`, gold)));
    expect(s.alignments.found).toBeGreaterThanOrEqual(20);
    expect(s.alignments.precision ?? 0).toBeGreaterThanOrEqual(0.85);
    expect(s.disagreements.found).toBeGreaterThanOrEqual(5);
    expect(s.disagreements.trapsRaised).toBe(0);
  });
});

/** What the comparison reads from one sentence of a language. */
function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date: "2026-03-12" });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const keys = (r: ClaimRep) => r.keys.map((k) => k.key);

describe("a term of evaluation is no form of a state's name", () => {
  it.each([
    ["fr", "une conversation franche et substantielle", "FR"],
    ["fr", "des échanges francs et directs", "FR"],
  ])("%s: %s names no state", (language, text, state) => {
    const k = keys(read(language, text));
    expect(k).not.toContain(`s:${state}`);
    expect(k).toContain("t:frank");
  });
  it.each([
    ["fr", "Le président a évoqué la France et l'Allemagne.", "FR"],
    ["fr", "Paris et la France soutiennent Kiev.", "FR"],
    ["es", "Francia apoya a Ucrania.", "FR"],
  ])("%s: the state itself stays, with no evaluation (%s)", (language, text, state) => {
    const k = keys(read(language, text));
    expect(k).toContain(`s:${state}`);
    expect(k).not.toContain("t:frank");
  });
});

describe("French 'durer' is neither hard nor a tone", () => {
  it.each([
    ["fr", "La conversation n'a duré que 45 minutes."],
    ["fr", "L'entretien a duré une heure."],
    ["fr", "L'entretien dure une heure."],
  ])("%s: %s", (language, text) => {
    const r = read(language, text);
    expect(keys(r)).not.toContain("t:difficult");
    expect(keys(r)).not.toContain("x:-");
    expect(keys(r)).toContain("c:duration");
  });
  it.each([
    ["fr", "Les négociations ont été dures."],
    ["fr", "Un discours très dur envers Moscou."],
  ])("%s: the adjective stays an evaluation and is no length (%s)", (language, text) => {
    const r = read(language, text);
    expect(keys(r)).toContain("t:difficult");
    expect(keys(r)).not.toContain("c:duration");
  });
});

describe("a restrictive condition is a condition (urgency against conditions)", () => {
  const conditional = (r: ClaimRep) => r.concepts.includes("preparation");
  it.each([
    ["en", "A ceasefire is possible only with reliable security guarantees."],
    ["en", "Kyiv will agree to a truce only if Russia withdraws."],
    ["fr", "Un cessez-le-feu ne serait envisageable qu'avec des garanties de sécurité."],
    ["fr", "Une trêve est possible seulement si Moscou retire ses troupes."],
    ["es", "Un alto el fuego será posible solo si hay garantías de seguridad."],
    ["es", "Kiev aceptará una tregua solo con garantías sólidas."],
    ["uk", "Припинення вогню можливе лише за наявності надійних гарантій безпеки."],
    ["uk", "Перемир'я можливе тільки якщо Росія виведе війська."],
    ["de", "Eine Waffenruhe sei nur mit verlässlichen Sicherheitsgarantien denkbar."],
    ["de", "Eine Feuerpause komme nur unter der Bedingung eines Rückzugs infrage."],
    ["ru", "Перемирие возможно только при наличии гарантий безопасности."],
    ["it", "Una tregua sarà possibile solo se la Russia si ritira."],
    ["pl", "Rozejm jest możliwy tylko pod warunkiem gwarancji bezpieczeństwa."],
    ["ro", "Un armistițiu este posibil doar dacă Rusia își retrage trupele."],
  ])("%s: %s", (language, text) => {
    expect(conditional(read(language, text))).toBe(true);
  });
  it.each([
    ["en", "Trump said the fighting must end as soon as possible."],
    ["fr", "Les deux présidents se sont entretenus avec leurs équipes."],
    ["es", "Trump conversó con Zelenski sobre un alto el fuego."],
    ["uk", "Розмова тривала лише за годину до саміту."],
    ["de", "Trump telefonierte nur kurz mit Selenskyj."],
    ["ru", "Разговор продолжался только час."],
  ])("%s: no condition in %s", (language, text) => {
    expect(conditional(read(language, text))).toBe(false);
  });
});

describe("air defence is a concept of every language", () => {
  it.each([
    ["en", "Zelensky asked for more air defence systems."],
    ["fr", "Zelensky a réclamé des systèmes de défense antiaérienne."],
    ["es", "Zelenski pidió más sistemas de defensa antiaérea."],
    ["uk", "Зеленський попросив додаткові системи ППО."],
    ["de", "Selenskyj bat um zusätzliche Flugabwehrsysteme."],
    ["ru", "Зеленский попросил системы ПВО."],
    ["it", "Zelensky ha chiesto sistemi di difesa aerea."],
    ["pl", "Zełenski poprosił o systemy obrony powietrznej."],
    ["ro", "Zelenski a cerut sisteme de apărare aeriană."],
  ])("%s: %s", (language, text) => {
    expect(keys(read(language, text))).toContain("c:air-defense");
  });
  it.each([
    ["en", "The defence ministers discussed the air travel agreement."],
    ["fr", "La défense de Kiev a été évoquée."],
    ["de", "Die Luftfahrt war kein Thema."],
  ])("%s: none in %s", (language, text) => {
    expect(keys(read(language, text))).not.toContain("c:air-defense");
  });
});
