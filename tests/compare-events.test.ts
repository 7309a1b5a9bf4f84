import { describe, expect, it } from "vitest";
import { compareClaims, compareClaimsAsync, CompareOptionsSchema } from "../src/compare/index.js";
import { similarity } from "../src/compare/adapters/similarity.js";
import { wordDiff } from "../src/compare/adapters/word-diff.js";
import { ClaimdiffError } from "../src/errors.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { makeClaim } from "./helpers/gold-claims.js";

const eventOf = (r: ComparisonResult, id: string) => r.events.find((e) => e.claims.includes(id))?.id;

describe("events", () => {
  it("puts two articles about one call, in Romanian and Vietnamese, into one event", () => {
    const ro = makeClaim({ id: "ro:1", article: "ro", language: "ro", speaker: "Kremlin", side: "RU", date: "2017-01-28", basis: "published",
      assertion: "Trump şi Putin au discutat şi despre posibilitatea unei întâlniri oficiale", topics: ["meeting"] });
    const vi = makeClaim({ id: "vi:1", article: "vi", language: "vi", speaker: "White House", side: "US", date: "2017-01-29", basis: "published",
      assertion: "hai Tổng thống Trump và Putin đã bàn về việc hợp tác chống IS và tìm kiếm hòa bình cho Syria", topics: ["isis", "syria"] });
    const r = compareClaims([ro, vi]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.articles.sort()).toEqual(["ro", "vi"]);
    expect(r.events[0]!.accounts.map((a) => a.side).sort()).toEqual(["RU", "US"]);
    expect(r.events[0]!.date).toBe("2017-01-28");
  });

  it("keeps calls on different days apart", () => {
    const claims = [
      makeClaim({ id: "a:1", article: "a", speaker: "Kremlin", side: "RU", date: "2017-01-28", assertion: "Putin and Trump discussed Syria by phone.", topics: ["phone-call", "syria"] }),
      makeClaim({ id: "b:1", article: "b", speaker: "Kremlin", side: "RU", date: "2017-05-02", assertion: "Putin and Trump discussed Syria by phone.", topics: ["phone-call", "syria"] }),
    ];
    const r = compareClaims(claims);
    expect(eventOf(r, "a:1")).not.toBe(eventOf(r, "b:1"));
  });

  it("keeps two calls one side dated to consecutive days apart, but lets a next-day readout join", () => {
    const first = makeClaim({ id: "k:1", article: "k1", speaker: "Kremlin", side: "RU", date: "2021-12-30", basis: "relative", assertion: "Vladimir Putin had a telephone conversation with Joseph Biden.", topics: ["phone-call"] });
    const second = makeClaim({ id: "k:2", article: "k2", speaker: "Kremlin", side: "RU", date: "2021-12-31", basis: "explicit", assertion: "Vladimir Putin had a telephone conversation with Joseph Biden.", topics: ["phone-call"] });
    expect(eventOf(compareClaims([first, second]), "k:1")).not.toBe(eventOf(compareClaims([first, second]), "k:2"));
    const readout = makeClaim({ id: "k:3", article: "k3", speaker: "Kremlin", side: "RU", date: "2021-12-31", basis: "published", assertion: "Vladimir Putin had a telephone conversation with Joseph Biden.", topics: ["phone-call"] });
    const r = compareClaims([first, readout]);
    expect(eventOf(r, "k:1")).toBe(eventOf(r, "k:3"));
  });

  it("splits one day into events by who takes part", () => {
    const claims = [
      makeClaim({ id: "x:1", article: "x", speaker: "Kremlin", side: "RU", assertion: "Vladimir Putin discussed Syria with Donald Trump.", topics: ["syria"] }),
      makeClaim({ id: "x:2", article: "x", speaker: "White House", side: "US", assertion: "Trump and Putin discussed Syria.", topics: ["syria"] }),
      makeClaim({ id: "y:1", article: "y", speaker: "Angela Merkel", side: "DE", assertion: "Merkel told Erdogan that the refugee deal holds.", topics: ["migration"] }),
    ];
    const r = compareClaims(claims);
    expect(eventOf(r, "x:1")).toBe(eventOf(r, "x:2"));
    expect(eventOf(r, "y:1")).not.toBe(eventOf(r, "x:1"));
  });

  it("keeps background claims out: flagged as background, or undated with no basis", () => {
    const claims = [
      makeClaim({ id: "b:1", speaker: "Donald Trump", side: "US", date: null, assertion: "Trump repeatedly said he did not know Putin." }),
      makeClaim({ id: "b:2", speaker: "Vladimir Putin", side: "RU", background: true, assertion: "Putin congratulated the Republican on his victory." }),
      makeClaim({ id: "b:3", speaker: "Kremlin", side: "RU", assertion: "Putin and Trump agreed to normalize relations.", topics: ["relations"] }),
    ];
    const r = compareClaims(claims);
    expect(r.background.sort()).toEqual(["b:1", "b:2"]);
    expect(r.events.flatMap((e) => e.claims)).toEqual(["b:3"]);
  });
});

