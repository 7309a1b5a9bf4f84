import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

/** Claims of an English text (sentences written for these tests, in the style of US political news). */
const claims = (text: string, publishedAt = "2017-11-14"): Claim[] => extractClaims({ id: "t", text, language: "en", publishedAt }).claims;
const only = (text: string, publishedAt?: string): Claim => {
  const cs = claims(text, publishedAt);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe("English news: speakers with determiners and relative clauses", () => {
  it("'one' opens a speaker's phrase like 'a'", () => {
    const c = only("\"I don't think it's going to pass,\" said one Republican aide, who spoke on condition of anonymity.");
    expect(c.speaker.mention).toBe("one Republican aide");
    expect(c.kind).toBe("direct");
    expect(c.assertion).toBe("\"I don't think it's going to pass,\"");
    expect(only('"It will not pass," said one Democratic senator.').speaker.mention).toBe("one Democratic senator");
    expect(only('"It will not pass," said a Republican aide, who asked not to be named.').speaker.mention).toBe("a Republican aide");
  });
});

describe("English news: US party tags belong to the name", () => {
  it("a tag and an apposition between commas before the verb", () => {
    const c = only('Rep. Kevin Brady (R-Texas), chairman of the Ways and Means Committee, said in a statement that the bill would "unleash growth."');
    expect(c.speaker.name).toBe("Kevin Brady");
    expect(c.kind).toBe("mixed");
    expect(c.assertion).toBe('the bill would "unleash growth."');
  });
  it("a tag before a date and a content verb", () => {
    const c = only('Sen. Elizabeth Warren (D-Mass.) on Tuesday called the proposal "a giveaway to the wealthy."');
    expect(c.speaker.name).toBe("Elizabeth Warren");
    expect(c.kind).toBe("mixed");
    expect(c.date.iso).toBe("2017-11-14");
  });
  it("tags in other forms, after the verb and before it", () => {
    expect(only('"It is a giveaway to the wealthy," said Sen. Bernie Sanders (I-Vt.).').speaker.name).toBe("Bernie Sanders");
    expect(only("Sen. Chuck Schumer (D., N.Y.) said the bill was a disaster.").speaker.name).toBe("Chuck Schumer");
    expect(only("Rep. Nancy Pelosi (D-Calif.) told reporters that the vote would fail.").speaker.name).toBe("Nancy Pelosi");
  });
  it("the claim quotes the original text, tag and all", () => {
    const c = only('"Sen. Warren (D-Mass.) is wrong about this," Rep. Kevin Brady (R-Texas) said.');
    expect(c.speaker.name).toBe("Kevin Brady");
    expect(c.assertion).toBe('"Sen. Warren (D-Mass.) is wrong about this,"');
  });
  it("not a party tag: an acronym after a body, a bracket after a lower-case word", () => {
    expect(only("The Congressional Budget Office (CBO) said the bill would add to the deficit.").speaker.mention).toMatch(/CBO|Congressional Budget Office/);
    const c = only("The senator said the bill (R) was a mistake.");
    expect(c.assertion).toBe("the bill (R) was a mistake.");
  });
});

describe("English news: datelines are layout", () => {
  it("a dateline before the first sentence is no part of it", () => {
    const c = only('WASHINGTON — Sen. Elizabeth Warren (D-Mass.) on Tuesday called the proposal "a giveaway to the wealthy."');
    expect(c.speaker.name).toBe("Elizabeth Warren");
    expect(c.kind).toBe("mixed");
  });
  it("a quotation right after a dateline is direct, without the dateline", () => {
    const c = only('WASHINGTON — "We will not back down," Senate Majority Leader Mitch McConnell said Tuesday.');
    expect(c.kind).toBe("direct");
    expect(c.assertion).toBe('"We will not back down,"');
    expect(c.speaker.name).toMatch(/McConnell/);
  });
  it("wire datelines with an agency and a date", () => {
    const a = only("LONDON, Nov 14 (Reuters) - British Prime Minister Theresa May said on Tuesday that talks would continue.");
    expect(a.speaker.name).toBe("Theresa May");
    expect(a.assertion).toBe("talks would continue.");
    const b = only('NEW YORK (Reuters) - "The market is strong," said Jane Doe, an economist at a bank.');
    expect(b.kind).toBe("direct");
    expect(b.assertion).toBe('"The market is strong,"');
  });
});

describe("English news: quotations that run over paragraphs", () => {
  it("a split quotation goes on in the next paragraph: one claim, its parts in quotes", () => {
    const text = "“The economy is booming,” the president added. “Nobody thought it was possible.\n\n“But we did it, and we're going to keep doing it.”";
    const c = only(text);
    expect(c.kind).toBe("direct");
    expect(c.cue).toBe("added");
    // (a cue inside the quotation — "thought" — makes no claim of its own)
    expect(c.quotes.map(([a, b]) => text.slice(a, b))).toEqual([
      "“The economy is booming,”",
      "“Nobody thought it was possible.",
      "“But we did it, and we're going to keep doing it.”",
    ]);
  });
  it("over three paragraphs, and after a colon cue", () => {
    const three = only(
      "“The economy is booming,” the president added. “Nobody thought it was possible.\n\n“But we did it. I knew we would.\n\n“And we're going to keep doing it.”",
    );
    expect(three.quotes).toHaveLength(4);
    const text = "Ryan said: “We have the votes. Everyone knows it.\n\n“We will pass it before Christmas.”";
    const c = only(text);
    expect(c.speaker.mention).toBe("Ryan");
    expect(c.kind).toBe("direct");
    expect(c.assertion.endsWith("before Christmas.”")).toBe(true);
  });
  it("the attribution in the last paragraph credits the paragraphs before", () => {
    const c = only("“We are going to cut taxes for the middle class.\n\n“And we are going to do it this year,” the president said.");
    expect(c.kind).toBe("direct");
    expect(c.quotes).toHaveLength(2);
  });
  it("a quotation closed in its paragraph does not run on", () => {
    const cs = claims("“We have the votes,” Ryan said.\n\n“They do not,” Pelosi said.");
    expect(cs.map((c) => c.speaker.mention)).toEqual(["Ryan", "Pelosi"]);
  });
  it("quotation marks left open with another mark next: no run-on", () => {
    const cs = claims("“We have the votes,” Ryan said. “Nobody thought it was possible.\n\nPelosi said the bill would fail.");
    expect(cs.map((c) => c.speaker.mention)).toContain("Pelosi");
    expect(cs.find((c) => c.speaker.mention === "Pelosi")!.assertion).toBe("the bill would fail.");
  });
});

describe("English news: descriptions of anonymous sources", () => {
  it("'familiar with', 'briefed on', 'close to' and 'with knowledge of' go on the description", () => {
    expect(only("According to two people familiar with the talks, the deal is close.").speaker.mention).toBe("two people familiar with the talks");
    expect(only("The deal is close, according to three officials briefed on the negotiations.").speaker.mention).toBe(
      "three officials briefed on the negotiations",
    );
    expect(only("People familiar with the talks said the deal was close.").speaker.mention).toBe("People familiar with the talks");
    expect(only('"The deal is close," said a person with knowledge of the negotiations.').speaker.mention).toBe("a person with knowledge of the negotiations");
  });
  it("the author of a document after 'according to' is the source", () => {
    const c = only("The measure would cut Medicaid spending, according to an analysis by the Congressional Budget Office.");
    expect([c.speaker.name, c.assertion]).toEqual(["Congressional Budget Office", "The measure would cut Medicaid spending"]);
    expect(only("According to a report by The Washington Post, the deal is close.").speaker.mention).toBe("The Washington Post");
    // (no name after "by": the document stays the source)
    expect(only("According to a study by researchers at the university, the deal is close.").speaker.mention).toBe("a study");
  });
  it("the body after 'close to' is no speaker", () => {
    const c = only("Two sources close to the White House said the deal was close.");
    expect(c.speaker.name).not.toBe("White House");
    expect(c.speaker.mention).toBe("Two sources close to the White House");
  });
  it("a preposition without a link still ends the description", () => {
    const c = only("A spokesman for the ministry said on Tuesday that the deal was close.");
    expect(c.speaker.mention).toBe("A spokesman for the ministry");
    expect(c.assertion).toBe("the deal was close.");
  });
});

describe("English news: common attributions", () => {
  it("told reporters, said in an interview, wrote on Twitter, tweeted", () => {
    expect(only("Paul Ryan told reporters on Tuesday that the bill would pass.").assertion).toBe("the bill would pass.");
    expect(only('"We have the votes," Paul Ryan told reporters.').kind).toBe("direct");
    expect(only('"We have the votes," Paul Ryan said in an interview.').assertion).toBe('"We have the votes,"');
    expect(only("Paul Ryan said in an interview with CNN that the bill would pass.").assertion).toBe("the bill would pass.");
    const w = only("Donald Trump wrote on Twitter that the bill was “a big win.”");
    expect([w.speaker.name, w.kind, w.cue]).toEqual(["Donald Trump", "mixed", "wrote"]);
    const t = only("“The tax bill is a big win for America!” Trump tweeted.");
    expect([t.speaker.name, t.kind, t.cue]).toEqual(["Donald Trump", "direct", "tweeted"]);
  });
  it("a quotation and 'he said' in the next sentence", () => {
    const cs = claims('Paul Ryan said the bill would pass. "We have the votes," he said.');
    expect(cs.map((c) => c.speaker.name)).toEqual(["Paul Ryan", "Paul Ryan"]);
    expect(cs[1]!.kind).toBe("direct");
  });
  it("titles are part of the mention, never a speaker alone", () => {
    for (const [text, name] of [
      ['"We will pass it this week," Mr. Ryan said.', "Ryan"],
      ['"We will not," Ms. Pelosi said.', "Pelosi"],
      ["Sen. Mitch McConnell said the vote would be on Thursday.", "Mitch McConnell"],
      ['"We will pass it," said Gov. Chris Christie.', "Chris Christie"],
    ] as const) {
      const c = only(text);
      expect(c.speaker.name).toBe(name);
      expect(c.speaker.name).not.toMatch(/^(?:Mr|Ms|Sen|Gov|Rep)\.?$/);
    }
  });
  it("a spokesman for X, Y, said: Y speaks", () => {
    expect(only('"We have the votes," a spokesman for Ryan, Doug Andres, said.').speaker.name).toBe("Doug Andres");
    expect(only("A spokesman for Mr. Ryan, Doug Andres, said the House would vote Thursday.").speaker.name).toBe("Doug Andres");
  });
  it("single quotation marks inside double ones stay in the one quotation", () => {
    const c = only("\"He told me, 'We will never give up,' and I believed him,\" Ryan said.");
    expect(c.kind).toBe("direct");
    expect(c.assertion).toBe("\"He told me, 'We will never give up,' and I believed him,\"");
    expect(c.quotes).toHaveLength(1);
  });
});

describe("English news: content in the paragraph after a colon", () => {
  it("a cue, a few words of circumstance and a colon: the next paragraph is the content", () => {
    for (const lead of ["In a statement, the White House said:", "The senator said on Tuesday:", "Ryan put it this way:", "Ryan told reporters:"]) {
      const c = only(`${lead}\n\n"We have the votes to pass the bill."`);
      expect(c.kind).toBe("direct");
      expect(c.assertion).toBe('"We have the votes to pass the bill."');
    }
  });
  it("and over paragraphs when the quotation runs on", () => {
    const c = only("The senator said on Tuesday:\n\n“We will not vote for this bill.\n\n“It is a giveaway to the wealthy.”");
    expect(c.speaker.mention).toBe("The senator");
    expect(c.assertion.endsWith("wealthy.”")).toBe(true);
  });
});

describe("English news: no claim", () => {
  it("bylines, 'reports for', plural nouns that look like verbs", () => {
    expect(claims("By Jane Doe\n\nWASHINGTON — The House passed the bill on Thursday.")).toHaveLength(0);
    expect(claims("John Smith reports for The Washington Post.")).toHaveLength(0);
    expect(claims("Strong earnings reports lifted stocks on Tuesday.")).toHaveLength(0);
    expect(claims("The claims of fraud were false.")).toHaveLength(0);
    const c = only("Media reports said the deal was close.");
    expect([c.cue, c.speaker.mention]).toEqual(["said", "Media reports"]);
  });
  it("the verb forms stay cues where they are verbs", () => {
    expect(only("The Washington Post reports that the deal is close.").cue).toBe("reports");
    expect(only("Trump claims the election was rigged.").cue).toBe("claims");
  });
  it("scare quotes and terms are no speech", () => {
    expect(claims('The so-called "repeal and replace" plan stalled in the Senate.')).toHaveLength(0);
    expect(claims('Critics call it a "giveaway."')).toHaveLength(0);
    expect(claims('The "Gang of Eight" met on Tuesday.')).toHaveLength(0);
    const cs = claims('Ryan said the bill would pass. The "skinny repeal" plan failed in July.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.assertion).toBe("the bill would pass.");
  });
  it("a title in quotation marks next to a claim is no speech", () => {
    const cs = claims('Ryan said the bill would pass. Michael Wolff\'s book "Fire and Fury" was published on Friday.');
    expect(cs).toHaveLength(1);
  });
  it("a quoted sentence next to a claim is still that speaker's", () => {
    const cs = claims('Ryan said the bill would pass. "We have the votes."');
    expect(cs).toHaveLength(2);
    expect(cs[1]!.kind).toBe("direct");
  });
});

describe("English news: lead-ins and names no lexicon knows", () => {
  it("AP-style party tags between commas", () => {
    expect(only("House Speaker Paul Ryan, R-Wis., said he would not defend the comments.").speaker.name).toMatch(/Paul Ryan$/);
    const c = only('"I will not defend him," said House Speaker Paul Ryan, R-Wis.');
    expect(c.speaker.name).toMatch(/Paul Ryan$/);
    expect(c.assertion).toBe('"I will not defend him,"');
    expect(only("Sen. Chuck Schumer, D-N.Y., told reporters the bill was a disaster.").speaker.name).toBe("Chuck Schumer");
  });
  it("a person, a short clause, a colon and a quotation", () => {
    const c = only('Sen. Lindsey Graham, a frequent Trump critic, was blunt: "He\'s not fit to be commander in chief."');
    expect([c.speaker.name, c.kind, c.assertion]).toEqual(["Lindsey Graham", "direct", '"He\'s not fit to be commander in chief."']);
    const cs = claims('Paul Ryan said the bill would pass. He was blunt: "We have the votes and we will use them."');
    expect(cs.map((x) => x.speaker.name)).toEqual(["Paul Ryan", "Paul Ryan"]);
  });
  it("no speaker for a colon after a thing", () => {
    expect(claims('The result was clear: "a landslide for the Republicans."')).toHaveLength(0);
  });
  it("'he' after a sentence of narration that opens with an unknown name", () => {
    const c = only('Paul Ryan was upbeat. "We have the votes to pass it," he said.');
    expect([c.speaker.name, c.speaker.mention]).toEqual(["Paul Ryan", "he"]);
  });
});

describe("English news: anonymous officials", () => {
  it("'on condition of anonymity' clauses after the speaker or between commas", () => {
    for (const text of [
      '"There is no deal yet," said one official, who spoke on condition of anonymity because he was not authorized to discuss the matter publicly.',
      '"There is no deal yet," said one official, speaking on condition of anonymity to discuss internal deliberations.',
    ]) {
      const c = only(text);
      expect([c.speaker.mention, c.kind, c.assertion]).toEqual(["one official", "direct", '"There is no deal yet,"']);
    }
    const a = only('A senior administration official, speaking on condition of anonymity to discuss the talks, said "there is no deal yet."');
    expect(a.speaker.mention).toBe("A senior administration official");
    expect(a.assertion).toBe('"there is no deal yet."');
    const b = only("There is no deal yet, said a senior official who requested anonymity to discuss the negotiations.");
    expect([b.speaker.mention, b.assertion]).toEqual(["a senior official", "There is no deal yet"]);
  });
  it("a party tag before a relative clause keeps the clause's comma", () => {
    const c = only('Sen. Rand Paul, R-Ky., who has said he opposes the bill, told reporters he was "not yet" ready to vote for it.');
    expect([c.speaker.name, c.cue, c.kind]).toEqual(["Rand Paul", "told", "mixed"]);
  });
  it("a cue, an adverb, a colon and a quotation", () => {
    const c = only('One GOP aide put it bluntly: "Nobody likes this bill."');
    expect([c.speaker.mention, c.kind, c.assertion]).toEqual(["One GOP aide", "direct", '"Nobody likes this bill."']);
  });
});

describe("English news: a participle clause after a quotation and its cue", () => {
  it("'…,' X said, adding that …: a second claim of the same speaker", () => {
    const cs = claims('"We\'re going to build a wall," Trump said at a rally in Phoenix on Wednesday night, adding that Mexico would "pay for it."');
    expect(cs.map((c) => [c.kind, c.cue, c.assertion])).toEqual([
      ["direct", "said", '"We\'re going to build a wall,"'],
      ["mixed", "adding", 'Mexico would "pay for it."'],
    ]);
    expect(cs[1]!.speaker.name).toBe("Donald Trump");
  });
  // (since en30 the participle's report is the speaker's second claim, as PolNeAR counts reporting acts; dev and
  // seeds rows unchanged — see tests/en30.test.ts)
  it("reported speech before a comma and a participle of a report is the first of two claims", () => {
    const cs = claims("Trump said the wall would be built, adding that Mexico would pay for it.");
    expect(cs.map((c) => c.assertion)).toEqual(["the wall would be built", "Mexico would pay for it."]);
    expect(cs[1]!.speaker.name).toBe(cs[0]!.speaker.name);
  });
});

describe("English news: media named in the attribution", () => {
  it("the person addressed after a trailing 'told' is no content", () => {
    const c = only("The bill would pass, Ryan told the Times.");
    expect([c.speaker.mention, c.assertion]).toEqual(["Ryan", "The bill would pass"]);
    expect(only("Ryan told The New York Times that the bill would pass.").assertion).toBe("the bill would pass.");
  });
  it("a programme's title in quotation marks between the verb and 'that'", () => {
    const c = only('Trump\'s lawyer, Jay Sekulow, said on ABC\'s "This Week" that the president "has not been told" he is under investigation.');
    expect([c.speaker.name, c.kind, c.assertion]).toEqual(["Jay Sekulow", "mixed", 'the president "has not been told" he is under investigation.']);
  });
});

describe("English news: party tags in hostile input", () => {
  it("long runs of letters and spaces around tags stay linear", () => {
    const text = `${"a".repeat(40000)} (D-Mass.) , R-Wis., ${" ".repeat(40000)}(R-Texas) ${"Aaaa (D-Mass.) ".repeat(5000)}`;
    const t = Date.now();
    extractClaims({ id: "h", text, language: "en" });
    expect(Date.now() - t).toBeLessThan(3000);
  });
});
