import { z } from "zod";

export const EntitySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Canonical English name, as reported in `speaker.name`. */
  name: z.string(),
  kind: z.enum(["person", "institution", "media", "group"]),
  /** ISO 3166-1 alpha-2 side; null for media, international bodies and independents. */
  side: z.string().nullable(),
  /** Institution a person speaks for (dmitry-peskov → kremlin). */
  affiliation: z.string().nullable().default(null),
  /** Web domains of an issuer of first-party documents (kremlin.ru → kremlin). */
  domains: z.array(z.string()).default([]),
  /** Outlet names under which the issuer publishes ("The White House"). */
  outlets: z.array(z.string()).default([]),
  /** Names that every language may use as they are, in any script: "Putin", "Vladimir Putin", "ТАСС". */
  names: z.array(z.string()).default([]),
  /** Forms of one language only, by language code, in the pack pattern syntax: `{ de: ["Xample*"] }`. */
  forms: z.record(z.string(), z.array(z.string())).default({}),
});
export type EntityInput = z.input<typeof EntitySchema>;
export type Entity = z.output<typeof EntitySchema>;

export const RoleHolderSchema = z.object({
  id: z.string(),
  from: z.string().nullable().default(null),
  to: z.string().nullable().default(null),
});

export const RoleRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** English role label, reported in `speaker.role`. */
  label: z.string(),
  side: z.string().nullable().default(null),
  /** Institution the role speaks for; the speaker falls back to it when no holder resolves. */
  of: z.string().nullable().default(null),
  /** People who held the role, with ISO dates (inclusive) when known. */
  holders: z.array(RoleHolderSchema).default([]),
  /** When true, any person affiliated with `of` mentioned nearby may be meant ("a Kremlin representative"). */
  anyAffiliated: z.boolean().default(false),
  /** When true, the role names two people ("the two leaders"): the last two people named before it. */
  pair: z.boolean().default(false),
  /** Forms of the role's title in one language, by language code: `{ en: ["EU commissioner for trade"] }`. */
  forms: z.record(z.string(), z.array(z.string())).default({}),
});
export type RoleRecordInput = z.input<typeof RoleRecordSchema>;
export type RoleRecord = z.output<typeof RoleRecordSchema>;

export const TopicRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Forms of the topic in one language, by language code (packs hold the built-in topics' forms). */
  forms: z.record(z.string(), z.array(z.string())).default({}),
});
export type TopicRecord = z.output<typeof TopicRecordSchema>;

/**
 * What the library knows about the world, for every language: people, institutions, groups and
 * media (`entities`), roles with their holders and dates in office (`roles`), and topic ids.
 */
export const LexiconSchema = z.object({
  entities: z.array(EntitySchema).default([]),
  roles: z.array(RoleRecordSchema).default([]),
  topics: z.array(TopicRecordSchema).default([]),
});
/** A lexicon as written: every list and field optional but the ids. */
export type LexiconInput = z.input<typeof LexiconSchema>;
/** A validated lexicon (from {@link LexiconSchema}): made by `extendLexicon`, or `BUILTIN_LEXICON`. */
export type Lexicon = z.output<typeof LexiconSchema>;
