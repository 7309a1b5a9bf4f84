import type { EventType } from "../../schema/comparison.js";
import type { LexiconModel } from "../../model/index.js";
import { holderOn, isoOfDay, type ClaimRep } from "../represent/index.js";
import { clusterArticles, type ArticleCluster } from "./cluster.js";
import type { ArticleProfile } from "./profile.js";
import { resolveRelative } from "./dates.js";
import { issuerParties, markIssuerSides } from "./issuer-parties.js";

/** A group of claims reporting one event, before accounts and rules. */
export interface EventGroup {
  id: string;
  type: EventType;
  date: string | null;
  /** Day number of the event, when known to the day. */
  day: number | null;
  /** Canonical names of the people taking part. */
  participants: string[];
  participantIds: string[];
  /** Sides of the people taking part (and of joint speakers): the sides whose accounts are compared. */
  participantSides: string[];
  articles: string[];
  reps: ClaimRep[];
  /**
   * When the event is one call of several an article drew together: all those calls' claims and
   * parties, against which a key's weight is measured as it was before the split (two claims of
   * one call alone share only keys every claim of the event carries).
   */
  context?: { reps: ClaimRep[]; participantIds: string[]; participantSides: string[] };
}

/** What grouping returns: the events and the claims kept out of every event. */
export interface Grouping {
  events: EventGroup[];
  background: ClaimRep[];
}

/** Kinds of encounter by how telling they are: a video call is a call, a summit a meeting. */
const KIND_WEIGHT: ReadonlyArray<[string, EventType, number]> = [
  ["video-call", "video-call", 2],
  ["summit", "summit", 2],
  ["visit", "meeting", 1.5],
  ["phone-call", "phone-call", 1],
  // "Meeting" often names one proposed during a call, so it counts for less than the call itself.
  ["meeting", "meeting", 0.5],
];

/** What one claim naming a bloc's summit adds to the kind summit (below a meeting's 0.5). */
const BLOC_SUMMIT_WEIGHT = 0.25;

