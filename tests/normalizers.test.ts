import { describe, expect, it } from "vitest";
import { makeNormalizer, normalizerOf } from "../src/text/fold.js";
import { tokenize } from "../src/text/tokens.js";
import { Matcher } from "../src/text/matcher.js";
import { compilePack } from "../src/pipeline/lexicon.js";
import { getLanguagePack } from "../src/lang/registry.js";

/** Whether `a` and `b` get one key under the normalisers a built-in pack declares. */
const same = (code: string, a: string, b: string) => {
  const n = normalizerOf(getLanguagePack(code).matching);
  return n(a) === n(b);
};

describe("declared spelling normalisers", () => {
  it("never merge distinct letters: мой ≠ мои, їх stays їх, ї ≠ і, и ≠ і", () => {
    expect(same("ru", "мой", "мои")).toBe(false);
    expect(normalizerOf(getLanguagePack("uk").matching)("Їх")).toBe("їх");
    expect(same("uk", "їх", "іх")).toBe(false);
    expect(same("uk", "були", "булі")).toBe(false);
    expect(same("uk", "Зеленський", "Зеленськии")).toBe(false);
  });

  it("unify the spelling variants each pack declares", () => {
    expect(same("ru", "Кремлём", "кремлем")).toBe(true);
    expect(same("ro", "Preşedintele", "președintele")).toBe(true);
    expect(same("ro", "ţară", "țară")).toBe(true);
    expect(same("vi", "hoà", "hòa")).toBe(true);
    expect(same("vi", "thuỷ", "thủy")).toBe(true);
    // The tone itself is kept: hòa (grave) is not hóa (acute) nor hoa (none).
    expect(same("vi", "hòa", "hóa")).toBe(false);
    expect(same("vi", "hòa", "hoa")).toBe(false);
    expect(same("uk", "п’ятниця", "пʼятниця")).toBe(true);
    expect(same("uk", "п'ятниця", "пʼятниця")).toBe(true);
  });

  it("strip marks only where the pack declares it", () => {
    expect(same("en", "Ławrow", "lawrow")).toBe(true);
    expect(same("pl", "się", "sie")).toBe(true);
    expect(same("ro", "puțin", "Putin")).toBe(false);
    expect(same("es", "habló", "hablo")).toBe(false);
    expect(same("ru", "й", "и")).toBe(false);
    // ё → е is Russian's alone: a pack that does not declare it keeps the letter.
    expect(makeNormalizer([])("ё")).toBe("ё");
  });

  it("an apostrophe between letters stays inside a Ukrainian word, and only there", () => {
    const uk = compilePack(getLanguagePack("uk")).fold;
    expect(tokenize("з’їзд і 'слово'", uk).map((t) => t.key)).toEqual(["зʼїзд", "і", "слово"]);
    // Without the normaliser the apostrophe splits the word, as it always did.
    expect(tokenize("з’їзд", makeNormalizer([])).map((t) => t.text)).toEqual(["з", "їзд"]);
  });

  it("drive the matchers: a pattern in one spelling matches the other", () => {
    const vi = normalizerOf(getLanguagePack("vi").matching);
    const m = new Matcher<string>(vi);
    m.add("hòa bình", "peace");
    expect(m.findAll(tokenize("ủng hộ hoà bình", vi)).map((x) => x.values)).toEqual([["peace"]]);
    const plain = new Matcher<string>(makeNormalizer([]));
    plain.add("hòa bình", "peace");
    expect(plain.findAll(tokenize("ủng hộ hoà bình", makeNormalizer([])))).toEqual([]);
  });
});

describe("marked words (pack matching.markedWords)", () => {
  it("a word whose marks tell it from another keeps them under strip-marks; others still fold", () => {
    const n = makeNormalizer(["strip-marks"], ["że"]);
    expect(n("Że")).toBe("że");
    expect(n("ze")).toBe("ze");
    expect(n("Białego")).toBe("bialego");
    expect(makeNormalizer(["strip-marks"])("że")).toBe("ze");
  });
});
