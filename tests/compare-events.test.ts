import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { Claim, ExtractionResult } from "../src/schema/claim.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { articleResult, makeClaim } from "./helpers/gold-claims.js";

const eventOf = (r: ComparisonResult, id: string) => r.events.find((e) => e.claims.includes(id))?.id;

/** An article as an extraction result: its title, publication date (or none) and claims. */
function article(id: string, language: string, title: string, publishedAt: string | null, claims: Claim[]): ExtractionResult {
  return articleResult({ id, language, title, publishedAt, claims });
}

describe("events across languages", () => {
  it("puts two articles about one call, in Romanian and Vietnamese, into one event", () => {
    const ro = makeClaim({
      id: "ro:1",
      article: "ro",
      language: "ro",
      speaker: "Kremlin",
      side: "RU",
      date: "2017-01-28",
      basis: "published",
      assertion: "La telefon, Putin şi Trump au vorbit şi despre o viitoare întâlnire la nivel înalt",
    });
    const vi = makeClaim({
      id: "vi:1",
      article: "vi",
      language: "vi",
      speaker: "White House",
      side: "US",
      date: "2017-01-29",
      basis: "published",
      assertion: "trong cuộc điện đàm, Trump và Putin nói về hợp tác chống khủng bố ở Syria",
    });
    const r = compareClaims([ro, vi]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.articles).toEqual(["ro", "vi"]);
    expect(r.events[0]!.accounts.map((a) => a.side).sort()).toEqual(["RU", "US"]);
    expect(r.events[0]!.date).toBe("2017-01-28");
    expect(r.events[0]!.participants).toEqual(["Donald Trump", "Vladimir Putin"]);
  });

  it("lets an undated article join the event it reports, and keeps its claims", () => {
    const dated = article("it", "it", "Telefonata Trump-Putin", "2025-03-18", [
      makeClaim({
        id: "it:1",
        article: "it",
        language: "it",
        speaker: "White House",
        side: "US",
        date: "2025-03-18",
        basis: "published",
        assertion: "Trump e Putin hanno concordato un cessate il fuoco sulle infrastrutture energetiche",
      }),
    ]);
    const undated = article("de", "de", "Trump und Putin: Telefonat über die Ukraine", null, [
      makeClaim({
        id: "de:1",
        article: "de",
        language: "de",
        speaker: "Kremlin",
        side: "RU",
        date: null,
        assertion: "Putin und Trump vereinbarten eine Waffenruhe für die Energieinfrastruktur",
      }),
    ]);
    const r = compareClaims([dated, undated]);
    expect(r.background).toEqual([]);
    expect(eventOf(r, "de:1")).toBe(eventOf(r, "it:1"));
  });

  it("sends two undated readouts of one institution on the same two leaders to two events", () => {
    const readout = (id: string, issuer: string, side: string, publishedAt: string | null, text: string) => {
      const r = article(id, "en", text, publishedAt, [
        makeClaim({ id: `${id}:1`, article: id, speaker: issuer, side, date: publishedAt, basis: publishedAt ? "published" : null, assertion: text }),
      ]);
      return { ...r, article: { ...r.article, issuer } };
    };
    const r = compareClaims([
      readout("wh1", "White House", "US", "2022-02-12", "Biden spoke with Putin by phone about the troops massed near Ukraine."),
      readout("wh2", "White House", "US", null, "Biden spoke with Putin by phone about strategic stability and arms control."),
      readout("kr2", "Kremlin", "RU", null, "Putin and Biden discussed strategic stability and arms control by phone."),
    ]);
    expect(eventOf(r, "wh1:1")).not.toBe(eventOf(r, "wh2:1"));
    expect(eventOf(r, "kr2:1")).toBe(eventOf(r, "wh2:1"));
  });

  it("keeps an undated article about other people out of the event", () => {
    const dated = article("a", "en", "Trump and Putin speak by phone", "2025-03-18", [
      makeClaim({
        id: "a:1",
        article: "a",
        speaker: "White House",
        side: "US",
        date: "2025-03-18",
        assertion: "Trump and Putin agreed on an energy ceasefire.",
      }),
    ]);
    const other = article("b", "en", "Macron and Scholz meet in Berlin", null, [
      makeClaim({ id: "b:1", article: "b", speaker: "Élysée Palace", side: "FR", date: null, assertion: "Macron and Scholz discussed the European budget." }),
    ]);
    const r = compareClaims([dated, other]);
    expect(eventOf(r, "b:1")).not.toBe(eventOf(r, "a:1"));
  });

  it("keeps calls on different days apart, and two calls one side dates to consecutive days", () => {
    const may = makeClaim({
      id: "a:1",
      article: "a",
      speaker: "Kremlin",
      side: "RU",
      date: "2017-01-28",
      assertion: "Putin and Trump discussed Syria by phone.",
    });
    const jan = makeClaim({
      id: "b:1",
      article: "b",
      speaker: "Kremlin",
      side: "RU",
      date: "2017-05-02",
      assertion: "Putin and Trump discussed Syria by phone.",
    });
    const r = compareClaims([may, jan]);
    expect(eventOf(r, "a:1")).not.toBe(eventOf(r, "b:1"));
    const first = makeClaim({
      id: "k:1",
      article: "k1",
      speaker: "Kremlin",
      side: "RU",
      date: "2021-12-30",
      basis: "relative",
      assertion: "Putin and Biden spoke by telephone.",
    });
    const second = makeClaim({
      id: "k:2",
      article: "k2",
      speaker: "Kremlin",
      side: "RU",
      date: "2021-12-31",
      basis: "explicit",
      assertion: "Putin and Biden spoke by telephone.",
    });
    const two = compareClaims([first, second]);
    expect(eventOf(two, "k:1")).not.toBe(eventOf(two, "k:2"));
    // A readout dated only by its publication the next morning joins the call.
    const readout = makeClaim({
      id: "k:3",
      article: "k3",
      speaker: "Kremlin",
      side: "RU",
      date: "2021-12-31",
      basis: "published",
      assertion: "Putin and Biden spoke by telephone about security guarantees.",
    });
    const joined = compareClaims([first, readout]);
    expect(eventOf(joined, "k:1")).toBe(eventOf(joined, "k:3"));
  });
});

