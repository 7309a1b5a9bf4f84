import type { LanguagePack } from "../schema/pack.js";
import { ClaimdiffError } from "../errors.js";
import { getLanguagePack } from "../lang/registry.js";
import { allEntities, getEntity, getRole } from "../lexicon/index.js";
import { Matcher } from "../text/matcher.js";

/** A mention of a shared entity or role: its id, kind and the side it stands for. */
export interface MentionRef {
  id: string;
  /** `person`, `institution`, `media`, `group`, or `role` (a title that stands for a person). */
  kind: "person" | "institution" | "media" | "group" | "role";
  side: string | null;
}

/** Polarity of an evaluative term. */
export type Polarity = "positive" | "negative" | "neutral";

/** A unit of measure: its id and, for time units, its length in seconds. */
export interface UnitRef {
  unit: string;
  seconds: number | null;
}

/**
 * Seconds per time unit, for units a pack lists under `dates.units` (any of these keys a pack
 * schema carries is used: day, week, month and year today; minute and hour when packs add them).
 */
export const UNIT_SECONDS: Readonly<Record<string, number>> = {
  second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_629_800, year: 31_557_600,
};

/** A word of the comparison's own lexicon: an evaluative term, a denial, a stance marker, a unit or a number word. */
export type SmallRef =
  | { type: "evaluative"; polarity: Polarity }
  | { type: "denial" }
  | { type: "mark"; topic: string }
  | { type: "unit"; unit: UnitRef }
  | { type: "number"; value: number };

/** The language-specific words the comparison uses, compiled from a pack. */
export interface CompareLexicon {
  /** The pack, or null when no pack exists for the language (then only shared names are known). */
  pack: LanguagePack | null;
  fold: boolean;
  mentions: Matcher<MentionRef>;
  /**
   * Evaluative terms, denial verbs, the topic words of the stance markers (`urgency`,
   * `preparation`), units and number words in one matcher: they rarely overlap, and one pass
   * over the text is cheaper than five.
   */
  small: Matcher<SmallRef>;
}

function addSharedNames(m: Matcher<MentionRef>): void {
  for (const e of allEntities()) m.addAll(e.names, { id: e.id, kind: e.kind, side: e.side });
}

function compile(pack: LanguagePack | null, marks: readonly string[]): CompareLexicon {
  const fold = pack?.matching.foldDiacritics ?? true;
  const mentions = new Matcher<MentionRef>(fold);
  const small = new Matcher<SmallRef>(fold);
  addSharedNames(mentions);
  if (pack) {
    for (const [id, forms] of Object.entries(pack.entities)) {
      const e = getEntity(id);
      mentions.addAll(forms, { id, kind: e?.kind ?? "institution", side: e?.side ?? null });
    }
    for (const [id, forms] of Object.entries(pack.roles)) mentions.addAll(forms, { id, kind: "role", side: getRole(id)?.side ?? null });
    for (const polarity of ["positive", "negative", "neutral"] as const) small.addAll(pack.evaluative[polarity], { type: "evaluative", polarity });
    small.addAll(pack.reporting.denials, { type: "denial" });
    for (const topic of marks) small.addAll(pack.topics[topic] ?? [], { type: "mark", topic });
    for (const [unit, forms] of Object.entries(pack.dates.units as Record<string, readonly string[] | undefined>)) {
      if (forms) small.addAll(forms, { type: "unit", unit: { unit, seconds: UNIT_SECONDS[unit] ?? null } });
    }
    for (const [n, forms] of Object.entries(pack.dates.numbers)) small.addAll(forms, { type: "number", value: Number(n) });
  }
  return { pack, fold, mentions, small };
}

/** Topic ids whose words mark a stance on timing: pressing for speed, or setting conditions first. */
export const STANCE_MARKS: readonly string[] = ["urgency", "preparation"];

const byPack = new WeakMap<LanguagePack, CompareLexicon>();
let namesOnly: CompareLexicon | null = null;
let englishNames: Matcher<MentionRef> | null = null;

/**
 * The compiled lexicon for a language: the user's packs first, then the built-in ones. A
 * language with no pack gets the shared Latin-script names only, and `missing` is true.
 *
 * @example
 * lexiconFor("ro", []).lexicon.small // matcher of the Romanian evaluative terms, denials, units…
 */
export function lexiconFor(language: string, packs: readonly LanguagePack[]): { lexicon: CompareLexicon; missing: boolean } {
  let pack: LanguagePack | null = null;
  try {
    pack = getLanguagePack(language, packs);
  } catch (e) {
    if (!(e instanceof ClaimdiffError) || e.code !== "unknown_language") throw e;
  }
  if (!pack) return { lexicon: (namesOnly ??= compile(null, STANCE_MARKS)), missing: true };
  let hit = byPack.get(pack);
  if (!hit) byPack.set(pack, (hit = compile(pack, STANCE_MARKS)));
  return { lexicon: hit, missing: false };
}

/**
 * A matcher of the shared entity names (people and institutions, not groups such as
 * "Putin and Trump"), for reading canonical English speaker names.
 *
 * @example
 * speakerNameMatcher().findAll(tokenize("Putin and Trump", true)).length // 2
 */
export function speakerNameMatcher(): Matcher<MentionRef> {
  if (englishNames) return englishNames;
  const m = new Matcher<MentionRef>(true);
  for (const e of allEntities()) if (e.kind !== "group") m.addAll(e.names, { id: e.id, kind: e.kind, side: e.side });
  return (englishNames = m);
}
