import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// A quotation whose reporting verb has no subject of its own — an implicit subject ("dijo", "ha
// detto", "a spus", "powiedział") or a pronoun inverted inside the cue ("a-t-il déclaré") — after a
// sentence of narration opened by a person: that person speaks, even when no claim came before.
// Sentences written by the team.

const run = (language: string, text: string): Claim[] => extractClaims({ id: "t", language, text, publishedAt: "2025-03-18" }).claims;
const rows = (cs: Claim[]) => cs.map((c) => [c.speaker.name, c.kind]);

describe("the person who opened the narration is the implicit subject", () => {
  const cases: [string, string][] = [
    ["fr", "Emmanuel Macron est arrivé mardi à Kiev. « Nous ne céderons pas », a-t-il déclaré."],
    ["fr", "Emmanuel Macron est arrivé mardi à Kiev. « Nous ne céderons pas », a-t-il déclaré devant la presse."],
    ["es", 'Emmanuel Macron llegó el martes a Kiev. "No nos rendiremos", dijo.'],
    ["it", "Emmanuel Macron è arrivato martedì a Kiev. «Non ci arrenderemo», ha detto."],
    ["ro", "Emmanuel Macron a sosit marți la Kiev. „Nu vom ceda”, a spus."],
    ["pl", "Emmanuel Macron przybył we wtorek do Kijowa. „Nie poddamy się” – powiedział."],
    ["uk", "Емманюель Макрон прибув у вівторок до Києва. «Ми не здамося», – заявив він."],
  ];
  for (const [lang, text] of cases) it(`${lang}: ${text}`, () => expect(rows(run(lang, text))).toEqual([["Emmanuel Macron", "direct"]]));

  it("a person named in narration after a claim is the subject next, not the earlier speaker", () => {
    const cs = run("es", 'Pedro Sánchez dijo que España está lista. Emmanuel Macron llegó el martes a Madrid. "No nos rendiremos", añadió.');
    expect(cs.map((c) => c.speaker.name)).toEqual(["Pedro Sánchez", "Emmanuel Macron"]);
  });
});

describe("negative cases", () => {
  it("narration that opens with no person leaves the last speaker", () => {
    const cs = run("es", 'Pedro Sánchez dijo que España está lista. La reunión duró dos horas. "No nos rendiremos", añadió.');
    expect(cs.map((c) => c.speaker.name)).toEqual(["Pedro Sánchez", "Pedro Sánchez"]);
  });
  it("an inverted pronoun takes no subject after the cue: the press is where it was said, not who", () => {
    const cs = run("fr", "Emmanuel Macron est arrivé mardi à Kiev. « Nous ne céderons pas », a-t-il déclaré à la presse.");
    expect(cs.map((c) => c.speaker.kind)).toEqual(["person"]);
  });
  it("with no one named before, an implicit subject gives no claim", () => {
    expect(run("es", 'La reunión duró dos horas. "No nos rendiremos", dijo.')).toEqual([]);
  });
});
