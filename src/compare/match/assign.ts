import { conceptStates, GENERIC_CONCEPTS, STANCE_MARKERS } from "../../lexicon/concepts.js";
import type { ClaimRep } from "../represent/index.js";
import type { ScoredPair } from "./pairs.js";
import { closeReport } from "./close-report.js";

/** Scores within this of a claim's best count as ties: the claim may align with each (a quote reported twice). */
const TIE = 0.03;
/** Share of the threshold a list item needs (the list's other items dilute its score). */
const ITEM_SHARE = 0.5;

/** Share of the threshold from which a pair aligns when it is unambiguous (see {@link selectAlignments}). */
const CLEAR_SHARE = 0.5;
/**
 * The same for one source's words carried by two outlets (`same-report`): a quote translated or
 * paraphrased keeps more of its keys than two sides' own accounts of one matter.
 */
const CLEAR_REPORT_SHARE = 0.75;
/** Lead of an unambiguous pair's score over each claim's next best partner. */
const CLEAR_MARGIN = 0.05;

/** Most share of its score that each claim's next partner may reach, for a pair that aligns on less than a full core (see {@link selectAlignments}). */
const STANDOUT_SHARE = 0.5;
/** Specific keys of which such a pair shares two at least: subjects, places, names, amounts (not a state, a party or an act). */
const STANDOUT_KINDS = new Set(["subject", "place", "name", "quantity", "designator"]);

/** What a pair with a claim of no side (a news agency, a joint statement) needs beyond the threshold: whose words they are is less sure. */
const NO_SIDE_MARGIN = 0.2;

/** Least core (see `match/core.ts`) of a pair that aligns. */
export const CORE_MIN = 2;
/** Least core of a pair joining a list to one of its items (they share that item, little else). */
const CORE_ITEM = 1.5;

/**
 * Least core of a pair joining a list to a claim about one of its items alone, when that item is a
 * specific subject of the list ("Ukraine, energy prices and the trade dispute with China" against
 * "energy prices weigh on industry"): the item is all the two share, and all the item's claim is about.
 */
const CORE_LIST_ITEM = 1;

/** Subject-like keys: the items a list names. */
const ITEM_KINDS = new Set(["subject", "place", "state"]);

const generic = (k: { key: string }) => k.key.startsWith("c:") && GENERIC_CONCEPTS.has(k.key.slice(2));

const groupKey = (p: ScoredPair) => `${p.a.claim.articleId}|${p.b.claim.articleId}|${p.a.side ?? "-"}|${p.b.side ?? "-"}`;

/**
 * The claim of a pair that lists several subjects ("strategic stability, ransomware and Iran"),
 * when the other claim speaks of one (or some) of them and of nothing else: its subjects are all
 * among the list's keys (a state the list names counts for a concept about it: "the Iranian
 * nuclear programme" is an item "Iran").
 */
function listHolder(p: ScoredPair): "a" | "b" | null {
  const party = (k: { key: string; kind: string }) => k.kind === "state" && (k.key === `s:${p.a.side}` || k.key === `s:${p.b.side}`);
  const item = (list: ScoredPair["a"], other: ScoredPair["a"]) => {
    if (list.listRun.length === 0 || !p.evidence.shared.some((k) => list.listRun.includes(k.key) || (k.kind === "state" && list.listRun.includes(k.key))))
      return false;
    const own = new Set(list.keys.map((k) => k.key));
    // Generic concepts ("attacks", "cooperation") are no items of their own; nor are the states the
    // two claims speak for ("trade between France and Germany" in a French account of a call with
    // Germany is about trade alone).
    return other.keys
      .filter((k) => ITEM_KINDS.has(k.kind) && !generic(k) && !party(k))
      .every((k) => own.has(k.key) || conceptStates(k.key.slice(2)).some((s) => own.has(`s:${s}`)));
  };
  if (item(p.a, p.b)) return "a";
  if (item(p.b, p.a)) return "b";
  return null;
}

/**
 * Whether a pair joins a list to a claim about items of it alone (see {@link listHolder}) through
 * a specific subject of the list (not a generic concept, not a state of a party).
 */
