import type { Disagreement } from "../../schema/comparison.js";
import { eventLabel, quote, speakersLabel, topicLabel } from "../explain.js";
import { STANCE_MARKS, type ClaimKeys } from "../keys.js";
import { isBroader, topicsCover } from "../topics.js";
import { EVENT_TOPICS, isPrior } from "../events.js";
import type { SideAccount } from "../accounts.js";
import { getEntity } from "../../lexicon/index.js";
import type { RuleInput } from "./types.js";

/**
 * Claim id → the sides that answered it: the other side of an alignment, or of a
 * characterization, stance or factual flag. A claim the other side answered is not something
 * that side left out, whatever topics the two carry.
 */
function answeredBy(input: RuleInput): Map<string, Set<string>> {
  const sideOf = new Map(input.event.claims.map((k) => [k.claim.id, k.side]));
  const out = new Map<string, Set<string>>();
  const link = (ids: readonly string[]) => {
    for (const x of ids) {
      for (const y of ids) {
        const side = sideOf.get(y);
        if (x === y || !side || side === sideOf.get(x)) continue;
        let set = out.get(x);
        if (!set) out.set(x, (set = new Set()));
        set.add(side);
      }
    }
  };
  for (const a of input.alignments) link(a.claims);
  for (const d of input.flagged) if (d.type !== "omission") link(d.claims);
  return out;
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
 * topics of claims the silent side answered (aligned with, or disputed). A flag on a broad topic
 * is dropped when narrower flags name the same claims ("economy" beside "trade").
 *
 * @example
 * omission(input).map((d) => d.topic) // ["ukraine", "iran-nuclear", "korean-peninsula", …]
 */
export function omission(input: RuleInput): Disagreement[] {
  const min = input.options.minAccountClaims;
  const ignore = new Set([...input.options.proceduralTopics, ...STANCE_MARKS]);
  const neutralTopics = [...new Set(input.neutral.flatMap((k) => k.topics))];
  const answered = answeredBy(input);
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
        if (onTopic.some((k) => answered.get(k.claim.id)?.has(absent.side))) continue;
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
      out.push(...withoutBroader(flags));
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

/** Drops a flag on a broad topic when flags on narrower topics already name all its claims ("economy" beside "trade"). */
function withoutBroader(flags: readonly Disagreement[]): Disagreement[] {
  return flags.filter((f) => {
    const narrower = flags.filter((g) => isBroader(f.topic, g.topic));
    if (narrower.length === 0) return true;
    const named = new Set(narrower.flatMap((g) => g.claims));
    return !f.claims.every((id) => named.has(id));
  });
}

/** The claim names a person from a side with no account in the event. */
function namesOutsider(k: ClaimKeys, sides: ReadonlySet<string>): boolean {
  return k.people.some((id) => {
    const side = getEntity(id)?.side;
    return typeof side === "string" && !sides.has(side);
  });
}
