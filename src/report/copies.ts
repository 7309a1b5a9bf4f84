import type { Claim } from "../schema/claim.js";
import type { Alignment, ClaimEvent, ComparisonResult, Disagreement } from "../schema/comparison.js";
import type { ResultArticle } from "./model.js";

/**
 * Copies of one text carried by several outlets (a wire story, a republication), as the
 * comparison marks them with `copyOf`. The report shows each text once, as its original with
 * "also in N outlets", so its size grows with distinct content, not with copies.
 */
export interface CopyIndex {
  /** The original whose text each article carries (the article itself when it is no copy). */
  readonly root: ReadonlyMap<string, string>;
  /** The copies of each original that has any, in result order. */
  readonly copies: ReadonlyMap<string, readonly ResultArticle[]>;
  /** A claim of a copy → the same claim of its original (claims a copy repeats). */
  readonly claimAlias: ReadonlyMap<string, string>;
  /** Copies that carry claims their original does not: they keep a source section of their own. */
  readonly copiesWithOwnClaims: ReadonlySet<string>;
}

/**
 * Indexes the copies of a result. `copyOf` chains are followed to the first article that is no
 * copy; a cycle's earliest article is its original; a `copyOf` naming an article that is not in
 * the result is ignored. When a copy still lists claims, each is matched to its original's
 * claim with the same span and speaker, else the same speaker and wording, else the same
 * wording; a claim with no match stays the copy's own.
 *
 * @example
 * indexCopies(result).copies.get("ap-wire")?.length // 59: carried by 59 other outlets
 */
export function indexCopies(result: ComparisonResult): CopyIndex {
  const byId = new Map<string, ResultArticle>();
  const order = new Map<string, number>();
  result.articles.forEach((a, i) => {
    if (!byId.has(a.id)) {
      byId.set(a.id, a);
      order.set(a.id, i);
    }
  });
  const root = new Map<string, string>();
  for (const id of byId.keys()) resolveRoot(id, byId, order, root);

  const copies = new Map<string, ResultArticle[]>();
  const claimAlias = new Map<string, string>();
  const copiesWithOwnClaims = new Set<string>();
  for (const [id, article] of byId) {
    const original = root.get(id)!;
    if (original === id) continue;
    const list = copies.get(original);
    if (list) list.push(article);
    else copies.set(original, [article]);
    const own = aliasClaims(article.claims, byId.get(original)!.claims, claimAlias);
    if (own) copiesWithOwnClaims.add(id);
  }
  return { root, copies, claimAlias, copiesWithOwnClaims };
}

function resolveRoot(id: string, byId: ReadonlyMap<string, ResultArticle>, order: ReadonlyMap<string, number>, root: Map<string, string>): string {
  const path: string[] = [];
  const onPath = new Set<string>();
  let at = id;
  let found: string | undefined;
  for (;;) {
    const known = root.get(at);
    if (known !== undefined) {
      found = known;
      break;
    }
    if (onPath.has(at)) {
      // A cycle: its earliest article is the original of all of them.
      const cycle = path.slice(path.indexOf(at));
      found = cycle.reduce((a, b) => (order.get(b)! < order.get(a)! ? b : a));
      break;
    }
    path.push(at);
    onPath.add(at);
    const next = byId.get(at)!.copyOf;
    if (typeof next !== "string" || next === at || !byId.has(next)) {
      found = at;
      break;
    }
    at = next;
  }
  for (const p of path) root.set(p, found);
  return found;
}

/** Maps each copy claim to its original's claim; true when some claim of the copy has none. */
function aliasClaims(copyClaims: readonly Claim[], originalClaims: readonly Claim[], alias: Map<string, string>): boolean {
  if (copyClaims.length === 0) return false;
  const keys: ((c: Claim) => string)[] = [
    (c) => `${c.span[0]}:${c.span[1]}\u0000${c.speaker.name}\u0000${c.assertion}`,
    (c) => `${c.speaker.name}\u0000${normalise(c.assertion)}`,
    (c) => normalise(c.assertion),
  ];
  const tables = keys.map((key) => {
    const table = new Map<string, string>();
    for (const c of originalClaims) {
      const k = key(c);
      if (!table.has(k)) table.set(k, c.id);
    }
    return table;
  });
  let own = false;
  for (const c of copyClaims) {
    let match: string | undefined;
    for (let i = 0; i < keys.length && match === undefined; i++) match = tables[i]!.get(keys[i]!(c));
    if (match !== undefined && match !== c.id) alias.set(c.id, match);
    else if (match === undefined) own = true;
  }
  return own;
}

function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The result as the report shows it: every claim of a copy replaced by its original's claim in
 * the events and the background, so accounts, alignments and disagreements list each claim once;
 * alignments reduced to one claim are dropped, and repeated alignments and disagreements (the
 * same claims, type and topic) are kept once, at their highest confidence. Articles are kept
 * as they are: the renderers show copies through {@link CopyIndex}.
 */
export function collapseCopies(result: ComparisonResult, copies: CopyIndex): ComparisonResult {
  if (copies.claimAlias.size === 0 && copies.copies.size === 0) return result;
  const canon = (id: string): string => copies.claimAlias.get(id) ?? id;
  const ids = (list: readonly string[]): string[] => [...new Set(list.map(canon))];
  const events = result.events.map(
    (event): ClaimEvent => ({
      ...event,
      articles: [...new Set(event.articles.map((id) => copies.root.get(id) ?? id))],
      claims: ids(event.claims),
      accounts: event.accounts.map((a) => ({ ...a, claims: ids(a.claims) })),
      alignments: dedupe(
        event.alignments.map((a): Alignment => ({ ...a, claims: ids(a.claims) })).filter((a) => a.claims.length >= 2),
        (a) => `${a.relation}\u0000${[...a.claims].sort().join("\u0000")}`,
        (a) => a.score,
      ),
      disagreements: dedupe(
        event.disagreements.map(
          (d): Disagreement => ({
            ...d,
            claims: ids(d.claims),
            sides: Object.fromEntries(Object.entries(d.sides).map(([side, list]) => [side, ids(list)])),
          }),
        ),
        (d) => `${d.type}\u0000${d.topic}\u0000${[...d.claims].sort().join("\u0000")}`,
        (d) => d.confidence,
      ),
    }),
  );
  return { ...result, events, background: ids(result.background) };
}

/** Keeps one item per key, at the place of its first occurrence, with the highest `weight`. */
function dedupe<T>(items: readonly T[], key: (item: T) => string, weight: (item: T) => number): T[] {
  const at = new Map<string, number>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    const i = at.get(k);
    if (i === undefined) {
      at.set(k, out.length);
      out.push(item);
    } else if (weight(item) > weight(out[i]!)) {
      out[i] = item;
    }
  }
  return out;
}
