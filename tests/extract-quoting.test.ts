import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Quoting (issue 11): who is quoted speaks — the subject of "was quoted as saying", the object of
// "quoted X as saying"; a quotation that closes the sentence after a colon is the content, direct.
// Sentences written by the team, with negative cases.

const run = (language: string, text: string): Claim[] => extractClaims({ id: "t", language, text, publishedAt: "2025-03-18" }).claims;
const rows = (cs: Claim[]) => cs.map((c) => [c.speaker.name, c.kind, c.assertion]);

describe("English: quoted as saying", () => {
  it("the passive: its subject speaks", () => {
    expect(rows(run("en", "Holt was quoted as saying that the plan was dead."))).toEqual([["Holt", "indirect", "the plan was dead."]]);
  });
  it("the active: its object speaks, not the medium", () => {
    expect(rows(run("en", "The Times quoted a witness as saying the man had fled."))).toEqual([["a witness", "indirect", "the man had fled."]]);
    expect(run("en", "The newspaper quoted Jane Holt as telling reporters that the plan was dead.").map((c) => c.speaker.name)).toEqual(["Jane Holt"]);
  });
  it("negative: “as” with no quoting verb or saying is no cue", () => {
    expect(run("en", "The plan was described as dead by most observers.")).toEqual([]);
  });
});

describe("German: quoting in the passive", () => {
  it("„wird mit den Worten zitiert“: the subject is who is quoted", () => {
    const cs = run("de", "Der Gewerkschafter Konrad Brandt wird mit den Worten zitiert: „Wir brauchen mehr Personal.“");
    expect(rows(cs)).toEqual([["Konrad Brandt", "direct", "„Wir brauchen mehr Personal.“"]]);
  });
});

describe("a quotation after a colon that closes the sentence is the content", () => {
  const cases: [string, string, string, string][] = [
    [
      "de",
      "Der Verbandschef kommentierte die Entscheidung mit folgenden Worten: „Es gibt keinen Markt dafür.“",
      "Der Verbandschef",
      "„Es gibt keinen Markt dafür.“",
    ],
    ["de", "Der Forscher erläutert die Hypothese so: „Da gibt es zwei Arten von Partikeln.“", "Der Forscher", "„Da gibt es zwei Arten von Partikeln.“"],
    ["en", 'The senator described the bill this way: "It is a disaster for families."', "The senator", '"It is a disaster for families."'],
  ];
  for (const [lang, text, who, what] of cases)
    it(`${lang}: ${text}`, () => {
      expect(rows(run(lang, text))).toEqual([[who, "direct", what]]);
    });
  it("negative: words after the quotation keep the claim mixed", () => {
    const cs = run("en", 'The senator described the bill this way: "a disaster" for families and for the economy.');
    expect(cs.map((c) => c.kind)).not.toContain("direct");
  });
});

describe("German: a noun after an article, then a name", () => {
  it("the last two capitalised words are the name, the noun its role", () => {
    const [c] = run("de", "Der Physiker Sebastian Brandt sagte, die Werte seien unbedenklich.");
    expect([c!.speaker.name, c!.speaker.role]).toEqual(["Sebastian Brandt", "Physiker"]);
  });
  it("negative: an initial stays in the name", () => {
    const [c] = run("de", "Der frühere Präsident George W. Bush sagte, die Werte seien unbedenklich.");
    expect(c!.speaker.name).toBe("George W. Bush");
  });
});

describe("a medium that relays what someone said: the one who said it speaks", () => {
  it("en and ro: “According to Reuters, X said …”", () => {
    expect(run("en", "According to Reuters, President Jane Holt said on Monday that she would call the premier.").map((c) => c.speaker.name)).toEqual([
      "Jane Holt",
    ]);
    expect(run("ro", "Potrivit Reuters, președintele Ion Popescu a declarat luni că va vorbi cu premierul.").map((c) => c.speaker.name)).toEqual([
      "Ion Popescu",
    ]);
  });
  it("negative: an unresolved pronoun or the event's participants as a group leave the medium as the source", () => {
    expect(run("en", "According to Reuters, he said the deal was close.").map((c) => c.speaker.name)).toEqual(["Reuters"]);
    expect(run("en", "According to Reuters, the two leaders agreed to meet again.").map((c) => c.speaker.name)).toEqual(["Reuters"]);
  });
});

describe("Polish: the medium an interview was given to is not the speaker", () => {
  it("“powiedział w rozmowie z PAP wiceminister …”", () => {
    const cs = run("pl", "– Nie zgodzimy się na to – powiedział w rozmowie z PAP wiceminister spraw zagranicznych Andrzej Nowicki.");
    expect(cs.map((c) => [c.speaker.name, c.kind])).toEqual([["Andrzej Nowicki", "direct"]]);
  });
});
