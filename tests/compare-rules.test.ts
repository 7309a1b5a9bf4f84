import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { Claim } from "../src/schema/claim.js";
import type { ComparisonResult, Disagreement } from "../src/schema/comparison.js";
import { makeClaim } from "./helpers/gold-claims.js";

const flags = (r: ComparisonResult, type?: Disagreement["type"]) =>
  r.events.flatMap((e) => e.disagreements).filter((d) => !type || d.type === type);

/** A White House and a Kremlin readout of one Trump–Putin call, each naming the other leader. */
function call(us: Partial<Parameters<typeof makeClaim>[0]>[], ru: Partial<Parameters<typeof makeClaim>[0]>[]): Claim[] {
  return [
    makeClaim({ article: "wh", speaker: "White House", side: "US", assertion: "President Trump spoke today with President Putin of Russia.", topics: ["phone-call"] }),
    ...us.map((p) => makeClaim({ article: "wh", speaker: "White House", side: "US", assertion: "", ...p })),
    makeClaim({ article: "kr", speaker: "Kremlin", side: "RU", assertion: "Vladimir Putin had a telephone conversation with Donald Trump.", topics: ["phone-call"] }),
    ...ru.map((p) => makeClaim({ article: "kr", speaker: "Kremlin", side: "RU", assertion: "", ...p })),
  ];
}

describe("omission", () => {
  it("flags a topic one side's account covers and the other's leaves out", () => {
    const r = compareClaims(call(
      [{ assertion: "The leaders discussed the fight against terrorism in Syria.", topics: ["terrorism", "syria"] }],
      [
        { assertion: "The leaders discussed the fight against terrorism in Syria.", topics: ["terrorism", "syria"] },
        { assertion: "They also discussed the Iranian nuclear programme.", topics: ["iran-nuclear"] },
      ],
    ));
    const om = flags(r, "omission");
    expect(om.map((d) => d.topic)).toEqual(["iran-nuclear"]);
    expect(om[0]!.sides).toEqual({ RU: [om[0]!.claims[0]!], US: [] });
    expect(om[0]!.explanation).toContain("Iranian nuclear programme");
  });

  it("does not flag a topic both sides cover", () => {
    const r = compareClaims(call(
      [{ assertion: "The presidents discussed Ukraine and sanctions.", topics: ["ukraine", "sanctions"] }],
      [{ assertion: "The situation in Ukraine was discussed.", topics: ["ukraine"] }, { assertion: "Sanctions were mentioned.", topics: ["sanctions"] }],
    ));
    expect(flags(r, "omission")).toEqual([]);
  });

  it("needs an account on both sides", () => {
    const claims = [
      makeClaim({ article: "kr", speaker: "Kremlin", side: "RU", assertion: "Vladimir Putin had a telephone conversation with Donald Trump.", topics: ["phone-call"] }),
      makeClaim({ article: "kr", speaker: "Kremlin", side: "RU", assertion: "They discussed the Iranian nuclear programme.", topics: ["iran-nuclear"] }),
    ];
    expect(flags(compareClaims(claims), "omission")).toEqual([]);
  });

  it("ignores procedural topics and topics a joint claim reports for both", () => {
    const claims = call(
      [{ assertion: "The call was productive and covered Syria.", topics: ["syria"] }],
      [
        { assertion: "The conversation lasted about an hour and covered Syria.", topics: ["duration", "syria"] },
        { assertion: "The crisis around North Korea was discussed in detail.", topics: ["korean-peninsula"] },
      ],
    );
    claims.push(makeClaim({ article: "wire", speaker: "Reuters", side: null, assertion: "Putin and Trump agreed on a diplomatic path on North Korea.", topics: ["korean-peninsula"] }));
    expect(flags(compareClaims(claims), "omission")).toEqual([]);
  });
});

describe("omission: what counts as a side's account of the event", () => {
  it("lets a broader topic cover a narrower one (cooperation covers military cooperation)", () => {
    const r = compareClaims(call(
      [{ assertion: "The presidents discussed cooperation against the Islamic State.", topics: ["cooperation", "isis"] }],
      [{ assertion: "Putin called for real coordination of military actions against terrorists.", topics: ["military-cooperation", "terrorism"] }],
    ));
    expect(flags(r, "omission")).toEqual([]);
  });

  it("does not take other voices of a side, or statements made before the event, as its account", () => {
    const claims = call(
      [{ assertion: "The leaders discussed Syria.", topics: ["syria"] }],
      [{ assertion: "Syria was discussed.", topics: ["syria"] }],
    );
    claims.push(
      makeClaim({ article: "wh", speaker: "US intelligence community", side: "US", assertion: "Russian intelligence interfered in the election.", topics: ["election-interference"] }),
      makeClaim({ article: "wh", speaker: "Donald Trump", side: "US", date: "2017-01-27", basis: "relative", assertion: "Trump said he was only beginning to consider lifting sanctions.", topics: ["sanctions"] }),
    );
    expect(flags(compareClaims(claims), "omission").map((d) => d.topic)).toEqual([]);
    // The same topics, reported by the White House on the day, are omissions.
    const direct = call(
      [{ assertion: "The leaders discussed Syria.", topics: ["syria"] }, { assertion: "They discussed sanctions.", topics: ["sanctions"] }],
      [{ assertion: "Syria was discussed.", topics: ["syria"] }],
    );
    expect(flags(compareClaims(direct), "omission").map((d) => d.topic)).toEqual(["sanctions"]);
  });
});

