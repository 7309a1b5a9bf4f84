import { describe, expect, it } from "vitest";
import { compareClaims, compareClaimsAsync, CompareOptionsSchema } from "../src/compare/index.js";
import { similarity } from "../src/compare/adapters/similarity.js";
import { wordDiff } from "../src/compare/adapters/word-diff.js";
import { ClaimdiffError } from "../src/errors.js";
import { extractClaims } from "../src/index.js";
import type { Claim, ExtractionResult } from "../src/schema/claim.js";
import { ComparisonResultSchema, type ComparisonResult } from "../src/schema/comparison.js";
import { makeClaim } from "./helpers/gold-claims.js";
import { teamArticles } from "./helpers/corpus.js";

const flagsOf = (r: ComparisonResult) => r.events.flatMap((e) => e.disagreements);

/** A White House and a Kremlin account of one call, with the given claims after the opening line of each. */
function call(us: string[], ru: string[], language = "en"): Claim[] {
  return [
    makeClaim({ id: "wh:c1", article: "wh", language, speaker: "White House", side: "US", assertion: "Trump and Putin talked by phone today." }),
    ...us.map((assertion, i) => makeClaim({ id: `wh:c${i + 2}`, article: "wh", language, speaker: "White House", side: "US", assertion })),
    makeClaim({ id: "kr:c1", article: "kr", language, speaker: "Kremlin", side: "RU", assertion: "Putin and Trump held a telephone conversation." }),
    ...ru.map((assertion, i) => makeClaim({ id: `kr:c${i + 2}`, article: "kr", language, speaker: "Kremlin", side: "RU", assertion })),
  ];
}

