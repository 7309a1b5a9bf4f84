import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Constructions of US campaign and congressional coverage (sentences written for these tests, in the
// style of PolNeAR's political news): a company's abbreviation before the comma that closes an
// apposition; nominal claims with quoted words; "a person close to him"; a document and its author
// ("a statement from X"); names with "and" in them; a relative clause that reports a bare clause.
const claims = (text: string) => extractClaims({ id: "t", text, language: "en", publishedAt: "2016-10-12" }).claims;

describe("an abbreviation's dot before the comma that closes an apposition", () => {
  it.each([
    ["Jane Roe, a spokeswoman for Acme Voting Systems Inc., said the company had found no sign of tampering.", "the company had found no sign of tampering."],
    ["Tom Bell, a lobbyist for Delmar Corp., said the bill would cost jobs.", "the bill would cost jobs."],
  ])("%s", (text, assertion) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toMatch(/^(Jane Roe|Tom Bell)$/);
    expect(c?.speaker.kind).toBe("person");
    expect(c?.assertion).toBe(assertion);
  });

  it("not without the apposition's opening comma", () => {
    const c = claims("A spokeswoman for Acme Corp. said the company had found nothing.")[0];
    expect(c?.speaker.name).toBe("A spokeswoman for Acme Corp");
  });
});

describe("a nominal claim keeps the quoted words of its clause", () => {
  it.each([
    ["Trump's assertion that the election is “rigged” has alarmed Republican officials.", "Donald Trump", "the election is “rigged”"],
    ["Clinton's warning that Trump would “undermine our democracy” has become a theme of her campaign.", "Clinton", "Trump would “undermine our democracy”"],
  ])("%s", (text, speaker, assertion) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(speaker);
    expect(c?.assertion).toBe(assertion);
    expect(c?.kind).toBe("mixed");
  });

  it("without quoted words it still ends before the sentence's verb", () => {
    const c = claims("Trump's claim that the election is rigged has no basis.")[0];
    expect(c?.assertion).toBe("the election is rigged");
    expect(c?.kind).toBe("indirect");
  });

  it("not a noun that names no claim", () => {
    expect(claims("Trump's decision that the rally would go ahead “no matter what” surprised aides.")).toEqual([]);
  });
});

describe("a description linked to a pronoun: “a person close to him”", () => {
  it.each([
    [
      "Bannon is convinced that turnout will decide the race, according to a person close to him.",
      "a person close to him",
      "Bannon is convinced that turnout will decide the race",
    ],
    ["According to two people close to her, the senator will not run again.", "two people close to her", "the senator will not run again."],
    ["A person close to him said Bannon was convinced.", "A person close to him", "Bannon was convinced."],
  ])("%s", (text, speaker, assertion) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(speaker);
    expect(c?.assertion).toBe(assertion);
  });

  it("not the pronoun of a sentence's own content", () => {
    const c = claims("The vote came close to him, the senator said.")[0];
    expect(c?.speaker.name).toBe("the senator");
    expect(c?.assertion).toBe("The vote came close to him");
  });
});

describe("a document and its author: the author speaks", () => {
  it.each([
    ["A statement from the Pentagon said the strike killed two militants.", "Pentagon", "the strike killed two militants."],
    ["According to a letter from Senate Democrats, the bill is flawed.", "Senate Democrats", "the bill is flawed."],
    ["“We are ready,” a statement from the Pentagon said.", "Pentagon", "“We are ready,”"],
    [
      "A statement from the National Association of Secretaries of State said election officials were “working around the clock.”",
      "the National Association of Secretaries of State",
      "election officials were “working around the clock.”",
    ],
  ])("%s", (text, speaker, assertion) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(speaker);
    expect(c?.assertion).toBe(assertion);
  });

  it("not a document that says nothing", () => {
    expect(claims("A statement from the Pentagon is expected on Monday.")).toEqual([]);
  });
});

