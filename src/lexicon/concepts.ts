/**
 * The open concept inventory of the comparison: language-independent ids for what international
 * news reports (diplomacy, security, conflict, economy, energy, technology, law, geography), each
 * with its kind and, where it has one, the broader concept it falls under. Language packs give
 * the surface forms (`pack.compare.concepts`); the comparison matches claims across languages on
 * these ids, on places and people, on numbers and, within one language, on word stems.
 *
 * The core topic ids (`CORE_TOPICS`) are part of the inventory and stay the reporting vocabulary;
 * the inventory is broader on purpose: matching is not limited to it.
 *
 * Kinds:
 * - `event`: the kind of encounter a claim reports (a call, a meeting): tells which event a claim
 *   is about, not what it asserts;
 * - `procedural`: how the encounter went (its length, keeping in touch, who initiated it): never
 *   an omission;
 * - `evaluation`: the tone of the encounter: compared by the characterization rule;
 * - `stance`: a position on timing (urgency against preparation): compared by the stance rule;
 * - `subject`: what was discussed;
 * - `place`: a sea, region, bloc or venue that is not a state (states come from CLDR).
 */
export type ConceptKind = "event" | "procedural" | "evaluation" | "stance" | "subject" | "place";

export interface ConceptRecord {
  id: string;
  kind: ConceptKind;
  /** The broader concepts: a claim on the narrower one also speaks of them ("isis" → "terrorism"). */
  parent?: string | readonly string[];
  /** States the concept is about: a claim on the Korean peninsula speaks of both Koreas. */
  states?: readonly string[];
}

const c = (kind: ConceptKind, ids: string, parent?: string | readonly string[]): ConceptRecord[] =>
  ids
    .trim()
    .split(/\s+/)
    .map((id) => (parent ? { id, kind, parent } : { id, kind }));

/** Kinds of encounter that are one way of meeting: a call and a video call are remote; a meeting, a summit, a visit in person. */
export const ENCOUNTER_GROUP: Readonly<Record<string, "remote" | "in-person">> = {
  "phone-call": "remote",
  "video-call": "remote",
  meeting: "in-person",
  summit: "in-person",
  visit: "in-person",
};

/** Blocs and international organisations (places of the inventory): a summit of one is no bilateral encounter. */
const BLOC_IDS = "nato european-union united-nations security-council g7 g20 apec brics sco osce asean opec african-union iaea wto imf who";
export const BLOCS: ReadonlySet<string> = new Set(BLOC_IDS.split(" "));

/** Venues of diplomacy (places of the inventory). */
const VENUE_IDS =
  "geneva vienna helsinki minsk astana istanbul the-hague riyadh jeddah doha abu-dhabi hamburg munich davos san-francisco anchorage camp-david singapore bali";