function namesListItem(p: ScoredPair): boolean {
  const holder = listHolder(p);
  if (!holder) return false;
  const run = p[holder].listRun;
  // A list of things, not of states: two subjects at least ("Russia–US relations and Syria" lists one).
  if (run.filter((k) => !k.startsWith("s:")).length < 2) return false;
  // The item's claim is about that one subject alone (not "cooperation against cybercrime" beside "ransomware").
  // A field the list's items fall under ("the economy" of trade, broader in the list) is no subject of its own.
  const broader = new Set(p[holder].keys.filter((k) => k.kind === "broader").map((k) => k.key));
  const item = p[holder === "a" ? "b" : "a"].keys.filter((k) => k.kind !== "state" && ITEM_KINDS.has(k.kind) && !broader.has(k.key));
  return item.length === 1 && !generic(item[0]!) && run.includes(item[0]!.key) && p.evidence.shared.some((k) => k.key === item[0]!.key);
}

/**
 * Whether a pair shares with its claim `side`'s best pair every key that one shares: the two
 * partners say the same to this claim (they only differ by what else they say).
 */
function sameGround(p: ScoredPair, list: readonly ScoredPair[], side: "a" | "b", best: number): boolean {
  const top = list.find((q) => q[side] === p[side] && q.evidence.score === best);
  if (!top || top === p) return false;
  const mine = new Set(p.evidence.shared.map((k) => k.key));
  return top.evidence.shared.every((k) => mine.has(k.key)) && top.evidence.shared.some((k) => ITEM_KINDS.has(k.kind));
}

/**
 * Whether a pair that is not mutually best joins a claim of several parts to the claim reporting
 * one part of it: the part's claim has the whole as its best partner, and the subjects the two
 * share are not named by the whole's best partner (which reports another part).
 */
function split(p: ScoredPair, list: readonly ScoredPair[], bestA: ReadonlyMap<string, number>, bestB: ReadonlyMap<string, number>): boolean {
  const items = p.evidence.shared.filter((k) => ITEM_KINDS.has(k.kind));
  // The part may be the tone of the encounter ("a very good conversation, which included…").
  const tone = items.length === 0 && p.a.side === p.b.side && p.a.encounterLevel !== null && p.b.encounterLevel !== null;
  if (items.length === 0 && !tone) return false;
  const s = p.evidence.score;
  const whole = (side: "a" | "b") => {
    const part = side === "a" ? "b" : "a";
    if (s < (side === "a" ? bestB.get(p.b.claim.id)! : bestA.get(p.a.claim.id)!) - TIE) return false;
    const best = side === "a" ? bestA.get(p.a.claim.id)! : bestB.get(p.b.claim.id)!;
    const partners = list.filter((q) => q[side] === p[side] && q !== p && q.evidence.score >= best - TIE);
    return (
      partners.length > 0 &&
      partners.every((q) => {
        if (tone) return q[part].encounterLevel === null;
        const keys = new Set(q[part].keys.map((k) => k.key));
        return !items.some((k) => keys.has(k.key));
      })
    );
  };
  return whole("a") || whole("b");
}

/** Specific subject-like keys of a pair: what one part of a claim is about (not a generic concept, not a party of the event). */
const itemKeys = (p: ScoredPair) => p.evidence.shared.filter((k) => ITEM_KINDS.has(k.kind) && !generic(k));

/**
 * Whether a pair that is not mutually best joins a claim of two parts to the claim reporting its
 * second part, when the whole's best partner in that article reports the first: the part's own
 * best partner is the whole, and each of the two parts shares with the whole a subject the other
 * part does not name ("Taiwan is a red line, and China will not let separatism go unchecked"
 * against "Taiwan is a red line" and "we will not allow separatist activities"). Unlike
 * {@link split}, the two parts may share a subject (Taiwan): what tells them apart is what each
 * adds of its own.
 */
function union(p: ScoredPair, list: readonly ScoredPair[], bestA: ReadonlyMap<string, number>, bestB: ReadonlyMap<string, number>): boolean {
  const s = p.evidence.score;
  const whole = (side: "a" | "b") => {
    const part = side === "a" ? "b" : "a";
    // The part's best partner in the whole's article is the whole.
    if (s < (side === "a" ? bestB.get(p.b.claim.id)! : bestA.get(p.a.claim.id)!) - TIE) return false;
    const best = side === "a" ? bestA.get(p.a.claim.id)! : bestB.get(p.b.claim.id)!;
    const first = list.find((q) => q[side] === p[side] && q !== p && q.evidence.score === best);
    if (!first || first[part] === p[part]) return false;
    const firstKeys = new Set(first[part].keys.map((k) => k.key));
    const secondKeys = new Set(p[part].keys.map((k) => k.key));
    const own = (q: ScoredPair, other: ReadonlySet<string>) => itemKeys(q).some((k) => !other.has(k.key));
    return own(p, firstKeys) && own(first, secondKeys);
  };
  return whole("a") || whole("b");
}

