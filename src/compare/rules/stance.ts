import type { Disagreement } from "../../schema/comparison.js";
import { pairDiff } from "../pairs.js";
import { eventLabel, quote, speakersLabel, topicLabel } from "../explain.js";
import { STANCE_MARKS, type ClaimKeys } from "../keys.js";
import { sharedTopics, sidesOf, type RuleInput } from "./types.js";

/** How similar a denial and an assertion must be (as a share of the alignment threshold) to be about one thing. */
const DENIAL_SCOPE = 0.6;

function timingFlags(input: RuleInput): Disagreement[] {
  const out: Disagreement[] = [];
  const groups = new Map<string, { topic: string; urgent: Map<string, ClaimKeys>; conditional: Map<string, ClaimKeys> }>();
  const only = (k: ClaimKeys, mark: string) => k.marks.includes(mark) && k.marks.length === 1;
  for (const p of input.cross) {
    for (const [u, c] of [[p.a, p.b], [p.b, p.a]] as const) {
      if (!only(u, "urgency") || !only(c, "preparation")) continue;
      const [topic] = sharedTopics(p, input.weights, STANCE_MARKS);
      if (!topic) continue;
      const key = `${u.side}|${c.side}|${topic}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { topic, urgent: new Map(), conditional: new Map() }));
      g.urgent.set(u.claim.id, u);
      g.conditional.set(c.claim.id, c);
    }
  }
  for (const g of groups.values()) {
    const urgent = [...g.urgent.values()];
    const conditional = [...g.conditional.values()];
    const u = urgent[0]!;
    const c = conditional[0]!;
    out.push({
      type: "stance",
      topic: g.topic,
      claims: [...urgent, ...conditional].map((k) => k.claim.id),
      sides: sidesOf([[u.side!, urgent], [c.side!, conditional]]),
      explanation:
        `Stance on ${topicLabel(g.topic)} in ${eventLabel(input.event)}: ${speakersLabel(urgent, u.side)} presses for speed ` +
        `(${quote(u.claim.assertion)}), while ${speakersLabel(conditional, c.side)} sets conditions first (${quote(c.claim.assertion)}).`,
      diff: pairDiff(u, c),
      confidence: 0.7,
    });
  }
  return out;
}

function denialFlags(input: RuleInput): Disagreement[] {
  const out: Disagreement[] = [];
  const used = new Set<string>();
  const ignore = [...input.options.proceduralTopics, ...STANCE_MARKS];
  for (const p of input.cross) {
    if (p.a.denial === p.b.denial || p.evidence.score < DENIAL_SCOPE * input.options.threshold) continue;
    const [topic] = sharedTopics(p, input.weights, ignore);
    if (!topic) continue;
    const [d, s] = p.a.denial ? [p.a, p.b] : [p.b, p.a];
    const key = `${d.side}|${s.side}|${topic}`;
    if (used.has(key)) continue;
    used.add(key);
    out.push({
      type: "stance",
      topic,
      claims: [s.claim.id, d.claim.id],
      sides: { [s.side!]: [s.claim.id], [d.side!]: [d.claim.id] },
      explanation:
        `Stance on ${topicLabel(topic)} in ${eventLabel(input.event)}: ${speakersLabel([s], s.side)} asserts ${quote(s.claim.assertion)}, ` +
        `which ${speakersLabel([d], d.side)} denies (${quote(d.claim.assertion)}).`,
      diff: pairDiff(s, d),
      confidence: 0.6,
    });
  }
  return out;
}

/**
 * `stance`: one side affirms what the other denies (a denial verb from
 * `pack.reporting.denials` against an assertion on the same subject), or one side presses for
 * speed while the other sets conditions (the pack's `urgency` vs `preparation` topic words,
 * "as soon as possible" vs "needs considerable preparation") on a shared topic.
 *
 * @example
 * stance(input).map((d) => d.topic) // ["meeting"]
 */
export function stance(input: RuleInput): Disagreement[] {
  return [...timingFlags(input), ...denialFlags(input)];
}
