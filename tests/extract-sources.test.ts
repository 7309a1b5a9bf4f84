import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Who speaks when a passage has an outer source (issue 11, second round): verbs of agreeing and
// discussing are what the source reported; a mention inside the content or governed by a
// preposition is no subject; a statement speaks for who issued it; a credit closing the sentence
// is no content. Sentences written by the team, with negative cases.

const PUB = "2025-03-19";
const run = (language: string, text: string, publishedAt: string | null = PUB): Claim[] =>
  extractClaims({ id: "t", language, text, publishedAt }).claims;
const who = (cs: Claim[]) => cs.map((c) => c.speaker.name);

describe("verbs of agreeing and discussing are what the source of their passage reported", () => {
  it("a source phrase or a reporting verb in the same sentence speaks for them", () => {
    expect(who(run("en", "According to the Kremlin, the two presidents agreed to meet in July."))).toEqual(["Kremlin"]);
    expect(who(run("it", "Secondo il Cremlino, i due presidenti hanno concordato un nuovo incontro a luglio."))).toEqual(["Kremlin"]);
    expect(who(run("ro", "Potrivit Kremlinului, cei doi președinți au convenit să se întâlnească în iulie."))).toEqual(["Kremlin"]);
    expect(who(run("ru", "По данным Кремля, президенты договорились о новой встрече в июле."))).toEqual(["Kremlin"]);
    expect(who(run("de", "Dem Kreml zufolge vereinbarten die Präsidenten ein Treffen im Juli."))).toEqual(["Kremlin"]);
    expect(who(run("en", "The White House said the two leaders agreed to keep talking."))).toEqual(["White House"]);
  });

  it("a source earlier in the paragraph, or an institution's claim right after them, speaks for them", () => {
    expect(who(run("it", "Secondo la Casa Bianca, la telefonata è durata un'ora. I due presidenti hanno inoltre parlato di «come evitare una nuova crisi»."))).toEqual(["White House", "White House"]);
    expect(who(run("es", "Según el Kremlin, la llamada duró dos horas. Los dos presidentes acordaron «seguir en contacto»."))).toEqual(["Kremlin", "Kremlin"]);
    const cs = run("en", "Putin and Trump agreed to “normalize” relations between the two countries. Trade and security come first, the Kremlin reported.");
    expect(who(cs)).toEqual(["Kremlin", "Kremlin"]);
  });

  it("with no source, they are a claim of their subject only when they quote it or report a clause", () => {
    expect(run("en", "Putin agrees to pause strikes after a long call with Trump")).toEqual([]);
    expect(run("it", "Trump e Putin hanno concordato una tregua di trenta giorni.")).toEqual([]);
    expect(run("en", "Putin and Trump agreed that “the war must end.”").map((c) => [c.speaker.name, c.kind])).toEqual([["Putin and Trump", "direct"]]);
    expect(who(run("ro", "Președintele Biden a discutat cu Xi Jinping despre „pace și stabilitate” în regiune."))).toEqual(["Joe Biden"]);
  });
});

describe("the subject of a reporting verb", () => {
  it("a mention governed by a preposition is no subject; the phrase that opens the sentence is", () => {
    expect(who(run("it", "Il presidente Xi Jinping nella telefonata con l'omologo Joe Biden ha assicurato che la Cina non cambierà linea."))).toEqual(["Xi Jinping"]);
    expect(who(run("en", "Xi Jinping in a long call with his counterpart Joe Biden said that China would not change course."))).toEqual(["Xi Jinping"]);
    expect(who(run("es", "Xi Jinping en la llamada con su homólogo Joe Biden aseguró que China no cambiará de rumbo."))).toEqual(["Xi Jinping"]);
    expect(who(run("fr", "Xi Jinping, lors de l'appel avec son homologue Joe Biden, a assuré que la Chine ne changerait pas de cap."))).toEqual(["Xi Jinping"]);
  });

  it("a source named in a locative phrase that opens the sentence still speaks ('In the Office of the President they said')", () => {
    expect(who(run("uk", "В Офісі президента України сьогодні повідомили, що переговори тривають."))).toEqual(["Office of the President of Ukraine"]);
  });

  it("a mention before a quotation that closes right before the cue is part of what was said", () => {
    const [c] = run("it", "I due leader hanno parlato di «zone sicure in Siria», ha detto Washington.");
    expect([c!.speaker.name, c!.kind]).toEqual(["US government", "mixed"]);
    const [d] = run("it", "I due leader hanno parlato di «zone sicure in Siria», ha detto Washington confermando che un inviato andrà ad Astana.");
    expect(d!.assertion).toBe("I due leader hanno parlato di «zone sicure in Siria»");
  });

  it("a participle with its agent in a parenthesis is no cue: the phrase before the parenthesis is the subject", () => {
    const [c, ...rest] = run("en", "The memo, first reported by the Washington Post, says the agency ignored the warnings.");
    expect(rest).toEqual([]);
    expect([c!.speaker.name, c!.assertion]).toEqual(["The memo", "the agency ignored the warnings."]);
  });

  it("an inverted speaker no lexicon knows ends the sentence or follows a quotation", () => {
    expect(who(run("en", "Johnson, who spoke at a rally in Ohio, promised to cut taxes."))).toEqual(["Johnson"]);
    expect(who(run("en", "“We will cut taxes,” promised the candidate."))).toEqual(["the candidate"]);
  });

  it("a statement speaks for who issued it when the phrase names them", () => {
    expect(who(run("en", "The Kremlin statement said the call lasted two hours."))).toEqual(["Kremlin"]);
    expect(who(run("en", "Peskov's statement said the call lasted two hours."))).toEqual(["Dmitry Peskov"]);
    expect(who(run("en", "The statement said the call lasted two hours."))).toEqual(["The statement"]);
  });
});

describe("what is content", () => {
  it("a credit that closes the sentence is no content: the content is before the subject", () => {
    const [c] = run("en", "“Putin has called for restraint” on the peninsula, the Kremlin statement said as reported by RT.");
    expect([c!.speaker.name, c!.kind, c!.assertion]).toEqual(["Kremlin", "mixed", "“Putin has called for restraint” on the peninsula"]);
    const [d] = run("en", "The talks went well, the minister said according to Reuters.");
    expect([d!.speaker.name, d!.assertion]).toEqual(["the minister", "The talks went well"]);
  });

  it("a complementizer after another verb belongs to that verb: the quotation before the cue is the content", () => {
    const [c] = run("en", "“We’re very close,” Jane Roe told CNN, adding that a vote could come next week.");
    expect([c!.speaker.name, c!.kind, c!.assertion]).toEqual(["Jane Roe", "direct", "“We’re very close,”"]);
  });

  it("a new quotation after reported speech with quoted words, or in a paragraph of its own, is a claim of its own", () => {
    const cs = run("en", "“Putin wants peace” in the region, the Kremlin said. “Talks will go on.”");
    expect(cs.map((c) => [c.speaker.name, c.kind])).toEqual([["Kremlin", "mixed"], ["Kremlin", "direct"]]);
    const ps = run("en", "“The call was useful,” the Kremlin said.\n\n“Both sides will meet again.”");
    expect(ps.map((c) => [c.speaker.name, c.kind])).toEqual([["Kremlin", "direct"], ["Kremlin", "direct"]]);
    // One quotation that goes on in its paragraph stays one claim.
    expect(run("en", "“The call was useful,” the Kremlin said. “Both sides will meet again.”")).toHaveLength(1);
  });
});
