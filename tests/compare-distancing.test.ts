import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Distancing: a side that speaks of what the other asserts as "alleged", "so-called", in scare
// quotes or as a "hysteria" does not corroborate it. Sentences written by the team.

function read(language: string, assertion: string): ClaimRep {
  return represent(makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date: "2022-02-12" }), lexiconFor(language).lexicon, 0);
}

describe("distancing words, per language", () => {
  it.each([
    ["en", "Washington keeps talking about the allegedly imminent invasion."],
    ["en", "They are whipping up hysteria over an invasion that nobody plans."],
    ["ro", "Washingtonul vorbește despre așa-numita invazie iminentă."],
    ["pl", "Waszyngton mówi o rzekomej inwazji na wschodzie."],
    ["vi", "Washington liên tục nói về cái gọi là xâm lược sắp xảy ra."],
    ["de", "Washington spricht von einer angeblichen Invasion im Osten."],
    ["fr", "Washington parle d'une prétendue invasion imminente."],
    ["es", "Washington habla de la supuesta invasión inminente."],
    ["it", "Washington parla della cosiddetta invasione imminente."],
    ["ru", "Вашингтон говорит о так называемом вторжении с востока."],
    ["uk", "Вашингтон говорить про так зване вторгнення зі сходу."],
  ])("%s: %s holds the invasion at a distance", (language, text) => {
    expect(read(language, text).heldAtDistance).toContain("c:invasion");
  });

  it.each([
    ["en", "Washington warned against an invasion of Ukraine."],
    ["ro", "Washingtonul a avertizat împotriva unei invazii."],
    ["pl", "Waszyngton ostrzegł przed inwazją."],
    ["vi", "Washington cảnh báo về một cuộc xâm lược."],
    ["de", "Washington warnte vor einer Invasion."],
    ["fr", "Washington a mis en garde contre une invasion."],
    ["es", "Washington advirtió contra una invasión."],
    ["it", "Washington ha messo in guardia contro un'invasione."],
    ["ru", "Вашингтон предостерёг от вторжения."],
    ["uk", "Вашингтон застеріг від вторгнення."],
  ])("%s: a plain mention is held at no distance (%s)", (language, text) => {
    expect(read(language, text).heldAtDistance).toEqual([]);
  });

  it("a distancing word reaches what follows it closely, not a subject far on in the sentence", () => {
    const r = read("en", "The talk of a so-called buildup was, as everyone knows, followed by a long discussion of trade and of the energy agenda.");
    expect(r.heldAtDistance).toContain("c:military-buildup");
    expect(r.heldAtDistance).not.toContain("c:trade");
  });

  it("scare quotes written in the text hold their word at a distance; a quoted evaluative term does not", () => {
    expect(read("en", 'the US keeps announcing the dates of this "invasion" to the press').heldAtDistance).toContain("c:invasion");
    expect(read("pl", "Waszyngton podaje nawet daty tej „inwazji” w prasie").heldAtDistance).toContain("c:invasion");
    expect(read("fr", "Washington annonce même les dates de cette « invasion » à la presse").heldAtDistance).toContain("c:invasion");
    expect(read("en", 'the talks were "constructive" and covered the invasion').heldAtDistance).toEqual([]);
    // An apostrophe is no quotation mark.
    expect(read("en", "our troops' movements near the border").heldAtDistance).toEqual([]);
  });
});

const flags = (r: ComparisonResult) => r.events.flatMap((e) => e.disagreements);
const pairs = (r: ComparisonResult) => r.events.flatMap((e) => e.alignments).map((a) => [...a.claims].sort().join(" ~ "));

function readouts(us: string, ru: string, language = "en") {
  return compareClaims([
    makeClaim({ id: "wh:c1", article: "wh", speaker: "White House", side: "US", date: "2022-02-12", assertion: "Biden spoke with Putin by phone today." }),
    makeClaim({ id: "wh:c2", article: "wh", speaker: "White House", side: "US", date: "2022-02-12", assertion: us, language: "en" }),
    makeClaim({
      id: "kr:c1",
      article: "kr",
      speaker: "Kremlin",
      side: "RU",
      date: "2022-02-12",
      assertion: "Putin and Biden held a telephone conversation.",
      language,
    }),
    makeClaim({ id: "kr:c2", article: "kr", speaker: "Kremlin", side: "RU", date: "2022-02-12", assertion: ru, language }),
  ]);
}

describe("a side holding the other's matter at a distance", () => {
  it("is a characterization of that matter, not a corroboration (one language)", () => {
    const r = readouts(
      "Biden warned Putin about the military buildup near the Ukrainian border and the risk of an invasion.",
      "Washington keeps whipping up hysteria over a so-called military buildup near the Ukrainian border and an invasion.",
    );
    expect(pairs(r)).not.toContain("kr:c2 ~ wh:c2");
    const d = flags(r).find((x) => x.type === "characterization");
    expect(d?.claims).toEqual(expect.arrayContaining(["wh:c2", "kr:c2"]));
  });

  it("is a characterization across languages too", () => {
    const r = readouts(
      "Biden warned Putin about the military buildup near the Ukrainian border and the risk of an invasion.",
      "Вашингтон нагнетает истерию вокруг якобы готовящегося вторжения и наращивания войск у украинской границы.",
      "ru",
    );
    expect(pairs(r)).not.toContain("kr:c2 ~ wh:c2");
    expect(flags(r).some((x) => x.type === "characterization" && x.claims.includes("kr:c2") && x.claims.includes("wh:c2"))).toBe(true);
  });

  it("the same matter named plainly by both sides corroborates", () => {
    const r = readouts(
      "Both presidents agreed that the ceasefire in Donbas must be restored and that prisoners should be exchanged.",
      "The two leaders agreed that the ceasefire in Donbas must be restored and prisoners exchanged.",
    );
    expect(pairs(r)).toContain("kr:c2 ~ wh:c2");
    expect(flags(r).some((x) => x.type === "characterization" && x.claims.includes("kr:c2"))).toBe(false);
  });
});
