import type { Claim, ExtractionResult } from "../schema/claim.js";
import type { Warning } from "../schema/common.js";
import type { Alignment, ClaimEvent, ComparisonResult, Disagreement, DisagreementType } from "../schema/comparison.js";
import { ClaimdiffError } from "../errors.js";
import { buildAccounts, toAccountRecord } from "./accounts.js";
import { findCopies } from "./copies.js";
import { pairDiff } from "./diff.js";
import { groupEvents, type EventGroup } from "./events/index.js";
import { addUnknownPeople, buildProfile, type ArticleProfile } from "./events/profile.js";
import { normalizeInput, type ComparisonInputArticle } from "./input.js";
import { CORE_MIN, endorsements, selectAlignments, starReports } from "./match/assign.js";
import { coreOf, distancedShared } from "./match/core.js";
import { oppositePolarity } from "./match/polarity.js";
import { scorePairs, type ScoredPair } from "./match/pairs.js";
import { eventWeights, type EventWeights } from "./match/weights.js";
import { pairEvidence } from "./match/similarity.js";
import { ALL_RULES, resolveCompareOptions, type CompareOptions, type ResolvedCompareOptions } from "./options.js";
import { isoOfDay, represent, wordsOf, type ClaimRep, type Key } from "./represent/index.js";
import { lexiconFor } from "./represent/lexicon.js";
import { compile, type LexiconModel, type Model } from "../model/index.js";
import { readings } from "./represent/context.js";
import { characterization, contrast } from "./rules/characterization.js";
import { factual, quantityConflict } from "./rules/factual.js";
import { omission } from "./rules/omission.js";
import { pairStance, stance, stanceConflict } from "./rules/stance.js";
import { sameMatter, type Rule, type RuleInput } from "./rules/types.js";

export { CompareOptionsSchema } from "./options.js";
export type { CompareOptions, EmbedFunction } from "./options.js";
export type { ComparisonInputArticle, CompareInput } from "./input.js";

/** The rules, in the order they run: omission runs last, since claims the others related are answered. */
const RULES: ReadonlyArray<[DisagreementType, Rule]> = [
  ["characterization", characterization],
  ["stance", stance],
  ["factual", factual],
  ["omission", omission],
];

/** The input read: articles in canonical order, copies found, claims represented, profiles built. */
interface Read {
  options: ResolvedCompareOptions;
  model: Model;
  articles: ComparisonInputArticle[];
  copies: Map<string, string>;
  reps: Map<string, ClaimRep>;
  profiles: ArticleProfile[];
  warnings: Warning[];
}

/** The input grouped into events. */
interface Prepared extends Read {
  events: EventGroup[];
  background: ClaimRep[];
}

function read(input: unknown, rawOptions: unknown): Read {
  const options = resolveCompareOptions(rawOptions);
  const model = options.model ?? compile(options.packs, options.lexicon);
  const { articles, warnings } = normalizeInput(input);
  const copies = findCopies(articles);
  const missing = new Set<string>();
  const reps = new Map<string, ClaimRep>();
  const profiles: ArticleProfile[] = [];
  const seen = new Set<string>();
  let lowConfidence = 0;
  let order = 0;
  articles.forEach((article, index) => {
    if (copies.has(article.id)) return;
    const list: ClaimRep[] = [];
    const reference = article.publishedAt ? article.publishedAt.slice(0, 10) : null;
    const contexts = readings(article.text, article.claims);
    for (const claim of article.claims) {
      if (seen.has(claim.id)) continue;
      seen.add(claim.id);
      if (claim.confidence < options.minConfidence) {
        lowConfidence++;
        continue;
      }
      const { lexicon, missing: noPack } = lexiconFor(claim.language, model);
      if (noPack) missing.add(claim.language);
      const r = represent(claim, lexicon, order++, reference, contexts.get(claim.id));
      reps.set(claim.id, r);
      list.push(r);
    }
    const { lexicon } = lexiconFor(article.language || list[0]?.language || "und", model);
    profiles.push(buildProfile(article, index, list, lexicon));
  });
  const byId = new Map(articles.map((a) => [a.id, a]));
  addUnknownPeople(profiles, byId, (p) => lexiconFor(byId.get(p.id)?.language || p.reps[0]?.language || "und", model).lexicon);
  for (const lang of missing) {
    warnings.push({
      code: "no_language_pack",
      message: `no language pack for "${lang}": its claims are compared by names, states and numbers only (no concepts, evaluative terms or predicates)`,
    });
  }
  if (lowConfidence) {
    warnings.push({
      code: "low_confidence",
      message: `${lowConfidence} claim(s) below minConfidence ${options.minConfidence} were left out of the comparison`,
    });
  }
  if (copies.size) {
    warnings.push({
      code: "copies_collapsed",
      message: `${copies.size} article(s) copy the text of another (a wire story, a republication): compared once, under the first`,
    });
  }
  return { options, model, articles, copies, reps, profiles, warnings };
}

