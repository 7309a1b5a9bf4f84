import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// A preposition of view that opens a sentence with a person and a comma (pack
// `reporting.opinionSources`): "Pour Emmanuel Macron, la Russie doit …" is Macron's view. Only a
// person, and only where no reporting verb reports the sentence. Sentences written by the team.

const run = (language: string, text: string): Claim[] => extractClaims({ id: "t", language, text, publishedAt: "2025-03-18" }).claims;
const rows = (cs: Claim[]) => cs.map((c) => [c.speaker.name, c.cue, c.assertion]);

describe("“Pour <person>, …”: that person's view", () => {
  const cases: [string, string, string, string, string][] = [
    [
      "fr",
      "Pour Emmanuel Macron, la Russie doit accepter un cessez-le-feu sans conditions.",
      "Emmanuel Macron",
      "Pour",
      "la Russie doit accepter un cessez-le-feu sans conditions.",
    ],
    ["fr", "Pour Jean Dupont, la réforme est une erreur historique.", "Jean Dupont", "Pour", "la réforme est une erreur historique."],
    ["fr", "Pour le président américain, la Russie doit accepter la trêve.", "Donald Trump", "Pour", "la Russie doit accepter la trêve."],
    ["es", "Para Pedro Sánchez, la decisión es un error histórico.", "Pedro Sánchez", "Para", "la decisión es un error histórico."],
    ["es", "Para el presidente estadounidense, el acuerdo es una victoria.", "Donald Trump", "Para", "el acuerdo es una victoria."],
    ["it", "Per Giorgia Meloni, l'accordo è un passo avanti importante.", "Giorgia Meloni", "Per", "l'accordo è un passo avanti importante."],
    ["ro", "Pentru Klaus Iohannis, acordul reprezintă un pas important.", "Klaus Iohannis", "Pentru", "acordul reprezintă un pas important."],
  ];
  for (const [lang, text, speaker, cue, content] of cases) it(`${lang}: ${text}`, () => expect(rows(run(lang, text))).toEqual([[speaker, cue, content]]));
});

describe("negative cases: no person after the preposition, or a verb that reports the sentence", () => {
  const none: [string, string][] = [
    ["fr", "Pour la première fois, Moscou a accepté de négocier."],
    ["fr", "Pour Moscou, les sanctions ont un coût élevé."],
    ["es", "Para ello, el Gobierno aprobó un nuevo decreto."],
    ["it", "Per il momento, la situazione resta tesa."],
    ["ro", "Pentru prima dată, Bucureștiul a trimis ajutoare."],
  ];
  for (const [lang, text] of none) it(`${lang}: ${text}`, () => expect(run(lang, text)).toEqual([]));
  it("a reporting verb in the sentence reports it", () => {
    expect(run("es", "Para Juan Pérez, dijo el portavoz, la decisión es un error.").map((c) => c.cue)).toEqual(["dijo"]);
  });
});
