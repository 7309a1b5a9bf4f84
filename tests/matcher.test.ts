import { describe, expect, it } from "vitest";
import { Matcher } from "../src/text/matcher.js";
import { tokenize } from "../src/text/tokens.js";
import { makeNormalizer } from "../src/text/fold.js";

describe("Matcher and the shared vocabulary", () => {
  it("tokens of one word share their strings and id across calls of the tokenizer", () => {
    const a = tokenize("Peskov said", true);
    const b = tokenize("Then Peskov left", true);
    expect(a[0]!.id).toBe(b[1]!.id);
    expect(a[0]!.text).toBe(b[1]!.text);
    expect(a[1]!.id).not.toBe(b[1]!.id);
    expect(b[1]).toMatchObject({ text: "Peskov", key: "peskov", upper: true, start: 5, end: 11 });
  });

  it("answers each matcher for itself on the same words", () => {
    const people = new Matcher<string>(true);
    people.add("Peskov", "peskov");
    const verbs = new Matcher<string>(true);
    verbs.add("said", "verb");
    const text = "Peskov said";
    const t = tokenize(text, true);
    expect(people.findAll(t, text).map((m) => m.values)).toEqual([["peskov"]]);
    expect(verbs.findAll(t, text).map((m) => [m.from, m.values])).toEqual([[1, ["verb"]]]);
    expect(people.findAll(tokenize("said Peskov", true), "said Peskov").map((m) => m.from)).toEqual([1]);
  });

  it("finds a pattern added after the matcher was used on the same word", () => {
    const m = new Matcher<string>(true);
    m.add("Kremlin", "kremlin");
    const text = "Ushakov said";
    expect(m.findAll(tokenize(text, true), text)).toEqual([]);
    m.add("Ushakov", "ushakov");
    expect(m.findAll(tokenize(text, true), text).map((x) => x.values)).toEqual([["ushakov"]]);
  });

  it("joins words across a space or an abbreviation's dot, not across a sentence end", () => {
    const m = new Matcher<string>(true);
    m.add("Vladimir Putin", "putin");
    m.add("U S", "us");
    const ok = "Vladimir Putin and the U.S. met";
    expect(m.findAll(tokenize(ok, true), ok).map((x) => x.values[0])).toEqual(["putin", "us"]);
    const broken = "Vladimir. Putin";
    expect(m.findAll(tokenize(broken, true), broken)).toEqual([]);
  });
});

describe("tokenize", () => {
  const words = (text: string, normalize: Parameters<typeof tokenize>[1] = true) => tokenize(text, normalize).map((t) => [t.text, t.start, t.end]);

  it("reads letters, marks and digits of every plane, and nothing else", () => {
    expect(words("Ушаков: «2025» — 𝐀b 😀 e\u0301té")).toEqual([
      ["Ушаков", 0, 6],
      ["2025", 9, 13],
      ["𝐀b", 17, 20],
      ["e\u0301té", 24, 28],
    ]);
    expect(words("—… ¿?")).toEqual([]);
  });

  it("cuts a run longer than 100 code points", () => {
    expect(tokenize("a".repeat(250), true).map((t) => t.end - t.start)).toEqual([100, 100, 50]);
    expect(tokenize("𝐀".repeat(101), true).map((t) => t.end - t.start)).toEqual([200, 2]);
  });

  it("keeps an apostrophe between letters inside a word only under the apostrophe normaliser", () => {
    const uk = makeNormalizer(["apostrophe"]);
    expect(words("п’ятниця Kremlin's x' y", uk).map((w) => w[0])).toEqual(["п’ятниця", "Kremlin's", "x", "y"]);
    expect(words("п’ятниця Kremlin's", true).map((w) => w[0])).toEqual(["п", "ятниця", "Kremlin", "s"]);
  });
});
