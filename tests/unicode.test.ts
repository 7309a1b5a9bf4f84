import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalize, toOriginal } from "../src/pipeline/normalize.js";
import { extractClaims, type ArticleInput, type Claim, type ExtractionResult } from "../src/index.js";
import { teamArticles } from "./helpers/corpus.js";

// The same article written with other code points — decomposed accents, cedilla letters, Windows
// line ends, a byte-order mark, no-break and zero-width spaces, emoji — gives the same claims,
// and every span still indexes the string exactly as it was given.

const articles: ArticleInput[] = teamArticles();

/** Ways to write the same text. Each keeps the words; none changes what a reader reads. */
const variants: Record<string, (t: string) => string> = {
  NFD: (t) => t.normalize("NFD"),
  NFC: (t) => t.normalize("NFD").normalize("NFC"),
  "cedilla ş ţ for comma ș ț": (t) => t.replace(/ș/g, "ş").replace(/ț/g, "ţ").replace(/Ș/g, "Ş").replace(/Ț/g, "Ţ"),
  CRLF: (t) => t.replace(/\r?\n/g, "\r\n"),
  BOM: (t) => `\ufeff${t}`,
  NBSP: (t) => t.replace(/(\p{L}) (\p{L})/gu, "$1\u00a0$2"),
  "narrow NBSP before punctuation": (t) => t.replace(/ ([»”:;?!])/g, "\u202f$1"),
  "zero-width characters": (t) => t.replace(/(\p{L}{4})(\p{L}{3})/gu, "$1\u200b$2").replace(/(\p{L}{3})(\p{L}{5})/gu, "$1\u00ad$2"),
  // (between paragraphs and at their start: an emoji glued to the end of a quotation counts as
  // content that is not quoted, which may turn a direct claim into a mixed one)
  "emoji and astral characters": (t) => `🗞️ ${t.replace(/\n\n/g, "\n\n🇺🇸🇷🇺 𝒜𠀀\n\n🙂 ")}\n👍🏽`,
  // Right-to-left marks that copy-paste from a web page leaves around sentences, quotations and
  // paragraphs: isolates (U+2066–2069), embeddings and overrides (U+202A–202E), the Arabic letter
  // mark (U+061C) — invisible, so a reader reads the same article.
  "bidi isolates around paragraphs and quotations": (t) =>
    t
      .replace(/^(.+)$/gmu, "\u2067$1\u2069")
      .replace(/([„“«"])/gu, "\u2066$1")
      .replace(/([”»"])/gu, "$1\u2069"),
  "bidi embeddings and overrides around sentence ends": (t) => t.replace(/([.!?])( |$)/gmu, "\u202b$1\u202c$2").replace(/(\p{L})(,)/gu, "$1\u202d$2\u202c"),
  "Arabic letter marks and marks of direction between words": (t) => t.replace(/(\p{L}) (\p{L})/gu, "$1\u061c \u200e$2"),
  "everything at once": (t) =>
    `\ufeff${t
      .normalize("NFD")
      .replace(/ș/g, "ş")
      .replace(/\r?\n/g, "\r\n")
      .replace(/(\p{L}) (\p{L})/gu, "$1\u00a0$2")} 😀`,
};

/** What a reader sees: the same words whatever code points wrote them. */
function canonical(s: string): string {
  return s
    .normalize("NFC")
    .replace(/ş/g, "ș")
    .replace(/ţ/g, "ț")
    .replace(/Ş/g, "Ș")
    .replace(/Ţ/g, "Ț")
    .replace(/\p{Cf}/gu, "")
    .replace(/\p{Extended_Pictographic}|\p{Regional_Indicator}|\ufe0f|𝒜|𠀀/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

function view(c: Claim) {
  return {
    speaker: c.speaker.name,
    side: c.speaker.side,
    kind: c.kind,
    date: c.date.iso,
    basis: c.date.basis,
    assertion: canonical(c.assertion),
    cue: c.cue === null ? null : canonical(c.cue),
    mention: c.speaker.mention === null ? null : canonical(c.speaker.mention),
    topics: c.topics,
    quotes: c.quotes.length,
  };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Every span slices the original string to the reported text and cuts no character in two. */
function expectExactSpans(r: ExtractionResult, text: string) {
  expect(r.text).toBe(text);
  const cuts = (p: number) => p > 0 && p < text.length && isHigh(text.charCodeAt(p - 1)) && isLow(text.charCodeAt(p));
  const check = (span: [number, number] | null, value: string | null) => {
    if (!span) return;
    expect(span[0]).toBeGreaterThanOrEqual(0);
    expect(span[1]).toBeLessThanOrEqual(text.length);
    expect(cuts(span[0]) || cuts(span[1])).toBe(false);
    // a span never starts in the middle of a CRLF pair or after a lone BOM it skipped
    expect(text.charAt(span[0]) === "\n" && text.charAt(span[0] - 1) === "\r").toBe(false);
    if (value !== null) expect(text.slice(...span)).toBe(value);
  };
  for (const c of r.claims) {
    check(c.assertionSpan, c.assertion);
    check(c.span, null);
    check(c.cueSpan, c.cue);
    check(c.speaker.mentionSpan, c.speaker.mention);
    check(c.date.span, c.date.text);
    for (const q of c.quotes) check(q, null);
    expect(c.span[0]).toBeLessThanOrEqual(c.assertionSpan[0]);
    expect(c.span[1]).toBeGreaterThanOrEqual(c.assertionSpan[1]);
  }
}

describe("Unicode variants of real articles give the same claims with exact spans", () => {
  for (const a of articles) {
    const base = extractClaims(a);
    describe(`${a.id} (${a.language})`, () => {
      it("has claims to compare", () => expect(base.claims.length).toBeGreaterThan(2));
      for (const [name, f] of Object.entries(variants)) {
        it(name, () => {
          const text = f(a.text!);
          const r = extractClaims({ ...a, text });
          expectExactSpans(r, text);
          expect(r.claims.map(view)).toEqual(base.claims.map(view));
          expect(r.article.textLength).toBe(text.length);
        });
      }
    });
  }
});

describe("normalisation details", () => {
  it("a decomposed speaker name resolves as the composed one, and its mention is the decomposed text", () => {
    const text = "„Negocierile continuă”, a declarat Dmitri Peskov, purtătorul de cuvânt al Kremlinului.".normalize("NFD");
    const r = extractClaims({ text, language: "ro", publishedAt: "2025-05-16" });
    expect(r.claims).toHaveLength(1);
    const c = r.claims[0]!;
    expect(c.speaker.name).toBe("Dmitry Peskov");
    expect(c.speaker.mention).toBe(text.slice(...c.speaker.mentionSpan!));
    expect(c.speaker.mention!.normalize("NFC")).toContain("Dmitri Peskov");
    expect(c.assertion).toBe("„Negocierile continuă”".normalize("NFD"));
  });

  it("a date written with no-break spaces keeps them in its text and span", () => {
    const text = "Putin said on January\u00a028,\u00a02017 that “the talks will go on.”";
    const r = extractClaims({ text, language: "en", publishedAt: "2017-02-01" });
    const d = r.claims[0]!.date;
    expect(d.iso).toBe("2017-01-28");
    expect(d.text).toBe("January\u00a028,\u00a02017");
    expect(text.slice(...d.span!)).toBe(d.text);
  });

  it("a zero-width space inside a cue does not hide it, and the cue keeps it", () => {
    const text = "“The talks will go on,” Putin sa\u200bid.";
    const r = extractClaims({ text, language: "en", publishedAt: "2017-02-01" });
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.cue).toBe("sa\u200bid");
    expect(r.claims[0]!.speaker.name).toBe("Vladimir Putin");
  });

  it("narration with the same code-point tricks stays narration", () => {
    const text = "\ufeffThe\u00a0two leaders met in Geneva on\u00a0Wednesday.\r\nThe talks lasted two hours 🙂.";
    const r = extractClaims({ text, language: "en", publishedAt: "2021-06-17" });
    expect(r.claims).toHaveLength(0);
  });
});

describe("the normaliser, on any text (properties)", () => {
  /** Text made of the pieces that need normalising, and of anything else. */
  const piece = fc.constantFrom(
    "a",
    "Putin",
    " ",
    "\n",
    "\r\n",
    "\r",
    ".",
    ",",
    "“",
    "”",
    "„",
    "«",
    "»",
    "e\u0301",
    "s\u0327",
    "ş",
    "ţ",
    "\u00a0",
    "\u202f",
    "\u2028",
    "\u200b",
    "\u200d",
    "\u00ad",
    "\u2060",
    "\ufeff",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u061c",
    "\u200e",
    "\u200f",
    "\u{e0041}",
    "😀",
    "👍🏽",
    "\ud83d",
    "\ude00",
    "\u0301",
  );
  const text = fc.oneof(
    fc.array(piece, { maxLength: 80 }).map((p) => p.join("")),
    fc.string({ unit: "binary", maxLength: 200 }),
  );
  const FORMAT = [
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u061c",
    "\u200e",
    "\u200f",
    "\u200b",
    "\u2060",
    "\ufeff",
    "\u{e0041}",
  ];

  it("maps every character back into the original, in order, and leaves no format control or CR", () => {
    fc.assert(
      fc.property(text, (t) => {
        const n = normalize(t);
        expect(/\p{Cf}|\r/u.test(n.text)).toBe(false);
        let prev = 0;
        for (let i = 0; i < n.text.length; i++) {
          const [a, b] = toOriginal(n, i, i + 1);
          expect(a).toBeGreaterThanOrEqual(prev);
          expect(b).toBeLessThanOrEqual(t.length);
          expect(a).toBeLessThanOrEqual(b);
          prev = a;
        }
        const all = toOriginal(n, 0, n.text.length);
        expect(all[0]).toBeGreaterThanOrEqual(0);
        expect(all[1]).toBeLessThanOrEqual(t.length);
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it("format controls inserted between characters change nothing a reader reads", () => {
    const plain = fc.array(fc.constantFrom("Putin", "said", " ", ".", ",", "“", "”", "\n", "ș", "é", "Ł", "😀"), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(plain, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FORMAT)), { maxLength: 12 }), (parts, inserts) => {
        const t = parts.join("");
        const cut = [...t];
        for (const [at, f] of inserts) cut.splice(at % (cut.length + 1), 0, f);
        const withControls = cut.join("");
        expect(normalize(withControls).text).toBe(normalize(t).text);
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it("text that needs no change comes back as it is, with identity offsets", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Putin", "said", " ", ".", "“", "”", "\n", "ș"), { maxLength: 40 }), (p) => {
        const t = p.join("");
        const n = normalize(t);
        expect(n.text).toBe(t);
        expect(toOriginal(n, 0, t.length)).toEqual([0, t.length]);
      }),
      { numRuns: 100, seed: 17 },
    );
  });

  it("a sentence end or a cue hidden behind bidi controls is still found", () => {
    const text = "\u2067“The talks will go on\u202b,\u202c” Putin \u2066said\u2069.\u2069 \u2067Peskov said the call was useful\u200f.\u2069";
    const r = extractClaims({ text, language: "en", publishedAt: "2017-02-01" });
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["Vladimir Putin", "Dmitry Peskov"]);
    expectExactSpans(r, text);
  });
});

describe("digits glued to a capital end a word (a time stamp run into a headline by the page's layout)", () => {
  it("splits “15:09Nhà” and “2019Кремль”, keeps “G7”, “5G”, “3M” and “COVID19”", async () => {
    const { tokenize } = await import("../src/text/tokens.js");
    const words = (s: string) => tokenize(s, false).map((t) => t.text);
    expect(words("15:09Nhà Trắng")).toEqual(["15", "09", "Nhà", "Trắng"]);
    expect(words("2019Кремль")).toEqual(["2019", "Кремль"]);
    expect(words("G7 5G 3M COVID19 3rd")).toEqual(["G7", "5G", "3M", "COVID19", "3rd"]);
  });
  it("the speaker of the headline is the known body, not “09Nhà Trắng”", () => {
    const r = extractClaims({ text: "Quốc tế 31/12/2019 15:09Nhà Trắng cho biết hai nhà lãnh đạo đã thảo luận về Syria.", language: "vi" });
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["White House"]);
  });
});