/**
 * Whether a pair reports one person's words in two outlets and shares a specific subject (not a
 * generic concept): "a clear signal on debt relief" and "un signal clair sur l'allègement de la
 * dette" of one leader.
 */
const onePerson = (p: ScoredPair) =>
  p.relation === "same-report" &&
  p.a.claim.speaker.kind === "person" &&
  p.a.speakerKey === p.b.speakerKey &&
  p.evidence.core >= CORE_LIST_ITEM &&
  p.evidence.shared.some((k) => (k.kind === "subject" || k.kind === "place") && !generic(k));

/**
 * Chooses the pairs that assert the same thing, per pair of articles (and sides): a pair is kept
 * when each claim is the other's best match there (ties kept: one quote reported in two
 * sentences), it reaches `threshold`, shares a key that tells it apart, and no rule found the
 * two in conflict. A claim listing several subjects may align with one claim per listed subject
 * (one-to-many), each such claim naming only items of the list.
 *
 * @example
 * selectAlignments(pairs, 0.45, (p) => false, 0.85).length // 12
 */
export function selectAlignments(
  pairs: readonly ScoredPair[],
  threshold: number,
  conflict: (p: ScoredPair) => boolean,
  embedThreshold = 1,
  party: (key: string) => boolean = () => false,
): ScoredPair[] {
  const groups = new Map<string, ScoredPair[]>();
  for (const p of pairs) {
    // Near-identical embeddings tell a pair apart on their own.
    const embedded = (p.evidence.embedding ?? 0) >= embedThreshold;
    if (!p.evidence.discriminative && !embedded) continue;
    // A discriminative core: two pieces of evidence at least (a subject and an act, two subjects…),
    // or two claims of one side evaluating the encounter alike; a list item shares less with its list.
    if (p.evidence.core < CORE_ITEM && !p.evidence.tone && !embedded && !(p.evidence.core >= CORE_LIST_ITEM && (namesListItem(p) || onePerson(p)))) continue;
    const k = groupKey(p);
    const list = groups.get(k);
    if (list) list.push(p);
    else groups.set(k, [p]);
  }
  const out: ScoredPair[] = [];
  for (const list of groups.values()) {
    const bestA = new Map<string, number>();
    const bestB = new Map<string, number>();
    const secondA = new Map<string, number>();
    const secondB = new Map<string, number>();
    const track = (best: Map<string, number>, second: Map<string, number>, id: string, s: number) => {
      const b = best.get(id) ?? 0;
      if (s > b) {
        second.set(id, b);
        best.set(id, s);
      } else second.set(id, Math.max(second.get(id) ?? 0, s));
    };
    // Best partners among the pairs with a full core; a list item's among all.
    const strong = (p: ScoredPair) => p.evidence.core >= CORE_MIN || p.evidence.tone || (p.evidence.embedding ?? 0) >= embedThreshold;
    const itemA = new Map<string, number>();
    const itemB = new Map<string, number>();
    const nextA = new Map<string, number>();
    const nextB = new Map<string, number>();
    for (const p of list) {
      track(itemA, nextA, p.a.claim.id, p.evidence.score);
      track(itemB, nextB, p.b.claim.id, p.evidence.score);
      if (!strong(p)) continue;
      track(bestA, secondA, p.a.claim.id, p.evidence.score);
      track(bestB, secondB, p.b.claim.id, p.evidence.score);
    }
    const strongList = list.filter(strong);
    for (const p of list) {
      if (conflict(p)) continue;
      const s = p.evidence.score;
      if (!strong(p)) {
        // A pair short of a full core aligns when it stands out: two specific things in common,
        // above the threshold, and each claim's best partner in the other article, scoring twice
        // any other ("air defence and Rafale jets" in a readout and in the other side's account).
        const standout =
          p.evidence.core >= CORE_ITEM &&
          p.evidence.shared.filter((k) => STANDOUT_KINDS.has(k.kind) && !generic(k)).length >= 2 &&
          s >= (p.a.side && p.b.side ? threshold : threshold + NO_SIDE_MARGIN) &&
          s === itemA.get(p.a.claim.id) &&
          s === itemB.get(p.b.claim.id) &&
          (nextA.get(p.a.claim.id) ?? 0) <= STANDOUT_SHARE * s &&
          (nextB.get(p.b.claim.id) ?? 0) <= STANDOUT_SHARE * s;
        // One person's words in two outlets, each outlet's only line of that person sharing anything
        // with the other's, above the threshold ("the summit sent a clear signal on debt relief",
        // "le sommet avait envoyé un signal clair sur l'allègement de la dette").
        const sole = onePerson(p) && s >= threshold && !nextA.get(p.a.claim.id) && !nextB.get(p.b.claim.id);
        // Else a list item: the only way a pair with less than a full core aligns.
        // Or one side's line in two outlets, nearly all of it shared (see `close-report.ts`).
        if (standout || sole || closeReport(p, itemA, itemB, nextA, nextB) || listItem(p, s, threshold, itemA, itemB)) out.push(p);
        continue;
      }
      // Each claim is the other's best partner; or, for a claim with a better partner, this pair
      // rests on the same shared keys as that one (one statement reported twice in one article:
      // the headline and the body).
      const bestOfA = s >= bestA.get(p.a.claim.id)! - TIE || sameGround(p, strongList, "a", bestA.get(p.a.claim.id)!);
      const bestOfB = s >= bestB.get(p.b.claim.id)! - TIE || sameGround(p, strongList, "b", bestB.get(p.b.claim.id)!);
      const mutual = bestOfA && bestOfB;
      const needed = p.a.side && p.b.side ? threshold : threshold + NO_SIDE_MARGIN;
      if (mutual && s >= needed) {
        out.push(p);
        continue;
      }
      // Below the threshold, a pair still aligns when it is unambiguous: each claim's clear best
      // partner in the other article, sharing a specific subject (not only generic ones); one
      // source in two outlets from three quarters of the threshold, two sides from half of it.
      const clear =
        s >= (p.relation === "same-report" ? CLEAR_REPORT_SHARE : CLEAR_SHARE) * needed &&
        s === bestA.get(p.a.claim.id) &&
        s === bestB.get(p.b.claim.id) &&
        s - (secondA.get(p.a.claim.id) ?? 0) >= CLEAR_MARGIN &&
        s - (secondB.get(p.b.claim.id) ?? 0) >= CLEAR_MARGIN &&
        p.evidence.core >= CORE_MIN &&
        sharesMatter(p, party);
      if (clear) {
        out.push(p);
        continue;
      }
      // A claim of two parts ("a very good conversation, which included safe zones") aligns with
      // one claim per part: the other claim's best partner is this one, and what they share is a
      // subject that the claim's best partner does not name.
      if (s >= needed && split(p, strongList, bestA, bestB)) {
        out.push(p);
        continue;
      }
      if (s >= needed && union(p, strongList, bestA, bestB)) {
        out.push({ ...p, part: true });
        continue;
      }
      if (listItem(p, s, threshold, itemA, itemB)) out.push(p);
    }
  }
  return out.sort((x, y) => x.a.order - y.a.order || x.b.order - y.b.order);
}

