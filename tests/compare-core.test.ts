import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { readings } from "../src/compare/represent/context.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { coreOf } from "../src/compare/match/core.js";
import { eventWeights } from "../src/compare/match/weights.js";
import { pairEvidence } from "../src/compare/match/similarity.js";
import type { Claim } from "../src/schema/claim.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { makeClaim } from "./helpers/gold-claims.js";

// What makes two claims the same assertion: a discriminative core of evidence, read from the
// sentence each claim stands in. Sentences written by the team.

function read(language: string, assertion: string, side = "RU"): ClaimRep {
  return represent(
    makeClaim({ assertion, language, speaker: side === "US" ? "White House" : "Kremlin", side, date: "2021-12-07" }),
    lexiconFor(language).lexicon,
    0,
  );
}
const keys = (r: ClaimRep) => r.keys.map((k) => k.key);

describe("a claim is read in its sentence", () => {
  const text = "The Kremlin said the leaders discussed Iran's nuclear programme, the Korean peninsula and Ukraine. Peskov added that trade was raised.";
  const claim = (id: string, start: number, end: number, whole: [number, number] = [start, end]): Claim => ({
    ...makeClaim({ id, article: "k", speaker: "Kremlin", side: "RU", assertion: text.slice(start, end) }),
    assertionSpan: [start, end],
    span: whole,
  });

  it("widens a fragment to the rest of its sentence", () => {
    const start = text.indexOf("the leaders");
    const c = claim("k:c1", start, text.indexOf(" programme") + " programme".length);
    const r = readings(text, [c]).get("k:c1")!;
    expect(r.text).toBe(text.slice(0, text.indexOf(". ") + 1));
    expect(r.start).toBe(0);
    const rep = represent(c, lexiconFor("en").lexicon, 0, null, r);
    expect(rep.concepts).toEqual(expect.arrayContaining(["iran-nuclear", "korean-peninsula"]));
    expect(rep.states).toContain("UA");
  });

  it("stops at another claim's attribution, and at the end of the sentence", () => {
    const first = claim("k:c1", text.indexOf("the leaders"), text.indexOf(" programme") + " programme".length);
    const second = claim("k:c2", text.indexOf("the Korean"), text.indexOf(". "));
    const r = readings(text, [first, second]);
    expect(r.get("k:c1")!.text).not.toContain("Korean");
    expect(r.get("k:c2")!.text).not.toContain("trade");
    expect(r.get("k:c2")!.text).not.toContain("Iran");
  });

  it("keeps people of the sentence around the claim out of it (the speaker named in the cue)", () => {
    const t = "Putin told reporters that the sanctions would fail.";
    const c: Claim = {
      ...makeClaim({ id: "p:c1", article: "p", speaker: "Dmitry Peskov", side: "RU", assertion: "the sanctions would fail" }),
      assertionSpan: [t.indexOf("the sanctions"), t.length - 1],
      span: [t.indexOf("the sanctions"), t.length - 1],
    };
    const rep = represent(c, lexiconFor("en").lexicon, 0, null, readings(t, [c]).get("p:c1"));
    expect(rep.people).toEqual([]);
    expect(rep.concepts).toContain("sanctions");
  });

  it("reads the assertion alone where the text is not given or does not hold it", () => {
    const c = claim("k:c1", 10, 20);
    expect(readings(undefined, [c]).size).toBe(0);
    expect(readings("something else entirely, shorter", [c]).size).toBe(0);
  });

  it("does not break a sentence after an abbreviation", () => {
    const t = "The U.S. side said the talks on Iran would go on in Vienna.";
    const start = t.indexOf("the talks");
    const c: Claim = {
      ...makeClaim({ id: "u:c1", article: "u", speaker: "White House", side: "US", assertion: t.slice(start, t.length - 1) }),
      assertionSpan: [start, t.length - 1],
      span: [start, t.length - 1],
    };
    expect(readings(t, [c]).get("u:c1")!.start).toBe(0);
  });
});

describe("a discriminative core", () => {
  /** The core of a pair read in one event of some size (filler claims make its weights realistic). */
  function core(a: ClaimRep, b: ClaimRep): number {
    const filler = [
      "Putin and Biden spoke about Ukraine.",
      "The call was about Ukraine.",
      "Ukraine was discussed.",
      "Biden and Putin talked about the situation in Ukraine.",
    ].map((t, i) => read("en", t, i % 2 ? "US" : "RU"));
    const w = eventWeights([a, b, ...filler], { ids: ["joe-biden", "vladimir-putin"], sides: ["US", "RU"] });
    return coreOf(a, b, pairEvidence(a, b, w, null).shared, w);
  }

  it("is not one broad concept, one state or the call alone", () => {
    expect(core(read("en", "Ukraine was raised during the call.", "US"), read("en", "The call touched on Ukraine."))).toBeLessThan(2);
    expect(core(read("en", "Biden discussed the ceasefire.", "US"), read("it", "Hanno parlato del cessate il fuoco in Medio Oriente."))).toBeLessThan(2);
  });

  it("is one subject and the same act, or two subjects", () => {
    expect(
      core(
        read("en", "Putin thanked Biden for the intelligence that stopped a terrorist attack.", "US"),
        read("vi", "Putin cảm ơn Biden về thông tin tình báo đã ngăn chặn một vụ khủng bố."),
      ),
    ).toBeGreaterThanOrEqual(2);
    expect(
      core(
        read("en", "They discussed safe zones and a lasting peace in Syria.", "US"),
        read("pl", "Rozmawiali o strefach bezpieczeństwa i trwałym pokoju w Syrii."),
      ),
    ).toBeGreaterThanOrEqual(2);
  });

  it("counts an evaluative term of one sense in two languages", () => {
    const it_ = read("it", "come risolvere la pericolosa situazione in Corea del Nord", "US");
    const ro = read("ro", "despre rezolvarea situației periculoase din Coreea de Nord", "US");
    expect(keys(it_)).toContain("t:dangerous");
    expect(keys(ro)).toContain("t:dangerous");
    expect(core(it_, ro)).toBeGreaterThanOrEqual(2);
  });
});

