import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

/**
 * English political news in wire style (sentences written for these tests): speakers no lexicon
 * lists, documents that speak, quotations that stand alone after their speaker, and phrases with a
 * reporting word that report nothing.
 */
const claims = (text: string, publishedAt = "2017-11-14"): Claim[] => extractClaims({ id: "t", text, language: "en", publishedAt }).claims;
const only = (text: string, publishedAt?: string): Claim => {
  const cs = claims(text, publishedAt);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};
const none = (text: string) => expect(claims(text).map((c) => c.assertion)).toEqual([]);

describe("English news: a paragraph that is all quotation after its speaker", () => {
  it("after a paragraph that ends in reported speech: that speaker's words", () => {
    const cs = claims('Senator Ann Kirby said she would vote against the bill.\n\n"This bill is a disaster for working families. I cannot support it."');
    expect(cs).toHaveLength(2);
    expect(cs[1]!.speaker.name).toBe(cs[0]!.speaker.name);
    expect(cs[1]!.kind).toBe("direct");
    expect(cs[1]!.assertion).toBe('"This bill is a disaster for working families. I cannot support it."');
  });
  it("after a quotation, reported speech and a quotation again: each by the same speaker", () => {
    const cs = claims(
      '"We will fight this in the courts," Attorney General Maura Healey said Tuesday.\n\nHealey said her office had already filed a lawsuit.\n\n"The law is on our side."',
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["Maura Healey", "Maura Healey", "Maura Healey"]);
    expect(cs[2]!.assertion).toBe('"The law is on our side."');
  });
  it("after narration opened by a person, in its paragraph or the paragraph before", () => {
    const a = claims('Mayor Tom Reyes spoke to supporters on Friday.\n\n"We built this city together. Nobody is going to take it away from us."');
    expect(a).toHaveLength(1);
    expect(a[0]!.speaker.name).toBe("Tom Reyes");
    expect(a[0]!.kind).toBe("direct");
    const b = only('Senator Mark Hollis was blunt. "This bill is dead. We should start over."');
    expect(b.speaker.name).toBe("Mark Hollis");
    // (the person who opens the sentence right before, not one named earlier)
    const c = only('Tom Reyes met the press on Friday. Jane Doe stood next to him.\n\n"We built this city together. Nobody is going to take it away from us."');
    expect(c.speaker.name).toBe("Jane Doe");
  });
  it("no speaker when the narration before names no person as its subject", () => {
    none('The senators voted 51-49 on Friday.\n\n"We built this city together. Nobody is going to take it away from us."');
    none('The bill passed on Friday.\n\n"Fire and Fury"');
  });
});

describe("German news: the same standalone quotations", () => {
  const de = (text: string) => extractClaims({ id: "t", text, language: "de", publishedAt: "2017-11-14" }).claims;
  it("after reported speech in the paragraph before, and after narration opened by a person", () => {
    const a = de(
      "Bürgermeisterin Anna Krause sagte, sie werde gegen den Plan stimmen.\n\n„Dieser Plan ist ein Desaster für die Familien. Ich kann ihn nicht unterstützen.“",
    );
    expect(a).toHaveLength(2);
    expect(a[1]!.speaker.name).toBe(a[0]!.speaker.name);
    expect(a[1]!.kind).toBe("direct");
    const b = de("Bürgermeister Tom Weber sprach am Freitag vor Anhängern.\n\n„Wir haben diese Stadt gemeinsam aufgebaut. Niemand nimmt sie uns weg.“");
    expect(b.map((c) => c.speaker.name)).toEqual(["Tom Weber"]);
    expect(de("Die Abgeordneten stimmten am Freitag ab.\n\n„Wir haben diese Stadt gemeinsam aufgebaut. Niemand nimmt sie uns weg.“")).toEqual([]);
  });
});