/** Groups the articles into events; the embeddings, when given, are one more signal. */
function group(r: Read, embeddings: ReadonlyMap<string, readonly number[]> | null): Prepared {
  if (embeddings) {
    for (const p of r.profiles) {
      const vectors = p.reps.map((x) => embeddings.get(x.claim.id)).filter((v): v is readonly number[] => !!v);
      if (vectors.length === 0) continue;
      const sum = new Array<number>(vectors[0]!.length).fill(0);
      for (const v of vectors) {
        const n = Math.sqrt(v.reduce((t, x) => t + x * x, 0)) || 1;
        for (let i = 0; i < sum.length; i++) sum[i]! += (v[i] ?? 0) / n;
      }
      p.embedding = sum;
    }
  }
  const { events, background } = groupEvents(r.model.lexicon, r.profiles, r.options.eventWindowDays, embeddings ? r.options.embedThreshold : 1);
  return { ...r, events, background };
}

const KEY_LABEL: Record<string, string> = {
  c: "concept",
  s: "state",
  e: "entity",
  n: "name",
  q: "quantity",
  w: "word",
  v: "predicate",
  t: "term",
  d: "designator",
};
/** The shared keys of a pair as written to the result: `concept:syria`, `state:KP`, `entity:vladimir-putin`, `word:en:sanction`. */
function keyLabels(p: ScoredPair, embedThreshold: number): string[] {
  const out = p.evidence.shared.map((k) => `${KEY_LABEL[k.key[0]!] ?? k.key[0]}:${k.key.slice(2)}`);
  if (p.endorsed) out.push("endorsement");
  if ((p.evidence.embedding ?? 0) >= embedThreshold) out.push("embedding");
  return out;
}

/**
 * Whether a scored pair cannot assert the same thing: its claims conflict (a rule will say how),
 * one echoes another claim of its article, or — across sides — what they share beyond what one of
 * them holds at a distance ("the allegedly imminent invasion") is no core of its own.
 */
function conflicting(p: ScoredPair, threshold: number, echoed: (p: ScoredPair) => boolean, weights: EventWeights): boolean {
  const { a, b } = p;
  if (echoed(p)) return true;
  if (p.relation === "corroboration") {
    const skip = distancedShared(a, b, p.evidence.shared);
    if (skip.size && coreOf(a, b, p.evidence.shared, weights, skip) < CORE_MIN) return true;
  }
  if (quantityConflict(a, b)) return true;
  // Opposite stances on the matter (an act affirmed and negated must bear on one thing in both:
  // "does not support Taiwan's independence" is no conflict with "respects the One China policy").
  if (opposed(p, threshold)) return true;
  // One act affirmed by one claim (under a condition or not) and negated by the other: no same assertion.
  if (oppositePolarity(a, b)) return true;
  if (a.language === b.language && (distances(a, b) || distances(b, a))) return true;
  // Two sides evaluating one thing in opposite terms do not say the same (different terms of one
  // direction still corroborate the matter: the characterization rule reports the terms).
  if (p.relation === "corroboration" && contrast(a, b) === 2) return true;
  return false;
}

