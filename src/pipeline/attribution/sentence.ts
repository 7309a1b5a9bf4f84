import type { Token } from "../../text/tokens.js";
import type { SentenceInfo } from "./types.js";

/** The first token at or after `k` that is not part of a date ("dijo el viernes el presidente"). */
export function skipDates(s: SentenceInfo, k: number, tokens: readonly Token[]): number {
  const inDate = (i: number) => i < s.t1 && s.dates.some((d) => d.start <= tokens[i]!.start && tokens[i]!.end <= d.end);
  for (;;) {
    if (inDate(k)) {
      k++;
      continue;
    }
    // "w czwartek", "on Friday", "este miércoles": a short word that opens the date
    if (k + 1 < s.t1 && tokens[k]!.text.length <= 4 && !tokens[k]!.upper && inDate(k + 1)) {
      k += 2;
      continue;
    }
    // "a indiqué mardi soir le syndicat", "сообщил вечером в понедельник профсоюз": a part of the day (pack
    // `grammar.dayParts`) right after a date, or right before one (over a short word that opens it)
    const part = s.cues.find((c) => c.kind === "dayPart" && c.from === k);
    if (part && (inDate(k - 1) || inDate(part.to) || (part.to + 1 < s.t1 && tokens[part.to]!.text.length <= 4 && inDate(part.to + 1)))) {
      k = part.to;
      continue;
    }
    // "napisał na platformie X premier Donald Tusk": a statement noun between cue and speaker
    // ("ha affermato poco dopo il sindaco": an adverbial of several words, pack `grammar.adverbPhrases`)
    const adverbial = s.cues.find((c) => c.kind === "adverbial" && c.from === k);
    if (adverbial) {
      k = adverbial.to;
      continue;
    }
    const noun = s.cues.find((c) => c.kind === "noun" && c.from === k);
    if (noun) {
      k = noun.to;
      // (and the medium it names: "powiedział w rozmowie z PAP wiceminister …", "said in an interview with CNN")
      const medium = s.mentions.find((m) => m.from === k && m.ref.type === "entity" && m.ref.entity?.kind === "media");
      if (medium) k = medium.to;
      // (or whoever it names, when the phrase closes with its preposition: "отметила в беседе с ТАСС глава
      // Совфеда …", "podkreślił w rozmowie z Polsat News szef MON …" — the addressee, then the speaker)
      else if (noun.toWhom && k < s.t1) {
        const who = s.mentions.find((m) => m.from === k) ?? s.names.find((m) => m.from === k);
        if (who && who.to < s.t1) k = who.to;
      }
      continue;
    }
    return k;
  }
}

/** Tokens left in the sentence after `k`, not counting date words. */
export function rest(s: SentenceInfo, k: number, tokens: readonly Token[]): number {
  const left = restCounts(s, tokens);
  return k >= s.t1 ? 0 : left[Math.max(0, k - s.t0)]!;
}

/**
 * For each token of the sentence, how many tokens from it to the end are not part of a date;
 * computed once per sentence (counting per call is quadratic on a sentence full of cues).
 */
function restCounts(s: SentenceInfo, tokens: readonly Token[]): Int32Array {
  let left = s.memo.rest;
  if (left) return left;
  const n = Math.max(0, s.t1 - s.t0);
  const dated = new Uint8Array(n);
  for (const d of s.dates) {
    for (let i = Math.max(s.t0, firstTokenFrom(tokens, d.start, s.t0, s.t1)); i < s.t1 && tokens[i]!.end <= d.end; i++) dated[i - s.t0] = 1;
  }
  left = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) left[i] = left[i + 1]! + (dated[i] ? 0 : 1);
  s.memo.rest = left;
  return left;
}

/** Index of the first token among `[lo, hi)` whose start is ≥ pos (binary search). */
export function firstTokenFrom(tokens: readonly Token[], pos: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether token i is a word of a date of the sentence, or a short word in lower case that opens one ("el martes",
 * "la semana pasada", "ayer"): a time set between a relative pronoun and its verb.
 */
export function dateWordAt(s: SentenceInfo, tokens: readonly Token[], i: number): boolean {
  const inDate = (x: number) => x < s.t1 && s.dates.some((d) => d.start <= tokens[x]!.start && tokens[x]!.end <= d.end);
  return inDate(i) || (tokens[i]!.text.length <= 4 && !tokens[i]!.upper && inDate(i + 1));
}