describe("characterization", () => {
  it("flags different evaluative words for the same thing: 'very good' vs 'constructive'", () => {
    const r = compareClaims(call(
      [{ assertion: "It was a very good conversation.", topics: ["tone"] }],
      [{ assertion: "The conversation was constructive.", topics: ["tone"] }],
    ));
    const ch = flags(r, "characterization");
    expect(ch).toHaveLength(1);
    expect(ch[0]!.topic).toBe("tone");
    expect(ch[0]!.explanation).toMatch(/White House \(US\) says “very good”/);
    expect(ch[0]!.explanation).toMatch(/Kremlin \(RU\) says “constructive”/);
    expect(ch[0]!.diff).not.toBeNull();
  });

  it("flags opposite evaluations: 'totally unsatisfactory' vs 'strong and lasting'", () => {
    const r = compareClaims(call(
      [{ assertion: "He is eager to maintain a strong and lasting relationship with Russia.", topics: ["relations"] }],
      [{ assertion: "They agreed on the totally unsatisfactory state of bilateral relations.", topics: ["relations", "tone"] }],
    ));
    expect(flags(r, "characterization").map((d) => d.topic)).toEqual(["relations"]);
  });

  it("sees agreement when both sides call the call positive", () => {
    const r = compareClaims(call(
      [{ assertion: "The call was positive.", topics: ["tone"] }],
      [{ assertion: "The conversation was held in a positive tone.", topics: ["tone"] }],
    ));
    expect(flags(r, "characterization")).toEqual([]);
  });

  it("does not compare one side with itself", () => {
    const r = compareClaims(call(
      [{ assertion: "It was a very good conversation.", topics: ["tone"] }, { assertion: "The call was constructive.", topics: ["tone"] }],
      [],
    ));
    expect(flags(r, "characterization")).toEqual([]);
  });
});

describe("factual", () => {
  it("flags conflicting durations of the same talks", () => {
    const r = compareClaims(call(
      [{ assertion: "The talks lasted 2 days.", topics: ["meeting", "duration"] }],
      [{ assertion: "The talks lasted 5 days.", topics: ["meeting", "duration"] }],
    ));
    const f = flags(r, "factual");
    expect(f).toHaveLength(1);
    expect(f[0]!.explanation).toMatch(/“2 days”.*“5 days”|“5 days”.*“2 days”/);
  });

  it("does not set two different encounters against each other (talks with Merkel)", () => {
    const r = compareClaims(call(
      [{ assertion: "The talks with Angela Merkel lasted 2 days.", topics: ["meeting", "duration"] }],
      [{ assertion: "The talks lasted 5 days.", topics: ["meeting", "duration"] }],
    ));
    expect(flags(r, "factual")).toEqual([]);
  });

  it("does not flag the same figure", () => {
    const r = compareClaims(call(
      [{ assertion: "The talks lasted 2 days.", topics: ["meeting", "duration"] }],
      [{ assertion: "The negotiations lasted 2 days.", topics: ["meeting", "duration"] }],
    ));
    expect(flags(r, "factual")).toEqual([]);
  });
});

describe("stance", () => {
  it("flags urgency against conditions on a meeting", () => {
    const r = compareClaims(call(
      [{ assertion: "Trump said he would meet Putin as soon as possible.", topics: ["meeting"] }],
      [{ assertion: "Such a meeting needs considerable preparation.", topics: ["meeting"] }],
    ));
    const s = flags(r, "stance");
    expect(s).toHaveLength(1);
    expect(s[0]!.topic).toBe("meeting");
    expect(s[0]!.explanation).toMatch(/presses for speed.*sets conditions/);
  });

  it("flags a denial of what the other side asserts", () => {
    const r = compareClaims(call(
      [{ assertion: "Russian troops are massing on the border of Ukraine.", topics: ["military-buildup", "ukraine"] }],
      [{ assertion: "The Kremlin denied that Russian troops are massing on the border of Ukraine.", topics: ["military-buildup", "ukraine"], cue: "denied" }],
    ));
    expect(flags(r, "stance").map((d) => d.topic)).toEqual(["military-buildup"]);
  });

  it("sees no stance when both sides agree", () => {
    const r = compareClaims(call(
      [{ assertion: "Direct negotiations are the only way to end the conflict in Ukraine.", topics: ["negotiations", "ukraine"] }],
      [{ assertion: "Contacts are absolutely necessary for the negotiations on Ukraine.", topics: ["negotiations", "ukraine"] }],
    ));
    expect(flags(r, "stance")).toEqual([]);
    expect(r.events[0]!.alignments.some((a) => a.relation === "corroboration")).toBe(true);
  });
});

describe("rule selection", () => {
  it("runs only the rules asked for", () => {
    const claims = call(
      [{ assertion: "It was a very good conversation.", topics: ["tone"] }],
      [{ assertion: "The conversation was constructive.", topics: ["tone"] }, { assertion: "Iran was discussed.", topics: ["iran-nuclear"] }],
    );
    expect(new Set(flags(compareClaims(claims)).map((d) => d.type))).toEqual(new Set(["characterization", "omission"]));
    expect(flags(compareClaims(claims, { rules: ["omission"] })).map((d) => d.type)).toEqual(["omission"]);
    expect(flags(compareClaims(claims, { rules: [] }))).toEqual([]);
  });
});
