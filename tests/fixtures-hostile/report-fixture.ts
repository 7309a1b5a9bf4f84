/**
 * A hand-built comparison result for the report tests: one Trump–Putin phone call (28 January
 * 2017) told by the White House and the Kremlin in English, Polish, Romanian and Vietnamese
 * articles, with a characterization disagreement, two omissions and a corroboration; plus a
 * second event built from a hostile article whose every string tries to inject markup.
 * Spans are located in the texts with indexOf, so they are exact UTF-16 offsets.
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

export const WH_TEXT =
  "On Saturday, President Donald J. Trump spoke with President Vladimir Putin of Russia. " +
  "The call was a significant start to improving the relationship between the United States and Russia that is in need of repair. " +
  "Both President Trump and President Putin are hopeful that after today's call the two sides can move quickly to tackle terrorism and other important issues of mutual concern.";

export const PL_TEXT = [
  "W rozmowie telefonicznej przywódcy USA i Rosji poruszyli kwestię walki z terroryzmem, konfliktu w Syrii i sytuacji na Półwyspie Koreańskim.",
  "W swoim oświadczeniu Sean Spicer, rzecznik Białego Domu, stwierdził, że była to „bardzo dobra rozmowa”. – Zawierała dyskusję na temat „stref bezpiecznych” – powiedział Spicer.",
  "Służby prasowe Kremla podają, że rozmowa była „konstruktywna”. Według Kremla szczegółowo omawiano także sprawę Korei Północnej.",
].join("\n");

export const RO_TEXT = [
  "După ce a vorbit 45 de minute cu cancelarul Merkel, președintele american l-a sunat pe Putin 🇺🇸🇷🇺.",
  "”Convorbirea a avut loc într-un ton pozitiv şi orientat spre rezolvarea problemelor”, se arată într-un comunicat al Kremlinului.",
  "Kremlinul menţionează că cel mai important rezultat al discuţiei este afirmarea necesităţii unei lupte comune împotriva terorismului internaţional.",
].join("\n");

export const VI_TEXT =
  "Theo Điện Kremlin, hai nhà lãnh đạo đã thảo luận về cuộc khủng hoảng ở Syria, chương trình hạt nhân của Iran và tình hình trên bán đảo Triều Tiên.";

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

/** The fixture result. `withText: false` drops every article text (assertions-only rendering). */
export function buildComparison(options: { withText?: boolean } = {}): ComparisonResult {
  const keep = options.withText !== false;
  const wh = makeArticle(
    { id: "wh-readout", language: "en", outlet: "The White House", url: "https://www.whitehouse.gov/briefings-statements/readout-call-putin/", title: "Readout of the President's Call with President Putin", publishedAt: "2017-01-28", issuer: "White House" },
    keep ? WH_TEXT : undefined,
    [
      { n: 1, speaker: "White House", kind: "institution", side: "US", claimKind: "statement", whole: "The call was a significant start to improving the relationship between the United States and Russia that is in need of repair.", assertion: "The call was a significant start to improving the relationship between the United States and Russia that is in need of repair.", topics: ["tone", "relations"] },
      { n: 2, speaker: "White House", kind: "institution", side: "US", claimKind: "statement", whole: "Both President Trump and President Putin are hopeful that after today's call the two sides can move quickly to tackle terrorism and other important issues of mutual concern.", assertion: "Both President Trump and President Putin are hopeful that after today's call the two sides can move quickly to tackle terrorism and other important issues of mutual concern.", topics: ["terrorism", "cooperation"] },
    ],
    WH_TEXT,
  );
  const pl = makeArticle(
    { id: "pl-kresy", language: "pl", outlet: "Kresy.pl", url: "http://kresy.pl/wydarzenia/bardzo-dobra-i-konstruktywna-rozmowa-trumpa-z-putinem/", title: "Bardzo dobra i konstruktywna rozmowa Trumpa z Putinem", publishedAt: "2017-05-02" },
    keep ? PL_TEXT : undefined,
    [
      // c1 and c2 overlap: c1 runs over both sentences, c2 is nested in it and c3 starts inside c1's cue.
      { n: 1, speaker: "Sean Spicer", role: "White House press secretary", side: "US", claimKind: "mixed", whole: "W swoim oświadczeniu Sean Spicer, rzecznik Białego Domu, stwierdził, że była to „bardzo dobra rozmowa”. – Zawierała dyskusję na temat „stref bezpiecznych” – powiedział Spicer.", assertion: "była to „bardzo dobra rozmowa”", cue: "stwierdził", topics: ["tone"] },
      { n: 2, speaker: "Sean Spicer", role: "White House press secretary", side: "US", claimKind: "direct", whole: "Zawierała dyskusję na temat „stref bezpiecznych” – powiedział Spicer.", assertion: "Zawierała dyskusję na temat „stref bezpiecznych”", cue: "powiedział", topics: ["safe-zones", "syria"] },
      { n: 3, speaker: "Kremlin", kind: "institution", side: "RU", claimKind: "mixed", whole: "Spicer.\nSłużby prasowe Kremla podają, że rozmowa była „konstruktywna”.", assertion: "rozmowa była „konstruktywna”", cue: "podają", topics: ["tone"] },
      { n: 4, speaker: "Kremlin", kind: "institution", side: "RU", claimKind: "indirect", whole: "Według Kremla szczegółowo omawiano także sprawę Korei Północnej.", assertion: "szczegółowo omawiano także sprawę Korei Północnej", cue: "Według", topics: ["korean-peninsula"] },
    ],
    PL_TEXT,
  );
  const ro = makeArticle(
    { id: "ro-news", language: "ro", outlet: null, publishedAt: "2017-01-28" },
    keep ? RO_TEXT : undefined,
    [
      { n: 1, speaker: "Kremlin", kind: "institution", side: "RU", claimKind: "direct", whole: "”Convorbirea a avut loc într-un ton pozitiv şi orientat spre rezolvarea problemelor”, se arată într-un comunicat al Kremlinului.", assertion: "Convorbirea a avut loc într-un ton pozitiv şi orientat spre rezolvarea problemelor", cue: "se arată", topics: ["tone"] },
      { n: 2, speaker: "Kremlin", kind: "institution", side: "RU", claimKind: "indirect", whole: "Kremlinul menţionează că cel mai important rezultat al discuţiei este afirmarea necesităţii unei lupte comune împotriva terorismului internaţional.", assertion: "cel mai important rezultat al discuţiei este afirmarea necesităţii unei lupte comune împotriva terorismului internaţional", cue: "menţionează", topics: ["terrorism", "cooperation"] },
    ],
    RO_TEXT,
  );
  const vi = makeArticle(
    { id: "vi-daily", language: "vi", outlet: null, publishedAt: "2017-01-29" },
    keep ? VI_TEXT : undefined,
    [
      { n: 1, speaker: "Kremlin", kind: "institution", side: "RU", claimKind: "indirect", whole: VI_TEXT, assertion: "hai nhà lãnh đạo đã thảo luận về cuộc khủng hoảng ở Syria, chương trình hạt nhân của Iran và tình hình trên bán đảo Triều Tiên", cue: "Theo", topics: ["syria", "iran-nuclear", "korean-peninsula"] },
    ],
    VI_TEXT,
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
  return {
    articles: [wh, pl, ro, vi, hostile],
    events: [
      {
        id: "2017-01-28-phone-call-trump-putin",
        type: "phone-call",
        date: "2017-01-28",
        participants: ["Donald Trump", "Vladimir Putin"],
        topics: ["tone", "relations", "terrorism", "cooperation", "syria", "safe-zones", "iran-nuclear", "korean-peninsula"],
        articles: ["wh-readout", "pl-kresy", "ro-news", "vi-daily"],
        claims: ["wh-readout:c1", "wh-readout:c2", "pl-kresy:c1", "pl-kresy:c2", "pl-kresy:c3", "pl-kresy:c4", "ro-news:c1", "ro-news:c2", "vi-daily:c1"],
        accounts: [
          { side: "US", speakers: ["White House", "Sean Spicer"], claims: ["wh-readout:c1", "wh-readout:c2", "pl-kresy:c1", "pl-kresy:c2"], topics: ["tone", "relations", "terrorism", "cooperation", "safe-zones", "syria"] },
          { side: "RU", speakers: ["Kremlin"], claims: ["pl-kresy:c3", "pl-kresy:c4", "ro-news:c1", "ro-news:c2", "vi-daily:c1"], topics: ["tone", "terrorism", "cooperation", "syria", "iran-nuclear", "korean-peninsula"] },
        ],
        alignments: [
          { claims: ["wh-readout:c2", "ro-news:c2"], relation: "corroboration", score: 0.71, keys: ["terrorism", "cooperation"], diff: null },
        ],
        disagreements: [
          {
            type: "characterization",
            topic: "tone",
            claims: ["pl-kresy:c1", "pl-kresy:c3"],
            sides: { US: ["pl-kresy:c1"], RU: ["pl-kresy:c3"] },
            explanation: "The White House called it „bardzo dobra rozmowa” (a very good conversation); the Kremlin called it „konstruktywna” (constructive).",
            diff: toParts(plClaim(1).assertion, plClaim(3).assertion),
            confidence: 0.74,
          },
          {
            type: "omission",
            topic: "korean-peninsula",
            claims: ["pl-kresy:c4", "vi-daily:c1"],
            sides: { RU: ["pl-kresy:c4", "vi-daily:c1"], US: [] },
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
        id: `hostile"<event>`,
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
            diff: [
              { value: "<script>window.__pwned=1</script>", added: true, removed: false },
              { value: `<img src=x onerror="window.__pwned=1">`, added: false, removed: true },
            ],
            confidence: 0.5,
          },
        ],
      },
    ],
    background: [],
    warnings: [{ code: "hostile<warning>", message: `<script>window.__pwned=1</script>`, span: null }],
  };
}
