import { vectorCosine } from "../vectors.js";
import { ENCOUNTER_GROUP as KIND_GROUP } from "../../lexicon/concepts.js";
import type { ArticleProfile } from "./profile.js";
import { topPeople, UNKNOWN_PERSON } from "./profile.js";

/** A group of articles reporting one event, as it grows. */
export interface ArticleCluster {
  profiles: ArticleProfile[];
  people: Map<string, number>;
  top: string[];
  kinds: Map<string, number>;
  keys: Map<string, number>;
  /** Earliest and latest day the articles date the event to (null when none is dated). */
  lo: number | null;
  hi: number | null;
  firmDays: Map<string, Set<number>>;
  /** The sum of the articles' embeddings, when given. */
  embedding: number[] | null;
  /** Issuers of the first-party documents in the cluster. */
  issuers?: Set<string>;
}

/** Weights of the evidence that an article reports the event of a cluster (they sum to 1). */
const W_PEOPLE = 0.5;
const W_KIND = 0.15;
const W_CONTENT = 0.35;
/** What dating an article to the cluster's days adds. */
const W_DATE = 0.1;
/** Least score for an article to join a cluster. */
const JOIN = 0.42;
/** Days a publication date may trail the event it reports (a readout issued the next morning, a weekly). */
const PUBLICATION_LAG = 2;
/** Most clusters an article is compared with (the most recent ones naming its people). */
const MAX_CANDIDATES = 200;

const bumpAll = <K>(into: Map<K, number>, from: ReadonlyMap<K, number>) => {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
};

/**
 * The kind of encounter most named, or null. A video link named at all makes it a video call (a
 * "meeting" or "conversation" held by video is one; nobody mentions a video link otherwise).
 */
function mainKind(kinds: ReadonlyMap<string, number>): string | null {
  if (kinds.has("video-call")) return "video-call";
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of kinds) if (KIND_GROUP[k] && (c > n || (c === n && best !== null && k < best))) [best, n] = [k, c];
  return best;
}

/**
 * The people of a list that tell against another's: a person the lexicon does not know (see
 * `addUnknownPeople`) counts only where both name them, as one name may be written otherwise in
 * another language ("Araghchi", «Аракчи»).
 */
const telling = (top: readonly string[], other: readonly string[]) => top.filter((id) => !id.startsWith(UNKNOWN_PERSON) || other.includes(id));

/** Share of the article's participants the cluster names among its own (half when neither names anyone). */
function peopleScore(p: ArticleProfile, c: ArticleCluster): number {
  const mine = telling(p.top, c.top);
  const theirs = telling(c.top, p.top);
  if (mine.length === 0 && theirs.length === 0) return 0.5;
  if (mine.length === 0 || theirs.length === 0) return 0;
  const shared = mine.filter((id) => theirs.includes(id)).length;
  return shared / Math.min(2, Math.max(mine.length, 1), Math.max(theirs.length, 1));
}

