import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string, language = "en") => extractClaims({ id: "t", text, language, publishedAt: "2024-05-10" }).claims;

describe("en28: 'said A and added that B' keeps what was said first", () => {
  it("a clause with its own auxiliary after the first verb is its content, not an object before a second report", () => {
    const cs = claims("McConnell said the bill was dead and added that Republicans would block it.");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.cue).toBe("said");
    expect(cs[0]?.assertion).toBe("the bill was dead and added that Republicans would block it.");
    const ds = claims("The spokesman said the agency had reviewed the case and noted that no charges would be filed.");
    expect(ds).toHaveLength(1);
    expect(ds[0]?.assertion).toContain("the agency had reviewed the case");
  });
  // (en31: the first verb with its object is an act of attribution of its own, as PolNeAR counts them — the
  // contract's "may be one or two"; the second verb keeps its own content.)
  it("a verb with an object and a second reporting verb with its own content: the second keeps its content", () => {
    const cs = claims("The police confirmed the arrest and said that the suspect was in custody.");
    expect(cs).toHaveLength(2);
    expect(cs[0]).toMatchObject({ cue: "confirmed", assertion: "the arrest" });
    expect(cs[1]?.cue).toBe("said");
    expect(cs[1]?.assertion).toBe("the suspect was in custody.");
  });
  // (en32: two acts since a clause opened by its subject counts as the second verb's content)
  it("'called the plan “…” and said …': the first act stays mixed, the second is its own (en26)", () => {
    const cs = claims("McConnell called the Democratic proposal “a giveaway to the rich” and said Republicans would block it.");
    expect(cs.map((c) => c.kind)).toEqual(["mixed", "indirect"]);
    expect(cs[1]?.assertion).toBe("Republicans would block it.");
  });
  it("negative: 'and said' inside a quotation, or a second subject, is not the first speaker's", () => {
    const cs = claims("“He came in and said nothing,” Smith said.");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.speaker.name).toBe("Smith");
    const ds = claims("Warren criticized the plan, and Schumer said it would fail.");
    expect(ds.map((c) => c.speaker.name)).toEqual(["Warren", "Schumer"]);
  });
  it("negative: narration with a joined verb gives no claim", () => {
    expect(claims("The senator left the room and walked to his car.")).toHaveLength(0);
    expect(claims("The committee was told to leave the building and returned an hour later.")).toHaveLength(0);
  });
  it("negative: bylines and nouns 'reports' are no cue", () => {
    expect(claims("Earnings reports are due on Friday, and the company reports for the quarter were late.")).toHaveLength(0);
    expect(claims("John Smith reports for The Washington Post.")).toHaveLength(0);
  });
  it("German: 'bestätigte den Vorfall und gab an, dass …' keeps the second verb; a clause with 'war' is the first verb's", () => {
    // (en31: with the first verb's own claim on its object before it)
    const cs = claims("Die Polizei bestätigte den Vorfall und gab an, dass niemand verletzt wurde.", "de");
    expect(cs.map((c) => c.assertion)).toEqual(["den Vorfall", "niemand verletzt wurde."]);
  });
});
