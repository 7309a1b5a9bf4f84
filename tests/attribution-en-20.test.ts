import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// English leftovers of issue 11 (sentences written for these tests, in the style of US local and
// campaign news): a body's description with its name in commas; the addressee of "told"; a surname
// that opens a sentence of narration with an apposition, antecedent of the next pronoun; two names
// before a relative clause.
const claims = (text: string) => extractClaims({ id: "t", text, language: "en", publishedAt: "2016-10-12" }).claims;

describe("a body's description with its name in commas: the body speaks", () => {
  it.each([
    ["The company, Acme Corp., said it would appeal the ruling.", "Acme Corp.", "it would appeal the ruling."],
    ["The contractor, Midstate Paving, said the road would reopen in May.", "Midstate Paving", "the road would reopen in May."],
    ["“We will appeal,” the company, Acme Corp., said.", "Acme Corp.", "“We will appeal,”"],
    ["“The repairs are on schedule,” said the firm, Delmar Holdings.", "Delmar Holdings", "“The repairs are on schedule,”"],
  ])("%s", (text, name, assertion) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(name);
    expect(c?.speaker.kind).toBe("institution");
    expect(c?.speaker.mention).toBe(name);
    expect(c?.assertion).toBe(assertion);
  });

  it("the body is what “it” refers to next", () => {
    const cs = claims("The company, Acme Corp., said it would appeal. It added that the ruling ignored the contract.");
    expect(cs.map((c) => [c.speaker.name, c.speaker.kind, c.assertion])).toEqual([
      ["Acme Corp.", "institution", "it would appeal."],
      ["Acme Corp.", "institution", "the ruling ignored the contract."],
    ]);
  });

  it.each([
    ["The senator, John Reed, said the bill would pass.", "John Reed"],
    ["The company spokesman, Tom Hale, said the plant would close.", "Tom Hale"],
  ])("not a person's role: %s", (text, name) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(name);
    expect(c?.speaker.kind).toBe("person");
  });
});

describe("the person a verb addresses is not content: “told reporters it had …”", () => {
  it.each([
    ["The mayor told reporters it had been a difficult week for the city.", "it had been a difficult week for the city."],
    ["The mayor told reporters on Tuesday it had been a hard week.", "it had been a hard week."],
    ["The company told investors it expected lower profits.", "it expected lower profits."],
    ["The mayor told The Associated Press it was time to move on.", "it was time to move on."],
    ["The governor assured voters it would not raise taxes.", "it would not raise taxes."],
    ["The governor told CNN that the state would sue.", "the state would sue."],
    ["Mayor Ann Cole told reporters the budget was balanced.", "the budget was balanced."],
  ])("%s", (text, assertion) => {
    const c = claims(text)[0];
    expect(c?.cue).toMatch(/^(told|assured)$/);
    expect(c?.assertion).toBe(assertion);
  });

  it("not after a verb that addresses no one: the clause is whole", () => {
    const c = claims("The mayor said residents it had warned were safe.")[0];
    expect(c?.assertion).toBe("residents it had warned were safe.");
  });
});

describe("a surname no lexicon knows that opens narration with a parenthesis in commas is who “she” is next", () => {
  it.each([
    ["Clinton, campaigning in Ohio, mocked Trump. “He has no plan,” she said.", "Clinton"],
    ["Madison, a former prosecutor, shrugged off the attack. “It is noise,” he said.", "Madison"],
  ])("%s", (text, name) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(name);
    expect(c?.speaker.kind).toBe("person");
    expect(c?.kind).toBe("direct");
  });

  it.each([
    ["Ohio, meanwhile, has become a battleground. “We will win it,” she said."],
    ["Dayton, which lost the plant, voted for Trump. “We are angry,” she said."],
  ])("not a parenthesis of adverbs nor a relative clause: %s", (text) => {
    expect(claims(text)[0]?.speaker.name).toBe("unknown");
  });
});

describe("two names joined by “and” before a relative clause both speak", () => {
  it.each([
    ["The measure was backed by Smith and Jones, who said it would save money.", "Jones and Smith", "Smith and Jones", "it would save money."],
    [
      "The plan drew praise from Mayor Ann Cole and Sen. Tom Hale, who said it would create jobs.",
      "Ann Cole and Tom Hale",
      "Mayor Ann Cole and Sen. Tom Hale",
      "it would create jobs.",
    ],
  ])("%s", (text, name, mention, assertion) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(name);
    expect(c?.speaker.kind).toBe("group");
    expect(c?.speaker.mention).toBe(mention);
    expect(c?.assertion).toBe(assertion);
  });

  it.each([
    ["The report was written by economists and Jones, who said growth would slow.", "Jones"],
    ["The rally was organised by Smith, who said turnout would be high.", "Smith"],
    ["The Food and Drug Administration, which said the drug was safe, approved it.", "Food and Drug Administration"],
  ])("not a description before “and”, one name, or a name with “and” in it: %s", (text, name) => {
    expect(claims(text)[0]?.speaker.name).toBe(name);
  });
});
