import type { ClaimKind, Speaker } from "../../schema/claim.js";
import type { Quote } from "../quotes.js";
import type { Ctx, Cue, Draft, SentenceInfo } from "./types.js";
import { W } from "../lexicon.js";

const SEP_BEFORE = /[,”"»«“’›‹–—:)]\s*$/u;
/**
 * Whether `text[from, to)` ends with a separator (a comma, a closing quotation mark, a dash or a
 * hyphen set off by spaces, a colon) — only its last non-space character is read (a scan per cue is quadratic on a sentence
 * full of cues).
 */
export function sepBefore(text: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && /\s/.test(text.charAt(k - 1))) k--;
  if (k <= from) return false;
  // (a hyphen set off by spaces is a dash in typed text: "«…», - говорится в сообщении")
  if (text.charAt(k - 1) === "-") return k - 1 > from && /\s/u.test(text.charAt(k - 2));
  return SEP_BEFORE.test(text.slice(k - 1, to));
}
const LEAD_MARKS = "–—:,-•'’";
const TRAIL_MARKS = ",;:–—-";
const SPACE = /\s/u;

/**
 * Trims spaces, dashes and commas at both ends of `[s, e)`: a scan from each end, so a long run of
 * spaces inside the region is not read again from every position (as `/[…]+$/` would).
 */
export function trimRegion(text: string, s: number, e: number): [number, number] {
  let a = s;
  while (a < e && (LEAD_MARKS.includes(text.charAt(a)) || SPACE.test(text.charAt(a)))) a++;
  let b = e;
  while (b > a && (TRAIL_MARKS.includes(text.charAt(b - 1)) || SPACE.test(text.charAt(b - 1)))) b--;
  return [a, b];
}

/** direct when the content is one quotation, mixed when it holds quoted fragments, else indirect. */
export function kindOf(text: string, region: [number, number], quotes: readonly Quote[], dashSpeech: boolean): ClaimKind {
  if (dashSpeech) return "direct";
  const inside = quotes.filter((q) => q.start >= region[0] - 1 && q.end <= region[1] + 1);
  if (inside.length === 0) return "indirect";
  // Direct when nothing but punctuation stands outside the quotations (a quotation split by its
  // attribution is direct too); a word outside them makes it mixed ("nannte … die „…“").
  let outside = "",
    at = region[0];
  for (const q of inside) {
    outside += text.slice(at, Math.max(at, q.start));
    at = Math.max(at, q.end);
  }
  outside += text.slice(at, region[1]);
  return /[\p{L}\p{N}]/u.test(outside) ? "mixed" : "direct";
}

/**
 * A draft for sentence `s`: the content `assertion` (trimmed), the speaker and cue, and the
 * attribution regions; the span covers all of them. Null when the content is empty.
 */
export function makeDraft(
  ctx: Ctx,
  s: SentenceInfo,
  speaker: Speaker,
  assertion: [number, number],
  cue: Cue | null,
  attribution: [number, number][],
  confidence: number,
): Draft | null {
  const { text } = ctx;
  const a = trimRegion(text, assertion[0], assertion[1]);
  if (a[1] - a[0] < 2) return null;
  // One word right after the verb, that no quotation marks, is a manner, not content ("Beijing responded sharply.").
  if (
    cue?.kind === "verb" &&
    /^\s*$/u.test(text.slice(cue.end, a[0])) &&
    wordsIn(text, a) < 2 &&
    !s.quotes.some((q) => q.start >= a[0] - 1 && q.end <= a[1] + 1)
  )
    return null;
  // Nor is an adverbial of the pack alone (pack `grammar.adverbPhrases`): "The company announced as expected.",
  // "The ministry reported as usual."
  if (cue?.kind === "verb" && s.cues.some((c) => c.kind === "adverbial" && c.start === a[0] && /^[\s.!?…]*$/u.test(text.slice(c.end, a[1])))) return null;
  const dash = ctx.cp.dashes.has(text.charAt(s.start));
  const spanStart = Math.min(a[0], ...attribution.map((r) => r[0]));
  const spanEnd = Math.max(a[1], ...attribution.map((r) => r[1]));
  return {
    speaker: withoutElidedArticle(ctx, speaker),
    kind: kindOf(text, a, s.quotes, dash && attribution.some((r) => r[0] > a[0])),
    assertion: a,
    cue,
    span: trimRegion(text, spanStart, spanEnd),
    attribution,
    confidence,
  };
}

/** An article cut short before an apostrophe, then a capital ("l'Istat", "l’OCDE"). */
const ELIDED = /^(\p{L}{1,3})['’](?=\p{Lu})/u;
/**
 * A name no lexicon knows that opens with an elided article of the pack (a determiner: Italian and French "l'")
 * is the name without it: "Secondo l'Istat" → "Istat" (the mention keeps what was written).
 */
function withoutElidedArticle(ctx: Ctx, sp: Speaker): Speaker {
  if (sp.id !== null) return sp;
  const m = ELIDED.exec(sp.name);
  if (!m || !((ctx.cp.words.get(ctx.cp.fold(m[1]!)) ?? 0) & W.det)) return sp;
  return { ...sp, name: sp.name.slice(m[0].length) };
}

/** The speaker with no mention of its own: the source of a passage goes on. */
export const implicit = (sp: Speaker): Speaker => ({ ...sp, mention: null, mentionSpan: null });

/** Number of words (runs of letters or digits) in `text[region)`. */
export function wordsIn(text: string, region: readonly [number, number]): number {
  return text.slice(region[0], region[1]).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