describe("a name with “and” in it is one body, not two speakers", () => {
  it.each([
    ["The Food and Drug Administration said the drug was safe.", "Food and Drug Administration"],
    ["The Medicines and Healthcare products Regulatory Agency said the drug was safe.", "Medicines and Healthcare products Regulatory Agency"],
    ["“The drug is safe,” said the Food and Drug Administration.", "Food and Drug Administration"],
    ["According to the Food and Drug Administration, the drug is safe.", "Food and Drug Administration"],
    [
      "The concerns were echoed by the Medicines and Healthcare products Regulatory Agency, which said delays could affect its surveys.",
      "Medicines and Healthcare products Regulatory Agency",
    ],
  ])("%s", (text, speaker) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(speaker);
    expect(c?.speaker.kind).toBe("institution");
  });

  it("the Department of Health and Human Services", () => {
    const c = claims("The Department of Health and Human Services said the rule would take effect in May.")[0];
    expect(c?.speaker.mention).toBe("The Department of Health and Human Services");
    expect(c?.speaker.kind).toBe("institution");
  });

  it.each([
    ["Smith and Jones said the deal was done.", "Jones and Smith"],
    ["The Republicans and Democrats said the deal was dead.", "Democrats and The Republicans"],
  ])("not two speakers: %s", (text, speaker) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(speaker);
    expect(c?.speaker.kind).toBe("group");
  });
});

describe("a relative clause that reports a bare clause with its own auxiliary", () => {
  it.each([
    [
      "The claim was disputed by the Department of Veterans Affairs, which said most clinics would remain open.",
      "the Department of Veterans Affairs",
      "most clinics would remain open.",
    ],
    ["The plan was backed by Senator Tom Reyes, who said it would save money.", "Tom Reyes", "it would save money."],
  ])("%s", (text, speaker, assertion) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(speaker);
    expect(c?.assertion).toBe(assertion);
    expect(c?.kind).toBe("indirect");
  });

  it("not an object of the verb", () => {
    expect(claims("Washington, which has strongly criticized Moscow's government for the war, sent more aid.")).toEqual([]);
  });
});

describe("a quotation after a verb resumes a split quotation only after a quotation or a comma", () => {
  it("a quoted object after a noun and its clause is no inverted attribution", () => {
    const c = claims("Trump said he would jail her, a threat critics called “un-American.”")[0];
    expect(c?.speaker.name).toBe("Donald Trump");
    expect(c?.cue).toBe("said");
    expect(c?.assertion.startsWith("he would jail her")).toBe(true);
  });

  it.each([
    ["“We are ready,” Smith said, “and we will win.”", "“We are ready,” Smith said, “and we will win.”"],
    ["The deal was done, Smith said, “and we will win.”", "The deal was done, Smith said, “and we will win.”"],
  ])("a split quotation still is: %s", (text, assertion) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe("Smith");
    expect(c?.assertion).toBe(assertion);
    expect(c?.kind).toBe("direct");
  });
});

describe("a trailing attribution followed by circumstance only", () => {
  it.each([
    ["The White House believes the bill will pass, a senior administration official told reporters on condition of anonymity.", "told"],
    ["The White House believes the bill will pass, a senior administration official said on condition of anonymity.", "said"],
  ])("%s", (text, cue) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe("a senior administration official");
    expect(c?.cue).toBe(cue);
    expect(c?.assertion).toBe("The White House believes the bill will pass");
  });

  it("not a clause after the person addressed", () => {
    const c = claims("The plan failed, Smith told reporters the deal was dead.")[0];
    expect(c?.speaker.name).toBe("Smith");
    expect(c?.assertion).toBe("the deal was dead.");
  });
});

describe("a complementizer after a statement noun and what tells of it", () => {
  it("said in a statement carried by the news agency that …", () => {
    const c = claims(
      "The Saudi foreign ministry said in a statement carried by the official Saudi Press Agency that the law was “a cause of great concern.”",
    )[0];
    expect(c?.assertion).toBe("the law was “a cause of great concern.”");
    expect(c?.kind).toBe("mixed");
  });

  it("not further without a statement noun", () => {
    const c = claims("The ministry said on the bill that the senators wrote last year it was flawed.")[0];
    expect(c?.assertion).not.toBe("it was flawed.");
  });
});