describe("alignment", () => {
  it("aligns one quotation reported by two outlets as the same report, with a word diff", () => {
    const a = makeClaim({ id: "o1:1", article: "o1", speaker: "Kremlin", side: "RU", assertion: "The conversation was held in a positive and businesslike manner.", topics: ["tone"] });
    const b = makeClaim({ id: "o2:1", article: "o2", speaker: "Dmitry Peskov", side: "RU", assertion: "The conversation was held in a positive and business-like manner.", topics: ["tone"] });
    const r = compareClaims([a, b]);
    const al = r.events[0]!.alignments[0]!;
    expect(al.relation).toBe("same-report");
    expect(al.claims).toEqual(["o1:1", "o2:1"]);
    expect(al.diff!.some((p) => p.added) && al.diff!.some((p) => !p.added && !p.removed)).toBe(true);
  });

  it("does not align two claims of one side in one article", () => {
    const a = makeClaim({ id: "o1:1", article: "o1", speaker: "Kremlin", side: "RU", assertion: "The leaders discussed Syria.", topics: ["syria"] });
    const b = makeClaim({ id: "o1:2", article: "o1", speaker: "Kremlin", side: "RU", assertion: "Syria was discussed at length.", topics: ["syria"] });
    expect(compareClaims([a, b]).events[0]!.alignments).toEqual([]);
  });

  it("uses a user embedding for claims that share no key", () => {
    const a = makeClaim({ id: "e:1", article: "e1", speaker: "White House", side: "US", assertion: "The presidents tasked their teams to follow up.", topics: [] });
    const b = makeClaim({ id: "e:2", article: "e2", speaker: "Kremlin", side: "RU", assertion: "The leaders instructed their representatives to hold consultations.", topics: [] });
    expect(compareClaims([a, b]).events[0]!.alignments).toEqual([]);
    const embed = (texts: string[]) => texts.map(() => [1, 0.1, 0]);
    const al = compareClaims([a, b], { embed }).events[0]!.alignments;
    expect(al).toHaveLength(1);
    expect(al[0]!.relation).toBe("corroboration");
    expect(al[0]!.keys).toContain("embedding");
  });

  it("takes an async embedding in compareClaimsAsync and refuses it in compareClaims", async () => {
    const a = makeClaim({ id: "e:1", article: "e1", speaker: "White House", side: "US", assertion: "The presidents tasked their teams to follow up." });
    const b = makeClaim({ id: "e:2", article: "e2", speaker: "Kremlin", side: "RU", assertion: "The leaders instructed their representatives to hold consultations." });
    const embed = async (texts: string[]) => texts.map(() => [0, 1]);
    const r = await compareClaimsAsync([a, b], { embed });
    expect(r.events[0]!.alignments).toHaveLength(1);
    expect(() => compareClaims([a, b], { embed })).toThrow(/compareClaimsAsync/);
  });
});

describe("options and input", () => {
  it("rejects invalid options with a clear, typed error", () => {
    const bad = [{ threshold: 2 }, { rules: ["tone"] }, { minConfidence: "high" }, { embed: 3 }, { unknownOption: true }];
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

  it("leaves out claims below the minimum confidence", () => {
    const a = makeClaim({ id: "m:1", speaker: "Kremlin", side: "RU", assertion: "Syria was discussed.", topics: ["syria"], confidence: 0.3 });
    const b = makeClaim({ id: "m:2", speaker: "Kremlin", side: "RU", assertion: "Iran was discussed.", topics: ["iran-nuclear"], confidence: 0.9 });
    const r = compareClaims([a, b], { minConfidence: 0.5 });
    expect(r.events.flatMap((e) => e.claims)).toEqual(["m:2"]);
    expect(r.warnings.map((w) => w.code)).toContain("low-confidence");
  });

  it("accepts extraction results and result articles as well as bare claims", () => {
    const c = makeClaim({ id: "art:c1", article: "art", speaker: "Kremlin", side: "RU", assertion: "Syria was discussed.", topics: ["syria"] });
    const meta = { id: "art", language: "en", languageDetected: false, title: null, outlet: "X", url: null, publishedAt: "2017-01-28", publishedAtSource: "metadata" as const, issuer: null, via: [], textLength: 20 };
    const fromResult = compareClaims([{ article: meta, text: "Syria was discussed.", claims: [c], warnings: [] }]);
    expect(fromResult.articles[0]!.outlet).toBe("X");
    expect(fromResult.articles[0]!.text).toBe("Syria was discussed.");
    expect(compareClaims(fromResult.articles).events[0]!.claims).toEqual(["art:c1"]);
    expect(() => compareClaims([{ nonsense: true }] as never)).toThrow(ClaimdiffError);
  });
});

describe("adapters", () => {
  it("word-diffs two wordings and scores their similarity", () => {
    const parts = wordDiff("a very good conversation", "a constructive conversation", "en");
    expect(parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(["very good"]);
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["constructive"]);
    expect(similarity("constructive talks", "constructive talks")).toBe(1);
    expect(similarity("constructive talks", "a grave error")).toBeLessThan(0.3);
  });
});
