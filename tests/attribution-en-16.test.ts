import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

/**
 * English campaign coverage, round 4 (sentences written for these tests, US election 2016): bodies
 * named as sources, nominal claims and where their clause ends, relative clauses that report,
 * participles after a comma, appositions, and words of saying that qualify a noun.
 */
const claims = (text: string, language = "en", publishedAt = "2016-10-20"): Claim[] => extractClaims({ id: "t", text, language, publishedAt }).claims;
const only = (text: string, language?: string): Claim => {
  const cs = claims(text, language);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};
const none = (text: string) => expect(claims(text).map((c) => c.assertion)).toEqual([]);

describe("English news: a body named as a source is an institution", () => {
  it("'according to the Labor Department', before or after the content", () => {
    const a = only("The unemployment rate fell to 4.9 percent in September, according to the Labor Department.");
    expect([a.speaker.name, a.speaker.kind]).toEqual(["Labor Department", "institution"]);
    const b = only("According to the Congressional Budget Office, the bill would cost $1 trillion.");
    expect([b.speaker.name, b.speaker.kind]).toEqual(["Congressional Budget Office", "institution"]);
    expect(only("According to John Podesta, the emails were stolen.").speaker.kind).toBe("person");
  });
  it("a word that is also a title inside the body's name stays in it", () => {
    const a = only('"We do not comment on pending investigations," the Justice Department said.');
    expect([a.speaker.name, a.speaker.kind, a.kind]).toEqual(["Justice Department", "institution", "direct"]);
    expect(only("The Senate Intelligence Committee said the report was accurate.").speaker.name).toBe("Senate Intelligence Committee");
  });
  it("a verb inside the content of an opening source is no cue of its own", () => {
    const a = only("According to the Department of Labor, the economy added jobs.");
    expect([a.cue, a.speaker.kind, a.assertion]).toEqual(["According to", "institution", "the economy added jobs."]);
  });
});

describe("English news: nominal claims", () => {
  it("the clause ends where the sentence's own verb begins", () => {
    const a = only("Trump's claim that the election is rigged has no basis in fact.");
    expect([a.speaker.name, a.cue, a.assertion]).toEqual(["Donald Trump", "claim that", "the election is rigged"]);
    expect(only("Trump's claim that the election was rigged has been rejected by courts.").assertion).toBe("the election was rigged");
    expect(only("Obama's warning that Trump is unfit has been echoed by Republicans.").assertion).toBe("Trump is unfit");
    expect(only("Trump's assertion that Mexico will pay for the wall was greeted with laughter.").assertion).toBe("Mexico will pay for the wall");
    // (a pronoun subject right after "that" gives the clause its verb)
    expect(only("Clinton's frequent assertion that she never sent classified emails has been contradicted by the FBI.").assertion).toBe(
      "she never sent classified emails",
    );
  });
  it("an auxiliary that is the clause's own verb, or one after a pronoun or a conjunction, does not end it", () => {
    expect(only("Trump's claim that the media has been biased against him.").assertion).toBe("the media has been biased against him");
    expect(only("Trump's claim that he has been treated unfairly is not new.").assertion).toBe("he has been treated unfairly");
    // (no auxiliary for the main verb: the clause runs on, as before)
    expect(only("Clinton's argument that the economy needs more investment resonated with voters.").assertion).toBe(
      "the economy needs more investment resonated with voters",
    );
  });
  it("an adjective between the possessor and the noun: 'Trump's repeated claim', 'Democrats' repeated claim'", () => {
    const a = only("Trump's repeated claim that the election is rigged has alarmed Republican officials.");
    expect([a.speaker.name, a.cue, a.assertion]).toEqual(["Donald Trump", "claim that", "the election is rigged"]);
    const b = only("Democrats' repeated claim that the tax plan favors the rich has resonated.");
    expect([b.speaker.mention, b.cue]).toEqual(["Democrats", "claim that"]);
  });
  it("a possessive pronoun stands for the person who spoke before", () => {
    const cs = claims("Pence said the ticket was united. His repeated claim that the ticket is united was met with skepticism.");
    expect(cs.map((c) => [c.speaker.name, c.speaker.mention, c.cue])).toEqual([
      ["Mike Pence", "Pence", "said"],
      ["Mike Pence", "His", "claim that"],
    ]);
    expect(cs[1]!.assertion).toBe("the ticket is united");
  });
  it("no possessor, or the verb 'repeated' with an object: no nominal claim", () => {
    none("The claim was rejected by fact-checkers.");
    none("The claim that the election was rigged has been rejected.");
    const a = only("Trump repeated his claim that the election was rigged.");
    expect([a.speaker.name, a.cue]).toEqual(["Donald Trump", "repeated"]);
  });
});

