import type { LanguagePack } from "../schema/pack.js";
import type { Warning } from "../schema/common.js";
import { ClaimdiffError } from "../errors.js";
import { isLanguagePack } from "../lang/define.js";
import { BUILTIN_LEXICON, isLexicon, type Entity, type Lexicon } from "../lexicon/index.js";
import { lexiconModel, type LexiconModel } from "./lexicon.js";

export type { LexiconModel } from "./lexicon.js";

/** What a mention of the text refers to: an entity or role of the lexicon, a pronoun, an anaphor ("the two"). */
export type MentionRef =
  | { type: "entity"; id: string; caps?: true /** The lexicon's record, when it defines the id. */; entity?: Entity }
  | { type: "role"; id: string /** A word standing for two named before ("both"): a mention only next to a reporting verb. */; bare?: true }
  | { type: "pronoun" /** One out of a group named before ("one of them"): see pack `reporting.partitivePeople`. */; part?: true }
  | { type: "anaphor" };

/** One surface form of an entity or role in one language. */
export interface MentionEntry {
  /** Whether the form names an entity (a person, institution, group or medium) or a role. */
  type: "entity" | "role";
  /** The id of that entity or role in the lexicon. */
  id: string;
  /** A pattern of the pack syntax. */
  pattern: string;
  /**
   * A name every language may use as it is (the lexicon's `names`), rather than a form of the
   * language (the pack's `entities` / `roles`, the lexicon's `forms`): the comparison lets such
   * a name take a case ending ("Putin" → "Putina"); the extraction reads a short acronym among
   * them in capitals only ("UN", not "un").
   */
  shared: boolean;
}

/**
 * The compiled knowledge of extraction and comparison: the language packs and the lexicon,
 * with the names and forms of every entity and role per language built once, and the matchers
 * each side compiles from them built once per pack (see {@link Model.view}). Made by
 * {@link compile}, which memoises it per (packs, lexicon).
 */
export interface Model {
  /** The user's packs, looked up before the built-in ones. */
  readonly packs: readonly LanguagePack[];
  /** The lexicon, indexed: entities, roles and their holders on a date, issuers (`lexicon.lexicon` is the lexicon itself). */
  readonly lexicon: LexiconModel;
  /** The names and forms of the lexicon's entities and roles in a pack's language (shared names only with no pack). */
  mentionsOf(pack: LanguagePack | null): readonly MentionEntry[];
  /** The forms of the lexicon's topics in a pack's language, by topic id (beside the pack's own `topics`). */
  topicsOf(pack: LanguagePack): ReadonlyArray<readonly [string, readonly string[]]>;
  /** Ids a pack keys its entities and roles by that the lexicon does not define, and the lexicon's own unknown ids, as warnings. */
  problemsOf(pack: LanguagePack): readonly Warning[];
  /** A compiled view of a pack under this lexicon (`slot` names it: "extract", "compare"), built once and kept. */
  view<T>(pack: LanguagePack | null, slot: string, build: () => T): T;
}

interface PerLexicon {
  models: Map<string, Model>;
  views: WeakMap<LanguagePack, Map<string, unknown>>;
  noPack: Map<string, unknown>;
}

const byLexicon = new WeakMap<Lexicon, PerLexicon>();
const packIds = new WeakMap<LanguagePack, number>();
let nextPackId = 1;
const packId = (p: LanguagePack) => {
  let id = packIds.get(p);
  if (id === undefined) packIds.set(p, (id = nextPackId++));
  return id;
};
const models = new WeakSet<object>();

/** True for a model made by {@link compile}. */
export const isModel = (v: unknown): v is Model => typeof v === "object" && v !== null && models.has(v);

/**
 * Compiles language packs and a lexicon into the model extraction and comparison share: the
 * entity and role names per language, the lexicon's look-ups, and (lazily, per language) the
 * matchers. Memoised: the same packs (by identity, in order) and lexicon give the same model,
 * and the per-pack matchers are shared by every model of one lexicon. Pass it as
 * `options.model` to `extractClaims` and `compareClaims` to skip the look-up.
 *
 * @throws {ClaimdiffError} `invalid_options` when `packs` holds no language packs or `lexicon` is no lexicon.
 * @example
 * const model = compile([], extendLexicon(BUILTIN_LEXICON, { entities: [...] }));
 * extractClaims(article, { model });
 */
