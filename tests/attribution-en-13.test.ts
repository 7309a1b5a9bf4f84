import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

/**
 * English political news in wire style, round 2 (sentences written for these tests, US and UK
 * politics): surnames that are also function words, reporting phrases built on a noun, sources
 * without names, titles before names, and phrases that report nothing.
 */
const claims = (text: string, publishedAt = "2018-11-14"): Claim[] => extractClaims({ id: "t", text, language: "en", publishedAt }).claims;
const only = (text: string, publishedAt?: string): Claim => {
  const cs = claims(text, publishedAt);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};
const none = (text: string) => expect(claims(text).map((c) => c.assertion)).toEqual([]);

describe("English news: a surname that is also a modal verb and a month ('May')", () => {
  it("the capitalised word names the speaker before the verb, after a title and after the verb", () => {
    const a = only("May said the deal would protect jobs across the country.");
    expect([a.speaker.name, a.assertion]).toEqual(["May", "the deal would protect jobs across the country."]);
    const b = only("Mrs May told MPs that the backstop was necessary.");
    expect([b.speaker.name, b.speaker.mention, b.assertion]).toEqual(["May", "Mrs May", "the backstop was necessary."]);
    const c = only('"We will not accept a bad deal," said May.');
    expect([c.speaker.name, c.kind]).toEqual(["May", "direct"]);
    expect(only("Prime Minister May said the backstop was necessary.").speaker.name).toBe("May");
    expect(only('May said: "No."').kind).toBe("direct");
  });
  it("after the full name of a person the lexicon knows, the surname is that person", () => {
    const cs = claims("Theresa May met European leaders in Brussels on Thursday. May said the talks had been constructive.");
    expect(cs.map((x) => [x.speaker.name, x.speaker.mention])).toEqual([["Theresa May", "May"]]);
    const ds = claims("Theresa May said the talks would go on. Later, May told MPs that no deal was better than a bad deal.");
    expect(ds.map((x) => x.speaker.name)).toEqual(["Theresa May", "Theresa May"]);
  });
  it("the modal in lower case stays a modal; 'May' as content is no speaker", () => {
    none("The date may change if the talks collapse.");
    const a = only("Trump said May would visit Washington next month.");
    expect([a.speaker.name, a.assertion]).toEqual(["Donald Trump", "May would visit Washington next month."]);
    expect(only("In May, the senator said the bill would pass.").speaker.mention).toBe("the senator");
  });
});

describe("English news: concerns and questions raised about something", () => {
  it("'raised concerns about …', 'raised questions over …': what they are about is the content", () => {
    const a = only("Labour raised concerns about the cost of the scheme.");
    expect([a.speaker.mention, a.cue, a.assertion]).toEqual(["Labour", "raised concerns about", "the cost of the scheme."]);
    const b = only("Conservative MPs raised questions over the prime minister's handling of the talks.");
    expect([b.speaker.mention, b.assertion]).toEqual(["Conservative MPs", "the prime minister's handling of the talks."]);
    expect(only("Several Republicans have raised doubts about the nominee.").speaker.mention).toBe("Several Republicans");
    // (with a clause: the clause is the content, as before)
    expect(only("The senator raised concerns that the bill would hurt rural hospitals.").assertion).toBe("the bill would hurt rural hospitals.");
  });
  it("no object, or the raising of something else: nothing", () => {
    none("The ruling raised questions.");
    none("The Fed raised interest rates on Wednesday.");
    none("Raising concerns is part of the job.");
  });
});

describe("English news: 'be' before a verb of saying is a passive", () => {
  it("'truth be told', 'will be told', 'must be said' name no speaker", () => {
    none("Truth be told, nobody expected the vote to pass.");
    none("The senator will be told that the vote has been delayed.");
    none("It must be said that the plan has flaws.");
    const c = only("Voters should be told the truth, Sanders said.");
    expect([c.speaker.name, c.assertion]).toEqual(["Sanders", "Voters should be told the truth"]);
  });
});

