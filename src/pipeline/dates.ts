import { type Token, tokenize, commaBeforeToken } from "../text/tokens.js";
import { type CompiledPack, type DateRef, W } from "./lexicon.js";
import type { RelativeDate } from "../schema/claim.js";

/** A date expression found in the text, resolved to a calendar date when it can be. */
export interface DateExpr {
  start: number;
  end: number;
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when the expression needs a reference date there is none of. */
  iso: string | null;
  /** explicit: the text states the date; relative: resolved (or to be resolved) against the reference date. */
  basis: "explicit" | "relative";
  /** An expression that could not be resolved (no reference date): what it says, for the comparison to resolve against its event. */
  relative?: RelativeDate;
  /**
   * A day to come ("next Friday", "will meet on Friday") or an end of a range of days ("from March 10 to
   * March 15"): never the day of a statement or of the event reported.
   */
  ahead?: boolean;
  /** A vague time ("earlier this week", "recently"): some day before the one reported, not said which. */
  vague?: boolean;
  /**
   * The day of something mentioned in passing, in a relative clause ("the bill, which passed on
   * Tuesday, …") or an attribute of a noun ("der am Dienstag verabschiedete Entwurf"): never the day
   * of a statement nor of the event reported.
   */
  passing?: boolean;
  /** A span up to the day of writing ("over the past week", "trong tuần qua"): vague, and after a cue the time of what was said, not of the saying. */
  span?: boolean;
  /**
   * Days after the last day the text stated before it ("One day later, …", "A doua zi, …"): resolved
   * against that day when the text is laid out (see {@link resolveLater}); unresolved, no date.
   */
  later?: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (y: number, m0: number) => `${y}-${pad(m0 + 1)}`;

/** Parses an ISO date or date-time into a UTC date at midnight; null when absent or invalid. */
export function refDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

const validDay = (y: number, m0: number, d: number) => {
  if (m0 < 0 || m0 > 11 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m0, d));
  return t.getUTCMonth() === m0;
};

/**
 * A day and month with no year: the latest of the reference date's year, the year before and the
 * year after that lands no more than {@link FUTURE_DAYS} after it — news reports what happened and
 * what is planned soon ("talks will begin on 10 January" in a paper of 30 December is next year's).
 */
function inferYear(m0: number, d: number, ref: Date | null): number | null {
  if (!ref) return null;
  const y = ref.getUTCFullYear();
  for (const c of [y + 1, y]) if (Date.UTC(c, m0, d) - ref.getTime() <= FUTURE_DAYS * 86400000) return c;
  return y - 1;
}

/** Most words between a word of the future and the weekday it puts ahead ("will meet with Russian President Vladimir Putin on Friday"). */
const FUTURE_REACH = 8;

/** How far after the reference date a day and month with no year may fall. */
const FUTURE_DAYS = 60;

/** Word classes of grammar, after which a day and month is no name ("Sept. 11 the …", "March 3 to 5"). */
const GRAMMAR = W.det | W.prep | W.conj | W.pronoun | W.rel | W.comp | W.and | W.aux | W.adv | W.passive | W.agent | W.join;

/** A day of the month: "28", and ordinals such as "1er", "1st", "3º". */
const dayNum = (t: Token | undefined) => {
  const m = t ? /^(\d{1,2})(?:st|nd|rd|th|er|re|e|º|o)?$/iu.exec(t.text) : null;
  return m ? Number(m[1]) : null;
};
const yearNum = (t: Token | undefined) => (t?.digits && t.text.length === 4 ? Number(t.text) : null);

