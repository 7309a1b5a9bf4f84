import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { Claim } from "../src/schema/claim.js";
import type { ComparisonResult, Disagreement } from "../src/schema/comparison.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Rules for comparing official readouts of one call: a White House readout against a Kremlin one.

const flags = (r: ComparisonResult, type?: Disagreement["type"]) =>
  r.events.flatMap((e) => e.disagreements).filter((d) => !type || d.type === type);
const pairs = (r: ComparisonResult) => r.events.flatMap((e) => e.alignments).map((a) => [...a.claims].sort().join(" ~ "));
type Part = Partial<Parameters<typeof makeClaim>[0]> & { quotes?: Claim["quotes"] };

function readouts(us: Part[], ru: Part[]): Claim[] {
  const make = (article: string, speaker: string, side: string) => (p: Part, i: number) => {
    const { quotes, ...rest } = p;
    const c = makeClaim({ article, speaker, side, assertion: "", id: `${article}:c${i + 2}`, ...rest });
    return quotes ? { ...c, quotes } : c;
  };
  return [
    makeClaim({ article: "wh", id: "wh:c1", speaker: "White House", side: "US", assertion: "President Biden held a video call today with President Putin of Russia.", topics: ["phone-call"] }),
    ...us.map(make("wh", "White House", "US")),
    makeClaim({ article: "kr", id: "kr:c1", speaker: "Kremlin", side: "RU", assertion: "Vladimir Putin had a conversation with Joseph Biden.", topics: ["phone-call"] }),
    ...ru.map(make("kr", "Kremlin", "RU")),
  ];
}

const LIST = { assertion: "The presidents also discussed the dialogue on Strategic Stability, a separate dialogue on ransomware, and Iran.", topics: ["strategic-stability", "cyber", "iran-nuclear"] };
const FILLER: Part[] = [
  { assertion: "Biden voiced concern about the situation around Ukraine.", topics: ["ukraine"] },
  { assertion: "The situation in Ukraine was discussed at length.", topics: ["ukraine"] },
];

describe("readouts: a claim listing several subjects", () => {
  it("aligns with one claim of the other side per listed subject, and the unanswered subject stays an omission", () => {
    const r = compareClaims(readouts(
      [FILLER[0]!, LIST],
      [
        FILLER[1]!,
        { assertion: "They discussed the Joint Comprehensive Plan of Action on the Iranian nuclear programme.", topics: ["iran-nuclear"] },
        { assertion: "The meeting also included an exchange of views on information security.", topics: ["meeting", "cyber"] },
      ],
    ));
    expect(pairs(r)).toEqual(expect.arrayContaining(["kr:c3 ~ wh:c3", "kr:c4 ~ wh:c3"]));
    expect(flags(r, "omission").map((d) => `${d.topic} ${Object.keys(d.sides).join(">")}`)).toContain("strategic-stability US>RU");
  });

  it("does not align a claim twice on the same subject, nor on one common topic alone", () => {
    const r = compareClaims(readouts(
      [FILLER[0]!, LIST, { assertion: "Biden urged Russia to de-escalate tensions with Ukraine.", topics: ["de-escalation", "ukraine"] }],
      [
        FILLER[1]!,
        { assertion: "They discussed the Iranian nuclear programme.", topics: ["iran-nuclear"] },
        { assertion: "The Iranian nuclear deal must be implemented in its original version.", topics: ["iran-nuclear"] },
        { assertion: "Kiev must implement its commitments on Ukraine.", topics: ["ukraine"] },
      ],
    ));
    const withList = pairs(r).filter((p) => p.includes("wh:c3"));
    expect(withList).toHaveLength(1);
    expect(pairs(r)).not.toContain("kr:c5 ~ wh:c4");
  });
});

