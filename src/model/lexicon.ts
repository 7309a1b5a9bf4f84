import { roleHoldersOn, type Entity, type Lexicon, type RoleRecord, type TopicRecord } from "../lexicon/index.js";
import type { Warning } from "../schema/common.js";

/** A lexicon indexed for look-up: built once per lexicon object (by `compile`, as `Model.lexicon`). */
export interface LexiconModel {
  /** The lexicon it indexes. */
  readonly lexicon: Lexicon;
  /** The entity of an id, or undefined. */
  entity(id: string): Entity | undefined;
  /** The role of an id, or undefined. */
  role(id: string): RoleRecord | undefined;
  /** The topic of an id, or undefined. */
  topic(id: string): TopicRecord | undefined;
  /** Every entity, in the lexicon's order. */
  entities(): Iterable<Entity>;
  /** Every role, in the lexicon's order. */
  roles(): Iterable<RoleRecord>;
  /** The holders of a role on a date, most recent first (see `roleHoldersOn`). */
  holdersOn(role: RoleRecord, date: string | null): string[];
  /** The issuer of a first-party document recognised from its url or outlet (kremlin.ru → Kremlin). */
  issuerFromSource(url: string | null | undefined, outlet: string | null | undefined): Entity | undefined;
  /** The entity an issuer name refers to ("Kremlin", "The White House"), if any. */
  issuerFromName(name: string): Entity | undefined;
  /** The entity a speaker name stands for ("Kremlin", "Sean Spicer", "Putin and Trump"), ignoring case and accents. */
  entityOfName(name: string): Entity | undefined;
  /** Ids the lexicon refers to but does not define (a role holder, a role's institution, an affiliation), as warnings. */
  readonly problems: readonly Warning[];
}

const foldName = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function build(lexicon: Lexicon): LexiconModel {
  const entityById = new Map<string, Entity>(lexicon.entities.map((e) => [e.id, e]));
  const roleById = new Map<string, RoleRecord>(lexicon.roles.map((r) => [r.id, r]));
  const topicById = new Map<string, TopicRecord>(lexicon.topics.map((t) => [t.id, t]));
  let byName: Map<string, Entity> | null = null;
  const problems: Warning[] = [];
  const unknown = (what: string, id: string) =>
    problems.push({
      code: "unknown_lexicon_id",
      message: `the lexicon names ${what} "${id}", which no entity of the lexicon defines: add it to the lexicon's entities (extendLexicon) or fix the id`,
    });
  for (const e of lexicon.entities) if (e.affiliation && !entityById.has(e.affiliation)) unknown(`the affiliation of "${e.id}"`, e.affiliation);
  for (const r of lexicon.roles) {
    if (r.of && !entityById.has(r.of)) unknown(`the institution of the role "${r.id}"`, r.of);
    for (const h of r.holders) if (!entityById.has(h.id)) unknown(`a holder of the role "${r.id}"`, h.id);
  }
  const sourceMemo = new Map<string, Entity | undefined>();
  const issuerOf = (url: string | null | undefined, outlet: string | null | undefined): Entity | undefined => {
    let host = "";
    if (url) {
      try {
        host = new URL(url).hostname.toLowerCase();
      } catch {
        host = "";
      }
    }
    const out = outlet?.trim().toLowerCase() ?? "";
    for (const e of entityById.values()) {
      if (host && e.domains.some((d) => host === d || host.endsWith(`.${d}`))) return e;
      if (out && e.outlets.some((o) => o.toLowerCase() === out)) return e;
    }
    return undefined;
  };
  return {
    lexicon,
    entity: (id) => entityById.get(id),
    role: (id) => roleById.get(id),
    topic: (id) => topicById.get(id),
    entities: () => entityById.values(),
    roles: () => roleById.values(),
    holdersOn: roleHoldersOn,
    issuerFromSource(url, outlet) {
      // (articles of one source come in series: the answer for a url and outlet is kept, a few hundred at most)
      const key = JSON.stringify([url ?? null, outlet ?? null]);
      if (sourceMemo.has(key)) return sourceMemo.get(key);
      if (sourceMemo.size >= 512) sourceMemo.clear();
      const found = issuerOf(url, outlet);
      sourceMemo.set(key, found);
      return found;
    },
    issuerFromName(name) {
      const n = name.trim().toLowerCase().replace(/^the /, "");
      for (const e of entityById.values()) {
        if (
          e.id === n ||
          e.name.toLowerCase() === n ||
          e.outlets.some((o) => o.toLowerCase().replace(/^the /, "") === n) ||
          e.names.some((x) => x.toLowerCase() === n)
        )
          return e;
      }
      return undefined;
    },
    entityOfName(name) {
      if (!byName) {
        byName = new Map();
        for (const e of entityById.values()) for (const n of [e.name, ...e.names]) if (!byName.has(foldName(n))) byName.set(foldName(n), e);
      }
      return byName.get(foldName(name).replace(/^the /, ""));
    },
    problems,
  };
}

const models = new WeakMap<Lexicon, LexiconModel>();

/** The look-up model of a lexicon, built once per lexicon object. */
export function lexiconModel(lexicon: Lexicon): LexiconModel {
  let m = models.get(lexicon);
  if (!m) models.set(lexicon, (m = build(lexicon)));
  return m;
}