/** Index of the token that starts at `start` among tokens `[lo, hi)` (binary search), or -1. */
function tokenAt(tokens: readonly Token[], start: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Index of the first token among `[lo, hi)` that starts at `pos` or after (binary search); `hi` when none. */
function firstFrom(tokens: readonly Token[], pos: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per compiled pack, the keys of `dates.monthsAfterDay` → month (0-based). */
const afterDayCache = new WeakMap<CompiledPack, Map<string, number>>();
function monthsAfterDay(cp: CompiledPack): Map<string, number> {
  let m = afterDayCache.get(cp);
  if (!m) {
    m = new Map();
    for (const [n, forms] of Object.entries(cp.pack.dates.monthsAfterDay))
      for (const f of forms) {
        const t = tokenize(f, cp.fold);
        if (t.length === 1 && Number(n) >= 1 && Number(n) <= 12) m.set(t[0]!.key, Number(n) - 1);
      }
    afterDayCache.set(cp, m);
  }
  return m;
}

const NUMERIC = /(\d{4})-(\d{2})-(\d{2})|(?<![\d./-])(\d{1,2})([-./])(\d{1,2})(?:\5(\d{4}|\d{2}))?(?![\d/-]|\.\d)/g;

/**
 * Finds the date expressions among tokens `[from, to)` of `text` and resolves them against `ref`
 * (the publication date): explicit dates ("January 28, 2017", "28 ianuarie 2017", "ngày 27-1",
 * "3.05.2017"), months ("in July"), weekdays ("Monday", "vineri", "last Tuesday"), relative days
 * ("yesterday") and amounts ago ("a month ago", "acum o lună").
 */
export function findDates(text: string, tokens: readonly Token[], from: number, to: number, cp: CompiledPack, ref: Date | null): DateExpr[] {
  const out: DateExpr[] = [];
  const used = new Set<number>();
  const push = (a: number, b: number, iso: string | null, basis: DateExpr["basis"], relative?: RelativeDate) => {
    const s = tokens[a]!.start,
      e = tokens[b - 1]!.end;
    for (let k = a; k < b; k++) used.add(k);
    out.push({ start: s, end: e, text: text.slice(s, e), iso, basis, ...(relative ? { relative } : {}) });
  };
  const unresolved = (r: Partial<RelativeDate>): RelativeDate => ({ weekday: null, offsetDays: null, ...r });
  const refAt = (k: number) => (k >= from && k < to ? cp.dates.matchAt(tokens, k, text) : null);
  const has = (k: number, type: DateRef["type"]) => refAt(k)?.values.some((v) => v.type === type) ?? false;
  /** Where a word of that type starts that ends right before token `i` (four words at most: "w zeszłym", "au cours de la"), or -1. */
  const endingAt = (i: number, type: DateRef["type"]): number => {
    for (let k = Math.max(from, i - PHRASE_REACH); k < i; k++) if (refAt(k)?.to === i && has(k, type)) return k;
    return -1;
  };

  /** The day number at token `a` is joined to the month word at `i` by a hyphen, the month written with a capital ("11-Septembre"). */
  const dashName = (a: number, i: number) =>
    a === i - 1 && /^[-‐]$/u.test(text.slice(tokens[a]!.end, tokens[i]!.start)) && /^\p{Lu}\p{Ll}/u.test(tokens[i]!.text);
  /** Token `k` is a word in lower case right after the one before, neither a word of grammar, nor a reporting verb, nor a date word. */
  const nounAt = (k: number) => {
    if (k >= to || !/^\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) || !/^\p{Ll}+$/u.test(tokens[k]!.text)) return false;
    if ((cp.words.get(tokens[k]!.key) ?? 0) & GRAMMAR) return false;
    return !refAt(k) && !cp.cues.matchAt(tokens, k, text);
  };

  /** Where "last year" that starts at token `k` ends ("прошлого года", "anul trecut", "last year", "торік"), or -1. */
  const lastYearAt = (k: number): number => {
    const r = refAt(k);
    if (!r) return -1;
    if (r.values.some((x) => x.type === "lastYear")) return r.to;
    const yearAt = (n: number) => refAt(n)?.values.some((x) => x.type === "unit" && x.unit === "year") ?? false;
    if (r.values.some((x) => x.type === "past") && yearAt(r.to)) return refAt(r.to)!.to;
    if (yearAt(k) && has(r.to, "past")) return refAt(r.to)!.to;
    return -1;
  };
  const endings = cp.pack.dates.futureEndings;
  const pastEnds = cp.pack.dates.pastEndings;
  const pastModals = cp.pack.dates.pastModals;
  const afterDay = monthsAfterDay(cp);
  /**
   * The month word at tokens i..to is a first name (pack `dates.monthsLowerCase`): written with a capital in a
   * language that writes months in lower case, and right before another capitalised word ("Julio Borges").
   */
  const firstName = (i: number, to: number): boolean =>
    cp.pack.dates.monthsLowerCase &&
    to === i + 1 &&
    to < tokens.length &&
    tokens[i]!.upper &&
    tokens[to]!.upper &&
    !tokens[to]!.digits &&
    /^ +$/u.test(text.slice(tokens[i]!.end, tokens[to]!.start));
  /** Token `k` is a word written in lower case with one of `ends` (two letters longer than it at least). */
  const endsIn = (k: number, ends: readonly string[]): boolean => {
    const w = tokens[k]!.text.normalize("NFC");
    return w === w.toLowerCase() && ends.some((e) => w.length >= e.length + 2 && w.endsWith(e));
  };
  /**
   * Token `k` is a word of the future: 2 for one of pack `dates.future` (or its exact forms), 1 for a
   * word with one of `futureEndings` (a word as written in lower case: "Alexandra" is no "viendra"),
   * which a word of the past in the same clause undoes (see `pastEndings`).
   */
  const compound = cp.pack.dates.compoundPast;
  /** A participle of `dates.compoundPast` follows token `k`, an adverb between at most ("serait parti", "serait déjà parti"). */
  const compoundAfter = (k: number): boolean => {
    if (compound.length === 0) return false;
    for (let n = k + 1; n < to && n <= k + 2; n++) {
      const w = tokens[n]!.text.normalize("NFC").toLowerCase();
      if (compound.some((c) => w.startsWith(c) && w.length <= c.length + 2)) return true;
      if (((cp.words.get(tokens[n]!.key) ?? 0) & W.adv) === 0) return false;
    }
    return false;
  };
  const futureAt = (k: number): 0 | 1 | 2 => {
    if (has(k, "future")) return compoundAfter(refAt(k)!.to - 1) ? 0 : 2;
    if (cp.futureExact.has(tokens[k]!.text.normalize("NFC").toLowerCase())) return 2;
    return endsIn(k, endings) ? 1 : 0;
  };
  /** A reporting verb starts at token `k`. */
  const saidAt = (k: number) => !!cp.cues.matchAt(tokens, k, text)?.values.some((v) => v === "verb" || v === "cverb");
  /** Token `k` is a modal of the past (pack `dates.pastModals`) with a reporting verb two words after it at most ("would not say", "could only confirm"). */
  const modalOfSaying = (k: number): boolean => {
    if (pastModals.length === 0 || !pastModals.includes(tokens[k]!.text.toLowerCase())) return false;
    for (let n = k + 1; n < to && n <= k + 3; n++) {
      if (CLAUSE_MARK.test(text.slice(tokens[n - 1]!.end, tokens[n]!.start))) return false;
      if (saidAt(n)) return true;
    }
    return false;
  };
  /**
   * A word of the future among the few words of the clause before token `i` (pack `dates.future`,
   * `futureEndings`); or, where no reporting verb comes before in that clause, among those after the
   * date that ends before token `j` ("w piątek premier podpisze umowę", "Am Freitag wird der Rat
   * entscheiden"), up to a reporting verb or a complementizer ("on Tuesday said the talks will resume").
   * A word with a future ending counts only with no word of the past in those words ("решение примут в
   * пятницу", but not "в пятницу совет принял решение").
   */
  const futureBefore = (i: number, j = i): boolean => {
    // (a reporting verb before a complementizer is in the clause before: "a declarat că vineri … vor continua")
    let said = false,
      opened = false,
      byEnding = false,
      past = false;
    for (let k = i - 1; k >= from && k >= i - FUTURE_REACH; k--) {
      if (CLAUSE_MARK.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
      const f = futureAt(k);
      if (f === 2) return true;
      byEnding ||= f === 1;
      past ||= endsIn(k, pastEnds);
      opened ||= ((cp.words.get(tokens[k]!.key) ?? 0) & W.comp) !== 0;
      said ||= !opened && saidAt(k);
    }
    if (byEnding && !past) return true;
    if (said) return false;
    byEnding = past = false;
    for (let n = j; n < to && n < j + FUTURE_REACH; n++) {
      if (CLAUSE_MARK.test(text.slice(tokens[n - 1]!.end, tokens[n]!.start))) break;
      if (saidAt(n) || ((cp.words.get(tokens[n]!.key) ?? 0) & W.comp) !== 0) break;
      const f = futureAt(n);
      // (a modal of the past before a reporting verb: "On Friday the spokesman would not say …")
      if (f === 2) return !modalOfSaying(n);
      byEnding ||= f === 1;
      past ||= endsIn(n, pastEnds);
    }
    return byEnding && !past;
  };

  for (let i = from; i < to; i++) {
    if (used.has(i)) continue;
    // A year alone after a word that makes it a time ("in 2019", "в 2019 году"): the year of what is told.
    const yr = yearNum(tokens[i]);
    if (yr !== null && yr >= 1900 && yr <= 2100) {
      let inYear = endingAt(i, "inYear") >= 0;
      // A year that opens the sentence right before a reporting verb ("2019 sagte er"); before a noun
      // it is a count ("2019 Menschen sagten").
      if (!inYear && i === from && i + 1 < to) inYear = cp.cues.matchAt(tokens, i + 1, text)?.values.includes("verb") ?? false;
      // A year right after a reporting verb and before a comma dates the saying, no part of what was said
      // ("Keller sagte 2019, die Gespräche …"); with no comma it may open the content ("said 2019 was hard"),
      // and before another number it is one of a list ("sagte 2019, 2020 und 2021 …").
      // (In a verb-second language, also before a preposition: "Keller sagte 2019 in Berlin, …" — the content
      // follows the comma.)
      const gap = text.slice(tokens[i]!.end, tokens[i + 1]?.start ?? tokens[i]!.end);
      const next = i + 1 < to && /^\s+$/u.test(gap) && cp.pack.grammar.verbSecond && ((cp.words.get(tokens[i + 1]!.key) ?? 0) & W.prep) !== 0;
      if (!inYear && i > from && i + 1 < to && (/^\s*,\s*$/u.test(gap) || next) && !tokens[i + 1]!.digits)
        for (let k = Math.max(from, i - 3); k < i && !inYear; k++) {
          const c = cp.cues.matchAt(tokens, k, text);
          inYear = c?.to === i && c.values.includes("verb") && /^\s+$/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
        }
      if (inYear) {
        const unit = refAt(i + 1)?.values.find((x) => x.type === "unit");
        const b = unit?.type === "unit" && unit.unit === "year" && !has(refAt(i + 1)!.to, "agoAfter") ? refAt(i + 1)!.to : i + 1;
        push(i, b, String(yr), "explicit");
        if (ref && yr > ref.getUTCFullYear()) out[out.length - 1]!.ahead = true;
        i = b - 1;
        continue;
      }
    }
    // A day number and a short month form that is another word alone ("Madrid, 4 mar (EFE)"): pack `dates.monthsAfterDay`.
    const shortMonth =
      tokens[i]!.digits && i + 1 < to && /^\s+$/u.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)) ? afterDay.get(tokens[i + 1]!.key) : undefined;
    const day0 = shortMonth === undefined ? null : dayNum(tokens[i]);
    if (shortMonth !== undefined && day0 !== null) {
      let b = i + 2;
      const y = b < to ? yearNum(tokens[b]) : null;
      if (y !== null) b++;
      const yy = y ?? inferYear(shortMonth, day0, ref);
      if (yy !== null && validDay(yy, shortMonth, day0)) push(i, b, `${yy}-${pad(shortMonth + 1)}-${pad(day0)}`, "explicit");
      else if (yy === null && validDay(2000, shortMonth, day0)) push(i, b, null, "explicit", unresolved({ month: shortMonth + 1, day: day0 }));
      i = b - 1;
      continue;
    }
    const m =
      cp.dates.matchAt(tokens, i, text) ??
      (tokens[i]!.digits
        ? { from: i, to: i + 1, start: tokens[i]!.start, end: tokens[i]!.end, values: [{ type: "number", n: Number(tokens[i]!.text) } as DateRef] }
        : null);
    if (!m || m.to > to) continue;
    // One word may be a weekday and a unit (Romanian "luni": Monday, months): an amount before it makes it a unit.
    const amount = (k: number) => k >= from && (tokens[k]!.digits || has(k, "number") || has(k, "agoBefore"));
    const unitV = m.values.find((x) => x.type === "unit");
    const v = unitV && amount(i - 1) ? unitV : m.values[0]!;
    if (v.type === "vague") {
      push(i, m.to, null, "relative");
      out[out.length - 1]!.vague = true;
      i = m.to - 1;
    } else if (v.type === "lastYear") {
      // "торік", "прошлым летом": the year before the reference date; with none, a time not said (as a vague one).
      push(i, m.to, ref ? String(ref.getUTCFullYear() - 1) : null, "relative");
      if (!ref) out[out.length - 1]!.vague = true;
      i = m.to - 1;
    } else if (v.type === "month") {
      let a = i,
        b = m.to,
        day: number | null = null,
        year: number | null = null;
      // (a word may join the day to its month: "3 de mayo")
      const linked = has(i - 1, "monthLink") && i - 2 >= from && dayNum(tokens[i - 2]) !== null;
      const before = linked ? dayNum(tokens[i - 2]) : dayNum(tokens[i - 1]);
      const after = dayNum(tokens[m.to]);
      if (before !== null && i - 1 >= from) {
        day = before;
        a = linked ? i - 2 : i - 1;
        if (has(a - 1, "dayWord")) a--;
      } else if (after !== null && m.to < to && yearNum(tokens[m.to]) === null) {
        day = after;
        b = m.to + 1;
      }
      let yk = b;
      if (has(yk, "yearWord")) yk++;
      const y = yk < to ? yearNum(tokens[yk]) : null;
      if (y !== null) {
        year = y;
        b = yk + 1;
      }
      // A day and month that name what happened then, no day of the text: joined by a hyphen with the month
      // in capitals ("les victimes du 11-Septembre"), or, where the pack says so, right before a noun
      // ("Sept. 11 victims", "the Jan. 6 committee").
      if (day !== null && year === null && (dashName(a, i) || (cp.pack.dates.namesBeforeNouns && nounAt(b)))) {
        i = b - 1;
        continue;
      }
      if (day !== null) {
        const yy = year ?? inferYear(v.n, day, ref);
        // A stated day and month is explicit even when the year comes from the publication date; with
        // no year and no publication date it waits for the year of its event.
        if (yy !== null && validDay(yy, v.n, day)) push(a, b, `${yy}-${pad(v.n + 1)}-${pad(day)}`, "explicit");
        else if (yy === null && validDay(2000, v.n, day)) push(a, b, null, "explicit", unresolved({ month: v.n + 1, day }));
      } else if (year !== null) {
        push(a, b, ym(year, v.n), "explicit");
      } else if (
        m.end - m.start >= 4 &&
        !tokens[i]!.digits &&
        cp.monthWords.has(text.slice(m.start, m.end).toLowerCase().normalize("NFC")) &&
        !firstName(i, m.to)
      ) {
        // A month alone must be written exactly as in the pack: folded, Polish "mają" (they have) would be "maja" (May).
        // After a word of the future in its clause it is a month to come ("will reopen in May", "sẽ mở lại
        // vào tháng 5"): the next one, never the month of a statement or of the event reported.
        // After a word of the past it is the one before the reference month ("last March" in a paper of
        // March is a year back), the word in its span.
        let past = has(i - 1, "past") && refAt(i - 1)?.to === i;
        if (past) a = i - 1;
        // Or with "last year" right after it ("в марте прошлого года", "martie anul trecut", "March last year").
        const lastYearAfter = lastYearAt(b);
        if (lastYearAfter > b) {
          past = true;
          b = lastYearAfter;
        }
        const ahead = !past && futureBefore(i, m.to);
        if (ref) {
          const ry = ref.getUTCFullYear();
          const yy = ahead ? (v.n < ref.getUTCMonth() ? ry + 1 : ry) : v.n > ref.getUTCMonth() || (past && v.n === ref.getUTCMonth()) ? ry - 1 : ry;
          push(a, b, ym(yy, v.n), "relative");
        } else if (lastYearAfter > 0) {
          // (a month of the year before the event's: nothing to say which year it is, a time before it)
          push(a, b, null, "relative");
          out[out.length - 1]!.vague = true;
        } else push(a, b, null, "relative", unresolved({ month: v.n + 1 }));
        if (ahead) out[out.length - 1]!.ahead = true;
      }
      i = b - 1;
    } else if (v.type === "weekday") {
      const past = has(i - 1, "past") || has(m.to, "past");
      const next = !past && (has(i - 1, "next") || has(m.to, "next"));
      // A day to come: "next Friday", "will meet on Friday", "se rencontreront vendredi".
      const setFor = endingAt(i, "setFor") >= 0;
      const ahead = next || (!past && (setFor || futureBefore(i, m.to)));
      if (!ref) {
        push(i, m.to, null, "relative", unresolved({ weekday: v.n + 1 }));
        if (ahead) out[out.length - 1]!.ahead = true;
        i = m.to - 1;
        continue;
      }
      const want = (v.n + 1) % 7; // pack weekdays are Monday first; getUTCDay is Sunday = 0
      let back = (ref.getUTCDay() - want + 7) % 7;
      if (past && back === 0) back = 7;
      if (ahead) back = -((want - ref.getUTCDay() + 7) % 7 || (next ? 7 : 0));
      push(i, m.to, ymd(new Date(ref.getTime() - back * 86400000)), "relative");
      if (ahead) out[out.length - 1]!.ahead = true;
      i = m.to - 1;
    } else if (v.type === "later") {
      // "One day later, Hardy said", "Einen Tag später sagte", "На следующий день министр": a phrase of its
      // own. Not a comparison ("one day later than planned": a preposition or a complementizer after it,
      // unless it follows a reporting verb: "said a day later that"); a form ending in a preposition ("the
      // day after", "un giorno dopo") only with a comma or a name after it — else it takes an object ("the
      // day after the vote"), whose day it is.
      const next = m.to < to ? tokens[m.to]! : null;
      const gap = next ? text.slice(tokens[m.to - 1]!.end, next.start) : "";
      const cls = (k: number) => cp.words.get(tokens[k]!.key) ?? 0;
      let afterCue = false;
      for (let k = Math.max(from, i - 3); k < i && !afterCue; k++) afterCue = saidAt(k) && cp.cues.matchAt(tokens, k, text)!.to === i;
      const objectTaking = (cls(m.to - 1) & W.prep) !== 0 || has(m.to - 1, "after");
      const own =
        !next ||
        CLAUSE_MARK.test(gap) ||
        saidAt(m.to) ||
        (afterCue && (cls(m.to) & W.comp) !== 0) ||
        (objectTaking ? /^\p{Lu}/u.test(next.text) && !(cls(m.to) & GRAMMAR) : !(cls(m.to) & (W.prep | W.comp)));
      if (own) {
        push(i, m.to, null, "relative");
        out[out.length - 1]!.later = v.offset;
      }
      i = m.to - 1;
    } else if (v.type === "day") {
      push(i, m.to, ref ? ymd(new Date(ref.getTime() + v.offset * 86400000)) : null, "relative", ref ? undefined : unresolved({ offsetDays: v.offset }));
      // "tomorrow", "demain", "завтра": a day to come (a plan), never the day a statement was made.
      if (v.offset > 0) out[out.length - 1]!.ahead = true;
      i = m.to - 1;
    } else if (v.type === "past" || (v.type === "unit" && has(m.to, "past"))) {
      // "last week", "vergangene Woche", "la settimana scorsa", "на прошлой неделе": the unit before this one.
      let u = v.type === "past" ? refAt(m.to) : m;
      let unit = u?.values.find((x) => x.type === "unit");
      let b = v.type === "past" ? (u?.to ?? m.to) : (refAt(m.to)?.to ?? m.to);
      // (a word of the past that holds its unit: Vietnamese "tuần trước", last week)
      if (v.type === "past" && unit?.type !== "unit" && !amount(i - 1))
        for (let k = i; k < m.to; k++) {
          const own = cp.unitKeys.get(tokens[k]!.key);
          if (own) {
            u = m;
            unit = { type: "unit", unit: own };
            b = m.to;
            break;
          }
        }
      if (!u || !unit || unit.type !== "unit" || unit.unit === "day") continue;
      // After a word of a span ("over the past week", "trong tuần qua", "за прошлую неделю"): the time up
      // to the day of writing, no day of its own — what happened over it, never the day of a statement.
      const span = endingAt(i, "spanBefore");
      if (span >= 0) {
        push(span, b, null, "relative");
        out[out.length - 1]!.vague = true;
        out[out.length - 1]!.span = true;
        i = b - 1;
        continue;
      }
      if (!ref) {
        if (unit.unit === "week") push(i, b, null, "relative", unresolved({ offsetDays: -7 }));
        else {
          // ("last year" with nothing to count back from: a time not said, and no part of a name — "Letztes Jahr sagte Keller")
          push(i, b, null, "relative");
          out[out.length - 1]!.vague = true;
        }
        i = b - 1;
        continue;
      }
      const y = ref.getUTCFullYear(),
        mo = ref.getUTCMonth();
      const iso =
        unit.unit === "week"
          ? ymd(new Date(ref.getTime() - 7 * 86400000))
          : unit.unit === "month"
            ? ym(new Date(Date.UTC(y, mo - 1, 1)).getUTCFullYear(), new Date(Date.UTC(y, mo - 1, 1)).getUTCMonth())
            : String(y - 1);
      push(i, b, iso, "relative");
      i = b - 1;
    } else if (v.type === "number" || v.type === "unit") {
      // "a month ago", "3 lata temu", "acum o lună"; a unit with no amount is one ("miesiąc temu").
      const n = v.type === "number" ? v.n : 1;
      if (v.type === "unit" && amount(i - 1) && !has(i - 1, "agoBefore")) continue; // the amount before it is handled there
      const u = v.type === "unit" ? m : refAt(m.to);
      const unit = u?.values.find((x) => x.type === "unit");
      if (!u || !unit || unit.type !== "unit") continue;
      const afterAgo = has(u.to, "agoAfter");
      // "ago" written before the amount may be several words ("il y a deux jours", "în urmă cu").
      const agoAt = endingAt(i, "agoBefore");
      const beforeAgo = agoAt >= 0;
      if (!afterAgo && !beforeAgo) continue;
      const a = beforeAgo ? agoAt : i;
      const b = afterAgo ? (refAt(u.to)?.to ?? u.to) : u.to;
      if (!ref) {
        // Nothing to count back from: days and weeks stay relative, for the comparison to place against
        // the event ("two days ago", "vor einer Woche"); months and years ago say a time before it, not which.
        const days = unit.unit === "day" ? n : unit.unit === "week" ? 7 * n : null;
        push(a, b, null, "relative", days === null ? undefined : unresolved({ offsetDays: -days }));
        if (days === null) out[out.length - 1]!.vague = true;
        i = b - 1;
        continue;
      }
      const y = ref.getUTCFullYear(),
        mo = ref.getUTCMonth();
      let iso: string;
      if (unit.unit === "month") {
        const t = new Date(Date.UTC(y, mo - n, 1));
        iso = ym(t.getUTCFullYear(), t.getUTCMonth());
      } else if (unit.unit === "year") iso = String(y - n);
      else iso = ymd(new Date(ref.getTime() - n * (unit.unit === "week" ? 7 : 1) * 86400000));
      push(a, b, iso, "relative");
      i = b - 1;
    }
  }
  // Numeric dates: ISO, d.m.yyyy / m/d/yyyy, and d-m with a day word before it ("ngày 27-1").
  const s0 = tokens[from]?.start ?? 0,
    s1 = tokens[to - 1]?.end ?? 0;
  if (s1 > s0) {
    const seg = text.slice(s0, s1);
    NUMERIC.lastIndex = 0;
    for (let m = NUMERIC.exec(seg); m; m = NUMERIC.exec(seg)) {
      const start = s0 + m.index,
        end = start + m[0].length;
      if (out.some((d) => d.start < end && start < d.end)) continue;
      if (m[1]) {
        const y = Number(m[1]),
          mo = Number(m[2]) - 1,
          d = Number(m[3]);
        if (validDay(y, mo, d)) out.push({ start, end, text: m[0], iso: `${y}-${pad(mo + 1)}-${pad(d)}`, basis: "explicit" });
        continue;
      }
      const x = Number(m[4]),
        y0 = Number(m[6]);
      const [d, mo] = cp.pack.dates.numericOrder === "dmy" ? [x, y0 - 1] : [y0, x - 1];
      let year: number | null = m[7] ? Number(m[7].length === 2 ? `20${m[7]}` : m[7]) : null;
      if (year === null) {
        // Without a year only after a day word ("ngày 27-1", "hôm 30/12") or in brackets after a
        // weekday ("Chủ Nhật (29/12)"): "9-10" alone is a range or a score.
        const tk = tokenAt(tokens, start, from, to);
        const near = text.slice(Math.max(s0, start - 3), start),
          open = near.lastIndexOf("(") < 0 ? -1 : Math.max(s0, start - 3) + near.lastIndexOf("(");
        const bracketed =
          open >= 0 &&
          /^\(\s*$/u.test(text.slice(open, start)) &&
          out.some((w) => /^\s*$/u.test(text.slice(w.end, open)) && w.end <= open && !!(w.relative?.weekday || (w.iso && w.basis === "relative")));
        if (tk <= 0 || !(has(tk - 1, "dayWord") || bracketed)) continue;
        year = inferYear(mo, d, ref);
        if (year === null) {
          if (validDay(2000, mo, d))
            out.push({ start, end, text: m[0], iso: null, basis: "explicit", relative: { weekday: null, offsetDays: null, month: mo + 1, day: d } });
          continue;
        }
      }
      if (year !== null && validDay(year, mo, d)) {
        out.push({ start, end, text: m[0], iso: `${year}-${pad(mo + 1)}-${pad(d)}`, basis: "explicit" });
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  // A weekday and the day it names, side by side ("Thursday, 5 March", "joi, 5 martie", "в четверг, 5 марта",
  // "thứ Năm (5/3)"): one date, the stated day's — the weekday alone would count back from the reference
  // date and may land a week off.
  for (let k = 0; k + 1 < out.length; k++) {
    const w = out[k]!,
      d = out[k + 1]!;
    const weekday =
      !!w.relative?.weekday || (w.basis === "relative" && !!w.iso && refAt(tokenAt(tokens, w.start, from, to))?.values.some((v) => v.type === "weekday"));
    const stated = d.basis === "explicit" && (d.iso?.length === 10 || !!(d.relative?.month && d.relative.day));
    if (!weekday || !stated || !/^\s*[,(]?\s*$/u.test(text.slice(w.end, d.start))) continue;
    // (an unplaced day keeps its weekday: it names the day the report is about, "Chủ Nhật (29/12)")
    const relative = d.relative ? { ...d.relative, weekday: w.relative?.weekday ?? null } : undefined;
    out.splice(k, 2, {
      ...d,
      start: w.start,
      text: text.slice(w.start, d.end),
      ...(relative ? { relative } : {}),
      ...(w.ahead || d.ahead ? { ahead: true } : {}),
    });
  }
  // A range of days ("from March 10 to March 15", "vom 10.03. bis 15.03.", "с 10 марта по 15 марта"): a
  // date followed by a dash or a word of `dates.rangeLinks` and then another date or a day number. Both
  // ends are days of what is told, never the day of a statement (the second one may be no date of its own:
  // "bis 15.03.").
  for (let k = 0; k < out.length; k++) {
    const d = out[k]!;
    let t = firstFrom(tokens, d.end, from, to);
    if (t >= to) continue;
    const gap = text.slice(d.end, tokens[t]!.start);
    // (a dash only between two dates: "on Tuesday – 15 people died" is no range)
    const dash = /^\s*[-–—]\s*$/u.test(gap);
    if (!dash && /^\.?\s+$/u.test(gap) && has(t, "rangeLink"))
      t = refAt(t)!.to; // (after the full stop of "10.03.")
    else if (!dash) continue;
    if (t >= to) continue;
    const next = out[k + 1];
    const toDate = !!next && next.start === tokens[t]!.start;
    if (!toDate && (dash || !(tokens[t]!.digits || has(t, "dayWord")))) continue;
    d.ahead = true;
    if (toDate) next.ahead = true;
  }
  for (const d of out) if (passingAt(text, tokens, from, to, cp, d)) d.passing = true;
  // A date with a possessive ending is an attribute of the noun after it ("Monday's deadline"): pack `dates.possessives`.
  for (const d of out) {
    const after = text.slice(d.end, d.end + 3);
    if (cp.pack.dates.possessives.some((p) => d.text.endsWith(p) || after.startsWith(p))) d.passing = true;
  }
  // The start of a span up to the day of writing: "since 3 August", "seit dem 3. August", "từ ngày 3/8"
  // (pack `dates.since`; an article or a day word may come between) — the day something began.
  for (const d of out) {
    const a = tokenAt(tokens, d.start, from, to);
    if (a <= from) continue;
    const b = a - 1 > from && (((cp.words.get(tokens[a - 1]!.key) ?? 0) & W.det) !== 0 || has(a - 1, "dayWord")) ? a - 1 : a;
    if (endingAt(b, "since") >= 0 || endingAt(a, "since") >= 0) d.passing = true;
  }
  // A range of days opened by a word of `dates.rangeOpeners` and joined by "and": "between March 10 and 15"
  // (a date, "and", a day number or a date), "zwischen dem 10. und 15. März", "între 10 și 15 martie" (a
  // day number, "and", a date).
  /** Token `k` is "and" (grammar's coordinators of that meaning). */
  const andAt = (k: number) => k >= from && k < to && ((cp.words.get(tokens[k]!.key) ?? 0) & W.and) !== 0;
  /** Token `k` is an article or a day word ("el", "le", "dem", "ngày"). */
  const detAt = (k: number) => ((cp.words.get(tokens[k]!.key) ?? 0) & W.det) !== 0 || has(k, "dayWord");
  const skipDet = (k: number) => (k < to && detAt(k) ? k + 1 : k);
  /** A word of `rangeOpeners` ends right before token `k` ("between", "zwischen dem"). */
  const opened = (k: number) => endingAt(k, "rangeOpen") >= 0;
  for (let k = 0; k < out.length; k++) {
    const d = out[k]!;
    const a = tokenAt(tokens, d.start, from, to);
    if (a < 0) continue;
    if (opened(a)) {
      const t = firstFrom(tokens, d.end, from, to);
      if (!andAt(t) || t + 1 >= to) continue;
      // (an article or a day word may stand before the second end: "entre el 10 y el 15 de marzo")
      const e = skipDet(t + 1) < to ? skipDet(t + 1) : t + 1;
      const next = out[k + 1];
      const toDate = !!next && (next.start === tokens[t + 1]!.start || next.start === tokens[e]!.start);
      if (!toDate && !tokens[e]!.digits) continue;
      d.ahead = true;
      if (toDate) next.ahead = true;
    } else if (dayNum(tokens[a]) !== null) {
      // (the first end a day number alone: "10. und", "10 și", "el 10 y el 15 de marzo")
      const j = a - 1 > from && detAt(a - 1) ? a - 2 : a - 1;
      if (!andAt(j)) continue;
      const f = j - 1;
      if (f >= from && dayNum(tokens[f]) !== null && opened(f)) d.ahead = true;
    }
  }
  return out;
}

/**
 * Resolves the days counted from the last day stated ("One day later", "A doua zi") in `dates` (one
 * sentence's, in text order) against `carry.lastDay`, the last day the text stated before them, and
 * keeps that day up to date: a day stated or so resolved, not one to come nor a vague time. With a
 * calendar day it gives one; with a day not yet placed (an undated article's "on Tuesday", "3 martie",
 * "yesterday") it stays relative, moved by the same days; with none, the expression gives no date.
 */
export function resolveLater(dates: readonly DateExpr[], carry: { lastDay: DateExpr | null }): void {
  for (const x of dates) {
    if (x.later !== undefined) {
      const a = carry.lastDay;
      const n = x.later;
      const r = a?.relative;
      if (a?.iso?.length === 10) x.iso = ymd(new Date(Date.parse(a.iso) + n * 86400000));
      else if (r?.month && r.day) {
        const d = new Date(Date.UTC(2001, r.month - 1, r.day) + n * 86400000);
        x.relative = { weekday: null, offsetDays: null, month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      } else if (r?.weekday) x.relative = { weekday: ((((r.weekday - 1 + n) % 7) + 7) % 7) + 1, offsetDays: null };
      else if (r && r.offsetDays !== null) x.relative = { weekday: null, offsetDays: r.offsetDays + n };
      else {
        x.vague = true;
        continue;
      }
      carry.lastDay = x;
    } else if (
      !x.ahead &&
      !x.vague &&
      !x.span &&
      (x.iso?.length === 10 || !!(x.relative && (x.relative.day || x.relative.weekday || x.relative.offsetDays !== null)))
    )
      carry.lastDay = x;
  }
}

/** Most words of a phrase of the pack's dates before a date word ("en el transcurso de la semana" has five). */
const PHRASE_REACH = 8;

/** Most words between the start of a relative clause and a date in it ("which the Senate passed on Tuesday"). */
const RELATIVE_REACH = 10;

/** Marks that end a clause (a comma opens the relative one). */
const CLAUSE_MARK = /[,;:.!?()"“”„«»–—]/u;

/**
 * Whether date `d` names the day of something mentioned in passing:
 * - in a relative clause set off by a comma ("the bill, which passed on Tuesday, …", "der Entwurf,
 *   der am Dienstag verabschiedet wurde", "el proyecto, que fue aprobado el martes"; pack
 *   `grammar.relativeOpeners`, a preposition may come first: "in which") — unless the clause reports
 *   a statement itself ("Peskov, who spoke to reporters on Tuesday, said …"), or the opener is also an
 *   article before a noun ("sagte, die Gespräche seien am Montag gescheitert") or a complementizer
 *   after a reporting verb ("dijo, en rueda de prensa, que el martes …");
 * - where nouns are capitalised, between an article and the participle qualifying its noun ("Der am
 *   Dienstag verabschiedete Entwurf", "kritisierte den am Montag vorgestellten Plan"; the participle
 *   carries one of `grammar.adjectiveEndings`) — not after a preposition, where the phrase is often the
 *   setting of the statement ("in einem am Sonntag veröffentlichten Interview").
 */
function passingAt(text: string, tokens: readonly Token[], from: number, to: number, cp: CompiledPack, d: DateExpr): boolean {
  const a = firstFrom(tokens, d.start, from, to);
  if (a >= to || tokens[a]!.start !== d.start) return false;
  const cls = (k: number) => cp.words.get(tokens[k]!.key) ?? 0;
  const gap = (k: number) => text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  // The clause the date is in: back to the mark before it.
  let k = a;
  while (k > from && k > a - RELATIVE_REACH && !CLAUSE_MARK.test(gap(k))) k--;
  if (k > from && /^\s*,\s*$/u.test(gap(k))) {
    const o = cp.relativeOpeners.has(tokens[k]!.key)
      ? k
      : (cls(k) & (W.prep | W.join)) !== 0 && k + 1 < a && cp.relativeOpeners.has(tokens[k + 1]!.key)
        ? k + 1
        : -1;
    if (o >= 0) {
      let said = false;
      for (let j = k; j < a && !said; j++) said = !!cp.cues.matchAt(tokens, j, text)?.values.some((v) => v === "verb" || v === "cverb" || v === "noun");
      const article = (cls(o) & W.det) !== 0 && o + 1 < to && tokens[o + 1]!.upper && cp.pack.matching.capitalizedNouns;
      let afterVerb = false;
      if ((cls(o) & W.comp) !== 0)
        for (let j = k - 1; j >= from && j >= k - RELATIVE_REACH && !afterVerb; j--)
          afterVerb = !!cp.cues.matchAt(tokens, j, text)?.values.some((v) => v === "verb" || v === "cverb");
      if (!said && !article && !afterVerb) return true;
    }
  }
  // A relative clause with no comma right after its noun: "the talks that began on 3 August", "las
  // negociaciones que comenzaron el 3 de agosto" (pack `grammar.boundRelatives`).
  if (boundRelative(text, tokens, from, k, a, cp)) return true;
  // A phrase of an earlier event set off by a comma before the statement: "After the explosion on Friday,
  // the mayor said …", "Nach der Explosion vom Freitag sagte …" (pack `dates.afterOpeners`; no cue in it).
  if (afterPhrase(text, tokens, from, to, cp, k, a, firstFrom(tokens, d.end, a, to))) return true;
  // A clause on a noun with no relative word that the date closes before the predicate of what was said:
  // "cho biết các cuộc đàm phán bắt đầu ngày 3/8 đã đạt tiến triển", "said the deal signed on 3 August would …".
  if (clauseBeforePredicate(text, tokens, from, to, cp, a, firstFrom(tokens, d.end, a, to))) return true;
  // A participle right before the date (its preposition or article between): "Przyjęta we wtorek ustawa",
  // «принятый во вторник закон», "la loi adoptée mardi" — the day of what the participle tells. Not after
  // an auxiliary, a passive or an adverb, where it is the verb of the clause ("została przyjęta we wtorek",
  // "a été adoptée mardi"), nor a reporting verb or a date word ("el pasado martes").
  if (participleBefore(text, tokens, from, a, cp)) return true;
  // An article, maybe a preposition, the date, a participle, a noun: "den am Montag vorgestellten Plan".
  if (!cp.pack.matching.capitalizedNouns) return false;
  const b = firstFrom(tokens, d.end, a, to);
  if (b + 1 >= to || tokens[b]!.upper || !tokens[b + 1]!.upper) return false;
  const w = tokens[b]!.text.toLowerCase();
  if (!cp.pack.grammar.adjectiveEndings.some((e) => w.length > e.length + 3 && w.endsWith(e))) return false;
  if (!/^\s+$/u.test(gap(b)) || !/^\s+$/u.test(gap(b + 1))) return false;
  let j = a - 1;
  if (j > from && (cls(j) & W.prep) !== 0 && (cls(j) & W.det) === 0 && /^\s+$/u.test(gap(j + 1))) j--;
  // ("am" folds an article into its preposition: the date's own word, not the article of the noun)
  if (j < from || (cls(j) & W.det) === 0 || !/^\s+$/u.test(gap(j + 1))) return false;
  return j === from || (cls(j - 1) & W.prep) === 0 || CLAUSE_MARK.test(gap(j));
}

/** Most words between a relative word with no comma before it and the date in its clause ("that had begun in Geneva on"). */
const BOUND_REACH = 6;

/**
 * Whether the date at token `a`, in the clause that starts at token `k`, is in a relative clause with no
 * comma right after its noun (pack `grammar.boundRelatives`): "the talks that began on 3 August", "les
 * négociations qui ont commencé le 3 août", "negocierile care au început pe 3 august" — the day of that
 * thing, in what a reporting verb before it says. Not where the clause reports a statement ("the official who told reporters on Tuesday"), nor
 * where the word before is no noun ("said that on Tuesday"), a word of saying ("a statement that …"), or
 * the person a reporting verb addresses ("told reporters that on Tuesday …", "dijo a los periodistas que
 * el martes …").
 */
function boundRelative(text: string, tokens: readonly Token[], from: number, k: number, a: number, cp: CompiledPack): boolean {
  if (cp.boundRelatives.size === 0) return false;
  const cls = (j: number) => cp.words.get(tokens[j]!.key) ?? 0;
  const spaced = (j: number) => /^\s+$/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
  const cue = (j: number) => !!cp.cues.matchAt(tokens, j, text)?.values.some((v) => v === "verb" || v === "cverb" || v === "noun" || v === "source");
  const verb = (j: number) => !!cp.cues.matchAt(tokens, j, text)?.values.some((v) => v === "verb" || v === "cverb");
  for (let o = a - 1; o > k && o >= a - BOUND_REACH; o--) {
    if (cue(o)) return false;
    if (!cp.boundRelatives.has(tokens[o]!.key) || !spaced(o)) continue;
    const n = o - 1,
      t = tokens[n]!;
    if (t.digits || !/^\p{Ll}/u.test(t.text) || cls(n) !== 0 || cue(n) || cp.dates.matchAt(tokens, n, text)) return false;
    // (back over the noun's articles and prepositions to a reporting verb: an addressee when it is a verb
    // of telling or a preposition stands between — "told the paper that", "a dit aux journalistes qui")
    let prep = false;
    for (let j = n - 1; j >= k && j >= n - 3; j--) {
      if (cue(j)) return !(prep || cp.addresseeVerbs.findAll(tokens, text, j, n).length > 0);
      if ((cls(j) & (W.det | W.prep | W.join)) === 0) break;
      prep ||= (cls(j) & (W.prep | W.join)) !== 0;
    }
    // (only in what a reporting verb before it says: a clause on the subject before the verb may tell
    // where the statement was made — "The minister who visited Kyiv on Tuesday said …")
    for (let j = from; j < n; j++) if (verb(j)) return true;
    return false;
  }
  return false;
}

/**
 * Whether the date at token `a` (its first token after it `b`), in what a reporting verb before it says, closes
 * a clause on a noun that has no relative word — the clause's own word in lower case right before the date or
 * its preposition, and right after the date, with no mark, an auxiliary or an adverb before more words: the
 * predicate of the noun ("các cuộc đàm phán bắt đầu ngày 3/8 | đã đạt …", "hiệp định được ký ngày 3/8 | sẽ có
 * hiệu lực", "the deal signed on 3 August | would take effect", "les négociations lancées le 3 août | ont
 * échoué") — the day of that thing. Not a date right after the verb or a complementizer ("said on 3 August
 * that", "cho biết ngày 3/8 đã có …"), nor after a name ("said Putin on Tuesday had …": the name's act).
 */
function clauseBeforePredicate(text: string, tokens: readonly Token[], from: number, to: number, cp: CompiledPack, a: number, b: number): boolean {
  if (b + 1 >= to) return false;
  const cls = (k: number) => cp.words.get(tokens[k]!.key) ?? 0;
  const spaced = (k: number) => /^\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  const cue = (j: number) =>
    !!cp.cues.matchAt(tokens, j, text)?.values.some((v) => v === "verb" || v === "cverb" || v === "noun" || v === "source" || v === "comp");
  // (the word after it only an auxiliary or an adverb, never a preposition it also spells once folded: "arrivé lundi à Bamako")
  if (!spaced(b) || !spaced(b + 1) || (cls(b) & (W.aux | W.adv)) === 0 || (cls(b) & (W.pronoun | W.conj | W.comp | W.prep | W.det | W.join)) !== 0)
    return false;
  if ((cls(b + 1) & (W.conj | W.comp)) !== 0) return false;
  let p = a - 1;
  // (over a day word and a preposition that open the date: "ký vào ngày 3/8", "signed on 3 August")
  if (p > from && spaced(p + 1) && cp.dates.matchAt(tokens, p, text)?.values.some((v) => v.type === "dayWord")) p--;
  if (p > from && (cls(p) & W.prep) !== 0 && spaced(p + 1)) p--;
  if (p <= from || !spaced(p + 1)) return false;
  const t = tokens[p]!;
  if (t.digits || !/^\p{Ll}/u.test(t.text) || cls(p) !== 0 || cue(p) || cp.dates.matchAt(tokens, p, text)) return false;
  // (a reporting verb before it, with a word of its content between: the noun the clause is on)
  for (let j = p - 1; j >= from; j--) {
    if (CLAUSE_MARK.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start)) && !/^\s*,\s*$/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start)))
      return false;
    if (cp.cues.matchAt(tokens, j, text)?.values.some((v) => v === "verb" || v === "cverb")) return j < p - 1;
  }
  return false;
}

/** Most words from a word of `dates.afterOpeners` to the comma that closes its phrase. */
const AFTER_REACH = 12;

/**
 * Whether the date at token `a`, in the clause that starts at token `k`, is in a phrase of an earlier
 * event: a word of `dates.afterOpeners` opens the clause (an amount may come first: "Five days after")
 * and a comma closes it, or, in a verb-second language, the reporting verb follows it ("Nach der Explosion
 * vom Freitag sagte …"), or, in another language, the reporting verb follows a word of its subject after
 * the date ("После встречи с Путиным в пятницу Трамп заявил …"; not right after the date: "После встречи
 * Трамп в пятницу заявил …" dates the statement); no cue inside. `b` is the first token after the date.
 */
function afterPhrase(text: string, tokens: readonly Token[], from: number, to: number, cp: CompiledPack, k: number, a: number, b: number): boolean {
  if (k > from && !commaBeforeToken(text, tokens, k)) return false;
  const cue = (j: number) => !!cp.cues.matchAt(tokens, j, text)?.values.some((v) => v === "verb" || v === "cverb" || v === "noun" || v === "source");
  const isAfter = (j: number) => cp.dates.matchAt(tokens, j, text)?.values.some((v) => v.type === "after") ?? false;
  let o = -1;
  for (let j = k; j < a && j <= k + 3; j++)
    if (isAfter(j)) {
      o = j;
      break;
    }
  if (o < 0) return false;
  for (let j = o; j < a; j++) if (cue(j)) return false;
  for (let j = a + 1; j < to && j <= o + AFTER_REACH; j++) {
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/^\s*,\s*$/u.test(gap)) return true;
    if (CLAUSE_MARK.test(gap)) return false;
    if (cue(j)) return cp.pack.grammar.verbSecond ? j > a + 1 : j > b;
  }
  return false;
}

/** Whether a participle of the pack's `dates.participleEndings` (or `activeParticipleEndings` after a reporting verb) qualifies the date that starts at token `a` (see {@link passingAt}). */
function participleBefore(text: string, tokens: readonly Token[], from: number, a: number, cp: CompiledPack): boolean {
  const endings = cp.pack.dates.participleEndings,
    active = cp.pack.dates.activeParticipleEndings;
  if (endings.length === 0 && active.length === 0) return false;
  const cls = (k: number) => cp.words.get(tokens[k]!.key) ?? 0;
  const spaced = (k: number) => /^\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  let p = a - 1;
  if (p > from && (cls(p) & (W.prep | W.det)) !== 0 && spaced(p + 1)) p--;
  if (p < from || !spaced(p + 1)) return false;
  const t = tokens[p]!;
  // (a capital only where the sentence starts: "Przyjęta we wtorek ustawa", not "il Senato martedì")
  if (t.digits || (t.upper && p !== from)) return false;
  const w = t.text.toLowerCase().normalize("NFC");
  const ends = (list: readonly string[]) => list.some((e) => w.length > e.length + 3 && w.endsWith(e));
  if (!ends(endings)) {
    // (an active one only after a reporting verb: before it, it may tell the speaker's own act)
    if (!ends(active)) return false;
    let said = false;
    for (let j = from; j < p && !said; j++) said = !!cp.cues.matchAt(tokens, j, text)?.values.some((v) => v === "verb" || v === "cverb");
    if (!said) return false;
  }
  if (cls(p) !== 0 || cp.dates.matchAt(tokens, p, text) || cp.cues.matchAt(tokens, p, text)) return false;
  if (p === from || !spaced(p)) return true;
  // (after an article it is a noun: "una llamada el domingo", "una telefonata domenica"; after a preposition,
  // or after a noun that follows one, the phrase sets the statement: "Dans un entretien publié dimanche")
  if ((cls(p - 1) & (W.aux | W.passive | W.adv | W.det | W.prep)) !== 0) return false;
  let r = p - 2;
  if (r >= from && (cls(r) & W.det) !== 0) r--;
  return r < from || (cls(r) & W.prep) === 0 || (cls(r) & W.det) !== 0;
}
