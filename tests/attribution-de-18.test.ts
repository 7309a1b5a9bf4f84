import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Sentences written for these tests. (1) Verb second with a one-word subject after the verb and a
// complementizer after it ("Am Montag sagte Meier, dass …"): the word between the verb and "dass" is
// the subject, not the start of the content; a date or an adverb there still is no subject.
const PUB = "2026-12-01";
const claims = (text: string, language = "de"): Claim[] => extractClaims({ id: "t", text, language, publishedAt: PUB }).claims;

describe("a one-word subject between a verb-second reporting verb and its complementizer", () => {
  it.each([
    ["Am Montag sagte Brandauer, dass die Firma im Herbst wachsen wird.", "Brandauer", "die Firma im Herbst wachsen wird"],
    ["In Hamburg erklärte Kowalski, dass der Hafen modernisiert wird.", "Kowalski", "der Hafen modernisiert wird"],
    ["Im Interview betonte Siebert, dass sie nicht zurücktritt.", "Siebert", "sie nicht zurücktritt"],
  ])("%s", (text, speaker, content) => {
    const cs = claims(text);
    expect(cs, JSON.stringify(cs.map((c) => [c.speaker.name, c.assertion]))).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.assertion).toContain(content);
  });

  it("a pronoun there is the subject too", () => {
    const cs = claims("Die Bürgermeisterin Ilse Brandauer besuchte den Hafen. Am Montag sagte sie, dass der Hafen modernisiert wird.");
    const c = cs.find((x) => x.assertion.includes("modernisiert"));
    expect(c, JSON.stringify(cs.map((x) => [x.speaker.name, x.assertion]))).toBeDefined();
    expect(c!.speaker.mention).toBe("sie");
  });

  it.each([
    // (an adverb between the verb and "dass": the subject stands before the verb)
    ["Der Landrat sagte jedoch, dass die Straße gesperrt bleibt.", "Der Landrat"],
    // (a date there)
    ["Die Stadtwerke erklärten Montag, dass die Preise steigen.", "Die Stadtwerke"],
    // (a capitalised object with its subject before the verb: the object does not speak)
    ["Der Konzern bestätigte Berichte, dass die Fabrik im Sommer schließt.", "Der Konzern"],
  ])("the subject before the verb still speaks: %s", (text, speaker) => {
    const cs = claims(text);
    expect(cs, JSON.stringify(cs.map((c) => [c.speaker.name, c.assertion]))).toHaveLength(1);
    expect(cs[0]!.speaker.mention).toBe(speaker);
  });

  it("English: a date between the verb and 'that' is no subject", () => {
    const cs = claims("The mayor said Friday that the bridge will reopen in May.", "en");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.mention).toBe("The mayor");
    expect(cs[0]!.assertion).toContain("the bridge will reopen");
  });
});
