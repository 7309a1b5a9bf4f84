import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { extractClaims, type ArticleInput } from "../src/index.js";
import { makeClaim } from "./helpers/gold-claims.js";
import { g20Summit } from "./helpers/g20-summit.js";

// Team-written sentences (invented statements).

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: "2026-06-24" });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const dates = (r: ClaimRep) => r.quantities.filter((q) => q.kind === "date").map((q) => `${q.unit}:${q.lo}`);
const counts = (r: ClaimRep) => r.quantities.filter((q) => q.kind === "count").map((q) => q.lo);
const denies = (r: ClaimRep) => r.predicates.some((p) => p.cls === "deny");

describe("a bare month after a by/until word is the month, and a number after it counts its noun", () => {
  it.each([
    ["de", "Die Gespräche sollen bis Dezember abgeschlossen sein.", []],
    ["ru", "Переговоры должны завершиться до декабря.", []],
    ["fr", "Les négociations doivent aboutir d'ici décembre.", []],
    ["en", "Talks should end by December.", []],
    ["de", "Berlin will bis Dezember 15 Panzer an Kiew liefern.", [15]],
    ["de", "Die Ukraine soll bis Dezember weitere 15 Panzer erhalten.", [15]],
    ["ru", "Киев получит к декабрю 15 танков.", [15]],
    ["fr", "Kiev recevra d'ici décembre 15 chars.", [15]],
  ])("%s: %s", (language, text, n) => {
    const r = read(language, text);
    expect(dates(r)).toEqual(["month:1200"]);
    expect(counts(r)).toEqual(n);
  });

  it.each([
    // Negatives: a day stays a day.
    ["de", "Am 15. Dezember trafen sich die Minister.", "day:1215"],
    ["ru", "Министры встретились 15 декабря.", "day:1215"],
    ["fr", "Les ministres se sont réunis le 15 décembre.", "day:1215"],
    ["en", "On December 15 Putin met the envoy.", "day:1215"],
    ["en", "The ministers met on December 15.", "day:1215"],
  ])("negative %s: %s", (language, text, date) => {
    expect(dates(read(language, text))).toEqual([date]);
  });
});

describe("nouns of conflict are no denial", () => {
  it.each([
    ["en", "He spoke about the trade dispute with China, energy prices and migration."],
    ["en", "The disputes over tariffs continue, the minister said."],
    ["en", "Both leaders hope to settle a dispute between their countries."],
    ["fr", "Le président a évoqué la contestation sociale en France."],
    ["it", "Il ministro ha parlato della contestazione in piazza."],
  ])("%s: %s", (language, text) => {
    expect(denies(read(language, text))).toBe(false);
  });

  it.each([
    // Negatives: the verbs still deny.
    ["en", "Moscow disputes the figures published by Kyiv."],
    ["en", "The Kremlin disputed the account of the meeting."],
    ["fr", "Moscou conteste les chiffres publiés par Kiev."],
    ["it", "Mosca contesta le cifre pubblicate da Kiev."],
  ])("negative %s: %s", (language, text) => {
    expect(denies(read(language, text))).toBe(true);
  });
});

describe("a summit article with one side-meeting sentence: only that sentence joins the side meeting", () => {
  const summit = (extra: string): ArticleInput[] => g20Summit("a", "Keir Starmer", extra);
  const run = (extra = "") => {
    const results = summit(extra).map((a) => extractClaims(a));
    const claims = results.flatMap((r) => r.claims);
    const cmp = compareClaims(results);
    const eventOf = (article: string, re: RegExp) => {
      const c = claims.find((x) => x.articleId === article && re.test(x.assertion))!;
      return cmp.events.find((e) => e.claims.includes(c.id))?.id;
    };
    return { eventOf };
  };

  it("the claims on the summit go to the summit event, the side-meeting sentence to the side meeting", () => {
    const { eventOf } = run();
    expect(eventOf("a1", /debt relief/)).toBe(eventOf("a2", /allègement/));
    expect(eventOf("a1", /IMF/)).toBe(eventOf("a2", /FMI/));
    expect(eventOf("a1", /hydrogen/)).toBe(eventOf("a3", /Wasserstoff/));
    expect(eventOf("a1", /hydrogen/)).not.toBe(eventOf("a1", /debt relief/));
  });

  it("negative: a side-meeting report's own claims stay with the side meeting", () => {
    const { eventOf } = run(" Macron sagte, beide Länder wollten enger bei der Rüstung zusammenarbeiten.");
    expect(eventOf("a3", /Rüstung/)).toBe(eventOf("a3", /Wasserstoff/));
  });
});