describe("English news: a word of saying that qualifies a noun", () => {
  it("'a telling sign', 'the stated goal' report nothing", () => {
    none("It was a telling sign of the campaign's troubles.");
    none("He cited the stated goal of the campaign.");
    none("She reports for the Washington Post.");
    none("The candidate received a report card from the teachers' union.");
  });
  it("a subject before a determiner-like word still speaks: 'Both warned voters …'", () => {
    expect(claims("Both warned voters about the plan.")).toHaveLength(1);
  });
});

describe("English news: a reporting verb in a relative clause on the subject", () => {
  it("its content ends with the clause, at the comma that closes it", () => {
    const a = only("Pence, who said on Sunday that he would accept the results, struck a different tone on Monday.");
    expect([a.speaker.name, a.assertion, a.date.iso]).toEqual(["Mike Pence", "he would accept the results", "2016-10-16"]);
    const b = only('Pence, who said on Sunday that "the voters will decide," struck a different tone.');
    expect([b.kind, b.assertion]).toEqual(["direct", '"the voters will decide,"']);
  });
  it("a quotation in the clause makes it a report with no 'that'", () => {
    const a = only('Rand Paul, who said the measure was "Obamacare lite," voted against it.');
    expect([a.speaker.name, a.kind, a.assertion]).toEqual(["Rand Paul", "mixed", 'the measure was "Obamacare lite,"']);
    // (the main clause's report wins when there is one)
    expect(only('Rand Paul, who called the measure "Obamacare lite," said the bill should be scrapped.').assertion).toBe("the bill should be scrapped.");
  });
  it("French: the same clause ends at its comma", () => {
    const a = only("Le ministre, qui a déclaré lundi que le plan était prêt, a quitté Paris mardi.", "fr");
    expect([a.speaker.mention, a.assertion]).toEqual(["Le ministre", "le plan était prêt"]);
  });
});

describe("English news: a participle after a comma reports for the subject of the sentence", () => {
  it("'telling', 'calling', 'describing'", () => {
    const a = only('Giuliani went further, telling MSNBC that the election "is being rigged."');
    expect([a.speaker.name, a.cue, a.kind, a.assertion]).toEqual(["Giuliani", "telling", "mixed", 'the election "is being rigged."']);
    const b = only('Trump lashed out at Ryan on Tuesday, calling him "weak and ineffective."');
    expect([b.speaker.name, b.cue, b.kind]).toEqual(["Donald Trump", "calling", "mixed"]);
    expect(only('Trump attacked the judge, describing him as "a hater."').cue).toBe("describing");
  });
  it("with no content, 'calling' reports nothing", () => {
    none("She kept calling her mother.");
  });
});

describe("English news: the person addressed and a programme's title before 'that'", () => {
  it("'told CNN's “State of the Union” that …': the content starts after 'that'", () => {
    const a = only('Mook told CNN\'s "State of the Union" that experts believed the Russians had leaked the emails.');
    expect([a.speaker.name, a.kind, a.assertion]).toEqual(["Mook", "indirect", "experts believed the Russians had leaked the emails."]);
    expect(only('Conway said on ABC\'s "This Week" that the campaign was behind.').assertion).toBe("the campaign was behind.");
  });
});

describe("English news: a description and a name in apposition before the verb", () => {
  it("the name speaks, not a body or a person that qualifies the description", () => {
    expect(only("The FBI director, James Comey, told lawmakers the bureau had found no evidence of wrongdoing.").speaker.name).toBe("James Comey");
    expect(only("The Trump campaign manager, Kellyanne Conway, said the race was close.").speaker.name).toBe("Kellyanne Conway");
    expect(only("Putin, the Russian president, said the talks were useful.").speaker.name).toBe("Vladimir Putin");
  });
  it("the clause after the verb is content, not a speaker after it", () => {
    const a = claims("The White House press secretary, Sean Spicer, said the call went well.", "en", "2017-10-20");
    expect(a.map((c) => [c.speaker.name, c.assertion])).toEqual([["Sean Spicer", "the call went well."]]);
    expect(only("The call went well, said the fire chief.").speaker.mention).toBe("the fire chief");
  });
});

describe("English news: campaign constructions that already work", () => {
  it("tweets, statements, interviews, anonymous aides, split and mixed quotations", () => {
    expect(only('Trump tweeted that the polls were "phony."').kind).toBe("mixed");
    expect(only("Trump wrote on Twitter that the debate moderators were biased.").cue).toBe("wrote");
    expect(only("Clinton's campaign said in a statement that the emails contained nothing new.").speaker.mention).toBe("Clinton's campaign");
    expect(only("A campaign aide, who spoke on condition of anonymity, said the candidate would skip the forum.").speaker.mention).toBe("A campaign aide");
    expect(only("In an interview with CNN, Clinton said she would not debate again.").assertion).toBe("she would not debate again.");
    const split = only('"We are going to win," Trump said. "Believe me, we are going to win big."');
    expect(split.assertion).toBe('"We are going to win," Trump said. "Believe me, we are going to win big."');
    expect(only('Pence called the plan "a disaster for American workers."').kind).toBe("mixed");
    none('"Will you accept the results?" a reporter asked.');
  });
});
