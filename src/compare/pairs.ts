import type { Alignment, DiffPart } from "../schema/comparison.js";
import { similarity } from "./adapters/similarity.js";
import { wordDiff } from "./adapters/word-diff.js";
import { STANCE_MARKS, type ClaimKeys, type Quantity } from "./keys.js";
import { EVENT_TOPICS } from "./events.js";
import { topicsCover } from "./topics.js";

/** What pair scoring needs besides the two claims. */
export interface AlignContext {
  /** Topic id → weight in (0, 1]: rarer topics weigh more. */
  weights: ReadonlyMap<string, number>;
  /** Topic weights for alignment: as `weights`, with the topics naming a call itself halved. */
  callWeights: ReadonlyMap<string, number>;
  /** Procedural or generic topics: sharing only these is weak evidence. */
  procedural: ReadonlySet<string>;
  /** Entity id → weight in (0, 1]. */
  entityWeights: ReadonlyMap<string, number>;
  /** Claim id → embedding vector, when the caller gave `embed`. */
  embeddings: ReadonlyMap<string, readonly number[]> | null;
  threshold: number;
  textThreshold: number;
  embedThreshold: number;
}

/** The evidence that two claims assert the same thing. */
export interface PairEvidence {
  score: number;
  /** The score from shared keys alone, before the factors for procedural-only or one-sided evaluation. */
  overlap: number;
  /** Shared topics, entities and quantity keys. */
  topics: string[];
  entities: string[];
  quantities: string[];
  /** The wordings are near-identical (same language). */
  text: boolean;
  /** The embeddings are near-identical. */
  embedding: boolean;
  /** Why the pair cannot be an alignment (they disagree), or null. */
  conflict: "evaluation" | "denial" | "quantity" | "distancing" | null;
  /**
   * The subject topics of one claim are all among the other's: a short claim reporting one item
   * of the other's list ("Iran was discussed" against "Strategic Stability, ransomware and Iran").
   */
  contained: boolean;
}

/** Events up to this size take every candidate pair; larger ones drop keys that very many claims share. */
const ALL_PAIRS_LIMIT = 300;
/** Keys carried by more claims than this are too common to propose pairs in large events. */
const POSTING_CAP = 64;
/** Shared key weight at which topic (or entity) evidence counts in full. */
const TOPIC_MASS = 1.2;
/** Share of the entity overlap added to the topic score. */
const ENTITY_BONUS = 0.15;
/** Added when the claims give the same amount ("1 hour", "2 decades"). */
const QUANTITY_BONUS = 0.15;
/** Factor when the claims share nothing but procedural topics. */
const PROCEDURAL_ONLY = 0.5;
/** Added when two wordings in one language use the same evaluative term ("positive"). */
const SAME_TERM_BONUS = 0.1;
/** Factor when one claim evaluates and the other does not. */
const EVALUATION_MISMATCH = 0.85;
/**
 * Share of the shorter wording's words the other must contain before string similarity is
 * computed: wordings sharing fewer are never near the baseline, and skipping them keeps large
 * events fast.
 */
const TEXT_PREFILTER = 0.5;
/** The same share when the claims have no key in common: only near-identical wordings can then align. */
const TEXT_ALONE = 0.6;
/**
 * Score of a pair where one claim's subject topics are all among the other's: this base plus
 * a share of the shared subject weight (one rare topic such as "iran-nuclear" reaches the
 * default threshold; one common one such as "ukraine" does not).
 */
const CONTAINED_BASE = 0.35;
const CONTAINED_SHARE = 0.25;
/** Least shared subject weight for containment: one common topic ("tone", "ukraine") is too little. */
const CONTAINED_MIN = 0.6;
/** Same-language string similarity below this is what unrelated sentences share anyway. */
const TEXT_BASELINE = 0.3;
/** Share of the string similarity above the baseline added to the score. */
const TEXT_BONUS = 0.5;

/** Weighted overlap of two key sets: shared weight over the geometric mean of both totals. */
function overlap(a: readonly string[], b: ReadonlySet<string>, weights: ReadonlyMap<string, number>, massA: number, massB: number, shared: string[]): { score: number; mass: number } {
  let mass = 0;
  for (const t of a) {
    if (!b.has(t)) continue;
    mass += weights.get(t) ?? 1;
    shared.push(t);
  }
  return { score: mass > 0 ? mass / Math.sqrt(massA * massB) : 0, mass };
}

