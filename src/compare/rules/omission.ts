import type { Disagreement } from "../../schema/comparison.js";
import {
  conceptAncestors,
  conceptKind,
  conceptParents,
  conceptStates,
  ENCOUNTER_GROUP,
  GENERIC_CONCEPTS,
  statesNaming,
  VENUES,
} from "../../lexicon/concepts.js";
import { eventLabel, quote, speakersLabel, topicLabel } from "../explain.js";
import type { SideAccount } from "../accounts.js";
import { dayNumber, isoOfDay, spansOf, type ClaimRep, type Key } from "../represent/index.js";
import { evaluatesEncounter } from "./characterization.js";
import { CORE_MIN } from "../match/assign.js";
import { stateMediaSide } from "../../lexicon/state-media.js";
import { topicOfKey } from "./topic.js";
import type { RuleInput } from "./types.js";

/** A claim listing at least this many subjects the other side leaves out is an enumeration: each is an omission. */
const ENUMERATION = 3;
/** Most omissions raised for the items of one enumeration. */
const MAX_ITEMS = 6;

/** The reporting key for an encounter's evaluation: an account that evaluates it covers its tone. */
const TONE: Key = { key: "c:tone", kind: "subject" };

/** Days apart two sides' readouts may date one event by their publication (another time zone). */
const TIME_ZONE_DAYS = 1;

/** Kinds of keys that make the items of an omission. */
const RANK: Record<string, number> = { subject: 3, place: 2, state: 1 };

/**
 * The subjects a claim speaks of, as omission items: its subject and place concepts, the states
 * it names that are not the event's own parties and not named by a concept of the same words
 * ("Coreea de Nord" is the Korean peninsula), another kind of encounter than the event's own (a
 * meeting proposed during a call), and the tone when a side that took part evaluates the encounter by name.
 */
function itemsOf(r: ClaimRep, own: ReadonlySet<string>, eventType: string): Key[] {
  const out: Key[] = [];
  for (const k of r.keys) {
    if (k.kind === "event") {
      const id = k.key.slice(2);
      if (ENCOUNTER_GROUP[id] && ENCOUNTER_GROUP[eventType] && ENCOUNTER_GROUP[id] !== ENCOUNTER_GROUP[eventType]) out.push({ key: k.key, kind: "subject" });
      continue;
    }
    if (RANK[k.kind] === undefined) continue;
    if (k.kind === "state" && (own.has(k.key.slice(2)) || r.aliasedStates.includes(k.key.slice(2)))) continue;
    // A state a concept of the claim is about ("Korean" of "the Korean peninsula") is that concept.
    if (k.kind === "state" && r.concepts.some((id) => conceptStates(id).includes(k.key.slice(2)))) continue;
    out.push(k);
  }
  // The tone is how those who took part describe their encounter: a third party welcoming it
  // ("considers positive the fact of the conversation") gives its reaction, not the encounter's tone.
  if (r.encounterLevel !== null && r.side !== null && own.has(r.side) && (r.concepts.includes("tone") || r.eventKinds.length > 0)) out.push(TONE);
  // A venue named with the talks or summit held there ("the talks on the ceasefire in Astana") is
  // that process: a subject of its own.
  if (r.concepts.some((id) => PROCESSES.has(id))) {
    for (let i = 0; i < out.length; i++) {
      const k = out[i]!;
      if (k.key.startsWith("c:") && VENUES.has(k.key.slice(2))) NAMED_VENUES.add((out[i] = { key: k.key, kind: "subject" }));
    }
  }
  return out;
}

/** Concepts of talks and gatherings: a venue named with one names the process held there. */
const PROCESSES = new Set(["negotiations", "consultations", "dialogue", "mediation", "peace-process", "summit", "meeting"]);
/** Venue items that name a process (see {@link itemsOf}). */
const NAMED_VENUES = new WeakSet<Key>();

/** An item that is a subject of its own: not a generic concept ("cooperation", "war"), unless a venue naming its talks. */
const specific = (k: Key) => NAMED_VENUES.has(k) || !(k.key.startsWith("c:") && GENERIC_CONCEPTS.has(k.key.slice(2)));

