import type { EventType } from "../schema/comparison.js";
import { getEntity } from "../lexicon/index.js";
import { isoOfDay, type ClaimKeys } from "./keys.js";

/** Topics that name the kind of event a claim reports, most telling first. */
const EVENT_TYPE_TOPICS: ReadonlyArray<[string, EventType, number]> = [
  ["video-call", "video-call", 1],
  ["phone-call", "phone-call", 1],
  ["summit", "summit", 1],
  // "meeting" often names a meeting still to come, so it counts for less.
  ["meeting", "meeting", 0.5],
];
/** Topics that name the kind of event (a call, a meeting, a summit). */
export const EVENT_TOPICS: ReadonlySet<string> = new Set(EVENT_TYPE_TOPICS.map(([t]) => t));

/** Topics that name a call itself: they tell which event a claim is about, not what it asserts. */
export const CALL_TOPICS: readonly string[] = ["phone-call", "video-call"];

/** A group of claims reporting one event, before accounts and rules. */
export interface EventGroup {
  id: string;
  type: EventType;
  date: string | null;
  /**
   * Day number of the event itself: the earliest day a side dates a report of the call or
   * meeting from the text, else the day most claims carry. Null for month- or year-dated events.
   */
  day: number | null;
  participants: string[];
  /**
   * Sides of the people other sides name as taking part (the Kremlin names Trump, the White
   * House names Putin → RU, US). A side that only reacts (Zelenskyy on a Biden–Putin call)
   * speaks but is not named by the others: it is not one.
   */
  participantSides: string[];
  topics: string[];
  articles: string[];
  claims: ClaimKeys[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Whether a claim dates the event itself firmly (a dated report of the call or meeting). */
const anchorsDay = (k: ClaimKeys) => k.firmDate && k.side !== null && k.topics.some((t) => EVENT_TOPICS.has(t));

/**
 * Two neighbouring days hold different events when one side reports an event, with a date
 * taken from the text, on each of them: "calls on different days do not merge". A report
 * dated only by its publication (a readout issued the next morning) joins the day before.
 */
function daysConflict(a: readonly ClaimKeys[], b: readonly ClaimKeys[]): boolean {
  const sidesA = new Set(a.filter(anchorsDay).map((k) => k.side));
  return b.some((k) => anchorsDay(k) && sidesA.has(k.side));
}

/**
 * Groups day-dated claims into blocks of at most `window + 1` consecutive days, starting from
 * the busiest days. Linear in the number of claims (after sorting the days).
 *
 * @example
 * dayBlocks(keys, 1).length // 3 (28 Jan 2017 with a readout of the 29th, 2 May 2017, …)
 */
export function dayBlocks(keys: readonly ClaimKeys[], window: number): ClaimKeys[][] {
  const byDay = new Map<number, ClaimKeys[]>();
  for (const k of keys) {
    if (k.day === null) continue;
    const list = byDay.get(k.day);
    if (list) list.push(k);
    else byDay.set(k.day, [k]);
  }
  const order = [...byDay.keys()].sort((x, y) => byDay.get(y)!.length - byDay.get(x)!.length || x - y);
  const taken = new Set<number>();
  const blocks: ClaimKeys[][] = [];
  for (const peak of order) {
    if (taken.has(peak)) continue;
    taken.add(peak);
    let lo = peak;
    let hi = peak;
    const members = [...byDay.get(peak)!];
    for (let off = 1; off <= window; off++) {
      for (const d of [peak - off, peak + off]) {
        const list = byDay.get(d);
        if (!list || taken.has(d) || Math.max(hi, d) - Math.min(lo, d) > window) continue;
        if (daysConflict(members, list)) continue;
        taken.add(d);
        members.push(...list);
        lo = Math.min(lo, d);
        hi = Math.max(hi, d);
      }
    }
    blocks.push(members);
  }
  return blocks;
}

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      const p = this.parent[this.parent[x]!]!;
      this.parent[x] = p;
      x = p;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }
}

/**
 * Splits the claims of one date block into events by who takes part. Claims that name two or
 * more sides (the Kremlin on "Putin and Trump", Zelenskyy on "Biden and Putin") anchor an
 * event; anchors sharing a pair of sides are one event. Claims naming one side join the
 * anchored event of that side that shares most subjects with them (procedural topics such as
 * "phone-call" fit any event), else the largest; with no anchor the whole
 * block is one event.
 *
 * @example
 * splitByParticipants(block).map((e) => e.length) // [14, 2]: the Putin–Trump call, the Merkel call
 */
export function splitByParticipants(block: readonly ClaimKeys[], procedural: ReadonlySet<string> = new Set()): ClaimKeys[][] {
  const anchors = block.filter((k) => k.sides.length >= 2);
  if (anchors.length === 0) return [[...block]];
  const uf = new UnionFind();
  const firstByPair = new Map<string, number>();
  const ids = anchors.map(() => uf.add());
  anchors.forEach((k, i) => {
    for (let x = 0; x < k.sides.length; x++) {
      for (let y = x + 1; y < k.sides.length; y++) {
        const key = pairKey(k.sides[x]!, k.sides[y]!);
        const first = firstByPair.get(key);
        if (first === undefined) firstByPair.set(key, ids[i]!);
        else uf.union(first, ids[i]!);
      }
    }
  });
  const groups = new Map<number, { sides: Set<string>; topics: Map<string, number>; claims: ClaimKeys[] }>();
  anchors.forEach((k, i) => {
    const root = uf.find(ids[i]!);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { sides: new Set(), topics: new Map(), claims: [] }));
    g.claims.push(k);
    for (const s of k.sides) g.sides.add(s);
    for (const t of k.topics) g.topics.set(t, (g.topics.get(t) ?? 0) + 1);
  });
  const list = [...groups.values()];
  const rest: ClaimKeys[] = [];
  for (const k of block) {
    if (k.sides.length >= 2) continue;
    const candidates = k.sides.length === 0 ? list : list.filter((g) => g.sides.has(k.sides[0]!));
    if (candidates.length === 0) {
      rest.push(k);
      continue;
    }
    let best = candidates[0]!;
    let bestScore = -1;
    for (const g of candidates) {
      // Shared subjects decide; procedural topics ("phone-call") fit any event; then size.
      const score = k.topics.reduce((n, t) => n + (procedural.has(t) ? 0 : g.topics.get(t) ?? 0), 0) * 1000 + g.claims.length;
      if (score > bestScore) {
        best = g;
        bestScore = score;
      }
    }
    best.claims.push(k);
  }
  const out = list.map((g) => g.claims);
  if (rest.length) out.push(rest);
  return out;
}

