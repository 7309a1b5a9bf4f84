/**
 * The layout of an article: which paragraphs are body text, boilerplate, credit lines or tweet
 * signatures; wire datelines; dash dialogue; and a publication date stamped in the text.
 */
import type { Token } from "../text/tokens.js";
import { W, type CompiledPack } from "./lexicon.js";
import type { Paragraph } from "./segment.js";
import type { Quote } from "./quotes.js";
import { findDates } from "./dates.js";

/** What a paragraph is: body text, boilerplate to skip, a credit line, a tweet signature, or the end of the body. */
export type ParaKind = "body" | "skip" | "credit" | "signature" | "end";

/** Index of the first token whose start is ≥ pos (binary search). */
export function firstTokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0,
    hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The quotations of a paragraph that lie inside `[start, end)`. Quotations are sorted and
 * disjoint, so a binary search finds them (a filter per sentence is quadratic on a long paragraph).
 */
export function quotesWithin(quotes: readonly Quote[], start: number, end: number): Quote[] {
  let lo = 0,
    hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  while (k < quotes.length && quotes[k]!.end <= end) k++;
  return quotes.slice(lo, k);
}

/** Classifies a paragraph: body text, boilerplate to skip, a credit line, a tweet signature, or the end of the body. */
export function classify(text: string, p: Paragraph, tokens: readonly Token[], t0: number, t1: number, cp: CompiledPack): ParaKind {
  const line = text.slice(p.start, p.end);
  const n = t1 - t0;
  const head = cp.boiler.matchAt(tokens, t0, text);
  if (head?.values.includes("end") && n - (head.to - t0) <= 2) return "end";
  if (/^[—–-]\s*\S/u.test(line) && /\(@\w+\)/u.test(line)) return "signature";
  if (head && (head.values.includes("lineStart") || head.values.includes("caption"))) return "skip";
  const inner = cp.boiler.findAll(tokens, text, t0, t1);
  if (inner.some((m) => m.values.includes("caption"))) return "skip";
  if (n > 0 && n <= 20 && line.length <= 160) {
    const ms = cp.mentions.findAll(tokens, text, t0, t1).filter((m) => m.values.some((v) => v.type === "entity" && v.entity?.kind !== "person"));
    const covered = ms.reduce((k, m) => k + (m.to - m.from), 0);
    if ((/[/|]/.test(line) || head?.values.includes("credit")) && covered >= n * 0.5) return "credit";
  }
  return "body";
}

/**
 * A wire dateline at the start of the first body paragraph: "Moscú/Washington, 1 ene (EFE).-",
 * "WASHINGTON -", "MOSCOW (Reuters) —". Returns its span (up to and including the separator).
 */
export function dateline(text: string, p: Paragraph, first: boolean): [number, number] | null {
  if (!first) return null;
  const head = text.slice(p.start, Math.min(p.end, p.start + 90));
  // (after the place's comma, a full stop may close a day number, "3. März", "3.05.2017", or a short month before one: "Jan. 14", "Sept. 3")
  const m =
    /^(?:[^\n.!?]|(?<=(?:^|,\s?|\d\.)\d{1,2})\.(?=\d|\s\p{Lu}\p{Ll})|(?<=(?:^|,\s?)\p{L}{2,5})\.(?=\s\d)){2,80}?(?:\([^()\n]{2,30}\))?\s*(?:\.-|\s[-–—]\s)/u.exec(
      head,
    );
  if (!m) return null;
  const body = m[0];
  // A dateline is a place in capitals, or holds an agency in brackets or a date; not a sentence.
  if (!/\([^()]+\)|^\p{Lu}{3,}|\d/u.test(body) || body.split(/\s+/).length > 10) return null;
  return [p.start, p.start + body.length];
}

/**
 * The text with every party tag written after a name (pack `grammar.partyTags`: "Sen. Elizabeth
 * Warren (D-Mass.) said", "Rep. Kevin Brady (R-Texas), chairman of …") turned into spaces of the
 * same length: the tag belongs to the name, so the name runs on to what follows it as if the tag
 * were not there, and every offset stays where it was (claims quote the original text).
 */
