import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string, language = "en") => extractClaims({ id: "t", text, language, publishedAt: "2024-05-10" }).claims;

describe("en30: people named by a plural noun are a group", () => {
  it.each([
    ["Critics say the plan will fail.", "Critics"],
    ["Officials said the talks would resume.", "Officials"],
    ["Analysts warned that inflation would rise.", "Analysts"],
    ["Aides said the president was tired.", "Aides"],
    ["Prices rose, officials said.", "officials"],
    ["Senior aides familiar with the talks said the deal was close.", "Senior aides familiar with the talks"],
    ["Organizers said the march would go ahead.", "Organizers"],
    ["Trump administration officials said the plan was flawed.", "Trump administration officials"],
    ["State Department officials said the plan was flawed.", "State Department officials"],
  ])("%s", (text, name) => {
    const c = claims(text)[0];
    expect(c?.speaker.name).toBe(name);
    expect(c?.speaker.kind).toBe("group");
  });

  it("negative: a surname ending in s, a singular description, a statement, a singular noun in -is/-us", () => {
    expect(claims("Jones said the plan was dead.")[0]?.speaker.kind).not.toBe("group");
    expect(claims("Sanders said the plan was dead.")[0]?.speaker.kind).not.toBe("group");
    expect(claims("A senior official said the plan was dead.")[0]?.speaker.kind).toBe("unknown");
    expect(claims("The officials' statement said the plan was dead.")[0]?.speaker.kind).not.toBe("group");
    expect(claims("The analysis says the plan was dead.")[0]?.speaker.kind).not.toBe("group");
    expect(claims("The census says the city grew.")[0]?.speaker.kind).not.toBe("group");
  });

  it("negative: 'He added' after a group is no one of the group", () => {
    const cs = claims("Officials said the talks were useful. He added that no date was set.");
    expect(cs[1]?.speaker.name).toBe("unknown");
  });

  it("negative: a title-case headline of a plural noun is no claim unless the text below confirms it", () => {
    const cs = claims("Experts Say Trade Deal Could Cost Jobs\n\nEconomists said the deal could cost jobs.");
    expect(cs.some((c) => c.span[0] === 0)).toBe(false);
    expect(cs[0]?.speaker).toMatchObject({ name: "Economists", kind: "group" });
  });
});

describe("en30: a participle of a report after reported speech is the speaker's second claim", () => {
  it.each([
    ["He said the talks were useful, noting that no date was set.", "the talks were useful", "noting", "no date was set"],
    ["Smith said the bill was fair, adding that it would pass.", "the bill was fair", "adding", "it would pass"],
  ])("%s", (text, first, cue, second) => {
    const cs = claims(text);
    expect(cs).toHaveLength(2);
    expect(cs[0]?.assertion).toBe(first);
    expect(cs[1]?.cue).toBe(cue);
    expect(cs[1]?.assertion).toContain(second);
    expect(cs[1]?.speaker.name).toBe(cs[0]?.speaker.name);
  });

  it("negative: a participle inside the content with no comma-set report after it, or no complementizer, stays one claim", () => {
    expect(claims("He said the talks, noting the delays, were useful.")).toHaveLength(1);
    expect(claims("He said the talks were useful, noting the delays.")).toHaveLength(1);
  });
});