function eventType(claims: readonly ClaimKeys[]): EventType {
  let best: EventType = "statement";
  let bestScore = 0;
  for (const [topic, type, weight] of EVENT_TYPE_TOPICS) {
    const score = claims.filter((k) => k.topics.includes(topic)).length * weight;
    if (score > bestScore) {
      best = type;
      bestScore = score;
    }
  }
  return best;
}

function eventDay(claims: readonly ClaimKeys[]): number | null {
  const anchors = claims.filter(anchorsDay).map((k) => k.day).filter((d): d is number => d !== null);
  if (anchors.length) return Math.min(...anchors);
  const count = new Map<number, number>();
  for (const k of claims) if (k.day !== null) count.set(k.day, (count.get(k.day) ?? 0) + 1);
  const top = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return top ? top[0] : null;
}

/**
 * A statement dated from the text to a day before the event: it may align with the event's
 * claims, but it cannot be part of a side's account of what happened.
 *
 * @example
 * isPrior(rubioOnThursday, kremlinOnFriday) // true
 */
export function isPrior(k: ClaimKeys, event: Pick<EventGroup, "day">): boolean {
  return event.day !== null && k.firmDate && k.day !== null && k.day < event.day;
}

function eventDate(claims: readonly ClaimKeys[]): string | null {
  const count = new Map<number, number>();
  for (const k of claims) if (k.day !== null) count.set(k.day, (count.get(k.day) ?? 0) + (k.firmDate ? 2 : 1));
  if (count.size === 0) return claims.find((k) => k.period)?.period ?? null;
  const [day] = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
  return isoOfDay(day);
}

/**
 * People taking part: those a claim of another side (or of no side) names. Putin named by the
 * White House and Biden named by the Kremlin take part; Zelenskyy, who only speaks about their
 * call, does not. Counts of mentions by id.
 */
function namedByOthers(claims: readonly ClaimKeys[], anyone = false): Map<string, number> {
  const count = new Map<string, number>();
  for (const k of claims) {
    for (const id of k.people) {
      const e = getEntity(id);
      if (!e || e.kind !== "person" || !e.side || (!anyone && e.side === k.side)) continue;
      count.set(id, (count.get(id) ?? 0) + 1);
    }
  }
  return count;
}

function participants(claims: readonly ClaimKeys[]): string[] {
  let named = namedByOthers(claims);
  if (named.size === 0) named = namedByOthers(claims, true);
  const bySide = new Map<string, [string, number]>();
  for (const [id, n] of [...named.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const side = getEntity(id)!.side!;
    if (!bySide.has(side)) bySide.set(side, [id, n]);
  }
  return [...bySide.values()].map(([id]) => getEntity(id)!.name).sort();
}

function participantSides(claims: readonly ClaimKeys[]): string[] {
  return [...new Set([...namedByOthers(claims).keys()].map((id) => getEntity(id)!.side!))].sort();
}

function byFrequency(values: Iterable<string>): string[] {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

const slug = (s: string) => s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function describe(claims: ClaimKeys[]): Omit<EventGroup, "id"> {
  const sorted = [...claims].sort((a, b) => (a.day ?? 0) - (b.day ?? 0));
  return {
    type: eventType(claims),
    date: eventDate(claims),
    day: eventDay(claims),
    participants: participants(claims),
    participantSides: participantSides(claims),
    topics: byFrequency(claims.flatMap((k) => k.topics)),
    articles: [...new Set(sorted.map((k) => k.claim.articleId))],
    claims,
  };
}

/**
 * Groups claims into events from their dates, the sides and people they name, and the kind
 * of event their topics describe — never from the article they came from. Claims are blocked
 * by date first (so the work grows with the claims, not with their pairs), then split by
 * participants.
 *
 * @example
 * groupEvents(keys, 1).map((e) => e.id) // ["2017-01-28-phone-call-donald-trump-vladimir-putin", …]
 */
export function groupEvents(keys: readonly ClaimKeys[], window: number, procedural: ReadonlySet<string> = new Set()): EventGroup[] {
  const blocks = dayBlocks(keys, window);
  const byPeriod = new Map<string, ClaimKeys[]>();
  for (const k of keys) {
    if (k.day !== null || !k.period) continue;
    const list = byPeriod.get(k.period);
    if (list) list.push(k);
    else byPeriod.set(k.period, [k]);
  }
  blocks.push(...byPeriod.values());
  const described = blocks.flatMap((b) => splitByParticipants(b, procedural)).map(describe);
  described.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || b.claims.length - a.claims.length);
  const used = new Map<string, number>();
  return described.map((e) => {
    const who = e.participants.map((p) => slug(p.split(" ").pop() ?? p)).join("-");
    const base = [e.date ?? "undated", e.type, who].filter(Boolean).join("-");
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...e };
  });
}