/**
 * Whether a set of keys covers an item: the item itself, a narrower concept under it, or a
 * broader one above it that is not generic ("terrorism" covers "isis"; "diplomacy" does not
 * cover "proposals", nor "cooperation" a "military cooperation" the other side never names).
 */
function covers(keys: ReadonlySet<string>, item: Key): boolean {
  if (keys.has(item.key)) return true;
  if (!item.key.startsWith("c:")) return false;
  const id = item.key.slice(2);
  if (statesNaming(id).some((st) => keys.has(`s:${st}`))) return true;
  for (const up of conceptAncestors(id).slice(1)) if (!GENERIC_CONCEPTS.has(up) && keys.has(`c:${up}`)) return true;
  for (const k of keys) if (k.startsWith("c:") && conceptParents(k.slice(2)).includes(id)) return true;
  return false;
}

/** Whether a pair on one matter reaches what an alignment needs: the threshold and a full core. */
const matches = (p: RuleInput["related"][number], threshold: number) => p.evidence.score >= threshold && p.evidence.core >= CORE_MIN;

/** Claim id → ids of the other sides' claims it was aligned with, flagged together with, or contradicted by (a corroboration left out). */
function answers(input: RuleInput): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const link = (x: string, y: string) => {
    let s = out.get(x);
    if (!s) out.set(x, (s = new Set()));
    s.add(y);
  };
  for (const p of [...input.aligned, ...(input.contradicted ?? [])]) {
    link(p.a.claim.id, p.b.claim.id);
    link(p.b.claim.id, p.a.claim.id);
  }
  for (const d of input.flagged) if (d.type !== "omission") for (const x of d.claims) for (const y of d.claims) if (x !== y) link(x, y);
  return out;
}

interface Passage {
  reps: ClaimRep[];
  items: Key[];
  enumeration: boolean;
  /** The listed subjects of its enumerations that the other side leaves out. */
  listed: Key[];
}

/**
 * `omission`: one side's account covers a subject that another side's account of the same event
 * leaves out. A claim is omitted when no claim of the other side speaks of its matter and the
 * other side names none of its subjects anywhere; claims that follow one another in one article
 * make one passage, flagged once with its most telling subject as `topic` and every subject in
 * `topics` — except an enumeration ("Ukraine, Iran and Korea"), whose subjects the other side
 * leaves out are flagged one by one (also from a claim the other side answered in part). The same
 * subject omitted in several articles of one side is one flag naming all their claims.
 *
 * Raised only between accounts of at least `minAccountClaims` claims; the absent side must have
 * taken part (a third party reacting to the event never "omits" anything, though what it says can
 * be omitted by a side that took part). Coverage counts the other side's own claims and joint
 * statements of both ("Putin and Trump agreed…"), never a claim of no side (a news agency).
 * A meeting, summit or visit that most of its claims only call for or set conditions for did not
 * take place: nothing is omitted from it.
 *
 * @example
 * omission(input).map((d) => d.topic) // ["ukraine", "iran-nuclear", "korean-peninsula", …]
 */