/** Every concept of the inventory. */
export const CONCEPTS: readonly ConceptRecord[] = [
  // The kind of encounter.
  ...c("event", "phone-call video-call meeting visit press-conference interview statement letter"),
  ...c("event", "summit", "meeting"),
  // How it went.
  ...c("procedural", "duration contacts follow-up scheduling initiative"),
  // Being ready to act ("prepared to engage"): willingness, not the preparation a stance sets as a condition.
  ...c("procedural", "readiness"),
  ...c("procedural", "phone-contact", "contacts"),
  ...c("evaluation", "tone"),
  ...c("stance", "urgency preparation"),

  // Diplomacy and international order.
  ...c("subject", "allies", "relations"),
  ...c(
    "subject",
    "relations cooperation diplomacy agreement sovereignty recognition international-law multilateralism red-line cold-war one-china elections democracy human-rights rule-of-law media",
  ),
  ...c("subject", "partnership military-cooperation", "cooperation"),
  ...c("subject", "dialogue negotiations consultations mediation foreign-ministers diplomatic-missions proposals", "diplomacy"),
  ...c("subject", "treaty", "agreement"),
  ...c("subject", "territorial-integrity independence", "sovereignty"),
  ...c("subject", "trust", "relations"),

  // Security and conflict.
  ...c(
    "subject",
    "security war peace ceasefire violence tensions escalation de-escalation military invasion occupation annexation attack weapons terrorism intelligence arrests cyber election-interference disinformation humanitarian refugees prisoners hostages casualties nuclear-weapons arms-control safe-zones defence-industry military-aid",
  ),
  ...c("subject", "security-guarantees stability", "security"),
  ...c("subject", "strategic-stability", ["stability", "arms-control"]),
  ...c("subject", "conflict", "war"),
  ...c("subject", "peace-process settlement", "peace"),
  // What a conflict comes from ("eliminate the root causes of the conflict"): a position of its own, not its settlement.
  ...c("subject", "root-causes"),
  ...c("subject", "restraint", "de-escalation"),
  ...c("subject", "military-buildup troops mobilization", "military"),
  ...c("subject", "strikes airstrikes", "attack"),
  ...c("subject", "missiles drones air-defense", "weapons"),
  ...c("subject", "weapons-to-ukraine", "military-aid"),
  ...c("subject", "weapons-deployment", "weapons"),
  ...c("subject", "non-proliferation iran-nuclear", "nuclear-weapons"),
  ...c("subject", "terrorist-attack extremism isis", "terrorism"),
  ...c("subject", "intelligence-sharing espionage", "intelligence"),
  ...c("subject", "hacking", "cyber"),
  ...c("subject", "humanitarian-aid civilians", "humanitarian"),
  ...c("subject", "prisoner-exchange", "prisoners"),
  ...c("subject", "nato-expansion", "nato"),
  // A response one side threatens: sanctions are one ("respond decisively" and "harsh sanctions" speak of one threat).
  ...c("subject", "countermeasures"),
  ...c("subject", "sanctions export-controls", "countermeasures"),

  // Economy, energy, technology and other fields.
  ...c("subject", "economy energy infrastructure technology finance climate health migration space food-security rare-earths drugs"),
  ...c("subject", "trade investment debt currency", "economy"),
  ...c("subject", "tariffs", "trade"),
  ...c("subject", "oil gas nuclear-power", "energy"),
  ...c("subject", "energy-infrastructure", ["energy", "infrastructure"]),
  ...c("subject", "semiconductors artificial-intelligence", "technology"),

  // Seas, regions, blocs and venues that are not states (states and their capitals: places.ts).
  ...c("place", "black-sea sea-of-azov baltic-sea south-china-sea east-china-sea mediterranean red-sea persian-gulf caspian-sea arctic taiwan-strait"),
  ...c("place", "israel-palestine", "middle-east"),
  ...c("place", "middle-east korean-peninsula indo-pacific balkans caucasus central-asia sahel donbas crimea gaza west-bank golan-heights kashmir"),
  ...c("place", BLOC_IDS),
  // Venues of diplomacy: a city names the talks held there ("in Astana", "the Geneva summit").
  ...c("place", VENUE_IDS),
  // Named processes and history.
  ...c("subject", "minsk-agreements", "agreement"),
  ...c("subject", "astana-talks", "negotiations"),
  ...c("subject", "geneva-summit", "summit"),
  ...c("subject", "world-war-ii"),
];

/**
 * Concepts that mark how a thing is asked for, not what: at once (urgency) or only once conditions
 * are met (preparation). They set the stance of a demand ("an immediate ceasefire" against "a
 * ceasefire only once verified") and are no topic or matter of their own.
 */
export const STANCE_MARKERS: readonly string[] = ["urgency", "preparation"];

/**
 * Concepts too general to be a subject on their own: they say how two sides deal with each other
 * or name a whole field ("cooperation", "agreement", "war", "weapons"). A claim naming only these
 * has no subject another account could leave out; beside a specific subject they add nothing.
 */
export const GENERIC_CONCEPTS: ReadonlySet<string> = new Set([
  "cooperation",
  "partnership",
  "dialogue",
  "diplomacy",
  "negotiations",
  "consultations",
  "agreement",
  "treaty",
  "trust",
  "security",
  "stability",
  "war",
  "conflict",
  "violence",
  "tensions",
  "escalation",
  "military",
  "troops",
  "attack",
  "strikes",
  "weapons",
  "infrastructure",
  "economy",
  "elections",
  "media",
  "casualties",
  "settlement",
  "recognition",
  "international-law",
  "multilateralism",
  "democracy",
  "finance",
  "health",
  "intelligence",
  // A framing rather than a subject ("a red line"): how one side speaks of a matter.
  "red-line",
  // A city where talks are held names no subject of its own ("in Geneva"), unless it names the
  // talks held there ("the Astana talks": see VENUES).
  ...VENUE_IDS.split(" "),
]);

