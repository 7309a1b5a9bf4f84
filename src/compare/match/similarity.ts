import { vectorCosine } from "../vectors.js";
import { QUANTITY_PREFIX, type ClaimRep, type Key } from "../represent/index.js";
import type { EventWeights } from "./weights.js";
import { coreOf } from "./core.js";
import { COGNATE_PREFIX } from "../represent/cognates.js";

/** The evidence that two claims speak of the same thing. */
export interface PairEvidence {
  /** Weighted overlap of the keys both can carry (cosine of the weighted key sets), 0–1. */
  score: number;
  /** Shared weight over the weight of the claim with less to say: 1 when one claim's keys are all the other's. */
  containment: number;
  shared: Key[];
  /**
   * The shared keys include one that tells this pair apart within the event: a subject, place,
   * state, name or amount few claims carry, or two such word stems.
   */
  discriminative: boolean;
  /** Cosine similarity of the caller's embeddings, when given. */
  embedding: number | null;
  /** Independent pieces of evidence the two share (see {@link coreOf}): about two make a discriminative core. */
  core: number;
  /** Two claims of one side evaluating the encounter alike: they speak of its tone, whatever else they share. */
  tone: boolean;
}

/** Rarity from which shared word stems tell a pair apart. */
const STEM_RARITY = 0.45;
/** Shared word stems (one language) that together tell a pair apart. */
const TELLING_STEMS = 2;
interface Prepared {
  /** The weight of each key, in the order of `keys`. */
  weights: Float64Array;
  /** The weight of the keys other than word stems. */
  base: number;
}
const preparedCache = new WeakMap<EventWeights, WeakMap<ClaimRep, Prepared>>();
/** A claim's key weights within one event, computed once. */
function prepared(r: ClaimRep, w: EventWeights): Prepared {
  let cache = preparedCache.get(w);
  if (!cache) preparedCache.set(w, (cache = new WeakMap()));
  let p = cache.get(r);
  if (!p) {
    const weights = new Float64Array(r.keys.length);
    let base = 0;
    r.keys.forEach((k, i) => {
      weights[i] = w.weight(k.key, k.kind);
      if (k.kind !== "content") base += weights[i]!;
    });
    cache.set(r, (p = { weights, base }));
  }
  return p;
}

const sets = new WeakMap<ClaimRep, Set<string>>();
/** The keys of a claim as a set, built once. */
function keySet(r: ClaimRep): Set<string> {
  let s = sets.get(r);
  if (!s) sets.set(r, (s = new Set(r.keys.map((k) => k.key))));
  return s;
}

/** The skeletons of a claim's unknown names (see `nameSkeleton`), each once. */
export function skeletonsOf(r: ClaimRep): string[] {
  // (a claim read elsewhere may carry no skeletons)
  const flat = r.nameSkeletons ?? NONE;
  const out: string[] = [];
  for (let i = 1; i < flat.length; i += 2) if (!out.includes(flat[i]!)) out.push(flat[i]!);
  return out;
}
const NONE: readonly string[] = [];

/** Whether an unknown name of claim `a` is written with another vowel in `b` ("Tehran", "Teheran"). */
function sameSkeleton(k: Key, a: ClaimRep, b: ClaimRep): boolean {
  if (k.kind !== "name") return false;
  const mine = a.nameSkeletons ?? NONE;
  const theirs = b.nameSkeletons ?? NONE;
  for (let i = 0; i < mine.length; i += 2) {
    if (mine[i] !== k.key) continue;
    for (let j = 1; j < theirs.length; j += 2) if (theirs[j] === mine[i + 1]) return true;
  }
  return false;
}

/** Least mass a claim counts with (about the weight of one rare subject and a state). */
const MIN_MASS = 1.5;
/** Score of two claims that evaluate the encounter in the same direction, and what one level in common adds. */
const TONE_SCORE = 0.45;
const TONE_SAME_LEVEL = 0.1;
/**
 * What one term in common adds ("constructive" and "costruttiva"), and what two different known
 * terms take away ("business-like" against "constructive": two wordings, not one report).
 */
