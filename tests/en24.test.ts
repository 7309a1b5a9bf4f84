import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claimsIn = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2016-10-12" }).claims;
const claims = (text: string) => claimsIn("en", text);

describe("en24: a source phrase's content stops at a semicolon", () => {
  it("content before the source, the writer's clause after the semicolon", () => {
    const cs = claims(
      "The deficit grew by $200 billion last year, according to the Congressional Budget Office; lawmakers are expected to take up the budget next week.",
    );
    expect(cs).toHaveLength(1);
    expect(cs[0]?.speaker.name).toBe("Congressional Budget Office");
    expect(cs[0]?.assertion).toBe("The deficit grew by $200 billion last year");
  });
  it("content after the semicolon, before a trailing source", () => {
    const [c] = claims(
      "Lawmakers are expected to take up the budget next week; the deficit grew by $200 billion last year, according to the Congressional Budget Office.",
    );
    expect(c?.speaker.name).toBe("Congressional Budget Office");
    expect(c?.assertion).toBe("the deficit grew by $200 billion last year");
  });
  it("an opening source", () => {
    const [c] = claims(
      "According to the Congressional Budget Office, the deficit grew by $200 billion last year; lawmakers are expected to take up the budget next week.",
    );
    expect(c?.speaker.name).toBe("Congressional Budget Office");
    expect(c?.assertion).toBe("the deficit grew by $200 billion last year");
  });
  it("in French too: « selon » up to the semicolon", () => {
    const [c] = claimsIn(
      "fr",
      "Selon le ministère des Finances, le déficit a augmenté de 3 milliards ; les députés examineront le budget la semaine prochaine.",
    );
    expect(c?.assertion).toBe("le déficit a augmenté de 3 milliards");
  });
  it("not: with no semicolon the whole clause is the content", () => {
    const [c] = claims("According to the Congressional Budget Office, the deficit grew by $200 billion last year and will keep growing.");
    expect(c?.assertion).toBe("the deficit grew by $200 billion last year and will keep growing.");
  });
  it("not: a semicolon before the opening source does not cut its content", () => {
    const [c] = claims("The vote was close; according to two aides, the senator will oppose the nominee.");
    expect(c?.speaker.name).toBe("two aides");
    expect(c?.assertion).toBe("the senator will oppose the nominee.");
  });
});

describe("en24: 'Another said' is a new speaker, not the one before", () => {
  it("one more of the kind of the last description", () => {
    const cs = claims("One aide said the speech was still being written. Another said it was finished.");
    expect(cs).toHaveLength(2);
    expect(cs[1]?.speaker.name).toBe("another aide");
    expect(cs[1]?.speaker.mention).toBe("Another");
    expect(cs[1]?.assertion).toBe("it was finished.");
  });
  it("after an official of a body: no longer the body", () => {
    const cs = claims(
      "One White House official said the president would not sign the bill in its current form. Another said the administration was still weighing its options.",
    );
    expect(cs).toHaveLength(2);
    expect(cs[1]?.speaker.name).not.toBe("White House");
    expect(cs[1]?.speaker.mention).toBe("Another");
  });
  it("after a named person: someone else, unknown", () => {
    const cs = claims("Mr. Graham said the vote was set. Another said it was not.");
    expect(cs[1]?.speaker.name).toBe("unknown");
    expect(cs[1]?.speaker.mention).toBe("Another");
  });
  it("'Another senator' stays the phrase it was", () => {
    const cs = claims("A Republican senator said the bill was dead. Another senator said it could still pass.");
    expect(cs[1]?.speaker.name).toBe("Another senator");
  });
  it("not: 'another' before a noun inside a quotation's attribution ('Another option, he said, …')", () => {
    const cs = claims("Sen. John Cornyn said the vote would happen next week. Another option, he said, was to delay it.");
    expect(cs[1]?.speaker.name).toBe("John Cornyn");
  });
});

describe("en24: 'he' and 'she' agree with the speaker they stand for", () => {
  it("not a plural description: 'Officials said … He added'", () => {
    const cs = claims("Officials said the agreement was close. He added that the final text could come as soon as Friday.");
    expect(cs).toHaveLength(2);
    expect(cs[1]?.speaker.name).toBe("unknown");
    expect(cs[1]?.speaker.mention).toBe("He");
  });
  it("not a plural head before its preposition: 'Democratic leaders … She said'", () => {
    const cs = claims("Democratic leaders in the House said the bill would fail. She said it would not get a single vote.");
    expect(cs[1]?.speaker.name).toBe("unknown");
  });
  it("not a man titled Mr.: 'Mr. Graham said … She added'", () => {
    const cs = claims("Mr. Graham said the vote would be delayed. She added that she had not decided how to vote.");
    expect(cs[1]?.speaker.name).toBe("unknown");
    expect(cs[1]?.speaker.mention).toBe("She");
  });
  it("not a woman titled Mrs.: 'Mrs. Pelosi said … He added'", () => {
    const cs = claims("Mrs. Pelosi said the caucus was united. He added that the vote would be close.");
    expect(cs[1]?.speaker.name).toBe("unknown");
  });
  it("not: the same sex resolves as before", () => {
    const cs = claims("Mrs. Pelosi said the caucus was united. She added that the vote would be close.");
    expect(cs[1]?.speaker.name).toBe("Pelosi");
  });
  it("not: a singular description ('a person familiar with the talks')", () => {
    const cs = claims("A person familiar with the talks said the deal was close. He added that it could be signed Friday.");
    expect(cs[1]?.speaker.name).toBe("A person familiar with the talks");
  });
  it("not: 'they' after a plural description", () => {
    const cs = claims("Officials said the agreement was close. They added that the text could come Friday.");
    expect(cs[1]?.speaker.name).toBe("Officials");
  });
  it("not: a quoted 'he said' after a named man", () => {
    const cs = claims('Sen. Rand Paul spoke on Monday. "This program is unconstitutional," he said.');
    expect(cs[0]?.speaker.name).toBe("Rand Paul");
  });
});

describe("en24: gender agreement in French too", () => {
  it("'Il' is not Mme Borne", () => {
    const cs = claimsIn("fr", "Mme Borne a dit que le texte serait voté. Il a ajouté que le vote serait serré.");
    expect(cs[1]?.speaker.name).toBe("unknown");
    expect(cs[1]?.speaker.mention).toBe("Il");
  });
  it("not: 'Elle' is Mme Borne", () => {
    const cs = claimsIn("fr", "Mme Borne a dit que le texte serait voté. Elle a ajouté que le vote serait serré.");
    expect(cs[1]?.speaker.name).toBe("Borne");
  });
});