/** Cities that name the talks or summits held there ("the Astana talks", "the Geneva summit"). */
export const VENUES: ReadonlySet<string> = new Set(VENUE_IDS.split(" "));

/**
 * What an act becomes when it stops: halting, renouncing or suspending attacks is a ceasefire
 * ("a 30-day halt to strikes on energy sites", "отказ от ударов", "wstrzymanie ataków"). A concept
 * below one (strikes, airstrikes under attack) ceases the same. A war is not listed: its words
 * name its parties too ("the parties to the conflict"), so a stopping word near them says little.
 */
const CEASED: Readonly<Record<string, string>> = {
  attack: "ceasefire",
};

/**
 * The concept a stopped act of this concept becomes (see `CEASED`), or null.
 *
 * @example
 * ceasedAs("strikes") // "ceasefire"; ceasedAs("trade") // null
 */
export function ceasedAs(id: string): string | null {
  for (const up of conceptAncestors(id)) if (CEASED[up]) return CEASED[up]!;
  return null;
}

/** States each place or issue concept is about (ISO 3166 codes). */
const CONCEPT_STATES: Readonly<Record<string, readonly string[]>> = {
  "iran-nuclear": ["IR"],
  "korean-peninsula": ["KP", "KR"],
  "israel-palestine": ["IL", "PS"],
  gaza: ["PS"],
  "west-bank": ["PS"],
  "golan-heights": ["SY", "IL"],
  "taiwan-strait": ["TW"],
  "one-china": ["TW"],
  crimea: ["UA"],
  donbas: ["UA"],
  "minsk-agreements": ["UA"],
  "weapons-to-ukraine": ["UA"],
  "sea-of-azov": ["UA"],
  kashmir: ["IN", "PK"],
  caucasus: ["AM", "AZ"],
};

/**
 * Places named after the state at the heart of their issue: an account naming the state speaks of
 * the place ("North Korea" of "the situation on the Korean peninsula").
 */
const STATE_NAMED: Readonly<Record<string, readonly string[]>> = {
  "korean-peninsula": ["KP"],
  "taiwan-strait": ["TW"],
};

/**
 * The states whose mere naming speaks of a place concept (see `STATE_NAMED`): empty for most.
 *
 * @example
 * statesNaming("korean-peninsula") // ["KP"]
 */
export const statesNaming = (id: string): readonly string[] => STATE_NAMED[id] ?? [];

const byId = new Map<string, ConceptRecord>(
  CONCEPTS.map((r) => {
    const states = CONCEPT_STATES[r.id];
    return [r.id, states ? { ...r, states } : r];
  }),
);

/** The concept record for an id, or undefined for an id the inventory does not know. */
export const getConcept = (id: string): ConceptRecord | undefined => byId.get(id);

/**
 * The concept and every broader one above it.
 *
 * @example
 * conceptAncestors("isis") // ["isis", "terrorism"]
 */
export function conceptAncestors(id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length && out.length < 8; i++) {
    const parent = byId.get(out[i]!)?.parent;
    for (const p of parent === undefined ? [] : typeof parent === "string" ? [parent] : parent) if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** The broader concepts directly above a concept. */
export function conceptParents(id: string): readonly string[] {
  const parent = byId.get(id)?.parent;
  return parent === undefined ? [] : typeof parent === "string" ? [parent] : parent;
}

/** The states a concept is about ("korean-peninsula" → KP, KR). */
export const conceptStates = (id: string): readonly string[] => byId.get(id)?.states ?? [];

/** Kind of a concept id: ids the inventory does not know (a user pack's own) are subjects. */
export const conceptKind = (id: string): ConceptKind => byId.get(id)?.kind ?? "subject";