/** Kinds of keys that name what a claim is about or how it is qualified (not an act or rare words alone). */
const MATTER_KINDS = new Set(["subject", "broader", "procedural", "place", "state", "entity", "name", "quantity", "designator", "term"]);

/**
 * Whether a pair shares something it is about: a subject, procedure, place, state, person, name,
 * amount or evaluative term that is not one of the event's parties, a date or a marker of stance
 * (urgency, conditions). Two claims that share only an act, its urgency and the party acting
 * ("Trump demanded that the killing stop at once" against "Trump called for an immediate
 * ceasefire": a demand, urgency, Trump) may report two halves of one line, not the same thing.
 */
function sharesMatter(p: ScoredPair, party: (key: string) => boolean): boolean {
  return p.evidence.shared.some(
    (k) => MATTER_KINDS.has(k.kind) && !party(k.key) && !k.key.startsWith("q:date:") && !(k.key.startsWith("c:") && STANCE_MARKERS.includes(k.key.slice(2))),
  );
}

/**
 * Whether a pair joins a list to one of its items (see {@link listHolder}): the list's other items
 * dilute the score, so what counts is how much of the item the list holds; and the item's best
 * partner in the list's article must be the list. One source's list and item in two outlets
 * share at least what an unambiguous same-report pair does.
 */
