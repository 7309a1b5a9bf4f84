import type { Alignment } from "../schema/comparison.js";
import { similarity } from "./adapters/similarity.js";
import { wordDiff } from "./adapters/word-diff.js";
import { CALL_TOPICS } from "./events.js";
import type { ClaimKeys, Quantity } from "./keys.js";

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
  conflict: "evaluation" | "denial" | "quantity" | null;
}

/** Events larger than this are paired through an index of shared keys instead of all pairs. */
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
/** Factor when one claim evaluates and the other does not. */
const EVALUATION_MISMATCH = 0.85;
/**
 * Share of the shorter wording's words the other must contain before string similarity is
 * computed: wordings sharing fewer are never near the baseline, and skipping them keeps large
 * events fast.
 */
const TEXT_PREFILTER = 0.4;
/** The same share when the claims have no key in common: only near-identical wordings can then align. */
const TEXT_ALONE = 0.6;
/** Same-language string similarity below this is what unrelated sentences share anyway. */
const TEXT_BASELINE = 0.3;
/** Share of the string similarity above the baseline added to the score. */
const TEXT_BONUS = 0.5;

/**
 * Key weights from their frequency over every compared claim: `ln(1 + N / df)`, scaled to
 * (0, 1] by `ln(1 + N)`. A key most claims carry ("relations", Putin) weighs little.
 *
 * @example
 * keyWeights(keys, (k) => k.topics).get("isis") // 0.8
 */
export function keyWeights(keys: readonly ClaimKeys[], of: (k: ClaimKeys) => readonly string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const k of keys) for (const t of new Set(of(k))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(keys.length, 2);
  const top = Math.log(1 + n);
  const out = new Map<string, number>();
  for (const [t, f] of df) out.set(t, Math.log(1 + n / f) / top);
  return out;
}

/** Topic weights (see {@link keyWeights}). */
export const topicWeights = (keys: readonly ClaimKeys[]) => keyWeights(keys, (k) => k.topics);

/**
 * Topic weights for alignment: topics naming the call itself ("phone-call") say which event a
 * claim is about, not what it asserts, so they count half.
 */
export function alignmentWeights(weights: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(weights);
  for (const t of CALL_TOPICS) {
    const w = out.get(t);
    if (w !== undefined) out.set(t, w / 2);
  }
  return out;
}

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

/** Quantities of one kind (time, or one unit word) that differ by more than a quarter. */
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

/** The two claims evaluate the same thing in terms that differ (see the characterization rule). */
export function evaluationsDiffer(a: ClaimKeys, b: ClaimKeys): boolean {
  if (a.polarities.size === 0 || b.polarities.size === 0) return false;
  let samePolarity = false;
  for (const p of a.polarities) if (b.polarities.has(p)) samePolarity = true;
  if (!samePolarity) return true;
  if (a.language !== b.language) return false;
  for (const k of a.evaluativeKeys) if (b.evaluativeKeys.has(k)) return false;
  return true;
}

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
  return scoreOrSkip(a, b, ctx) ?? { score: 0, overlap: 0, topics: [], entities: [], quantities: [], text: false, embedding: false, conflict: null };
}

/** {@link pairScore}, or null when the claims share no key and cannot align on wording or embedding. */
function scoreOrSkip(a: ClaimKeys, b: ClaimKeys, ctx: AlignContext): PairEvidence | null {
  const pa = prepared(a, ctx);
  const pb = prepared(b, ctx);
  const topics: string[] = [];
  const t = overlap(pa.topics, pb.topicSet, ctx.callWeights, pa.topicMass, pb.topicMass, topics);
  const topic = t.score * Math.min(1, t.mass / TOPIC_MASS);
  const entities: string[] = [];
  const e = pa.entities.length && pb.entities.length ? overlap(pa.entities, pb.entitySet, ctx.entityWeights, pa.entityMass, pb.entityMass, entities) : { score: 0, mass: 0 };
  const quantities: string[] = [];
  if (a.quantityKeys.size && b.quantityKeys.size) for (const q of a.quantityKeys) if (b.quantityKeys.has(q)) quantities.push(q);
  const common = topics.length > 0 || entities.length > 0 || quantities.length > 0;
  if (!common && !ctx.embeddings && (a.language !== b.language || wordOverlap(a.words, b.words) < TEXT_ALONE)) return null;

  let score = topic + ENTITY_BONUS * e.score * Math.min(1, e.mass / TOPIC_MASS) + (quantities.length ? QUANTITY_BONUS : 0);
  const base = score;
  // Sharing only procedural topics ("the call", "its length") says little about the content.
  if (!entities.length && !quantities.length && topics.every((x) => ctx.procedural.has(x))) score *= PROCEDURAL_ONLY;
  // An evaluation ("a positive call") and a report of substance are rarely the same assertion.
  if ((a.polarities.size === 0) !== (b.polarities.size === 0)) score *= EVALUATION_MISMATCH;
  let text = false;
  // Wordings are compared when the keys found common ground, or when most words are shared.
  if (a.language === b.language && a.folded && b.folded && wordOverlap(a.words, b.words) >= (common ? TEXT_PREFILTER : TEXT_ALONE)) {
    const sim = similarity(a.folded, b.folded);
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
  if (evaluationsDiffer(a, b)) conflict = "evaluation";
  else if (a.denial !== b.denial) conflict = "denial";
  else if (quantitiesConflict(a.quantities, b.quantities)) conflict = "quantity";
  return { score: Math.min(1, score), overlap: Math.min(1, base), topics, entities, quantities, text, embedding, conflict };
}

/** The shared keys of a pair as written to the result: `topic:syria`, `entity:vladimir-putin`, `quantity:3600s`, `text`, `embedding`. */
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
  topics: string[];
  topicSet: Set<string>;
  topicMass: number;
  entities: string[];
  entitySet: Set<string>;
  entityMass: number;
}
const preparedCache = new WeakMap<AlignContext, WeakMap<ClaimKeys, Prepared>>();