/** Whether the two claims of a pair take opposite stances on the matter (see {@link conflicting}). */
function opposed(p: ScoredPair, threshold: number): boolean {
  return stanceConflict(p.a, p.b)?.kind === "timing" || !!pairStance(p, threshold);
}

/**
 * The chosen pairs without the corroborations that contradict a same report: where one claim of a
 * corroboration is the same report as a third claim (one source's words in two outlets) and that
 * third claim takes the opposite stance to the other claim, the two sides do not confirm each
 * other on the matter ("no ceasefire that lets Kyiv rearm", the Kremlin's condition, is no
 * corroboration of "an immediate, unconditional ceasefire"); the stance rule reports them. The
 * pairs left out are returned apart: the other side did speak of their matter (no omission).
 */
function withoutContradictedCorroborations(
  chosen: readonly ScoredPair[],
  pairs: readonly ScoredPair[],
  threshold: number,
): { kept: ScoredPair[]; dropped: ScoredPair[] } {
  const byIds = new Map<string, ScoredPair>();
  for (const p of pairs) byIds.set(`${p.a.claim.id}|${p.b.claim.id}`, p).set(`${p.b.claim.id}|${p.a.claim.id}`, p);
  const reports = new Map<string, string[]>();
  for (const p of chosen) {
    if (p.relation !== "same-report") continue;
    reports.set(p.a.claim.id, [...(reports.get(p.a.claim.id) ?? []), p.b.claim.id]);
    reports.set(p.b.claim.id, [...(reports.get(p.b.claim.id) ?? []), p.a.claim.id]);
  }
  const contradicted = (own: string, other: string) =>
    (reports.get(own) ?? []).some((id) => {
      const q = id === other ? undefined : byIds.get(`${id}|${other}`);
      return q !== undefined && opposed(q, threshold);
    });
  const kept: ScoredPair[] = [];
  const dropped: ScoredPair[] = [];
  for (const p of chosen)
    (p.relation === "corroboration" && (contradicted(p.a.claim.id, p.b.claim.id) || contradicted(p.b.claim.id, p.a.claim.id)) ? dropped : kept).push(p);
  return { kept, dropped };
}

/** Share of an echo's keys that the later claim of its article must carry (one statement in the headline and again in the body), and their least score. */
const ECHO = 0.7;
const ECHO_SCORE = 0.6;
/** Most claims of one speaker in one article compared for echoes. */
const ECHO_GROUP = 60;

/**
 * Claims that repeat a later claim of the same side in the same article (a headline or lead
 * restating the body), each with the later claims it repeats: it says nothing they do not. The
 * later, fuller one is the report, and aligns with other articles where it matches them (see
 * {@link echoBlock}).
 */
function echoesOf(reps: readonly ClaimRep[], weights: ReturnType<typeof eventWeights>): Map<string, ClaimRep[]> {
  const groups = new Map<string, ClaimRep[]>();
  for (const r of reps) {
    const k = `${r.claim.articleId}|${r.side ?? r.speakerRoot}`;
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  const out = new Map<string, ClaimRep[]>();
  for (const list of groups.values()) {
    if (list.length < 2 || list.length > ECHO_GROUP) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = list[i]!.order < list[j]!.order ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
        const e = pairEvidence(x, y, weights, null);
        if (e.discriminative && e.score >= ECHO_SCORE && heldIn(x, e.shared, weights) >= ECHO) {
          const twins = out.get(x.claim.id);
          if (twins) twins.push(y);
          else out.set(x.claim.id, [y]);
        }
      }
    }
  }
  return out;
}

/**
 * Whether a pair joins an echo (see {@link echoesOf}) to a claim its later twin matches with a
 * full core too: there the twin, the report, aligns. Where the twin shares too little with that
 * claim, the echo is the better match and may align on its own strength, from the threshold (one
 * speaker's two claims in one article: the one that matches wins, not the later by rule).
 */
