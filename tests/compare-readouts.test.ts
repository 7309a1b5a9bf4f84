import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { Claim } from "../src/schema/claim.js";
import type { ComparisonResult, Disagreement } from "../src/schema/comparison.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Comparing official readouts of one call: a White House readout against a Kremlin one.

const flags = (r: ComparisonResult, type?: Disagreement["type"]) => r.events.flatMap((e) => e.disagreements).filter((d) => !type || d.type === type);
const pairs = (r: ComparisonResult) => r.events.flatMap((e) => e.alignments).map((a) => [...a.claims].sort().join(" ~ "));
type Part = { assertion: string; quotes?: Claim["quotes"] };

function readouts(us: Part[], ru: Part[]): Claim[] {
  const make = (article: string, speaker: string, side: string) => (p: Part, i: number) => {
    const c = makeClaim({ article, speaker, side, assertion: p.assertion, id: `${article}:c${i + 2}`, date: "2021-12-07" });
    return p.quotes ? { ...c, quotes: p.quotes } : c;
  };
  return [
    makeClaim({
      article: "wh",
      id: "wh:c1",
      speaker: "White House",
      side: "US",
      date: "2021-12-07",
      assertion: "Biden and Putin spoke over a secure video link today.",
    }),
    ...us.map(make("wh", "White House", "US")),
    makeClaim({ article: "kr", id: "kr:c1", speaker: "Kremlin", side: "RU", date: "2021-12-07", assertion: "Putin talked to Biden by video conference." }),
    ...ru.map(make("kr", "Kremlin", "RU")),
  ];
}

const LIST = { assertion: "Other subjects included strategic stability, ransomware and Iran." };

describe("readouts: a claim listing several subjects", () => {
  it("aligns with one claim of the other side per listed subject, and the unanswered subject stays an omission", () => {
    const r = compareClaims(
      readouts(
        [{ assertion: "Biden raised his worries over Ukraine." }, LIST],
        [
          { assertion: "Much of the conversation was about Ukraine." },
          { assertion: "Iran was discussed too." },
          { assertion: "Ransomware attacks on both countries were raised too." },
        ],
      ),
    );
    expect(pairs(r)).toEqual(expect.arrayContaining(["kr:c3 ~ wh:c3", "kr:c4 ~ wh:c3"]));
    expect(flags(r, "omission").map((d) => `${d.topic} ${Object.keys(d.sides).join(">")}`)).toContain("strategic-stability US>RU");
  });

  it("does not align on one common subject alone when the claims say different things", () => {
    const r = compareClaims(
      readouts(
        [{ assertion: "Biden raised his worries over Ukraine." }, { assertion: "Biden asked Moscow to lower tensions along the Ukrainian border." }],
        [{ assertion: "Much of the conversation was about Ukraine." }, { assertion: "Kiev must implement its commitments under the Minsk agreements." }],
      ),
    );
    expect(pairs(r)).not.toContain("kr:c3 ~ wh:c3");
  });
});

describe("readouts: scare quotes", () => {
  const us: Part[] = [{ assertion: "Biden warned that an invasion of Ukraine would cost many lives." }];
  it("does not align a side that puts the other's word in scare quotes", () => {
    const quoted = 'The "invasion" of Ukraine is a pretext for stirring up trouble.';
    const r = compareClaims(readouts(us, [{ assertion: quoted, quotes: [[4, 14]] }]));
    expect(pairs(r)).not.toContain("kr:c2 ~ wh:c2");
  });
  it("aligns the same wording used plainly", () => {
    const r = compareClaims(readouts(us, [{ assertion: "An invasion of Ukraine would cost many lives, Putin was warned." }]));
    expect(pairs(r)).toContain("kr:c2 ~ wh:c2");
  });
});

describe("readouts: one report in several outlets", () => {
  it("aligns a statement carried by three outlets as a star from the first, not as every pair", () => {
    const wordings = [
      "Putin insisted that Moscow needs written guarantees that NATO will not enlarge eastwards.",
      "Moscow needs written guarantees that NATO will not enlarge eastwards, Putin insisted.",
      "Putin said Russia wants written guarantees against NATO enlarging eastwards.",
    ];
    const claims = ["o1", "o2", "o3"].map((article, i) =>
      makeClaim({ id: `${article}:c1`, article, speaker: "Kremlin", side: "RU", date: "2021-12-07", assertion: wordings[i]! }),
    );
    claims.push(
      makeClaim({ id: "o4:c1", article: "o4", speaker: "White House", side: "US", date: "2021-12-07", assertion: "Biden held a video call with Putin." }),
    );
    const r = compareClaims(claims);
    expect(pairs(r).sort()).toEqual(["o1:c1 ~ o2:c1", "o1:c1 ~ o3:c1"]);
    expect(r.events[0]!.alignments.every((a) => a.relation === "same-report")).toBe(true);
  });

  it("aligns the body of an article, not its headline restating it", () => {
    const claims = [
      makeClaim({ id: "a:c1", article: "a", speaker: "Xi Jinping", side: "CN", assertion: "Xi told Biden Taiwan is a red line in China-US relations." }),
      makeClaim({
        id: "a:c2",
        article: "a",
        speaker: "Xi Jinping",
        side: "CN",
        assertion: "Xi stressed that the Taiwan question is the first red line in China-US relations that must not be crossed.",
      }),
      makeClaim({
        id: "b:c1",
        article: "b",
        speaker: "Xi Jinping",
        side: "CN",
        assertion: "The Taiwan question is the first red line that must not be crossed in China-US relations, Xi said.",
      }),
      makeClaim({ id: "b:c2", article: "b", speaker: "White House", side: "US", assertion: "Biden and Xi spoke by phone about Taiwan." }),
    ];
    const r = compareClaims(claims);
    expect(pairs(r)).toContain("a:c2 ~ b:c1");
    expect(pairs(r)).not.toContain("a:c1 ~ b:c1");
  });
});

describe("readouts: a side agreeing with what the other just said", () => {
  it("corroborates the statement it follows in its article", () => {
    const claims = [
      makeClaim({
        id: "s:c1",
        article: "s",
        language: "ro",
        speaker: "Marco Rubio",
        side: "US",
        assertion: "progresul cere negocieri directe între cei doi președinți",
      }),
      makeClaim({ id: "s:c2", article: "s", language: "ro", speaker: "Kremlin", side: "RU", assertion: "un summit trebuie organizat" }),
      makeClaim({
        id: "s:c3",
        article: "s",
        language: "ro",
        speaker: "Dmitry Peskov",
        side: "RU",
        assertion: "Peskov a spus că discuțiile directe Putin–Trump sunt indispensabile, fiind de acord cu această opinie",
      }),
    ];
    const r = compareClaims(claims);
    const al = r.events.flatMap((e) => e.alignments).find((a) => a.claims.includes("s:c3"));
    expect(al?.claims).toEqual(["s:c1", "s:c3"]);
    expect(al?.keys).toContain("endorsement");
  });
});
