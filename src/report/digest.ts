import type { ClaimEvent, Disagreement, DisagreementType } from "../schema/comparison.js";
import { disagreementSides, lookupClaims, sideLabel, unique, type IndexedClaim } from "./model.js";

type Index = ReadonlyMap<string, IndexedClaim>;

/** Disagreement types in reading order: contradictions first, omissions last. */
export const DISAGREEMENT_TYPES: readonly DisagreementType[] = ["factual", "stance", "characterization", "omission"];

/** What each type means, for the legend. */
export const TYPE_MEANINGS: Readonly<Record<DisagreementType, string>> = {
  factual: "the sides state different facts (numbers, dates, who did what)",
  stance: "the sides take opposite positions on the same matter",
  characterization: "the sides describe the same thing in different terms",
  omission: "one side reports something the other side's account leaves out",
};

const TYPE_RANK: Readonly<Record<DisagreementType, number>> = { factual: 0, stance: 0, characterization: 1, omission: 2 };

/** The topics a disagreement flags, `topic` first. */
export function flagTopics(d: Disagreement): string[] {
  return unique([d.topic, ...(d.topics ?? [])]);
}

/** A passage one side states and another side's account leaves out, with the topics it carries. */
export interface OmittedPassage {
  claim: IndexedClaim;
  /** The flagged topics of this passage. */
  topics: string[];
}

/**
 * The omission flags of an event that rest on shared claims, as one group: every claim shows
 * once, with all the topics flagged on it, and every silent side with the topics it leaves out.
 */
export interface OmissionGroup {
  /** Sides whose accounts state the passages. */
  speaking: string[];
  /** Sides whose accounts leave them out, with the topics each leaves out. */
  silent: { side: string; topics: string[] }[];
  passages: OmittedPassage[];
  /** Every topic flagged in the group, in order. */
  topics: string[];
  /** The comparison's flags merged here. */
  flags: Disagreement[];
  /** The highest confidence of its flags. */
  confidence: number;
}

/** One card of an event: a disagreement, or a group of omission flags. */
export type Card =
  | { kind: "disagreement"; disagreement: Disagreement; confidence: number; type: DisagreementType }
  | { kind: "omission"; group: OmissionGroup; confidence: number; type: "omission" };

/** A side of an event, as the summary names it. */
export interface SideSummary {
  side: string;
  /** "White House, Sean Spicer / US". */
  label: string;
  claims: number;
  /** Distinct source articles the side's claims come from. */
  sources: number;
}

/** Everything the summary and the cards need about one event. */
export interface EventDigest {
  event: ClaimEvent;
  sides: SideSummary[];
  /** Flags per type, as the comparison reports them. */
  counts: Record<DisagreementType, number>;
  /** Every card, ranked: factual and stance, then characterization, then omissions; by confidence within. */
  cards: Card[];
  /** The non-omission cards, ranked. */
  contradictions: Card[];
  /** The omission groups, ranked. */
  omissions: OmissionGroup[];
}

/**
 * Digests an event for the report: sides with their counts, flags counted by type, omission
 * flags grouped so that no claim is flagged twice, and every card ranked.
 *
 * @example
 * digestEvent(event, index).cards[0] // the strongest factual or stance disagreement
 */
export function digestEvent(event: ClaimEvent, index: Index): EventDigest {
  const counts: Record<DisagreementType, number> = { factual: 0, stance: 0, characterization: 0, omission: 0 };
  for (const d of event.disagreements) counts[d.type]++;
  const contradictions: Card[] = event.disagreements
    .filter((d) => d.type !== "omission")
    .map((d) => ({ kind: "disagreement", disagreement: d, confidence: d.confidence, type: d.type }));
  const omissions = groupOmissions(event, index);
  const groups: Card[] = omissions.map((group) => ({ kind: "omission", group, confidence: group.confidence, type: "omission" }));
  const cards = rankCards([...contradictions, ...groups]);
  const sides = event.accounts.map((account) => {
    const claims = lookupClaims(index, account.claims);
    return {
      side: account.side,
      label: sideLabel(account, index),
      claims: claims.length,
      sources: new Set(claims.map((c) => c.article.id)).size,
    };
  });
  return {
    event,
    sides,
    counts,
    cards,
    contradictions: cards.filter((c) => c.kind === "disagreement"),
    omissions: cards.flatMap((c) => (c.kind === "omission" ? [c.group] : [])),
  };
}

