import type { PhraseMatch, RepToken } from "./phrases.js";
import type { Operator, Thing } from "./lexicon.js";

/**
 * An amount a claim states, normalised: durations in minutes, counts of one noun, calendar dates
 * (as month × 100 + day), percentages. `lo`–`hi` is the range the wording allows: a plain amount
 * is taken to ±10% ("an hour": 54–66 minutes), "about" to ±25%, "over" an hour to 60–81, "almost"
 * an hour to 42–60, "several hours" to 2–9 hours, a clock range exactly ("16:04–17:06": 62).
 */
export interface Quantity {
  kind: "duration" | "count" | "date" | "percent";
  lo: number;
  hi: number;
  /** For counts, the stem of the noun counted; for dates, "day" or "month"; else the unit family. */
  unit: string;
  text: string;
  start: number;
  end: number;
}

type Approx = Extract<Operator, { t: "approx" }>["kind"] | null;

const PLAIN = 0.1;
const ABOUT = 0.25;
const OVER = 1.35;
const UNDER = 0.7;

/** The range an amount allows, given how it is hedged. */
export function range(value: number, approx: Approx, exact = false): [number, number] {
  if (approx === "about") return [value * (1 - ABOUT), value * (1 + ABOUT)];
  if (approx === "over") return [value, value * OVER];
  if (approx === "under") return [value * UNDER, value];
  if (approx === "several") return [2 * value, 9 * value];
  return exact ? [value, value] : [value * (1 - PLAIN), value * (1 + PLAIN)];
}

/**
 * Whether two amounts of one kind (and unit) leave no value both could mean: "45 minutes"
 * against "an hour" conflicts; "just over an hour" against a clock range of 62 minutes does not.
 *
 * @example
 * conflicts(q("45 minutes"), q("an hour")) // true
 */
export function conflicts(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if ((a.kind === "count" || a.kind === "duration") && a.unit !== b.unit) return false;
  if (a.kind === "date") {
    if (a.unit !== b.unit) {
      // A month against a day: the day must fall in the month.
      const [m, d] = a.unit === "month" ? [a, b] : [b, a];
      return Math.floor(d.lo / 100) !== m.lo / 100;
    }
    return a.hi < b.lo || b.hi < a.lo;
  }
  return a.hi < b.lo || b.hi < a.lo;
}

const DIGITS = /^\d+$/;
/** Signs of currencies written before a sum, by ISO code (the same in every language). */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH", "¥": "JPY", "₫": "VND" };
/** Number words that scale the figures before them ("thousand", "million", "billion"). */
const SCALES = new Set([1e3, 1e6, 1e9, 1e12]);
/** A time of day written with an "h" between hours and minutes: "16h04". */
const FRENCH_CLOCK = /^(\d{1,2})h(\d{2})$/i;
/** Below this many hours, "1h30" is a length, not a time of day. */
const SHORT_HOURS = 6;
/** Words after a time of day that say it is one (a clock or a time zone): "17.06 Uhr", "17:06 GMT". */
const CLOCK_WORDS = new Set(["h", "hrs", "uhr", "gmt", "utc", "cet", "cest", "msk", "мск"]);

/** The most days of each month (a leap February). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Most words between a range of dotted times and a word of the clock ("с 16.04 до 17.06 по местному времени"). */
const CLOCK_CONTEXT_REACH = 5;
/** Most short words between the two times of a range ("a las", "până la ora", "do godz."). */
const RANGE_WORDS = 3;
/** What ends a sentence between the two times of a range: a dot other than an abbreviation's right before the second time. */
const RANGE_BREAK = /[;!?]|\.(?!\s*$)/;

/** Hours and minutes as minutes since midnight, when they are a time of day. */
function valid(hours: number, minutes: number, to: number, end: number, clock: boolean): { at: number; to: number; end: number; clock: boolean } | null {
  return hours <= 24 && minutes < 60 ? { at: hours * 60 + minutes, to, end, clock } : null;
}
/** Minutes in half a day. */
const HALF_DAY = 720;
/** Minutes and the half of the day in one word: "04pm" of "4.04pm". */
const GLUED_MERIDIEM = /^(\d{2})(am|pm)$/i;
/** What ends one item of a list or one clause: no amount reads across it. */
const LIST_BOUNDARY = /[,;:!?]/;
/** What may join the two units of one length: a space, or a short word ("and", "și", "und", "и"). */
const COMPOUND_GAP = /^\s+(?:\p{L}{1,3}\s+)?$/u;

/**
 * Reads the amounts of a claim from its tokens and the lexicon's matches: numbers in digits or
 * words, units of time, months, clock times and ranges, numeric dates ("27/12", in the pack's
 * order), percentages, counts of a noun ("two suspects"), each with its hedge ("about", "over",
 * "almost", "several").
 */
