import { describe, expect, it } from "vitest";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { makeClaim } from "./helpers/gold-claims.js";

/**
 * What the comparison reads from a claim whose assertion opens `sentence` and whose cue clause
 * (after it) closes it: the sentence is the text read, as the comparison reads an article.
 */
function readIn(language: string, sentence: string, assertion: string, cue: string, mention: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "spokesman", side: null, date: "2021-12-07" });
  const span = (s: string): [number, number] => {
    const at = sentence.indexOf(s);
    expect(at).toBeGreaterThanOrEqual(0);
    return [at, at + s.length];
  };
  const placed = {
    ...claim,
    assertionSpan: span(assertion),
    cue,
    cueSpan: span(cue),
    speaker: { ...claim.speaker, mention, mentionSpan: span(mention) },
  };
  return represent(placed, lexiconFor(language).lexicon, 0, null, { text: sentence, start: 0, lead: "" });
}

describe("a list's items come from what the claim asserts, not from its cue clause", () => {
  it.each([
    [
      "en",
      "Sanctions on Iran and talks on Syria must go on, a German government spokesman said.",
      "Sanctions on Iran and talks on Syria must go on",
      "said",
      "a German government spokesman",
    ],
    [
      "de",
      "Sanktionen gegen Iran und Gespräche über Syrien müssten weitergehen, sagte ein französischer Regierungssprecher.",
      "Sanktionen gegen Iran und Gespräche über Syrien müssten weitergehen",
      "sagte",
      "ein französischer Regierungssprecher",
    ],
    [
      "fr",
      "Les sanctions contre l'Iran et les pourparlers sur la Syrie doivent continuer, a déclaré un porte-parole du gouvernement allemand.",
      "Les sanctions contre l'Iran et les pourparlers sur la Syrie doivent continuer",
      "a déclaré",
      "un porte-parole du gouvernement allemand",
    ],
    [
      "it",
      "Le sanzioni contro l'Iran e i colloqui sulla Siria devono continuare, ha detto un portavoce del governo tedesco.",
      "Le sanzioni contro l'Iran e i colloqui sulla Siria devono continuare",
      "ha detto",
      "un portavoce del governo tedesco",
    ],
    [
      "ru",
      "Санкции против Ирана и переговоры по Сирии должны продолжаться, заявил представитель правительства Германии.",
      "Санкции против Ирана и переговоры по Сирии должны продолжаться",
      "заявил",
      "представитель правительства Германии",
    ],
    [
      "es",
      "Las sanciones contra Irán y las conversaciones sobre Siria deben continuar, dijo un portavoz del gobierno alemán.",
      "Las sanciones contra Irán y las conversaciones sobre Siria deben continuar",
      "dijo",
      "un portavoz del gobierno alemán",
    ],
  ])("%s: two items and a state in the cue clause make no list", (language, sentence, assertion, cue, mention) => {
    const r = readIn(language, sentence, assertion, cue, mention);
    expect(r.listRun).toEqual([]);
  });

  it.each([
    [
      "en",
      "Iran, Syria and Ukraine were discussed, a German government spokesman said.",
      "Iran, Syria and Ukraine were discussed",
      "said",
      "a German government spokesman",
      ["s:IR", "s:SY", "s:UA"],
    ],
    [
      "de",
      "Iran, Syrien und die Ukraine wurden besprochen, sagte ein französischer Regierungssprecher.",
      "Iran, Syrien und die Ukraine wurden besprochen",
      "sagte",
      "ein französischer Regierungssprecher",
      ["s:IR", "s:SY", "s:UA"],
    ],
    [
      "it",
      "Si è parlato di Iran, Siria e Ucraina, ha detto un portavoce del governo tedesco.",
      "Si è parlato di Iran, Siria e Ucraina",
      "ha detto",
      "un portavoce del governo tedesco",
      ["s:IR", "s:SY", "s:UA"],
    ],
    [
      "ru",
      "Обсуждались Иран, Сирия и Украина, заявил представитель правительства Германии.",
      "Обсуждались Иран, Сирия и Украина",
      "заявил",
      "представитель правительства Германии",
      ["s:IR", "s:SY", "s:UA"],
    ],
  ])("%s: a list in the assertion keeps its items, without the cue clause's state", (language, sentence, assertion, cue, mention, items) => {
    const r = readIn(language, sentence, assertion, cue, mention);
    expect(r.listRun).toEqual(items);
  });

  it("items of the sentence around a short assertion still go on with its list (no cue clause between)", () => {
    const sentence = "Iran, Syria and Ukraine were discussed, a German government spokesman said.";
    const claim = makeClaim({ assertion: "Ukraine were discussed", language: "en", speaker: "spokesman", side: null, date: "2021-12-07" });
    const at = sentence.indexOf("Ukraine");
    const cueAt = sentence.indexOf("said");
    const mentionAt = sentence.indexOf("a German");
    const placed = {
      ...claim,
      assertionSpan: [at, at + "Ukraine were discussed".length] as [number, number],
      cue: "said",
      cueSpan: [cueAt, cueAt + 4] as [number, number],
      speaker: {
        ...claim.speaker,
        mention: "a German government spokesman",
        mentionSpan: [mentionAt, mentionAt + "a German government spokesman".length] as [number, number],
      },
    };
    expect(represent(placed, lexiconFor("en").lexicon, 0, null, { text: sentence, start: 0, lead: "" }).listRun).toEqual(["s:IR", "s:SY", "s:UA"]);
  });

  it("a quotation broken by its cue keeps a list that runs across the cue", () => {
    const sentence = "Iran, Syria, he said, and Ukraine were discussed.";
    const claim = makeClaim({ assertion: sentence.slice(0, -1), language: "en", speaker: "spokesman", side: null, date: "2021-12-07" });
    const placed = { ...claim, assertionSpan: [0, sentence.length - 1] as [number, number], cue: "said", cueSpan: [15, 19] as [number, number] };
    expect(represent(placed, lexiconFor("en").lexicon, 0, null, { text: sentence, start: 0, lead: "" }).listRun).toEqual(["s:IR", "s:SY", "s:UA"]);
  });

  it("a claim read from its assertion alone lists as before", () => {
    const claim = makeClaim({ assertion: "Iran, Syria and Ukraine were discussed", language: "en", speaker: "Kremlin", side: "RU", date: "2021-12-07" });
    expect(represent(claim, lexiconFor("en").lexicon, 0).listRun).toEqual(["s:IR", "s:SY", "s:UA"]);
  });
});
