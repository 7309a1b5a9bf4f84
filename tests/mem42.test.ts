import { describe, expect, it } from "vitest";
import { Matcher } from "../src/text/matcher.js";
import { tokenize } from "../src/text/tokens.js";
import { PhraseMatcher, type RepToken } from "../src/compare/represent/phrases.js";

// The trie nodes of both matchers make their maps, sets and lists only when first filled: these
// tests pin that a node missing a collection reads as one holding nothing (no match, no throw).

const find = (m: Matcher<string>, text: string) => m.findAll(tokenize(text, true), text).map((x) => [x.from, x.to, x.values]);

describe("lexicon matcher: nodes without collections", () => {
  it("finds nothing with no pattern, and nothing past the end of a pattern", () => {
    const m = new Matcher<string>(true);
    expect(find(m, "the minister said")).toEqual([]);
    expect(m.matchAt(tokenize("said", true), 0, "said")).toBeNull();
    m.add("said", "verb");
    // (the leaf "said" has no children: the next word ends the walk)
    expect(find(m, "said that she said")).toEqual([
      [0, 1, ["verb"]],
      [3, 4, ["verb"]],
    ]);
  });

  it("matches no inner node that carries no value of its own", () => {
    const m = new Matcher<string>(true);
    m.add("prime minister", "title");
    expect(find(m, "the prime of life")).toEqual([]);
    expect(find(m, "the prime minister spoke")).toEqual([[1, 3, ["title"]]]);
  });

  it("reads a node with only prefix children, and one with only exact children", () => {
    const m = new Matcher<string>(true);
    m.add("foreign minist*", "minister");
    m.add("foreign office", "office");
    m.add("kreml*", "kremlin");
    expect(find(m, "the foreign ministry said")).toEqual([[1, 3, ["minister"]]]);
    expect(find(m, "the foreign office said")).toEqual([[1, 3, ["office"]]]);
    expect(find(m, "the foreign press said")).toEqual([]);
    // A root prefix: words that begin so, and no shorter word.
    expect(find(m, "Kremlin and Kremla, not Krem")).toEqual([
      [0, 1, ["kremlin"]],
      [2, 3, ["kremlin"]],
    ]);
  });

  it("matches prefixes shorter than the index head by their whole key", () => {
    const m = new Matcher<string>(true);
    m.add("ab*", "short");
    expect(find(m, "abc abroad ba")).toEqual([
      [0, 1, ["short"]],
      [1, 2, ["short"]],
    ]);
  });

  it("keeps colon values apart from plain values on the same node", () => {
    const m = new Matcher<string>(true);
    m.add("Photo:", "caption");
    expect(find(m, "Photo: Reuters")).toEqual([[0, 1, ["caption"]]]);
    expect(find(m, "the photo shows")).toEqual([]);
    m.add("photo", "noun");
    expect(find(m, "Photo: Reuters")).toEqual([[0, 1, ["noun", "caption"]]]);
    expect(find(m, "the photo shows")).toEqual([[1, 2, ["noun"]]]);
  });
});

/** A token as the comparison's tokenizer gives it, with its forms set by hand. */
function token(text: string, start: number, stem = text): RepToken {
  return { start, end: start + text.length, text, folded: text, stem, upper: false, acronym: false, digits: false, joins: true };
}
function tokens(text: string): RepToken[] {
  let at = 0;
  return text.split(" ").map((w) => {
    const t = token(w, at);
    at += w.length + 1;
    return t;
  });
}
const phrases = (m: PhraseMatcher<string>, text: string) => m.findAll(tokens(text)).map((x) => [x.from, x.to, x.values]);

describe("phrase matcher: nodes without collections", () => {
  it("finds nothing with no phrase", () => {
    const m = new PhraseMatcher<string>();
    expect(phrases(m, "peace talks")).toEqual([]);
    expect(m.matchAt(tokens("peace"), 0)).toBeNull();
  });

  it("matches no inner node without a value, and stops at a leaf", () => {
    const m = new PhraseMatcher<string>();
    m.add(
      [
        { kind: "exact", key: "=peace" },
        { kind: "exact", key: "=talks" },
      ],
      "talks",
    );
    expect(phrases(m, "peace now")).toEqual([]);
    expect(phrases(m, "peace talks now")).toEqual([[0, 2, ["talks"]]]);
  });

  it("reads a node with only prefix children, short ones included", () => {
    const m = new PhraseMatcher<string>();
    m.add(
      [
        { kind: "exact", key: "=north" },
        { kind: "prefix", key: "korea", extra: 2 },
      ],
      "KP",
    );
    m.add([{ kind: "prefix", key: "ko", extra: 1 }], "short");
    expect(phrases(m, "north koreas")).toEqual([[0, 2, ["KP"]]]);
    expect(phrases(m, "north pole")).toEqual([]);
    expect(phrases(m, "kos koala")).toEqual([[0, 1, ["short"]]]);
  });

  it("skips a word inside a phrase only where the node has children", () => {
    const m = new PhraseMatcher<string>();
    m.modifiers = new Set(["very"]);
    m.add(
      [
        { kind: "exact", key: "=talks" },
        { kind: "exact", key: "=open" },
      ],
      "open",
    );
    m.add([{ kind: "exact", key: "=calm" }], "calm");
    expect(m.findAll(tokens("talks very open")).map((x) => [x.from, x.to, x.values, x.modifier])).toEqual([[0, 3, ["open"], 1]]);
    // "calm" is a leaf: a modifier after it starts nothing.
    expect(phrases(m, "calm very open")).toEqual([[0, 1, ["calm"]]]);
  });
});
