/**
 * Finding who speaks: the subject written before a reporting verb, or after it, with appositions
 * ("Sean Spicer, rzecznik Białego Domu") and relative clauses resolved.
 */
import type { Token } from "../../text/tokens.js";
import type { Speaker } from "../../schema/claim.js";
import { apposition, isPerson, isRole, resolveMention, type Mention } from "../speakers.js";
import type { Ctx, Cue, SentenceInfo } from "./types.js";

/** Whether a mention stands where a subject stands: at the start of the sentence or of a clause. */
export function subjectLike(m: Mention, s: SentenceInfo, tokens: readonly Token[], text: string): boolean {
  let k = m.from - 1;
  let skipped = 0;
  while (k >= s.t0 && skipped < 2 && tokens[k]!.text.length <= 3 && !tokens[k]!.upper && !/[,;:(–—"”«»]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? m.start))) { k--; skipped++; }
  if (k < s.t0) return true;
  const sep = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
  return /[,;:(–—"”«»]|\s-\s|\.-/u.test(sep);
}

/** Resolves a mention to a speaker; a role written next to it gives the speaker's role. */
export function resolve(ctx: Ctx, m: Mention): Speaker | null {
  const sp = resolveMention(m, ctx.text, ctx.d, ctx.cp, [m.start, m.end]);
  if (sp && m.role) {
    const r = resolveMention(m.role, ctx.text, ctx.d, ctx.cp, [m.role.start, m.role.end]);
    return { ...sp, role: r?.role ?? sp.role };
  }
  return sp;
}

/** A candidate subject before a cue and its neighbours among the candidates. */
interface Pick { m: Mention; prev: Mention | undefined; next: Mention | undefined }

/** Number of items of a list sorted by position whose end is ≤ pos (binary search). */
function countEndingBy(list: readonly Mention[], pos: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * The name runs ending right before the cue (`to ≥ cue.from − 1`): the last subject-like one, or
 * the last one. Names are sorted and disjoint, so the candidates are a contiguous range.
 */
function pickName(ctx: Ctx, s: SentenceInfo, cue: Cue): Pick | null {
  const p = countEndingBy(s.names, cue.start);
  let q = p;
  while (q > 0 && s.names[q - 1]!.to >= cue.from - 1) q--;
  // A run of two capitalised words, or one word not opening the sentence, or one right before the cue ("Zelenskiy said").
  const cands = s.names.slice(q, p).filter((m) => m.to - m.from >= 2 || m.from > s.t0 || m.to === cue.from);
  if (cands.length === 0) return null;
  const like = cands.filter((m) => subjectLike(m, s, ctx.tokens, ctx.text));
  const m = (like.length ? like : cands)[(like.length ? like : cands).length - 1]!;
  const i = cands.indexOf(m);
  return { m, prev: cands[i - 1], next: cands[i + 1] };
}

/** Per sentence, over its mentions: the last candidate / last subject-like candidate before each index, and the next candidate after each. */
interface MentionIndex { cand: Int32Array; like: Int32Array; next: Int32Array }
const MENTION_INDEX = new WeakMap<SentenceInfo, MentionIndex>();

/**
 * The mentions before the cue (anaphors aside): the last subject-like one, or the last one — as a
 * filter over all mentions would find it, but from an index built once per sentence (a filter
 * per cue is quadratic on a sentence full of cues). Mentions are sorted and disjoint.
 */
function pickMention(ctx: Ctx, s: SentenceInfo, cue: Cue): Pick | null {
  let ix = MENTION_INDEX.get(s);
  if (!ix) {
    const n = s.mentions.length;
    ix = { cand: new Int32Array(n + 1), like: new Int32Array(n + 1), next: new Int32Array(n) };
    ix.cand[0] = -1; ix.like[0] = -1;
    for (let j = 0; j < n; j++) {
      const m = s.mentions[j]!;
      const ok = m.ref.type !== "anaphor";
      ix.cand[j + 1] = ok ? j : ix.cand[j]!;
      ix.like[j + 1] = ok && subjectLike(m, s, ctx.tokens, ctx.text) ? j : ix.like[j]!;
    }
    let nx = n;
    for (let j = n - 1; j >= 0; j--) { ix.next[j] = nx; if (s.mentions[j]!.ref.type !== "anaphor") nx = j; }
    MENTION_INDEX.set(s, ix);
  }
  const p = countEndingBy(s.mentions, cue.start);
  const last = ix.cand[p]!;
  if (last < 0) return null;
  const mi = ix.like[p]! >= 0 ? ix.like[p]! : last;
  const pi = ix.cand[mi]!, ni = ix.next[mi]!;
  return { m: s.mentions[mi]!, prev: pi >= 0 ? s.mentions[pi] : undefined, next: ni < p ? s.mentions[ni] : undefined };
}

/** The subject of a reporting verb written before it, with appositions resolved. */
export function subjectBefore(ctx: Ctx, s: SentenceInfo, cue: Cue, names = false): { speaker: Speaker; m: Mention } | null {
  // "…Barack Obama’s Washington, which has strongly criticized…": a relative pronoun right before the
  // verb refers to the name just before it.
  const rel = names ? undefined : s.cues.find((c) => c.kind === "rel" && c.to <= cue.from && cue.from - c.to <= 2 && /,\s*$/u.test(ctx.text.slice(Math.max(s.start, c.start - 3), c.start)));
  if (rel) {
    const m = s.mentions.filter((x) => x.to <= rel.from && x.to >= rel.from - 1 && x.ref.type === "entity").pop();
    const sp = m ? resolve(ctx, m) : null;
    if (m && sp) return { speaker: sp, m };
  }
  const pick = names ? pickName(ctx, s, cue) : pickMention(ctx, s, cue);
  if (!pick) return null;
  let m = pick.m;
  const { prev, next } = pick;
  // "Sean Spicer, rzecznik Białego Domu stwierdził": the person, with the role's label.
  if (isRole(m) && prev && isPerson(prev) && apposition(prev, m, ctx.text)) {
    const role = resolve(ctx, m);
    const p = resolve(ctx, prev);
    if (p) return { speaker: { ...p, role: role?.role ?? p.role, mention: ctx.text.slice(prev.start, m.end), mentionSpan: [prev.start, m.end] }, m: prev };
  }
  // "purtătorul de cuvânt al Kremlinului, Dmitri Peskov, a afirmat" / "Tổng thống Nga Vladimir Putin".
  if (isPerson(m) && prev && isRole(prev) && apposition(prev, m, ctx.text)) {
    const role = resolve(ctx, prev);
    const p = resolve(ctx, m);
    if (p) return { speaker: { ...p, role: role?.role ?? p.role, mention: ctx.text.slice(prev.start, m.end), mentionSpan: [prev.start, m.end] }, m };
  }
  if (isRole(m) && next && isPerson(next) && next.end <= cue.start && apposition(m, next, ctx.text)) m = { ...next, start: m.start, from: m.from, role: m };
  const sp = resolve(ctx, m);
  return sp ? { speaker: sp, m } : null;
}

/** The subject written right after a cue ("a mai precizat Spicer", "powiedział Spicer"). */
export function subjectAfter(ctx: Ctx, s: SentenceInfo, at: number, maxGap = 1): Mention | null {
  const m = s.mentions.find((x) => x.from >= at && x.from <= at + maxGap && x.ref.type !== "pronoun" && x.ref.type !== "anaphor")
    ?? s.names.find((x) => x.from >= at && x.from <= at + maxGap && x.to - x.from >= 2) ?? null;
  if (!m) return null;
  // "le conseiller diplomatique du Kremlin, Iouri Ouchakov": the person the role introduces.
  const next = s.mentions.find((x) => x.from >= m.to && x.from <= m.to + 1);
  if (isRole(m) && next && isPerson(next) && apposition(m, next, ctx.text)) return { ...next, start: m.start, role: m };
  // "a spus Dmitri Peskov, purtătorul de cuvânt al Kremlinului": the role that follows the person.
  if (isPerson(m) && next && isRole(next) && apposition(m, next, ctx.text)) return { ...m, end: next.end, to: next.to, role: next };
  return m;
}
