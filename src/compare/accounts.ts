import type { Account } from "../schema/comparison.js";
import type { ClaimKeys } from "./keys.js";

/** The claims of one side within an event. */
export interface SideAccount {
  side: string;
  claims: ClaimKeys[];
  /** Topics of the account, most frequent first. */
  topics: string[];
}

function byFrequency(values: Iterable<string>): string[] {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

/**
 * Splits an event's claims into one account per side: every speaker of a side (Sean Spicer and
 * the White House; Peskov and the Kremlin) speaks in that side's account. Claims with no side
 * (media, "Putin and Trump", unknown speakers) belong to no account and are returned apart.
 *
 * @example
 * const { accounts, neutral } = buildAccounts(event.claims);
 * accounts.map((a) => a.side) // ["RU", "US"]
 */
export function buildAccounts(claims: readonly ClaimKeys[]): { accounts: SideAccount[]; neutral: ClaimKeys[] } {
  const bySide = new Map<string, ClaimKeys[]>();
  const neutral: ClaimKeys[] = [];
  for (const k of claims) {
    if (!k.side) {
      neutral.push(k);
      continue;
    }
    const list = bySide.get(k.side);
    if (list) list.push(k);
    else bySide.set(k.side, [k]);
  }
  const accounts = [...bySide.entries()]
    .map(([side, list]) => ({ side, claims: list, topics: byFrequency(list.flatMap((k) => k.topics)) }))
    .sort((a, b) => b.claims.length - a.claims.length || a.side.localeCompare(b.side));
  return { accounts, neutral };
}

/**
 * The account as written to the result: side, speakers (most frequent first), claim ids, topics.
 *
 * @example
 * toAccountRecord(account) // { side: "US", speakers: ["White House", "Sean Spicer"], claims: [...], topics: [...] }
 */
export function toAccountRecord(account: SideAccount): Account {
  return {
    side: account.side,
    speakers: byFrequency(account.claims.map((k) => k.claim.speaker.name)),
    claims: account.claims.map((k) => k.claim.id),
    topics: account.topics,
  };
}
