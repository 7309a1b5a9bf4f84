import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string) => extractClaims({ id: "t", text, language: "en", publishedAt: "2016-06-01" }).claims;
const who = (text: string) => claims(text).map((c) => [c.speaker.name, c.speaker.mention]);

describe("en21: a state and an office or a party stand for the person just named", () => {
  it("'the Vermont senator' after a claim of Sanders whose content names Clinton", () => {
    const cs = who(
      'Bernie Sanders told supporters on Tuesday that the race was open despite trailing Hillary Clinton. "We are not going anywhere," the Vermont senator said.',
    );
    expect(cs[1]).toEqual(["Bernie Sanders", "the Vermont senator"]);
  });
  it("'the Texas senator' after a narration sentence that opens with the person", () => {
    const cs = who('Ted Cruz was booed on Wednesday after he declined to endorse Donald Trump. "Vote your conscience," the Texas senator told delegates.');
    expect(cs[0]).toEqual(["Ted Cruz", "the Texas senator"]);
  });
  it("a party's member: 'the Texas Republican', 'The Maine Republican', 'the Massachusetts Democrat'", () => {
    expect(who('Senator John Cornyn of Texas said the plan was flawed. "We want to keep guns from terrorists," the Texas Republican said.')[1]).toEqual([
      "John Cornyn",
      "the Texas Republican",
    ]);
    expect(
      who("Senator Susan Collins of Maine is working on a compromise. The Maine Republican told reporters that she hoped to bring it to the floor.")[0],
    ).toEqual(["Susan Collins", "The Maine Republican"]);
    const c = claims('Senator Elizabeth Warren called for an inquiry on Thursday. "You should resign," the Massachusetts Democrat told the bank\'s chief.');
    expect(c.at(-1)?.speaker.name).toBe("Elizabeth Warren");
    expect(c.at(-1)?.kind).toBe("direct");
  });
  it("not: an indefinite description, or no person before it", () => {
    expect(who('Ted Cruz was booed on Wednesday. "Vote your conscience," a Texas senator told delegates.')[0]?.[0]).not.toBe("Ted Cruz");
    expect(who('"Vote your conscience," the Texas Republican told delegates.')[0]?.[0]).not.toBe("Ted Cruz");
    expect(who('The committee met on Monday. "We will vote," the Texas Republican said.')[0]?.[0]).not.toMatch(/committee/i);
  });
  it("not where someone else holds the office, or the person holds another", () => {
    const a = who('Mayor Grace Whitfield spoke on Monday. Mayor Tom Akers spoke too. "We will act," the Ohio mayor said.');
    expect(a.at(-1)?.[0]).not.toMatch(/Whitfield|Akers/);
    const b = who('Deputy Mayor Anna Clarke said on Monday that rents would rise. "There will be no cuts," the Ohio mayor added.');
    expect(b.at(-1)?.[0]).not.toBe("Anna Clarke");
  });
});

describe("en21: replies cut in or thrown back", () => {
  it.each([
    ['"That\'s called business," Trump interjected.', "interjected"],
    ['"That is nonsense," Clinton shot back.', "shot back"],
    ['"That is nonsense," Clinton scoffed.', "scoffed"],
    ['"We will win," he continued. "We will not stop."', "continued"],
  ])("%s", (text, cue) => {
    const [c] = claims(text);
    expect(c?.kind).toBe("direct");
    expect(c?.cue).toBe(cue);
  });
  it("with a clause: 'fired back that'", () => {
    const [c] = claims("Clinton fired back that Trump had rooted for the housing crisis.");
    expect(c?.assertion).toBe("Trump had rooted for the housing crisis.");
  });
  it.each(["The police fired back at the gunmen.", "Sales continued to fall in March.", "The debate continued for hours after the vote."])(
    "not: %s",
    (text) => {
      expect(claims(text)).toEqual([]);
    },
  );
});

describe("en21: a name in a clause put before the subject is no antecedent of 'she'", () => {
  it.each([
    'In New Hampshire, Maria Lopez attacked the bill. "It is a giveaway," she said.',
    'After Des Moines, Maria Lopez headed to Ames. "It is a giveaway," she said.',
    'Touring New Hampshire, Maria Lopez attacked the bill. "It is a giveaway," she said.',
    'Touring New Hampshire on Monday, Hillary Clinton attacked the bill. "It is a giveaway," she said.',
  ])("%s", (text) => {
    const [c] = claims(text);
    expect(c?.speaker.name).toMatch(/^(Maria Lopez|Hillary Clinton)$/);
    expect(c?.speaker.mention).toBe("she");
  });
  it("not a title before the name, nor an apposition after it", () => {
    expect(claims('Sen. Maria Lopez, the Ohio Democrat, attacked the bill. "It is a giveaway," she said.')[0]?.speaker.name).toBe("Maria Lopez");
    expect(claims('Maria Lopez, a Democrat from Ohio, attacked the bill. "It is a giveaway," she said.')[0]?.speaker.name).toBe("Maria Lopez");
  });
});

describe("en21: 'his spokeswoman' is the spokeswoman of the person just named", () => {
  it("after a narration sentence that opens with the person, before or after the content", () => {
    const a = claims("Bernie Sanders met donors in Iowa. His spokeswoman said the senator was tired.")[0];
    expect(a?.speaker.name).toBe("Bernie Sanders's spokeswoman");
    expect(a?.speaker.mention).toBe("His spokeswoman");
    expect(claims('Bernie Sanders met donors in Iowa. "He is tired," his spokeswoman said.')[0]?.speaker.name).toBe("Bernie Sanders's spokeswoman");
  });
  it("not with no one before it, not a body's, not a word of no office", () => {
    expect(claims("His spokeswoman said the senator was tired.")[0]?.speaker.name).toBe("His spokeswoman");
    expect(claims("The company said profits rose. Its spokesman said the plan was sound.")[1]?.speaker.name).toBe("Its spokesman");
    expect(claims("Bernie Sanders met donors. His wife said he was tired.")[0]?.speaker.name).toBe("His wife");
  });
});

describe("en21: 'his spokeswoman' after a person named in the same sentence", () => {
  it("stays unresolved: the possessor may be that person", () => {
    const c = claims("Pence spoke on Monday. Tim Kaine thinks the plan “makes no sense,” his spokeswoman said.")[0];
    expect(c?.speaker.name).toBe("his spokeswoman");
  });
});
