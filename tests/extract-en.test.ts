import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

const one = (text: string, publishedAt = "2016-11-15"): Claim[] => extractClaims({ id: "t", text, language: "en", publishedAt }).claims;

describe("English: attribution", () => {
  it("direct speech with the cue after the quote", () => {
    const [c, ...rest] = one("“We are ready to talk,” Dmitry Peskov said on Friday.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker.name).toBe("Dmitry Peskov");
    expect(c!.kind).toBe("direct");
    expect(c!.assertion).toBe("“We are ready to talk,”");
    expect(c!.date.iso).toBe("2016-11-11");
    expect(c!.date.basis).toBe("relative");
  });
  it("reported speech with a complementizer and a role for the speaker", () => {
    const [c] = one("The Kremlin spokesman said that the meeting needed careful preparation.", "2025-05-16");
    expect(c!.speaker.name).toBe("Dmitry Peskov");
    expect(c!.speaker.role).toBe("Kremlin spokesperson");
    expect(c!.speaker.side).toBe("RU");
    expect(c!.kind).toBe("indirect");
    expect(c!.assertion).toBe("the meeting needed careful preparation.");
    expect(c!.topics).toEqual(expect.arrayContaining(["meeting", "preparation"]));
  });
  it("mixed claims: reported speech with quoted fragments, trailing attribution", () => {
    const [c] = one("The two sides “found the state of their ties poor,” yet looked for “practical ways to work together,” the Kremlin said.");
    expect(c!.speaker.name).toBe("Kremlin");
    expect(c!.kind).toBe("mixed");
    expect(c!.cue).toBe("said");
  });
  it("source phrases: according to", () => {
    const [c] = one("According to the Kremlin, Putin and Trump will speak again before the summer.");
    expect(c!.speaker.name).toBe("Kremlin");
    expect(c!.cue).toBe("According to");
    expect(c!.assertion).toBe("Putin and Trump will speak again before the summer.");
  });
  it("the president-elect is Trump in November 2016, and the role is kept", () => {
    const [c] = one("The president-elect also told Putin that he “looks forward to working closely with Moscow.”");
    expect(c!.speaker.name).toBe("Donald Trump");
    expect(c!.speaker.role).toBe("President-elect of the United States");
  });
  it("a pronoun continues the last person who spoke", () => {
    const cs = one("Sergey Lavrov told reporters that the talks were useful. He said the next round would be in Geneva.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Sergey Lavrov", "Sergey Lavrov"]);
    expect(cs[1]!.speaker.mention).toBe("He");
  });
  it("an unknown name is still a speaker, with no side", () => {
    const [c] = one("Analyst Jane Moriarty said the sanctions would hurt both economies.");
    expect(c!.speaker.name).toMatch(/Moriarty/);
    expect(c!.speaker.side).toBeNull();
  });
  it("relative dates: a month ago, last Tuesday, yesterday", () => {
    expect(one("A month ago, US intelligence officials accused the Kremlin of “interfering” in the election.")[0]!.date.iso).toBe("2016-10");
    expect(one("Last Tuesday, the White House said talks would resume.")[0]!.date.iso).toBe("2016-11-08");
    expect(one("The Kremlin said yesterday that no meeting was planned.")[0]!.date.iso).toBe("2016-11-14");
  });
  it("background statements carry no date", () => {
    const [c] = one("Although the New York magnate repeatedly said he had never met Putin, his warm words worried his party.");
    expect(c!.speaker.name).toBe("Donald Trump");
    expect(c!.date.iso).toBeNull();
    expect(c!.background).toBe(true);
  });
  it("explicit dates in the attribution win", () => {
    const [c] = one("On January 27, 2017, Trump said he was only at an early stage of considering lifting sanctions.", "2017-01-29");
    expect(c!.date).toMatchObject({ iso: "2017-01-27", basis: "explicit" });
  });
});

describe("English: quotations over several paragraphs", () => {
  it("a paragraph opened by a quotation mark and never closed continues into the attributed one", () => {
    const text =
      "“We have not received any proposals. The talks were a show.\n“Moscow will answer in due time,” Peskov told reporters on Friday.\nThe weather was fine.";
    const cs = one(text, "2025-05-17");
    // One quotation over two paragraphs: one claim, its parts listed.
    expect(cs.map((c) => [c.speaker.name, c.kind])).toEqual([["Dmitry Peskov", "direct"]]);
    expect(cs[0]!.quotes.map((q) => text.slice(...q))).toEqual([
      "“We have not received any proposals. The talks were a show.",
      "“Moscow will answer in due time,”",
    ]);
    expect(cs[0]!.date.iso).toBe("2025-05-16");
  });
  it("an unclosed quotation that nothing continues stays plain text", () => {
    const cs = one("“We have not received any proposals.\nThe weather was fine, officials said.", "2025-05-17");
    expect(cs.every((c) => !c.assertion.includes("proposals"))).toBe(true);
  });
});