describe("English news: documents speak", () => {
  it("'read' and 'states' report a document's words with content after them", () => {
    const a = only('The statement read: "We will continue to fight for working families."');
    expect(a.speaker.mention).toBe("The statement");
    expect(a.kind).toBe("direct");
    expect(a.cue).toBe("read");
    const b = only("The memo states that the surveillance was lawful.");
    expect(b.speaker.mention).toBe("The memo");
    expect(b.assertion).toBe("the surveillance was lawful.");
    expect(only('The letter, signed by 40 senators, states: "The agreement must be reviewed."').speaker.mention).toBe("The letter");
    expect(only("The complaint alleges that the firm misled investors about its debts.").speaker.mention).toBe("The complaint");
    expect(only('"The war has to end," the memo said.').speaker.mention).toBe("the memo");
  });
  it("a content verb after its quotation and its subject, ending the sentence", () => {
    expect(only('"We will continue to fight for working families," the statement read.').speaker.mention).toBe("the statement");
    expect(only('"The agency failed to act," the panel found.').speaker.mention).toBe("the panel");
  });
  it("no content, or 'states' as a noun: nothing", () => {
    none("He read the report on the plane.");
    none("She reads the newspapers every morning.");
    none("The United States that emerged from the war was different.");
    none("Several states that voted for Trump are now in play.");
    none("The United States and Russia agreed to talk.");
    expect(only("The states said the rule was illegal.").cue).toBe("said");
  });
});

describe("English news: phrases with a reporting word that report nothing", () => {
  it("a verb of telling with no one told: 'time will tell whether …'", () => {
    none("Only time will tell whether the deal will hold.");
    none("Time will tell if the strategy works.");
    expect(only("Smith told reporters that the bill would pass.").cue).toBe("told");
    expect(only("The White House assured that the aid would continue.").cue).toBe("assured");
  });
  it("'that said', 'the said', 'as the saying goes', 'is said to be', bylines and headlines", () => {
    none("That said, the bill faces a tough road in the Senate.");
    none("Needless to say, the vote was close.");
    none("The said agreement was signed in 2015.");
    none("As the saying goes, all politics is local.");
    none("He is said to be ill.");
    none("The senator is said to be considering a run for president.");
    none("Jane Doe reports for the Times from Washington.");
    none("Jane Doe reported from Washington. John Roe contributed reporting from New York.");
    none("Senate passes tax bill after all-night session");
    none('The so-called "nuclear option" would change Senate rules.');
  });
});

describe("English news: speakers no lexicon lists", () => {
  it("roles, descriptions and groups as written", () => {
    expect(only('"We have no plans to change course," the director said.').speaker.mention).toBe("the director");
    expect(only("The Speaker told reporters that the House would vote on the bill next week.").speaker.mention).toBe("The Speaker");
    expect(only('"This is a political stunt," a senior administration official said.').speaker.mention).toBe("a senior administration official");
    expect(only("Critics say the plan would cut benefits for millions of retirees.").speaker.mention).toBe("Critics");
    expect(only("Analysts said the tariffs could push up prices for consumers.").speaker.mention).toBe("Analysts");
    const c = only('"We are confident the voters will see through this," the campaign said in a statement.');
    expect(c.speaker.mention).toBe("the campaign");
    expect(c.kind).toBe("direct");
    expect(only("The company's chief executive, Jane Doe, said the merger would create jobs.").speaker.name).toBe("Jane Doe");
  });
  it("a relative clause or an apposition between speaker and verb", () => {
    expect(only("Rep. John Smith, who chairs the Oversight Committee, said the hearing would be postponed.").speaker.name).toBe("John Smith");
    expect(only("Mary Jones, a former prosecutor, said the indictment was weak.").speaker.name).toBe("Mary Jones");
    const c = only('Schumer, speaking on the Senate floor, said the bill was "a disgrace."');
    expect(c.speaker.name).toBe("Schumer");
    expect(c.kind).toBe("mixed");
  });
  it("mixed quotations: one claim, the speaker's", () => {
    const c = only('Senator Mark Hollis said the plan was "dead on arrival" in the Senate.');
    expect(c.kind).toBe("mixed");
    expect(c.assertion).toBe('the plan was "dead on arrival" in the Senate.');
  });
  it("pronouns and split quotations", () => {
    const a = claims("Senator Mark Hollis spoke at the rally on Monday. He said the economy was strong. He added that taxes would not rise.");
    expect(a.map((c) => c.speaker.name)).toEqual(["Mark Hollis", "Mark Hollis"]);
    expect(only('Governor Anna Briggs posted a long message online. "We will not be intimidated," she wrote.').speaker.name).toBe("Anna Briggs");
    const b = only('"We will not back down," Senator Ann Kirby said. "We are going to win this fight."');
    expect(b.assertion).toBe('"We will not back down," Senator Ann Kirby said. "We are going to win this fight."');
  });
});