export function omission(input: RuleInput): Disagreement[] {
  // Accounts of an encounter only called for ("a summit must be organised") leave nothing out.
  if (!tookPlace(input.event)) return [];
  const min = input.options.minAccountClaims;
  const procedural = new Set(input.options.proceduralTopics);
  const own = new Set(input.event.participantSides);
  const answered = answers(input);
  const joint = jointClaims(input.event.reps, own);
  const byId = new Map(input.event.reps.map((r) => [r.claim.id, r]));
  const out: Disagreement[] = [];
  const reported = new Map(input.accounts.map((a) => [a, reportsOf(a, input.event, input.weights)]));
  for (const present of input.accounts) {
    if (reported.get(present)!.length < min) continue;
    // A third party's passage is charged once, to the party its claims name most ("at the
    // initiative of the American side"): it reports one side's words, not two omissions.
    const charged = new Set<ClaimRep>();
    const naming = (a: SideAccount) => reported.get(present)!.filter((r) => reportsEncounter(r) && r.namedSides.includes(a.side)).length;
    const absents = present.participant ? input.accounts : [...input.accounts].sort((x, y) => naming(y) - naming(x));
    for (const absent of absents) {
      if (absent === present || !absent.participant || reported.get(absent)!.length < min) continue;
      const coverage = new Set<string>();
      for (const r of absent.reps) for (const k of itemsAndKeys(r)) coverage.add(k);
      for (const { r, sides } of joint) if (sides.includes(absent.side)) for (const k of itemsAndKeys(r)) coverage.add(k);
      // A claim is answered by what the other side's claims were aligned or flagged with, and by
      // any of them that asserts on its matter as much as an alignment needs (though a conflict
      // or a better partner kept the two from aligning).
      const answeredBy = (r: ClaimRep) =>
        [...(answered.get(r.claim.id) ?? [])].some((id) => byId.get(id)?.side === absent.side) ||
        input.related.some((p) => matches(p, input.options.threshold) && ((p.a === r && p.b.side === absent.side) || (p.b === r && p.a.side === absent.side)));
      const uncovered = (r: ClaimRep) => itemsOf(r, own, input.event.type).filter((k) => !covers(coverage, k) && !procedural.has(topicOfKey(k) ?? ""));
      // A third party's claims count where they speak of the event's parties ("the US side raised…"),
      // not where they speak of an encounter of its own with one of them on another day.
      // Its reaction of its own ("sanctions against Russia must be tightened", "no deal on Ukraine
      // without Kyiv") reports nothing of the encounter: only a claim naming the encounter or
      // telling what was discussed there does.
      const reports = new Set(
        reported
          .get(present)!
          .filter((r) => present.participant || (r.namedSides.some((s) => own.has(s)) && !anotherDay(r, input.event.day) && reportsEncounter(r))),
      );
      const passages = passagesOf(present, (r) => {
        if (!reports.has(r)) return null;
        const items = uncovered(r);
        // A claim whose only subjects are generic ("they discussed cooperation") omits nothing nameable.
        if (!items.some(specific)) return null;
        const listed = items.filter((k) => specific(k) && r.listRun.includes(k.key));
        const answered = answeredBy(r);
        // An enumeration's subjects left out are omitted one by one; a claim the other side
        // answered is omitted only in the listed subjects it left out.
        const enumeration = r.listRun.length >= ENUMERATION && listed.length >= (answered ? 1 : ENUMERATION - 1);
        if (answered && !enumeration) return null;
        return { items, enumeration, listed };
      });
      const fresh = present.participant ? passages : passages.filter((p) => !p.reps.some((r) => charged.has(r)));
      for (const p of fresh) if (!present.participant) for (const r of p.reps) charged.add(r);
      out.push(...flags(fresh, present, absent, input));
    }
  }
  return out;
}

/** Whether a claim speaks of the encounter: names it, or tells what was discussed (not a stance of the speaker's own). */
const reportsEncounter = (r: ClaimRep) => r.eventKinds.length > 0 || r.predicates.some((p) => p.cls === "discuss" && !p.negated && !p.conditional);

/** Predicate classes that put an encounter in the future or in question: it is called for, offered, pondered. */
const NOT_YET = new Set(["demand", "propose", "consider", "invite", "promise"]);

/**
 * Whether a claim names an encounter as one to come or in question: called for, offered,
 * promised, pondered, conditional, or with a word of timing ("as soon as possible", "needs
 * preparation").
 */
function notYet(r: ClaimRep): boolean {
  return r.predicates.some((p) => p.conditional || NOT_YET.has(p.cls)) || r.concepts.some((id) => conceptKind(id) === "stance");
}

/**
 * Whether the event's encounter took place, as its claims tell. A call is reported once held; a
 * meeting, a summit or a visit is often spoken of before it happens, or instead: where most of
 * the claims naming the event's kind of encounter call for it, offer it or set conditions for it
 * ("a summit must be organised", "such a meeting needs preparation"), it did not take place, and
 * no account of it can leave anything out.
 */
function tookPlace(event: RuleInput["event"]): boolean {
  if (ENCOUNTER_GROUP[event.type] !== "in-person") return true;
  let held = 0;
  let toCome = 0;
  for (const r of event.reps) {
    if (!r.eventKinds.some((k) => ENCOUNTER_GROUP[k] === "in-person")) continue;
    if (notYet(r)) toCome++;
    else held++;
  }
  return toCome <= held;
}

