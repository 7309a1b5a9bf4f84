/**
 * A hand-built comparison result for the report tests, so they do not depend on what the
 * comparison currently finds. Three events:
 * - a phone call told by the White House and the Kremlin in English, Polish, Romanian and
 *   Vietnamese articles: a characterization, two omission flags resting on a shared claim, a
 *   corroboration;
 * - a meeting told by one English wire story (carried by 3 outlets: `copyOf`): a factual and a
 *   stance disagreement (the stance card has 4 Russian wordings and 1 American one), three
 *   omission flags of which two rest on the same claim, a corroboration with a close word diff;
 * - a statement built from a hostile article whose every string tries to inject markup.
 * A failed input arrives as a warning with `input`. All texts are written by the team. Spans are
 * located in the texts with indexOf, so they are exact UTF-16 offsets.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { diffWords } from "diff";
import type { Claim, ClaimKind } from "../../src/schema/claim.js";
import type { ComparisonResult, DiffPart } from "../../src/schema/comparison.js";

type Article = ComparisonResult["articles"][number];

const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export const HOSTILE_TEXT = readFileSync(here("hostile-article.txt"), "utf8");
export const HOSTILE_META = JSON.parse(readFileSync(here("hostile-article.json"), "utf8")) as {
  language: string;
  publishedAt: string;
  outlet: string;
  url: string;
  title: string;
};

// Every article text below was written by the team for these tests (no sentence is lifted from
// a published article). They keep the constructions the report must handle: overlapping and
// nested claim spans, astral characters before a span, the quotation marks of Polish („…”),
// Romanian (”…”) and English ("…") text, Vietnamese diacritics.

export const WH_TEXT =
  "On Saturday, President Donald J. Trump held a telephone call with President Vladimir Putin of Russia. " +
  "The two presidents described the call as a positive first step toward mending ties between their countries. " +
  "Both leaders said they hoped to work together quickly against terrorism and on other shared concerns.";

export const PL_TEXT = [
  "Prezydenci USA i Rosji rozmawiali przez telefon o terroryzmie, o wojnie w Syrii i o Korei.",
  "Rzecznik Białego Domu Sean Spicer ocenił w komunikacie, że była to „bardzo dobra rozmowa”. – Mówiliśmy także o „strefach bezpieczeństwa” – dodał Spicer.",
  "Kreml poinformował z kolei, że rozmowa była „konstruktywna”. Według Kremla przywódcy rozmawiali też obszernie o Korei Północnej.",
].join("\n");

export const RO_TEXT = [
  "Președintele american l-a sunat pe Putin după o convorbire de o oră cu cancelarul german 🇺🇸🇷🇺.",
  "”Discuția s-a purtat într-un ton calm și a urmărit soluții practice”, se arată într-un comunicat al Kremlinului.",
  "Kremlinul subliniază că principalul rezultat al convorbirii este acordul asupra unei lupte comune împotriva terorismului.",
].join("\n");

export const VI_TEXT =
  "Theo Điện Kremlin, hai tổng thống đã bàn về tình hình Syria, chương trình hạt nhân của Iran và bán đảo Triều Tiên.";

/** An English wire story about a planned meeting: four Russian statements and two American ones. */
export const WIRE_TEXT = [
  "Moscow and Washington gave different accounts on Friday of the preparations for a meeting between the two presidents.",
  "Kremlin spokesman Dmitry Peskov said a meeting was important but needed careful preparation.",
  "\"A summit cannot be improvised,\" Peskov told reporters. \"It must be prepared by experts over weeks.\"",
  "The Kremlin said in a statement that no date had been agreed and that the sides would first exchange proposals.",
  "Russian Foreign Minister Sergei Lavrov said the meeting would take place in the second half of the year.",
  "President Trump said he would meet Putin \"as soon as possible\" and that nothing would move until they met.",
  "U.S. officials said the meeting would take place within two weeks.",
].join("\n\n");

/** Finds `needle` in `text` (the `nth` occurrence, from 0) and returns its span; throws if absent. */
export function spanOf(text: string, needle: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" not found`);
  }
  return [at, at + needle.length];
}