/** Sum of the weights of a claim's keys. */
function massOf(keys: Iterable<string>, weights: ReadonlyMap<string, number>): number {
  let m = 0;
  for (const k of keys) m += weights.get(k) ?? 1;
  return m;
}

/**
 * Quantities of one kind (time, or one unit word) that differ by more than a quarter.
 *
 * @example
 * quantitiesConflict([{ value: 45, unit: "minute", seconds: 2700, text: "45 minutes" }], [{ value: 1, unit: "hour", seconds: 3600, text: "1 hour" }]) // true
 */
export function quantitiesConflict(a: readonly Quantity[], b: readonly Quantity[]): boolean {
  for (const x of a) {
    for (const y of b) {
      const comparable = (x.seconds !== null && y.seconds !== null) || (x.seconds === null && y.seconds === null && x.unit === y.unit);
      if (!comparable) continue;
      const u = x.seconds ?? x.value;
      const v = y.seconds ?? y.value;
      if (Math.abs(u - v) > 0.25 * Math.max(u, v)) return true;
    }
  }
  return false;
}

/**
 * The two claims evaluate the same thing in terms that differ (see the characterization rule).
 *
 * @example
 * evaluationsDiffer(veryGood, constructive) // true (one language, different words); evaluationsDiffer(positive, positive) // false
 */
export function evaluationsDiffer(a: ClaimKeys, b: ClaimKeys): boolean {
  if (a.polarities.size === 0 || b.polarities.size === 0) return false;
  let samePolarity = false;
  for (const p of a.polarities) if (b.polarities.has(p)) samePolarity = true;
  if (!samePolarity) return true;
  if (a.language !== b.language) return false;
  for (const k of a.evaluativeKeys) if (b.evaluativeKeys.has(k)) return false;
  return true;
}

/**
 * The word diff of two claims' wordings when they are in one language, else null. Wordings
 * that share under half of their words are shown as wholly replaced (a finer diff of two
 * different sentences says nothing and costs much).
 *
 * @example
 * pairDiff(spicer, kremlin) // [{ value: "była to „bardzo dobra rozmowa”", removed: true, … }, …]
 */
export function pairDiff(a: ClaimKeys, b: ClaimKeys): DiffPart[] | null {
  if (a.language !== b.language) return null;
  const x = a.claim.assertion;
  const y = b.claim.assertion;
  if (x === y) return [{ value: x, added: false, removed: false }];
  const wa = new Set(a.wordKeys);
  const wb = new Set(b.wordKeys);
  if (wordOverlap(wa, wb) < DIFF_OVERLAP) return [{ value: x, added: false, removed: true }, { value: y, added: true, removed: false }];
  return wordDiff(x, y, a.language);
}

/** Share of words two wordings must share for a word-by-word diff. */
const DIFF_OVERLAP = 0.5;

function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

function cosine(x: readonly number[], y: readonly number[]): number {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    dot += x[i]! * y[i]!;
    nx += x[i]! * x[i]!;
    ny += y[i]! * y[i]!;
  }
  return nx > 0 && ny > 0 ? Math.max(0, dot / Math.sqrt(nx * ny)) : 0;
}

/**
 * Scores how far two claims assert the same thing, from language-independent keys (weighted
 * topic overlap, shared entities and quantities), plus string similarity for same-language
 * pairs and cosine similarity when embeddings are given.
 *
 * @example
 * pairScore(kremlinOnIsis, whiteHouseOnIsis, ctx).score // 0.74
 */
export function pairScore(a: ClaimKeys, b: ClaimKeys, ctx: AlignContext): PairEvidence {
  return scoreOrSkip(a, b, ctx) ?? { score: 0, overlap: 0, topics: [], entities: [], quantities: [], text: false, embedding: false, conflict: null, contained: false };
}

