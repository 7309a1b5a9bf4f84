import type { Claim } from "../schema/claim.js";
import type { Account, ClaimEvent, ComparisonResult, EventType } from "../schema/comparison.js";

/** An article of a comparison result, as carried by {@link ComparisonResult.articles}. */
export type ResultArticle = ComparisonResult["articles"][number];

/** A claim with the article it came from. */
export interface IndexedClaim {
  claim: Claim;
  article: ResultArticle;
}

/**
 * Indexes every claim of a result by id (first occurrence wins).
 *
 * @example
 * indexClaims(result).get("000_2d9b:c1")?.claim.speaker.name // "Sean Spicer"
 */
export function indexClaims(result: ComparisonResult): Map<string, IndexedClaim> {
  const index = new Map<string, IndexedClaim>();
  for (const article of result.articles) {
    for (const claim of article.claims) if (!index.has(claim.id)) index.set(claim.id, { claim, article });
  }
  return index;
}

/** The claims of `ids` that exist in `index`, in the given order. */
export function lookupClaims(index: ReadonlyMap<string, IndexedClaim>, ids: readonly string[]): IndexedClaim[] {
  return ids.flatMap((id) => {
    const hit = index.get(id);
    return hit ? [hit] : [];
  });
}

const EVENT_TYPE_LABELS: Readonly<Record<EventType, string>> = {
  "phone-call": "Phone call",
  "video-call": "Video call",
  meeting: "Meeting",
  summit: "Summit",
  statement: "Statements",
  other: "Event",
};

/** A human label for an event type: "phone-call" → "Phone call". */
export function eventTypeLabel(type: EventType): string {
  return EVENT_TYPE_LABELS[type];
}

/** The side shown to readers: "US", or "no side" for the `none` account. */
export function sideName(side: string): string {
  return side === "none" || side === "" ? "no side" : side;
}

/**
 * Labels a side's account by its main speakers (the two with the most claims) and its ISO side.
 *
 * @example
 * sideLabel(account, index) // "White House, Sean Spicer / US"
 */
export function sideLabel(account: Account, index: ReadonlyMap<string, IndexedClaim>, maxSpeakers = 2): string {
  const counts = new Map<string, number>();
  for (const { claim } of lookupClaims(index, account.claims)) {
    counts.set(claim.speaker.name, (counts.get(claim.speaker.name) ?? 0) + 1);
  }
  for (const name of account.speakers) if (!counts.has(name)) counts.set(name, 0);
  const names = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, maxSpeakers)
    .map(([name]) => name);
  const side = sideName(account.side);
  return names.length > 0 ? `${names.join(", ")} / ${side}` : side;
}

/** One cell of the coverage matrix: does this side's account mention the topic? */
export interface CoverageCell {
  side: string;
  covered: boolean;
  /** ids of the side's claims tagged with the topic. */
  claims: string[];
  /** true when an `omission` disagreement on this topic names this side as the silent one. */
  omitted: boolean;
}

/** A row of the coverage matrix: one topic across every side of the event. */
export interface CoverageRow {
  topic: string;
  cells: CoverageCell[];
}

/**
 * The topic coverage matrix of an event: one row per topic (the event's topics first, then any
 * topic only an account lists), one cell per account.
 *
 * @example
 * coverageMatrix(event, index)[0] // { topic: "syria", cells: [{ side: "US", covered: false, … }, …] }
 */
export function coverageMatrix(event: ClaimEvent, index: ReadonlyMap<string, IndexedClaim>): CoverageRow[] {
  const topics = unique([...event.topics, ...event.accounts.flatMap((a) => a.topics)]);
  const omissions = event.disagreements.filter((d) => d.type === "omission");
  return topics.map((topic) => ({
    topic,
    cells: event.accounts.map((account) => {
      const claims = lookupClaims(index, account.claims)
        .filter(({ claim }) => claim.topics.includes(topic))
        .map(({ claim }) => claim.id);
      const covered = account.topics.includes(topic) || claims.length > 0;
      const omitted = !covered && omissions.some((d) => d.topic === topic);
      return { side: account.side, covered, claims, omitted };
    }),
  }));
}

/**
 * The claims of a disagreement grouped by side, one group per account of the event (so a side
 * that stays silent on an omitted topic still gets an empty group), then any other side named.
 */
export function disagreementSides(
  disagreement: ClaimEvent["disagreements"][number],
  event: ClaimEvent,
  index: ReadonlyMap<string, IndexedClaim>,
): { side: string; claims: IndexedClaim[] }[] {
  const bySide = new Map<string, string[]>();
  for (const [side, ids] of Object.entries(disagreement.sides)) bySide.set(side, [...ids]);
  const assigned = new Set([...bySide.values()].flat());
  for (const id of disagreement.claims) {
    if (assigned.has(id)) continue;
    const side = index.get(id)?.claim.speaker.side ?? sideOfClaim(id, event) ?? "none";
    bySide.set(side, [...(bySide.get(side) ?? []), id]);
  }
  const order = unique([...event.accounts.map((a) => a.side), ...bySide.keys()]);
  return order
    .filter((side) => bySide.has(side) || disagreement.type === "omission")
    .map((side) => ({ side, claims: lookupClaims(index, bySide.get(side) ?? []) }));
}

function sideOfClaim(id: string, event: ClaimEvent): string | null {
  return event.accounts.find((a) => a.claims.includes(id))?.side ?? null;
}

/** The date shown for a claim: its ISO date, else "date unknown". */
export function claimDateLabel(claim: Claim): string {
  return claim.date.iso ?? "date unknown";
}

/** The outlet shown for a claim: its own outlet, else the article's, else "outlet unknown". */
export function claimOutletLabel(claim: Claim, article: ResultArticle): string {
  return claim.outlet ?? article.outlet ?? "outlet unknown";
}

/** Removes duplicates, keeping first occurrences in order. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Counts for the report header. */
export function resultSummary(result: ComparisonResult): { articles: number; claims: number; events: number } {
  return {
    articles: result.articles.length,
    claims: result.articles.reduce((n, a) => n + a.claims.length, 0),
    events: result.events.length,
  };
}