describe("English news: titles of office before a name", () => {
  it("the title no role list holds is the person's role, not part of the name", () => {
    for (const [text, name] of [
      ["House Speaker Paul Ryan said the House would act quickly.", "Paul Ryan"],
      ["Speaker Nancy Pelosi said the House would act quickly.", "Nancy Pelosi"],
      ["FBI Director James Comey said the inquiry would go on.", "James Comey"],
      ["Special Counsel Robert Mueller said the inquiry would go on.", "Robert Mueller"],
      ["Senate Judiciary Committee Chairman Chuck Grassley said the hearing would go ahead.", "Chuck Grassley"],
      ["Senate Majority Whip John Cornyn said the Senate would vote next week.", "John Cornyn"],
      ["Chief of Staff John Kelly said the president was not angry.", "John Kelly"],
      ["White House Chief of Staff John Kelly said the president was not angry.", "John Kelly"],
      ["Chief Justice John Roberts said the court was independent.", "John Roberts"],
      ['"We will not," said Director Jane Moriarty.', "Jane Moriarty"],
      ['"We will not," said Senate Majority Whip John Cornyn.', "John Cornyn"],
      ["The bill will pass, according to Chief of Staff John Kelly.", "John Kelly"],
    ] as const)
      expect(only(text).speaker.name).toBe(name);
  });
  it("the surname alone later is the same person", () => {
    const cs = claims("House Speaker Paul Ryan said the bill would pass. Ryan added that the vote would be on Thursday.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Paul Ryan", "Paul Ryan"]);
  });
  it("a title alone stays a description", () => {
    expect(only("The Speaker told reporters that the House would vote next week.").speaker.mention).toBe("The Speaker");
    expect(only('"We have no plans to change course," the director said.').speaker.mention).toBe("the director");
  });
});

describe("English news: a relative clause without commas between the speaker and the verb", () => {
  it("the phrase before the relative pronoun speaks, not a noun inside the clause", () => {
    for (const [text, mention] of [
      ["Two officials who spoke on condition of anonymity said the strike had been planned for weeks.", "Two officials"],
      ["A senior official who requested anonymity said the talks had stalled.", "A senior official"],
      ["An aide who was not authorized to speak publicly said the president was angry.", "An aide"],
      ["Officials who attended the meeting said the president was angry.", "Officials"],
      ["Voters who backed Trump in 2016 said they would do so again.", "Voters"],
      ["People familiar with the matter who asked not to be named said the deal was close.", "People familiar with the matter"],
    ] as const) {
      const c = only(text);
      expect(c.speaker.mention).toBe(mention);
    }
  });
  it("a subject after the pronoun is the verb's own: 'the man who Trump said …'", () => {
    expect(only("The man who Trump said was a liar has resigned.").speaker.name).toBe("Donald Trump");
  });
  it("in French and Romanian the same", () => {
    const fr = extractClaims({
      id: "t",
      language: "fr",
      text: "Les responsables qui ont assisté à la réunion ont déclaré que le président était en colère.",
    }).claims;
    expect(fr.map((c) => c.speaker.mention)).toEqual(["Les responsables"]);
    const ro = extractClaims({ id: "t", language: "ro", text: "Oficialii care au participat la întâlnire au declarat că președintele era furios." }).claims;
    expect(ro.map((c) => c.speaker.mention)).toEqual(["Oficialii"]);
  });
});

describe("English news: blaming someone reports the blame", () => {
  it("'X blamed Y for Z', 'X blamed Z on Y'", () => {
    const a = only("The senator blamed Democrats for the shutdown.");
    expect([a.speaker.mention, a.cue, a.assertion]).toEqual(["The senator", "blamed", "Democrats for the shutdown."]);
    expect(only("The White House blamed the delay on Senate Democrats.").speaker.name).toBe("White House");
    expect(only("Trump blames the media for his low ratings.").cue).toBe("blames");
  });
  it("a passive or the infinitive after 'to': no claim of its own", () => {
    none("The crash was blamed on icy roads.");
    none("Nobody can blame them.");
    expect(only("Democrats are to blame for the shutdown, McConnell said.").cue).toBe("said");
  });
});

