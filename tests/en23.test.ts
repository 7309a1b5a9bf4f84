import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string) => extractClaims({ id: "t", text, language: "en", publishedAt: "2016-06-01" }).claims;

describe("en23: a source that could not be reached for comment says nothing", () => {
  it.each([
    "According to a police report, the driver fled the scene. Mr. Alvarez could not be reached for comment.",
    "According to a police report, the driver fled the scene. His lawyer could not immediately be reached for comment on Friday.",
  ])("%s", (text) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]?.speaker.name).toBe("a police report");
    expect(cs[0]?.assertion).toBe("the driver fled the scene.");
  });
  it("not: a sentence of the same paragraph with no such words goes on with the source", () => {
    const cs = claims("According to a police report, the driver fled the scene. He was later arrested in Dayton.");
    expect(cs).toHaveLength(2);
    expect(cs[1]?.assertion).toBe("He was later arrested in Dayton.");
  });
});

describe("en23: an ampersand joins two capitalised words of one name", () => {
  it("according to a Franklin & Marshall poll", () => {
    const [c] = claims("Biden leads by six points, according to a Franklin & Marshall poll released Tuesday.");
    expect(c?.speaker.name).toBe("a Franklin & Marshall poll");
    expect(c?.assertion).toBe("Biden leads by six points");
  });
  it("a spokeswoman for Procter & Gamble said", () => {
    const [c] = claims("A spokeswoman for Procter & Gamble said prices would rise.");
    expect(c?.speaker.name).toBe("A spokeswoman for Procter & Gamble");
    expect(c?.assertion).toBe("prices would rise.");
  });
  it("not: an ampersand before a lower-case word joins nothing", () => {
    const [c] = claims("The firm cut 40 jobs, Smith said & added that more cuts were coming.");
    expect(c?.speaker.name).toBe("Smith");
  });
});
