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

// (2) Konjunktiv I of common verbs beyond "sei", "habe", "werde" ("nehme", "zeige", "verlange", "ändere"): a
// sentence in that mood with no cue of its own right after a claim goes on with that claim's speaker.
describe("reported speech in the Konjunktiv I of common verbs continues the claim before it", () => {
  it.each([
    ["Die Ministerin sagte, der Plan sei teuer. Die Kritik nehme sie ernst.", "Die Kritik nehme sie ernst"],
    ["Der Trainer erklärte, die Mannschaft sei müde. Das Ergebnis zeige die Grenzen des Kaders.", "Das Ergebnis zeige"],
    ["Die Gewerkschaft kritisierte, die Löhne seien zu niedrig. Sie verlange einen Ausgleich für die Inflation.", "Sie verlange"],
  ])("%s", (text, content) => {
    const cs = claims(text);
    const c = cs.find((x) => x.assertion.includes(content));
    expect(c, JSON.stringify(cs.map((x) => [x.speaker.name, x.assertion]))).toBeDefined();
    expect(c!.speaker.name).not.toBe("unknown");
  });

  it.each([
    // (the indicative: the reporter's narration)
    ["Die Ministerin sagte, der Plan sei teuer. Die Opposition nimmt die Kritik ernst.", "Die Opposition nimmt"],
    ["Der Trainer erklärte, die Mannschaft sei müde. Das Ergebnis zeigt die Grenzen des Kaders.", "Das Ergebnis zeigt"],
    // (no claim before it)
    ["Der Marktplatz ist voll. Man nehme sich Zeit für einen Rundgang.", "Man nehme"],
  ])("narration stays narration: %s", (text, content) => {
    const cs = claims(text);
    expect(
      cs.some((x) => x.assertion.includes(content)),
      JSON.stringify(cs.map((x) => [x.speaker.name, x.assertion])),
    ).toBe(false);
  });
});