const TONE_SAME_TERM = 0.1;
/** Share of the score taken from the embedding when the caller gives one. */
const EMBED_SHARE = 0.5;

/** Score of two claims evaluating the encounter in one direction: more for one level, more again for one term, less for two different terms. */
function toneScore(a: ClaimRep, b: ClaimRep): number {
  const x = a.encounterSenses;
  const y = b.encounterSenses;
  const sameTerm = x.some((s) => y.includes(s));
  const otherTerms = x.length > 0 && y.length > 0 && !sameTerm;
  if (otherTerms) return TONE_SCORE - TONE_SAME_TERM;
  return TONE_SCORE + (a.encounterLevel === b.encounterLevel ? TONE_SAME_LEVEL : 0) + (sameTerm ? TONE_SAME_TERM : 0);
}

/**
 * Scores how far two claims of one event speak of the same thing, from the keys both can carry
 * (word stems only within one language), weighted inside the event; with embeddings, their
 * cosine is blended in as one more feature.
 *
 * @example
 * pairEvidence(kremlinOnKorea, whiteHouseOnKorea, weights, null).score // 0.62
 */
export function pairEvidence(a: ClaimRep, b: ClaimRep, w: EventWeights, embeddings: ReadonlyMap<string, readonly number[]> | null): PairEvidence {
  const pa = prepared(a, w);
  const pb = prepared(b, w);
  const inB = keySet(b);
  const sameLanguage = a.language === b.language;
  // Word stems count where they are shared (and only within one language): two wordings of one
  // thing use different words, so the words one claim has and the other lacks say little.
  let massA = pa.base;
  let massB = pb.base;
  const shared: Key[] = [];
  let common = 0;
  let telling = false;
  let stems = 0;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i]!;
    if (!inB.has(k.key) && !sameSkeleton(k, a, b)) continue;
    // A cognate counts across languages only: within one, the word's own stem already does.
    if (sameLanguage && k.kind === "content" && k.key.startsWith(COGNATE_PREFIX)) continue;
    // The month of two days ("7 July" and "17 July") is no date they share: only a claim naming
    // the month alone ("in July") shares it with a day of it.
    if (k.kind === "broader" && k.key.startsWith(QUANTITY_PREFIX) && b.keys.some((x) => x.key === k.key && x.kind === "broader")) continue;
    const x = pa.weights[i]!;
    if (k.kind === "content") {
      massA += x;
      massB += x;
    }
    shared.push(k);
    common += x;
    if (w.telling(k.key, k.kind)) telling = true;
    else if (k.kind === "content" && w.rarity(k.key) >= STEM_RARITY) stems++;
  }
  if (stems >= TELLING_STEMS) telling = true;
  // Two claims of one side evaluating the encounter the same way speak of one thing, its tone,
  // whatever else they say (one readout's words reported twice). Two sides that both call it
  // positive say so each in their own words: that alone is no shared assertion.
  const tone =
    a.side !== null &&
    a.side === b.side &&
    a.encounterLevel !== null &&
    b.encounterLevel !== null &&
    Math.sign(a.encounterLevel) === Math.sign(b.encounterLevel);
  if (tone) telling = true;
  // A claim with little to say is not the same as another because they share its one key: the
  // masses are floored, so one shared concept of two short claims scores moderately.
  let score = massA > 0 && massB > 0 ? common / Math.sqrt(Math.max(massA, MIN_MASS) * Math.max(massB, MIN_MASS)) : 0;
  if (tone) score = Math.max(score, toneScore(a, b));
  const containment = Math.min(massA, massB) > 0 ? common / Math.min(massA, massB) : 0;
  let embedding: number | null = null;
  if (embeddings) {
    const x = embeddings.get(a.claim.id);
    const y = embeddings.get(b.claim.id);
    if (x && y) {
      embedding = vectorCosine(x, y);
      score = (1 - EMBED_SHARE) * score + EMBED_SHARE * embedding;
    }
  }
  return { score: Math.min(1, score), containment: Math.min(1, containment), shared, discriminative: telling, embedding, core: coreOf(a, b, shared, w), tone };
}
