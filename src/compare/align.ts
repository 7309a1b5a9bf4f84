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
  /** The keys both claims share: `topic:syria`, `entity:vladimir-putin`, `quantity:3600s`, `text`, `embedding`. */
  keys: string[];
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
function overlap(a: readonly string[], b: readonly string[], weights: ReadonlyMap<string, number>, prefix: string, keys: string[]): { score: number; shared: number } {
  const sb = new Set(b);
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const t of new Set(a)) {
    const w = weights.get(t) ?? 1;
    wa += w;
    if (sb.has(t)) {
      shared += w;
      keys.push(`${prefix}:${t}`);
    }
  }
  for (const t of sb) wb += weights.get(t) ?? 1;
  return { score: shared > 0 ? shared / Math.sqrt(wa * wb) : 0, shared };
}

const quantityKey = (q: Quantity) => (q.seconds !== null ? `${q.seconds}s` : `${q.value} ${q.unit}`);

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
  if (a.evaluative.length === 0 || b.evaluative.length === 0) return false;
  const pa = new Set(a.evaluative.map((e) => e.polarity));
  const pb = new Set(b.evaluative.map((e) => e.polarity));
  const samePolarity = [...pa].some((p) => pb.has(p));
  if (!samePolarity) return true;
  if (a.language !== b.language) return false;
  const ka = new Set(a.evaluative.map((e) => e.key));
  return !b.evaluative.some((e) => ka.has(e.key));
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
  const keys: string[] = [];
  const t = overlap(a.topics, b.topics, ctx.callWeights, "topic", keys);
  const topic = t.score * Math.min(1, t.shared / TOPIC_MASS);
  const e = overlap(a.entities, b.entities, ctx.entityWeights, "entity", keys);
  const qb = new Set(b.quantities.map(quantityKey));
  const sharedQ = [...new Set(a.quantities.map(quantityKey))].filter((q) => qb.has(q));
  for (const q of sharedQ) keys.push(`quantity:${q}`);

  let score = topic + ENTITY_BONUS * e.score * Math.min(1, e.shared / TOPIC_MASS) + (sharedQ.length ? QUANTITY_BONUS : 0);
  const base = score;
  // Sharing only procedural topics ("the call", "its length") says little about the content.
  const substance = keys.some((k) => !k.startsWith("topic:") || !ctx.procedural.has(k.slice(6)));
  if (!substance) score *= PROCEDURAL_ONLY;
  // An evaluation ("a positive call") and a report of substance are rarely the same assertion.
  if ((a.evaluative.length === 0) !== (b.evaluative.length === 0)) score *= EVALUATION_MISMATCH;
  if (a.language === b.language && a.folded && b.folded) {
    const text = similarity(a.folded, b.folded);
    if (text >= ctx.textThreshold) {
      keys.push("text");
      score = Math.max(score, text);
    } else score += TEXT_BONUS * Math.max(0, text - TEXT_BASELINE);
  }
  if (ctx.embeddings) {
    const x = ctx.embeddings.get(a.claim.id);
    const y = ctx.embeddings.get(b.claim.id);
    if (x && y) {
      const sim = cosine(x, y);
      if (sim >= ctx.embedThreshold) {
        keys.push("embedding");
        score = Math.max(score, sim);
      } else score = 0.7 * score + 0.3 * sim;
    }
  }
  let conflict: PairEvidence["conflict"] = null;
  if (evaluationsDiffer(a, b)) conflict = "evaluation";
  else if (a.denial !== b.denial) conflict = "denial";
  else if (quantitiesConflict(a.quantities, b.quantities)) conflict = "quantity";
  return { score: Math.min(1, score), overlap: Math.min(1, base), keys, conflict };
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
    const keys = [...k.topics.map((t) => `t:${t}`), ...k.entities.map((e) => `e:${e}`), ...k.quantities.map((q) => `q:${quantityKey(q)}`)];
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
  relation: Alignment["relation"] | null;
  evidence: PairEvidence;
}

/**
 * Scores the candidate pairs of an event (all pairs in small events; pairs sharing a key in
 * large ones), best first. Rules reuse these scores.
 */
export function scorePairs(claims: readonly ClaimKeys[], ctx: AlignContext): ScoredPair[] {
  const out: ScoredPair[] = [];
  for (const [i, j] of candidatePairs(claims)) {
    const a = claims[i]!;
    const b = claims[j]!;
    if (a.claim.id === b.claim.id) continue;
    out.push({ a, b, relation: relationOf(a, b), evidence: pairScore(a, b, ctx) });
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
    if (!p.relation || p.evidence.conflict || p.evidence.score < threshold) continue;
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
      keys: p.evidence.keys,
      diff: sameLanguage ? wordDiff(p.a.claim.assertion, p.b.claim.assertion, p.a.language) : null,
    });
  }
  return out;
}
