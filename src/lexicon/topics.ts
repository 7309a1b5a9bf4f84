/**
 * The core topic vocabulary: language-independent concept ids. Language packs map their surface
 * forms to these ids; the comparison engine compares accounts by them. Packs may add ids of
 * their own; these are the ones every built-in pack should cover where it can.
 */
export const CORE_TOPICS = [
  "tone", "relations", "cooperation", "meeting", "phone-call", "phone-contact", "duration",
  "terrorism", "isis", "syria", "ukraine", "crimea", "donbas", "iran-nuclear", "korean-peninsula",
  "israel-palestine", "non-proliferation", "sanctions", "trade", "election-interference", "nato",
  "nato-expansion", "security", "security-guarantees", "negotiations", "diplomacy", "ceasefire", "peace",
  "safe-zones", "astana-talks", "middle-east", "preparation", "urgency", "military-cooperation",
  "military-buildup", "de-escalation", "allies", "sovereignty", "minsk-agreements", "strategic-stability",
  "cyber", "geneva-summit", "world-war-ii", "diplomatic-missions", "weapons-deployment",
  "weapons-to-ukraine", "proposals", "humanitarian", "invasion", "prisoners", "contacts", "follow-up",
  "merkel", "scheduling", "media", "economy", "energy", "nuclear-weapons", "human-rights",
] as const;
export type CoreTopic = (typeof CORE_TOPICS)[number];