const bump = <K>(m: Map<K, number>, k: K, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/**
 * The kind of an event from the kinds its claims name, the telling ones first: one side calling it
 * a video call makes it one, even where other claims say "the call" or "the conversation".
 */
function eventType(all: readonly ClaimRep[], cluster: ArticleCluster | null, day: number | null): EventType {
  // A claim that dates the encounter it names to another day speaks of another encounter ("the
  // video call of 7 December" in the readout of a later phone call).
  const md = day === null ? null : Number(isoOfDay(day).slice(5, 7)) * 100 + Number(isoOfDay(day).slice(8, 10));
  const reps = all.filter((r) => md === null || !r.quantities.some((q) => q.kind === "date" && q.unit === "day" && q.lo !== md));
  // A call one side's own account calls a video call is one: "the call", "the conversation" of
  // the others do not contradict it.
  if (reps.some((r) => r.side && r.eventKinds.includes("video-call") && !r.eventKinds.includes("meeting"))) return "video-call";
  const score = new Map<EventType, number>();
  for (const r of reps) for (const k of r.eventKinds) for (const [kind, type, w] of KIND_WEIGHT) if (k === kind) bump(score, type, w);
  // A bloc's summit ("the NATO summit", "Nato-Gipfel", «саммит НАТО») is no encounter of the claim's
  // own, so it weighs least: the event is that summit only when no call, visit or meeting outweighs it.
  for (const r of reps) if (r.blocGatherings?.includes("summit")) bump(score, "summit", BLOC_SUMMIT_WEIGHT);
  // What the articles call the event (their titles and leads) weighs most: claims also mention past and future meetings.
  if (cluster) for (const [k, n] of cluster.kinds) for (const [kind, type, w] of KIND_WEIGHT) if (k === kind) bump(score, type, 1.5 * w * Math.min(n, 4));
  let best: EventType = "statement";
  let n = 0;
  for (const [, type] of KIND_WEIGHT) {
    const s = score.get(type) ?? 0;
    if (s > n) [best, n] = [type, s];
  }
  return best;
}

/**
 * The people taking part, one per side: each side is scored by how often claims of other sides
 * name its leader (the White House names Putin, the Kremlin names Trump), whether the articles
 * are about that leader (their titles and leads), and how much the side itself says about the
 * event (the Kremlin's readout makes Russia a party even where it names no American). Two sides
 * meet; a third or fourth takes part only when other sides name it about as often as the first
 * (a summit) — not a leader mentioned in passing, nor a third party that only speaks about it.
 */
function participantsOf(lexicon: LexiconModel, reps: readonly ClaimRep[], top: readonly string[]): string[] {
  const named = new Map<string, number>();
  const mentions = new Map<string, number>();
  const speaking = new Map<string, number>();
  for (const r of reps) {
    if (r.side) bump(speaking, r.side, 1);
    for (const id of r.people) {
      bump(mentions, id, 1);
      const side = lexicon.entity(id)?.side ?? null;
      if (side !== null && side === r.side) continue;
      bump(named, id, 1);
    }
  }
  for (const id of top) bump(mentions, id, 2);
  // The leader of each side: its person most mentioned anywhere.
  const leader = new Map<string, string>();
  for (const [id] of [...mentions.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const e = lexicon.entity(id);
    if (e?.kind !== "person") continue;
    const side = e.side ?? id;
    if (!leader.has(side)) leader.set(side, id);
  }
  const scored = [...leader.entries()]
    .map(([side, id]) => {
      const score = (named.get(id) ?? 0) + (top.includes(id) ? 2 : 0) + SPEAKING_WEIGHT * (speaking.get(side) ?? 0);
      return { id, score, named: named.get(id) ?? 0 };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const best = scored[0]?.score ?? 0;
  const floor = Math.max(reps.length < 6 ? 1 : 2, best / 10);
  return scored
    .filter((x, i) => (i < 2 ? x.score >= floor : x.named >= Math.max(floor, best / 3)))
    .slice(0, 4)
    .map((x) => x.id);
}

/** What each claim a side makes about an event adds to that side's claim to be a party to it. */
const SPEAKING_WEIGHT = 0.5;

/**
 * The day of the event: the day most claims date it to from the text, else from their publication.
 * The parties' own claims date it (a third party speaking of the call "after the conversation"
 * the next day does not move it), others only where no party's claim does.
 */
function eventDay(reps: readonly ClaimRep[], cluster: ArticleCluster | null, sides: ReadonlySet<string> = new Set()): number | null {
  const parties = reps.filter((r) => r.side !== null && sides.has(r.side));
  if (parties.some((r) => r.day !== null) && parties.length < reps.length) {
    const own = eventDay(parties, cluster);
    if (own !== null) return own;
  }
  const encounter = new Map<number, number>();
  const any = new Map<number, number>();
  for (const r of reps) {
    if (r.day === null) continue;
    // A day resolved against the event itself does not date it: a weekday or "yesterday" of an
    // undated article is placed by the event's day; a day and month with no year ("29-12") only
    // by its year, so it counts as a date of the text.
    const resolved = r.relative !== null && r.claim.date.iso === null;
    if (resolved && r.relative!.month == null) continue;
    bump(any, r.day, 1);
    if (r.firmDate && r.eventKinds.length) bump(encounter, r.day, 1);
  }
  // The earliest day that holds a fair share of the dates: a readout issued the morning after
  // dates itself, and is outnumbered by, the day of the call it reports.
  const earliest = (m: Map<number, number>) => {
    const best = Math.max(0, ...m.values());
    return (
      [...m.entries()]
        .filter(([, n]) => n >= best / 4)
        .map(([d]) => d)
        .sort((a, b) => a - b)[0] ?? null
    );
  };
  // Claims that date the encounter itself from the text ("the call on Saturday") come first; else
  // the day most claims carry (a statement dated in passing does not move the event).
  const most = (m: Map<number, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
  return earliest(encounter) ?? most(any) ?? cluster?.lo ?? null;
}

/**
 * Whether a claim reports another encounter than the event's: it names a person of a side that
 * takes no part in the event, and an encounter or its length ("45 minutes with Merkel").
 */
function otherEncounter(lexicon: LexiconModel, r: ClaimRep, sides: ReadonlySet<string>, speakingSides: ReadonlySet<string>): string[] {
  if (sides.size < 2) return [];
  const outsiders = r.people.filter((id) => {
    const side = lexicon.entity(id)?.side;
    return side !== undefined && side !== null && !sides.has(side) && !speakingSides.has(side);
  });
  if (outsiders.length === 0) return [];
  // A statement is no encounter: "Merz said that Starmer shared his view" reports none with Starmer.
  const encounter = r.eventKinds.some((k) => k !== "statement") || r.quantities.some((q) => q.kind === "duration");
  return encounter ? outsiders : [];
}

/** Whether a claim's own date puts it outside the event (a statement of another day or month). */
function outOfEvent(r: ClaimRep, day: number | null, window: number): boolean {
  if (day === null) return false;
  if (r.day !== null) return r.firmDate && Math.abs(r.day - day) > window + 1;
  if (r.period) return !isoOfDay(day).startsWith(r.period);
  return false;
}

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function describe(lexicon: LexiconModel, reps: ClaimRep[], cluster: ArticleCluster | null, window: number): Omit<EventGroup, "id"> {
  const participantIds = participantsOf(lexicon, reps, cluster?.top ?? []);
  const sides = new Set(participantIds.map((id) => lexicon.entity(id)?.side).filter((s): s is string => !!s));
  for (const r of reps) for (const s of r.jointSides) sides.add(s);
  for (const s of issuerParties(reps, sides)) sides.add(s);
  const day = eventDay(reps, cluster, sides);
  void window;
  const articles = [...new Set(reps.map((r) => r.claim.articleId))].sort();
  const dates = reps.map((r) => r.period).filter((p): p is string => !!p);
  return {
    type: eventType(reps, cluster, day),
    date: day !== null ? isoOfDay(day) : (dates[0] ?? null),
    day,
    participants: participantIds.map((id) => lexicon.entity(id)!.name).sort(),
    participantIds,
    participantSides: [...sides].sort(),
    articles,
    reps: [...reps].sort((a, b) => a.order - b.order),
  };
}

/**
 * Groups claims into events: articles are clustered by the event they report (participants,
 * kind of encounter, shared states, subjects and names; dates as a strong but soft signal), an
 * undated article joining the event it matches. Then claims are placed one by one: a past
 * statement stays out (background), a claim about another encounter ("45 minutes with Merkel")
 * goes to an event of its own, relative dates resolve against the event.
 *
 * @example
 * groupEvents(profiles, 1).events.map((e) => e.id) // ["2017-01-28-phone-call-putin-trump", …]
 */
export function groupEvents(lexicon: LexiconModel, profiles: readonly ArticleProfile[], window: number, embedThreshold = 1): Grouping {
  markIssuerSides(profiles);
  const clusters = clusterArticles(profiles, window, embedThreshold);
  const background: ClaimRep[] = [];
  const built: Array<Omit<EventGroup, "id">> = [];
  const clusterOf = new Map<Omit<EventGroup, "id">, ArticleCluster | null>();
  for (const cluster of clusters) {
    const reps: ClaimRep[] = [];
    for (const p of cluster.profiles) for (const r of p.reps) (r.background ? background : reps).push(r);
    if (reps.length === 0) continue;
    const parts = splitByCall(reps);
    // The articles' titles and leads tell of the whole cluster, not of one call of it.
    const from = built.length;
    for (const part of parts) placeClaims(lexicon, part, parts.length === 1 ? cluster : null, window, background, built);
    // The event of a cluster left whole comes first (its claims about other encounters follow).
    for (const e of built.slice(from)) clusterOf.set(e, parts.length === 1 && e === built[from] ? cluster : null);
    if (parts.length > 1) {
      const whole = describe(lexicon, reps, cluster, window);
      const context = { reps, participantIds: whole.participantIds, participantSides: whole.participantSides };
      for (const e of built.slice(from)) e.context = context;
    }
  }
  reassignAcrossEncounters(lexicon, built, clusterOf, window);
  returnToSummit(lexicon, built, clusterOf, window);
  followOwnDay(lexicon, built, clusterOf, window);
  for (const e of built) speakForParties(e);
  built.sort((a, b) => (a.date ?? "~").localeCompare(b.date ?? "~") || a.reps[0]!.order - b.reps[0]!.order);
  const used = new Map<string, number>();
  const events = built.map((e) => {
    const who = e.participantIds
      .map((id) => slug(lexicon.entity(id)?.name.split(" ").pop() ?? id))
      .sort()
      .join("-");
    const base = [e.date ?? "undated", e.type, who].filter(Boolean).join("-");
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...e };
  });
  return { events, background };
}

/**
 * A speaker with no side whose description names one party of the event ("a German government
 * spokesman", "un portavoce del governo tedesco", "a Kremlin aide" on a call with Germany or
 * Russia) speaks for that party: its claims corroborate the other side's and join its account,
 * rather than being the words of an unknown source. A description naming a state that takes no
 * part in the event (a Ukrainian official on a US–Russia call) leaves the speaker with no side.
 */
function speakForParties(e: Omit<EventGroup, "id">): void {
  // The event's own parties, and those of the calls it was drawn from (one side-meeting of a summit: Merz and Macron).
  const parties = e.context ? [...e.participantSides, ...e.context.participantSides] : e.participantSides;
  if (parties.length === 0) return;
  for (const r of e.reps) if (!r.side && r.describedSide && parties.includes(r.describedSide)) r.side = r.describedSide;
}

/** Places the claims of one call: past statements out, claims about another encounter in events of their own. */
function placeClaims(
  lexicon: LexiconModel,
  reps: ClaimRep[],
  cluster: ArticleCluster | null,
  window: number,
  background: ClaimRep[],
  built: Array<Omit<EventGroup, "id">>,
): void {
  const first = describe(lexicon, reps, cluster, window);
  const sides = new Set(first.participantSides);
  const speaking = new Set(reps.map((r) => r.side).filter((s): s is string => s !== null));
  const main: ClaimRep[] = [];
  const others = new Map<string, ClaimRep[]>();
  for (const r of reps) {
    resolveRelative(r, first.day);
    if (outOfEvent(r, first.day, window)) {
      background.push(r);
      continue;
    }
    const outsiders = otherEncounter(lexicon, r, sides, speaking);
    if (outsiders.length) {
      const key = outsiders.sort().join("|");
      const list = others.get(key);
      if (list) list.push(r);
      else others.set(key, [r]);
    } else main.push(r);
  }
  if (main.length) built.push(reholders(lexicon, describe(lexicon, main, cluster, window)));
  for (const list of others.values()) built.push(reholders(lexicon, describe(lexicon, list, null, window)));
}

/**
 * Moves the claims of an article that reports several encounters ("Trump spoke with Putin on
 * Monday and with Erdoğan on Tuesday": its claims speak for or name people of three sides or
 * more) to the events the other articles (readouts, reports of one encounter) give each: a claim whose speaker
 * or the people it names belong to a party of another event that shares a party with its own (the
 * caller) and to no party of its own event goes there, when its date allows; a claim of the
 * caller alone goes with the article's claims of the day its own date gives, when that day is
 * another event's and not its own. The parties of an event are read from its reports of one
 * encounter alone: a roundup names every partner.
 */
function reassignAcrossEncounters(
  lexicon: LexiconModel,
  built: Array<Omit<EventGroup, "id">>,
  clusterOf: Map<Omit<EventGroup, "id">, ArticleCluster | null>,
  window: number,
): void {
  if (built.length < 2) return;
  // The sides a claim speaks for or whose people it names (not the states it names: "talks
  // between Russia and Ukraine" report no encounter with either).
  const partiesOf = (r: ClaimRep) => {
    const sides = new Set<string>(r.jointSides);
    if (r.side) sides.add(r.side);
    for (const id of r.people) {
      const side = lexicon.entity(id)?.side;
      if (side) sides.add(side);
    }
    return sides;
  };
  const told = new Map<string, Set<string>>();
  for (const e of built)
    for (const r of e.reps) {
      let set = told.get(r.claim.articleId);
      if (!set) told.set(r.claim.articleId, (set = new Set()));
      for (const side of partiesOf(r)) set.add(side);
    }
  const roundups = new Set([...told].filter(([, sides]) => sides.size >= 3).map(([a]) => a));
  if (roundups.size === 0) return;
  const single = (r: ClaimRep) => !roundups.has(r.claim.articleId);
  // Each event's parties as its reports of one encounter tell them (none: it is a roundup's own).
  const parties = built.map((e) => {
    const sides = new Set<string>();
    for (const r of e.reps) if (single(r)) for (const side of partiesOf(r)) sides.add(side);
    return sides;
  });
  // The events each side is a party of, and each event's keys of a call, read once.
  const bySide = new Map<string, number[]>();
  for (const [i, sides] of parties.entries())
    for (const side of sides) {
      let list = bySide.get(side);
      if (!list) bySide.set(side, (list = []));
      list.push(i);
    }
  const callKeys = new Map<number, Set<string>>();
  const callKeysOf = (to: number): Set<string> => {
    let keys = callKeys.get(to);
    if (!keys)
      callKeys.set(to, (keys = new Set(built[to]!.reps.flatMap((x) => (single(x) ? x.keys.filter((k) => CALL_KEYS.has(k.kind)).map((k) => k.key) : [])))));
    return keys;
  };
  const moves = new Map<ClaimRep, { from: number; to: number }>();
  for (const [from, e] of built.entries()) {
    const own = parties[from]!.size > 0 ? parties[from]! : new Set(e.participantSides);
    for (const r of e.reps) {
      if (single(r)) continue;
      const sides = partiesOf(r);
      // A claim of the event's own parties alone belongs where its paragraph goes just before it,
      // when that names people of one other side only ("Merz then spoke with Starmer. He said the
      // fishing deal was within reach."): read as if the claim named them.
      if ([...sides].every((s) => own.has(s))) {
        const lead = new Set((r.leadSides ?? []).filter((s) => !sides.has(s)));
        if (lead.size === 1) sides.add([...lead][0]!);
      }
      // (only an event one of whose parties the claim names beyond its own event's can fit)
      const candidates = [...new Set([...sides].flatMap((side) => (own.has(side) ? [] : (bySide.get(side) ?? []))))];
      const fits = candidates.filter((to) => {
        if (to === from) return false;
        const theirs = parties[to]!;
        if (![...own].some((s) => theirs.has(s))) return false;
        if (![...sides].some((s) => theirs.has(s) && !own.has(s)) || [...sides].some((s) => own.has(s) && !theirs.has(s))) return false;
        const day = built[to]!.day;
        if (r.firmDate && r.day !== null && day !== null && Math.abs(r.day - day) > window) return false;
        // Its speaker is a party of that encounter alone; or it names one and tells of that
        // encounter: an encounter named, its day and not its own event's, or what its reports
        // say (a subject, place, amount or name) — "Merz said Starmer shared his view" in an
        // article on a meeting with Macron reports no call with Starmer.
        if (r.side && theirs.has(r.side) && !own.has(r.side)) return true;
        if (r.eventKinds.some((k) => k !== "statement")) return true;
        if (r.firmDate && r.day !== null && r.day === day && r.day !== e.day) return true;
        const keys = callKeysOf(to);
        return r.keys.some((k) => CALL_KEYS.has(k.kind) && keys.has(k.key));
      });
      if (fits.length === 1) moves.set(r, { from, to: fits[0]! });
    }
  }
  // A claim of the caller alone follows its article's claims of its own day.
  const movedTo = new Map<string, Set<number>>();
  for (const [x, m] of moves) {
    let set = movedTo.get(x.claim.articleId);
    if (!set) movedTo.set(x.claim.articleId, (set = new Set()));
    set.add(m.to);
  }
  for (const [from, e] of built.entries()) {
    for (const r of e.reps) {
      if (single(r) || moves.has(r) || !r.firmDate || r.day === null || r.day === e.day) continue;
      const to = [...(movedTo.get(r.claim.articleId) ?? [])].filter((i) => i !== from && built[i]!.day === r.day);
      if (to.length === 1 && [...partiesOf(r)].every((s) => parties[to[0]!]!.has(s))) moves.set(r, { from, to: to[0]! });
    }
  }
  if (moves.size === 0) return;
  const changed = new Set<number>();
  for (const [r, { from, to }] of moves) {
    built[from]!.reps = built[from]!.reps.filter((x) => x !== r);
    built[to]!.reps.push(r);
    changed.add(from);
    changed.add(to);
  }
  // The calls a roundup ties together are weighed as one whole, as when one cluster is split (see
  // `EventGroup.context`): two claims of one call alone share only keys every claim of it carries.
  // Every event holding claims of a roundup that moved is one of its calls.
  const moved = new Set([...moves.keys()].map((r) => r.claim.articleId));
  built.forEach((e, i) => e.reps.some((r) => moved.has(r.claim.articleId)) && changed.add(i));
  const group = new Map<number, number>([...changed].map((i) => [i, i]));
  const root = (i: number): number => (group.get(i) === i ? i : root(group.get(i)!));
  for (const { from, to } of moves.values()) if (root(from) !== root(to)) group.set(root(from), root(to));
  const first = new Map<string, number>();
  for (const i of changed)
    for (const a of new Set(built[i]!.reps.map((r) => r.claim.articleId)))
      if (moved.has(a)) {
        const j = first.get(a);
        if (j === undefined) first.set(a, i);
        else if (root(i) !== root(j)) group.set(root(i), root(j));
      }
  const wholes = new Map<number, ClaimRep[]>();
  for (const i of changed) {
    const list = wholes.get(root(i));
    if (list) list.push(...built[i]!.reps);
    else wholes.set(root(i), [...built[i]!.reps]);
  }
  const contexts = new Map<number, NonNullable<EventGroup["context"]>>();
  for (const [k, reps] of wholes) {
    const whole = describe(lexicon, reps, null, window);
    contexts.set(k, { reps, participantIds: whole.participantIds, participantSides: whole.participantSides });
  }
  for (const i of changed) {
    const e = built[i]!;
    if (e.reps.length === 0) continue;
    built[i] = { ...reholders(lexicon, describe(lexicon, e.reps, clusterOf.get(e) ?? null, window)), context: contexts.get(root(i))! };
  }
  for (let i = built.length - 1; i >= 0; i--) if (built[i]!.reps.length === 0) built.splice(i, 1);
}

/**
 * A summit article with one side-meeting sentence joins the side meeting's event whole ("On the
 * sidelines of the summit, Merz and Macron agreed …" in a report of Starmer's and Macron's words on
 * the summit): only its claims naming both people of the side meeting belong there. Each other
 * claim of it goes back to the one summit event of those days whose reports share a subject,
 * place, amount or name with it, and aligns with those reports.
 */
function returnToSummit(
  lexicon: LexiconModel,
  built: Array<Omit<EventGroup, "id">>,
  clusterOf: Map<Omit<EventGroup, "id">, ArticleCluster | null>,
  window: number,
): void {
  const summits = built.flatMap((e, i) => (e.type === "summit" ? [i] : []));
  if (summits.length < 2) return;
  const summitWord = (r: ClaimRep) => r.eventKinds.includes("summit") || r.blocGatherings.includes("summit");
  // Each summit event's keys of a call, by article, read once.
  const keysOf = new Map<number, Map<string, Set<string>>>();
  const keysByArticle = (i: number) => {
    let m = keysOf.get(i);
    if (!m) {
      keysOf.set(i, (m = new Map()));
      for (const x of built[i]!.reps) {
        let set = m.get(x.claim.articleId);
        if (!set) m.set(x.claim.articleId, (set = new Set()));
        for (const k of x.keys) if (CALL_KEYS.has(k.kind)) set.add(k.key);
      }
    }
    return m;
  };
  const moves: Array<{ r: ClaimRep; from: number; to: number }> = [];
  for (const from of summits) {
    const e = built[from]!;
    const pair = e.participantIds;
    if (pair.length !== 2) continue;
    const names = (r: ClaimRep) => pair.every((id) => r.people.includes(id));
    const byArticle = new Map<string, ClaimRep[]>();
    for (const r of e.reps) {
      const list = byArticle.get(r.claim.articleId);
      if (list) list.push(r);
      else byArticle.set(r.claim.articleId, [r]);
    }
    for (const [article, reps] of byArticle) {
      const side = reps.filter(names);
      if (side.length === 0 || side.length === reps.length || !reps.some(summitWord)) continue;
      for (const r of reps) {
        if (names(r)) continue;
        const fits = summits.filter((to) => {
          if (to === from) return false;
          const day = built[to]!.day;
          if (day !== null && e.day !== null && Math.abs(day - e.day) > window) return false;
          for (const [other, keys] of keysByArticle(to)) if (other !== article && r.keys.some((k) => CALL_KEYS.has(k.kind) && keys.has(k.key))) return true;
          return false;
        });
        if (fits.length === 1) moves.push({ r, from, to: fits[0]! });
      }
    }
  }
  moveClaims(lexicon, built, clusterOf, window, moves);
}

/**
 * An article reporting two encounters on two days ("Tusk spoke with Macron on 13 April; one day
 * later he called Meloni") joins one event whole. Its claims whose own date from the text is
 * another day than their event's go to the one other event of exactly that day whose claims speak
 * for or name a side the claim speaks for or names: claim by claim, the article's account of the
 * second call joins that call's readouts. A claim dated to another day that no event of that day
 * shares a side with stays (a call mentioned in passing splits nothing), and an article whose
 * claims all carry its event's day never moves.
 */
function followOwnDay(
  lexicon: LexiconModel,
  built: Array<Omit<EventGroup, "id">>,
  clusterOf: Map<Omit<EventGroup, "id">, ArticleCluster | null>,
  window: number,
): void {
  if (built.length < 2) return;
  const sidesOfRep = (r: ClaimRep) => {
    const sides = sidesOf(r);
    if (r.describedSide) sides.add(r.describedSide);
    for (const id of r.people) {
      const side = lexicon.entity(id)?.side;
      if (side) sides.add(side);
    }
    return sides;
  };
  const eventSides = built.map((e) => {
    const sides = new Set<string>(e.participantSides);
    for (const r of e.reps) for (const s of sidesOfRep(r)) sides.add(s);
    return sides;
  });
  const moves: Array<{ r: ClaimRep; from: number; to: number }> = [];
  for (const [from, e] of built.entries()) {
    if (e.day === null) continue;
    for (const r of e.reps) {
      if (!r.firmDate || r.day === null || r.day === e.day) continue;
      const sides = sidesOfRep(r);
      if (sides.size === 0) continue;
      const fits = built.flatMap((f, to) => (to !== from && f.day === r.day && [...sides].some((s) => eventSides[to]!.has(s)) ? [to] : []));
      if (fits.length === 1) moves.push({ r, from, to: fits[0]! });
    }
  }
  moveClaims(lexicon, built, clusterOf, window, moves);
}

/**
 * Moves claims between events (`from` and `to` index `built`), describes every event that changed again (keeping
 * its `context`) and drops the events left empty.
 */
function moveClaims(
  lexicon: LexiconModel,
  built: Array<Omit<EventGroup, "id">>,
  clusterOf: Map<Omit<EventGroup, "id">, ArticleCluster | null>,
  window: number,
  moves: ReadonlyArray<{ r: ClaimRep; from: number; to: number }>,
): void {
  if (moves.length === 0) return;
  const changed = new Set<number>();
  for (const { r, from, to } of moves) {
    built[from]!.reps = built[from]!.reps.filter((x) => x !== r);
    built[to]!.reps.push(r);
    changed.add(from);
    changed.add(to);
  }
  for (const i of changed) {
    const e = built[i]!;
    if (e.reps.length === 0) continue;
    const cluster = clusterOf.get(e) ?? null;
    built[i] = { ...reholders(lexicon, describe(lexicon, e.reps, cluster, window)), ...(e.context ? { context: e.context } : {}) };
  }
  for (let i = built.length - 1; i >= 0; i--) if (built[i]!.reps.length === 0) built.splice(i, 1);
}

/** Titles of undated claims ("the Russian president") resolved to their holders on the event's day. */
function reholders(lexicon: LexiconModel, e: Omit<EventGroup, "id">): Omit<EventGroup, "id"> {
  if (e.day === null) return e;
  const iso = isoOfDay(e.day);
  for (const r of e.reps) {
    if (r.roles.length === 0) continue;
    const rest: string[] = [];
    for (const role of r.roles) {
      const holder = holderOn(lexicon, role, iso);
      if (holder && holder !== r.speakerKey) {
        if (!r.people.includes(holder)) r.people = [...r.people, holder].sort();
        if (!r.keys.some((k) => k.key === `e:${holder}`)) r.keys = [...r.keys, { key: `e:${holder}`, kind: "entity" }];
      } else rest.push(role);
    }
    r.roles = rest;
  }
  return e;
}

/** Kinds of key that tell what a call was about (its subjects, places, amounts and words). */
const CALL_KEYS = new Set(["subject", "place", "quantity", "name", "content", "designator"]);

/** The sides a claim speaks for or names (its speaker's, joint speakers', the people and roles named). */
function sidesOf(r: ClaimRep): Set<string> {
  const sides = new Set<string>(r.namedSides);
  if (r.side) sides.add(r.side);
  for (const s of r.jointSides) sides.add(s);
  return sides;
}

/**
 * Splits a cluster of articles that one side's several calls drew together ("Macron spoke with
 * Merz, then with Starmer, finally with Trump", next to each counterpart's readout) into one
 * part per call. Only when every article shares one side (the caller), at least two counterparts
 * each have an article of their own about that side alone (a readout of their call), and some
 * article names those counterparts in different claims: then each claim of such an article that
 * names one counterpart of its own goes to that counterpart's call, and the others stay with the
 * article's main call (the counterpart it names first). An article about one event, however many
 * people it names, is never split: its counterparts have no call of their own beside it.
 */
function splitByCall(reps: readonly ClaimRep[]): ClaimRep[][] {
  const byArticle = new Map<string, ClaimRep[]>();
  for (const r of reps) {
    const list = byArticle.get(r.claim.articleId);
    if (list) list.push(r);
    else byArticle.set(r.claim.articleId, [r]);
  }
  if (byArticle.size < 3) return [reps.slice()];
  const repSides = new Map<ClaimRep, Set<string>>();
  for (const r of reps) repSides.set(r, sidesOf(r));
  const articleSides = new Map<string, Set<string>>();
  for (const [a, list] of byArticle) {
    const sides = new Set<string>();
    for (const r of list) for (const s of repSides.get(r)!) sides.add(s);
    articleSides.set(a, sides);
  }
  // The caller: the one side every article speaks for or names.
  let common = null as Set<string> | null;
  for (const sides of articleSides.values()) {
    const prev: Set<string> | null = common;
    common = prev === null ? new Set(sides) : new Set([...prev].filter((s) => sides.has(s)));
  }
  if (common === null || common.size !== 1) return [reps.slice()];
  const hub = [...common][0]!;
  // Counterparts with a call of their own: an article about the caller and them alone.
  const own = new Set<string>();
  for (const sides of articleSides.values()) {
    const rest = [...sides].filter((s) => s !== hub);
    if (rest.length === 1) own.add(rest[0]!);
  }
  if (own.size < 2) return [reps.slice()];
  const counterpart = (r: ClaimRep): string | null => {
    const rest = [...repSides.get(r)!].filter((s) => s !== hub);
    return rest.length === 1 && own.has(rest[0]!) ? rest[0]! : null;
  };
  // What each counterpart's own articles speak of: a claim that names the counterpart and one of
  // these tells of that call, not one that names it in passing.
  const spoken = new Map<string, Set<string>>();
  for (const [a, list] of byArticle) {
    const rest = [...articleSides.get(a)!].filter((s) => s !== hub);
    if (rest.length !== 1) continue;
    let keys = spoken.get(rest[0]!);
    if (!keys) spoken.set(rest[0]!, (keys = new Set()));
    for (const r of list) for (const k of r.keys) if (CALL_KEYS.has(k.kind)) keys.add(k.key);
  }
  const tells = (r: ClaimRep, c: string) => r.keys.some((k) => CALL_KEYS.has(k.kind) && spoken.get(c)?.has(k.key));
  const parts = new Map<string, ClaimRep[]>();
  const put = (key: string, r: ClaimRep) => {
    const list = parts.get(key);
    if (list) list.push(r);
    else parts.set(key, [r]);
  };
  let split = false;
  const loose: ClaimRep[] = [];
  for (const unordered of byArticle.values()) {
    const list = [...unordered].sort((x, y) => x.order - y.order);
    const named = list.map(counterpart);
    // Calls the article tells of: counterparts its claims name beside what their own readouts say.
    const told = new Set(list.flatMap((r, i) => (named[i] && tells(r, named[i]!) ? [named[i]!] : [])));
    // The article's main call: the first it tells of, else the first counterpart it names.
    const main = list.map((r, i) => (named[i] && tells(r, named[i]!) ? named[i] : null)).find((c) => c) ?? named.find((c) => c) ?? null;
    if (main === null) {
      loose.push(...list);
      continue;
    }
    if (told.size >= 2) split = true;
    // In a split article, a claim that reports an encounter with one other side of no readout here
    // ("spoke by phone with Macron") is a call of its own too.
    const alone = (r: ClaimRep) => {
      const rest = [...repSides.get(r)!].filter((s) => s !== hub);
      return rest.length === 1 && r.eventKinds.some((k) => k !== "statement") ? rest[0]! : null;
    };
    list.forEach((r, i) => put(told.size >= 2 ? (named[i] ?? alone(r) ?? main) : main, r));
  }
  if (!split || parts.size < 2) return [reps.slice()];
  const out = [...parts.values()];
  // Articles that name no counterpart stay with the largest call.
  if (loose.length) out.reduce((a, b) => (b.length > a.length ? b : a)).push(...loose);
  return out;
}
