import { describe, expect, it } from "vitest";
import { describedSide } from "../src/compare/accounts.js";
import { compareClaims } from "../src/compare/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { extractClaims, type ArticleInput } from "../src/index.js";
import type { Claim, Speaker } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Team-written sentences and articles (invented statements about a call between two leaders).

const speaker = (name: string, p: Partial<Speaker> = {}): Speaker => ({
  name,
  id: null,
  mention: name,
  mentionSpan: null,
  kind: "unknown",
  role: null,
  side: null,
  ...p,
});

describe("a side-less speaker's description names its side", () => {
  it.each([
    ["en", "A German government spokesman", "DE"],
    ["de", "Ein Sprecher der Bundesregierung", "DE"],
    ["it", "Un portavoce del governo tedesco", "DE"],
    ["es", "Un portavoz del Gobierno alemán", "DE"],
    ["pl", "Rzecznik niemieckiego rządu", "DE"],
    ["ru", "представитель правительства Германии", "DE"],
    ["ru", "представитель Кремля", "RU"],
    ["uk", "речник Кремля", "RU"],
    ["en", "a Kremlin aide", "RU"],
    ["en", "Elysée sources", "FR"],
    ["fr", "des sources à l'Élysée", "FR"],
  ])("%s: %s", (language, name, side) => {
    expect(describedSide(speaker(name), lexiconFor(language).lexicon)).toBe(side);
  });

  it.each([
    // A news medium, a speaker with a side or a known person, two sides, no side at all.
    ["en", speaker("A Russian news agency", { kind: "media" })],
    ["en", speaker("A German government spokesman", { side: "FR" })],
    ["en", speaker("Emmanuel Macron", { id: "emmanuel-macron", kind: "person", mention: "the French president" })],
    ["en", speaker("officials in Berlin and Paris")],
    ["de", speaker("Regierungssprecher Stefan Kornelius", { kind: "person" })],
  ])("%s: no side for %o", (language, s) => {
    expect(describedSide(s, lexiconFor(language).lexicon)).toBeNull();
  });
});

/** A call between the German chancellor and the French president, in four languages. */
const CALL: ArticleInput[] = [
  {
    id: "de1",
    language: "de",
    publishedAt: "2026-11-12",
    text:
      "Merz und Macron telefonieren über Ukraine und Handel\n\nBundeskanzler Friedrich Merz hat am Mittwoch mit dem französischen Präsidenten Emmanuel Macron telefoniert. " +
      "Die beiden hätten über die Lage in der Ukraine, die Energiepreise und den Handelsstreit mit China gesprochen, teilte ein Sprecher der Bundesregierung mit. " +
      "Merz sagte, Deutschland und Frankreich würden bei der Luftverteidigung enger zusammenarbeiten.",
  },
  {
    id: "fr1",
    language: "fr",
    publishedAt: "2026-11-12",
    text:
      "Emmanuel Macron s'est entretenu mercredi au téléphone avec le chancelier allemand Friedrich Merz.\n\nSelon l'Élysée, les deux dirigeants ont évoqué la situation en Ukraine. " +
      "Le président a aussi souligné que les prix de l'énergie pesaient sur l'industrie européenne, a indiqué l'Élysée. " +
      "Macron a affirmé que le différend commercial avec la Chine exigeait une réponse européenne commune.",
  },
  {
    id: "it1",
    language: "it",
    publishedAt: "2026-11-12",
    text:
      "Telefonata tra Merz e Macron sull'Ucraina\n\nIl cancelliere tedesco Friedrich Merz e il presidente francese Emmanuel Macron hanno avuto mercoledì un colloquio telefonico. " +
      "Un portavoce del governo tedesco ha detto che Germania e Francia rafforzeranno la cooperazione nella difesa aerea.",
  },
  {
    id: "it2",
    language: "it",
    publishedAt: "2026-11-12",
    text:
      "Merz e Macron al telefono, Kiev approva\n\nIl cancelliere tedesco Friedrich Merz e il presidente francese Emmanuel Macron si sono sentiti mercoledì al telefono. " +
      "Un portavoce del governo ucraino ha detto che Kiev accoglie con favore la cooperazione tra Berlino e Parigi.",
  },
];

function run(articles: ArticleInput[]) {
  const results = articles.map((a) => extractClaims(a));
  const claims = results.flatMap((r) => r.claims);
  const find = (article: string, re: RegExp) => claims.find((c) => c.articleId === article && re.test(c.assertion))!;
  const cmp = compareClaims(results);
  const event = cmp.events.find((e) => e.type === "phone-call")!;
  const aligned = (x: Claim, y: Claim) => event.alignments.find((a) => a.claims.includes(x.id) && a.claims.includes(y.id));
  const sideOf = (c: Claim) => event.accounts.find((a) => a.claims.includes(c.id))?.side ?? null;
  return { event, find, aligned, sideOf };
}