function listItem(p: ScoredPair, s: number, threshold: number, bestA: ReadonlyMap<string, number>, bestB: ReadonlyMap<string, number>): boolean {
  const holder = listHolder(p);
  const needed = p.a.side && p.b.side ? threshold : threshold + NO_SIDE_MARGIN;
  if (!holder || (s < ITEM_SHARE * needed && p.evidence.containment < needed) || (p.relation === "same-report" && s < CLEAR_REPORT_SHARE * needed))
    return false;
  const itemBest = holder === "a" ? bestB.get(p.b.claim.id)! : bestA.get(p.a.claim.id)!;
  return s >= itemBest - TIE;
}

/** Score given to an endorsement when the keys of the two claims say less. */
const ENDORSED = 0.5;

/**
 * Claims that agree with what was just said ("…, agreeing with this view") align with the
 * statement they answer: the nearest claim before them in their article from another side.
 *
 * @example
 * endorsements(event.reps, pairs) // [{ a: rubio, b: peskov, relation: "corroboration", … }]
 */
export function endorsements(reps: readonly ClaimRep[], pairs: readonly ScoredPair[]): ScoredPair[] {
  const out: ScoredPair[] = [];
  const byArticle = new Map<string, ClaimRep[]>();
  for (const r of reps) {
    const list = byArticle.get(r.claim.articleId);
    if (list) list.push(r);
    else byArticle.set(r.claim.articleId, [r]);
  }
  for (const list of byArticle.values()) {
    list.sort((x, y) => x.order - y.order);
    list.forEach((r, i) => {
      if (!r.endorses || !r.side) return;
      for (let j = i - 1; j >= 0; j--) {
        const other = list[j]!;
        if (!other.side || other.side === r.side) continue;
        const known = pairs.find((p) => (p.a === other && p.b === r) || (p.a === r && p.b === other));
        const evidence = known?.evidence ?? { score: 0, containment: 0, shared: [], discriminative: true, embedding: null, core: 0, tone: false };
        out.push({
          a: other,
          b: r,
          relation: "corroboration",
          evidence: { ...evidence, score: Math.max(evidence.score, ENDORSED), discriminative: true },
          endorsed: true,
        });
        break;
      }
    });
  }
  return out;
}

/**
 * One report carried by several outlets is aligned as a tree, not as every pair: of the
 * `same-report` links of a group of claims joined by them, a claim linked to all the others
 * (the source's own statement where it is one of them, else the first such in the canonical
 * order) keeps its links alone — a star; a group with no such
 * claim keeps the strongest links that join it without a cycle (a maximum spanning tree). Two
 * claims that each match a third say the same as it, not necessarily as each other, so the
 * output grows with the outlets, not with their pairs.
 *
 * @example
 * starReports(aligned).length // 3 pairs for one quote in four outlets, not 6
 */
