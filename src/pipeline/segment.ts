import type { CompiledPack } from "./lexicon.js";
import { findQuotes, type Quote } from "./quotes.js";

export interface Paragraph {
  start: number;
  end: number;
  quotes: Quote[];
}
export interface Sentence {
  start: number;
  end: number;
  para: number;
}

/** Quotations longer than this do not hold sentences together (a runaway pair). */
const MAX_JOINING_QUOTE = 1500;
/** Sentence-final marks, searched for (the loop visits only them, not every character). */
const TERMINAL = /[.!?…]/g;
const CLOSING = /[”"’»«“)\]\u201d\u2019]/;
/** One UTF-16 unit of leading space or pictograph (emoji, their joiners, variation selectors and surrogate halves of symbols). */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the surrogate ranges match lone surrogates of broken emoji, on purpose
const LEADING_SKIP = /[\s\p{So}\p{Sk}\u200d\ufe0e\ufe0f\u{1F3FB}-\u{1F3FF}\uD83C-\uD83E\uDC00-\uDFFF]/u;

/**
 * Splits text into paragraphs (lines with text), finding each paragraph's quotations. With
 * `[from, to)` (a window of a long article, cut at a line break) only the paragraphs of that part.
 */
export function paragraphs(text: string, cp: CompiledPack, from = 0, to = text.length): { paras: Paragraph[]; unclosed: number[] } {
  const paras: Paragraph[] = [];
  const unclosed: number[] = [];
  let s = from;
  while (s <= to) {
    let e = text.indexOf("\n", s);
    if (e < 0 || e > to) e = to;
    let a = s,
      b = e;
    // Leading spaces and pictographs ("🗞️ ", "🙂 —…") are no part of a paragraph's text: its
    // dash dialogue, dateline or quotation opens after them.
    while (a < b && LEADING_SKIP.test(text.charAt(a))) a++;
    while (b > a && /\s/.test(text.charAt(b - 1))) b--;
    if (b > a) {
      const q = findQuotes(text, a, b, cp);
      paras.push({ start: a, end: b, quotes: q.quotes });
      for (const u of q.unclosed) unclosed.push(u); // no spread: a hostile line may hold 10⁶ marks
    }
    s = e + 1;
  }
  return { paras, unclosed };
}

/**
 * Splits a paragraph into sentences: after . ! ? … (and any closing marks) followed by space and
 * an upper-case letter, a digit, a quotation mark or a dash — unless the word before the period
 * is an abbreviation of the pack or an initial, or the period is inside a quotation (a quotation
 * that runs over several sentences stays one unit).
 */
export function sentences(text: string, para: Paragraph, index: number, cp: CompiledPack): Sentence[] {
  const out: Sentence[] = [];
  const joining = para.quotes.filter((q) => q.end - q.start <= MAX_JOINING_QUOTE);
  let qi = 0;
  let start = para.start;
  // (searched in the paragraph: a search in the whole text would run past it)
  const line = text.slice(para.start, para.end);
  for (let i = para.start; i < para.end; i++) {
    TERMINAL.lastIndex = i - para.start;
    const hit = TERMINAL.exec(line);
    if (!hit) break;
    i = para.start + hit.index;
    const ch = text.charAt(i);
    let j = i + 1;
    while (j < para.end && CLOSING.test(text.charAt(j))) j++;
    // Sentences glued by a lost space ("…, potrivit Reuters.Administratia a afirmat…"): a period
    // after a lower-case word of three letters or more, before a capitalised word — never a domain
    // ("News.ro"), an initial or an abbreviation ("St.Petersburg", "U.S.").
    if (ch === "." && j === i + 1 && /^\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2)) && /\p{Ll}{3}[”"’»]?$/u.test(text.slice(Math.max(para.start, i - 4), i))) {
      const q = joining.find((x) => x.start < i && j < x.end);
      if (!q) {
        out.push({ start, end: j, para: index });
        start = j;
        continue;
      }
    }
    if (j >= para.end || !/\s/.test(text.charAt(j))) continue;
    let k = j;
    while (k < para.end && /\s/.test(text.charAt(k))) k++;
    const nx = text.charAt(k);
    if (!(/[\p{Lu}\p{N}]/u.test(nx) || cp.openers.has(nx) || cp.dashes.has(nx) || nx === "*")) continue;
    while (qi < joining.length && joining[qi]!.end <= i) qi++;
    const q = joining[qi];
    if (q && q.start < i && j < q.end) continue;
    if (ch === ".") {
      let w = i;
      while (w > para.start && i - w < 24 && !/\s/.test(text.charAt(w - 1))) w--;
      const word = text
        .slice(w, i + 1)
        .toLowerCase()
        .replace(/^[(„"“«]+/, "");
      if (cp.abbreviations.has(word)) continue;
      if (/^\p{Lu}\.$/u.test(text.slice(w, i + 1))) continue; // an initial: "Joseph R. Biden"
    }
    out.push({ start, end: j, para: index });
    start = k;
    i = k - 1;
  }
  if (start < para.end) out.push({ start, end: para.end, para: index });
  return out.some((x) => x.end - x.start > MAX_SENTENCE) ? out.flatMap((x) => capLength(text, x)) : out;
}

/**
 * Longest sentence the attribution rules read. Real sentences stay far below it (the longest in
 * the fixtures is under 500 characters, a joined quotation at most 1,500); a longer run — hostile
 * input, a list with no punctuation — is cut at spaces so that the work per sentence stays bounded
 * and extraction stays linear in the length of the text.
 */
export const MAX_SENTENCE = 2000;

/** Cuts a sentence longer than {@link MAX_SENTENCE} at the last space before each limit (or at the limit). */
function capLength(text: string, s: Sentence): Sentence[] {
  if (s.end - s.start <= MAX_SENTENCE) return [s];
  const out: Sentence[] = [];
  let a = s.start;
  while (s.end - a > MAX_SENTENCE) {
    let b = a + MAX_SENTENCE;
    let k = b;
    while (k > a + MAX_SENTENCE / 2 && !/\s/.test(text.charAt(k))) k--;
    if (/\s/.test(text.charAt(k))) b = k;
    else if (/[\ud800-\udbff]/.test(text.charAt(b - 1))) b--; // never split a surrogate pair
    out.push({ start: a, end: b, para: s.para });
    a = b;
    while (a < s.end && /\s/.test(text.charAt(a))) a++;
  }
  if (a < s.end) out.push({ start: a, end: s.end, para: s.para });
  return out;
}
