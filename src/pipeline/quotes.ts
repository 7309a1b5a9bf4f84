import { type Token, tokenizeRange } from "../text/tokens.js";
import { W, type CompiledPack } from "./lexicon.js";

/** A quotation: `[start, end)` including its marks, in the normalised text. */
export interface Quote {
  start: number;
  end: number;
}

/** Longest quotation considered: a mark with no closer within this distance is unclosed. */
export const MAX_QUOTE = 4000;
const WORDCHAR = /[\p{L}\p{N}]/u;

const isWord = (ch: string) => ch !== "" && WORDCHAR.test(ch);

/** The opening marks of a pack as one search (a pack's openers are single characters). */
const openerSearch = new WeakMap<CompiledPack, RegExp | null>();
function openersOf(cp: CompiledPack): RegExp | null {
  let re = openerSearch.get(cp);
  if (re === undefined) {
    const marks = [...cp.openers.keys()].filter((o) => o.length === 1);
    re = marks.length ? new RegExp(`[${marks.map((m) => `\\u${m.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`, "g") : null;
    openerSearch.set(cp, re);
  }
  return re;
}

/**
 * An attribution inside one pair of quotation marks, between spaced dashes after a punctuation mark
 * («Мы готовы, — сказал Песков. — Но …», «Ми готові, — сказав він, — але …»): group 1 runs to the
 * punctuation. A spaced hyphen is a dash too, as wire copy types it ("Мы готовы, - сказал он. - Но …").
 * Without the punctuation (the Polish style: „Jesteśmy gotowi – zapewnił minister. – Ale …”) the
 * attribution must start in lower case and end its sentence, so that a parenthesis set off by dashes
 * („Rosja – jak każde państwo – ma interesy”) stays inside the quotation. Bounded, so linear on any input.
 */
const INTERRUPTED =
  /^(.[^—–]*?[,.!?…])\s+[—–-]\s+[^—–«»„“”"\n]{2,80}?[,.]\s+[—–-]\s+(?=\p{L})|^(.[^—–]*?[^\s,.!?…])\s+[—–-]\s+(?=\p{Ll})[^—–«»„“”"\n]{2,80}?\.\s+[—–-]\s+(?=\p{Lu})|^(.[^—–]*?[^\s—–])\s+—(?=\p{Ll})[^—–«»„“”"\n]{2,80}?[^\s—–]—[,.;:]?\s+(?=\p{L})/u;

/** Commas inside one quotation looked at for an attribution set off by them, and how far after its verb it may end. */
const INCISE_COMMAS = 6;
const INCISE_SPAN = 100;

/**
 * «A, a affirmé le ministre, Jean Dupont, mais B» («A, ha detto il ministro, ma B»): an attribution set off by commas
 * inside one pair of marks — a reporting verb of the pack (a cue of kind `verb`) right after a comma, its subject after
 * it, closed by the first comma before a word in lower case or by a full stop before a capital — splits them into two
 * quotations, with the attribution outside both.
 * Returns where the first ends (after its comma) and where the second starts; null for none. Bounded: a few commas,
 * a short window after each.
 */
function incise(text: string, open: number, close: number, cp: CompiledPack): [number, number] | null {
  let c = open;
  for (let n = 0; n < INCISE_COMMAS; n++) {
    c = text.indexOf(", ", c + 1);
    if (c < 0 || c >= close) return null;
    const tokens = tokenizeRange(text, cp.fold, c + 2, Math.min(close, c + 2 + INCISE_SPAN));
    const m = tokens.length > 1 ? verbAt(tokens, text, cp) : null;
    if (!m) continue;
    // (the verb's subject follows it — a name, a determiner — or is in it, "a-t-il ajouté": a verb with its subject
    // before the comma or left out is part of the quotation, ", mówili również o tym")
    const next = tokens.find((t) => t.start >= m.end);
    if (next && text.slice(m.end, next.start).trim() === "" && !next.upper && !((cp.words.get(next.key) ?? 0) & W.det)) continue;
    const rest = text.slice(m.end, Math.min(close, m.end + INCISE_SPAN));
    // (or by the full stop that ends its sentence, the quotation going on with the next: «A, a affirmé le ministre. B» —
    // not the stop of an abbreviation, "a déclaré M. Dupont")
    const k = /, (?=\p{Ll})|(?<![\s.]\p{Lu}\p{Ll}{0,2})\. (?=\p{Lu})/u.exec(rest);
    return k ? [c + 1, m.end + k.index + 2] : null;
  }
  return null;
}

/**
 * Finds the quotations of `text[from, to)` with the pack's quote pairs. An opening mark must not
 * follow a letter; a closing mark must not precede one ("Kremlin’s" is no closer). Unclosed marks
 * are returned as such and never swallow the rest of the text. Linear: each closing mark kind
 * keeps a cursor that only moves forward.
 */
export function findQuotes(text: string, from: number, to: number, cp: CompiledPack): { quotes: Quote[]; unclosed: number[] } {
  const quotes: Quote[] = [];
  const unclosed: number[] = [];
  const cursor = new Map<string, number>();
  const validCloser = (j: number) => text.charAt(j - 1) !== "\n" && !isWord(text.charAt(j + 1));
  // Searching `text` itself would scan past the paragraph for a closer that never comes: quadratic over many paragraphs.
  const hay = text.slice(0, to);
  const nextCloser = (c: string, after: number): number => {
    let p = cursor.get(c) ?? -1;
    while (p !== Infinity && (p <= after || !validCloser(p))) {
      const q = hay.indexOf(c, Math.max(p + 1, after + 1));
      p = q < 0 || q >= to ? Infinity : q;
    }
    cursor.set(c, p);
    return p;
  };
  const search = openersOf(cp);
  const line = text.slice(from, to);
  for (let i = from; i < to; i++) {
    // (the next opening mark: the loop visits only those)
    if (!search) break;
    search.lastIndex = i - from;
    const hit = search.exec(line);
    if (!hit) break;
    i = from + hit.index;
    const ch = text.charAt(i);
    const closers = cp.openers.get(ch);
    if (!closers) continue;
    const prev = i > from ? text.charAt(i - 1) : "";
    const next = text.charAt(i + 1);
    const symmetric = closers.has(ch);
    if (isWord(prev) || next === "" || next === "\n" || (symmetric && /\s/.test(next))) continue;
    let best = Infinity;
    for (const c of closers) best = Math.min(best, nextCloser(c, i));
    if (best === Infinity || best - i > MAX_QUOTE) {
      unclosed.push(i);
      continue;
    }
    // «A, — сказал Песков. — B»: an attribution set off by spaced dashes inside the marks splits them
    // into two quotations, with the attribution outside both.
    let inner = INTERRUPTED.exec(text.slice(i, best + 1));
    const bare = inner?.[2] ?? inner?.[3];
    if (bare !== undefined && !opensWithVerb(text, i + inner!.index + bare.length, i + inner!.index + inner![0].length, cp)) inner = null;
    const cut = inner ? null : incise(text, i, best, cp);
    if (inner) {
      const cut = i + inner.index + (inner[1] ?? inner[2] ?? inner[3]!).length;
      quotes.push({ start: i, end: cut }, { start: i + inner.index + inner[0].length, end: best + 1 });
    } else if (cut) quotes.push({ start: i, end: cut[0] }, { start: cut[1], end: best + 1 });
    else quotes.push({ start: i, end: best + 1 });
    i = best;
  }
  return { quotes, unclosed };
}

/** Whether `text[a, b)` (an attribution set off by dashes, at most 80 characters) opens with a reporting verb of the pack. */
function opensWithVerb(text: string, a: number, b: number, cp: CompiledPack): boolean {
  return verbAt(tokenizeRange(text, cp.fold, a, b), text, cp) !== null;
}

/** A reporting verb of the pack that opens `tokens` (an attribution inside quotation marks), or null. */
function verbAt(tokens: Token[], text: string, cp: CompiledPack) {
  const m = tokens.length ? cp.cues.matchAt(tokens, 0, text) : null;
  return m?.values.includes("verb") ? m : null;
}
