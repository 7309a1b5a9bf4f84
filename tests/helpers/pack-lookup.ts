import { expect } from "vitest";
import type { LanguagePack } from "../../src/schema/pack.js";
import { LanguagePackSchema } from "../../src/schema/pack.js";
import { defineLanguagePack } from "../../src/lang/define.js";
import { Matcher, type Match } from "../../src/text/matcher.js";
import { tokenize, type Token } from "../../src/text/tokens.js";
import type { Normalizer } from "../../src/text/fold.js";
import { ENTITIES } from "../../src/lexicon/entities.js";
import { ROLES } from "../../src/lexicon/roles.js";
import { CORE_TOPICS } from "../../src/lexicon/topics.js";
import { compilePack, type BoilerRef, type DateRef, type MentionRef } from "../../src/pipeline/lexicon.js";

/**
 * What a look-up reads, and the strings its matches carry:
 * - `mentions`: the pipeline's mention matcher (shared names, the pack's entities and roles,
 *   pronouns) → `"entity:<id>"`, `"role:<id>"`, `"pronoun"`; capitals-only acronyms resolve only
 *   when written in capitals, as in the pipeline. Possessive anaphors ("his", "swoim") are left
 *   out: they only point back at a mention.
 * - `entities`: the pack's own entity forms only (no shared names) → `"<id>"`.
 * - `roles`: the pack's role forms, read by the pipeline's mention matcher → `"<id>"`.
 * - `topics`: the pipeline's topic matcher → `"<topic id>"`.
 * - `cues`: the pack's reporting lists of the kinds chosen in {@link LookupOptions.cues}
 *   → `"verb"`, `"source"`, `"undated"`, … (the list keys of `pack.reporting`, named as in the pipeline).
 * - `dates`: the pipeline's date matcher → `"month:<0-11>"`, `"weekday:<0-6>"` (Monday = 0),
 *   `"day:<offset>"`, `"number:<n>"`, `"unit:<day|week|month|year>"`, `"past"`, `"agoBefore"`,
 *   `"agoAfter"`, `"dayWord"`, `"yearWord"`.
 * - `months`, `weekdays`, `days`, `units`: one kind of date word → `"<n>"`, `"<offset>"`, `"<unit>"`.
 * - `boiler`: the pipeline's boilerplate matcher, read-also starts, end markers and captions
 *   → `"lineStart"`, `"end"`, `"caption"`; `captions` and `lineStarts` read one of them alone.
 * - `evaluative`: the pipeline's evaluative matcher → `"positive"`, `"negative"`, `"neutral"`.
 */
export type LookupKind =
  | "mentions"
  | "entities"
  | "roles"
  | "topics"
  | "cues"
  | "dates"
  | "months"
  | "weekdays"
  | "days"
  | "units"
  | "boiler"
  | "captions"
  | "lineStarts"
  | "evaluative";

/** The reporting lists a `cues` look-up can read, under the names the pipeline gives their cues. */
const CUE_LISTS = {
  verb: "verbs",
  impersonal: "impersonal",
  noun: "nouns",
  source: "sources",
  trailing: "trailingSources",
  post: "postSources",
  rel: "relatives",
  retro: "retrospective",
  comp: "complementizers",
  denial: "denials",
  neg: "negations",
  undated: "undated",
} as const satisfies Record<string, keyof LanguagePack["reporting"]>;
export type CueList = keyof typeof CUE_LISTS;

export interface LookupOptions {
  /** Which reporting lists `cues` reads (default: verb, impersonal, noun, source, undated). */
  cues?: readonly CueList[];
}

/** A match as `[surface text, sorted payload strings]`. */
export type Found = [string, string[]];

