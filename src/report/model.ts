import type { Claim } from "../schema/claim.js";
import type { Account, ClaimEvent, ComparisonResult, DisagreementType, EventType } from "../schema/comparison.js";
import type { CopyIndex } from "./copies.js";
import { sourceLabel } from "./sources.js";

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
  // Topics an omission flag names, and the sides that speak in it (the others are silent).
  const omittedTopics = new Map<string, Set<string>>();
  for (const d of event.disagreements) {
    if (d.type !== "omission") continue;
    const speaking = new Set(
      Object.entries(d.sides)
        .filter(([, ids]) => ids.length > 0)
        .map(([side]) => side),
    );
    for (const topic of unique([d.topic, ...(d.topics ?? [])])) {
      const set = omittedTopics.get(topic) ?? new Set<string>();
      for (const side of speaking) set.add(side);
      omittedTopics.set(topic, set);
    }
  }
  const accountClaims = event.accounts.map((account) => lookupClaims(index, account.claims));
  return topics.map((topic) => ({
    topic,
    cells: event.accounts.map((account, i) => {
      const claims = accountClaims[i]!.filter(({ claim }) => claim.topics.includes(topic)).map(({ claim }) => claim.id);
      const covered = account.topics.includes(topic) || claims.length > 0;
      const speakers = omittedTopics.get(topic);
      const omitted = !covered && speakers !== undefined && !speakers.has(account.side);
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

const claimSides = new WeakMap<ClaimEvent, Map<string, string>>();

/** The side of the account that lists a claim (one map per event, built once). */
function sideOfClaim(id: string, event: ClaimEvent): string | null {
  let map = claimSides.get(event);
  if (!map) {
    map = new Map();
    for (const account of event.accounts) for (const c of account.claims) if (!map.has(c)) map.set(c, account.side);
    claimSides.set(event, map);
  }
  return map.get(id) ?? null;
}

/** The date shown for a claim: its ISO date, else "date unknown". */
export function claimDateLabel(claim: Claim): string {
  return claim.date.iso ?? "date unknown";
}

/** Removes duplicates, keeping first occurrences in order. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Every article of a result by id (first occurrence wins). */
export function indexArticles(result: ComparisonResult): Map<string, ResultArticle> {
  const map = new Map<string, ResultArticle>();
  for (const a of result.articles) if (!map.has(a.id)) map.set(a.id, a);
  return map;
}

/**
 * An event as one line: "Phone call · 2017-01-28 · Donald Trump – Vladimir Putin".
 *
 * @example
 * eventTitle(event) // "Phone call · 2017-01-28 · Donald Trump – Vladimir Putin"
 */
export function eventTitle(event: ClaimEvent): string {
  const who = event.participants.length > 0 ? ` · ${event.participants.join(" – ")}` : "";
  return `${eventTypeLabel(event.type)} · ${event.date ?? "date unknown"}${who}`;
}

/** Warnings about a given input (a file that could not be read, an article that failed): they carry `input`. */
export function inputWarnings(result: ComparisonResult): ComparisonResult["warnings"] {
  return result.warnings.filter((w) => typeof w.input === "string" && w.input !== "");
}

/** The counts a report opens with. */
export interface ReportCounts {
  /** Distinct texts (originals and copies with claims of their own). */
  texts: number;
  /** Distinct outlets that carried them, copies included (each article of an unnamed outlet counts as one). */
  outlets: number;
  /** Articles folded into the original they copy. */
  copies: number;
  /** Distinct claims (a claim a copy repeats counts once). */
  claims: number;
  events: number;
  disagreements: number;
  byType: Record<DisagreementType, number>;
}

/** Counts texts, outlets, copies, claims, events and disagreements (by type) for the report's opening line. */
export function reportCounts(
  result: ComparisonResult,
  copies: Pick<CopyIndex, "root" | "claimAlias" | "copiesWithOwnClaims">,
  digests: readonly { counts: Record<DisagreementType, number> }[],
): ReportCounts {
  const byType: Record<DisagreementType, number> = { factual: 0, stance: 0, characterization: 0, omission: 0 };
  for (const d of digests) for (const t of Object.keys(byType) as DisagreementType[]) byType[t] += d.counts[t];
  const originals = result.articles.filter((a) => copies.root.get(a.id) === a.id);
  // Named outlets count once each; every article of an unnamed outlet counts as one more.
  const named = new Set<string>();
  let unnamed = 0;
  for (const a of result.articles) {
    const label = sourceLabel(a);
    if (label.named) named.add(label.outlet);
    else unnamed++;
  }
  let claims = 0;
  for (const a of result.articles) for (const c of a.claims) if (!copies.claimAlias.has(c.id)) claims++;
  return {
    texts: originals.length + copies.copiesWithOwnClaims.size,
    outlets: named.size + unnamed,
    copies: result.articles.length - originals.length,
    claims,
    events: result.events.length,
    disagreements: Object.values(byType).reduce((a, b) => a + b, 0),
    byType,
  };
}

/**
 * The report's opening line, in parts: texts and outlets (copies folded), claims, events and
 * disagreements by type.
 *
 * @example
 * reportLede(counts).join(" · ") // "6 texts from 8 outlets (2 copies folded into their originals) · 19 claims · …"
 */
export function reportLede(counts: ReportCounts): string[] {
  const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);
  const byType = (["factual", "stance", "characterization", "omission"] as const)
    .filter((t) => counts.byType[t] > 0)
    .map((t) => `${counts.byType[t]} ${t === "omission" ? plural(counts.byType[t], t) : t}`);
  const folded = counts.copies > 0 ? ` (${counts.copies} ${plural(counts.copies, "copy", "copies")} folded into their originals)` : "";
  return [
    `${counts.texts} ${plural(counts.texts, "text")} from ${counts.outlets} ${plural(counts.outlets, "outlet")}${folded}`,
    `${counts.claims} ${plural(counts.claims, "claim")}`,
    `${counts.events} ${plural(counts.events, "event")}`,
    `${counts.disagreements} ${plural(counts.disagreements, "disagreement")}${byType.length > 0 ? ` (${byType.join(", ")})` : ""}`,
  ];
}

/** Claims grouped by the article they come from, in order of first appearance. */
export function groupBySource(items: readonly IndexedClaim[]): IndexedClaim[][] {
  const bySource = new Map<string, IndexedClaim[]>();
  for (const item of items) {
    const list = bySource.get(item.article.id);
    if (list) list.push(item);
    else bySource.set(item.article.id, [item]);
  }
  return [...bySource.values()];
}
