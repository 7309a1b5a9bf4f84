import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string) => extractClaims({ id: "t", text, language: "en", publishedAt: "2026-03-10" }).claims;

describe("en26: a claim in a clause opened by 'after', 'since' or 'until'", () => {
  it("'a day after Mr. Trump told a rally that …' is Trump's claim", () => {
    const cs = claims("The announcement came a day after Mr. Trump told a rally in Ohio that the election was rigged.");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.speaker.name).toBe("Donald Trump");
    expect(cs[0]?.assertion).toBe("the election was rigged.");
  });
  it("the subject after 'after' is the speaker, not the main clause before it", () => {
    const [a] = claims("The dispute began after Mr. Ruiz said the tax cuts would pay for themselves.");
    expect(a?.speaker.name).toBe("Ruiz");
    expect(a?.speaker.mention).toBe("Mr. Ruiz");
    expect(a?.assertion).toMatch(/^the tax cuts would pay/);
    const [b] = claims("Stocks fell after the Fed chair warned that rates would stay high.");
    expect(b?.speaker.mention).toBe("the Fed chair");
    const [c] = claims("Prices have risen since the governor claimed that the state had no deficit.");
    expect(c?.speaker.mention).toBe("the governor");
  });
  it("negative: a preposition after the first words still joins them", () => {
    const [a] = claims("Officials in Ohio said the count would finish Friday.");
    expect(a?.speaker.name).toBe("Officials in Ohio");
    const [b] = claims("After the meeting, Mr. Ruiz said the talks had been productive.");
    expect(b?.speaker.mention).toBe("Mr. Ruiz");
  });
  it("negative: a verb in such a clause with no content of its own is narration", () => {
    expect(claims("Talks collapsed after the union announced a strike on Monday.")).toHaveLength(0);
  });
});

describe("en26: a titled surname that opens narration is who the quotation after it quotes", () => {
  it("'Mr. Lopez disagreed.' then a quotation with no cue: Lopez, not the speaker before", () => {
    const cs = claims('Rep. Tom Brady said the bill went too far. Mr. Lopez disagreed. "This bill is the most important reform in a generation."');
    expect(cs).toHaveLength(2);
    expect(cs[1]?.speaker.name).toBe("Lopez");
    expect(cs[1]?.kind).toBe("direct");
    expect(cs[1]?.assertion).toMatch(/^"This bill is the most important reform/);
  });
  it("the full name noted before is used", () => {
    const cs = claims(
      'Sen. Maria Lopez said the bill was a start. Rep. Tom Brady said it went too far. Sen. Lopez was not convinced. "This bill is the most important reform in a generation."',
    );
    expect(cs.at(-1)?.speaker.name).toBe("Maria Lopez");
  });
  it("negative: a quotation with a cue of its own keeps its pronoun's speaker", () => {
    const cs = claims('Mrs. Ortiz said the plan was sound. Mr. Graham said it would pass. Mr. Lopez disagreed. "We will see," she said.');
    expect(cs.at(-1)?.speaker.name).toBe("Ortiz");
  });
});

describe("en26: a first name only one sex bears tells which person a pronoun stands for", () => {
  it("'She added' after a man named in full is the woman named before", () => {
    const cs = claims("Karen Bass said the plan was sound. Tom Graham said it would fail. She added that she would vote against it.");
    expect(cs).toHaveLength(3);
    expect(cs[2]?.speaker.name).toBe("Karen Bass");
    expect(cs[2]?.speaker.mention).toBe("She");
    const ds = claims("Tom Graham said it would fail. Karen Bass said the plan was sound. He added that he would vote against it.");
    expect(ds[2]?.speaker.name).toBe("Tom Graham");
  });
  it("negative: the last person stays when the name agrees or tells nothing", () => {
    const cs = claims("Tom Graham said it would fail. He added that he would vote against it.");
    expect(cs[1]?.speaker.name).toBe("Tom Graham");
    const ds = claims("Tom Graham said it would fail. Jordan Smith said the plan was sound. She added that talks would go on.");
    expect(ds[2]?.speaker.name).toBe("Jordan Smith");
  });
});

describe("en26: a quoted fragment inside reported speech", () => {
  // (en32: the clause after "and said", opened by its subject, is a second act of the speaker, as PolNeAR counts it)
  it("'called the plan “a disaster” and said …': the first act is a mixed claim with its quotation as a part", () => {
    const text = 'Senator Warren called the proposal "a gift to billionaires" and said Democrats would oppose it.';
    const cs = claims(text);
    expect(cs).toHaveLength(2);
    expect(cs[1]?.assertion).toBe("Democrats would oppose it.");
    expect(cs[1]?.quotes).toHaveLength(0);
    expect(cs[0]?.kind).toBe("mixed");
    expect(cs[0]?.speaker.name).toBe("Warren");
    expect(cs[0]?.quotes).toHaveLength(1);
    const [a, b] = cs[0]!.quotes[0]!;
    expect(text.slice(a, b)).toBe('"a gift to billionaires"');
  });
  it("negative: a report with no quotation is indirect", () => {
    const [c] = claims("Senator Warren said Democrats would oppose the proposal.");
    expect(c?.kind).toBe("indirect");
    expect(c?.quotes).toHaveLength(0);
  });
});

describe("en26: 'One said A, and another said B' are two speakers", () => {
  it("two claims, each with its own content", () => {
    const cs = claims("Residents were divided. One said the new road would bring jobs, and another said it would destroy the town.");
    expect(cs).toHaveLength(2);
    expect(cs[0]?.speaker.mention).toBe("One");
    expect(cs[0]?.assertion).toBe("the new road would bring jobs");
    expect(cs[1]?.speaker.mention).toBe("another");
    expect(cs[1]?.assertion).toBe("it would destroy the town.");
  });
  it("negative: 'No one said' is no speaker, and a pronoun going on is one claim", () => {
    expect(claims("No one said the plan would work.")).toHaveLength(0);
    const cs = claims("Mr. Ruiz said the talks had stalled, and he said they would resume.");
    expect(cs).toHaveLength(1);
  });
});

describe("en26 merge: a preposition that is also a conjunction, where the verb stands second", () => {
  const de = (text: string) => extractClaims({ id: "t", text, language: "de", publishedAt: "2026-03-10" }).claims;
  it("a verb with words of its clause after it is a main clause's: the word governs the phrase before it", () => {
    expect(de("Als Grund gab die Schule an, der Raum werde renoviert.")[0]?.speaker.mention).toBe("die Schule");
    expect(de("Während der Sitzung sagte der Minister, die Lage sei ernst.")[0]?.speaker.mention).toBe("der Minister");
  });
  it("negative: a verb that ends its clause is the clause's own, with its subject after the word", () => {
    expect(de("Die Opposition protestierte, als der Minister sagte, die Lage sei ernst.")[0]?.speaker.mention).toBe("der Minister");
    expect(de("Die Börse fiel, nachdem der Minister erklärt hatte, die Lage sei ernst.")[0]?.speaker.mention).toBe("der Minister");
  });
});