describe("claims placed one by one", () => {
  it("gives a call with another leader reported in the same article an event of its own", () => {
    const claims = [
      makeClaim({ id: "x:1", article: "x", speaker: "Kremlin", side: "RU", assertion: "Vladimir Putin discussed Syria with Donald Trump by phone." }),
      makeClaim({
        id: "x:2",
        article: "x",
        speaker: "White House",
        side: "US",
        assertion: "Trump and Putin discussed the fight against terrorism in a phone call.",
      }),
      makeClaim({
        id: "x:3",
        article: "x",
        speaker: "Sean Spicer",
        side: "US",
        assertion: "Trump also spoke by phone with Chancellor Angela Merkel for 45 minutes.",
      }),
      makeClaim({ id: "x:4", article: "x", speaker: "Kremlin", side: "RU", assertion: "The conversation with Trump lasted about an hour." }),
    ];
    const r = compareClaims(claims);
    expect(eventOf(r, "x:1")).toBe(eventOf(r, "x:2"));
    expect(eventOf(r, "x:3")).toBeDefined();
    expect(eventOf(r, "x:3")).not.toBe(eventOf(r, "x:1"));
    // 45 minutes with Merkel is not an hour with Putin.
    expect(r.events.flatMap((e) => e.disagreements).filter((d) => d.type === "factual")).toEqual([]);
  });

  it("keeps background claims out: flagged as background, or an undated past statement", () => {
    const claims = [
      makeClaim({ id: "b:1", speaker: "Donald Trump", side: "US", date: null, assertion: "Trump repeatedly said he did not know Putin." }),
      makeClaim({ id: "b:2", speaker: "Vladimir Putin", side: "RU", background: true, assertion: "Putin congratulated the Republican on his victory." }),
      makeClaim({ id: "b:3", speaker: "Kremlin", side: "RU", assertion: "Putin and Trump agreed to normalize relations." }),
    ];
    const r = compareClaims(claims);
    expect(r.background.sort()).toEqual(["b:1", "b:2"]);
    expect(r.events.flatMap((e) => e.claims)).toEqual(["b:3"]);
  });

  it("keeps a statement dated months before the event out of it", () => {
    const claims = [
      makeClaim({
        id: "c:1",
        article: "c",
        speaker: "Kremlin",
        side: "RU",
        date: "2019-12-29",
        assertion: "Putin thanked Trump by phone for the information on a terrorist plot.",
      }),
      makeClaim({
        id: "c:2",
        article: "c",
        speaker: "White House",
        side: "US",
        date: "2019-12-29",
        assertion: "Trump and Putin discussed arms control during the call.",
      }),
      makeClaim({
        id: "c:3",
        article: "c",
        speaker: "FSB",
        side: "RU",
        date: "2019-10",
        assertion: "Contacts between the security services have recently intensified.",
      }),
    ];
    const r = compareClaims(claims);
    expect(r.background).toEqual(["c:3"]);
  });

  it("resolves an undated article's weekday against the event it joins", () => {
    const dated = makeClaim({
      id: "d:1",
      article: "d",
      speaker: "White House",
      side: "US",
      date: "2025-03-18",
      assertion: "Trump and Putin spoke by phone about a ceasefire.",
    });
    const relative = {
      ...makeClaim({ id: "u:1", article: "u", speaker: "Kremlin", side: "RU", date: null, assertion: "Putin and Trump discussed a ceasefire by phone." }),
      date: { iso: null, basis: "relative" as const, text: "marți", span: null, relative: { weekday: 2, offsetDays: null } },
    };
    const r = compareClaims([dated, relative]);
    expect(eventOf(r, "u:1")).toBe(eventOf(r, "d:1"));
    expect(r.articles.find((a) => a.id === "u")!.claims[0]!.date.iso).toBe("2025-03-18");
  });

  const undatedClaim = (id: string, assertion: string, relative: { month: number; day: number | null }) => ({
    ...makeClaim({ id, article: id.split(":")[0]!, speaker: "Kremlin", side: "RU", date: null, assertion }),
    date: { iso: null, basis: "relative" as const, text: "29-12", span: null, relative: { weekday: null, offsetDays: null, ...relative } },
  });

  it("places a day and month with no year in the year nearest the event, and a month alone as that month", () => {
    // (a readout issued on New Year's Day, three days after the call: a window of three days)
    const dated = makeClaim({
      id: "d:1",
      article: "d",
      speaker: "White House",
      side: "US",
      date: "2020-01-01",
      assertion: "Trump and Putin spoke by phone about terrorism.",
    });
    const lastYear = undatedClaim("u:1", "Putin thanked Trump by phone for the tip on terrorism.", { month: 12, day: 29 });
    const r = compareClaims([dated, lastYear], { eventWindowDays: 3 });
    expect(eventOf(r, "u:1")).toBe(eventOf(r, "d:1"));
    expect(r.articles.find((a) => a.id === "u")!.claims[0]!.date.iso).toBe("2019-12-29");
    // A month alone, far from the event's, is another time: out of the event, dated to that month.
    // (said in the same undated article, which joins the event by its other claim)
    const month = undatedClaim("u:2", "Contacts between the security services grew stronger.", { month: 10, day: null });
    const r2 = compareClaims([dated, lastYear, month], { eventWindowDays: 3 });
    expect(r2.articles.find((a) => a.id === "u")!.claims.find((c) => c.id === "u:2")!.date.iso).toBe("2019-10");
    expect(r2.background).toContain("u:2");
  });

  it("dates the event by a day and month of the text, never by a weekday it placed itself", () => {
    const published = (id: string) =>
      makeClaim({
        id,
        article: id.split(":")[0]!,
        speaker: "White House",
        side: "US",
        date: "2019-12-30",
        basis: "published",
        assertion: "Trump and Putin spoke by phone about terrorism.",
      });
    // The text says "29-12" twice (the call); the publication dates say 30 December.
    const r = compareClaims([
      published("p:1"),
      undatedClaim("u:1", "Putin thanked Trump by phone for the tip on terrorism.", { month: 12, day: 29 }),
      undatedClaim("v:1", "The call on terrorism was initiated by Putin.", { month: 12, day: 29 }),
    ]);
    expect(r.events[0]!.date).toBe("2019-12-29");
    // A weekday ("Thursday") is placed by the event's day: it does not move the event.
    const weekday = (id: string) => ({
      ...makeClaim({
        id,
        article: id.split(":")[0]!,
        speaker: "Kremlin",
        side: "RU",
        date: null,
        assertion: "Putin and Trump spoke by phone about terrorism.",
      }),
      date: { iso: null, basis: "relative" as const, text: "joi", span: null, relative: { weekday: 4, offsetDays: null } },
    });
    const r2 = compareClaims([published("p:1"), weekday("w:1"), weekday("x:1"), weekday("y:1")]);
    expect(r2.events[0]!.date).toBe("2019-12-30");
  });
});