export function readQuantities(
  text: string,
  tokens: readonly RepToken[],
  things: readonly PhraseMatch<Thing>[],
  operators: readonly PhraseMatch<Operator>[],
  stopwords: ReadonlySet<string>,
  order: "dmy" | "mdy",
): Quantity[] {
  const out: Quantity[] = [];
  /** Words of a whole unit ("ganze" of "eine ganze Stunde"): they may stand between a number and its unit. */
  const whole = new Set<number>();
  for (const m of operators) if (m.to === m.from + 1 && m.values.some((v) => v.t === "whole")) whole.add(m.from);
  const thingAt = new Map<number, PhraseMatch<Thing>>();
  for (const m of things) thingAt.set(m.from, m);
  // Tokens inside a month's name of several words ("12" of "tháng 12", December): no number of their own.
  const inMonth = new Set<number>();
  for (const m of things) if (m.values.some((v) => v.t === "month")) for (let k = m.from + 1; k < m.to; k++) inMonth.add(k);
  const approxEnding = new Map<number, Approx>();
  /** Where the approximator ending at a token starts ("a few" of "a few hours"). */
  const approxFrom = new Map<number, number>();
  for (const m of operators) {
    for (const v of m.values) {
      if (v.t !== "approx") continue;
      approxEnding.set(m.to, v.kind);
      approxFrom.set(m.to, m.from);
    }
  }
  const sep = (i: number) => text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  const unitAt = (j: number) => thingAt.get(j)?.values.find((v): v is Extract<Thing, { t: "unit" }> => v.t === "unit");
  /** Whether the figure ending before `j` counts the content word at `j` ("15 Panzer"), not across a comma. */
  const countsNext = (j: number): boolean => {
    const tok = tokens[j];
    if (!tok || tok.digits || !tok.joins || LIST_BOUNDARY.test(text.slice(tokens[j - 1]!.end, tok.start))) return false;
    if (stopwords.has(tok.folded) || tok.folded.length < 3) return false;
    return !thingAt.get(j)?.values.some((v) => v.t === "month" || v.t === "unit");
  };
  const monthAt = (j: number) => thingAt.get(j)?.values.find((v): v is Extract<Thing, { t: "month" }> => v.t === "month");
  // An approximator that ends inside the amount ("plus d'une" of "plus d'une heure") hedges it too.
  const approxCovering = new Map<number, Approx>();
  for (const m of operators) for (const v of m.values) if (v.t === "approx") for (let k = m.from + 1; k < m.to; k++) approxCovering.set(k, v.kind);
  /** Where a positive evaluative term ending at a token starts ("good" of "a good hour"). */
  const goodEnding = new Map<number, number>();
  for (const m of operators) if (m.values.some((v) => v.t === "eval" && v.level > 0)) goodEnding.set(m.to, m.from);
  const approxBefore = (i: number): Approx => approxEnding.get(i) ?? approxEnding.get(i - 1) ?? approxCovering.get(i) ?? null;
  // A hedge that follows the amount ("an hour or so", "час с небольшим"), by the token it starts at.
  const approxAfter = new Map<number, Approx>();
  for (const m of operators) for (const v of m.values) if (v.t === "approxAfter") approxAfter.set(m.from, v.kind);
  /** The hedge of the amount in tokens [i, to): before it, else right after it (nothing but a space between). */
  const hedgeOf = (i: number, to: number): Approx => approxBefore(i) ?? (tokens[to] && /^\s+$/.test(sep(to)) ? (approxAfter.get(to) ?? null) : null);
  // Delays: an amount of time right after "через"/"within", or right before "later"/"after"/"sau khi".
  const offsetEnding = new Set<number>();
  const offsetStarting = new Set<number>();
  for (const m of operators) {
    for (const v of m.values) {
      if (v.t !== "offset") continue;
      if (v.at === "before") offsetEnding.add(m.to);
      else offsetStarting.add(m.from);
    }
  }
  /** Whether the amount of time in tokens [from, to) is a delay: an offset word next to it, nothing but a space between. */
  const delay = (from: number, to: number) => {
    if (offsetStarting.has(to) && tokens[to] && /^\s+$/.test(sep(to))) return true;
    for (const k of [from, from - 1]) if (k > 0 && offsetEnding.has(k) && /^\s+$/.test(sep(k))) return true;
    return false;
  };
  const lengthWords = new Set(
    things.filter((m) => m.values.some((v) => v.t === "concept" && v.id === "duration") && !m.values.some((v) => v.t === "unit")).map((m) => m.to),
  );
  const lengthWordEndsAt = (i: number) => lengthWords.has(i) && tokens[i]!.joins;
  const used = new Set<number>();
  /** Where the words opening a range of times end ("с", "dalle", "von"). */
  const rangeOpenerEnds = new Set(operators.filter((m) => m.values.some((v) => v.t === "rangeOpener")).map((m) => m.to));
  /** Words that make dotted numbers times of day ("по местному времени", "dalle"). */
  const clockContexts = operators.filter((m) => m.values.some((v) => v.t === "clockContext"));
  /** Where the word joining the two counts of an exchange ("for" of "200 for 200") ends, by where it starts. */
  const exchangeAt = new Map<number, number>();
  for (const m of operators) if (m.values.some((v) => v.t === "exchange")) exchangeAt.set(m.from, m.to);
  const numberAt = (j: number) => {
    const m = thingAt.get(j);
    const n = m?.values.find((v): v is Extract<Thing, { t: "number" }> => v.t === "number");
    return m && n ? { m, value: n.value } : null;
  };
  /** Whether the gap before token `j` is one word's: a space or a hyphen ("twenty-five"). */
  const tight = (j: number) => /^(?:\s+|[-‐‑])$/u.test(sep(j));
  /**
   * Where a half after token `j` ends: "and a half", "с половиной", "i pół", "et demie", "rưỡi" —
   * at most two short words (a joiner, an article) and a number word of one half; after a unit,
   * with no unit right after the half ("two hours and half an hour" is an amount of its own). -1
   * when there is none.
   */
  const halfAfter = (j: number, afterUnit = false): number => {
    for (let k = j; k < j + 3 && tokens[k] && !tokens[k]!.digits; k++) {
      if (!/^\s+$/.test(sep(k))) return -1;
      const n = numberAt(k);
      // Before the unit a joining word comes first ("two and a half", "три с половиной"): "une
      // demi-heure", "o jumătate de oră" are half of one.
      if (n?.value === 0.5) return (afterUnit ? unitAt(n.m.to) || unitAt(n.m.to + 1) : k === j) ? -1 : n.m.to;
      if (tokens[k]!.folded.length > 3 || unitAt(k)) return -1;
    }
    return -1;
  };
  /**
   * A number written in words of several parts, from the number phrase at `i`: tens and units
   * ("twenty-five", "двадцать пять", "douăzeci și cinci", "hai mươi lăm"), a multiplier ("three
   * hundred", "trei sute", "ba trăm"), hundreds and tens ("two hundred and twenty"). Parts follow one
   * another with a space or a hyphen, or one short joining word ("and", "și", "y"). Its value and
   * where it ends.
   */
  const compound = (i: number): { value: number; to: number } | null => {
    const first = numberAt(i);
    if (!first) return null;
    let { value } = first;
    let to = first.m.to;
    for (let step = 0; step < 4 && Number.isInteger(value); step++) {
      let k = to;
      if (tokens[k] && !tokens[k]!.digits && !numberAt(k) && tokens[k]!.folded.length <= 3 && /^\s+$/.test(sep(k)) && numberAt(k + 1)) k++;
      const n = tokens[k] && (k === to ? tight(k) : /^\s+$/.test(sep(k))) ? numberAt(k) : null;
      // A part that is also a unit is the unit: Vietnamese "hai mươi năm" is twenty years, not 25.
      if (!n || !Number.isInteger(n.value) || n.value < 1 || unitAt(k)) break;
      const v = n.value;
      if ((v === 100 || v === 1000) && value < v) value *= v;
      else if (value >= 20 && value < 100 && value % 10 === 0 && v < 10) value += v;
      else if (value >= 100 && value % 100 === 0 && v < 100 && value % 1000 !== 0) value += v;
      else if (value >= 1000 && value % 1000 === 0 && v < 1000) value += v;
      else break;
      to = n.m.to;
    }
    return to === first.m.to ? null : { value, to };
  };

  /**
   * A time of day at token `i`: "16:04", "16h04", "16 h 04", or (with `dotted`) "16.04"; with
   * `spelled`, also hours and minutes around a unit of hours ("16 giờ 04", "16 giờ 04 phút"). A
   * time of twelve hours or less followed by "am" or "pm" ("4.04 pm", "5:06 p.m.", "4.04pm") is
   * read on the clock of 24 hours, and is a time whatever its separator (`clock`). Its minutes since
   * midnight, the token after it and where it ends (after the dot of "p.m.").
   */
  const clockAt = (i: number, dotted: boolean, spelled = false): { at: number; to: number; end: number; clock: boolean } | null => {
    const t = tokens[i];
    if (!t) return null;
    const h = FRENCH_CLOCK.exec(t.text);
    if (h) return withMeridiem(Number(h[1]), Number(h[2]), i + 1, false);
    if (!t.digits || !DIGITS.test(t.text) || t.text.length > 2) return null;
    const n1 = tokens[i + 1];
    // "4.04pm": the minutes and the half of the day in one word.
    const glued = n1 && !n1.digits ? GLUED_MERIDIEM.exec(n1.text) : null;
    if (glued && (sep(i + 1) === ":" || sep(i + 1) === ".") && Number(t.text) <= 12) {
      const pm = glued[2]!.toLowerCase() === "pm";
      return valid((Number(t.text) % 12) + (pm ? 12 : 0), Number(glued[1]), i + 2, n1!.end, true);
    }
    if (n1?.digits && n1.text.length === 2 && (sep(i + 1) === ":" || sep(i + 1) === "."))
      return withMeridiem(Number(t.text), Number(n1.text), i + 2, !dotted && sep(i + 1) !== ":");
    const n2 = tokens[i + 2];
    if (n1?.folded === "h" && n2?.digits && n2.text.length === 2 && /^\s$/.test(sep(i + 1)) && /^\s$/.test(sep(i + 2)))
      return withMeridiem(Number(t.text), Number(n2.text), i + 3, false);
    if (spelled && n2?.digits && n2.text.length <= 2 && unitAt(i + 1)?.seconds === 3600 && /^\s+$/.test(sep(i + 1)) && /^\s+$/.test(sep(i + 2))) {
      // "16 giờ 04 phút": the unit of minutes after is the time's.
      const to = unitAt(i + 3)?.seconds === 60 && /^\s+$/.test(sep(i + 3)) ? thingAt.get(i + 3)!.to : i + 3;
      return valid(Number(t.text), Number(n2.text), to, tokens[to - 1]!.end, true);
    }
    return null;
  };
  /**
   * The time of hours and minutes ending before token `to`, with "am" or "pm" after it when the
   * hours allow one; null when it is no time, or (`needsMeridiem`) when it has none.
   */
  const withMeridiem = (hours: number, minutes: number, to: number, needsMeridiem: boolean) => {
    const m = hours <= 12 ? meridiemAt(to) : null;
    if (m) return valid((hours % 12) + (m.pm ? 12 : 0), minutes, m.to, m.end, true);
    return needsMeridiem ? null : valid(hours, minutes, to, tokens[to - 1]!.end, false);
  };
  /** "am", "pm", "a.m.", "p.m." at token `k` (after a space or nothing): which, the token after it and where it ends. */
  const meridiemAt = (k: number): { pm: boolean; to: number; end: number } | null => {
    const t = tokens[k];
    if (!t || !/^\s?$/.test(sep(k))) return null;
    if (t.folded === "am" || t.folded === "pm") return { pm: t.folded === "pm", to: k + 1, end: t.end };
    const m = tokens[k + 1];
    if ((t.folded === "a" || t.folded === "p") && m?.folded === "m" && sep(k + 1) === ".") {
      const end = text[m.end] === "." ? m.end + 1 : m.end;
      return { pm: t.folded === "p", to: k + 2, end };
    }
    return null;
  };
  /**
   * A range of two times of day ("16:04–17:06", "de 16h04 à 17h06", "von 16.04 bis 17.06 Uhr",
   * "from 4.04 pm to 5.06 pm", "từ 16 giờ 04 đến 17 giờ 06"): the second after a dash or one short
   * word. Times written with a dot are also dates ("16.04" is 16 April): they make a range only
   * before a word of the clock ("Uhr", "horas", "GMT", "pm").
   */
  const clockRange = (i: number): { minutes: number; to: number; end: number } | null => {
    for (const dotted of [false, true]) {
      const a = clockAt(i, dotted, true);
      if (!a) continue;
      // A word of the clock after the first time is the range's ("16:04 Uhr bis 17:06 Uhr").
      const from = clockWord(a.to) ? a.to + 1 : a.to;
      // Then a dash, or up to RANGE_WORDS short words: "bis", "a las", "până la", "do godz.".
      let k = from;
      while (k - from < RANGE_WORDS && tokens[k] && !tokens[k]!.digits && !FRENCH_CLOCK.test(tokens[k]!.text) && tokens[k]!.folded.length <= 4) k++;
      const b = clockAt(k, dotted, true);
      if (!b) continue;
      const between = text.slice(from > a.to ? tokens[from - 1]!.end : a.end, tokens[k]!.start);
      // Between words, no end of a sentence: a dot only closes an abbreviation before the second time ("do godz. 17.06").
      if (!(k > from ? !RANGE_BREAK.test(between) : /^\s?[-–—]\s?$/.test(between))) continue;
      if (dotted && !b.clock && !clockWord(b.to) && !openedRange(i, a.to, b.to)) continue;
      // "from 11.30 to 1.15 pm": the half of the day of the second time is the first's when it comes after it.
      const first = b.clock && !a.clock && a.at < HALF_DAY && b.at >= HALF_DAY && a.at + HALF_DAY <= b.at ? a.at + HALF_DAY : a.at;
      return { minutes: b.at >= first ? b.at - first : b.at + 1440 - first, to: b.to, end: b.end };
    }
    return null;
  };
  /**
   * Whether the dotted times in tokens [i, to) (the first ending at `mid`) follow a word opening a range ("с", "dalle", "von")
   * and are no dates: hours up to 23, and neither a dot nor figures right after the second
   * ("vom 16.04. bis 17.06.", "с 16.04.2019" are dates); and, where both could be a day and a
   * month ("с 10.03 до 15.03": 10 to 15 March), only with a word of the clock near
   * ("по местному времени", "dalle"). "с 10.30 до 12.15" has no month 30: times.
   */
  const openedRange = (i: number, mid: number, to: number): boolean => {
    // Right after the opener, or after a word of the clock that follows it ("od godz. 16.04", "de la ora 16.04").
    const hour = clockContexts.find((m) => m.to === i && m.from > 0 && rangeOpenerEnds.has(m.from) && /^\s+$/.test(sep(m.from)));
    if (hour ? !/^\.?\s+$/.test(sep(i)) : !rangeOpenerEnds.has(i) || !/^\s+$/.test(sep(i))) return false;
    const second = to - 2;
    if (Number(tokens[i]!.text) > 23 || Number(tokens[second]!.text) > 23) return false;
    const after = (k: number) => text.slice(tokens[k - 1]!.end, tokens[k - 1]!.end + 2);
    if (after(mid).startsWith(".") || /^\.\d/.test(after(to))) return false;
    const days = dayMonth(i) && dayMonth(second);
    return !days || hour !== undefined || clockContextNear(i, to);
  };
  /** Whether the figures at `k` and `k + 1` ("10.03") can be a day and a month in the pack's order. */
  const dayMonth = (k: number): boolean => {
    const [x, y] = [Number(tokens[k]!.text), Number(tokens[k + 1]!.text)];
    const [day, month] = order === "dmy" ? [x, y] : [y, x];
    return month >= 1 && month <= 12 && day >= 1 && day <= (MONTH_DAYS[month - 1] ?? 0);
  };
  /** Whether a word of the clock ("по местному времени", "dalle") stands within a few words of tokens [from, to), in their sentence. */
  const clockContextNear = (from: number, to: number): boolean =>
    clockContexts.some(
      (m) =>
        (m.to <= from && from - m.to <= CLOCK_CONTEXT_REACH && sameSentence(m.to, from)) ||
        (m.from >= to && m.from - to < CLOCK_CONTEXT_REACH && sameSentence(to, m.from)),
    );
  const sameSentence = (from: number, to: number) => {
    for (let k = from; k <= to && k < tokens.length; k++) if (k > 0 && !tokens[k]!.joins) return false;
    return true;
  };
  /** Whether the token at `j` names the clock: a unit of hours ("horas", "ore") or a clock word ("Uhr", "GMT"). */
  const clockWord = (j: number) => tokens[j] !== undefined && /^\s+$/.test(sep(j)) && (unitAt(j)?.seconds === 3600 || CLOCK_WORDS.has(tokens[j]!.folded));

  // The first figure of a range of counts ("between 200 and 300 prisoners", "200–300", "от 200 до
  // 300"): the lower bound of the count read at the second figure, at token `at`.
  let rangeLow: { value: number; at: number; start: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i]!;
    let value: number | null = null;
    let next = i + 1;
    let exact = false;
    const clock = clockRange(i);
    if (clock) {
      const end = clock.end;
      out.push({ kind: "duration", lo: clock.minutes - 2, hi: clock.minutes + 2, unit: "time", text: text.slice(t.start, end), start: t.start, end });
      // The clock word or hour unit after the range is the range's: "17.06 horas" is no length of seventeen hours.
      const last = clockWord(clock.to) ? clock.to + 1 : clock.to;
      for (let k = i; k < last; k++) used.add(k);
      continue;
    }
    // A single time of day ("at 16h04") is no amount; a few hours written so ("un entretien de
    // 1h30", "a duré 2 h 15") is a length.
    const single = clockAt(i, false);
    if (single) {
      for (let k = i; k < single.to; k++) used.add(k);
      const written = text.slice(t.start, tokens[single.to - 1]!.end);
      if (single.at < SHORT_HOURS * 60 && /h/i.test(written) && !delay(i, single.to))
        out.push(duration(single.at, 60, hedgeOf(i, single.to), text, t.start, tokens[single.to - 1]!.end, false));
      continue;
    }
    if (t.digits && DIGITS.test(t.text)) {
      value = Number(t.text);
      const n1 = tokens[i + 1];
      const s1 = n1 ? sep(i + 1) : "";
      // A figure and a colon before two figures is a time of day not read above ("25:10"): no amount.
      if (n1?.digits && s1 === ":" && n1.text.length === 2) {
        used.add(i + 1);
        continue;
      }
      // Numeric dates: "27/12", "12/27", "27.12.2019".
      // With a dot, only a pair followed by a dot ("3.5.", "3.5.2026") or of two figures each
      // ("27.12") is a date: "1.8 billion", "2.5 million" are decimals.
      const dotted = s1 === "." && !(text[n1?.end ?? 0] === "." || (t.text.length === 2 && n1?.text.length === 2));
      if (n1?.digits && (s1 === "/" || s1 === ".") && !dotted && value <= 31 && Number(n1.text) <= 31 && !/\d/.test(text.slice(n1.end, n1.end + 1))) {
        const [day, month] = order === "dmy" ? [value, Number(n1.text)] : [Number(n1.text), value];
        const unitNext = unitAt(i + 2) !== undefined || unitAt(i + 3) !== undefined;
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && !(s1 === "." && unitNext)) {
          out.push({ kind: "date", lo: month * 100 + day, hi: month * 100 + day, unit: "day", text: text.slice(t.start, n1.end), start: t.start, end: n1.end });
          used.add(i + 1);
          continue;
        }
      }
      // Decimals: "2,5", "2.5".
      if (n1?.digits && (s1 === "," || s1 === ".") && n1.text.length <= 2) {
        value = Number(`${t.text}.${n1.text}`);
        next = i + 2;
      }
      // Thousands: "1,000", "10 000", "1.800" (a dot before three figures groups thousands in the
      // languages that write "1,8"). A group of four figures is no leading group: "in 2022,300
      // soldiers" is a year and a count, not 2,022,300.
      else if (n1?.digits && (s1 === "," || s1 === "." || s1 === " " || s1 === "\u00a0") && n1.text.length === 3 && t.text.length <= 3) {
        value = value * 1000 + Number(n1.text);
        next = i + 2;
      }
      // The figures after the separator are part of this amount, not one of their own ("8" of "1,8").
      if (next === i + 2) used.add(i + 1);
      // A word of scale after the figures multiplies them: "2 milliards", "1,8 Milliarden", "500 млн",
      // "2 mil millones" (the pack's number words of a power of ten from a thousand up).
      for (let m = thingAt.get(next); m && /^\s+$/.test(sep(next)); m = thingAt.get(next)) {
        const scale = m.values.find((v): v is Extract<Thing, { t: "number" }> => v.t === "number" && SCALES.has(v.value));
        if (!scale) break;
        value *= scale.value;
        for (let k = next; k < m.to; k++) used.add(k);
        next = m.to;
      }
      if (t.text.length === 4 && value >= 1900 && value <= 2100 && next === i + 1) continue; // a year
      // An exchange: "200 for 200", "200 на 200" is one count of each side, not a count of the
      // word after the figures; two different figures are no count of one thing.
      const ex = exchangeAt.get(next);
      const other = ex === undefined ? undefined : tokens[ex];
      if (ex !== undefined && other?.digits && DIGITS.test(other.text) && /^\s+$/.test(sep(next)) && /^\s+$/.test(sep(ex))) {
        const nextSep = tokens[ex + 1] ? sep(ex + 1) : "";
        if (!(tokens[ex + 1]?.digits && /^[.,:/]$/.test(nextSep))) {
          for (let k = i; k <= ex; k++) used.add(k);
          if (Number(other.text) === value)
            out.push({ kind: "count", lo: value, hi: value, unit: "exchange", text: text.slice(t.start, other.end), start: t.start, end: other.end });
          continue;
        }
      }
    } else {
      const m = thingAt.get(i);
      const n = m?.values.find((v): v is Extract<Thing, { t: "number" }> => v.t === "number");
      if (m && n) {
        // A number word before figures is an article or a count of them ("a 30-day truce", "one
        // 45-minute call"): the figures are the amount.
        if (tokens[m.to]?.digits && /^\s+$/.test(text.slice(tokens[m.to - 1]!.end, tokens[m.to]!.start))) continue;
        value = n.value;
        next = m.to;
        exact = false;
        const whole = compound(i);
        if (whole) {
          value = whole.value;
          next = whole.to;
          for (let k = i; k < next; k++) used.add(k);
        }
        // "an hour and a half": the unit is inside the number phrase.
        for (let k = m.from; k < m.to; k++) {
          const u = unitAt(k);
          if (u) {
            // "час с половиной": a half after it.
            const h = Number.isInteger(value) ? halfAfter(m.to, true) : -1;
            const to = h >= 0 ? h : m.to;
            if (h >= 0) for (let k = m.to; k < h; k++) used.add(k);
            if (!delay(i, to)) out.push(duration(value + (h >= 0 ? 0.5 : 0), u.seconds, hedgeOf(i, to), text, t.start, tokens[to - 1]!.end, exact));
            value = null;
            break;
          }
        }
        if (value === null) {
          for (let k = i; k < m.to; k++) used.add(k);
          continue;
        }
      } else {
        // "several hours": a vague amount with no number.
        const approx = approxBefore(i);
        const u = unitAt(i);
        if (approx === "several" && u) {
          const from = approxFrom.get(i) ?? i - 1;
          if (!delay(from, i + 1)) out.push(duration(1, u.seconds, "several", text, tokens[i - 1]!.start, t.end, false));
        }
        // "une petite heure": one unit, hedged, with no number of its own.
        // "más de hora y media": a half after the unit is one of it.
        else if (u && (approx === "over" || approx === "under") && approxEnding.has(i)) {
          const from = approxFrom.get(i) ?? i - 1;
          const h = halfAfter(thingAt.get(i)!.to, true);
          const to = h >= 0 ? h : i + 1;
          for (let k = i; k < to; k++) used.add(k);
          if (!delay(from, to)) out.push(duration(h >= 0 ? 1.5 : 1, u.seconds, approx, text, tokens[from]!.start, tokens[to - 1]!.end, false));
        }
        // "a good hour", "une bonne heure", "eine gute Stunde": a term of praise before a unit is a full one or more.
        else if (u && !approx && goodEnding.has(i) && /^\s+$/.test(sep(i))) {
          const from = goodEnding.get(i)!;
          if (!delay(from, i + 1)) out.push(duration(1, u.seconds, "over", text, tokens[from]!.start, t.end, false));
        }
        // "duró hora y media": a unit with no number and a half after it is one and a half of it.
        else if (u && !approx && halfAfter(thingAt.get(i)!.to, true) >= 0) {
          const to = halfAfter(thingAt.get(i)!.to, true);
          for (let k = i; k < to; k++) used.add(k);
          if (!delay(i, to)) out.push(duration(1.5, u.seconds, hedgeOf(i, to), text, t.start, tokens[to - 1]!.end, false));
        }
        // "тривала годину", "lasted hours": a unit right after a word of duration, with no number,
        // is one of it or more (the form does not tell).
        else if (u && !approx && lengthWordEndsAt(i)) {
          const unit = u.seconds / 60;
          out.push({
            kind: "duration",
            lo: 0.9 * unit,
            hi: 9 * unit,
            unit: u.seconds >= 86_400 ? "days" : "time",
            text: text.slice(t.start, t.end),
            start: t.start,
            end: t.end,
          });
        }
        continue;
      }
    }
    if (value === null || inMonth.has(i)) continue;
    // "two and a half hours", "три с половиной часа", "trzy i pół godziny": the half is the amount's.
    if (Number.isInteger(value) && value >= 1) {
      const h = halfAfter(next);
      if (h >= 0) {
        value += 0.5;
        for (let k = next; k < h; k++) used.add(k);
        next = h;
      }
    }
    const approx = approxBefore(i);
    // The unit, month or noun follows, possibly after one short linking word ("45 de minute", "9–10 January").
    let done = false;
    for (const j of [next, next + 1, next + 2]) {
      const tok = tokens[j];
      if (!tok) break;
      // A unit or month never belongs to a figure across a comma or a list boundary ("on day 5, hours later").
      if (LIST_BOUNDARY.test(sep(j))) break;
      const u = unitAt(j);
      if (u) {
        const from = approx ? (approxFrom.get(i) ?? approxFrom.get(i - 1) ?? i) : i;
        let to = thingAt.get(j)!.to;
        // "deux heures et demie", "dos horas y media", "hai tiếng rưỡi": a half after the unit is one of it.
        const h = Number.isInteger(value) ? halfAfter(to, true) : -1;
        if (h >= 0) {
          value += 0.5;
          for (let k = to; k < h; k++) used.add(k);
          to = h;
        }
        if (!delay(from, to)) out.push(duration(value, u.seconds, approx ?? hedgeOf(i, to), text, t.start, tokens[to - 1]!.end, exact));
        // The unit too: a unit word that is also a number phrase ("час", one hour) is read once.
        for (let k = i; k < thingAt.get(j)!.to; k++) used.add(k);
        done = true;
        break;
      }
      const month = monthAt(j);
      if (month && value >= 1 && value <= 31) {
        // To the end of the month's name, of one word or several ("7 tháng 12").
        const end = tokens[thingAt.get(j)!.to - 1]!.end;
        out.push({
          kind: "date",
          lo: month.month * 100 + value,
          hi: month.month * 100 + value,
          unit: "day",
          text: text.slice(t.start, end),
          start: t.start,
          end,
        });
        done = true;
        break;
      }
      // Only a number of a range or one short linking word may stand between.
      if (!(tok.digits || tok.folded.length <= 2 || whole.has(j))) break;
    }
    if (done) continue;
    // A month before the number: "December 30", "December the 30th" (one short word between, not
    // "bis Dezember weitere 15 Panzer"). In a day-first pack the month comes first only in a month
    // with no day ("bis Dezember 15 Panzer", "к декабрю 15 танков"): a number that counts the next
    // word is no day of that month.
    const at = monthAt(i - 1) ? i - 1 : monthAt(i - 2) && tokens[i - 1]!.folded.length <= 3 ? i - 2 : -1;
    // Not across a comma: "in March, 12 people" names no day.
    if (at >= 0 && value >= 1 && value <= 31 && !LIST_BOUNDARY.test(text.slice(tokens[at]!.end, t.start)) && !(order === "dmy" && countsNext(next))) {
      const month = monthAt(at)!.month;
      out.push({
        kind: "date",
        lo: month * 100 + value,
        hi: month * 100 + value,
        unit: "day",
        text: text.slice(tokens[at]!.start, t.end),
        start: tokens[at]!.start,
        end: t.end,
      });
      continue;
    }
    const after = text.slice(tokens[next - 1]!.end, tokens[next - 1]!.end + 2);
    if (/^\s?%/.test(after)) {
      const [lo, hi] = range(value, approx);
      out.push({
        kind: "percent",
        lo,
        hi,
        unit: "%",
        text: text.slice(t.start, tokens[next - 1]!.end + after.indexOf("%") + 1),
        start: t.start,
        end: tokens[next - 1]!.end,
      });
      continue;
    }
    // A figure right before another one, across a dash or one short word ("200 and 300", "200 bis
    // 300", "200 до 300"), is the low end of a range counted by the word after the second.
    const low = rangeLow?.at === i && rangeLow.value < value ? rangeLow : null;
    rangeLow = null;
    const gap = tokens[next]?.digits ? next : tokens[next + 1]?.digits && tokens[next]!.folded.length <= 4 && !LIST_BOUNDARY.test(sep(next)) ? next + 1 : -1;
    if (gap >= 0 && t.digits && DIGITS.test(tokens[gap]!.text) && (gap > next || /^\s?[-–—]\s?$/.test(sep(next))) && !LIST_BOUNDARY.test(sep(gap))) {
      rangeLow = { value, at: gap, start: t.start };
      continue;
    }
    // A sum after a currency's sign ("$2 billion", "€ 500 million"): the sign is its unit.
    const sign =
      CURRENCY_SIGNS[
        text
          .slice(Math.max(0, t.start - 2), t.start)
          .trim()
          .slice(-1)
      ];
    if (sign && t.digits) {
      const start = text.lastIndexOf(text.slice(0, t.start).trim().slice(-1), t.start);
      out.push({ kind: "count", lo: value, hi: value, unit: `cur:${sign}`, text: text.slice(start, tokens[next - 1]!.end), start, end: tokens[next - 1]!.end });
      continue;
    }
    // A count of the next content word ("two suspects", "hai người Nga").
    for (const j of [next, next + 1]) {
      const tok = tokens[j];
      if (!tok || tok.digits || !tok.joins) break;
      // Never across a comma: "to 15.03, the ministry said" counts no ministry.
      if (LIST_BOUNDARY.test(sep(j))) break;
      if (stopwords.has(tok.folded) || tok.folded.length < 3) continue;
      if (thingAt.get(j)?.values.some((v) => v.t === "month" || v.t === "unit")) break;
      // "a ceasefire", "one of them": one of a thing is no count ("1.8 billion" is).
      if (value < 2 && Number.isInteger(value)) break;
      const [lo, hi] = approx ? range(value, approx) : [value, value];
      if (low)
        out.push({ kind: "count", lo: Math.min(lo, low.value), hi, unit: tok.stem, text: text.slice(low.start, tok.end), start: low.start, end: tok.end });
      else out.push({ kind: "count", lo, hi, unit: tok.stem, text: text.slice(t.start, tok.end), start: t.start, end: tok.end });
      break;
    }
  }
  // "one hour and 15 minutes", "1 час 15 минут": a length in two units is their sum.
  for (let k = out.length - 1; k > 0; k--) {
    const [a, b] = [out[k - 1]!, out[k]!];
    if (a.kind !== "duration" || b.kind !== "duration" || a.unit !== "time" || b.unit !== "time" || a.lo + a.hi <= b.lo + b.hi) continue;
    if (!COMPOUND_GAP.test(text.slice(a.end, b.start))) continue;
    out.splice(k - 1, 2, { ...a, lo: a.lo + b.lo, hi: a.hi + b.hi, text: text.slice(a.start, b.end), end: b.end });
  }
  // A month named with no day: the date of the thing is that month.
  for (const m of things) {
    const month = m.values.find((v): v is Extract<Thing, { t: "month" }> => v.t === "month");
    if (!month || out.some((q) => q.kind === "date" && q.start <= m.start && q.end >= m.end)) continue;
    // A month word that is also a function word ("may") names no month on its own.
    if (m.to - m.from === 1 && stopwords.has(tokens[m.from]!.folded)) continue;
    const near = out.some((q) => q.kind === "date" && Math.abs(q.end - m.start) < 3);
    if (!near)
      out.push({ kind: "date", lo: month.month * 100, hi: month.month * 100, unit: "month", text: text.slice(m.start, m.end), start: m.start, end: m.end });
  }
  return out;
}

function duration(value: number, seconds: number, approx: Approx, text: string, start: number, end: number, exact: boolean): Quantity {
  const minutes = (value * seconds) / 60;
  const [lo, hi] = range(minutes, approx, exact);
  return { kind: "duration", lo, hi, unit: seconds >= 86_400 ? "days" : "time", text: text.slice(start, end), start, end };
}