describe("English news: a quotation inside a relative clause on the speaker", () => {
  it("the subject before the clause speaks, and what follows the verb is the content", () => {
    const a = only('Sen. Rand Paul of Kentucky, who has called the measure "Obamacare lite," said he remained opposed.');
    expect(a.speaker.name).toBe("Rand Paul");
    expect(a.assertion).toBe("he remained opposed.");
    const b = only('Rand Paul, who called the measure "Obamacare lite," said the bill should be scrapped.');
    expect(b.speaker.name).toBe("Rand Paul");
    expect(b.assertion).toBe("the bill should be scrapped.");
    // (a quotation before an inverted speaker still is the content)
    expect(only('"We will not back down," said his spokesman.').speaker.mention).toBe("his spokesman");
  });
});

describe("English news: an object after the verb is no inverted speaker", () => {
  it("a phrase opened by a possessive, with nothing setting off content before the verb", () => {
    none("Leaders scrambled to salvage the bill after two more senators announced their opposition.");
    expect(only("Two more senators announced their opposition on Monday.").speaker.mention).toBe("Two more senators");
  });
});

describe("English news: a parenthesis between the speaker and a content verb", () => {
  it("the phrase after the verb is its object, not a speaker between two parts of a quotation", () => {
    const a = only('Trump, in a tweet on Sunday, called the investigation "a witch hunt."');
    expect(a.speaker.name).toBe("Donald Trump");
    expect(a.kind).toBe("mixed");
    expect(only('The senator, in a statement on Sunday, called the investigation "a witch hunt."').speaker.mention).toBe("The senator");
    expect(only('Trump, speaking on Sunday, called the investigation "a witch hunt."').speaker.name).toBe("Donald Trump");
    // (a quotation split by its attribution is still one claim)
    const b = only('"It is a witch hunt," said Trump, "and it must end."');
    expect(b.kind).toBe("direct");
    expect(b.assertion).toBe('"It is a witch hunt," said Trump, "and it must end."');
  });
});

describe("English news: a second report after a preposition of time", () => {
  it("'…, before adding that …' is a claim of the same speaker", () => {
    const cs = claims('"We are going to win," Trump told supporters, before adding that the media "would never admit it."');
    expect(cs).toHaveLength(2);
    expect(cs[1]!.speaker.name).toBe("Donald Trump");
    expect(cs[1]!.kind).toBe("mixed");
    expect(cs[1]!.assertion).toBe('the media "would never admit it."');
    // (content that runs over the clause stays one claim)
    expect(claims('Ryan said the bill would pass, while insisting that "nothing is certain."')).toHaveLength(1);
  });
});

describe("English news: a quotation split by its attribution and a colon", () => {
  it("one claim with both parts", () => {
    const c = only('"Let me be clear," Senator Mark Hollis said: "this bill will not pass."');
    expect(c.kind).toBe("direct");
    expect(c.assertion).toBe('"Let me be clear," Senator Mark Hollis said: "this bill will not pass."');
    expect(only('Senator Mark Hollis said: "This bill will not pass."').assertion).toBe('"This bill will not pass."');
  });
});

describe("expressing concern about something reports what the concern is about", () => {
  it("“expressed concern about …”: the concern and its object are the content", () => {
    const cs = extractClaims({ id: "t", language: "en", text: "Biden expressed concern about Chinese support for Russia's defense industry." }).claims;
    expect(cs.map((c) => [c.speaker.name, c.assertion])).toEqual([["Joe Biden", "concern about Chinese support for Russia's defense industry."]]);
  });
});
