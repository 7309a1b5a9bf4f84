import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2025-03-14" }).claims;

describe("verbs of agreeing and discussing in a compound tense, with an adverb between auxiliary and participle", () => {
  it.each([
    ["it", "I due presidenti hanno parlato di «come risolvere la crisi in Corea del Nord».", "hanno parlato di"],
    ["it", "I due presidenti hanno inoltre parlato di «come risolvere la crisi in Corea del Nord».", "hanno inoltre parlato di"],
    ["it", "I due leader hanno poi concordato che «la violenza in Siria deve finire».", "hanno poi concordato"],
    ["fr", "Les deux présidents ont également discuté de « la crise en Corée du Nord ».", "ont également discuté"],
    ["fr", "Les deux dirigeants se sont aussi mis d'accord sur « une trêve durable ».", "se sont aussi mis d'accord"],
    ["ro", "Cei doi lideri au mai discutat despre „criza din Coreea de Nord”.", "au mai discutat"],
    ["ro", "Cei doi președinți au și căzut de acord asupra „unei întâlniri în iulie”.", "au și căzut de acord"],
  ])("%s: %s", (language, text, cue) => {
    const cs = claims(language, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.cue).toBe(cue);
    expect(cs[0]!.speaker.kind).toBe("group");
  });

  it.each([
    ["it", "I due presidenti hanno inoltre discusso la situazione in Siria."],
    ["fr", "Les deux présidents ont également discuté de la situation en Syrie."],
    ["ro", "Cei doi lideri au mai discutat situația din Siria."],
  ])("narration with no quotation and no source stays narration: %s: %s", (language, text) => {
    expect(claims(language, text)).toHaveLength(0);
  });

  it("under a source of its passage, the source speaks, adverb or not", () => {
    const cs = claims(
      "it",
      "Secondo la Casa Bianca, Trump e Putin hanno concordato che «la sofferenza in Siria dura da troppo tempo». I due presidenti hanno inoltre parlato di «come risolvere la crisi in Corea del Nord».",
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["White House", "White House"]);
  });
});
