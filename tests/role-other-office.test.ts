import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string, publishedAt: string | null = "2025-05-10") => extractClaims({ id: "t", text, language: "en", publishedAt }).claims;

describe("a bare role word is not a known person whose offices are others", () => {
  it("'The senator said' after narration about the president is not the president", () => {
    const cs = claims("WASHINGTON — President Donald Trump signed the order on Friday. The senator said the order was illegal.");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.speaker.name).not.toBe("Donald Trump");
    expect(cs[0]?.speaker.mention).toBe("The senator");
  });
  it("nor after the president spoke", () => {
    const cs = claims("“We will win,” President Joe Biden said on Friday. The governor said the plan would cost too much.", "2024-05-10");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Joe Biden", "The governor"]);
  });
  it("with no article date, any office the lexicon ever gives the person counts", () => {
    const cs = claims("WASHINGTON — President Donald Trump signed the order on Friday. The senator said the order was illegal.", null);
    expect(cs[0]?.speaker.name).not.toBe("Donald Trump");
  });
  it("negative: the lexicon knows no past offices, so a person with none on the article's date may still be meant", () => {
    // (Joe Biden held no office the lexicon lists in 2019; he had been a senator)
    const cs = claims("Joe Biden spoke to donors in Iowa on Friday. The former senator said the race was wide open.", "2019-06-10");
    expect(cs[0]?.speaker.name).toBe("Joe Biden");
  });
  it("negative: a role word of the person's own office still stands for the person", () => {
    const cs = claims("WASHINGTON — President Donald Trump spoke in Ohio on Friday. The president said the economy was strong.");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.speaker.name).toBe("Donald Trump");
  });
  it("negative: a person the lexicon gives no office may still be the senator", () => {
    const cs = claims("Sen. Mark Kelly, a Democrat from Arizona, opposed the plan on Friday. The senator said it would fail.");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.speaker.name).toBe("Mark Kelly");
  });
});
