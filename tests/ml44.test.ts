import { describe, expect, it } from "vitest";
import { type Claim, extractClaims } from "../src/index.js";

// Sentences written by the team for ml44 (no corpus text): positives and look-alike negatives.
const run = (language: string, text: string): Claim[] => extractClaims({ id: "t", language, text, publishedAt: "2026-03-12" }).claims;
const parts = (text: string, c: Claim) => c.quotes.map(([a, b]) => text.slice(a, b));

describe("an attribution inside one quotation, between dashes joined to its words (the Spanish style)", () => {
  const cases: [string, string, string, string[]][] = [
    ["es", "«No vamos a ceder —afirmó el ministro—, porque la ley es justa».", "afirmó", ["«No vamos a ceder", "porque la ley es justa»"]],
    [
      "es",
      "«El hospital está lleno —reconoció la consejera de Sanidad—. Necesitamos más camas».",
      "reconoció",
      ["«El hospital está lleno", "Necesitamos más camas»"],
    ],
    ["es", "«Habrá acuerdo —dijo Marta Olmedo—; solo falta la firma».", "dijo", ["«Habrá acuerdo", "solo falta la firma»"]],
    ["it", "«Non cederemo —ha detto il ministro— perché la legge è giusta».", "ha detto", ["«Non cederemo", "perché la legge è giusta»"]],
  ];
  for (const [lang, text, cue, quotes] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs).toHaveLength(1);
      expect(cs[0]!.kind).toBe("direct");
      expect(cs[0]!.cue).toBe(cue);
      // (the inserted attribution is in neither part)
      expect(parts(text, cs[0]!)).toEqual(quotes);
    });

  const whole: [string, string][] = [
    // (a parenthesis between such dashes, with no reporting verb, stays inside the quotation)
    ["es", "«La reforma —la mejor opción posible— es necesaria», dijo Juan Pérez."],
    ["es", "«La reforma —según muchos— es necesaria», dijo Juan Pérez."],
    ["it", "«La riforma —a detta di molti— è necessaria», ha detto Luca Neri."],
  ];
  for (const [lang, text] of whole)
    it(`${lang}: no attribution inside: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs).toHaveLength(1);
      expect(parts(text, cs[0]!)).toHaveLength(1);
      expect(cs[0]!.speaker.name).toMatch(/^(Juan Pérez|Luca Neri)$/);
    });
});

describe("an attribution set off by a comma inside one quotation, closed by the full stop of its sentence", () => {
  const cases: [string, string, string, string[]][] = [
    ["fr", "« Nous ne céderons pas, a affirmé le ministre. La loi est juste. »", "a affirmé", ["« Nous ne céderons pas,", "La loi est juste. »"]],
    [
      "fr",
      "Le ministre Paul Durand a parlé lundi. « Nous ne céderons pas, a-t-il affirmé. La loi est juste. »",
      "a-t-il affirmé",
      ["« Nous ne céderons pas,", "La loi est juste. »"],
    ],
    ["es", "«No vamos a ceder, afirmó el ministro. La ley es justa».", "afirmó", ["«No vamos a ceder,", "La ley es justa»"]],
    ["it", "«Non cederemo, ha detto il ministro. La legge è giusta».", "ha detto", ["«Non cederemo,", "La legge è giusta»"]],
  ];
  for (const [lang, text, cue, quotes] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs).toHaveLength(1);
      expect(cs[0]!.cue).toBe(cue);
      expect(parts(text, cs[0]!)).toEqual(quotes);
    });

  it("fr: the stop of an abbreviated title ends no attribution", () => {
    const text = "« Nous ne céderons pas, a déclaré M. Dupont, car la loi est juste. »";
    const cs = run("fr", text);
    expect(cs).toHaveLength(1);
    expect(parts(text, cs[0]!)).toEqual(["« Nous ne céderons pas,", "car la loi est juste. »"]);
  });

  it("fr: a comma with no reporting verb after it splits nothing", () => {
    const text = "« Nous ne céderons pas, le pays compte sur nous. La loi est juste », a déclaré Paul Durand.";
    const cs = run("fr", text);
    expect(cs).toHaveLength(1);
    expect(parts(text, cs[0]!)).toHaveLength(1);
  });
});

describe("collective nouns of the social partners are groups (pack reporting.groupNouns)", () => {
  const cases: [string, string, string][] = [
    ["fr", "Le patronat a estimé que la réforme coûterait trop cher.", "Le patronat"],
    ["fr", "Selon le patronat, la réforme coûterait trop cher.", "le patronat"],
    ["es", "La patronal advirtió de que la subida frenará el empleo.", "La patronal"],
    ["it", "Gli imprenditori hanno avvertito che la misura frenerà gli investimenti.", "Gli imprenditori"],
    ["ro", "Patronatul a avertizat că măsura va reduce investițiile.", "Patronatul"],
    ["pl", "Pracodawcy ostrzegli, że podwyżka zahamuje zatrudnienie.", "Pracodawcy"],
    ["ru", "Работодатели предупредили, что повышение затормозит занятость.", "Работодатели"],
    ["uk", "Роботодавці попередили, що підвищення загальмує зайнятість.", "Роботодавці"],
  ];
  for (const [lang, text, name] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs).toHaveLength(1);
      expect(cs[0]!.speaker.name).toBe(name);
      expect(cs[0]!.speaker.kind).toBe("group");
    });

  const people: [string, string][] = [
    // (one person of such a body is no group)
    ["fr", "Le président du patronat, Paul Marchal, a estimé que la réforme coûterait trop cher."],
    ["ro", "Președintele patronatului, Ion Vasilescu, a avertizat că măsura va reduce investițiile."],
  ];
  for (const [lang, text] of people)
    it(`${lang}: a person, no group: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs).toHaveLength(1);
      expect(cs[0]!.speaker.kind).not.toBe("group");
    });
});