interface ClaimSpec {
  n: number;
  speaker: string;
  speakerId?: string | null;
  kind?: "person" | "institution";
  role?: string | null;
  side: string | null;
  claimKind: ClaimKind;
  /** The text of the whole attribution (span). */
  whole: string;
  /** The assertion inside it. */
  assertion: string;
  cue?: string | null;
  topics: string[];
  date?: string | null;
}

function makeClaim(article: { id: string; text: string; language: string; outlet: string | null }, s: ClaimSpec): Claim {
  const span = spanOf(article.text, s.whole);
  const assertionSpan = spanOf(article.text, s.assertion);
  const cueSpan = s.cue ? spanOf(article.text, s.cue) : null;
  return {
    id: `${article.id}:c${s.n}`,
    articleId: article.id,
    language: article.language,
    outlet: article.outlet,
    via: [],
    speaker: {
      name: s.speaker,
      id: s.speakerId === undefined ? s.speaker.toLowerCase().replace(/\W+/g, "-") : s.speakerId,
      mention: s.speaker,
      mentionSpan: null,
      kind: s.kind ?? "person",
      role: s.role ?? null,
      side: s.side,
    },
    date: { iso: s.date === undefined ? "2017-01-28" : s.date, basis: s.date === null ? null : "published", text: null, span: null },
    kind: s.claimKind,
    assertion: s.assertion,
    assertionSpan,
    quotes: [],
    cue: s.cue ?? null,
    cueSpan,
    span,
    topics: s.topics,
    background: false,
    confidence: 0.8,
  };
}

function makeArticle(
  meta: { id: string; language: string; outlet: string | null; url?: string | null; title?: string | null; publishedAt: string; issuer?: string | null },
  text: string | undefined,
  specs: ClaimSpec[],
  fullText: string = text ?? "",
): Article {
  const base = { id: meta.id, text: fullText, language: meta.language, outlet: meta.outlet };
  return {
    id: meta.id,
    language: meta.language,
    languageDetected: false,
    title: meta.title ?? null,
    outlet: meta.outlet,
    url: meta.url ?? null,
    publishedAt: meta.publishedAt,
    publishedAtSource: "metadata",
    issuer: meta.issuer ?? null,
    via: [],
    textLength: fullText.length,
    claims: specs.map((s) => makeClaim(base, s)),
    ...(text === undefined ? {} : { text }),
  };
}

const toParts = (a: string, b: string): DiffPart[] =>
  diffWords(a, b).map((p) => ({ value: p.value, added: p.added === true, removed: p.removed === true }));

/** Options of {@link buildComparison}. */
export interface FixtureOptions {
  /** Keep the article texts (default true); false gives assertions-only rendering. */
  withText?: boolean;
  /**
   * How many outlets carry each news story (the Polish, Romanian, Vietnamese and wire articles):
   * the original plus `copies - 1` republications, marked `copyOf` as the comparison marks them
   * (their claims are the original's and not repeated; their text is kept). Default: the wire
   * story in 3 outlets, the others in 1.
   */
  copies?: number;
}

export const EVENT = "2017-01-28-phone-call-trump-putin";
export const MEETING = "2025-05-16-meeting-trump-putin";
export const HOSTILE_EVENT = `hostile"<event>`;