describe("participants and the kind of event", () => {
  it("calls a phone call a phone call when its claims speak of a meeting at a bloc's summit", () => {
    const claims = [
      makeClaim({
        id: "a:1",
        article: "a",
        speaker: "Kremlin",
        side: "RU",
        date: "2017-05-02",
        assertion: "Putin and Trump had a business-like telephone conversation.",
      }),
      makeClaim({
        id: "a:2",
        article: "a",
        speaker: "Kremlin",
        side: "RU",
        date: "2017-05-02",
        assertion: "Both want to meet in person on the sidelines of the G20 summit in Osaka.",
      }),
      makeClaim({
        id: "b:1",
        article: "b",
        language: "ro",
        speaker: "Kremlin",
        side: "RU",
        date: "2017-05-02",
        assertion: "Cei doi lideri ar putea avea o întâlnire în marja summitului G20 de la Osaka.",
      }),
      makeClaim({
        id: "b:2",
        article: "b",
        language: "ro",
        speaker: "White House",
        side: "US",
        date: "2017-05-02",
        assertion: "Trump și Putin au avut o convorbire telefonică foarte bună.",
      }),
    ];
    const r = compareClaims(claims);
    expect(r.events.map((e) => e.type)).toEqual(["phone-call"]);
  });

  it("calls the event a video call when one side says so, and does not make a third party a participant", () => {
    const claims = [
      makeClaim({
        id: "w:1",
        article: "w",
        speaker: "White House",
        side: "US",
        date: "2021-12-07",
        assertion: "President Biden held a secure video call with President Putin of Russia.",
      }),
      makeClaim({
        id: "w:2",
        article: "w",
        speaker: "White House",
        side: "US",
        date: "2021-12-07",
        assertion: "Biden will speak with President Zelenskyy on Thursday.",
      }),
      makeClaim({ id: "k:1", article: "k", speaker: "Kremlin", side: "RU", date: "2021-12-07", assertion: "Putin spoke with Biden." }),
      makeClaim({ id: "k:2", article: "k", speaker: "Kremlin", side: "RU", date: "2021-12-07", assertion: "Putin and Biden talked about Ukraine." }),
      makeClaim({
        id: "u:1",
        article: "u",
        speaker: "Volodymyr Zelenskyy",
        side: "UA",
        date: "2021-12-08",
        assertion: "Zelenskyy welcomed the conversation between Biden and Putin.",
      }),
    ];
    const r = compareClaims(claims);
    const ev = r.events.find((e) => e.claims.includes("k:1"))!;
    expect(ev.type).toBe("video-call");
    expect(ev.participants).toEqual(["Joe Biden", "Vladimir Putin"]);
    expect(ev.claims).toContain("u:1");
  });
});