function kindScore(p: ArticleProfile, c: ArticleCluster): number {
  const a = mainKind(p.kinds);
  const b = mainKind(c.kinds);
  if (!a || !b) return 0.6;
  return KIND_GROUP[a] === KIND_GROUP[b] ? 1 : 0.2;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, idf: (k: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    const w = idf(k);
    const wx = Math.log(1 + x) * w;
    na += wx * wx;
    const y = b.get(k);
    if (y) dot += wx * Math.log(1 + y) * w;
  }
  for (const [k, y] of b) {
    const wy = Math.log(1 + y) * idf(k);
    nb += wy * wy;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Whether the dates of an article and a cluster allow one event: days from the text may differ by
 * `window` days (a statement made the day after a call), a publication date may trail the event
 * by a few more; and one side dating an encounter from the text to two different days reports
 * two encounters (calls on consecutive days do not merge).
 */
function datesAllow(p: ArticleProfile, c: ArticleCluster, window: number): boolean {
  if (p.day !== null && c.lo !== null && c.hi !== null) {
    // Measured from the cluster's earliest day, so that a chain of days never makes one event.
    const reach = window + PUBLICATION_LAG;
    if (p.day < c.lo - reach || p.day > c.lo + reach) return false;
    if (p.firm && p.day > c.hi + window && p.day > c.lo + window) return false;
  }
  for (const [side, days] of p.firmDays) {
    const theirs = c.firmDays.get(side);
    if (!theirs) continue;
    if (![...days].some((d) => theirs.has(d))) return false;
  }
  return true;
}

/**
 * Whether an article and a cluster report two encounters of one person with different
 * counterparts: the article is about that person and someone the cluster is not about, the
 * cluster about that person and someone the article never names (a readout of Trump's call with
 * Erdoğan against the articles on his call with Putin). A third party reacting to an encounter
 * names its parties; two calls of one leader each have a counterpart the other's readout lacks.
 */
function otherCounterpart(p: ArticleProfile, c: ArticleCluster): boolean {
  const mine = p.top.slice(0, 2);
  const theirs = c.top.slice(0, 2);
  if (mine.length < 2 || theirs.length < 2) return false;
  if (mine.filter((id) => c.top.includes(id)).length !== 1) return false;
  // A gathering of three or more (a summit) is reported through a few of its leaders each: two
  // agency reports naming Rutte, Erdoğan and Macron, and Rutte, Erdoğan and Merz, share two.
  if (multilateral(p.top, c.top)) return false;
  const counterpart = theirs.find((id) => !p.top.includes(id));
  if (counterpart === undefined) return false;
  // A counterpart the lexicon does not know may be the article's own under another spelling; the
  // article's own counterpart, known, tells instead (Merz with an unknown prime minister, against
  // an article on Merz and Starmer).
  if (counterpart.startsWith(UNKNOWN_PERSON)) {
    const own = mine.find((id) => !c.top.includes(id));
    return own !== undefined && !own.startsWith(UNKNOWN_PERSON) && !c.people.has(own);
  }
  return !p.people.has(counterpart);
}

/** Whether two lists of participants are of one gathering of three or more: each names three, two of them the same. */
function multilateral(a: readonly string[], b: readonly string[]): boolean {
  return a.length >= 3 && b.length >= 3 && a.filter((id) => b.includes(id)).length >= 2;
}

/**
 * How far an article reports the event of a cluster: shared participants, the same kind of
 * encounter, and shared states, subjects and names (weighted by rarity across articles); -1 when
 * the dates rule it out.
 */
export function clusterScore(p: ArticleProfile, c: ArticleCluster, window: number, idf: (k: string) => number, embedThreshold = 1): number {
  if (!datesAllow(p, c, window)) return -1;
  const people = peopleScore(p, c);
  // The caller's embeddings, where given, count when they find the two near-identical in meaning.
  const embedded = p.embedding && c.embedding ? vectorCosine(p.embedding, c.embedding) : 0;
  const content = Math.max(cosine(p.keys, c.keys, idf), embedded >= embedThreshold ? embedded : 0);
  // Articles naming different people, or one person with different counterparts, can only join
  // on what they say; one that names nobody is judged by what it says.
  const mine = telling(p.top, c.top).length;
  const theirs = telling(c.top, p.top).length;
  if ((people === 0 && mine > 0 && theirs > 0) || otherCounterpart(p, c)) return W_CONTENT * content;
  const ppl = mine === 0 && theirs === 0 ? people : mine === 0 || theirs === 0 ? content : people;
  // Dates are a strong but soft signal: the same days add to the evidence, no date takes nothing away.
  const sameDays = p.day !== null && c.lo !== null && Math.abs(p.day - c.lo) <= window ? W_DATE : 0;
  // An institution issues one readout of an encounter: a second document of the same issuer (not
  // a copy) joins only where dates put both on the same days; undated, it reports another
  // encounter of the same people.
  if (p.issuer && c.issuers?.has(p.issuer) && sameDays === 0) return -1;
  // With no date to place it, an article needs something in common with the event besides its
  // people and the kind of encounter: the same two leaders speak often.
  if (p.day === null && content === 0 && p.keys.size > 0 && c.keys.size > 0) return -1;
  return W_PEOPLE * ppl + W_KIND * kindScore(p, c) + W_CONTENT * content + sameDays;
}

function add(c: ArticleCluster, p: ArticleProfile): void {
  c.profiles.push(p);
  if (p.issuer) (c.issuers ??= new Set()).add(p.issuer);
  if (p.embedding) {
    if (!c.embedding) c.embedding = [...p.embedding];
    else for (let i = 0; i < Math.min(c.embedding.length, p.embedding.length); i++) c.embedding[i]! += p.embedding[i]!;
  }
  bumpAll(c.people, p.people);
  bumpAll(c.kinds, p.kinds);
  bumpAll(c.keys, p.keys);
  if (p.day !== null) {
    c.lo = c.lo === null ? p.day : Math.min(c.lo, p.day);
    c.hi = c.hi === null ? p.day : Math.max(c.hi, p.day);
  }
  for (const [side, days] of p.firmDays) {
    let set = c.firmDays.get(side);
    if (!set) c.firmDays.set(side, (set = new Set()));
    for (const d of days) set.add(d);
  }
  c.top = topPeople(p.lexicon, c.people);
}

/**
 * Groups articles into events: dated articles first, in date order, then undated ones, each
 * joining the cluster it matches best (participants, kind of encounter, shared keys; dates as a
 * strong but soft signal) or starting one. Candidates come from an index of the people each
 * cluster names, so the work grows with the articles, not with their pairs.
 *
 * @example
 * clusterArticles(profiles, 1).map((c) => c.profiles.map((p) => p.id)) // [["000", "002"], ["001"], …]
 */
export function clusterArticles(profiles: readonly ArticleProfile[], window: number, embedThreshold = 1): ArticleCluster[] {
  const df = new Map<string, number>();
  for (const p of profiles) for (const k of p.keys.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(profiles.length, 2);
  const idf = (k: string) => Math.log(1 + n / (df.get(k) ?? 1));
  const order = [...profiles].sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || Number(b.firm) - Number(a.firm) || a.order - b.order);
  const clusters: ArticleCluster[] = [];
  const byPerson = new Map<string, ArticleCluster[]>();
  const unpeopled: ArticleCluster[] = [];
  const inUnpeopled = new Set<ArticleCluster>();
  for (const p of order) {
    const seen = new Set<ArticleCluster>();
    const candidates: ArticleCluster[] = [];
    const consider = (list: readonly ArticleCluster[] | undefined) => {
      if (!list) return;
      for (let i = list.length - 1; i >= 0 && candidates.length < MAX_CANDIDATES; i--) {
        const c = list[i]!;
        if (!seen.has(c)) {
          seen.add(c);
          candidates.push(c);
        }
      }
    };
    for (const id of p.top) consider(byPerson.get(id));
    consider(unpeopled);
    let best: ArticleCluster | null = null;
    let bestScore = JOIN;
    for (const c of candidates) {
      const s = clusterScore(p, c, window, idf, embedThreshold);
      if (s >= bestScore) [best, bestScore] = [c, s];
    }
    if (!best) {
      best = { profiles: [], people: new Map(), top: [], kinds: new Map(), keys: new Map(), lo: null, hi: null, firmDays: new Map(), embedding: null };
      clusters.push(best);
    }
    const before = new Set(best.top);
    add(best, p);
    for (const id of best.top) {
      if (before.has(id)) continue;
      const list = byPerson.get(id);
      if (list) list.push(best);
      else byPerson.set(id, [best]);
    }
    if (best.top.length === 0 && !inUnpeopled.has(best)) {
      inUnpeopled.add(best);
      unpeopled.push(best);
    }
  }
  return clusters;
}
