import type { Claim, ExtractionResult } from "../schema/claim.js";
import type { Warning } from "../schema/common.js";
import type { ClaimEvent, ComparisonResult, Disagreement, DisagreementType } from "../schema/comparison.js";
import { ClaimdiffError } from "../errors.js";
import { buildAccounts, toAccountRecord } from "./accounts.js";
import { alignEvent } from "./align.js";
import { scorePairs, type AlignContext } from "./pairs.js";
import { alignmentWeights, keyWeights, topicWeights } from "./weights.js";
import { groupEvents, type EventGroup } from "./events.js";
import { normalizeInput, type ComparisonInputArticle } from "./input.js";
import { claimKeys, type ClaimKeys } from "./keys.js";
import { lexiconFor } from "./lexicon.js";
import { ALL_RULES, resolveCompareOptions, type CompareOptions, type ResolvedCompareOptions } from "./options.js";
import { characterization } from "./rules/characterization.js";
import { factual } from "./rules/factual.js";
import { omission } from "./rules/omission.js";
import { stance } from "./rules/stance.js";
import { crossSidePairs, type Rule, type RuleInput } from "./rules/types.js";

export { CompareOptionsSchema, resolveCompareOptions, ALL_RULES, DEFAULT_PROCEDURAL_TOPICS } from "./options.js";
export type { CompareOptions, ResolvedCompareOptions, EmbedFunction } from "./options.js";
export type { ComparisonInputArticle, CompareInput } from "./input.js";

/** The rules, in the order they run: omission runs last, since it skips claims the others paired. */
const RULES: ReadonlyArray<[DisagreementType, Rule]> = [
  ["characterization", characterization],
  ["stance", stance],
  ["factual", factual],
  ["omission", omission],
];

/**
 * A claim kept out of every event: a past statement quoted for context, or one with no date basis.
 *
 * @example
 * isBackground({ ...claim, background: false, date: { iso: null, basis: null, text: null, span: null } }) // true
 */
export function isBackground(claim: Claim): boolean {
  return claim.background === true || (claim.date.iso === null && claim.date.basis === null);
}

interface Prepared {
  options: ResolvedCompareOptions;
  articles: ComparisonInputArticle[];
  keys: ClaimKeys[];
  background: string[];
  warnings: Warning[];
  events: EventGroup[];
}

function prepare(input: unknown, rawOptions: unknown): Prepared {
  const options = resolveCompareOptions(rawOptions);
  const { articles, claims, warnings } = normalizeInput(input);
  const background: string[] = [];
  const keys: ClaimKeys[] = [];
  const missing = new Set<string>();
  let lowConfidence = 0;
  for (const claim of claims) {
    if (claim.confidence < options.minConfidence) {
      lowConfidence++;
      continue;
    }
    if (isBackground(claim)) {
      background.push(claim.id);
      continue;
    }
    const { lexicon, missing: noPack } = lexiconFor(claim.language, options.packs);
    if (noPack) missing.add(claim.language);
    keys.push(claimKeys(claim, lexicon));
  }
  for (const lang of missing) {
    warnings.push({ code: "no-language-pack", message: `no language pack for "${lang}": its claims are compared by topics, names and numbers only (no evaluative terms, denials or units)` });
  }
  if (lowConfidence) {
    warnings.push({ code: "low-confidence", message: `${lowConfidence} claim(s) below minConfidence ${options.minConfidence} were left out of the comparison` });
  }
  return { options, articles, keys, background, warnings, events: groupEvents(keys, options.eventWindowDays, new Set(options.proceduralTopics)) };
}

function compareEvent(event: EventGroup, weights: ReadonlyMap<string, number>, ctx: AlignContext, options: ResolvedCompareOptions): ClaimEvent {
  const { accounts, neutral } = buildAccounts(event.claims);
  const pairs = scorePairs(event.claims, ctx);
  const alignments = alignEvent(pairs, options.threshold, ctx.procedural);
  const flagged: Disagreement[] = [];
  const cross = crossSidePairs(pairs, event);
  for (const [, rule] of RULES) {
    const input: RuleInput = { event, accounts, neutral, pairs, cross, alignments, flagged, weights, options };
    flagged.push(...rule(input));
  }
  const enabled = new Set(options.rules);
  const disagreements = ALL_RULES.flatMap((type) => (enabled.has(type) ? flagged.filter((d) => d.type === type) : []));
  return {
    id: event.id,
    type: event.type,
    date: event.date,
    participants: event.participants,
    topics: event.topics,
    articles: event.articles,
    claims: event.claims.map((k) => k.claim.id),
    accounts: accounts.map(toAccountRecord),
    alignments,
    disagreements,
  };
}

