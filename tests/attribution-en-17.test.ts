import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Constructions of US and UK campaign and government coverage (sentences written for these tests):
// a pronoun after a sentence of narration opened by a surname or a capitalised title and a name; a
// headline's bare title; a statement noun as the object of the main verb; polls and studies that
// report with a bare clause; local offices as titles; "it" for a report that spoke.
const claims = (text: string, language = "en") => extractClaims({ id: "t", text, language, publishedAt: "2026-03-18" }).claims;
const who = (text: string, language = "en") => claims(text, language).map((c) => [c.speaker.name, c.speaker.mention]);

describe("a pronoun after narration opened by the one it refers to", () => {
  it.each([
    [
      "en",
      "Tom Hadley spoke to reporters on Monday. Rosa Mendez said the plan was late. Hadley dismissed the criticism. Asked about the deadline, he said: “We will take the time it takes.”",
      "Tom Hadley",
    ],
    [
      "en",
      "Anna Levitt said the meeting was productive. House Majority Leader Rick Danner struck a more skeptical note. “Productive is a word people use when nothing happened,” he said.",
      "Rick Danner",
    ],
    [
      "es",
      "María López habló con la prensa. Juan Pérez dijo que el plan era un error. López llegó a Madrid por la tarde. «No es verdad», dijo ella.",
      "María López",
    ],
    [
      "it",
      "Maria Rossi ha parlato con i giornalisti. Luca Bianchi ha detto che il piano era sbagliato. Rossi è arrivata a Roma in serata. «Non è vero», ha detto lei.",
      "Maria Rossi",
    ],
  ])("%s: %s", (language, text, speaker) => {
    expect(claims(text, language).at(-1)?.speaker.name).toBe(speaker);
  });

  it("not the possessor of the subject: the campaign's sentence leaves “she” with who spoke last", () => {
    const text = "Karen Bowles met voters in Ames. Greg Hall said the deal was bad. Bowles's campaign rejected the charge. “She voted for it,” he said.";
    expect(claims(text).at(-1)?.speaker.name).toBe("Greg Hall");
  });

  it("not a surname never named in full before", () => {
    const text = "Greg Hall said the deal was bad. Markets shrugged off the news. “It will pass,” he said.";
    expect(claims(text).at(-1)?.speaker.name).toBe("Greg Hall");
  });
});

describe("a headline's bare title", () => {
  it.each([
    ["Governor vows “no retreat” on school plan\n\nCOLUMBUS — Gov. Linda Carver said on Tuesday that she would not retreat.", "Linda Carver"],
    ["Mayor says budget “balanced”\n\nThe city budget is balanced, said Mayor Ann Lee.", "Ann Lee"],
    ["Minister denies cover-up\n\nLONDON — Health Secretary Oliver Grant said on Monday that there had been no cover-up.", "Oliver Grant"],
  ])("%s", (text, speaker) => {
    const cs = claims(text);
    expect(cs.length).toBe(2);
    expect(cs.map((c) => c.speaker.name)).toEqual([speaker, speaker]);
    expect(cs[0]?.speaker.mention).not.toBe(speaker);
  });

  it("with no titled speaker below, the headline gives no claim", () => {
    expect(who("Mayor says budget “balanced”\n\nThe city budget is balanced, said Ann Lee.")).toEqual([["Ann Lee", "Ann Lee"]]);
  });

  it("a headline with a name keeps it", () => {
    expect(
      claims("Carver vows “no retreat” on school plan\n\nGov. Linda Carver said on Tuesday that she would not retreat.").map((c) => c.speaker.name),
    ).toEqual(["Linda Carver", "Linda Carver"]);
  });
});

describe("a statement noun as the object of the main verb", () => {
  it.each([
    ["Linda Carver spoke on Monday. Her office released a statement saying the changes would raise money.", "Her office"],
    ["The campaign issued a statement saying the figures were wrong.", "The campaign"],
    ["The Kremlin issued a statement saying the talks were useful.", "Kremlin"],
  ])("%s", (text, speaker) => {
    expect(claims(text).at(-1)?.speaker.name).toBe(speaker);
  });

  it("a statement that opens the sentence speaks as before", () => {
    expect(who("The statement said the talks were useful.")).toEqual([["The statement", "The statement"]]);
  });
});

describe("polls and studies report with a bare clause", () => {
  it.each([
    ["Polls show voters are divided on the plan.", "Polls", "voters are divided on the plan."],
    ["A new Register poll shows Hollister leading by two points.", "A new Register poll", "Hollister leading by two points."],
    ["The survey found most voters undecided.", "The survey", "most voters undecided."],
  ])("%s", (text, speaker, assertion) => {
    const c = claims(text)[0];
    expect([c?.speaker.name, c?.assertion, c?.kind]).toEqual([speaker, assertion, "indirect"]);
  });

  it.each(["The police found the keys.", "The photos show a crowd.", "The report found problems.", "The poll shows."])("negative: %s", (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe("local offices are titles", () => {
  it.each([
    ["Her main rival, City Councilman Derek Shaw, says the approach has failed.", "Derek Shaw"],
    ["Councilwoman Jo Ray said the plan failed.", "Jo Ray"],
    ["Assemblyman Tim Burke said the bill was dead.", "Tim Burke"],
  ])("%s", (text, speaker) => {
    expect(claims(text)[0]?.speaker.name).toBe(speaker);
  });

  it("a bare office with its article stays a description", () => {
    expect(who("The delegate said the plan failed.")).toEqual([["The delegate", "The delegate"]]);
  });
});

describe("“it” after a report that spoke", () => {
  it("is the report", () => {
    const cs = claims("The report found that waiting times had grown. It said officials had known since 2019.");
    expect(cs.map((c) => [c.speaker.name, c.speaker.mention])).toEqual([
      ["The report", "The report"],
      ["The report", "It"],
    ]);
  });

  it("a poll is no “he”", () => {
    const cs = claims("Smith spoke. The poll found that most voters were undecided. He said it was close.");
    expect(cs.at(-1)?.speaker.name).not.toBe("The poll");
  });

  it("“she” after a poll is the person who spoke before it", () => {
    const cs = claims("Jane Roe, a senator, said the plan failed. The poll found that most voters were undecided. She said it was close.");
    expect(cs.at(-1)?.speaker.name).toBe("Jane Roe");
  });
});