describe("a call reported by both sides and by news in two more languages", () => {
  const { event, find, aligned, sideOf } = run(CALL);
  const list = find("de1", /Energiepreise/);
  const energy = find("fr1", /prix de l'énergie/);
  const trade = find("fr1", /différend commercial/);
  const merz = find("de1", /Luftverteidigung/);
  const spokesman = find("it1", /difesa aerea/);
  const thirdParty = find("it2", /accoglie/);

  it("the German government spokesman and the Italian 'portavoce del governo tedesco' speak for Germany", () => {
    expect(event.participants).toEqual(["Emmanuel Macron", "Friedrich Merz"]);
    expect(list.speaker.side).toBeNull();
    expect(sideOf(list)).toBe("DE");
    expect(sideOf(spokesman)).toBe("DE");
    // Same side, two outlets: one report (the chancellor's line and the spokesman's).
    expect(aligned(merz, spokesman)?.relation).toBe("same-report");
  });

  it("a spokesman of a state that takes no part in the call keeps no side", () => {
    expect(sideOf(thirdParty)).toBeNull();
  });

  it("one German claim listing three matters aligns with each French claim on one of them", () => {
    expect(aligned(list, energy)?.relation).toBe("corroboration");
    expect(aligned(list, trade)?.relation).toBe("corroboration");
  });
});

describe("a list item sharing one subject with its list aligns only when it is about that subject alone", () => {
  const pair = (item: string) => {
    const claims = [
      makeClaim({
        assertion: "In their phone call, Trump and Putin discussed the war in Ukraine, energy prices and trade with China.",
        speaker: "White House",
        side: "US",
        article: "x1",
        id: "x1:c1",
      }),
      makeClaim({ assertion: "Putin and Trump spoke by phone on Saturday.", speaker: "Kremlin", side: "RU", article: "x2", id: "x2:c0" }),
      makeClaim({ assertion: item, speaker: "Kremlin", side: "RU", article: "x2", id: "x2:c1" }),
      makeClaim({ assertion: "The presidents agreed to stay in contact.", speaker: "Kremlin", side: "RU", article: "x2", id: "x2:c2" }),
    ];
    return compareClaims(claims)
      .events.flatMap((e) => e.alignments)
      .some((a) => a.claims.includes("x1:c1") && a.claims.includes("x2:c1"));
  };

  it("an item about energy alone aligns with the list", () => {
    expect(pair("Vladimir Putin spoke about energy prices.")).toBe(true);
  });

  it("an item naming cooperation on that subject besides does not", () => {
    expect(pair("Vladimir Putin offered cooperation on energy with Washington.")).toBe(false);
  });
});

describe("a side meeting at a summit: the spokesman's line speaks for a party of the side meeting", () => {
  const articles: ArticleInput[] = [
    {
      id: "s1",
      language: "en",
      publishedAt: "2026-11-22",
      text:
        "G20 leaders end summit in Johannesburg\n\nKeir Starmer said the summit had sent a strong signal on climate finance. " +
        "Emmanuel Macron said that Africa must get a bigger voice in the World Bank. " +
        "On the sidelines of the summit, Friedrich Merz and Macron agreed to set up a joint fund for hydrogen, a German government spokesman said.",
    },
    {
      id: "s2",
      language: "fr",
      publishedAt: "2026-11-22",
      text:
        "Sommet du G20 à Johannesburg\n\nLe sommet du G20 s'est achevé dimanche à Johannesburg. " +
        "Keir Starmer a estimé que le sommet avait envoyé un signal fort sur le financement climatique.",
    },
    {
      id: "s3",
      language: "de",
      publishedAt: "2026-11-22",
      text:
        "Merz trifft Macron am Rande des G20-Gipfels\n\nBundeskanzler Friedrich Merz hat am Sonntag am Rande des G20-Gipfels in Johannesburg den französischen Präsidenten Emmanuel Macron getroffen. " +
        "Merz sagte, Deutschland und Frankreich würden einen gemeinsamen Fonds für Wasserstoff gründen.",
    },
  ];
  const results = articles.map((a) => extractClaims(a));
  const spokesman = results[0]!.claims.find((c) => /hydrogen/.test(c.assertion))!;
  const cmp = compareClaims(results);
  const event = cmp.events.find((e) => e.claims.includes(spokesman.id))!;

  it("the German government spokesman is in Germany's account of the event holding his line", () => {
    expect(spokesman.speaker.side).toBeNull();
    expect(event.participants).toContain("Friedrich Merz");
    expect(event.accounts.find((a) => a.claims.includes(spokesman.id))?.side).toBe("DE");
  });
});