/**
 * What a side reports of the event: not statements dated before it (they may align, but are no
 * account of it); and, where some of its claims come from those reporting the encounter (naming
 * it), from its leader taking part or from a body that speaks for the side as a whole
 * ("Washington", "the Russian side", the leader's office), only theirs — other voices of the side
 * (its intelligence agencies, lawmakers, a minister speaking of something else) are not its account.
 */
function reportsOf(account: SideAccount, event: RuleInput["event"], weights: RuleInput["weights"]): ClaimRep[] {
  // A claim dated the day before counts when that is its article's own date (a readout issued in
  // another time zone); a day it gives in its text before the event's is a prior statement.
  const later = laterVenue(account.reps, event.type);
  const own = account.reps.filter(
    (r) => !later.has(r) && !(event.day !== null && r.firmDate && r.day !== null && r.day < event.day - (r.publishedDay ? TIME_ZONE_DAYS : 0)),
  );
  const parties = new Set(event.participantIds);
  // A body that speaks for the side as a whole ("Washington", "the Russian side", the leader's
  // office) gives the side's account wherever it speaks, as its leader does.
  const reporters = new Set(
    own.filter((r) => r.eventKinds.length > 0 || parties.has(r.speakerKey) || weights.party(`e:${r.speakerRoot}`)).map((r) => r.speakerRoot),
  );
  return reporters.size ? own.filter((r) => reporters.has(r.speakerRoot)) : own;
}

/**
 * Whether a claim names an encounter and a day other than the event's ("his phone conversation with
 * Biden scheduled for December 9" of a call on 7 December): it speaks of that other encounter.
 * Days within {@link TIME_ZONE_DAYS} of the event's are its own.
 */
function anotherDay(r: ClaimRep, eventDay: number | null): boolean {
  if (eventDay === null || r.eventKinds.length === 0) return false;
  const year = Number(isoOfDay(eventDay).slice(0, 4));
  return r.quantities.some((q) => {
    if (q.kind !== "date" || q.unit !== "day" || q.lo !== q.hi) return false;
    const md = `-${String(Math.floor(q.lo / 100)).padStart(2, "0")}-${String(q.lo % 100).padStart(2, "0")}`;
    // The nearest such day: "1 January" of a call on 31 December is the next day.
    const apart = [year - 1, year, year + 1].map((y) => dayNumber(`${y}${md}`)).flatMap((d) => (d === null ? [] : [Math.abs(d - eventDay)]));
    return apart.length > 0 && Math.min(...apart) > TIME_ZONE_DAYS;
  });
}

/** Venues of remarks a speaker makes to the press afterwards, apart from the encounter's own account. */
const REMARK_VENUES = new Set(["interview"]);

/**
 * Claims a speaker made at another venue than the event's encounter: from the claim whose
 * sentence places the speaker in an interview ("In an interview with Fox News, Trump said…") on,
 * every claim of that speaker (the person, not the institution: the White House readout quoted
 * after Trump's interview is still the readout) in that article — the article goes on quoting the interview. Such
 * remarks are the speaker's words about the event, not the side's account of it: what they add
 * is no subject the other side's account left out. Not applied when the event is itself such a
 * venue.
 */
function laterVenue(reps: readonly ClaimRep[], eventType: string): Set<ClaimRep> {
  const out = new Set<ClaimRep>();
  if (REMARK_VENUES.has(eventType)) return out;
  const placed = new Set<string>();
  for (const r of [...reps].sort((x, y) => x.order - y.order)) {
    const who = `${r.claim.articleId}\u0000${r.speakerKey}`;
    if (!placed.has(who) && r.concepts.some((id) => REMARK_VENUES.has(id))) placed.add(who);
    if (placed.has(who)) out.add(r);
  }
  return out;
}

/**
 * Claims that report what both sides did together, with the sides they speak for: a joint
 * speaker ("Putin and Trump"), or a claim of no side whose subject is both parties ("both leaders
 * agreed", "Putin and Trump discussed") — a news agency reporting one side's words is not one, and
 * a state's own agency (TASS, Xinhua) speaks for its side only.
 */
