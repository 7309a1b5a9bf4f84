import type { Token } from "../../text/tokens.js";
import type { Match } from "../../text/matcher.js";
import type { CompiledPack, CueKind } from "../lexicon.js";

/** Most words between a verb of `reporting.supportVerbs` and its noun: "raised | serious | concerns", "sollevato | con il presidente cinese | le preoccupazioni". */
const SUPPORT_REACH = 5;

/**
 * The cues a verb makes with its noun of concern a few words later in its clause (pack
 * `reporting.supportVerbs`): "raised serious concerns with Xi about …" is a cue from "raised" to
 * "concerns", and what follows is the content. Words between may be anything but punctuation; a
 * verb that is a cue of its own ("äußerte", "a soulevé") is extended to its noun, and a verb with no noun
 * in reach ("raised taxes") is no new cue. `found` are the sentence's other cues, in order.
 */
export function withSupportNouns(found: Match<CueKind>[], tokens: readonly Token[], text: string, a: number, b: number, cp: CompiledPack): Match<CueKind>[] {
  const verbs = cp.supportVerbs.findAll(tokens, text, a, b);
  if (verbs.length === 0) return found;
  // (a cue that is the verb alone gives way — "äußerte", "raised" (which needs content of its own) —: with its noun it reports what the noun is about)
  const taken = new Uint8Array(b - a);
  const alone = new Uint8Array(b - a);
  for (const v of verbs) alone[v.from - a] = v.to - v.from;
  const gives = (f: Match<CueKind>) => alone[f.from - a] === f.to - f.from;
  // (a statement noun between the verb and its noun is where the verb was said, no cue of its own: "поднял в разговоре
  // с коллегой вопрос о …", "raised in an interview with CNN concerns about …" — it is passed over, and taken into the cue)
  const vehicle = (f: Match<CueKind>) => f.values[0] === "noun";
  const setting = new Uint8Array(b - a);
  for (const f of found) if (!gives(f)) for (let k = f.from; k < f.to; k++) (vehicle(f) ? setting : taken)[k - a] = 1;
  const extra: Match<CueKind>[] = [];
  for (const v of verbs) {
    // (a verb that opens the sentence has no subject: "Raising concerns is part of the job.")
    if (taken[v.from - a] || v.from === a) continue;
    for (let j = v.to; j < b && j <= v.to + SUPPORT_REACH; j++) {
      // (punctuation ends the clause; another cue is another verb)
      if (!/^\s+$/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) || taken[j - a]) break;
      // (the noun of concern comes after the statement noun, never inside it)
      if (setting[j - a]) continue;
      const n = cp.supportNouns.matchAt(tokens, j, text);
      // (and words after the noun, in its clause: "The ruling raised questions." has no content)
      if (!n || n.to >= b || !/^\s+$/u.test(text.slice(n.end, tokens[n.to]!.start))) continue;
      extra.push({ from: v.from, to: n.to, start: v.start, end: n.end, values: ["verb"] });
      for (let k = v.from; k < n.to; k++) taken[k - a] = 1;
      break;
    }
  }
  if (extra.length === 0) return found;
  let e = 0;
  const kept: Match<CueKind>[] = [];
  for (const f of found) {
    while (e < extra.length && extra[e]!.to <= f.from) e++;
    const x = extra[e];
    if (!(x && ((gives(f) && x.from === f.from) || (vehicle(f) && x.from < f.from && f.to <= x.to)))) kept.push(f);
  }
  return [...kept, ...extra].sort((x, y) => x.from - y.from);
}

/**
 * Whether the cue `[from, to)` is a verb with its noun of concern (see {@link withSupportNouns}):
 * what follows the noun is its content even when it opens with a preposition ("raised concerns
 * with Xi about …", "поднял вопрос о …").
 */
export function isSupportCue(cp: CompiledPack, tokens: readonly Token[], text: string, from: number, to: number): boolean {
  const v = cp.supportVerbs.matchAt(tokens, from, text);
  if (!v || v.to >= to) return false;
  for (let k = v.to; k < to; k++) if (cp.supportNouns.matchAt(tokens, k, text)?.to === to) return true;
  return false;
}