export interface Lookups {
  /** The payloads of one match covering the whole of `text`, sorted, or [] when none covers it all. */
  whole(kind: LookupKind, text: string): string[];
  /** Every non-overlapping longest match in `text`, left to right, as `[surface, payloads]`. */
  find(kind: LookupKind, text: string): Found[];
  /** The payloads of every match in `text`, in order (`find` flattened). */
  ids(kind: LookupKind, text: string): string[];
  /** The payloads of the longest match at the start of `text` (it need not cover all of it). */
  head(kind: LookupKind, text: string): string[];
}

/** A match whose payloads are read as the strings of one look-up. */
interface Hit {
  to: number;
  start: number;
  end: number;
  labels: string[];
}

/** One look-up: a matcher whose payloads are read as strings. */
interface View {
  findAll(tokens: Token[], text: string): Hit[];
  matchAt(tokens: Token[], text: string): Hit | null;
}

/** A view over `matcher` reading each payload with `label` (null: not part of this look-up). */
function view<T>(matcher: Matcher<T>, label: (value: T, written: string) => string | null): View {
  const read = (m: Match<T>, text: string): Hit => {
    const written = text.slice(m.start, m.end);
    const labels = [...new Set(m.values.map((v) => label(v, written)).filter((x): x is string => x !== null))].sort();
    return { to: m.to, start: m.start, end: m.end, labels };
  };
  return {
    findAll: (tokens, text) =>
      matcher
        .findAll(tokens, text)
        .map((m) => read(m, text))
        .filter((h) => h.labels.length > 0),
    matchAt: (tokens, text) => {
      const m = matcher.matchAt(tokens, 0, text);
      return m ? read(m, text) : null;
    },
  };
}

const DEFAULT_CUES: readonly CueList[] = ["verb", "impersonal", "noun", "source", "undated"];

/** The `pack.reporting` list behind each cue kind, named as compilePack names its cues. */
function cueList(pack: LanguagePack, kind: CueList): readonly string[] {
  return pack.reporting[CUE_LISTS[kind]];
}

/** A matcher over named pattern lists, each pattern carrying its list's name. */
function matcherOf(fold: Normalizer, lists: Iterable<readonly [string, readonly string[]]>): Matcher<string> {
  const m = new Matcher<string>(fold);
  for (const [key, patterns] of lists) m.addAll(patterns, key);
  return m;
}

const mentionLabel = (v: MentionRef, written: string): string | null => {
  if (v.type === "entity") return v.caps && written !== written.toUpperCase() ? null : `entity:${v.id}`;
  return v.type === "role" ? `role:${v.id}` : v.type === "pronoun" ? "pronoun" : null;
};

const dateLabel = (v: DateRef): string => {
  switch (v.type) {
    case "month":
    case "weekday":
    case "number":
      return `${v.type}:${v.n}`;
    case "day":
      return `day:${v.offset}`;
    case "unit":
      return `unit:${v.unit}`;
    default:
      return v.type;
  }
};

/** Date refs of one type, labelled by their number, offset or unit alone ("2", "-1", "week"). */
const dateOf =
  (type: DateRef["type"]) =>
  (v: DateRef): string | null =>
    v.type === type ? (dateLabel(v).split(":")[1] ?? null) : null;

const BOILER: ReadonlySet<BoilerRef> = new Set<BoilerRef>(["lineStart", "end", "caption"]);
const only =
  (ref: BoilerRef) =>
  (v: BoilerRef): string | null =>
    v === ref ? v : null;

