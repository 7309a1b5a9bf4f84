import type { Disagreement } from "../../schema/comparison.js";
import { eventLabel, quote, speakersLabel, topicLabel } from "../explain.js";
import { STANCE_MARKS, type ClaimKeys } from "../keys.js";
import { isBroader, topicsCover } from "../topics.js";
import { EVENT_TOPICS, isPrior } from "../events.js";
import type { SideAccount } from "../accounts.js";
import { getEntity } from "../../lexicon/index.js";
import type { RuleInput } from "./types.js";

/**
 * Claim id → the claims of other sides that answered it: the other side of an alignment, or of
 * a characterization, stance or factual flag.
 */
function answeredBy(input: RuleInput): Map<string, ClaimKeys[]> {
  const byId = new Map(input.event.claims.map((k) => [k.claim.id, k]));
  const out = new Map<string, ClaimKeys[]>();
  const link = (ids: readonly string[]) => {
    for (const x of ids) {
      for (const y of ids) {
        const kx = byId.get(x);
        const ky = byId.get(y);
        if (x === y || !kx || !ky || !ky.side || ky.side === kx.side) continue;
        const list = out.get(x);
        if (list) list.push(ky);
        else out.set(x, [ky]);
      }
    }
  };
  for (const a of input.alignments) link(a.claims);
  for (const d of input.flagged) if (d.type !== "omission") link(d.claims);
  return out;
}

/**
 * Whether `side` answered `claim` on `topic`: a claim of that side aligned with it or disputed
 * it — unless that claim reports only some of the subjects `claim` lists, not this one (the
 * other side confirmed Iran, not the Strategic Stability dialogue listed beside it).
 */
function answeredOn(claim: ClaimKeys, topic: string, side: string, answered: ReadonlyMap<string, ClaimKeys[]>, subjectless: ReadonlySet<string>): boolean {
  const own = claim.topics.filter((t) => !subjectless.has(t));
  for (const other of answered.get(claim.claim.id) ?? []) {
    if (other.side !== side) continue;
    const theirs = other.topics.filter((t) => !subjectless.has(t));
    const item = theirs.length > 0 && theirs.length < own.length && theirs.every((t) => own.includes(t));
    if (!item || topicsCover(other.topics, topic)) return true;
  }
  return false;
}

/**
 * `omission`: one side's account of an event covers a topic that another side's account of the
 * same event leaves out. Raised only when both sides took part in the event (their people are
 * named by others: a third party reacting to a call gives no account of it) and both have an
 * account of it: at least `minAccountClaims` claims, not counting statements made before the
 * event or claims about another encounter (which are never evidence either). Never raised for
 * procedural topics (`proceduralTopics`) or stance markers; for topics the silent side covers
 * itself or through a broader or narrower topic ("cooperation" covers "military-cooperation");
 * for topics a claim with no side reports for both ("Putin and Trump discussed Korea"); or for
 * topics of claims the silent side answered (aligned with, or disputed) — unless it answered
 * only other items of a claim's list. A flag on a broad topic is dropped beside a flag on a
 * narrower one ("nato" beside "nato-expansion"), and a flag naming only part of a passage that
 * another flag names in full is dropped (see {@link distinct}).
 *
 * @example
 * omission(input).map((d) => d.topic) // ["ukraine", "iran-nuclear", "korean-peninsula", …]
 */
export function omission(input: RuleInput): Disagreement[] {
  const min = input.options.minAccountClaims;
  const ignore = new Set([...input.options.proceduralTopics, ...STANCE_MARKS]);
  const subjectless = new Set([...ignore, ...EVENT_TOPICS]);
  const neutralTopics = [...new Set(input.neutral.flatMap((k) => k.topics))];
  const answered = answeredBy(input);
  const position = positions(input.event.claims);
  const sides = new Set(input.accounts.map((a) => a.side));
  // Only the accounts of sides that took part are accounts of the event; a third party reacting
  // to it (Zelenskyy on a Biden–Putin call) neither omits nor covers what was said.
  const takingPart = new Set(input.event.participantSides);
  const accounts = input.accounts.filter((a) => takingPart.size < 2 || takingPart.has(a.side));
  const reports = new Map(accounts.map((a) => [a, reportsOf(a, input.event, sides)]));
  const out: Disagreement[] = [];
  for (const present of accounts) {
    const evidenceClaims = reports.get(present)!;
    if (evidenceClaims.length < min) continue;
    for (const absent of accounts) {
      if (present === absent || reports.get(absent)!.length < min) continue;
      const flags: Disagreement[] = [];
      for (const topic of present.topics) {
        if (ignore.has(topic) || topicsCover(absent.topics, topic) || topicsCover(neutralTopics, topic)) continue;
        const onTopic = present.claims.filter((k) => k.topics.includes(topic));
        // A topic of a claim the silent side answered (aligned with it, or disputed it) is addressed.
        if (onTopic.some((k) => answeredOn(k, topic, absent.side, answered, subjectless))) continue;
        const evidence = evidenceClaims.filter((k) => k.topics.includes(topic));
        if (evidence.length === 0) continue;
        flags.push({
          type: "omission",
          topic,
          claims: evidence.map((k) => k.claim.id),
          sides: { [present.side]: evidence.map((k) => k.claim.id), [absent.side]: [] },
          explanation:
            `Omission in ${eventLabel(input.event)}: the ${present.side} account (${speakersLabel(evidence, null)}) mentions ` +
            `${topicLabel(topic)} (${quote(evidence[0]!.claim.assertion)}); the ${absent.side} account ` +
            `(${speakersLabel(absent.claims, null)}) does not.`,
          diff: null,
          confidence: Math.min(0.9, 0.5 + 0.1 * evidence.length),
        });
      }
      out.push(...distinct(withoutBroader(flags), position));
    }
  }
  return out;
}