/** {@link pairScore}, or null when the claims share no key and cannot align on wording or embedding. */
function scoreOrSkip(a: ClaimKeys, b: ClaimKeys, ctx: AlignContext, pa = prepared(a, ctx), pb = prepared(b, ctx)): PairEvidence | null {
  const topics: string[] = [];
  const t = overlap(pa.topics, pb.topicSet, ctx.callWeights, pa.topicMass, pb.topicMass, topics);
  const topic = t.score * Math.min(1, t.mass / TOPIC_MASS);
  const entities: string[] = pa.entities.length && pb.entities.length ? [] : NONE;
  const e = entities !== NONE ? overlap(pa.entities, pb.entitySet, ctx.entityWeights, pa.entityMass, pb.entityMass, entities) : NO_OVERLAP;
  const quantities: string[] = a.quantityKeys.size && b.quantityKeys.size ? [] : NONE;
  if (quantities !== NONE) for (const q of a.quantityKeys) if (b.quantityKeys.has(q)) quantities.push(q);
  const common = topics.length > 0 || entities.length > 0 || quantities.length > 0;
  if (!common && !ctx.embeddings && (a.language !== b.language || wordOverlap(wordsOf(a, pa).words, wordsOf(b, pb).words) < TEXT_ALONE)) return null;

  let score = topic + ENTITY_BONUS * e.score * Math.min(1, e.mass / TOPIC_MASS) + (quantities.length ? QUANTITY_BONUS : 0);
  const inside = containedMass(pa.topics, pb.topics, topics, ctx);
  const contained = inside > 0;
  if (contained) score = Math.max(score, CONTAINED_BASE + CONTAINED_SHARE * Math.min(1, inside / TOPIC_MASS));
  const base = score;
  // Sharing only procedural topics ("the call", "its length") says little about the content.
  if (!entities.length && !quantities.length && topics.every((x) => ctx.procedural.has(x))) score *= PROCEDURAL_ONLY;
  // An evaluation ("a positive call") and a report of substance are rarely the same assertion;
  // the same evaluative word in one language is the same characterization.
  if ((a.polarities.size === 0) !== (b.polarities.size === 0)) score *= EVALUATION_MISMATCH;
  else if (a.language === b.language && a.evaluativeKeys.size && sharesAny(a.evaluativeKeys, b.evaluativeKeys)) score += SAME_TERM_BONUS;
  let text = false;
  // Wordings are compared when the keys found common ground, or when most words are shared.
  const wa = a.language === b.language ? wordsOf(a, pa) : null;
  const wb = wa ? wordsOf(b, pb) : null;
  if (wa && wb && wa.folded && wb.folded && wordOverlap(wa.words, wb.words) >= (common ? TEXT_PREFILTER : TEXT_ALONE)) {
    const sim = wa.folded === wb.folded ? 1 : similarity(wa.folded, wb.folded);
    if (sim >= ctx.textThreshold) {
      text = true;
      score = Math.max(score, sim);
    } else score += TEXT_BONUS * Math.max(0, sim - TEXT_BASELINE);
  }
  let embedding = false;
  if (ctx.embeddings) {
    const x = ctx.embeddings.get(a.claim.id);
    const y = ctx.embeddings.get(b.claim.id);
    if (x && y) {
      const sim = cosine(x, y);
      if (sim >= ctx.embedThreshold) {
        embedding = true;
        score = Math.max(score, sim);
      } else score = 0.7 * score + 0.3 * sim;
    }
  }
  let conflict: PairEvidence["conflict"] = null;
  // Different evaluations part two claims that share little else ("very good" vs "constructive"
  // about the call); two reports of the same substance may still align while they evaluate it
  // differently (the characterization rule flags that).
  let substance = 0;
  for (const x of topics) if (!ctx.procedural.has(x)) substance += ctx.weights.get(x) ?? 1;
  if (evaluationsDiffer(a, b) && substance < TOPIC_MASS) conflict = "evaluation";
  else if (a.denial !== b.denial) conflict = "denial";
  else if (quantitiesConflict(a.quantities, b.quantities)) conflict = "quantity";
  else if (a.language === b.language && (distances(a, b) || distances(b, a))) conflict = "distancing";
  return { score: Math.min(1, score), overlap: Math.min(1, base), topics, entities, quantities, text, embedding, conflict, contained };
}