function jointClaims(reps: readonly ClaimRep[], own: ReadonlySet<string>): Array<{ r: ClaimRep; sides: string[] }> {
  const out: Array<{ r: ClaimRep; sides: string[] }> = [];
  for (const r of reps) {
    if (r.jointSides.length) {
      out.push({ r, sides: r.jointSides });
      continue;
    }
    if (r.side !== null || !r.predicates.some((p) => !p.negated && (p.cls === "agree" || p.cls === "discuss"))) continue;
    // A state's news agency ("TASS: the two leaders agreed…") gives its side's account.
    const media = stateMediaSide(r.speakerKey) ?? stateMediaSide(r.claim.speaker.name);
    if (media) {
      if (own.has(media)) out.push({ r, sides: [media] });
      continue;
    }
    const named = r.namedSides.filter((s) => own.has(s));
    if (r.pairRole) out.push({ r, sides: [...own] });
    else if (named.length >= 2) out.push({ r, sides: named });
  }
  return out;
}

/** Every key a claim carries, and its tone when it evaluates the encounter. */
function itemsAndKeys(r: ClaimRep): string[] {
  const out = r.keys.map((k) => k.key);
  if (evaluatesEncounter(r)) out.push(TONE.key);
  return out;
}

/** Groups an account's omitted claims into passages: claims that follow one another in one article on a subject they share. */
function passagesOf(account: SideAccount, omitted: (r: ClaimRep) => { items: Key[]; enumeration: boolean; listed: Key[] } | null): Passage[] {
  const out: Passage[] = [];
  let cur: Passage | null = null;
  let prev: ClaimRep | null = null;
  for (const r of [...account.reps].sort((x, y) => x.order - y.order)) {
    const hit = omitted(r);
    // A passage goes on while the next claim of the article speaks of one of its subjects (a
    // subject or a place: two claims that only name one state, "Beijing's support for Moscow" and
    // "lethal aid for Russia's war", speak of two matters there).
    const continues =
      cur !== null &&
      prev !== null &&
      prev.claim.articleId === r.claim.articleId &&
      hit?.items.some((k) => specific(k) && k.kind !== "state" && cur!.items.some((x) => x.key === k.key));
    if (!hit) {
      cur = null;
      prev = r;
      continue;
    }
    if (!continues || !cur) out.push((cur = { reps: [], items: [], enumeration: false, listed: [] }));
    cur.reps.push(r);
    for (const k of hit.items) if (!cur.items.some((x) => x.key === k.key)) cur.items.push(k);
    if (hit.enumeration) for (const k of hit.listed) if (!cur.listed.some((x) => x.key === k.key)) cur.listed.push(k);
    cur.enumeration ||= hit.enumeration;
    prev = r;
  }
  return out;
}

/**
 * Items most telling first: a broader concept beside a narrower one is dropped; subjects come
 * before places and states; then the subject more of the passage's claims speak of, then the one
 * named first.
 */
function ranked(items: readonly Key[], reps: readonly ClaimRep[]): Key[] {
  const narrow = items.filter(
    (k) =>
      !(k.key.startsWith("c:") && items.some((x) => x !== k && x.key.startsWith("c:") && conceptAncestors(x.key.slice(2)).slice(1).includes(k.key.slice(2)))),
  );
  const carried = (k: Key) => reps.filter((r) => r.keys.some((x) => x.key === k.key)).length;
  const first = (k: Key) => {
    for (const r of reps) {
      const at = spansOf(r, k.key)[0]?.[0];
      if (at !== undefined) return r.order * 1e6 + at;
    }
    return Infinity;
  };
  return narrow.sort((x, y) => (RANK[y.kind] ?? 0) - (RANK[x.kind] ?? 0) || carried(y) - carried(x) || first(x) - first(y) || x.key.localeCompare(y.key));
}

