import { describe, expect, it } from "vitest";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { cognateKey } from "../src/compare/represent/cognates.js";
import { wordCount } from "../src/compare/represent/context.js";
import { PhraseMatcher, type RepToken } from "../src/compare/represent/phrases.js";
import { compile } from "../src/model/index.js";
import { makeClaim } from "./helpers/gold-claims.js";

// The comparison keeps what it reads of each word (root look-ups, folded forms, stems, cognate
// keys) and each language's lexicon once made: these tests pin that what is kept never changes
// what is read.

/** A token as the comparison's tokenizer gives it, with its forms set by hand. */
function token(text: string, folded: string, stem: string, start: number, joins = true): RepToken {
  return { start, end: start + text.length, text, folded, stem, upper: /^\p{Lu}/u.test(text), acronym: false, digits: false, joins };
}

function read(language: string, assertion: string, order = 0): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date: "2021-12-07" });
  return represent(claim, lexiconFor(language).lexicon, order);
}

describe("phrase matcher: the root look-up kept per word", () => {
  it("finds a longer phrase added after a word was looked up", () => {
    const m = new PhraseMatcher<string>();
    m.add([{ kind: "exact", key: "=peace" }], "peace");
    const tokens = [token("peace", "peace", "peac", 0), token("talks", "talks", "talk", 6)];
    expect(m.findAll(tokens).map((x) => [x.from, x.to, x.values])).toEqual([[0, 1, ["peace"]]]);
    m.add(
      [
        { kind: "exact", key: "=peace" },
        { kind: "exact", key: "~talk" },
      ],
      "peace-talks",
    );
    expect(m.findAll(tokens).map((x) => [x.from, x.to, x.values])).toEqual([[0, 2, ["peace-talks"]]]);
  });

  it("reads a word written alike by the forms its token carries, not by what was kept for it", () => {
    const m = new PhraseMatcher<string>();
    m.add([{ kind: "exact", key: "=mir" }], "peace");
    expect(m.matchAt([token("Mir", "mir", "mir", 0)], 0)?.values).toEqual(["peace"]);
    // The same text folded otherwise (another language's tokens): no match from the kept look-up.
    expect(m.matchAt([token("Mir", "mír", "mír", 0)], 0)).toBeNull();
    expect(m.matchAt([token("Mir", "mir", "mir", 0)], 0)?.values).toEqual(["peace"]);
  });

  it("matches prefixes by their first letters, shortest first, and short prefixes for every word", () => {
    const m = new PhraseMatcher<string>();
    m.add([{ kind: "prefix", key: "ukrain", extra: 3 }], "UA");
    m.add([{ kind: "prefix", key: "ukr", extra: 1 }], "short");
    m.add([{ kind: "prefix", key: "ko", extra: 4 }], "two-letter");
    const at = (text: string) => m.matchAt([token(text, text, text, 0)], 0)?.values ?? null;
    expect(at("ukraine")).toEqual(["UA"]);
    expect(at("ukraini")).toEqual(["UA"]);
    expect(at("ukry")).toEqual(["short"]);
    expect(at("korea")).toEqual(["two-letter"]);
    // Too many letters past the prefix, or another beginning: nothing.
    expect(at("ukrainianism")).toBeNull();
    expect(at("koreanic")).toBeNull();
    expect(at("uk")).toBeNull();
  });

  it("looks up a word with its marks only where a phrase is written so", () => {
    const m = new PhraseMatcher<string>();
    m.add([{ kind: "exact", key: "≡würde" }], "would");
    expect(m.matchAt([token("würde", "wurde", "wurd", 0)], 0)?.values).toEqual(["would"]);
    expect(m.matchAt([token("wurde", "wurde", "wurd", 0)], 0)).toBeNull();
  });
});

describe("comparison lexicons: one per model and language", () => {
  it("gives the same lexicon each time, and says alike each time that a language has no pack", () => {
    const model = compile();
    expect(lexiconFor("de", model).lexicon).toBe(lexiconFor("de", model).lexicon);
    expect(lexiconFor("de", model).missing).toBe(false);
    expect(lexiconFor("xx", model).missing).toBe(true);
    expect(lexiconFor("xx", model).missing).toBe(true);
    // A regional tag reads as its language.
    expect(lexiconFor("de-AT", model).lexicon).toBe(lexiconFor("de", model).lexicon);
  });
});

describe("what is kept per word never changes a claim's reading", () => {
  it.each([
    ["en", "Russia and Ukraine agreed to exchange eight prisoners after the talks in Istanbul"],
    ["de", "Russland und die Ukraine vereinbarten nach den Gesprächen einen Austausch von acht Gefangenen"],
    ["ru", "Россия и Украина договорились обменяться восемью пленными после переговоров"],
    ["fr", "La France et l'Allemagne ont critiqué les sanctions contre l'Iran"],
  ])("%s: the same claim read twice gives the same keys", (language, text) => {
    const first = read(language, text);
    const again = read(language, text, 1);
    expect(again.keys).toEqual(first.keys);
    expect(again.quantities).toEqual(first.quantities);
    expect(again.keys.length).toBeGreaterThan(2);
  });

  it("reads the shared concept of one claim in several languages", () => {
    const en = read("en", "The sanctions against Iran must be lifted");
    const de = read("de", "Die Sanktionen gegen den Iran müssen aufgehoben werden");
    expect(en.concepts).toContain("sanctions");
    expect(de.concepts).toContain("sanctions");
    expect(en.states).toEqual(["IR"]);
    expect(de.states).toEqual(["IR"]);
  });

  it("gives each word its own cognate key, however many words were met before", () => {
    expect(cognateKey("infrastructure")).toBe("infras");
    // More words than the cache keeps: it starts again, and keys stay right.
    for (let i = 0; i < 120_000; i++) cognateKey(`modernisation${i.toString(36)}`);
    expect(cognateKey("infrastructure")).toBe("infras");
    expect(cognateKey("инфраструктуры")).toBe("infras");
    expect(cognateKey("russia")).toBeNull();
  });
});

describe("word count of an assertion: three plain words read without the segmenter", () => {
  const segmenter = new Intl.Segmenter("und", { granularity: "word" });
  const slow = (text: string) => {
    let n = 0;
    for (const s of segmenter.segment(text)) if (s.isWordLike && ++n >= 3) break;
    return n;
  };
  it.each([
    "The talks went well",
    "Россия и США договорились",
    "  Ça va très bien",
    "U.S. officials said",
    "Kremlin.",
    "Ulysmedia.kz said",
    "two words",
    "“We agreed on everything”",
    "北京 上海 广州",
    // characters that join words, though `\s` holds them
    "abc\u202Fdef ghi",
    "abc\uFEFFdef ghi",
    "abc\uFEFFdef ghi jkl",
  ])("%j counts as the segmenter does", (text) => {
    expect(Math.min(wordCount(text), 3)).toBe(slow(text));
  });

  it("counts a word joined by a narrow no-break space as one", () => {
    expect(wordCount("abc\u202Fdef ghi")).toBe(2);
    expect(wordCount("abc def ghi")).toBe(3);
  });
});
