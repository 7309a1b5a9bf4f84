import type { Claim, ExtractionResult } from "../schema/claim.js";
import type { Warning } from "../schema/common.js";
import type { ComparisonResult } from "../schema/comparison.js";
import { ClaimdiffError } from "../errors.js";

type ResultArticle = ComparisonResult["articles"][number];
/** An article as carried by a comparison result: its metadata, its claims and optionally its text. */
export interface ComparisonInputArticle extends ResultArticle {}

/** What {@link compareClaims} accepts: extraction results, result articles, or bare claims. */
export type CompareInput = ReadonlyArray<ExtractionResult | ComparisonInputArticle> | readonly Claim[];

/** Input normalised to articles and a flat list of claims. */
export interface NormalizedInput {
  articles: ComparisonInputArticle[];
  claims: Claim[];
  warnings: Warning[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function claimProblem(c: unknown): string | null {
  if (!isObject(c)) return "is not an object";
  if (typeof c.id !== "string") return "has no string `id`";
  if (typeof c.articleId !== "string") return "has no string `articleId`";
  if (typeof c.language !== "string") return "has no string `language`";
  if (!isObject(c.speaker) || typeof c.speaker.name !== "string") return "has no `speaker.name`";
  if (!isObject(c.date)) return "has no `date` object";
  if (typeof c.assertion !== "string") return "has no string `assertion`";
  if (!Array.isArray(c.topics)) return "has no `topics` list";
  return null;
}

function checkClaims(claims: unknown[], where: string): Claim[] {
  claims.forEach((c, i) => {
    const problem = claimProblem(c);
    if (problem) {
      const id = isObject(c) && typeof c.id === "string" ? ` (${c.id})` : "";
      throw new ClaimdiffError("invalid_claims", `Invalid claims: claim ${i}${id} of ${where} ${problem}. Pass the claims returned by extractClaims().`);
    }
  });
  return claims as Claim[];
}

function syntheticArticle(id: string, claims: Claim[]): ComparisonInputArticle {
  const first = claims[0];
  return {
    id,
    language: first?.language ?? "und",
    languageDetected: false,
    title: null,
    outlet: first?.outlet ?? null,
    url: null,
    publishedAt: null,
    publishedAtSource: "none",
    issuer: null,
    via: first?.via ?? [],
    textLength: 0,
    claims,
  };
}

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const at = (c: Claim, i: 0 | 1) => (Array.isArray(c.span) ? Number(c.span[i]) || 0 : 0);
const claimOrder = (x: Claim, y: Claim) => at(x, 0) - at(y, 0) || at(x, 1) - at(y, 1) || byId(x.id, y.id);

/**
 * Accepts extraction results (`{ article, text, claims }`), result articles (`{ id, …, claims }`)
 * or bare claims, and returns articles plus every claim, in a canonical order (articles by id,
 * claims by their place in the text) whatever the order of the input. Claims are checked for the
 * fields the comparison reads.
 *
 * @throws {ClaimdiffError} `invalid_claims` when an element is none of these.
 * @example
 * normalizeInput([extractClaims(a), extractClaims(b)]).claims.length
 */
export function normalizeInput(input: unknown): NormalizedInput {
  if (!Array.isArray(input)) {
    throw new ClaimdiffError("invalid_claims", "Invalid claims: compareClaims expects a list of extraction results, result articles or claims.");
  }
  const articles: ComparisonInputArticle[] = [];
  const loose = new Map<string, Claim[]>();
  input.forEach((el: unknown, i) => {
    if (!isObject(el)) throw new ClaimdiffError("invalid_claims", `Invalid claims: element ${i} is not an object.`);
    if (isObject(el.article) && Array.isArray(el.claims)) {
      const r = el as unknown as ExtractionResult;
      const claims = checkClaims(el.claims, `result ${r.article.id}`);
      articles.push({ ...r.article, claims, text: r.text });
    } else if (typeof el.id === "string" && Array.isArray(el.claims) && el.speaker === undefined) {
      const a = el as unknown as ComparisonInputArticle;
      articles.push({ ...a, claims: checkClaims(el.claims, `article ${a.id}`) });
    } else {
      const [c] = checkClaims([el], "the input");
      const list = loose.get(c!.articleId);
      if (list) list.push(c!);
      else loose.set(c!.articleId, [c!]);
    }
  });
  for (const [id, claims] of loose) articles.push(syntheticArticle(id, claims));
  // A canonical order, so that the result never depends on the order of the input: articles by
  // id (a result article and a bare claim of one article are merged), claims by their place in the text.
  const merged = new Map<string, ComparisonInputArticle>();
  for (const a of articles) {
    const seenArticle = merged.get(a.id);
    if (seenArticle) merged.set(a.id, { ...seenArticle, claims: [...seenArticle.claims, ...a.claims] });
    else merged.set(a.id, a);
  }
  articles.length = 0;
  for (const id of [...merged.keys()].sort(byId)) {
    const a = merged.get(id)!;
    articles.push({ ...a, claims: [...a.claims].sort(claimOrder) });
  }

  const warnings: Warning[] = [];
  const seen = new Set<string>();
  const claims: Claim[] = [];
  for (const a of articles) {
    for (const c of a.claims) {
      if (seen.has(c.id)) {
        warnings.push({ code: "duplicate_claim_id", message: `claim id ${c.id} appears twice; the second one is left out of the comparison` });
        continue;
      }
      seen.add(c.id);
      claims.push(c);
    }
  }
  return { articles, claims, warnings };
}