/** Subject topics: neither procedural, nor naming the kind of event ("meeting", "phone-call"), nor a stance marker ("urgency"). */
const isSubject = (t: string, ctx: AlignContext) => !ctx.procedural.has(t) && !EVENT_TOPICS.has(t) && !STANCE_MARKS.includes(t);

/**
 * When the subject topics of the claim with fewer of them are all covered by the other's (the
 * same topic, or a broader or narrower one: "negotiations" and "diplomacy"), the weight of the
 * subject topics the two share exactly, if at least {@link CONTAINED_MIN}; else 0.
 *
 * @example
 * containedMass(["iran-nuclear"], ["strategic-stability", "cyber", "iran-nuclear"], ["iran-nuclear"], ctx) // 0.85
 */
export function containedMass(a: readonly string[], b: readonly string[], shared: readonly string[], ctx: AlignContext): number {
  const sa = a.filter((t) => isSubject(t, ctx));
  const sb = b.filter((t) => isSubject(t, ctx));
  const [small, large] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  if (small.length === 0 || !small.every((t) => topicsCover(large, t))) return 0;
  const mass = massOf(small.filter((t) => shared.includes(t)), ctx.weights);
  return mass >= CONTAINED_MIN ? mass : 0;
}

/**
 * `a` holds at a distance (in scare quotes) a word that `b` uses plainly: the "invasion" of one
 * side against the invasion of the other is a dispute over the word, not the same assertion.
 *
 * @example
 * distances(kremlinOnSoCalledInvasion, whiteHouseOnInvasion) // true
 */
export function distances(a: ClaimKeys, b: ClaimKeys): boolean {
  if (a.scareWords.size === 0) return false;
  for (const w of b.wordKeys) if (a.scareWords.has(w) && !b.scareWords.has(w)) return true;
  return false;
}

/**
 * The shared keys of a pair as written to the result: `topic:syria`, `entity:vladimir-putin`, `quantity:3600s`, `text`, `embedding`.
 *
 * @example
 * evidenceKeys(pairScore(a, b, ctx)) // ["topic:isis", "topic:syria", "entity:vladimir-putin"]
 */
export function evidenceKeys(e: PairEvidence): string[] {
  return [
    ...e.topics.map((t) => `topic:${t}`),
    ...e.entities.map((x) => `entity:${x}`),
    ...e.quantities.map((q) => `quantity:${q}`),
    ...(e.text ? ["text"] : []),
    ...(e.embedding ? ["embedding"] : []),
  ];
}

interface Prepared {
  /** The folded wording and its distinct words, built on first use. */
  wording: { folded: string; words: Set<string> } | null;
  topics: string[];
  topicSet: Set<string>;
  topicMass: number;
  entities: string[];
  entitySet: Set<string>;
  entityMass: number;
}
const preparedCache = new WeakMap<AlignContext, WeakMap<ClaimKeys, Prepared>>();

/** The folded wording of a claim and its distinct words, built on first use. */
function wordsOf(k: ClaimKeys, p: Prepared): { folded: string; words: Set<string> } {
  return (p.wording ??= { folded: k.wordKeys.join(" "), words: new Set(k.wordKeys) });
}

const NONE: string[] = [];
const NO_OVERLAP = { score: 0, mass: 0 };

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Per-claim sets and weight sums, computed once per comparison. */
function prepared(k: ClaimKeys, ctx: AlignContext): Prepared {
  let cache = preparedCache.get(ctx);
  if (!cache) preparedCache.set(ctx, (cache = new WeakMap()));
  let p = cache.get(k);
  if (!p) {
    p = {
      wording: null,
      topics: k.topics,
      topicSet: new Set(k.topics),
      topicMass: massOf(k.topics, ctx.callWeights),
      entities: k.entities,
      entitySet: new Set(k.entities),
      entityMass: massOf(k.entities, ctx.entityWeights),
    };
    cache.set(k, p);
  }
  return p;
}