/**
 * What a side reports of the event: not statements made before it, nor claims about another
 * encounter (naming someone from a side with no account here: "45 minutes with Merkel"). When
 * the side's reports of the event itself come from known institutions (the White House, the
 * Kremlin), other voices of that side (its intelligence agencies, lawmakers) are not its account.
 */
function reportsOf(account: SideAccount, event: RuleInput["event"], sides: ReadonlySet<string>): ClaimKeys[] {
  const own = account.claims.filter((k) => !isPrior(k, event) && !namesOutsider(k, sides));
  const reporters = new Set(own.filter((k) => k.topics.some((t) => EVENT_TOPICS.has(t))).map((k) => k.speakerRoot));
  return reporters.size ? own.filter((k) => reporters.has(k.speakerRoot)) : own;
}

/**
 * Drops a flag on a broad topic when a flag on a narrower topic under it is raised ("nato"
 * beside "nato-expansion", "economy" beside "trade"): the narrower one says it more precisely.
 */
function withoutBroader(flags: readonly Disagreement[]): Disagreement[] {
  return flags.filter((f) => !flags.some((g) => isBroader(f.topic, g.topic)));
}

/**
 * One flag per passage: a flag whose claims are all among those of another flag naming more
 * claims, which follow one another in one article, is dropped ("peace" in the one sentence of a passage on the Minsk
 * agreements); flags naming the same claims all stay (one sentence listing Ukraine, Iran and
 * Korea leaves out three subjects).
 *
 * @example
 * distinct([minsk(015.5, 015.6), peace(015.5)], positions(event.claims)).map((d) => d.topic) // ["minsk-agreements"]
 */
export function distinct(flags: readonly Disagreement[], position: ReadonlyMap<string, string>): Disagreement[] {
  return flags.filter((f) => !flags.some((g) => {
    if (g === f || !f.claims.every((id) => g.claims.includes(id))) return false;
    return g.claims.length > f.claims.length && isPassage(g.claims, position);
  }));
}

/** Claim id → `article|index`, the claim's place among the event's claims of its article (in text order). */
export function positions(claims: readonly ClaimKeys[]): Map<string, string> {
  const byArticle = new Map<string, ClaimKeys[]>();
  for (const k of claims) {
    const list = byArticle.get(k.claim.articleId);
    if (list) list.push(k);
    else byArticle.set(k.claim.articleId, [k]);
  }
  const out = new Map<string, string>();
  for (const [article, list] of byArticle) {
    list.sort((x, y) => x.claim.span[0] - y.claim.span[0]);
    list.forEach((k, i) => out.set(k.claim.id, `${article}|${i}`));
  }
  return out;
}

/** The claims follow one another in one article, with none between them. */
function isPassage(ids: readonly string[], position: ReadonlyMap<string, string>): boolean {
  const at = ids.map((id) => position.get(id));
  if (at.some((p) => p === undefined)) return false;
  const article = at[0]!.slice(0, at[0]!.lastIndexOf("|"));
  if (!at.every((p) => p!.slice(0, p!.lastIndexOf("|")) === article)) return false;
  const idx = at.map((p) => Number(p!.slice(p!.lastIndexOf("|") + 1))).sort((x, y) => x - y);
  return idx[idx.length - 1]! - idx[0]! === idx.length - 1;
}

/** The claim names a person from a side with no account in the event. */
function namesOutsider(k: ClaimKeys, sides: ReadonlySet<string>): boolean {
  return k.people.some((id) => {
    const side = getEntity(id)?.side;
    return typeof side === "string" && !sides.has(side);
  });
}
