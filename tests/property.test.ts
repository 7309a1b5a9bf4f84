import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ClaimSchema,
  ComparisonResultSchema,
  CORE_TOPICS,
  ExtractionResultSchema,
  compareClaims,
  extractClaims,
  listLanguages,
  type ArticleInput,
  type Claim,
  type ExtractionResult,
} from "../src/index.js";
import { teamArticles } from "./helpers/corpus.js";
import { ClaimdiffError } from "../src/errors.js";
import { decodeText } from "../src/input/decode.js";
import { limitNesting } from "../src/input/depth.js";
import { blockText, nestingDepth, parseDocument } from "../src/input/dom.js";

// Properties over arbitrary text and over real articles with random edits: extraction never
// throws, its output is valid against the exported schema, and every span indexes the text
// exactly; comparison never throws on valid claims. Seeds are fixed so a failure reproduces.

const LANGS: (string | null)[] = [...listLanguages(), null];

/** The pieces news text is made of, and the pieces that break naive parsers. */
const FRAGMENTS = [
  " ",
  " ",
  " ",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "\t",
  "\u00a0",
  "\u202f",
  "\u200b",
  "\u00ad",
  "\ufeff",
  "\u2028",
  ".",
  ". ",
  ",",
  ", ",
  ":",
  ";",
  "?",
  "!",
  "…",
  "(",
  ")",
  "[",
  "]",
  "-",
  " - ",
  "—",
  " — ",
  "–",
  "/",
  "|",
  "@",
  "#",
  "“",
  "”",
  "„",
  '"',
  "'",
  "’",
  "«",
  "»",
  "‹",
  "›",
  "「",
  "」",
  "said",
  " said ",
  "told reporters",
  "according to",
  "a declarat",
  "a spus",
  "powiedział",
  "cho biết",
  "theo",
  "sagte",
  "a déclaré",
  "dijo",
  "заявил",
  "заявив",
  "Putin",
  "Vladimir Putin",
  "Trump",
  "Biden",
  "Peskov",
  "Dmitri Peskov",
  "the Kremlin",
  "Kremlinul",
  "White House",
  "Biały Dom",
  "Điện Kremlin",
  "Zelensky",
  "Reuters",
  "TASS",
  "the president",
  "he",
  "she",
  "they",
  "the spokesman",
  "purtătorul de cuvânt al Kremlinului",
  "rzecznik",
  "Monday",
  "vineri",
  "yesterday",
  "a month ago",
  "January 28, 2017",
  "28 ianuarie 2017",
  "3.05.2017",
  "2017-01-28",
  "ngày 27-1",
  "12",
  "2017",
  "sanctions",
  "Ukraine",
  "Syria",
  "a very good conversation",
  "constructive",
  "45 minutes",
  "one hour",
  "Question:",
  "Photo:",
  "Read also",
  "— Sean Spicer (@PressSec) January 28, 2017",
  "e\u0301",
  "s\u0327",
  "ş",
  "ș",
  "ţ",
  "ț",
  "ł",
  "đ",
  "😀",
  "🇷🇴",
  "👍🏽",
  "𝒜",
  "\ud83d",
  "\ude00",
  "\u0301",
];

const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join(""));
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 400 }),
  soup,
  fc.tuple(soup, fc.string({ unit: "binary", maxLength: 60 }), soup).map((p) => p.join("")),
);
const meta = fc.record({
  language: fc.constantFrom(...LANGS),
  publishedAt: fc.constantFrom(null, "2017-01-28", "2025-05-16T10:00:00Z"),
  outlet: fc.constantFrom(null, "Agerpres", "Reuters"),
  issuer: fc.constantFrom(null, null, null, "Kremlin", "White House"),
});

