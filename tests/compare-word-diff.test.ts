import { describe, expect, it } from "vitest";
import { wordDiff } from "../src/compare/adapters/word-diff.js";
import type { DiffPart } from "../src/schema/comparison.js";

// Issue 14: word diffs are segmented for every script — a diff cuts two wordings at word
// boundaries, never inside a word, whether words are set apart by spaces (Cyrillic, Greek,
// Vietnamese syllables) or not at all (Chinese, Japanese).

/** The offsets where `Intl.Segmenter` puts word boundaries in `text`. */
function boundaries(text: string, locale: string): Set<number> {
  const out = new Set<number>([0, text.length]);
  for (const s of new Intl.Segmenter(locale, { granularity: "word" }).segment(text)) {
    out.add(s.index);
    out.add(s.index + s.segment.length);
  }
  return out;
}

/** Whether every cut a diff makes in each of its two wordings falls on a word boundary. */
function cutsAtWords(parts: readonly DiffPart[], a: string, b: string, locale: string): boolean {
  const check = (text: string, keep: (p: DiffPart) => boolean) => {
    const at = boundaries(text, locale);
    let pos = 0;
    for (const p of parts) {
      if (!keep(p)) continue;
      if (!at.has(pos)) return false;
      pos += p.value.length;
    }
    return pos === text.length && at.has(pos);
  };
  return check(a, (p) => !p.added) && check(b, (p) => !p.removed);
}

const removed = (parts: readonly DiffPart[]) => parts.filter((p) => p.removed).map((p) => p.value.trim());
const added = (parts: readonly DiffPart[]) => parts.filter((p) => p.added).map((p) => p.value.trim());
const same = (parts: readonly DiffPart[]) => parts.filter((p) => !p.added && !p.removed).map((p) => p.value.trim());

describe("word diff in every script", () => {
  it("the boundary check itself fails on a diff cut letter by letter", () => {
    // What jsdiff's own splitter did with Cyrillic: single letters, cut inside words.
    const a = "обсудили Сирию";
    const b = "обсудили Украину";
    const letters: DiffPart[] = [
      { value: "обсудили ", added: false, removed: false },
      { value: "С", added: false, removed: true },
      { value: "Укра", added: true, removed: false },
      { value: "и", added: false, removed: false },
      { value: "рию", added: false, removed: true },
      { value: "ну", added: true, removed: false },
    ];
    expect(cutsAtWords(letters, a, b, "ru")).toBe(false);
    expect(cutsAtWords(wordDiff(a, b, "ru"), a, b, "ru")).toBe(true);
  });

  it("Russian: whole words, the shared ones kept", () => {
    const a = "Путин и Трамп обсудили Сирию";
    const b = "Путин и Трамп обсудили Украину";
    const parts = wordDiff(a, b, "ru");
    expect(removed(parts)).toEqual(["Сирию"]);
    expect(added(parts)).toEqual(["Украину"]);
    expect(same(parts)).toEqual(["Путин и Трамп обсудили"]);
    expect(cutsAtWords(parts, a, b, "ru")).toBe(true);
  });

  it("Greek: whole words, accents and final sigma inside them", () => {
    const a = "Η συνομιλία ήταν πολύ καλή";
    const b = "Η συνομιλία ήταν εποικοδομητική";
    const parts = wordDiff(a, b, "el");
    expect(removed(parts)).toEqual(["πολύ καλή"]);
    expect(added(parts)).toEqual(["εποικοδομητική"]);
    expect(cutsAtWords(parts, a, b, "el")).toBe(true);
    const c = "Ο Πούτιν συζήτησε τη Συρία";
    const d = "Ο Πούτιν συζήτησε την Ουκρανία";
    const p2 = wordDiff(c, d, "el");
    expect(removed(p2).join(" ")).toBe("τη Συρία");
    expect(added(p2).join(" ")).toBe("την Ουκρανία");
    expect(cutsAtWords(p2, c, d, "el")).toBe(true);
  });

  it("Vietnamese: syllables with their tone marks stay whole", () => {
    const a = "Tổng thống Nga nói cuộc điện đàm rất tốt đẹp";
    const b = "Tổng thống Nga nói cuộc điện đàm mang tính xây dựng";
    const parts = wordDiff(a, b, "vi");
    expect(removed(parts)).toEqual(["rất tốt đẹp"]);
    expect(added(parts)).toEqual(["mang tính xây dựng"]);
    expect(same(parts)).toEqual(["Tổng thống Nga nói cuộc điện đàm"]);
    expect(cutsAtWords(parts, a, b, "vi")).toBe(true);
    // One tone mark apart is another syllable: "tốt" (good) is not "tớt".
    const q = wordDiff("rất tốt", "rất tớt", "vi");
    expect(removed(q)).toEqual(["tốt"]);
    expect(added(q)).toEqual(["tớt"]);
  });

  it("Chinese: words found without spaces, not single characters", () => {
    const a = "两国领导人进行了非常好的通话";
    const b = "两国领导人进行了建设性的通话";
    const parts = wordDiff(a, b, "zh");
    expect(cutsAtWords(parts, a, b, "zh")).toBe(true);
    // The shared words stay together; what differs is "非常好" against "建设性", not letters.
    expect(same(parts).join("")).toContain("领导人");
    expect(same(parts).join("")).toContain("通话");
    expect(removed(parts).join("")).toContain("非常");
    expect(added(parts).join("")).toContain("建设性");
    expect(parts.filter((p) => p.added || p.removed).every((p) => p.value.length >= 2)).toBe(true);
  });

  it("Japanese: words found without spaces, not single characters", () => {
    const a = "両首脳は非常に良い電話会談を行った";
    const b = "両首脳は建設的な電話会談を行った";
    const parts = wordDiff(a, b, "ja");
    expect(cutsAtWords(parts, a, b, "ja")).toBe(true);
    expect(same(parts).join("")).toContain("電話");
    expect(removed(parts).join("")).toContain("非常");
    expect(added(parts).join("")).toContain("建設");
    expect(parts.filter((p) => p.added || p.removed).every((p) => p.value.length >= 2)).toBe(true);
  });

  it("wordings far apart are shown as wholly replaced, in any script", () => {
    const a =
      "Путин заявил, что переговоры прошли в деловой и конструктивной атмосфере, и стороны договорились продолжить контакты на разных уровнях в ближайшее время";
    const b =
      "Белый дом сообщил: президенты обсудили Иран, Северную Корею, Украину, Сирию, торговлю, санкции и энергетику, а также многое другое без всяких договорённостей";
    const parts = wordDiff(a, b, "ru");
    expect(cutsAtWords(parts, a, b, "ru")).toBe(true);
    expect(same(parts).join(" ").length).toBeLessThan(a.length / 2);
  });
});