describe("English news: reported speech without quotation marks (guards)", () => {
  it("verbs of arguing, conceding, predicting, denying and believing", () => {
    for (const [text, cue] of [
      ["Corbyn argued that the plan would hurt working families.", "argued"],
      ["The minister insisted that the policy was working.", "insisted"],
      ["Johnson acknowledged that mistakes had been made.", "acknowledged"],
      ["The senator conceded that the bill lacked the votes.", "conceded"],
      ["Analysts predicted that the Fed would raise rates in December.", "predicted"],
      ["The White House denied that the president had discussed the matter.", "denied"],
      ["The company maintained that it had done nothing wrong.", "maintained"],
      ["Prosecutors contended that the defendant had lied to investigators.", "contended"],
      ["Schumer believes the bill will fail in the Senate.", "believes"],
      ["Warren made the case that the tax cuts favored corporations.", "made the case"],
      ["The governor called for an independent investigation into the shooting.", "called for"],
      ["Obama urged Congress to pass the bill before the recess.", "urged"],
      ["Sanders accused Republicans of trying to cut Medicare.", "accused"],
    ] as const)
      expect(only(text).cue).toBe(cue);
    const c = only("McConnell has said repeatedly that he will not allow a vote on the nominee.");
    expect([c.speaker.mention, c.assertion]).toEqual(["McConnell", "he will not allow a vote on the nominee."]);
  });
  it("sources without names", () => {
    expect(only("The bill will not pass this year, according to Senate aides.").speaker.mention).toBe("Senate aides");
    expect(only("A person briefed on the talks said the two sides remained far apart.").speaker.mention).toBe("A person briefed on the talks");
    expect(only("Aides said the president was frustrated with the pace of the talks.").speaker.mention).toBe("Aides");
    expect(only("Democrats argued that the tax plan would add to the deficit.").speaker.mention).toBe("Democrats");
  });
  it("phrases with a word of saying that report nothing", () => {
    none("The plan, so to speak, is dead.");
    none("The report, released Tuesday, runs to 400 pages.");
    none("Trump was said to be furious.");
    none("It goes without saying that the stakes are high.");
    none("Reporters asked whether the president would veto the bill.");
    none("The senator declined to comment.");
  });
});

describe("English news: a participle of saying after a first clause, and doubts about a question", () => {
  it("'…, warning that …', '…, acknowledging that …': the subject of the first clause speaks", () => {
    const a = only("Graham echoed those concerns, warning that the deal could collapse.");
    expect([a.speaker.mention, a.cue, a.assertion]).toEqual(["Graham", "warning", "the deal could collapse."]);
    expect(only("Ryan left the room, acknowledging that the votes were not there.").cue).toBe("acknowledging");
  });
  it("'questioned whether …' reports the doubt", () => {
    const c = only("Schiff questioned whether the president had obstructed justice.");
    expect([c.speaker.mention, c.cue, c.assertion]).toEqual(["Schiff", "questioned whether", "the president had obstructed justice."]);
  });
  it("the noun 'warning' with no one warning: nothing", () => {
    none("The warning that the deal could collapse was ignored.");
    none("The agency posted a warning on its website.");
  });
});

describe("English news: a view held in someone's eyes ('In Pelosi's view, …')", () => {
  it("the possessive before a noun of view opening the sentence holds what follows", () => {
    const a = only("In Pelosi's view, the bill is a gift to the wealthy.");
    expect([a.speaker.name, a.assertion]).toEqual(["Pelosi", "the bill is a gift to the wealthy."]);
    expect(only("In Trump's view, the investigation is a witch hunt.").speaker.name).toBe("Donald Trump");
    expect(only("In the Kremlin's assessment, the sanctions have failed.").speaker.name).toBe("Kremlin");
    expect(only("In Sanders' view, the system is rigged against workers.").speaker.name).toBe("Sanders");
    expect(only("In the view of the senator, the bill is a gift to the wealthy.").speaker.mention).toBe("the senator");
  });
  it("no noun of view: no claim", () => {
    none("In Donald Trump, Republicans found a champion of their cause.");
    none("In Washington, the mood was grim.");
    none("In Trump's first year, the economy grew.");
  });
  it("French 'Pour X, …' keeps working without the frame", () => {
    const fr = extractClaims({ id: "t", language: "fr", text: "Pour Emmanuel Macron, la Russie doit cesser le feu immédiatement." }).claims;
    expect(fr.map((c) => c.speaker.name)).toEqual(["Emmanuel Macron"]);
  });
});