/** Checks every invariant of one extraction result against the text it was given. */
function checkResult(r: ExtractionResult, text: string, id: string): void {
  const parsed = ExtractionResultSchema.safeParse(r);
  if (!parsed.success) throw new Error(`schema: ${parsed.error.message}`);
  expect(r.text).toBe(text);
  expect(r.article.id).toBe(id);
  expect(r.article.textLength).toBe(text.length);
  const inside = (s: readonly [number, number], what: string) => {
    if (!(s[0] >= 0 && s[0] <= s[1] && s[1] <= text.length)) throw new Error(`${what} ${JSON.stringify(s)} outside [0, ${text.length}]`);
  };
  const ids = new Set<string>();
  for (const c of r.claims) {
    expect(ids.has(c.id)).toBe(false);
    ids.add(c.id);
    expect(c.articleId).toBe(id);
    inside(c.assertionSpan, "assertionSpan");
    inside(c.span, "span");
    expect(text.slice(...c.assertionSpan)).toBe(c.assertion);
    expect(c.span[0] <= c.assertionSpan[0] && c.assertionSpan[1] <= c.span[1]).toBe(true);
    for (const q of c.quotes) inside(q, "quote");
    if (c.cueSpan) {
      inside(c.cueSpan, "cueSpan");
      expect(text.slice(...c.cueSpan)).toBe(c.cue);
    } else expect(c.cue).toBeNull();
    if (c.speaker.mentionSpan) {
      inside(c.speaker.mentionSpan, "mentionSpan");
      expect(text.slice(...c.speaker.mentionSpan)).toBe(c.speaker.mention);
    }
    if (c.date.span) {
      inside(c.date.span, "date.span");
      expect(text.slice(...c.date.span)).toBe(c.date.text);
    }
  }
  for (const w of r.warnings) if (w.span) inside(w.span, "warning span");
}

function checkComparison(results: readonly ExtractionResult[] | readonly Claim[]): void {
  const cmp = compareClaims(results);
  const parsed = ComparisonResultSchema.safeParse(cmp);
  if (!parsed.success) throw new Error(`comparison schema: ${parsed.error.message}`);
  const known = new Set(cmp.articles.flatMap((a) => a.claims.map((c) => c.id)));
  for (const e of cmp.events) {
    for (const id of e.claims) expect(known.has(id)).toBe(true);
    for (const a of e.alignments) for (const id of a.claims) expect(known.has(id)).toBe(true);
    for (const d of e.disagreements) for (const id of d.claims) expect(known.has(id)).toBe(true);
  }
}