/**
 * The relation two claims could have: `corroboration` when two sides speak, `same-report`
 * when one speaker (or its institution) is reported in two articles; null otherwise (two
 * claims of one side in one article, or claims with no side from different sources).
 *
 * @example
 * relationOf(kremlinInRo, kremlinInVi) // "same-report"; relationOf(kremlin, whiteHouse) // "corroboration"
 */
export function relationOf(a: ClaimKeys, b: ClaimKeys): Alignment["relation"] | null {
  if (a.side && b.side && a.side !== b.side) return "corroboration";
  if (a.claim.articleId === b.claim.articleId) return null;
  if (a.side !== b.side) return null;
  if (a.speakerRoot === b.speakerRoot || a.speakerKey === b.speakerKey) return "same-report";
  return null;
}

/**
 * The pairs worth scoring: claims that share a subject topic, an entity or an amount. A
 * procedural or generic topic ("relations", "duration") pairs claims only where a rule can use
 * it: two evaluations (characterization) or two amounts (factual). With embeddings every pair
 * is a candidate. Small events take every such pair; in large ones, keys carried by very many
 * claims propose none, so the work stays near-linear.
 */
function candidatePairs(claims: readonly ClaimKeys[], ctx: AlignContext): Array<[number, number]> {
  const n = claims.length;
  const out: Array<[number, number]> = [];
  if (ctx.embeddings && n <= ALL_PAIRS_LIMIT) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push([i, j]);
    return out;
  }
  const postings = new Map<string, number[]>();
  const post = (key: string, i: number) => {
    const list = postings.get(key);
    if (list) list.push(i);
    else postings.set(key, [i]);
  };
  claims.forEach((k, i) => {
    for (const t of k.topics) {
      if (!ctx.procedural.has(t)) post(`t:${t}`, i);
      else {
        if (k.polarities.size) post(`te:${t}`, i);
        if (k.quantityKeys.size) post(`tq:${t}`, i);
      }
    }
    for (const e of k.entities) post(`e:${e}`, i);
    for (const q of k.quantityKeys) post(`q:${q}`, i);
  });
  const cap = n <= ALL_PAIRS_LIMIT ? Infinity : POSTING_CAP;
  const seen = n <= ALL_PAIRS_LIMIT ? new Uint8Array(n * n) : null;
  const seenLarge = seen ? null : new Set<number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > cap) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const code = list[x]! * n + list[y]!;
        if (seen) {
          if (seen[code]) continue;
          seen[code] = 1;
        } else {
          if (seenLarge!.has(code)) continue;
          seenLarge!.add(code);
        }
        out.push([list[x]!, list[y]!]);
      }
    }
  }
  return out;
}

/** A scored pair of claims of one event. */
export interface ScoredPair {
  a: ClaimKeys;
  b: ClaimKeys;
  relation: Alignment["relation"];
  evidence: PairEvidence;
}

/**
 * Scores the candidate pairs of an event that can be related (two sides, or one speaker in two
 * articles): all pairs in small events, pairs sharing a key in large ones. Best first; the
 * rules reuse these scores.
 *
 * @example
 * scorePairs(event.claims, ctx)[0].evidence.score // 1
 */
export function scorePairs(claims: readonly ClaimKeys[], ctx: AlignContext): ScoredPair[] {
  const out: ScoredPair[] = [];
  const prep = claims.map((k) => prepared(k, ctx));
  for (const [i, j] of candidatePairs(claims, ctx)) {
    const a = claims[i]!;
    const b = claims[j]!;
    if (a.claim.id === b.claim.id) continue;
    // Pairs that can have no relation (one side, one article) are neither aligned nor disputed.
    const relation = relationOf(a, b);
    if (!relation) continue;
    const evidence = scoreOrSkip(a, b, ctx, prep[i], prep[j]);
    // Rules need a shared topic and alignment needs the threshold: other pairs serve nothing.
    if (!evidence || (evidence.topics.length === 0 && evidence.score < ctx.threshold)) continue;
    out.push({ a, b, relation, evidence });
  }
  // Best first; on a tie, a same-language pair (whose wordings can be checked) first.
  const same = (p: ScoredPair) => (p.a.language === p.b.language ? 1 : 0);
  return out.sort((x, y) => y.evidence.score - x.evidence.score || same(y) - same(x));
}
