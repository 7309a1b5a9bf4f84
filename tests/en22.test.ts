import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string) => extractClaims({ id: "t", text, language: "en", publishedAt: "2016-06-01" }).claims;

describe("en22: a title-case headline is no claim of a capitalised phrase", () => {
  it.each([
    "New Poll Shows Clinton Ahead in Ohio\n\nHillary Clinton leads Donald Trump by four points in Ohio, a new survey found.",
    "Gop Leaders Warn Trump Over Muslim Ban\n\nRepublican leaders on Tuesday criticized the proposal.",
    "Experts Say Trade Deal Could Cost Jobs\n\nEconomists said the deal could cost jobs.",
  ])("%s", (text) => {
    const cs = claims(text);
    expect(cs.some((c) => c.span[0] === 0)).toBe(false);
    expect(cs.map((c) => c.speaker.name)).not.toContain("New Poll");
  });
  it("a speaker the body gives under the same words, or a name the body writes as it is, stays", () => {
    const a = claims("Clinton Campaign Says Emails Were Not Classified\n\nThe Clinton campaign said on Monday that the emails were not marked classified.");
    expect(a[0]?.span[0]).toBe(0);
    expect(a[0]?.speaker.kind).toBe("institution");
    const b = claims("Jim Jordan Says House Will Act on Impeachment\n\nRep. Jim Jordan said on Tuesday that the House would act.");
    expect(b[0]?.speaker.name).toBe("Jim Jordan");
    expect(b[0]?.assertion).toBe("House Will Act on Impeachment");
  });
  it("a headline with a quotation and a real speaker stays", () => {
    const [c] = claims('Trump Says "Nobody Respects Women More"\n\nDonald Trump said on Wednesday that he respects women.');
    expect(c?.speaker.name).toBe("Donald Trump");
    expect(c?.kind).toBe("direct");
  });
  it("not: a headline in sentence case keeps its claim", () => {
    const [c] = claims("Bank chief Maria Lopez says rates will rise\n\nThe bank raised its forecast on Monday.");
    expect(c?.speaker.name).toBe("Maria Lopez");
  });
});

describe("en22: a refusal to comment makes no claim and does not go on with the source before it", () => {
  it.each([
    "According to two aides, the senator will endorse Clinton next week. A spokesman for Sanders declined to comment on the report.",
    "According to two aides, the senator will endorse Clinton next week. The campaign declined to comment.",
    "According to two aides, the senator will endorse Clinton next week. The campaign would not comment further.",
  ])("%s", (text) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]?.speaker.name).toBe("two aides");
  });
  it("'commented that' still reports", () => {
    const [c] = claims("The mayor commented that the plan was flawed.");
    expect(c?.assertion).toBe("the plan was flawed.");
    expect(c?.cue).toBe("commented");
  });
  it("not: the noun 'comment'", () => {
    expect(claims("The comment drew criticism from Democrats.")).toEqual([]);
  });
});

describe("en22: an office put in the past is no holder now", () => {
  it("'the former secretary of state' after a person is that person, in a participle clause too", () => {
    for (const t of [
      "Hillary Clinton campaigned in Iowa on Monday. Visiting Des Moines, the former secretary of state said the economy was rigged.",
      "Hillary Clinton campaigned in Iowa on Monday. The former secretary of state said the economy was rigged.",
    ]) {
      const [c] = claims(t);
      expect(c?.speaker.name).toBe("Hillary Clinton");
      expect(c?.speaker.mention).toMatch(/^[Tt]he former secretary of state$/);
      expect(c?.assertion).toBe("the economy was rigged.");
    }
  });
  it("alone, a person described, not the department", () => {
    const [c] = claims("The former secretary of state said the economy was rigged.");
    expect(c?.speaker.kind).not.toBe("institution");
    expect(c?.speaker.name).toBe("The former secretary of state");
  });
  it("not: the office held now, or another complement", () => {
    expect(claims("Hillary Clinton campaigned in Iowa on Monday. The secretary of state said the talks would resume.")[0]?.speaker.kind).toBe("institution");
    expect(claims("Hillary Clinton campaigned in Iowa on Monday. The head of the agency said the economy was rigged.")[0]?.speaker.name).toBe(
      "The head of the agency",
    );
  });
});

describe("en22: 'a request for comment' is the noun", () => {
  it("no claim of the next sentence's subject, which keeps its own", () => {
    const cs = claims("The Trump campaign did not respond to a request for comment. Trump, however, wrote on Twitter that Clinton was weak.");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.cue).toBe("wrote");
  });
});

describe("en22: full names with a middle name, and the surname alone after them", () => {
  it("'Hillary Rodham Clinton' after an opening clause keeps all three words for 'Clinton' later", () => {
    const [c] = claims("At the rally, Hillary Rodham Clinton spoke about jobs. Later, Clinton said the plan would work.");
    expect(c?.speaker.name).toBe("Hillary Rodham Clinton");
    expect(c?.speaker.mention).toBe("Clinton");
  });
  it("not: a title or a party's member before the name", () => {
    expect(claims("On Monday, Democrat Jane Moriarty spoke. Moriarty said the plan would work.")[0]?.speaker.name).toBe("Jane Moriarty");
    expect(claims("Economist Jane Moriarty spoke on Monday. Moriarty said the plan would work.")[0]?.speaker.name).toBe("Jane Moriarty");
  });
  it("a surname alone after an opening clause is who 'she' is next", () => {
    const cs = claims(
      'Maria Lopez spoke. Donald Trump wrote on Twitter that she was weak. After the event, Lopez dismissed the attack. "I have been called worse," she said.',
    );
    expect(cs.at(-1)?.speaker.name).toBe("Maria Lopez");
    expect(cs.at(-1)?.speaker.mention).toBe("she");
  });
  it("not: no one in that clause's main clause", () => {
    // (The speaker before is "Jordan Reed", a first name both sexes bear: with "Donald Trump" there, en26's
    // first names (pack reporting.maleFirstNames) rightly leave Maria Lopez the only one 'she' can be, so that
    // sentence no longer tests this rule — it is checked below as what it is now.)
    const cs = claims('Maria Lopez spoke. Jordan Reed said she was weak. After the event, Ohio voters shrugged. "I have been called worse," she said.');
    expect(cs.at(-1)?.speaker.name).toBe("Jordan Reed");
    const ds = claims('Maria Lopez spoke. Donald Trump said she was weak. After the event, Ohio voters shrugged. "I have been called worse," she said.');
    expect(ds.at(-1)?.speaker.name).toBe("Maria Lopez");
  });
});

describe("en22: a participle after the source's noun opens a clause about it", () => {
  it.each([
    ["According to a Quinnipiac poll released Tuesday, Clinton leads by four points.", "a Quinnipiac poll"],
    ["Clinton leads by four points, according to a poll released on Tuesday.", "a poll"],
    ["According to a poll conducted last week, Clinton leads by four points.", "a poll"],
  ])("%s", (text, name) => {
    const [c] = claims(text);
    expect(c?.speaker.name).toBe(name);
    expect(c?.assertion).toMatch(/^Clinton leads by four points/);
  });
  it("not: words before the noun, or a link with its complement", () => {
    expect(claims("The embattled senator said he would not resign.")[0]?.speaker.name).toBe("The embattled senator");
    expect(claims("Two officials involved in the talks said the deal was close.")[0]?.speaker.name).toBe("Two officials involved in the talks");
  });
});
