/**
 * Narrower core topics and the broader topic each falls under. An account that speaks of one
 * has spoken of the other: "cooperation" covers "military-cooperation", "isis" covers
 * "terrorism". Language-independent (core topic ids only); kept short on purpose, since a
 * loose hierarchy would hide real omissions (Donbas is not covered by "ukraine").
 */
export const TOPIC_PARENTS: Readonly<Record<string, string>> = {
  "military-cooperation": "cooperation",
  isis: "terrorism",
  "nato-expansion": "nato",
  "security-guarantees": "security",
  "phone-contact": "contacts",
  trade: "economy",
  "non-proliferation": "nuclear-weapons",
  negotiations: "diplomacy",
};

/**
 * Whether a list of topics covers `topic`: the topic itself, its broader topic, or a narrower
 * topic under it.
 *
 * @example
 * topicsCover(["cooperation", "syria"], "military-cooperation") // true
 * topicsCover(["ukraine"], "donbas") // false
 */
export function topicsCover(topics: Iterable<string>, topic: string): boolean {
  const parent = TOPIC_PARENTS[topic];
  for (const t of topics) if (t === topic || t === parent || TOPIC_PARENTS[t] === topic) return true;
  return false;
}

/**
 * Whether `parent` is the broader topic of `topic`.
 *
 * @example
 * isBroader("cooperation", "military-cooperation") // true
 */
export function isBroader(parent: string, topic: string): boolean {
  return TOPIC_PARENTS[topic] === parent;
}
