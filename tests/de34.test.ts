import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Sentences written for these tests: German reported speech in the Konjunktiv I that goes on after a sentence of
// the writer's narration, and the narration that ends it.
const PUB = "2026-03-10";
const claims = (text: string): Claim[] => extractClaims({ id: "t", text, language: "de", publishedAt: PUB }).claims;
const show = (cs: Claim[]) => JSON.stringify(cs.map((c) => [c.speaker.name, c.cue, c.assertion]));

describe("Konjunktiv I after one sentence of narration that names no one", () => {
  it("goes on with the claim before the narration", () => {
    const cs = claims(
      "Die Reporterin berichtete, dass in der Hafenstadt der Boden gebebt habe. Sirenen heulten, Hubschrauber kreisten über der Stadt. Viele Menschen seien in Panik ins Freie gelaufen.",
    );
    expect(
      cs.map((c) => [c.speaker.name, c.cue, c.assertion]),
      show(cs),
    ).toEqual([
      ["Die Reporterin", "berichtete", "in der Hafenstadt der Boden gebebt habe."],
      ["Die Reporterin", null, "Viele Menschen seien in Panik ins Freie gelaufen."],
    ]);
  });

  it("a run the narration only interrupts stays one claim", () => {
    const text =
      "Der Trainer sagte, die Mannschaft sei gut vorbereitet. Die Stimmung sei hervorragend. Am Samstag regnete es stark. Das Spiel sei trotzdem ausverkauft.";
    const cs = claims(text);
    expect(
      cs.map((c) => [c.speaker.name, c.assertion]),
      show(cs),
    ).toEqual([
      ["Der Trainer", "die Mannschaft sei gut vorbereitet."],
      ["Der Trainer", "Die Stimmung sei hervorragend. Am Samstag regnete es stark. Das Spiel sei trotzdem ausverkauft."],
    ]);
    const run = cs[1]!;
    expect(text.slice(run.span[0], run.span[1])).toBe(run.assertion);
  });

  it("the run goes on after the interruption", () => {
    const cs = claims(
      "Der Trainer sagte, die Mannschaft sei gut vorbereitet. Die Stimmung sei hervorragend. Am Samstag regnete es stark. Das Spiel sei ausverkauft. Auch die Halle sei voll.",
    );
    expect(
      cs.map((c) => c.assertion),
      show(cs),
    ).toEqual([
      "die Mannschaft sei gut vorbereitet.",
      "Die Stimmung sei hervorragend. Am Samstag regnete es stark. Das Spiel sei ausverkauft. Auch die Halle sei voll.",
    ]);
  });

  it.each([
    // the narration names a body, a person's office, a person or a pronoun that could speak instead
    "Der Trainer sagte, die Mannschaft sei gut vorbereitet. Die Polizei sperrte am Morgen die Zufahrten. Das Spiel sei ausverkauft.",
    "Der Trainer sagte, die Mannschaft sei gut vorbereitet. Der Bürgermeister besuchte das Stadion. Das Spiel sei ausverkauft.",
    "Der Trainer sagte, die Mannschaft sei gut vorbereitet. Ministerin Anna Berg besuchte das Stadion. Das Spiel sei ausverkauft.",
    "Der Trainer sagte, die Mannschaft sei gut vorbereitet. Sie hatte zuletzt dreimal verloren. Das Spiel sei ausverkauft.",
    // two sentences of narration, or a new paragraph after the narration
    "Der Trainer sagte, die Mannschaft sei gut vorbereitet. Am Samstag regnete es. Der Rasen war nass. Das Spiel sei ausverkauft.",
    "Der Trainer sagte, die Mannschaft sei gut vorbereitet. Am Samstag regnete es stark.\n\nDas Spiel sei trotzdem ausverkauft.",
    // the indicative after the narration is the writer's
    "Der Trainer sagte, die Mannschaft sei gut vorbereitet. Am Samstag regnete es stark. Das Spiel war trotzdem ausverkauft.",
  ])("negative (one claim only): %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(1);
  });
});

describe("hearsay closed by a parenthesis", () => {
  it("goes on with the source before it", () => {
    const cs = claims("Die Polizei teilte mit, der Wagen sei gestohlen worden. Der Fahrer soll geflohen sein (vermutlich zu Fuß).");
    expect(
      cs.map((c) => [c.speaker.name, c.assertion]),
      show(cs),
    ).toEqual([
      ["Die Polizei", "der Wagen sei gestohlen worden."],
      ["Die Polizei", "Der Fahrer soll geflohen sein (vermutlich zu Fuß)."],
    ]);
  });

  it.each([
    // with no claim before it, who says so is unknown
    "Der Rettungsdienst war im Einsatz. Der Fahrer soll geflohen sein (vermutlich zu Fuß).",
    // a plan of what is to be, not hearsay, after a report of fact
    "Die Polizei teilte mit, der Wagen sei gestohlen worden. Die Straße soll morgen wieder geöffnet werden (ab sechs Uhr).",
  ])("negative (no claim for it): %s", (text) => {
    const cs = claims(text);
    expect(
      cs.filter((c) => c.cue === null),
      show(cs),
    ).toEqual([]);
  });
});
