import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// A participle or gerund after the main clause reports for the clause's subject (issue 11):
// English "…, saying that …", Spanish "…, afirmando que …", French "…, affirmant que …", Italian
// "…, affermando che …", Romanian "…, afirmând că …". Sentences written by the team.

const run = (language: string, text: string): Claim[] => extractClaims({ id: "t", language, text, publishedAt: "2025-05-16" }).claims;
const pairs = (cs: Claim[]) => cs.map((c) => [c.speaker.name, c.assertion]);

describe("a gerund after the main clause reports for its subject", () => {
  const cases: [string, string, string, string][] = [
    ["es", "Un tribunal de Texas suspendió la norma el viernes, afirmando que viola la ley.", "Un tribunal de Texas", "viola la ley."],
    [
      "es",
      "La alcaldesa de Sevilla suspendió la licitación el lunes, añadiendo que los documentos serán revisados.",
      "La alcaldesa de Sevilla",
      "los documentos serán revisados.",
    ],
    ["fr", "Un tribunal du Texas a suspendu la règle vendredi, affirmant qu'elle viole la loi.", "Un tribunal du Texas", "elle viole la loi."],
    ["fr", "La mairie de Lyon a suspendu le marché lundi, ajoutant que les documents seront vérifiés.", "La mairie de Lyon", "les documents seront vérifiés."],
    ["it", "Un giudice federale del Texas ha bloccato la norma venerdì, affermando che viola la legge.", "Un giudice federale del Texas", "viola la legge."],
    [
      "it",
      "Il sindaco di Torino ha sospeso la gara lunedì, aggiungendo che i documenti saranno verificati.",
      "Il sindaco di Torino",
      "i documenti saranno verificati.",
    ],
    ["ro", "O instanță din Cluj a suspendat licitația luni, precizând că termenul a expirat.", "O instanță din Cluj", "termenul a expirat."],
  ];
  for (const [lang, text, name, assertion] of cases)
    it(`${lang}: ${text}`, () => {
      expect(pairs(run(lang, text))).toEqual([[name, assertion]]);
    });

  it("the description stops before the auxiliary of the main verb (ro: a joining word between a name and a participle)", () => {
    const cs = run("ro", "Un judecător federal din Texas a blocat regula vineri, afirmând că aceasta încalcă legea.");
    expect(pairs(cs)).toEqual([["Un judecător federal din Texas", "aceasta încalcă legea."]]);
    // Negative: the joining word before a name stays in the phrase ("purtătoarea de cuvânt a Casei Albe").
    expect(run("ro", "Purtătoarea de cuvânt a Casei Albe a vorbit luni, afirmând că negocierile continuă.").map((c) => c.speaker.name)).not.toContain(
      "Purtătoarea de cuvânt",
    );
  });

  it("a subject ending in a capitalised or adjective word stops at the auxiliary (fr, it, ro, en)", () => {
    const cases: [string, string, string, string][] = [
      [
        "fr",
        "Le ministre des Affaires étrangères a quitté Paris lundi, ajoutant que le gouvernement fera appel.",
        "Le ministre des Affaires étrangères",
        "le gouvernement fera appel.",
      ],
      [
        "it",
        "Il ministro degli Esteri ha lasciato Roma lunedì, aggiungendo che il governo farà ricorso.",
        "Il ministro degli Esteri",
        "il governo farà ricorso.",
      ],
      [
        "ro",
        "Ministrul de Externe a părăsit Bucureștiul luni, adăugând că guvernul va contesta hotărârea.",
        "Ministrul de Externe",
        "guvernul va contesta hotărârea.",
      ],
      [
        "en",
        "The foreign minister also left Paris on Monday, adding that the government would appeal.",
        "The foreign minister",
        "the government would appeal.",
      ],
    ];
    for (const [lang, text, name, assertion] of cases) expect(pairs(run(lang, text))).toEqual([[name, assertion]]);
    // Negative: the place after the verb is never the speaker.
    expect(run("it", "Il ministro degli Esteri ha lasciato Roma lunedì, aggiungendo che il governo farà ricorso.").map((c) => c.speaker.name)).not.toContain(
      "Roma",
    );
  });

  it("what follows the complementizer is content, never the speaker", () => {
    for (const [lang, text] of [
      ["it", "Il sindaco di Torino ha sospeso la gara lunedì, aggiungendo che i documenti saranno verificati."],
      ["es", "La alcaldesa de Sevilla suspendió la licitación el lunes, añadiendo que los documentos serán revisados."],
    ] as const)
      for (const c of run(lang, text)) expect(c.speaker.name).not.toMatch(/^(i documenti|los documentos)/u);
  });

  it("negative: a gerund with an object and no complementizer reports nothing", () => {
    expect(run("fr", "Le tribunal a publié la décision en affirmant sa compétence.")).toEqual([]);
    expect(run("es", "Afirmando su competencia, el tribunal publicó la sentencia.").map((c) => c.cue)).not.toContain("Afirmando");
    expect(run("it", "La sentenza, affermando la propria competenza, è stata pubblicata.")).toEqual([]);
  });
});