/** Shuffles a list with a fixed seed (a linear congruential generator): the same order on every run. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("input", () => {
  it("accepts extraction results, result articles and bare claims, and the JSON `extract --format json` prints", () => {
    const c = makeClaim({ id: "art:c1", article: "art", speaker: "Kremlin", side: "RU", assertion: "Syria was discussed." });
    const meta = {
      id: "art",
      language: "en",
      languageDetected: false,
      title: null,
      outlet: "X",
      url: null,
      publishedAt: "2017-01-28",
      publishedAtSource: "metadata" as const,
      issuer: null,
      via: [],
      textLength: 20,
    };
    const fromResult = compareClaims([{ article: meta, text: "Syria was discussed.", claims: [c], warnings: [] }]);
    expect(fromResult.articles[0]!.outlet).toBe("X");
    expect(fromResult.articles[0]!.text).toBe("Syria was discussed.");
    expect(compareClaims(fromResult.articles).events[0]!.claims).toEqual(["art:c1"]);
    expect(compareClaims([c]).events[0]!.claims).toEqual(["art:c1"]);
    // What the CLI prints and reads back: plain JSON, no class instances.
    const json = JSON.parse(
      JSON.stringify([extractClaims({ id: "j", text: "The Kremlin said the talks were constructive.", language: "en", publishedAt: "2021-12-07" })]),
    ) as ExtractionResult[];
    expect(compareClaims(json).articles[0]!.id).toBe("j");
    expect(() => compareClaims([{ nonsense: true }] as never)).toThrow(ClaimdiffError);
  });

  it("reads what a claim asserts from its text, never from the topics an extractor filled in", () => {
    const plain = call([], ["Iran's nuclear programme came up as well."]);
    const noisy = plain.map((c) => ({ ...c, topics: ["weather", "sports"] }));
    const a = compareClaims(plain);
    const b = compareClaims(noisy);
    expect(flagsOf(b)).toEqual(flagsOf(a));
    // The result's claims carry the concepts the comparison read.
    const out = b.articles.flatMap((x) => x.claims).find((c) => c.id === "kr:c2")!;
    expect(out.topics).toContain("iran-nuclear");
    expect(out.topics).not.toContain("weather");
  });

  it("leaves out claims below the minimum confidence, with a warning", () => {
    const a = makeClaim({ id: "m:1", speaker: "Kremlin", side: "RU", assertion: "Syria was discussed.", confidence: 0.3 });
    const b = makeClaim({ id: "m:2", speaker: "Kremlin", side: "RU", assertion: "Iran was discussed.", confidence: 0.9 });
    const r = compareClaims([a, b], { minConfidence: 0.5 });
    expect(r.events.flatMap((e) => e.claims)).toEqual(["m:2"]);
    expect(r.warnings.map((w) => w.code)).toContain("low_confidence");
  });

  it("warns once per language it has no pack for, and still compares by names, states and numbers", () => {
    const a = makeClaim({ id: "x:1", article: "x", language: "tr", speaker: "Kremlin", side: "RU", assertion: "Putin ve Trump Suriye'yi görüştü." });
    const b = makeClaim({ id: "y:1", article: "y", language: "en", speaker: "White House", side: "US", assertion: "Trump and Putin discussed Syria." });
    const r = compareClaims([a, b]);
    expect(r.warnings.filter((w) => w.code === "no_language_pack")).toHaveLength(1);
    expect(r.events).toHaveLength(1);
  });
});

describe("options", () => {
  it("rejects invalid and unknown options with a clear, typed error", () => {
    const bad = [{ threshold: 2 }, { rules: ["tone"] }, { minConfidence: "high" }, { embed: 3 }, { unknownOption: true }, { eventWindowDays: 1.5 }];
    for (const options of bad) {
      try {
        compareClaims([], options as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ClaimdiffError);
        expect((e as ClaimdiffError).code).toBe("invalid_options");
        expect((e as ClaimdiffError).message).toMatch(/Invalid comparison options/);
      }
    }
    expect(() => compareClaims([], { threshold: 2 })).toThrow(/threshold/);
    expect(CompareOptionsSchema.parse({}).rules).toEqual(["omission", "characterization", "factual", "stance"]);
  });

  it("runs only the rules asked for", () => {
    const claims = call(["It was a very good conversation."], ["The conversation was constructive.", "Iran's nuclear programme came up as well."]);
    expect(new Set(flagsOf(compareClaims(claims)).map((d) => d.type))).toEqual(new Set(["characterization", "omission"]));
    expect(flagsOf(compareClaims(claims, { rules: ["omission"] })).map((d) => d.type)).toEqual(["omission"]);
    expect(flagsOf(compareClaims(claims, { rules: [] }))).toEqual([]);
  });
});

describe("embeddings", () => {
  const a = makeClaim({ id: "e:1", article: "e1", speaker: "White House", side: "US", assertion: "Both leaders told their aides to keep at it." });
  const b = makeClaim({ id: "e:2", article: "e2", speaker: "Kremlin", side: "RU", assertion: "Their envoys were instructed to go on working." });

  it("are one more similarity feature: claims sharing no key align when their embeddings are near-identical", () => {
    expect(compareClaims([a, b]).events.flatMap((e) => e.alignments)).toEqual([]);
    const embed = (texts: string[]) => texts.map(() => [1, 0.1, 0]);
    const al = compareClaims([a, b], { embed }).events.flatMap((e) => e.alignments);
    expect(al).toHaveLength(1);
    expect(al[0]!.relation).toBe("corroboration");
    expect(al[0]!.keys).toContain("embedding");
    // Orthogonal embeddings add nothing.
    const apart = (texts: string[]) => texts.map((_, i) => (i % 2 ? [0, 1] : [1, 0]));
    expect(compareClaims([a, b], { embed: apart }).events.flatMap((e) => e.alignments)).toEqual([]);
  });

  it("also group articles into one event", () => {
    // Undated, naming nobody and sharing no word: nothing else says they report one event.
    const x = { ...a, date: { ...a.date, iso: null, basis: null } };
    const y = { ...b, date: { ...b.date, iso: null, basis: null } };
    expect(compareClaims([x, y]).events).toHaveLength(2);
    const embed = (texts: string[]) => texts.map(() => [1, 0.1, 0]);
    expect(compareClaims([x, y], { embed }).events).toHaveLength(1);
  });

  it("may be async in compareClaimsAsync, and is refused as a Promise in compareClaims", async () => {
    const embed = async (texts: string[]) => texts.map(() => [0, 1]);
    const r = await compareClaimsAsync([a, b], { embed });
    expect(r.events.flatMap((e) => e.alignments)).toHaveLength(1);
    expect(() => compareClaims([a, b], { embed })).toThrow(/compareClaimsAsync/);
  });

  it("must return one vector per text", () => {
    expect(() => compareClaims([a, b], { embed: () => [[1]] })).toThrow(/one number\[\] per text/);
  });
});

describe("order of the input", () => {
  it("changes nothing: events, alignments, disagreements, explanations and diffs are identical", () => {
    const results = teamArticles().map((a) => extractClaims(a));
    const reference = JSON.stringify(compareClaims(results));
    for (const seed of [1, 7, 42]) {
      const reordered = shuffled(results, seed).map((r) => ({ ...r, claims: shuffled(r.claims, seed + 1) }));
      expect(JSON.stringify(compareClaims(reordered))).toBe(reference);
    }
    const claims = results.flatMap((r) => r.claims);
    expect(JSON.stringify(compareClaims(shuffled(claims, 3)).events)).toBe(JSON.stringify(compareClaims(claims).events));
  });
});

describe("copies", () => {
  const results = teamArticles().map((a) => extractClaims(a));
  const copy = (r: ExtractionResult, n: number): ExtractionResult => {
    const id = `${r.article.id}-copy${n}`;
    return { ...r, article: { ...r.article, id, outlet: `Outlet ${n}` }, claims: r.claims.map((c, k) => ({ ...c, id: `${id}:c${k + 1}`, articleId: id })) };
  };

  it("compares a wire story carried by several outlets once: the copies point to it and repeat no claims", () => {
    const original = results[0]!;
    const r = compareClaims([original, copy(original, 1), copy(original, 2)]);
    const copies = r.articles.filter((a) => a.copyOf);
    expect(copies.map((a) => a.copyOf)).toEqual([original.article.id, original.article.id]);
    expect(copies.every((a) => a.claims.length === 0 && a.text === undefined)).toBe(true);
    expect(r.events.flatMap((e) => e.articles)).not.toContain(`${original.article.id}-copy1`);
    expect(r.warnings.map((w) => w.code)).toContain("copies_collapsed");
    expect(ComparisonResultSchema.safeParse(r).success).toBe(true);
  });

  it("grows with distinct content, not with copies: 60 copies of each article stay within four times one copy", () => {
    const one = JSON.stringify(compareClaims(results)).length;
    const many = results.flatMap((r) => [r, ...Array.from({ length: 59 }, (_, n) => copy(r, n + 1))]);
    const size = JSON.stringify(compareClaims(many)).length;
    expect(size).toBeLessThanOrEqual(4 * one);
  });

  it("keeps one text published weeks apart as two publications", () => {
    const original = results[0]!;
    const later = copy(original, 1);
    later.article = { ...later.article, publishedAt: "2030-01-01" };
    const r = compareClaims([original, later]);
    expect(r.articles.some((a) => a.copyOf)).toBe(false);
  });
});

describe("adapters", () => {
  it("word-diffs two wordings in every script, and scores their similarity", () => {
    const parts = wordDiff("a very good conversation", "a constructive conversation", "en");
    expect(parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(["very good"]);
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["constructive"]);
    // Cyrillic splits into words, not letters.
    const ru = wordDiff("Разговор был очень хорошим", "Разговор был конструктивным", "ru");
    expect(ru.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(["очень хорошим"]);
    expect(ru.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["конструктивным"]);
    const uk = wordDiff("Розмова була дуже доброю", "Розмова була конструктивною", "uk");
    expect(uk.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["конструктивною"]);
    expect(similarity("constructive talks", "constructive talks")).toBe(1);
    expect(similarity("constructive talks", "a grave error")).toBeLessThan(0.3);
  });
});
