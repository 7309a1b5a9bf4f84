import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests, in the style of short Wikinews reports: verbs of the Konjunktiv I the pack
// did not list, and a suspicion held about an object ("vermutet … eine Organisation").
const PUB = "2026-03-10";
const { claims, show } = sentenceClaims(PUB, "de");

describe("more verbs of the Konjunktiv I continue the claim before", () => {
  it.each([
    ["Der Sprecher sagte, die Lage sei ernst. Der Konflikt werfe einen Schatten über die Region.", "Der Konflikt werfe einen Schatten über die Region."],
    ["Der Minister erklärte, die Pläne seien fertig. Dahinter stecke eine lange Vorbereitung.", "Dahinter stecke eine lange Vorbereitung."],
    [
      "Die Ärztin sagte, die Versorgung sei knapp. Den Patienten ständen nur wenige Betten zur Verfügung.",
      "Den Patienten ständen nur wenige Betten zur Verfügung.",
    ],
  ])("%s", (text, content) => {
    const cs = claims(text);
    expect(cs.map((c) => c.assertion).join(" ")).toContain(content);
    for (const c of cs) expect(c.speaker.name, show(cs)).not.toBe("unknown");
  });

  it("the indicative is no continuation", () => {
    const cs = claims("Der Sprecher sagte, die Lage sei ernst. Der Konflikt wirft einen Schatten über die Region.");
    expect(cs, show(cs)).toHaveLength(1);
  });
});

describe("a suspicion held about an object is a claim", () => {
  it("vermutet … eine Organisation", () => {
    const cs = claims("Gleichzeitig vermutet der Minister hinter den Ausschreitungen eine zentrale Organisation.");
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.mention).toBe("der Minister");
    expect(cs[0]!.assertion).toBe("hinter den Ausschreitungen eine zentrale Organisation.");
  });

  it("Die Ermittler vermuten einen Defekt", () => {
    const cs = claims("Die Ermittler vermuten einen technischen Defekt als Ursache des Brandes.");
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.mention).toBe("Die Ermittler");
  });

  it.each([
    "Die vermutete Ursache war ein technischer Defekt.",
    "Der Täter wird noch in der Stadt vermutet.",
    "Sie sieht den Hund im Garten.",
    "Er rechnet mit dem Taschenrechner.",
    "Die vermuteten Täter flohen mit einem Auto.",
  ])("no claim: %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(0);
  });
});
