/**
 * Builders that spell out inflected forms for language packs. They only build lists of strings:
 * what a pack contains is still plain data once evaluated. Language-specific builders (a
 * language's past tense, its spelling variants) stay in that language's folder.
 */

/** Deduplicates a list of patterns, keeping the first occurrence. */
export function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/**
 * Every head form followed by every tail: the dependent genitive of a noun phrase does not change
 * with the head's case ("пресс-секретарь Кремля", "пресс-секретаря Кремля", …).
 *
 * @example phrase(["глава", "главы"], ["мид россии"]) // ["глава мид россии", "главы мид россии"]
 */
export function phrase(heads: readonly string[], tails: readonly string[]): string[] {
  return heads.flatMap((h) => tails.map((t) => `${h} ${t}`));
}

/**
 * Pairs forms that agree case by case (adjective + noun, first name + surname): the i-th form of
 * each list is joined. Lists must have the same length.
 *
 * @example agree(["российский", "российского"], ["президент", "президента"]) // ["российский президент", "российского президента"]
 */
export function agree(...lists: readonly (readonly string[])[]): string[] {
  const n = lists[0]?.length ?? 0;
  if (lists.some((l) => l.length !== n)) throw new Error(`agree(): lists differ in length: ${lists.map((l) => l.join("/")).join(" | ")}`);
  return Array.from({ length: n }, (_, i) => lists.map((l) => l[i]!).join(" "));
}

/** Calendar words of one language from CLDR, as scripts/generate-packs.mjs writes them in `src/lang/<code>/cldr.generated.ts`. */
export interface CldrCalendar {
  /** The ICU and CLDR versions of the Node that generated the data. */
  icu: string;
  cldr: string;
  /** Twelve lists of long month names (format and standalone context), January first. */
  months: string[][];
  /** Twelve lists of short month names. */
  monthsShort: string[][];
  /** Seven lists of long weekday names, Monday first. */
  weekdays: string[][];
  /** Seven lists of short weekday names. */
  weekdaysShort: string[][];
  /** Relative-day words by offset ("-1": ["yesterday"]), -2 … +2 where CLDR has a word. */
  days: Record<string, string[]>;
  /** Short forms CLDR writes with a dot ("janv.", "февр."). */
  abbreviations: string[];
}

/** What a pack adds to and takes from the CLDR calendar words (see {@link calendar}). */
export interface CalendarOptions {
  /**
   * The pack's own month forms, added after CLDR's: inflections, spelling variants, other
   * abbreviations. A list of twelve lists, January first, or only some months by index (`{ 8: ["sept"] }`).
   */
  months?: Readonly<Record<number, readonly string[] | undefined>>;
  /** The pack's own weekday forms, Monday first (seven lists, or some by index). */
  weekdays?: Readonly<Record<number, readonly string[] | undefined>>;
  /** The pack's own relative-day words by offset. */
  days?: Readonly<Record<string, readonly string[]>>;
  /** Take CLDR's short month names (default true). */
  shortMonths?: boolean;
  /** Take CLDR's short weekday names (default false: "sun", "wed", "mar", "mer" are words). */
  shortWeekdays?: boolean;
  /**
   * CLDR forms the pack leaves out — words of another sense ("mar" is Romanian for apple), or
   * folded onto one ("sie" is Polish "się" without its mark). Say why beside the list.
   */
  exclude?: readonly string[];
}

/**
 * A pack's `dates.months`, `dates.weekdays` and `dates.days`: CLDR's words (generated from Node's
 * ICU), then the pack's own, without the excluded ones. The days to come are taken too ("tomorrow",
 * "demain", "завтра"): the dates they make are days ahead, never the day a claim was made nor of the
 * event reported, and they keep such a word out of names and sources.
 *
 * @example calendar(CLDR, { months: [["jänner"], ...], exclude: ["mär"] }).months[0] // ["januar", "jan", "jänner"]
 */
export function calendar(cldr: CldrCalendar, options: CalendarOptions = {}): { months: string[][]; weekdays: string[][]; days: Record<string, string[]> } {
  const excluded = new Set(options.exclude ?? []);
  // CLDR's forms, less the excluded ones and those a pattern of the pack's own ("montag*") covers, then the pack's.
  const merge = (generated: readonly string[] | undefined, own: readonly string[] | undefined = []): string[] => {
    const prefixes = own.filter((p) => p.endsWith("*")).map((p) => p.slice(0, -1));
    const kept = (generated ?? []).filter((s) => !excluded.has(s) && !prefixes.some((p) => s.startsWith(p)));
    return [...new Set([...kept, ...own])];
  };
  const months = cldr.months.map((long, i) => merge([...long, ...(options.shortMonths === false ? [] : (cldr.monthsShort[i] ?? []))], options.months?.[i]));
  const weekdays = cldr.weekdays.map((long, i) => merge([...long, ...(options.shortWeekdays ? (cldr.weekdaysShort[i] ?? []) : [])], options.weekdays?.[i]));
  const days: Record<string, string[]> = {};
  for (const [n, forms] of Object.entries(cldr.days)) days[n] = merge(forms);
  for (const [n, forms] of Object.entries(options.days ?? {})) days[n] = merge(days[n], forms);
  return { months, weekdays, days };
}

/**
 * A pack's `sentences.abbreviations`: its own, then CLDR's month abbreviations written with a dot
 * ("janv.", "февр."), less the excluded ones. CLDR's weekday abbreviations are not taken: in most
 * languages they are words too ("so.", "mer.", "vin.").
 */
export function abbreviations(cldr: CldrCalendar, own: readonly string[], exclude: readonly string[] = []): string[] {
  const months = new Set(cldr.monthsShort.flat());
  const generated = cldr.abbreviations.filter((a) => months.has(a.slice(0, -1)) && !exclude.includes(a));
  return [...new Set([...own, ...generated])];
}

/**
 * A pattern slot of exactly one of `alternatives` ("{ha|hanno}", see `Pattern` in
 * src/schema/pack.ts), or the one alternative as it is: a pack writes one pattern for every
 * combination, expanded when the pack is built.
 *
 * @example `${oneOf(["ha", "hanno"])} detto` // "{ha|hanno} detto"
 */
export function oneOf(alternatives: readonly string[]): string {
  const list = [...new Set(alternatives)];
  return list.length === 1 ? list[0]! : `{${list.join("|")}}`;
}

/**
 * A pattern slot of one of `alternatives` or nothing ("[poi|anche]").
 *
 * @example `ha ${optional(["poi", "anche"])} detto` // "ha [poi|anche] detto"
 */
export function optional(alternatives: readonly string[]): string {
  return `[${[...new Set(alternatives)].join("|")}]`;
}