describe("extractClaims on arbitrary text", () => {
  it("never throws, returns schema-valid output with exact spans", () => {
    let withClaims = 0;
    fc.assert(
      fc.property(anyText, meta, (text, m) => {
        const article: ArticleInput = { id: "p", text, ...m };
        const r = extractClaims(article);
        checkResult(r, text, "p");
        if (r.claims.length) withClaims++;
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400), seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : 20261123 },
    );
    expect(withClaims).toBeGreaterThan(20); // the soup does produce claims: spans are really checked
  });

  it("never throws on arbitrary HTML-ish input either", () => {
    const html = fc
      .array(
        fc.constantFrom(
          "<p>",
          "</p>",
          "<div>",
          "<br>",
          "<script>x</script>",
          "<!--",
          "-->",
          "&amp;",
          "&nbsp;",
          "&#x1F600;",
          "<a href='x'>",
          "</a>",
          "<meta property='og:site_name' content='Reuters'>",
          ...FRAGMENTS,
        ),
        { maxLength: 80 },
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(html, (h) => {
        const r = extractClaims({ id: "h", html: h, language: "en" });
        checkResult(r, r.text, "h");
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe("extractClaims on real articles with random edits", () => {
  const articles = teamArticles();
  const edit = fc.oneof(
    fc.record({ op: fc.constant("insert" as const), at: fc.nat(), s: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary", maxLength: 8 })) }),
    fc.record({ op: fc.constant("delete" as const), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), n: fc.integer({ min: 1, max: 300 }) }),
    fc.record({ op: fc.constant("swap" as const), at: fc.nat(), b: fc.nat() }),
  );
  type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;
  const apply = (text: string, edits: Edit[]) => {
    let t = text;
    for (const e of edits) {
      const at = t.length ? e.at % (t.length + 1) : 0;
      if (e.op === "insert") t = t.slice(0, at) + e.s + t.slice(at);
      else if (e.op === "delete") t = t.slice(0, at) + t.slice(at + e.n);
      else if (e.op === "duplicate") t = t.slice(0, at + e.n) + t.slice(at, at + e.n) + t.slice(at + e.n);
      else if (t.length) {
        const b = e.b % t.length;
        const a = Math.min(at, t.length - 1);
        const [x, y] = [Math.min(a, b), Math.max(a, b)];
        t = t.slice(0, x) + t.charAt(y) + t.slice(x + 1, y) + t.charAt(x) + t.slice(y + 1);
      }
    }
    return t;
  };

  it("never throws, stays schema-valid with exact spans, and comparison of the batch never throws", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: articles.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 4 }),
        (picks) => {
          const results = picks.map(([k, edits], i) => {
            const a = articles[k]!;
            const text = apply(a.text!, edits);
            const r = extractClaims({ ...a, id: `${a.id}-${i}`, text });
            checkResult(r, text, `${a.id}-${i}`);
            return r;
          });
          checkComparison(results);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150), seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : 42 },
    );
  });

  it("the unedited articles satisfy the same invariants (the property is not vacuous)", () => {
    const results = articles.map((a) => extractClaims(a));
    results.forEach((r, i) => checkResult(r, articles[i]!.text!, articles[i]!.id!));
    expect(results.reduce((n, r) => n + r.claims.length, 0)).toBeGreaterThan(40);
    checkComparison(results);
  });
});

describe("compareClaims on arbitrary valid claims", () => {
  const span = fc.tuple(fc.nat({ max: 500 }), fc.nat({ max: 200 })).map(([a, n]) => [a, a + n] as [number, number]);
  const speaker = fc.constantFrom(
    { name: "Vladimir Putin", id: "putin", kind: "person", side: "RU", role: null },
    { name: "Dmitry Peskov", id: "peskov", kind: "person", side: "RU", role: "Kremlin spokesman" },
    { name: "Kremlin", id: "kremlin", kind: "institution", side: "RU", role: null },
    { name: "Donald Trump", id: "trump", kind: "person", side: "US", role: null },
    { name: "White House", id: "white-house", kind: "institution", side: "US", role: null },
    { name: "Reuters", id: "reuters", kind: "media", side: null, role: null },
    { name: "Jane Moriarty", id: null, kind: "unknown", side: null, role: null },
    { name: "", id: null, kind: "group", side: "UA", role: null },
  );
  const date = fc.oneof(
    fc.record({
      iso: fc.constantFrom("2017-01-28", "2017-01-29", "2017-02-10", "2021-12-07", "2017-01", "2017"),
      basis: fc.constantFrom("explicit", "relative", "context", "published"),
      text: fc.constantFrom(null, "Monday"),
      span: fc.option(span, { nil: null }),
    }),
    fc.constant({ iso: null, basis: null, text: null, span: null }),
  );
  const words = fc
    .array(
      fc.constantFrom(
        "very good",
        "constructive",
        "conversation",
        "45 minutes",
        "one hour",
        "not",
        "denied",
        "as soon as possible",
        "sanctions",
        "Syria",
        "Ukraine",
        "terrorism",
        "3",
        "100",
        "2017",
        "summit",
        "meeting",
        "—",
        "„",
        "”",
        ",",
        "😀",
        "",
      ),
      { maxLength: 25 },
    )
    .map((w) => w.join(" "));
  const claim = fc.record({
    language: fc.constantFrom("en", "ro", "pl", "vi", "ru", "xx"),
    speaker,
    mention: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
    date,
    kind: fc.constantFrom("direct", "indirect", "mixed", "statement"),
    assertion: fc.oneof(words, fc.string({ unit: "binary", maxLength: 80 })),
    topics: fc.uniqueArray(fc.oneof(fc.constantFrom(...CORE_TOPICS), fc.string({ maxLength: 8 })), { maxLength: 5 }),
    background: fc.boolean(),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    article: fc.nat({ max: 3 }),
    outlet: fc.constantFrom(null, "Agerpres", "TASS", "CNN"),
  });

  it("never throws and references only the claims it was given", () => {
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 30 }), (drafts) => {
        const claims: Claim[] = drafts.map((d, i) =>
          ClaimSchema.parse({
            id: `a${d.article}:c${i + 1}`,
            articleId: `a${d.article}`,
            language: d.language,
            outlet: d.outlet,
            via: [],
            speaker: { ...d.speaker, mention: d.mention, mentionSpan: null },
            date: d.date,
            kind: d.kind,
            assertion: d.assertion,
            assertionSpan: [0, d.assertion.length],
            quotes: [],
            cue: null,
            cueSpan: null,
            span: [0, d.assertion.length],
            topics: d.topics,
            background: d.background,
            confidence: d.confidence,
          }),
        );
        checkComparison(claims);
      }),
      { numRuns: 300, seed: 99 },
    );
  });
});

