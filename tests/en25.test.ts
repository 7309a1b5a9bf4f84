import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claimsIn = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const claims = (text: string) => claimsIn("en", text);

describe("en25: a date after the verb, then content with no 'that'", () => {
  it("'said on Tuesday' gives the claim, dated Tuesday", () => {
    const cs = claims("The ministry said on Tuesday the country recorded 1,200 new cases.");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.speaker.mention).toBe("The ministry");
    expect(cs[0]?.assertion).toMatch(/^the country recorded 1,200 new cases/);
    expect(cs[0]?.date.iso).toBe("2026-03-10");
  });
  it("'said Monday' and 'told reporters Friday'", () => {
    const [a] = claims("Mr. Lopez said Monday the bill would pass the Senate.");
    expect(a?.speaker.name).toBe("Lopez");
    expect(a?.assertion).toMatch(/^the bill would pass the Senate/);
    expect(a?.date.iso).toBe("2026-03-09");
    const [b] = claims("The governor told reporters Friday it was too early to reopen schools.");
    expect(b?.speaker.mention).toBe("The governor");
    expect(b?.assertion).toMatch(/^it was too early to reopen schools/);
    expect(b?.date.iso).toBe("2026-03-06");
  });
});

describe("en25: a pronoun that fails to agree with the last person looks further back", () => {
  it("'She added' after a man spoke is the woman named before him", () => {
    const cs = claims("Sen. Mary Collins said the bill was flawed. Mr. Graham said it would pass. She added that she would vote against it.");
    expect(cs).toHaveLength(3);
    expect(cs[2]?.speaker.name).toBe("Mary Collins");
    expect(cs[2]?.speaker.mention).toBe("She");
    expect(cs[2]?.assertion).toMatch(/^she would vote against it/);
  });
  it("a quote's 'she said' after a man spoke", () => {
    const cs = claims('Mrs. Ortiz said the plan was sound. Mr. Graham said it would pass. "We will see," she said.');
    expect(cs.at(-1)?.speaker.name).toBe("Ortiz");
  });
  it("negative: a group that spoke last is no 'he', and no one is looked for behind it", () => {
    const cs = claims("Democrats said the plan was dead. He added that talks would continue.");
    expect(cs[1]?.speaker.name).toBe("unknown");
    const ds = claims("Mr. Graham said it would pass. Democrats said the plan was dead. She added that talks would continue.");
    expect(ds[2]?.speaker.name).toBe("unknown");
  });
  it("negative: no one earlier of the right sex stays unknown", () => {
    const cs = claims("Mr. Graham said it would pass. Mr. Lopez said it would fail. She added that talks would continue.");
    expect(cs[2]?.speaker.name).toBe("unknown");
  });
});

describe("en25: a place after 'from' is where the speaker comes from", () => {
  it("'An expert from Moscow said' is the expert, not Russia", () => {
    const [c] = claims("An expert from Moscow said the sanctions had failed.");
    expect(c?.speaker.name).toBe("An expert from Moscow");
    expect(c?.speaker.side).toBeNull();
  });
  it("'An official at the ministry said' is a description of a person", () => {
    const [c] = claims("An official at the ministry said the talks had stalled.");
    expect(c?.speaker.name).toBe("An official at the ministry");
  });
  it("negative: a body with its article after 'from' still speaks", () => {
    const [c] = claims("A diplomat from the State Department said talks would resume.");
    expect(c?.speaker.name).toBe("US State Department");
    expect(c?.speaker.side).toBe("US");
  });
});