describe("English: what is not a claim", () => {
  it("narration yields nothing", () => {
    expect(one("Relations between Moscow and Washington have been tense for years. The call lasted an hour.")).toHaveLength(0);
  });
  it("photo captions, read-also lines and comment boxes yield nothing", () => {
    const text = [
      "Photo: Reuters said nothing about this picture of Putin.",
      "Read also: Trump said he would meet Putin soon",
      "Leave a Reply",
      "Peskov said the weather was nice.",
    ].join("\n");
    expect(one(text)).toHaveLength(0);
  });
  it("the possessive ’s is no closing quotation mark", () => {
    const cs = one("‘The Kremlin’s position is clear,’ Peskov said.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.kind).toBe("direct");
    expect(cs[0]!.assertion).toBe("‘The Kremlin’s position is clear,’");
  });
});

describe("first-party documents", () => {
  it("every assertive sentence of a readout is the issuer's statement", () => {
    const text =
      "President Biden held a call with President Putin today. President Biden called on Russia to pull its troops back from the border with Ukraine. Why?";
    const r = extractClaims({ id: "wh", text, language: "en", publishedAt: "2021-12-30", url: "https://www.whitehouse.gov/briefing-room/x/" });
    expect(r.article.issuer).toBe("White House");
    expect(r.claims).toHaveLength(2);
    for (const c of r.claims)
      expect(c).toMatchObject({ kind: "statement", speaker: { name: "White House", side: "US" }, date: { iso: "2021-12-30", basis: "published" } });
  });
  it("questions in a transcript are not the issuer's claims; a labelled speaker is", () => {
    const text =
      "Question: Did the presidents discuss the submarine incident? They say it was serious. Yury Ushakov: No, the subject was not raised during the conversation.";
    const r = extractClaims({ id: "k", text, language: "en", publishedAt: "2022-02-12", issuer: "Kremlin" });
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["Yury Ushakov"]);
    expect(r.claims[0]!.assertion).toBe("No, the subject was not raised during the conversation.");
  });
});

describe("English: negated reporting verbs", () => {
  it("“did not comment” reports no claim; a denial is a claim", () => {
    expect(one("The White House did not comment on the Kremlin's statement.")).toHaveLength(0);
    const [c] = one("The Kremlin denied that Putin had agreed to a ceasefire.");
    expect(c!.speaker.name).toBe("Kremlin");
    expect(c!.assertion).toBe("Putin had agreed to a ceasefire.");
  });
});

describe("English: the reporting vocabulary", () => {
  const pub = "2024-05-10";
  const said = (text: string) => one(text, pub).map((c) => [c.speaker.name, c.cue, c.assertion]);

  it("verbs of arguing, warning, demanding, promising and recalling", () => {
    expect(said("The mayor argued that the budget was balanced.")).toEqual([["The mayor", "argued", "the budget was balanced."]]);
    expect(said("The senator demanded an apology from the network.")).toEqual([["The senator", "demanded", "an apology from the network."]]);
    expect(said("Trump has long maintained that the inquiry is a hoax.")).toEqual([["Donald Trump", "maintained", "the inquiry is a hoax."]]);
    expect(said("The spokesman recalled that the treaty was signed in 1990.")).toEqual([["The spokesman", "recalled", "the treaty was signed in 1990."]]);
    expect(said("Experts cautioned that the data were incomplete.")).toEqual([["Experts", "cautioned", "the data were incomplete."]]);
  });

  it("phrasal reporting verbs: “made reference to”, “pointed to … as proof that”, “called for”", () => {
    expect(said("Senator Mary Collins has called for an independent inquiry.")).toEqual([["Mary Collins", "called for", "an independent inquiry."]]);
    expect(said("Mary Collins made reference to the agreement signed last year.")).toEqual([
      ["Mary Collins", "made reference to", "the agreement signed last year."],
    ]);
    expect(said("Republicans, meanwhile, pointed to rising costs as proof that the law had failed.")).toEqual([
      ["Republicans", "pointed to", "rising costs as proof that the law had failed."],
    ]);
  });

  it("a promise or a threat takes an infinitive as its content", () => {
    expect(said("McConnell vowed to block the nomination.")).toEqual([["McConnell", "vowed to", "block the nomination."]]);
    expect(said("The governor threatened to veto any bill that raised taxes.")).toEqual([
      ["The governor", "threatened to", "veto any bill that raised taxes."],
    ]);
    // A verb with only a prepositional phrase after it is still narration.
    expect(said("The governor responded to questions from reporters.")).toEqual([]);
  });

  it("verbs that report only with content after them: a complementizer, a colon or a quotation", () => {
    expect(said("He called the decision “a disaster for working families.”")).toHaveLength(1);
    expect(said("Trump called Putin on Tuesday.")).toEqual([]);
    expect(said("The judge ruled that the law was unconstitutional.")).toEqual([["The judge", "ruled", "the law was unconstitutional."]]);
    expect(said("The inspectors found the keys in a drawer.")).toEqual([]);
    expect(said("The agency estimated that 20 million people would lose coverage.")).toEqual([
      ["The agency", "estimated", "20 million people would lose coverage."],
    ]);
    expect(said("An estimated 20 million people lost coverage.")).toEqual([]);
    expect(said("The Chinese leader gave three principles: peace, stability and credibility.")).toHaveLength(1);
    expect(said("The Chinese leader gave a speech in Beijing.")).toEqual([]);
  });

  it("source phrases: “in the view of”, “as X put it”", () => {
    expect(said("In the view of the committee, the rules were broken.")).toEqual([["the committee", "In the view of", "the rules were broken."]]);
    expect(said("As the governor put it, “nobody wins a trade war.”")).toEqual([["the governor", "put it", "“nobody wins a trade war.”"]]);
  });

  it("nouns and adjectives that look like reporting verbs are no cue", () => {
    expect(said("The claims were false.")).toEqual([]);
    expect(said("The alleged attack took place at night.")).toEqual([]);
    expect(said("A written statement was handed to the press.")).toEqual([]);
    expect(said("The phone call that followed was short.")).toEqual([]);
  });
});
