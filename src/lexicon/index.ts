import { ENTITIES } from "./entities.js";
import { ROLES } from "./roles.js";
import { CORE_TOPICS } from "./topics.js";
import { ClaimdiffError, parseOrThrow } from "../errors.js";
import { LexiconSchema, type Lexicon, type LexiconInput, type RoleRecord } from "./types.js";

export type { Entity, RoleRecord, Lexicon, LexiconInput, TopicRecord } from "./types.js";

/** Lexicons known to be valid: made by defineLexicon, or checked once by isLexicon. */
const defined = new WeakSet<object>();

const HINT =
  "a lexicon has `entities` ({ id, name, kind, side, names, forms }), `roles` ({ id, label, holders: [{ id, from, to }] }) and `topics` ({ id, forms }).";

function defineLexicon(input: LexiconInput, what = "lexicon"): Lexicon {
  const out = parseOrThrow(LexiconSchema, input, "invalid_options", what, HINT);
  defined.add(out);
  return out;
}

/**
 * True for a valid lexicon: {@link BUILTIN_LEXICON}, one made by {@link extendLexicon}, or a
 * structured clone of one (checked against the schema once and remembered).
 */
export function isLexicon(v: unknown): v is Lexicon {
  if (v === null || typeof v !== "object") return false;
  if (defined.has(v)) return true;
  if (!LexiconSchema.safeParse(v).success) return false;
  defined.add(v);
  return true;
}

/**
 * The built-in lexicon: the people, institutions, groups and media, the roles with their holders
 * and dates in office, and the core topic ids the built-in packs are written for. The default of
 * `options.lexicon`; extend it with {@link extendLexicon}.
 */
export const BUILTIN_LEXICON: Lexicon = builtin();

/**
 * The built-in lexicon with the schema's defaults filled in by hand, not by zod: parsing it would
 * cost every import (tests/lexicon-option.test.ts checks it equals the schema's parse).
 */
function builtin(): Lexicon {
  const lexicon: Lexicon = {
    entities: ENTITIES.map((e) => ({
      ...e,
      affiliation: e.affiliation ?? null,
      domains: e.domains ?? [],
      outlets: e.outlets ?? [],
      names: e.names ?? [],
      forms: e.forms ?? {},
    })),
    roles: ROLES.map((r) => ({
      ...r,
      side: r.side ?? null,
      of: r.of ?? null,
      anyAffiliated: r.anyAffiliated ?? false,
      pair: r.pair ?? false,
      forms: r.forms ?? {},
      holders: (r.holders ?? []).map((h) => ({ ...h, from: h.from ?? null, to: h.to ?? null })),
    })),
    topics: CORE_TOPICS.map((id) => ({ id, forms: {} })),
  };
  defined.add(lexicon);
  return lexicon;
}

/** The input the built-in lexicon is made of, for the test that checks it against the schema. */
export const BUILTIN_LEXICON_INPUT = (): LexiconInput => ({ entities: ENTITIES, roles: ROLES, topics: CORE_TOPICS.map((id) => ({ id })) });

/** An entity, role or topic of an extension: the id, and any field to add or replace. */
export type Partial1<T extends { id: string }> = Partial<T> & { id: string };
/** What {@link extendLexicon} adds: entities, roles and topics, new ones whole, known ones by the fields they change. */
export interface LexiconExtension {
  /** People, institutions, groups and media: new ids whole (id, name, kind, side, names, forms), known ids by the fields they change. */
  entities?: Partial1<NonNullable<LexiconInput["entities"]>[number]>[];
  /** Roles: new ids whole (id, label, side, of, holders with dates in office, forms), known ids by the fields they change (holders appended). */
  roles?: Partial1<NonNullable<LexiconInput["roles"]>[number]>[];
  /** Topic ids, with their forms per language. */
  topics?: Partial1<NonNullable<LexiconInput["topics"]>[number]>[];
}

const uniq = <T>(xs: readonly T[]): T[] => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** Merges a record by id: lists appended (duplicates dropped), per-language forms merged, scalars replaced. */
function mergeRecord(base: Record<string, unknown>, add: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(add)) {
    if (v === undefined) continue;
    const cur = out[k];
    if (Array.isArray(cur) && Array.isArray(v)) out[k] = uniq([...cur, ...v]);
    else if (k === "forms" && cur && typeof cur === "object" && v && typeof v === "object") {
      const forms: Record<string, string[]> = { ...(cur as Record<string, string[]>) };
      for (const [lang, list] of Object.entries(v as Record<string, string[]>)) forms[lang] = uniq([...(forms[lang] ?? []), ...list]);
      out[k] = forms;
    } else out[k] = v;
  }
  return out;
}

function mergeList(base: readonly { id: string }[], add: readonly { id: string }[] | undefined): unknown[] {
  const out = new Map<string, Record<string, unknown>>(base.map((x) => [x.id, x as Record<string, unknown>]));
  for (const x of add ?? []) {
    const cur = out.get(x.id);
    out.set(x.id, cur ? mergeRecord(cur, x as Record<string, unknown>) : (x as Record<string, unknown>));
  }
  return [...out.values()];
}

/**
 * A lexicon with more people, institutions, roles or topics: new ids are added; a known id is
 * changed by the fields given (lists such as `names` and `holders` appended, `forms` merged by
 * language, other fields replaced). Returns a new validated lexicon; `base` is unchanged. An
 * unknown id an extension refers to (a role holder no entity defines) is reported as an
 * `unknown_lexicon_id` warning by `extractClaims`.
 *
 * @throws {ClaimdiffError} `invalid_options` when the result is no valid lexicon.
 * @example
 * const lexicon = extendLexicon(BUILTIN_LEXICON, {
 *   entities: [{ id: "ursula-xample", name: "Ursula Xample", kind: "person", side: "DE", names: ["Ursula Xample", "Xample"] }],
 * });
 * extractClaims(article, { lexicon });
 */
export function extendLexicon(base: Lexicon, extension: LexiconExtension): Lexicon {
  if (!isLexicon(base)) throw new ClaimdiffError("invalid_options", `Invalid lexicon: extendLexicon extends BUILTIN_LEXICON or a lexicon it returned; ${HINT}`);
  if (extension === null || typeof extension !== "object" || Array.isArray(extension)) {
    throw new ClaimdiffError(
      "invalid_options",
      'Invalid lexicon extension: pass an object such as { entities: [{ id: "ursula-xample", name: "Ursula Xample", kind: "person", side: "DE", names: ["Xample"] }] }.',
    );
  }
  return defineLexicon(
    {
      entities: mergeList(base.entities, extension.entities) as LexiconInput["entities"],
      roles: mergeList(base.roles, extension.roles) as LexiconInput["roles"],
      topics: mergeList(base.topics, extension.topics) as LexiconInput["topics"],
    },
    "lexicon extension",
  );
}

/**
 * The holders of a role on a date (ISO, inclusive bounds), most recent first. Without a date,
 * every holder, most recent first.
 */
export function roleHoldersOn(role: RoleRecord, date: string | null): string[] {
  const d = date?.slice(0, 10) ?? null;
  const ok = role.holders.filter((h) => !d || ((!h.from || h.from <= d) && (!h.to || d <= h.to)));
  return [...ok].sort((a, b) => (b.from ?? "").localeCompare(a.from ?? "")).map((h) => h.id);
}