describe("where a complement follows its head in the genitive (pl ru uk), a role word that opens the description heads it", () => {
  const single: [string, string, string][] = [
    ["uk", "Голова профспілки заявив, що страйк триватиме.", "Голова профспілки"],
    ["ru", "Председатель профсоюза заявил, что забастовка продолжится.", "Председатель профсоюза"],
    ["ru", "Лидер профсоюзов заявил, что забастовка продолжится.", "Лидер профсоюзов"],
    ["pl", "Szef związkowców powiedział, że strajk będzie trwał.", "Szef związkowców"],
  ];
  for (const [lang, text, name] of single)
    it(`${lang}: one person: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs).toHaveLength(1);
      expect(cs[0]!.speaker.name).toBe(name);
      expect(cs[0]!.speaker.kind).not.toBe("group");
    });

  const groups: [string, string][] = [
    // (a plural noun of people that heads the description, after an adjective or before a place, stays a group)
    ["uk", "Українські профспілки заявили, що страйк триватиме."],
    ["ru", "Независимые профсоюзы заявили, что забастовка продолжится."],
    ["pl", "Lokalni związkowcy zapowiedzieli, że strajk będzie trwał."],
    ["uk", "Експерти з Києва заявили, що ціни зростуть."],
  ];
  for (const [lang, text] of groups)
    it(`${lang}: a group: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs).toHaveLength(1);
      expect(cs[0]!.speaker.kind).toBe("group");
    });
});

describe("a passive's content is its subject, without the auxiliaries; a relative pronoun on the agent is no complementizer", () => {
  const cases: [string, string, string, string][] = [
    ["fr", "Le projet de loi a été vivement critiqué par l'opposition.", "critiqué", "Le projet de loi"],
    ["ro", "Noul proiect de lege a fost criticat de opoziție.", "criticat", "Noul proiect de lege"],
    ["it", "Il progetto di legge è stato criticato dall'opposizione.", "criticato", "Il progetto di legge"],
    ["es", "El proyecto de ley fue criticado por la oposición.", "criticado", "El proyecto de ley"],
    ["es", "La reforma laboral fue criticada por la oposición, que protestó contra el decreto.", "criticada", "La reforma laboral"],
    ["it", "La riforma del lavoro è stata criticata dall'opposizione, che ha protestato contro il decreto.", "criticata", "La riforma del lavoro"],
    ["fr", "La réforme du travail a été critiquée par l'opposition, qui a protesté contre le décret.", "critiquée", "La réforme du travail"],
  ];
  for (const [lang, text, cue, assertion] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs.map((c) => [c.cue, c.assertion])).toEqual([[cue, assertion]]);
    });

  it("es: a relative clause of saying on the agent speaks through its own verb", () => {
    const cs = run("es", "La reforma laboral fue criticada por la oposición, que dijo que el decreto es ilegal.");
    expect(cs.map((c) => [c.cue, c.assertion])).toEqual([["dijo", "el decreto es ilegal."]]);
  });

  it("es: a complementizer after the agent with no comma is the content", () => {
    const cs = run("es", "Fue anunciado por el ministerio de Trabajo que el acuerdo está cerrado.");
    for (const c of cs) expect(c.assertion).not.toMatch(/^Fue/);
  });
});