describe("decoding files", () => {
  /** Text as a file may hold it: any Unicode, but no control characters other than whitespace. */
  const fileText = fc
    .string({ unit: "grapheme", maxLength: 300 })
    .map((t) => t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/^\uFEFF+/, ""));
  const utf16 = (t: string, be: boolean) => {
    const b = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]);
    if (be) b.swap16();
    return b;
  };

  it("UTF-8 (with or without BOM), UTF-16 LE and BE give back the text", () => {
    fc.assert(
      fc.property(fileText, (t) => {
        expect(decodeText(Buffer.from(t, "utf8")).text).toBe(t);
        expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, "utf8")])).text).toBe(t);
        expect(decodeText(utf16(t, false))).toMatchObject({ text: t, encoding: "utf-16le" });
        expect(decodeText(utf16(t, true))).toMatchObject({ text: t, encoding: "utf-16be" });
      }),
      { numRuns: 300, seed: 1203 },
    );
  });

  it("any bytes: text, or a not_text error — never another error", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, html) => {
        try {
          const d = decodeText(bytes, { html });
          expect(typeof d.text).toBe("string");
        } catch (e) {
          expect(e).toBeInstanceOf(ClaimdiffError);
          expect((e as ClaimdiffError).code).toBe("not_text");
        }
      }),
      { numRuns: 500, seed: 77 },
    );
  });
});

describe("bounding HTML nesting", () => {
  const tags = [
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<span>",
    "</span>",
    "<li>",
    "<ul>",
    "</ul>",
    "<b>",
    "</b>",
    "<br>",
    "<img src=x>",
    "<table>",
    "<tr>",
    "<td>",
    "</table>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<a title='>'>",
    "</a>",
    "<svg>",
    "</svg>",
    "text",
    " word ",
    "<",
    ">",
    '"',
    "'",
    "=",
    "/",
  ];
  const soup = fc.array(fc.constantFrom(...tags), { maxLength: 400 }).map((p) => p.join(""));
  const words = (t: string) => (t.match(/word|text/g) ?? []).length;

  it("never deeper than the limit after parsing; a page within the limit is left as it is", () => {
    fc.assert(
      fc.property(soup, fc.integer({ min: 2, max: 40 }), (html, limit) => {
        const { html: out, dropped } = limitNesting(html, limit);
        if (dropped === 0) expect(out).toBe(html);
        const body = parseDocument(out).body!;
        expect(nestingDepth(body)).toBeLessThanOrEqual(limit + 3); // html/body wrappers and a raw-text element
      }),
      { numRuns: 400, seed: 31 },
    );
  });

  it("keeps every word of the text when it drops tags", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.constantFrom("div", "span", "p", "li", "section"), (n, tag) => {
        const html = `${`<${tag}> word`.repeat(n)}${`</${tag}>`.repeat(n)}`;
        const kept = blockText(parseDocument(limitNesting(html, 16).html).body!);
        expect(words(kept)).toBe(n);
      }),
      { numRuns: 100, seed: 5 },
    );
  });
});