describe("a threatened response speaks of the sanctions it stands for", () => {
  it.each([
    ["en", "The United States will respond decisively if Russia attacks."],
    ["ro", "Statele Unite vor răspunde ferm dacă Rusia atacă."],
    ["pl", "Stany Zjednoczone zdecydowanie odpowiedzą, jeśli Rosja zaatakuje."],
    ["vi", "Mỹ sẽ đáp trả quyết liệt nếu Nga tấn công."],
    ["de", "Die USA werden entschlossen reagieren, falls Russland angreift."],
    ["fr", "Les États-Unis vont réagir fermement si la Russie attaque."],
    ["es", "Estados Unidos responderá con decisión si Rusia ataca."],
    ["it", "Gli Stati Uniti risponderanno con decisione se la Russia attacca."],
    ["ru", "США решительно ответят, если Россия нападёт."],
    ["uk", "США рішуче відповідять, якщо Росія нападе."],
  ])("%s: %s", (language, text) => {
    expect(read(language, text, "US").concepts).toContain("countermeasures");
  });

  it("sanctions fall under it; an exhaustive response to a question does not", () => {
    expect(keys(read("en", "Biden raised the possibility of large-scale sanctions."))).toContain("c:countermeasures");
    expect(read("en", "Putin gave an exhaustive response to the question.").concepts).not.toContain("countermeasures");
  });
});

describe("one report read consistently", () => {
  it("a one-word state name that is a function word of the language names no state", () => {
    expect(read("ru", "Кроме того, лидеры обсудили торговлю.").states).toEqual([]);
    expect(read("ru", "Лидеры обсудили ситуацию в Того.").states).toEqual([]);
  });

  it("a compound of two items and an item named again go on with a list", () => {
    const r = read("en", "Biden backed talks through the Strategic Stability Dialogue, at NATO through the NATO-Russia Council, and at the OSCE.", "US");
    expect(r.listRun).toEqual(expect.arrayContaining(["c:strategic-stability", "c:nato", "c:osce"]));
    expect(read("en", "They discussed strategic stability, ransomware, and joint work on regional issues such as Iran.", "US").listRun).toEqual(
      expect.arrayContaining(["c:strategic-stability", "c:cyber", "s:IR"]),
    );
    expect(read("en", "They discussed strategic stability. Later, at the airport, reporters asked about ransomware and about Iran.", "US").listRun).toEqual([]);
  });
});

describe("alignments need a core of their own", () => {
  const event = (us: string, ru: string, lang = "en"): ComparisonResult =>
    compareClaims([
      makeClaim({ id: "u:c1", article: "u", speaker: "White House", side: "US", date: "2021-12-30", assertion: "Biden and Putin spoke by phone today." }),
      makeClaim({ id: "u:c2", article: "u", speaker: "White House", side: "US", date: "2021-12-30", assertion: us }),
      makeClaim({ id: "u:c3", article: "u", speaker: "White House", side: "US", date: "2021-12-30", assertion: "Biden urged Russia to de-escalate tensions." }),
      makeClaim({
        id: "r:c1",
        article: "r",
        speaker: "Kremlin",
        side: "RU",
        date: "2021-12-30",
        assertion: "Putin and Biden held a telephone conversation.",
        language: lang,
      }),
      makeClaim({ id: "r:c2", article: "r", speaker: "Kremlin", side: "RU", date: "2021-12-30", assertion: ru, language: lang }),
      makeClaim({
        id: "r:c3",
        article: "r",
        speaker: "Kremlin",
        side: "RU",
        date: "2021-12-30",
        assertion: "Putin spoke of guarantees on NATO's eastward expansion.",
        language: lang,
      }),
      makeClaim({
        id: "r:c4",
        article: "r",
        speaker: "Kremlin",
        side: "RU",
        date: "2021-12-30",
        assertion: "The talks on strategic stability will resume in Geneva.",
        language: lang,
      }),
      makeClaim({
        id: "r:c5",
        article: "r",
        speaker: "Kremlin",
        side: "RU",
        date: "2021-12-30",
        assertion: "The presidents exchanged New Year greetings.",
        language: lang,
      }),
      makeClaim({
        id: "u:c4",
        article: "u",
        speaker: "White House",
        side: "US",
        date: "2021-12-30",
        assertion: "Biden backed diplomacy with allies at NATO and at the OSCE.",
      }),
      makeClaim({ id: "u:c5", article: "u", speaker: "White House", side: "US", date: "2021-12-30", assertion: "Progress can only come with de-escalation." }),
    ]);
  const pairs = (r: ComparisonResult) => r.events.flatMap((e) => e.alignments).map((a) => [...a.claims].sort().join(" ~ "));

  it("a threatened decisive response and sanctions raised are one matter", () => {
    const r = event(
      "The United States will respond decisively if Russia further invades Ukraine.",
      "Putin replied to Biden's mention of possible large-scale sanctions against Russia over Ukraine.",
    );
    expect(pairs(r)).toContain("r:c2 ~ u:c2");
  });

  it("two claims sharing only the event's own ground do not align", () => {
    const r = event("Biden said the situation around Ukraine remains of concern.", "Putin described the history of the conflict around Ukraine.");
    expect(pairs(r)).not.toContain("r:c2 ~ u:c2");
  });
});