/** The fixture result. */
export function buildComparison(options: FixtureOptions = {}): ComparisonResult {
  const keep = options.withText !== false;
  const wh = makeArticle(
    { id: "wh-readout", language: "en", outlet: "The White House", url: "https://readouts.example/president-call-putin", title: "Readout of the President's call with the Russian president", publishedAt: "2017-01-28", issuer: "White House" },
    keep ? WH_TEXT : undefined,
    [
      { n: 1, speaker: "White House", kind: "institution", side: "US", claimKind: "statement", whole: "The two presidents described the call as a positive first step toward mending ties between their countries.", assertion: "The two presidents described the call as a positive first step toward mending ties between their countries.", topics: ["tone", "relations"] },
      { n: 2, speaker: "White House", kind: "institution", side: "US", claimKind: "statement", whole: "Both leaders said they hoped to work together quickly against terrorism and on other shared concerns.", assertion: "Both leaders said they hoped to work together quickly against terrorism and on other shared concerns.", topics: ["terrorism", "cooperation"] },
    ],
    WH_TEXT,
  );
  const pl = makeArticle(
    { id: "pl-gazeta", language: "pl", outlet: "Gazeta Przykładowa", url: "http://gazeta.example/swiat/rozmowa-prezydentow/", title: "Dobra i konstruktywna rozmowa przywódców", publishedAt: "2017-01-29" },
    keep ? PL_TEXT : undefined,
    [
      // c1 and c2 overlap: c1 runs over both sentences, c2 is nested in it and c3 starts inside c1's end.
      { n: 1, speaker: "Sean Spicer", role: "White House press secretary", side: "US", claimKind: "mixed", whole: "Rzecznik Białego Domu Sean Spicer ocenił w komunikacie, że była to „bardzo dobra rozmowa”. – Mówiliśmy także o „strefach bezpieczeństwa” – dodał Spicer.", assertion: "była to „bardzo dobra rozmowa”", cue: "ocenił", topics: ["tone"] },
      { n: 2, speaker: "Sean Spicer", role: "White House press secretary", side: "US", claimKind: "direct", whole: "Mówiliśmy także o „strefach bezpieczeństwa” – dodał Spicer.", assertion: "Mówiliśmy także o „strefach bezpieczeństwa”", cue: "dodał", topics: ["safe-zones", "syria"] },
      { n: 3, speaker: "Kremlin", kind: "institution", side: "RU", claimKind: "mixed", whole: "Spicer.\nKreml poinformował z kolei, że rozmowa była „konstruktywna”.", assertion: "rozmowa była „konstruktywna”", cue: "poinformował", topics: ["tone"] },
      { n: 4, speaker: "Kremlin", kind: "institution", side: "RU", claimKind: "indirect", whole: "Według Kremla przywódcy rozmawiali też obszernie o Korei Północnej.", assertion: "przywódcy rozmawiali też obszernie o Korei Północnej", cue: "Według", topics: ["korean-peninsula"] },
    ],
    PL_TEXT,
  );
  const ro = makeArticle(
    { id: "ro-news", language: "ro", outlet: null, publishedAt: "2017-01-28" },
    keep ? RO_TEXT : undefined,
    [
      { n: 1, speaker: "Kremlin", kind: "institution", side: "RU", claimKind: "direct", whole: "”Discuția s-a purtat într-un ton calm și a urmărit soluții practice”, se arată într-un comunicat al Kremlinului.", assertion: "Discuția s-a purtat într-un ton calm și a urmărit soluții practice", cue: "se arată", topics: ["tone"] },
      { n: 2, speaker: "Kremlin", kind: "institution", side: "RU", claimKind: "indirect", whole: "Kremlinul subliniază că principalul rezultat al convorbirii este acordul asupra unei lupte comune împotriva terorismului.", assertion: "principalul rezultat al convorbirii este acordul asupra unei lupte comune împotriva terorismului", cue: "subliniază", topics: ["terrorism", "cooperation"] },
    ],
    RO_TEXT,
  );
  const vi = makeArticle(
    { id: "vi-daily", language: "vi", outlet: null, publishedAt: "2017-01-29" },
    keep ? VI_TEXT : undefined,
    [
      { n: 1, speaker: "Kremlin", kind: "institution", side: "RU", claimKind: "indirect", whole: VI_TEXT, assertion: "hai tổng thống đã bàn về tình hình Syria, chương trình hạt nhân của Iran và bán đảo Triều Tiên", cue: "Theo", topics: ["syria", "iran-nuclear", "korean-peninsula"] },
    ],
    VI_TEXT,
  );
  const wire = makeArticle(
    { id: "wire-summit", language: "en", outlet: "Example Wire", url: "https://wire.example/summit-timing", title: "Kremlin and White House differ on summit timing", publishedAt: "2025-05-16" },
    keep ? WIRE_TEXT : undefined,
    [
      { n: 1, speaker: "Dmitry Peskov", role: "Kremlin spokesman", side: "RU", claimKind: "indirect", whole: "Kremlin spokesman Dmitry Peskov said a meeting was important but needed careful preparation.", assertion: "a meeting was important but needed careful preparation", cue: "said", topics: ["meeting", "preparation"], date: "2025-05-16" },
      { n: 2, speaker: "Dmitry Peskov", role: "Kremlin spokesman", side: "RU", claimKind: "direct", whole: "\"A summit cannot be improvised,\" Peskov told reporters.", assertion: "A summit cannot be improvised", cue: "told", topics: ["meeting", "preparation"], date: "2025-05-16" },
      { n: 3, speaker: "Dmitry Peskov", role: "Kremlin spokesman", side: "RU", claimKind: "direct", whole: "\"It must be prepared by experts over weeks.\"", assertion: "It must be prepared by experts over weeks.", topics: ["preparation", "experts"], date: "2025-05-16" },
      { n: 4, speaker: "Kremlin", kind: "institution", side: "RU", claimKind: "indirect", whole: "The Kremlin said in a statement that no date had been agreed and that the sides would first exchange proposals.", assertion: "no date had been agreed and that the sides would first exchange proposals", cue: "said", topics: ["meeting", "scheduling", "proposals"], date: "2025-05-16" },
      { n: 5, speaker: "Sergei Lavrov", role: "Foreign Minister", side: "RU", claimKind: "indirect", whole: "Russian Foreign Minister Sergei Lavrov said the meeting would take place in the second half of the year.", assertion: "the meeting would take place in the second half of the year", cue: "said", topics: ["meeting", "scheduling"], date: "2025-05-16" },
      { n: 6, speaker: "Donald Trump", role: "President", side: "US", claimKind: "mixed", whole: "President Trump said he would meet Putin \"as soon as possible\" and that nothing would move until they met.", assertion: "he would meet Putin \"as soon as possible\" and that nothing would move until they met", cue: "said", topics: ["meeting", "urgency"], date: "2025-05-16" },
      { n: 7, speaker: "U.S. officials", kind: "institution", side: "US", claimKind: "indirect", whole: "U.S. officials said the meeting would take place within two weeks.", assertion: "the meeting would take place within two weeks", cue: "said", topics: ["meeting", "scheduling"], date: "2025-05-16" },
    ],
    WIRE_TEXT,
  );
  const hostileId = `hostile"'<x>`;
  const hostile = makeArticle(
    { id: hostileId, language: "en", outlet: HOSTILE_META.outlet, url: HOSTILE_META.url, title: HOSTILE_META.title, publishedAt: HOSTILE_META.publishedAt },
    keep ? HOSTILE_TEXT : undefined,
    [
      { n: 1, speaker: `Officials"><svg onload=alert(1)>`, speakerId: null, side: "XX", claimKind: "mixed", whole: `Officials said the call was "productive" <script>window.__pwned = 1; alert(1)</script> according to a statement.`, assertion: `the call was "productive" <script>window.__pwned = 1; alert(1)</script>`, cue: "said", topics: ["tone", "<script>alert(1)</script>"], date: "2017-01-29" },
      { n: 2, speaker: "<i>Spokesman</i>", speakerId: null, role: `<img src=x onerror="window.__pwned=1">`, side: "XX", claimKind: "direct", whole: `The spokesman added: "We reject <img src=x onerror="window.__pwned=1;alert(1)"> any & all claims", and linked <a href="javascript:window.__pwned=1">the full text</a>`, assertion: `We reject <img src=x onerror="window.__pwned=1;alert(1)"> any & all claims`, cue: "added", topics: ["tone"], date: "2017-01-29" },
      { n: 3, speaker: "Comments", speakerId: null, side: null, claimKind: "indirect", whole: `'"><svg onload=alert(1)><iframe src="https://evil.example/x"></iframe> # not a heading | not a cell *not bold* \`code\``, assertion: `[the transcript](javascript:alert(1))`, topics: ["tone"], date: null },
    ],
    HOSTILE_TEXT,
  );
  const plClaim = (n: number): Claim => pl.claims[n - 1]!;
  const wireClaim = (n: number): Claim => wire.claims[n - 1]!;
  const w = (n: number): string => `wire-summit:c${n}`;

  // Republications: the wire story in 3 outlets by default; with `copies`, every news story in that many.
  const news = [pl, ro, vi, wire];
  const outlets = (a: Article): number => options.copies ?? (a === wire ? 3 : 1);
  const copiesOf = (a: Article): Article[] =>
    Array.from({ length: Math.max(0, outlets(a) - 1) }, (_, k) => ({
      ...a,
      id: `${a.id}~copy${k + 1}`,
      outlet: `${a.outlet ?? "Regional Paper"} reprint ${k + 1}`,
      url: `https://reprint${k + 1}.example/${a.language}/story`,
      publishedAt: a.publishedAt,
      claims: [],
      copyOf: a.id,
    }));
  const copies = new Map(news.map((a) => [a.id, copiesOf(a)]));
  const carried = (id: string): string[] => [id, ...(copies.get(id) ?? []).map((c) => c.id)];

  return {
    articles: [wh, pl, ...copies.get(pl.id)!, ro, ...copies.get(ro.id)!, vi, ...copies.get(vi.id)!, wire, ...copies.get(wire.id)!, hostile],
    events: [
      {
        id: EVENT,
        type: "phone-call",
        date: "2017-01-28",
        participants: ["Donald Trump", "Vladimir Putin"],
        topics: ["tone", "relations", "terrorism", "cooperation", "syria", "safe-zones", "iran-nuclear", "korean-peninsula"],
        articles: ["wh-readout", ...carried("pl-gazeta"), ...carried("ro-news"), ...carried("vi-daily")],
        claims: ["wh-readout:c1", "wh-readout:c2", "pl-gazeta:c1", "pl-gazeta:c2", "pl-gazeta:c3", "pl-gazeta:c4", "ro-news:c1", "ro-news:c2", "vi-daily:c1"],
        accounts: [
          { side: "US", speakers: ["White House", "Sean Spicer"], claims: ["wh-readout:c1", "wh-readout:c2", "pl-gazeta:c1", "pl-gazeta:c2"], topics: ["tone", "relations", "terrorism", "cooperation", "safe-zones", "syria"] },
          { side: "RU", speakers: ["Kremlin"], claims: ["pl-gazeta:c3", "pl-gazeta:c4", "ro-news:c1", "ro-news:c2", "vi-daily:c1"], topics: ["tone", "terrorism", "cooperation", "syria", "iran-nuclear", "korean-peninsula"] },
        ],
        alignments: [
          { claims: ["wh-readout:c2", "ro-news:c2"], relation: "corroboration", score: 0.71, keys: ["terrorism", "cooperation"], diff: null },
        ],
        disagreements: [
          {
            type: "characterization",
            topic: "tone",
            claims: ["pl-gazeta:c1", "pl-gazeta:c3"],
            sides: { US: ["pl-gazeta:c1"], RU: ["pl-gazeta:c3"] },
            explanation: "The White House called it „bardzo dobra rozmowa” (a very good conversation); the Kremlin called it „konstruktywna” (constructive).",
            diff: toParts(plClaim(1).assertion, plClaim(3).assertion),
            confidence: 0.74,
          },
          {
            type: "omission",
            topic: "korean-peninsula",
            claims: ["pl-gazeta:c4", "vi-daily:c1"],
            sides: { RU: ["pl-gazeta:c4", "vi-daily:c1"], US: [] },
            explanation: "The Kremlin's account mentions the Korean peninsula; the White House's account of the same call does not.",
            diff: null,
            confidence: 0.9,
          },
          {
            type: "omission",
            topic: "iran-nuclear",
            claims: ["vi-daily:c1"],
            sides: { RU: ["vi-daily:c1"] },
            explanation: "Only the Kremlin's account mentions Iran's nuclear programme.",
            diff: null,
            confidence: 0.85,
          },
        ],
      },
      {
        id: MEETING,
        type: "meeting",
        date: "2025-05-16",
        participants: ["Donald Trump", "Vladimir Putin"],
        topics: ["meeting", "preparation", "scheduling", "proposals", "experts", "urgency"],
        articles: carried("wire-summit"),
        claims: [1, 2, 3, 4, 5, 6, 7].map(w),
        accounts: [
          { side: "RU", speakers: ["Dmitry Peskov", "Kremlin", "Sergei Lavrov"], claims: [1, 2, 3, 4, 5].map(w), topics: ["meeting", "preparation", "experts", "scheduling", "proposals"] },
          { side: "US", speakers: ["Donald Trump", "U.S. officials"], claims: [6, 7].map(w), topics: ["meeting", "urgency", "scheduling"] },
        ],
        alignments: [
          { claims: [w(5), w(7)], relation: "corroboration", score: 0.62, keys: ["meeting", "scheduling"], diff: toParts(wireClaim(7).assertion, wireClaim(5).assertion) },
        ],
        disagreements: [
          {
            type: "omission",
            topic: "proposals",
            topics: ["proposals", "scheduling"],
            claims: [w(4)],
            sides: { RU: [w(4)], US: [] },
            explanation: "Only the Kremlin says the sides will first exchange proposals.",
            diff: null,
            confidence: 0.6,
          },
          {
            type: "stance",
            topic: "meeting",
            claims: [w(6), w(1), w(2), w(3), w(4)],
            sides: { US: [w(6)], RU: [w(1), w(2), w(3), w(4)] },
            explanation: "Trump (US) presses for a meeting as soon as possible, while the Kremlin (RU) sets careful preparation first.",
            diff: toParts(wireClaim(6).assertion, wireClaim(1).assertion),
            confidence: 0.7,
          },
          {
            type: "omission",
            topic: "preparation",
            claims: [w(1), w(3)],
            sides: { RU: [w(1), w(3)], US: [] },
            explanation: "Only the Russian side speaks of preparing the meeting.",
            diff: null,
            confidence: 0.7,
          },
          {
            type: "factual",
            topic: "scheduling",
            claims: [w(7), w(5)],
            sides: { US: [w(7)], RU: [w(5)] },
            explanation: "US officials expect the meeting within two weeks; Lavrov (RU) in the second half of the year.",
            diff: toParts(wireClaim(7).assertion, wireClaim(5).assertion),
            confidence: 0.8,
          },
          {
            type: "omission",
            topic: "experts",
            claims: [w(3)],
            sides: { RU: [w(3)] },
            explanation: "Only Peskov (RU) says experts must prepare the meeting.",
            diff: null,
            confidence: 0.5,
          },
        ],
      },
      {
        id: HOSTILE_EVENT,
        type: "statement",
        date: "2017-01-29",
        participants: [`<script>window.__pwned=1</script>`],
        topics: ["tone", "<script>alert(1)</script>"],
        articles: [hostileId],
        claims: [`${hostileId}:c1`, `${hostileId}:c2`, `${hostileId}:c3`],
        accounts: [
          { side: "XX", speakers: [`Officials"><svg onload=alert(1)>`, "<i>Spokesman</i>"], claims: [`${hostileId}:c1`, `${hostileId}:c2`], topics: ["tone", "<script>alert(1)</script>"] },
          { side: "none", speakers: ["Comments"], claims: [`${hostileId}:c3`], topics: ["tone"] },
        ],
        alignments: [],
        disagreements: [
          {
            type: "stance",
            topic: "<script>alert(1)</script>",
            claims: [`${hostileId}:c1`, `${hostileId}:c2`],
            sides: { XX: [`${hostileId}:c1`, `${hostileId}:c2`] },
            explanation: `<img src=x onerror="window.__pwned=1"> <a href="javascript:alert(1)">x</a>`,
            // Close wordings (most words shared), so the report shows this diff: its parts are escaped.
            diff: [
              { value: "The statement said that the call was productive and that both sides would speak again soon ", added: false, removed: false },
              { value: "<script>window.__pwned=1</script>", added: true, removed: false },
              { value: `<img src=x onerror="window.__pwned=1">`, added: false, removed: true },
            ],
            confidence: 0.5,
          },
        ],
      },
    ],
    background: [],
    warnings: [
      { code: "language_undetected", message: `<script>window.__pwned=1</script>`, span: null },
      { code: "input_failed", message: "cannot read the file: permission denied <b>x</b>", input: "inbox/<b>locked</b>.txt" },
    ],
  };
}