/** Per-claim sets and weight sums, computed once per comparison. */
function prepared(k: ClaimKeys, ctx: AlignContext): Prepared {
  let cache = preparedCache.get(ctx);
  if (!cache) preparedCache.set(ctx, (cache = new WeakMap()));
  let p = cache.get(k);
  if (!p) {
    p = {
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
 */
export function relationOf(a: ClaimKeys, b: ClaimKeys): Alignment["relation"] | null {
  if (a.side && b.side && a.side !== b.side) return "corroboration";
  if (a.claim.articleId === b.claim.articleId) return null;
  if (a.side !== b.side) return null;
  if (a.speakerRoot === b.speakerRoot || a.speakerKey === b.speakerKey) return "same-report";
  return null;
}

function candidatePairs(claims: readonly ClaimKeys[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (claims.length <= ALL_PAIRS_LIMIT) {
    for (let i = 0; i < claims.length; i++) for (let j = i + 1; j < claims.length; j++) out.push([i, j]);
    return out;
  }
  const postings = new Map<string, number[]>();
  claims.forEach((k, i) => {
    const keys = [...k.topics.map((t) => `t:${t}`), ...k.entities.map((e) => `e:${e}`), ...[...k.quantityKeys].map((q) => `q:${q}`)];
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  const n = claims.length;
  for (const list of postings.values()) {
    if (list.length > POSTING_CAP) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const code = list[x]! * n + list[y]!;
        if (seen.has(code)) continue;
        seen.add(code);
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
 */
export function scorePairs(claims: readonly ClaimKeys[], ctx: AlignContext): ScoredPair[] {
  const out: ScoredPair[] = [];
  for (const [i, j] of candidatePairs(claims)) {
    const a = claims[i]!;
    const b = claims[j]!;
    if (a.claim.id === b.claim.id) continue;
    // Pairs that can have no relation (one side, one article) are neither aligned nor disputed.
    const relation = relationOf(a, b);
    if (!relation) continue;
    const evidence = scoreOrSkip(a, b, ctx);
    // Rules need a shared topic and alignment needs the threshold: other pairs serve nothing.
    if (!evidence || (evidence.topics.length === 0 && evidence.score < ctx.threshold)) continue;
    out.push({ a, b, relation, evidence });
  }
  // Best first; on a tie, a same-language pair (whose wordings can be checked) first.
  const same = (p: ScoredPair) => (p.a.language === p.b.language ? 1 : 0);
  return out.sort((x, y) => y.evidence.score - x.evidence.score || same(y) - same(x));
}

/**
 * Aligns the claims of an event: pairs that assert the same thing, best first, each claim
 * matched at most once per other side (corroboration) or per other article (same-report).
 * Pairs whose wordings disagree (different evaluations, a denial against an assertion,
 * conflicting numbers) are never aligned.
 *
 * @example
 * alignEvent(scorePairs(event.claims, ctx), ctx.threshold)[0]
 * // { claims: ["000.2", "002.2"], relation: "same-report", score: 0.81, keys: ["topic:tone", …], diff: null }
 */
export function alignEvent(pairs: readonly ScoredPair[], threshold: number): Alignment[] {
  const used = new Set<string>();
  const out: Alignment[] = [];
  for (const p of pairs) {
    if (p.evidence.conflict || p.evidence.score < threshold) continue;
    const groupOf = (k: ClaimKeys) => (p.relation === "corroboration" ? `side:${k.side}` : `article:${k.claim.articleId}`);
    const ua = `${p.a.claim.id}|${groupOf(p.b)}`;
    const ub = `${p.b.claim.id}|${groupOf(p.a)}`;
    if (used.has(ua) || used.has(ub)) continue;
    used.add(ua);
    used.add(ub);
    const sameLanguage = p.a.language === p.b.language;
    out.push({
      claims: [p.a.claim.id, p.b.claim.id],
      relation: p.relation,
      score: Math.round(p.evidence.score * 1000) / 1000,
      keys: evidenceKeys(p.evidence),
      diff: sameLanguage ? wordDiff(p.a.claim.assertion, p.b.claim.assertion, p.a.language) : null,
    });
  }
  return out;
}