export function blankPartyTags(text: string, cp: CompiledPack): string {
  const re = cp.partyTag;
  let out = text;
  // (right after a word that opens with a capital: the end of a name — read over a few characters only)
  const afterName = (at: number) => /\p{Lu}[\p{L}.'’-]*[ \t]*$/u.test(text.slice(Math.max(0, at - 24), at));
  if (re && text.includes("(")) {
    re.lastIndex = 0;
    out = out.replace(re, (m, at: number) => (afterName(at) ? " ".repeat(m.length) : m));
  }
  // ", R-Wis., said": the commas go with the tag; a full stop that ends the sentence stays ("said Paul Ryan, R-Wis.").
  const ap = cp.partyTagComma;
  if (ap && out.includes(",")) {
    ap.lastIndex = 0;
    const cuts: [number, number][] = [];
    for (let m = ap.exec(out); m; m = ap.exec(out)) {
      if (!afterName(m.index)) continue;
      let end = m.index + m[0].length;
      const next = out.charAt(end);
      // (not the comma that opens a relative clause or an apposition: "Sen. Rand Paul, R-Ky., who …", "…, D-N.Y., the Democratic leader,")
      const after = /^,\s*(\p{L}+)/u.exec(out.slice(end, end + 40))?.[1];
      const opens = !!after && (cp.relativeOpeners.has(cp.fold(after)) || ((cp.words.get(cp.fold(after)) ?? 0) & W.det) !== 0);
      if (next === "," && !opens) end++;
      else if (m[0].endsWith(".") && (next === "" || /\s/u.test(next))) end--;
      cuts.push([m.index, end]);
    }
    if (cuts.length) {
      let built = "",
        at = 0;
      for (const [x, y] of cuts) {
        built += out.slice(at, x) + " ".repeat(y - x);
        at = y;
      }
      out = built + out.slice(at);
    }
  }
  return out;
}

/** Dialogue opened by a dash: the content runs to the next spaced dash ("– … – powiedział Spicer"). */
export function dashSpeech(text: string, start: number, end: number, cp: CompiledPack): [number, number] | null {
  if (!cp.dashes.has(text.charAt(start))) return null;
  for (let i = start + 1; i < end - 1; i++) if (cp.dashes.has(text.charAt(i)) && /\s/.test(text.charAt(i - 1))) return [start, i];
  return null;
}

/**
 * A publication date stamped near the start or end of the text: a full date on a line of its
 * own or followed by a time ("3.05.2017, 9:15", "28 ianuarie 2017 18:40") — not a date inside a
 * sentence ("Pe 5 martie 2025, Serghei Lavrov a declarat…").
 */
export function publicationDate(text: string, tokens: readonly Token[], cp: CompiledPack, tailTokens: readonly Token[] = tokens): string | null {
  // (`tokens` hold the start of the text and `tailTokens` its end: the same array, or those of the
  // first and last windows of a long article)
  const head = firstTokenAt(tokens, Math.min(text.length, 300));
  const tail = firstTokenAt(tailTokens, Math.max(0, text.length - 300));
  for (const [ts, a, b] of [
    [tokens, 0, head],
    [tailTokens, tail, tailTokens.length],
  ] as const) {
    for (const d of findDates(text, ts, a, b, cp, null)) {
      if (d.basis !== "explicit" || d.iso?.length !== 10) continue;
      if (isStamp(text, d)) return d.iso;
    }
  }
  return null;
}

/** The start of a range of days before a date: a day number, then a dash or a short word ("3 e", "3 and", "3 și", "3–"). */
const RANGE_START = /(?:^|[^\p{L}\p{N}])\d{1,2}\.?\s*(?:[-–]|\p{L}{1,3})\s*$/u;

/**
 * Whether a date ends a range of days ("il 3 e 4 maggio", "on 3-4 May", "3 și 4 mai"): talks or a
 * summit over several days, never the day of a statement or of a one-day encounter.
 */
export function endsRange(text: string, d: { start: number }): boolean {
  return RANGE_START.test(text.slice(Math.max(0, d.start - 12), d.start));
}

/**
 * Whether a date is a time stamp of the page rather than a date in a sentence: alone on its line
 * (or nearly), or followed by a time ("3.05.2017, 9:15", "2 aprilie 21:09").
 */
export function isStamp(text: string, d: { start: number; end: number; text: string }): boolean {
  if (/^[\s,|–—-]*\d{1,2}[:.h]\d{2}/u.test(text.slice(d.end, d.end + 12))) return true;
  // Its line, read no further than a short stamp line can reach (a long line is no stamp; reading
  // it whole for every date would be quadratic).
  const reach = d.text.length + 32;
  const before = text.slice(Math.max(0, d.start - reach), d.start),
    after = text.slice(d.end, d.end + reach);
  const nb = before.lastIndexOf("\n"),
    na = after.indexOf("\n");
  const head = nb >= 0 ? before.slice(nb + 1) : d.start - reach <= 0 ? before : null;
  const tail = na >= 0 ? after.slice(0, na) : d.end + reach >= text.length ? after : null;
  // (or a dateline: the date opens its line, after a place in capitals at most, and an agency in
  // brackets or a dash follows — "May 2, 2017 (EIRNS)—U.S. President …", "BERLIN, 3. Mai 2017 – Die …")
  if (head !== null && DATELINE_HEAD.test(head) && DATELINE_TAIL.test(after)) return true;
  if (head === null || tail === null) return false;
  return (head + d.text + tail).trim().length <= d.text.length + 30;
}

/** What may stand before the date on a dateline's line: nothing, or a place in capitals and a comma. */
const DATELINE_HEAD = /^[ \t]*(?:\p{Lu}[\p{Lu}\p{M} .'’-]{1,30},[ \t]*)?$/u;
/** What follows the date of a dateline: an agency in brackets, then a dash (or the dash alone). */
const DATELINE_TAIL = /^[ \t]*(?:\([^()\n]{2,30}\)[ \t]*)?(?:[-–—]|\.-)/u;