describe("beliefs and estimates with their clause", () => {
  it.each([
    ["Some Republicans worry that a shutdown would hurt the party in November.", "Some Republicans", "worry", "a shutdown would hurt the party in November."],
    [
      "The Congressional Budget Office estimates that the bill would add $50 billion to the deficit.",
      "Congressional Budget Office",
      "estimates",
      "the bill would add $50 billion to the deficit.",
    ],
    ["Democrats fear that turnout will be low.", "Democrats", "fear", "turnout will be low."],
  ])("%s", (text, speaker, cue, assertion) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(speaker);
    expect(c?.cue).toBe(cue);
    expect(c?.assertion).toBe(assertion);
  });

  // (en43: a bare clause with its subject and an auxiliary after a verb of thinking is content, as after "believe" —
  // PolNeAR counts beliefs: "Democrats hope the senator will change his mind" reports the hope)
  it("a bare clause with its own auxiliary: Democrats hope the senator will change his mind.", () => {
    const c = claims("Democrats hope the senator will change his mind.")[0];
    expect([c?.speaker.name, c?.assertion]).toEqual(["Democrats", "the senator will change his mind."]);
  });
  it.each(["Voters fear the worst.", "The estimates show a gap.", "We hope to see you there."])("not without a complementizer: %s", (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe("a possessive before a trailing speaker is no speaker", () => {
  it("…, his spokeswoman said", () => {
    const c = claims("Pence spoke on Monday. Tim Kaine thinks the plan “makes no sense,” his spokeswoman said.")[0];
    expect(c?.speaker.name).toBe("his spokeswoman");
    expect(c?.cue).toBe("said");
  });

  it("a pronoun still is", () => {
    expect(claims("Pence spoke on Monday. The plan makes no sense, he said.")[0]?.speaker.name).toBe("Mike Pence");
  });
});

describe("a name set off by commas after the description in a source phrase", () => {
  it.each([
    [
      "According to Pence's spokesman, Marc Lotter, the governor will campaign in North Carolina this week.",
      "Marc Lotter",
      "the governor will campaign in North Carolina this week.",
    ],
    ["According to a spokeswoman for the campaign, Dana Ross, the event was canceled.", "Dana Ross", "the event was canceled."],
  ])("%s", (text, speaker, assertion) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(speaker);
    expect(c?.speaker.kind).toBe("person");
    expect(c?.assertion).toBe(assertion);
  });

  it.each([
    ["According to the report, Marc Lotter, the spokesman, was fired.", "the report"],
    ["According to a senior aide, Mike Pence was furious.", "a senior aide"],
  ])("not the content's subject: %s", (text, speaker) => {
    expect(claims(text)[0]?.speaker.name).toBe(speaker);
  });
});

describe("a trailing speaker's role set off before the name is no content", () => {
  it.each([
    ["The caucus will oppose the bill, its chairman, Rep. Mark Meadows, said Tuesday.", "Mark Meadows"],
    ["The caucus will oppose the bill, a spokeswoman for the group, Ana Ruiz, said.", "Ana Ruiz"],
  ])("%s", (text, speaker) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(speaker);
    expect(c?.assertion).toBe("The caucus will oppose the bill");
  });

  it("a quotation before it stays the content", () => {
    expect(claims("“We will oppose it,” a spokeswoman for the group, Ana Ruiz, said.")[0]?.assertion).toBe("“We will oppose it,”");
  });
});

describe("a verb in a relative clause with a subject of its own reports up to the clause's comma", () => {
  it.each([
    ["The book, which reviewers have called “a score-settling memoir,” is selling well.", "reviewers", "“a score-settling memoir,”"],
    ["The plan, which the senator called “a disaster,” passed on Monday.", "the senator", "“a disaster,”"],
  ])("%s", (text, speaker, assertion) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(speaker);
    expect(c?.assertion).toBe(assertion);
  });

  it("not a relative clause inside the content of the main verb", () => {
    const c = claims("The senator said the plan, which passed on Monday, would fail.")[0];
    expect(c?.speaker.name).toBe("The senator");
    expect(c?.assertion).toBe("the plan, which passed on Monday, would fail.");
  });
});

describe("negative cases of political coverage: no claim", () => {
  it.each([
    "The so-called “Gang of Eight” met again on Monday.",
    "Protesters carried signs reading “No Wall” outside the convention center.",
    "He reports for CNN from the White House.",
    "The senator is said to be considering a run for governor.",
    "She starred in “The West Wing” for seven years.",
    "The “America First” policy has drawn criticism.",
    "A statement from the Pentagon is expected on Monday.",
  ])("%s", (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe("a surname with a second capital names the person named in full before", () => {
  it.each([
    ["Senate Majority Leader Mitch McConnell declined to comment.\n\n“We will see,” McConnell told reporters.", "Mitch McConnell"],
    ["Gov. Ron DeSantis spoke on Monday. DeSantis said the storm was weakening.", "Ron DeSantis"],
  ])("%s", (text, speaker) => {
    expect(claims(text).at(-1)?.speaker.name).toBe(speaker);
  });

  it("not a name in capitals", () => {
    expect(claims("Officials at NATO HQ met on Monday. HQ said the talks were useful.").at(-1)?.speaker.name).not.toBe("NATO HQ");
  });
});