function echoBlock(echoes: ReadonlyMap<string, readonly ClaimRep[]>, pairs: readonly ScoredPair[], threshold: number): (p: ScoredPair) => boolean {
  if (echoes.size === 0) return () => false;
  const strong = new Set<string>();
  for (const q of pairs) {
    if (q.evidence.core < CORE_MIN) continue;
    strong.add(`${q.a.claim.id}|${q.b.claim.id}`);
    strong.add(`${q.b.claim.id}|${q.a.claim.id}`);
  }
  const blocked = (x: ClaimRep, other: ClaimRep) => echoes.get(x.claim.id)?.some((t) => t === other || strong.has(`${t.claim.id}|${other.claim.id}`)) ?? false;
  return (p) => (echoes.has(p.a.claim.id) || echoes.has(p.b.claim.id)) && (p.evidence.score < threshold || blocked(p.a, p.b) || blocked(p.b, p.a));
}

/**
 * Share of what the earlier claim `x` says that the later one holds too (`shared`: their keys in
 * common, word stems counting only there): 1 when `x` says nothing the later claim does not. The
 * earlier claim is an echo only when it says no more than the later: a lead that says more than
 * a short line after it ("sanctions and the prisoner exchange depend on a ceasefire" before
 * "sanctions hurt Gazprom") is no restatement of it, and stays the report another article matches.
 */
function heldIn(x: ClaimRep, shared: readonly { key: string; kind: string }[], weights: EventWeights): number {
  let mass = 0;
  for (const k of x.keys) if (k.kind !== "content") mass += weights.weight(k.key, k.kind);
  let common = 0;
  for (const k of shared) {
    const w = weights.weight(k.key, k.kind as Key["kind"]);
    common += w;
    if (k.kind === "content") mass += w;
  }
  return mass > 0 ? common / mass : 0;
}

/** `a` holds at a distance (in scare quotes) a word `b` uses plainly: a dispute over the word. */
function distances(a: ClaimRep, b: ClaimRep): boolean {
  if (a.scareWords.size === 0) return false;
  for (const w of wordsOf(b)) if (a.scareWords.has(w) && !b.scareWords.has(w)) return true;
  return false;
}

function alignmentOf(p: ScoredPair, embedThreshold: number): Alignment {
  return {
    claims: [p.a.claim.id, p.b.claim.id],
    relation: p.relation,
    score: Math.round(p.evidence.score * 1000) / 1000,
    keys: keyLabels(p, embedThreshold),
    diff: pairDiff(p.a, p.b),
  };
}

/** Per lexicon: the institution each side's own role stands for ("the US side" → the US government), by side. */
const sideBodiesCache = new WeakMap<LexiconModel, Map<string, string[]>>();
function sideBodies(lexicon: LexiconModel): Map<string, string[]> {
  let out = sideBodiesCache.get(lexicon);
  if (out) return out;
  out = new Map();
  for (const role of lexicon.roles()) {
    // A role nobody holds, of an institution of its side: the side speaking as a whole.
    if ((role.holders?.length ?? 0) > 0 || !role.of || !role.side) continue;
    const body = lexicon.entity(role.of);
    if (body?.kind !== "institution" || body.side !== role.side) continue;
    const list = out.get(role.side) ?? [];
    list.push(role.id, body.id);
    out.set(role.side, list);
  }
  sideBodiesCache.set(lexicon, out);
  return out;
}

/**
 * The bodies that speak for a party of the event as a whole: the institutions its leaders
 * belong to (the White House, the Kremlin, the Chinese government), the institution its side
 * speaks through ("Washington", "the Russian side"), and titles of those bodies whose holder is
 * not known. Like the party's state, they are every claim's ground, not a subject two claims
 * share; a ministry or an agency of the side stays a subject of its own.
 */
function partyBodies(lexicon: LexiconModel, participantIds: readonly string[], sides: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of participantIds) {
    let cur = lexicon.entity(id);
    for (let hops = 0; cur?.affiliation && hops < 3; hops++) {
      cur = lexicon.entity(cur.affiliation);
      if (cur?.kind === "institution") out.add(cur.id);
    }
  }
  for (const side of sides) for (const id of sideBodies(lexicon).get(side) ?? []) out.add(id);
  for (const role of lexicon.roles()) if (role.of && out.has(role.of) && role.side && sides.includes(role.side)) out.add(role.id);
  return [...out];
}