function flags(passages: readonly Passage[], present: SideAccount, absent: SideAccount, input: RuleInput): Disagreement[] {
  const byTopic = new Map<string, { reps: ClaimRep[]; topics: string[] }>();
  const add = (topic: string, reps: readonly ClaimRep[], topics: readonly string[]) => {
    let g = byTopic.get(topic);
    if (!g) byTopic.set(topic, (g = { reps: [], topics: [] }));
    for (const r of reps) if (!g.reps.includes(r)) g.reps.push(r);
    for (const t of topics) if (!g.topics.includes(t)) g.topics.push(t);
  };
  for (const p of passages) {
    // The topic is the most telling specific subject; `topics` lists every subject of the passage.
    const items = ranked(p.items.filter(specific), p.reps);
    const topics = [
      ...items,
      ...ranked(
        p.items.filter((k) => !specific(k)),
        p.reps,
      ),
    ]
      .map(topicOfKey)
      .filter((t): t is string => t !== null);
    if (topics.length === 0) continue;
    if (p.enumeration) {
      // Each listed subject left out is an omission; the passage's other subjects go with the first.
      const listed = ranked(p.listed, p.reps);
      listed.slice(0, MAX_ITEMS).forEach((item, i) => {
        const t = topicOfKey(item)!;
        const rest = i === 0 ? topics.filter((x) => !listed.some((l) => topicOfKey(l) === x)) : [];
        add(
          t,
          p.reps.filter((r) => (item === TONE ? evaluatesEncounter(r) : r.keys.some((k) => k.key === item.key))),
          [t, ...rest],
        );
      });
    } else add(topics[0]!, p.reps, topics);
  }
  // One subject under two names in two articles ("extremists" here, "terrorism" there): the
  // narrower flag joins the broader one.
  for (const [topic, g] of [...byTopic]) {
    const broader = conceptAncestors(topic)
      .slice(1)
      .find((up) => byTopic.has(up));
    if (!broader) continue;
    const into = byTopic.get(broader)!;
    for (const r of g.reps) if (!into.reps.includes(r)) into.reps.push(r);
    for (const t of g.topics) if (!into.topics.includes(t)) into.topics.push(t);
    byTopic.delete(topic);
  }
  // A state omitted in one article and a subject about it in another ("Israel" here, "the
  // Israeli–Palestinian conflict" there): the state's flag joins the subject's.
  const stateTopics = new Map(passages.flatMap((p) => p.items.filter((k) => k.key.startsWith("s:")).map((k) => [topicOfKey(k)!, k.key.slice(2)] as const)));
  for (const [topic, g] of [...byTopic]) {
    const code = stateTopics.get(topic);
    if (code === undefined) continue;
    const into = [...byTopic.entries()].find(([t]) => t !== topic && conceptStates(t).includes(code))?.[1];
    if (!into) continue;
    for (const r of g.reps) if (!into.reps.includes(r)) into.reps.push(r);
    for (const t of g.topics) if (!into.topics.includes(t)) into.topics.push(t);
    byTopic.delete(topic);
  }
  // Each subject is named by one flag: a subject with a flag of its own is not listed in another's
  // `topics`; a broader subject of a flag's items ("sovereignty" above "territorial integrity")
  // is listed after them.
  for (const [topic, g] of byTopic) {
    const broader = g.topics.flatMap((t) => conceptAncestors(t).slice(1)).filter((t) => !GENERIC_CONCEPTS.has(t));
    g.topics = [...new Set([...g.topics, ...broader])].filter((t) => t === topic || !byTopic.has(t));
  }
  return [...byTopic.entries()].map(([topic, g]) => {
    const reps = [...g.reps].sort((x, y) => x.order - y.order);
    const ids = reps.map((r) => r.claim.id);
    return {
      type: "omission" as const,
      topic,
      topics: g.topics,
      claims: ids,
      sides: { [present.side]: ids, [absent.side]: [] },
      explanation:
        `Omission in ${eventLabel(input.event)}: the ${present.side} account (${speakersLabel(reps, null)}) mentions ` +
        `${topicLabel(topic)} (${quote(reps[0]!.claim.assertion)}); the ${absent.side} account ` +
        `(${speakersLabel(absent.reps, null)}) does not.`,
      diff: null,
      confidence: Math.min(0.9, 0.5 + 0.1 * reps.length),
    };
  });
}