/** The view of one look-up kind over a pack. */
function viewOf(pack: LanguagePack, kind: LookupKind, options: LookupOptions): View {
  const cp = compilePack(pack);
  const same = (v: string) => v;
  switch (kind) {
    case "mentions":
      return view(cp.mentions, mentionLabel);
    case "roles":
      return view(cp.mentions, (v) => (v.type === "role" ? v.id : null));
    case "entities":
      return view(matcherOf(cp.fold, Object.entries(pack.entities)), same);
    case "topics":
      return view(cp.topics, same);
    case "cues":
      return view(
        matcherOf(
          cp.fold,
          (options.cues ?? DEFAULT_CUES).map((k) => [k, cueList(pack, k)] as const),
        ),
        same,
      );
    case "dates":
      return view(cp.dates, dateLabel);
    case "months":
      return view(cp.dates, dateOf("month"));
    case "weekdays":
      return view(cp.dates, dateOf("weekday"));
    case "days":
      return view(cp.dates, dateOf("day"));
    case "units":
      return view(cp.dates, dateOf("unit"));
    case "boiler":
      return view(cp.boiler, (v) => (BOILER.has(v) ? v : null));
    case "captions":
      return view(cp.boiler, only("caption"));
    case "lineStarts":
      return view(cp.boiler, only("lineStart"));
    case "evaluative":
      return view(cp.evaluative, same);
  }
}

/**
 * Look-ups over a pack's lexicons as the pipeline compiles them, for tests that check what a
 * word or phrase resolves to. Matching applies the spelling normalisers the pack declares.
 *
 * @example
 * const { whole, find } = lookups(de);
 * whole("mentions", "des Kremls"); // ["entity:kremlin"]
 * whole("cues", "sagte");          // ["verb"]
 * find("months", "am 12. März");   // [["März", ["2"]]]
 */
export function lookups(pack: LanguagePack, options: LookupOptions = {}): Lookups {
  const views = new Map<LookupKind, View>();
  const viewFor = (kind: LookupKind): View => {
    let v = views.get(kind);
    if (!v) views.set(kind, (v = viewOf(pack, kind, options)));
    return v;
  };
  const tokens = (text: string) => tokenize(text, compilePack(pack).fold);
  const find = (kind: LookupKind, text: string): Found[] =>
    viewFor(kind)
      .findAll(tokens(text), text)
      .map((h): Found => [text.slice(h.start, h.end), h.labels]);
  const at = (kind: LookupKind, text: string, all: boolean): string[] => {
    const ts = tokens(text);
    const hit = viewFor(kind).matchAt(ts, text);
    return hit && (!all || hit.to === ts.length) ? hit.labels : [];
  };
  return {
    whole: (kind, text) => at(kind, text, true),
    head: (kind, text) => at(kind, text, false),
    find,
    ids: (kind, text) => find(kind, text).flatMap(([, ls]) => ls),
  };
}

/**
 * Expects a pack to pass the schema and `defineLanguagePack` with its own code.
 *
 * @example
 * it("validates against the schema", () => expectValidPack(de));
 */
export function expectValidPack(pack: LanguagePack): void {
  expect(LanguagePackSchema.safeParse(pack).success).toBe(true);
  expect(defineLanguagePack(pack).code).toBe(pack.code);
}

/**
 * Expects a pack's roles, entities and topics to be keyed by ids of the shared lexicon only, and
 * every shared role and core topic to have forms in the pack.
 *
 * @example
 * it("is keyed by the shared lexicon's ids", () => expectKeyedBySharedLexicon(de));
 */
export function expectKeyedBySharedLexicon(pack: LanguagePack): void {
  const roleIds = new Set(ROLES.map((r) => r.id));
  const entityIds = new Set(ENTITIES.map((e) => e.id));
  const topicIds = new Set<string>(CORE_TOPICS);
  expect(
    Object.keys(pack.roles).filter((k) => !roleIds.has(k)),
    "role keys not in the shared lexicon",
  ).toEqual([]);
  expect(
    Object.keys(pack.entities).filter((k) => !entityIds.has(k)),
    "entity keys not in the shared lexicon",
  ).toEqual([]);
  expect(
    Object.keys(pack.topics).filter((k) => !topicIds.has(k)),
    "topic keys that are no core topic",
  ).toEqual([]);
  expect(
    [...roleIds].filter((id) => !pack.roles[id]?.length),
    "shared roles without forms",
  ).toEqual([]);
  expect(
    CORE_TOPICS.filter((t) => !pack.topics[t]?.length),
    "core topics without forms",
  ).toEqual([]);
}