function compareEvent(
  event: EventGroup,
  embeddings: ReadonlyMap<string, readonly number[]> | null,
  options: ResolvedCompareOptions,
  lexicon: LexiconModel,
): ClaimEvent {
  // One call of several drawn together is weighed as the whole was: its claims still meet only each other.
  const ground = event.context ?? event;
  const weights = eventWeights(ground.reps, {
    ids: [...ground.participantIds, ...partyBodies(lexicon, ground.participantIds, ground.participantSides)],
    sides: ground.participantSides,
  });
  const accounts = buildAccounts(event.reps, event.participantSides);
  const pairs = scorePairs(event.reps, weights, embeddings);
  const related = pairs.filter((p) => sameMatter(p, options.threshold));
  const echoes = echoesOf(event.reps, weights);
  const echoed = echoBlock(echoes, pairs, options.threshold);
  // An echo (a headline restating its article's body) does not align where the body does: the body is the report.
  const candidates = echoes.size ? pairs.filter((p) => !echoed(p)) : pairs;
  const chosen = selectAlignments(
    candidates,
    options.threshold,
    (p) => conflicting(p, options.threshold, echoed, weights),
    options.embedThreshold,
    (k) => weights.party(k),
  );
  const endorsed = endorsements(event.reps, pairs).filter(
    (p) => !chosen.some((q) => q.a === p.a && q.b === p.b) && !conflicting(p, options.threshold, echoed, weights),
  );
  const { kept, dropped: contradicted } = withoutContradictedCorroborations(chosen, pairs, options.threshold);
  const aligned = starReports([...kept, ...endorsed].sort((x, y) => x.a.order - y.a.order || x.b.order - y.b.order));
  const flagged: Disagreement[] = [];
  for (const [, rule] of RULES) {
    const input: RuleInput = { event, accounts, pairs, related, aligned, contradicted, weights, options, flagged };
    flagged.push(...rule(input));
  }
  const enabled = new Set(options.rules);
  const disagreements = ALL_RULES.flatMap((type) => (enabled.has(type) ? flagged.filter((d) => d.type === type) : []));
  const topics = new Map<string, number>();
  for (const r of event.reps) for (const t of r.topics) topics.set(t, (topics.get(t) ?? 0) + 1);
  return {
    id: event.id,
    type: event.type,
    date: event.date,
    participants: event.participants,
    topics: [...topics.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t),
    articles: event.articles,
    claims: event.reps.map((r) => r.claim.id),
    accounts: accounts.map(toAccountRecord),
    alignments: aligned.map((p) => alignmentOf(p, options.embedThreshold)),
    disagreements,
  };
}

/** A claim as written to the result: its topics are the concepts the comparison read; a relative date resolved against its event gets its day (or month). */
function outputClaim(c: Claim, r: ClaimRep | undefined): Claim {
  if (!r) return c;
  const resolved = c.date.iso === null && r.relative && (r.day !== null || r.period) ? { ...c.date, iso: r.day !== null ? isoOfDay(r.day) : r.period } : c.date;
  return { ...c, topics: r.topics, date: resolved };
}

function finish(p: Prepared, embeddings: ReadonlyMap<string, readonly number[]> | null): ComparisonResult {
  const articles = p.articles.map((a) => {
    const original = p.copies.get(a.id);
    if (original !== undefined) {
      const { text: _text, ...meta } = a;
      return { ...meta, claims: [], copyOf: original };
    }
    return { ...a, claims: a.claims.map((c) => outputClaim(c, p.reps.get(c.id))) };
  });
  const background = p.background.sort((x, y) => x.order - y.order).map((r) => r.claim.id);
  // From here on a claim's representation is needed only by its own event: the lists that held
  // every claim for the whole run are emptied, and each event is let go once it is compared, so
  // that a large comparison does not keep all its representations (and their caches) to the end.
  const groups: Array<EventGroup | null> = p.events;
  p.events = [];
  p.background = [];
  p.reps.clear();
  p.profiles.length = 0;
  const events: ClaimEvent[] = [];
  for (let i = 0; i < groups.length; i++) {
    events.push(compareEvent(groups[i]!, embeddings, p.options, p.model.lexicon));
    groups[i] = null;
  }
  return { articles, events, background, warnings: p.warnings };
}