/** Ranks cards: type (factual and stance, characterization, omission), then confidence; stable. */
export function rankCards<T extends { type: DisagreementType; confidence: number }>(cards: readonly T[]): T[] {
  return cards
    .map((card, i) => ({ card, i }))
    .sort((a, b) => TYPE_RANK[a.card.type] - TYPE_RANK[b.card.type] || b.card.confidence - a.card.confidence || a.i - b.i)
    .map(({ card }) => card);
}

/**
 * The strongest cards of an event for its summary: at most `max`, contradictions before
 * omission groups (the ranking's order).
 */
export function strongestCards(digest: EventDigest, max: number): Card[] {
  return digest.cards.slice(0, Math.max(0, max));
}

/**
 * Groups the omission flags of an event: flags that share a claim become one group (one card),
 * so no claim is flagged twice; each group lists its passages once with the topics flagged on
 * them, and each silent side with the topics it leaves out.
 */
export function groupOmissions(event: ClaimEvent, index: Index): OmissionGroup[] {
  const flags = event.disagreements.filter((d) => d.type === "omission");
  if (flags.length === 0) return [];
  // Union-find over flags: two flags joined when they share a claim.
  const parent = flags.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  flags.forEach((d, i) => {
    for (const id of unique([...d.claims, ...Object.values(d.sides).flat()])) {
      const j = owner.get(id);
      if (j === undefined) owner.set(id, i);
      else parent[find(i)] = find(j);
    }
  });
  const members = new Map<number, number[]>();
  flags.forEach((_, i) => {
    const r = find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  });
  return [...members.values()].map((list) =>
    buildGroup(
      list.map((i) => flags[i]!),
      event,
      index,
    ),
  );
}

function buildGroup(flags: readonly Disagreement[], event: ClaimEvent, index: Index): OmissionGroup {
  const speaking: string[] = [];
  const silent = new Map<string, string[]>();
  const passages = new Map<string, OmittedPassage>();
  const topics: string[] = [];
  for (const d of flags) {
    const flagged = flagTopics(d);
    topics.push(...flagged);
    for (const { side, claims } of disagreementSides(d, event, index)) {
      if (claims.length === 0) {
        silent.set(side, unique([...(silent.get(side) ?? []), ...flagged]));
        continue;
      }
      speaking.push(side);
      for (const c of claims) {
        const p = passages.get(c.claim.id);
        if (p) p.topics = unique([...p.topics, ...flagged]);
        else passages.set(c.claim.id, { claim: c, topics: flagged });
      }
    }
  }
  const speakers = unique(speaking);
  return {
    speaking: speakers,
    silent: [...silent.entries()].filter(([side]) => !speakers.includes(side)).map(([side, t]) => ({ side, topics: t })),
    passages: [...passages.values()],
    topics: unique(topics),
    flags: [...flags],
    confidence: Math.max(...flags.map((d) => d.confidence)),
  };
}

/**
 * A one-line explanation of an omission group, written from its data.
 *
 * @example
 * omissionLine(group, labels) // "Only RU mentions korean-peninsula, iran-nuclear (2 passages); the US account does not."
 */
export function omissionLine(group: OmissionGroup, sideName: (side: string) => string): string {
  const who = group.speaking.map(sideName).join(" and ") || "one side";
  const n = group.passages.length;
  const passages = n === 1 ? "1 passage" : `${n} passages`;
  const silent = group.silent.map((s) => sideName(s.side));
  const tail = silent.length > 0 ? `; not in the ${silent.join(" or ")} account${silent.length > 1 ? "s" : ""}` : "";
  return `Only ${who} mention${group.speaking.length > 1 ? "" : "s"} ${group.topics.join(", ")} (${passages})${tail}.`;
}