function finish(p: Prepared, embeddings: ReadonlyMap<string, readonly number[]> | null): ComparisonResult {
  const weights = topicWeights(p.keys);
  const ctx: AlignContext = {
    weights,
    callWeights: alignmentWeights(weights),
    procedural: new Set(p.options.proceduralTopics),
    entityWeights: keyWeights(p.keys, (k) => k.entities),
    embeddings,
    threshold: p.options.threshold,
    textThreshold: p.options.textThreshold,
    embedThreshold: p.options.embedThreshold,
  };
  return {
    articles: p.articles,
    events: p.events.map((e) => compareEvent(e, weights, ctx, p.options)),
    background: p.background,
    warnings: p.warnings,
  };
}

function embedTexts(p: Prepared): { ids: string[]; texts: string[] } {
  const ids: string[] = [];
  const texts: string[] = [];
  for (const e of p.events) {
    if (e.claims.length < 2) continue;
    for (const k of e.claims) {
      ids.push(k.claim.id);
      texts.push(k.claim.assertion);
    }
  }
  return { ids, texts };
}

function toEmbeddings(ids: readonly string[], vectors: unknown): Map<string, readonly number[]> {
  if (!Array.isArray(vectors) || vectors.length !== ids.length || !vectors.every((v) => Array.isArray(v))) {
    throw new ClaimdiffError("invalid_options", `Invalid options: embed must return one number[] per text (got ${Array.isArray(vectors) ? vectors.length : typeof vectors} for ${ids.length} texts).`);
  }
  return new Map(ids.map((id, i) => [id, vectors[i] as number[]]));
}

/**
 * Compares the claims of many articles: groups them into events (from participants, event
 * type, dates and topics, across articles and languages), splits each event into one account
 * per side, aligns claims that assert the same thing (`same-report`, `corroboration`) and flags
 * disagreements (`omission`, `characterization`, `factual`, `stance`). Background claims stay
 * out of every event. Work grows with the number of claims: candidates are blocked by date and
 * participants, never compared all against all.
 *
 * With a synchronous `options.embed`, embeddings add semantic similarity; an async one needs
 * {@link compareClaimsAsync}.
 *
 * @throws {ClaimdiffError} `invalid_options` for bad options, `invalid_claims` for bad input.
 * @example
 * const results = articles.map((a) => extractClaims(a));
 * const cmp = compareClaims(results, { rules: ["omission", "characterization"] });
 * cmp.events[0].disagreements[0].explanation
 */
export function compareClaims(
  input: ReadonlyArray<ExtractionResult | ComparisonInputArticle> | readonly Claim[],
  options?: CompareOptions,
): ComparisonResult {
  const p = prepare(input, options);
  let embeddings: Map<string, readonly number[]> | null = null;
  if (p.options.embed) {
    const { ids, texts } = embedTexts(p);
    const vectors = ids.length ? p.options.embed(texts) : [];
    if (vectors instanceof Promise) {
      vectors.catch(() => undefined);
      throw new ClaimdiffError("invalid_options", "Invalid options: embed returned a Promise; use compareClaimsAsync() with an async embed function.");
    }
    embeddings = toEmbeddings(ids, vectors);
  }
  return finish(p, embeddings);
}

/**
 * {@link compareClaims} for an async `options.embed` (a remote embedding service, say). The
 * texts of all claims in events are embedded in one call.
 *
 * @example
 * const cmp = await compareClaimsAsync(results, { embed: async (texts) => myModel.embed(texts) });
 */
export async function compareClaimsAsync(
  input: ReadonlyArray<ExtractionResult | ComparisonInputArticle> | readonly Claim[],
  options?: CompareOptions,
): Promise<ComparisonResult> {
  const p = prepare(input, options);
  let embeddings: Map<string, readonly number[]> | null = null;
  if (p.options.embed) {
    const { ids, texts } = embedTexts(p);
    embeddings = toEmbeddings(ids, ids.length ? await p.options.embed(texts) : []);
  }
  return finish(p, embeddings);
}