/** Every claim compared, in canonical order, for the caller's embedding function. */
function embedTexts(r: Read): { ids: string[]; texts: string[] } {
  const ids: string[] = [];
  const texts: string[] = [];
  for (const p of r.profiles) {
    for (const x of p.reps) {
      ids.push(x.claim.id);
      texts.push(x.claim.assertion);
    }
  }
  return { ids, texts };
}

function toEmbeddings(ids: readonly string[], vectors: unknown): Map<string, readonly number[]> {
  if (!Array.isArray(vectors) || vectors.length !== ids.length || !vectors.every((v) => Array.isArray(v))) {
    throw new ClaimdiffError(
      "invalid_options",
      `Invalid options: embed must return one number[] per text (got ${Array.isArray(vectors) ? vectors.length : typeof vectors} for ${ids.length} texts).`,
    );
  }
  return new Map(ids.map((id, i) => [id, vectors[i] as number[]]));
}

/**
 * Compares the claims of many articles, from any extractor: reads what each claim asserts from
 * its text, language, speaker, side and date (people, states, concepts, amounts, predicates,
 * evaluations — not its `topics`, which the result fills in); collapses copies of one text;
 * groups the articles into events (participants, kind of encounter, shared keys, dates as a soft
 * signal; undated articles join the event they match); splits each event into one account per
 * side; aligns claims that assert the same thing (`same-report`, `corroboration`) and flags
 * disagreements (`omission`, `characterization`, `factual`, `stance`). The result is the same
 * whatever the order of the input. Work grows with the number of claims: candidates are
 * blocked by participants, dates and shared keys, never compared all against all.
 *
 * With a synchronous `options.embed`, embeddings add one similarity feature (for matching claims
 * and for grouping articles); an async one needs {@link compareClaimsAsync}.
 *
 * @throws {ClaimdiffError} `invalid_options` for bad options, `invalid_claims` for bad input.
 * @example
 * const results = articles.map((a) => extractClaims(a));
 * const cmp = compareClaims(results, { rules: ["omission", "characterization"] });
 * cmp.events[0].disagreements[0].explanation
 */
export function compareClaims(input: ReadonlyArray<ExtractionResult | ComparisonInputArticle> | readonly Claim[], options?: CompareOptions): ComparisonResult {
  const r = read(input, options);
  let embeddings: Map<string, readonly number[]> | null = null;
  if (r.options.embed) {
    const { ids, texts } = embedTexts(r);
    const vectors = ids.length ? r.options.embed(texts) : [];
    if (vectors instanceof Promise) {
      vectors.catch(() => undefined);
      throw new ClaimdiffError("invalid_options", "Invalid options: embed returned a Promise; use compareClaimsAsync() with an async embed function.");
    }
    embeddings = toEmbeddings(ids, vectors);
  }
  return finish(group(r, embeddings), embeddings);
}

/**
 * {@link compareClaims} for an async `options.embed` (a remote embedding service, say). The
 * texts of all compared claims are embedded in one call.
 *
 * @example
 * const cmp = await compareClaimsAsync(results, { embed: async (texts) => myModel.embed(texts) });
 */
export async function compareClaimsAsync(
  input: ReadonlyArray<ExtractionResult | ComparisonInputArticle> | readonly Claim[],
  options?: CompareOptions,
): Promise<ComparisonResult> {
  const r = read(input, options);
  let embeddings: Map<string, readonly number[]> | null = null;
  if (r.options.embed) {
    const { ids, texts } = embedTexts(r);
    embeddings = toEmbeddings(ids, ids.length ? await r.options.embed(texts) : []);
  }
  return finish(group(r, embeddings), embeddings);
}