export function starReports(pairs: readonly ScoredPair[]): ScoredPair[] {
  const adj = new Map<string, Set<string>>();
  const order = new Map<string, number>();
  const kinds = new Map<string, string>();
  const link = (x: string, y: string) => {
    let s = adj.get(x);
    if (!s) adj.set(x, (s = new Set()));
    s.add(y);
  };
  // A part joined to a whole that says more is no copy of one report: it stays, and no star rests on it.
  const reports = pairs.filter((p) => p.relation === "same-report" && !p.part);
  for (const p of reports) {
    link(p.a.claim.id, p.b.claim.id);
    link(p.b.claim.id, p.a.claim.id);
    order.set(p.a.claim.id, p.a.order);
    order.set(p.b.claim.id, p.b.order);
    kinds.set(p.a.claim.id, p.a.claim.kind);
    kinds.set(p.b.claim.id, p.b.claim.kind);
  }
  const articleOf = new Map<string, string>();
  for (const p of reports) {
    articleOf.set(p.a.claim.id, p.a.claim.articleId);
    articleOf.set(p.b.claim.id, p.b.claim.articleId);
  }
  // Links to the source's own statement come first (an outlet reports the readout), then the strongest.
  const stated = (p: ScoredPair) => (p.a.claim.kind === "statement" || p.b.claim.kind === "statement" ? 1 : 0);
  const twoReports = (hub: string) => {
    const near = [...adj.get(hub)!];
    const others = (x: string) => [...adj.get(x)!].filter((y) => y !== hub);
    return near.some((x, i) =>
      near.slice(i + 1).some((y) => {
        if (articleOf.get(x) !== articleOf.get(y)) return false;
        const [ox, oy] = [others(x), new Set(others(y))];
        return ox.length > 0 && oy.size > 0 && !ox.some((z) => oy.has(z));
      }),
    );
  };
  // Components, each with its hub (or none), and the links each keeps.
  const hubOf = new Map<string, string>();
  const groupOf = new Map<string, string>();
  const keep = new Set<ScoredPair>();
  for (const start of [...adj.keys()].sort((x, y) => order.get(x)! - order.get(y)!)) {
    if (groupOf.has(start)) continue;
    const members: string[] = [];
    const stack = [start];
    const seen = new Set([start]);
    while (stack.length) {
      const x = stack.pop()!;
      members.push(x);
      for (const y of adj.get(x) ?? [])
        if (!seen.has(y)) {
          seen.add(y);
          stack.push(y);
        }
    }
    members.sort((x, y) => order.get(x)! - order.get(y)!);
    for (const m of members) groupOf.set(m, start);
    // Of the claims linked to all, the source's own words (a sentence of its readout, `statement`)
    // are the hub: the outlets report them; else the first in the canonical order.
    // A claim linked to two claims of one article that the other outlets report apart (no claim
    // but it links to both) says what each of them says: a whole of two parts ("lasted 45 minutes
    // and was substantive" against two sentences of the readout), no hub of one report. Two
    // claims of one article with a partner in common are one report told twice (headline and body).
    const linkedToAll = members.filter((m) => adj.get(m)!.size === members.length - 1 && !twoReports(m));
    // A group that holds the source's statement but not as a hub keeps each outlet's link to it:
    // the tree below takes the links to statements first.
    const statementIn = members.some((m) => kinds.get(m) === "statement");
    const hub = linkedToAll.find((m) => kinds.get(m) === "statement") ?? (statementIn ? null : (linkedToAll[0] ?? null));
    if (hub) {
      for (const m of members) hubOf.set(m, hub);
      continue;
    }
    // No hub: the strongest links that join the group (those to a statement first), each claim once.
    const inGroup = new Set(members);
    const parent = new Map(members.map((m) => [m, m]));
    const root = (x: string): string => {
      let r = x;
      while (parent.get(r) !== r) r = parent.get(r)!;
      parent.set(x, r);
      return r;
    };
    const links = reports
      .filter((p) => inGroup.has(p.a.claim.id))
      .sort((x, y) => stated(y) - stated(x) || y.evidence.score - x.evidence.score || x.a.order - y.a.order || x.b.order - y.b.order);
    for (const p of links) {
      const [ra, rb] = [root(p.a.claim.id), root(p.b.claim.id)];
      if (ra === rb) continue;
      parent.set(ra, rb);
      keep.add(p);
    }
  }
  const kept = pairs.filter((p) => {
    if (p.relation !== "same-report" || p.part) return true;
    const hub = hubOf.get(p.a.claim.id);
    if (hub === undefined) return keep.has(p);
    return p.a.claim.id === hub || p.b.claim.id === hub;
  });
  // The other side corroborates one report once: of its links to the claims of one group, the
  // one to the group's hub (the claim the others report, where there is one) stays, else the one
  // to the source's own statement (its readout, which the outlets report), else the strongest.
  const group = (id: string) => groupOf.get(id) ?? id;
  const best = new Map<string, ScoredPair>();
  const rank = (p: ScoredPair, y: ClaimRep) => (hubOf.get(y.claim.id) === y.claim.id || y.claim.kind === "statement" ? 1 : 0) + p.evidence.score;
  for (const p of kept) {
    if (p.relation !== "corroboration") continue;
    for (const [x, y] of [
      [p.a, p.b],
      [p.b, p.a],
    ] as const) {
      const k = `${x.claim.id}|${group(y.claim.id)}`;
      const cur = best.get(k);
      if (!cur || rank(p, y) > rank(cur, cur.a === x ? cur.b : cur.a)) best.set(k, p);
    }
  }
  return kept.filter(
    (p) =>
      p.relation !== "corroboration" || (best.get(`${p.a.claim.id}|${group(p.b.claim.id)}`) === p && best.get(`${p.b.claim.id}|${group(p.a.claim.id)}`) === p),
  );
}