export function compile(packs: readonly LanguagePack[] = [], lexicon: Lexicon = BUILTIN_LEXICON): Model {
  // (Extraction's options check packs in full; the comparison accepts a clone of a pack: here, the shape the model reads.)
  const packLike = (p: unknown) =>
    isLanguagePack(p) ||
    (typeof p === "object" && p !== null && typeof (p as { code?: unknown }).code === "string" && typeof (p as { matching?: unknown }).matching === "object");
  if (!Array.isArray(packs) || !packs.every(packLike)) {
    throw new ClaimdiffError("invalid_options", "Invalid packs: compile takes a list of language packs made with defineLanguagePack() or getLanguagePack().");
  }
  if (!isLexicon(lexicon))
    throw new ClaimdiffError("invalid_options", "Invalid lexicon: compile takes BUILTIN_LEXICON or a lexicon made with extendLexicon().");
  let per = byLexicon.get(lexicon);
  if (!per) byLexicon.set(lexicon, (per = { models: new Map(), views: new WeakMap(), noPack: new Map() }));
  const key = packs.map(packId).join(",");
  const hit = per.models.get(key);
  if (hit) return hit;
  const model = build([...packs], lexicon, per);
  per.models.set(key, model);
  models.add(model);
  return model;
}

function build(packs: readonly LanguagePack[], lexicon: Lexicon, per: PerLexicon): Model {
  const lex = lexiconModel(lexicon);
  const slots = (pack: LanguagePack | null): Map<string, unknown> => {
    if (!pack) return per.noPack;
    let m = per.views.get(pack);
    if (!m) per.views.set(pack, (m = new Map()));
    return m;
  };
  const view = <T>(pack: LanguagePack | null, slot: string, make: () => T): T => {
    const m = slots(pack);
    if (!m.has(slot)) m.set(slot, make());
    return m.get(slot) as T;
  };
  const mentionsOf = (pack: LanguagePack | null): readonly MentionEntry[] =>
    view(pack, "mentions", () => {
      const out: MentionEntry[] = [];
      // (the canonical name is a form of its own: "the Élysée Palace said" names the Élysée)
      for (const e of lex.entities())
        for (const n of e.names.includes(e.name) ? e.names : [e.name, ...e.names]) out.push({ type: "entity", id: e.id, pattern: n, shared: true });
      if (!pack) return out;
      for (const [id, forms] of Object.entries(pack.entities)) for (const f of forms) out.push({ type: "entity", id, pattern: f, shared: false });
      for (const [id, forms] of Object.entries(pack.roles)) for (const f of forms) out.push({ type: "role", id, pattern: f, shared: false });
      for (const e of lex.entities()) for (const f of e.forms[pack.code] ?? []) out.push({ type: "entity", id: e.id, pattern: f, shared: false });
      for (const r of lex.roles()) for (const f of r.forms[pack.code] ?? []) out.push({ type: "role", id: r.id, pattern: f, shared: false });
      return out;
    });
  const topicsOf = (pack: LanguagePack) =>
    view(pack, "topics", () => lexicon.topics.flatMap((t) => (t.forms[pack.code]?.length ? [[t.id, t.forms[pack.code]!] as const] : [])));
  const problemsOf = (pack: LanguagePack) =>
    view(pack, "problems", () => {
      const out: Warning[] = [...lex.problems];
      const unknown = (what: string, id: string) =>
        out.push({
          code: "unknown_lexicon_id",
          message: `the language pack "${pack.code}" has forms of the ${what} "${id}", which the lexicon does not define: add it with extendLexicon and pass the lexicon as options.lexicon`,
        });
      for (const id of Object.keys(pack.entities)) if (!lex.entity(id)) unknown("entity", id);
      for (const id of Object.keys(pack.roles)) if (!lex.role(id)) unknown("role", id);
      return out;
    });
  return { packs, lexicon: lex, mentionsOf, topicsOf, problemsOf, view };
}