describe("readouts: scare quotes", () => {
  const us: Part[] = [FILLER[0]!, { assertion: "Biden said a further invasion of Ukraine would produce widespread human suffering.", topics: ["invasion", "ukraine", "humanitarian"] }];
  const ruText = "The invasion of Ukraine is being used to create opportunities for provocations.";
  it("does not align a side that puts the other's word in scare quotes", () => {
    const quoted = 'The "invasion" of Ukraine is being used to create opportunities for provocations.';
    const r = compareClaims(readouts(us, [FILLER[1]!, { assertion: quoted, topics: ["invasion", "ukraine"], quotes: [[4, 14]] }]));
    expect(pairs(r)).not.toContain("kr:c3 ~ wh:c3");
    // Nothing answered the humanitarian side of the claim.
    expect(flags(r, "omission").map((d) => d.topic)).toContain("humanitarian");
  });
  it("aligns the same wording used plainly", () => {
    const r = compareClaims(readouts(us, [FILLER[1]!, { assertion: ruText, topics: ["invasion", "ukraine"] }]));
    expect(pairs(r)).toContain("kr:c3 ~ wh:c3");
  });
});

/** Topics the Kremlin account covers and the White House one leaves out. */
const ruOnly = (r: ComparisonResult) => flags(r, "omission").filter((d) => d.sides?.["RU"]?.length).map((d) => d.topic).sort();

describe("readouts: omission flags", () => {
  const us: Part[] = [FILLER[0]!, { assertion: "Biden expressed support for diplomacy.", topics: ["diplomacy"] }];
  it("names a passage once: a topic of one sentence in a passage on another topic is not flagged apart", () => {
    const r = compareClaims(readouts(us, [
      FILLER[1]!,
      { assertion: "The lack of progress in implementing the Minsk agreements, which have no alternative for a peaceful resolution, was discussed.", topics: ["minsk-agreements", "peace"] },
      { assertion: "Putin gave examples of Kiev's policy to dismantle the Minsk package.", topics: ["minsk-agreements"] },
    ]));
    expect(ruOnly(r)).toEqual(["minsk-agreements"]);
  });
  it("still flags that topic where the passage is interrupted", () => {
    const r = compareClaims(readouts(us, [
      FILLER[1]!,
      { assertion: "The lack of progress in implementing the Minsk agreements, which have no alternative for a peaceful resolution, was discussed.", topics: ["minsk-agreements", "peace"] },
      { assertion: "The leaders recalled that the two countries were allies during World War II.", topics: ["world-war-ii"] },
      { assertion: "Putin gave examples of Kiev's policy to dismantle the Minsk package.", topics: ["minsk-agreements"] },
    ]));
    expect(ruOnly(r)).toEqual(["minsk-agreements", "peace", "world-war-ii"]);
  });
  it("drops a broad topic beside a narrower one, and counts negotiations as diplomacy", () => {
    const r = compareClaims(readouts(us, [
      FILLER[1]!,
      { assertion: "Putin said it was NATO that was building up along Russia's borders.", topics: ["nato"] },
      { assertion: "Russia seeks guarantees ruling out NATO's eastward expansion.", topics: ["nato", "nato-expansion"] },
      { assertion: "Negotiations will be held in Geneva.", topics: ["negotiations"] },
    ]));
    expect(ruOnly(r)).toEqual(["nato-expansion"]);
  });
});

describe("readouts: English topic terms", () => {
  it("reads the OSCE's full name as one subject and a threatened decisive response as sanctions", async () => {
    const { extractClaims } = await import("../src/index.js");
    const text =
      "President Biden made clear that the United States and its allies will respond decisively if Russia further invades Ukraine. " +
      "He expressed support for talks at the Organization for Security and Cooperation in Europe.";
    const { claims } = extractClaims({ id: "wh", text, language: "en", issuer: "The White House", publishedAt: "2021-12-30" });
    const topics = claims.map((c) => c.topics);
    expect(topics[0]).toContain("sanctions");
    expect(topics[1]).toContain("osce");
    expect(topics[1]).not.toContain("security");
    expect(topics[1]).not.toContain("cooperation");
  });
});
