import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";
import { de } from "../src/lang/de/index.js";
import { en } from "../src/lang/en/index.js";
import { pl } from "../src/lang/pl/index.js";
import { bodyBeforeOffice, lowerOffice } from "../src/pipeline/attribution/phrase.js";
import { compilePack } from "../src/pipeline/lexicon.js";
import { findMentions } from "../src/pipeline/speakers.js";
import type { LanguagePack } from "../src/schema/pack.js";
import { tokenize } from "../src/text/tokens.js";

/** Whether the last mention that ends before token `k` of `text` is a body whose office the word at `k` names. */
function bodyOffice(pack: LanguagePack, text: string, word: string): boolean {
  const cp = compilePack(pack);
  const tokens = tokenize(text, cp.fold);
  const k = tokens.findIndex((t) => t.text === word);
  const m = findMentions(cp, tokens, text, 0, tokens.length)
    .filter((x) => x.to === k)
    .pop();
  return !!m && bodyBeforeOffice(cp, tokens, m, k);
}

describe("rf37: one check of a body before a role word in lower case", () => {
  it.each([
    [en, "A spokesman said it.", "spokesman", true],
    [de, "Ein Sprecher sagte es.", "Sprecher", false],
    [pl, "Rzecznik i rzecznik powiedzieli to.", "rzecznik", true],
    [pl, "Rzecznik i rzecznik powiedzieli to.", "Rzecznik", false],
    [en, "The statement said it.", "statement", false],
    [en, "The plan said it.", "plan", false],
  ] as const)("lowerOffice: a role word of a person's office in lower case only: %#", (pack, text, word, yes) => {
    const cp = compilePack(pack);
    expect(
      lowerOffice(
        cp,
        tokenize(text, cp.fold).find((t) => t.text === word),
      ),
    ).toBe(yes);
    expect(lowerOffice(cp, undefined)).toBe(false);
  });

  it("positive: a body the lexicon knows, then a role word in lower case (en)", () => {
    expect(bodyOffice(en, "A European Commission spokesman said it.", "spokesman")).toBe(true);
    expect(bodyOffice(en, "A State Department spokeswoman said it.", "spokeswoman")).toBe(true);
    expect(bodyOffice(en, "Pentagon officials said it.", "officials")).toBe(true);
  });

  it("negative: a person before the role word, a statement noun, a role word in capitals", () => {
    expect(bodyOffice(en, "A Vladimir Putin spokesman said it.", "spokesman")).toBe(false);
    expect(bodyOffice(en, "A Kremlin statement said it.", "statement")).toBe(false);
    expect(bodyOffice(en, "The Kremlin Spokesman said it.", "Spokesman")).toBe(false);
  });

  it("in the pipeline: the description speaks on the body's side, before the verb and after the content", () => {
    const lead = extractClaims({
      id: "t",
      text: "A European Commission spokesman said the talks would resume.",
      language: "en",
      publishedAt: "2024-05-10",
    }).claims;
    expect(lead[0]?.speaker.kind).toBe("unknown");
    const tail = extractClaims({
      id: "t",
      text: "The talks will resume next week, a European Commission spokesman said.",
      language: "en",
      publishedAt: "2024-05-10",
    }).claims;
    expect(tail[0]?.speaker.kind).toBe("unknown");
    expect(tail[0]?.speaker.mention).toBe("a European Commission spokesman");
    // (negative: the body alone speaks)
    const body = extractClaims({ id: "t", text: "The European Commission said the talks would resume.", language: "en", publishedAt: "2024-05-10" }).claims;
    expect(body[0]?.speaker.kind).toBe("institution");
  });
});

describe("rf37: a medium's title after its noun, kept apart by the layout, names the speaker", () => {
  const claims = (text: string, language: string) => extractClaims({ id: "t", text, language, publishedAt: "2024-05-10" }).claims;

  it.each([
    ["Das Magazin „Spiegel“ berichtete, dass die Gespräche scheitern.", "Spiegel", "Das Magazin „Spiegel“"],
    ["Der Sender „Radio Nord“ meldete, dass die Brücke gesperrt sei.", "Radio Nord", "Der Sender „Radio Nord“"],
  ])("%s", (text, name, mention) => {
    const c = claims(text, "de")[0];
    expect(c?.speaker).toMatchObject({ name, kind: "media", mention });
  });

  it("negative: a title addressed is no speaker and no content; a quotation set off by a comma stays content", () => {
    const told = claims("Müller sagte dem Sender „Radio Nord“, die Brücke bleibe gesperrt.", "de")[0];
    expect(told?.speaker.name).toBe("Müller");
    expect(told?.kind).toBe("indirect");
    const said = claims("„Die Brücke bleibt gesperrt“, sagte Müller.", "de")[0];
    expect(said?.speaker.name).toBe("Müller");
    expect(said?.kind).toBe("direct");
    expect(claims("Smith told the newspaper “The Ledger” that the bridge was closed.", "en")[0]?.speaker.name).toBe("Smith");
  });
});
