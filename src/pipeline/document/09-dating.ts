import type { ClaimDate } from "../../schema/claim.js";
import { toOriginal } from "../normalize.js";
import type { DateExpr } from "../dates.js";
import type { Draft, SentenceInfo } from "../attribution/types.js";
import type { Doc } from "./types.js";
import { endsRange } from "../layout.js";
import { relativeAt } from "../attribution/phrase.js";

const NO_DATE: ClaimDate = { iso: null, basis: null, text: null, span: null };

/**
 * When each claim was made: a date of its attribution, a date its speaker's statement goes on
 * with, the article's event date, or the publication date — never for undated background.
 */
export function dating(doc: Doc): void {
  const { text, tokens, cp, drafts, infos, publishedAt, contextDate } = doc;
  const expr = (x: DateExpr, basis?: ClaimDate["basis"]): ClaimDate => {
    const span = toOriginal(doc.norm, x.start, x.end);
    // An expression with nothing to resolve it against stays relative: the comparison resolves it
    // against its event ("joi", "Monday", "ngày 29-12" in an undated article).
    if (!x.iso) return { iso: null, basis: basis ?? "relative", text: doc.original.slice(span[0], span[1]), span, relative: x.relative ?? null };
    return { iso: x.iso, basis: basis ?? x.basis, text: doc.original.slice(span[0], span[1]), span };
  };
  /** A weekday or relative day word ("Vineri", "yesterday") in the attribution, outside the content. */
  const _relativeInAttribution = (s: SentenceInfo, dr: Draft): boolean =>
    cp.dates
      .findAll(tokens, text, s.t0, s.t1)
      .some((m) => (m.end <= dr.assertion[0] || m.start >= dr.assertion[1]) && m.values.some((v) => v.type === "weekday" || v.type === "day"));
  const lastDate = new Map<string, ClaimDate>();
  /** The day the last claim of a paragraph dated by a date of its own was made, by paragraph. */
  const paraDay = new Map<number, ClaimDate>();
  /** The content states dates, all of days more than a day before the article's event (or publication) date. */
  const anchor = contextDate?.iso?.length === 10 ? contextDate.iso : (publishedAt?.slice(0, 10) ?? null);
  // (with no year anywhere, a day and month: "29/12" in an undated article)
  const anchorMD = anchor
    ? monthDay(anchor)
    : contextDate?.relative?.month && contextDate.relative.day
      ? ([contextDate.relative.month, contextDate.relative.day] as const)
      : null;
  const earlierEventOnly = (dr: Draft, s: SentenceInfo): boolean => {
    if (!anchorMD || dr.kind === "statement") return false;
    const inside = s.dates.filter((x) => x.start >= dr.assertion[0] && x.end <= dr.assertion[1]);
    if (inside.length === 0) return false;
    return inside.every((x) => {
      if (x.basis !== "explicit") return false;
      if (x.iso) return x.iso.length === 10 && !!anchor && day(anchor) - day(x.iso) > 86400000;
      // A day and month with no year: earlier when it falls within the half year before the anchor.
      const md = x.relative?.month && x.relative.day ? ([x.relative.month, x.relative.day] as const) : null;
      if (anchor || !md) return false;
      const back = (ordinal(anchorMD) - ordinal(md) + 365) % 365;
      return back > 1 && back < 183;
    });
  };
  /**
   * The cue is in a tense that puts the statement before the report with no time of its own (pack
   * `dates.perfect`): the auxiliary is a word of the cue or one of the few words of its clause just
   * before it ("Peskov had said", "Merkel hatte den Plan zuvor kritisiert"); a punctuation mark or
   * a quotation mark between ends the clause ("Russia has no plans, Peskov said").
   */
  const perfectCue = (dr: Draft): boolean => {
    const cue = dr.cue;
    if (!cue || cp.perfect.size === 0) return false;
    let k = cue.from;
    for (let j = k; j < cue.to; j++) if (cp.perfect.has(tokens[j]!.key)) return true;
    for (let n = 0; n < PERFECT_REACH && k > 0; n++, k--) {
      const prev = tokens[k - 1]!;
      if (/[,;:.!?()"“”„«»–—]/u.test(text.slice(prev.end, tokens[k]!.start))) return false;
      if (dr.assertion[0] < prev.end && prev.start < dr.assertion[1]) return false;
      if (cp.perfect.has(prev.key)) return true;
    }
    return false;
  };
  /**
   * An amount of days or weeks and a word of `dates.afterOpeners` right before the claim's subject: "a day
   * after Warren told reporters …", "two days after the governor said …" — the days before the day reported,
   * and the token of the amount. Null otherwise ("A day after the vote, Warren said" dates the vote's day after).
   */
  const amountAfter = (dr: Draft, s: SentenceInfo): { n: number; at: number } | null => {
    let k = s.t0;
    while (k < s.t1 && tokens[k]!.start < dr.span[0]) k++;
    if (k - 3 < s.t0 || k >= s.t1 || tokens[k]!.start !== dr.span[0]) return null;
    const at = (j: number) => cp.dates.matchAt(tokens, j, text);
    const after = at(k - 1);
    if (!after?.values.some((v) => v.type === "after") || after.to !== k || !/^\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return null;
    const unit = at(k - 2)?.values.find((v) => v.type === "unit");
    if (unit?.type !== "unit" || (unit.unit !== "day" && unit.unit !== "week")) return null;
    const t = tokens[k - 3]!;
    const num = t.digits ? { type: "number" as const, n: Number(t.text) } : at(k - 3)?.values.find((v) => v.type === "number");
    if (num?.type !== "number" || !(num.n > 0)) return null;
    return { n: num.n * (unit.unit === "week" ? 7 : 1), at: k - 3 };
  };
  doc.dates = drafts.map((dr, i) => {
    if (!dr) return null;
    const s = infos[i]!;
    // The statement date is a date of the attribution: before the subject ("Vineri, Kremlinul a
    // declarat"), right after the cue ("a subliniat joi că"), or next to the cue with no comma
    // between; not one inside the content, nor one in a clause between subject and cue ("…, who
    // congratulated him last Tuesday, assured …").
    const subj = dr.speaker.mentionSpan;
    const cue = dr.cue;
    const inAttribution = (x: DateExpr) => {
      if (x.start >= dr.assertion[0] && x.end <= dr.assertion[1]) return false;
      if (inRelative(x)) return false;
      if (cue && x.start >= cue.start && x.end <= cue.end) return true; // "sprach am Mittwoch von"
      // A year alone before the subject dates the statement where it opens the sentence ("In 2019, the
      // governor said"); further on it is the year of something mentioned in passing ("a council
      // suspended after the invasion in 2022, Peskov said").
      if (subj && x.end <= subj[0]) return !yearAlone(x) || opens(x);
      if (!subj && cue && x.end <= cue.start) return true;
      // (a year alone only right after the cue: "said in 2019 that", not "…, Peskov said, recalling the invasion in 2022")
      // (a span up to the day of writing after the cue is the time of what was said, not of the saying:
      // "said over the past week more than 300 cases were recorded", "cho biết trong tuần qua …")
      if (cue && x.start >= cue.end && x.span) return false;
      if (cue && x.start >= cue.end) return !yearAlone(x) || /^\s*[\p{L}]*\s*[\p{L}]*\s*$/u.test(text.slice(cue.end, x.start));
      if (cue && x.end <= cue.start && !/[,;(]/.test(text.slice(x.end, cue.start))) return true;
      return dr.attribution.some(([a, b]) => x.start >= a && x.end <= b) && !subj;
    };
    /** The expression opens its sentence, after a word or two at most ("In 2019", "Im Jahr 2019"). */
    function opens(x: DateExpr): boolean {
      let n = 0;
      for (let k = s.t0; k < s.t1 && tokens[k]!.start < x.start; k++) n++;
      return n <= 2 && !/[,;:]/u.test(text.slice(s.start, x.start));
    }
    // Nor one in a relative clause on the speaker after the cue ("sagte Steinmeier, der am Montag in Berlin
    // war, …", "said Steinmeier, who was in Berlin on Monday"): the date of something else.
    function inRelative(x: DateExpr): boolean {
      if (!cue || x.start < cue.end) return false;
      const from = subj && subj[1] > cue.end ? subj[1] : cue.end;
      if (x.start < from) return false;
      const seg = text.slice(from, x.start);
      const comma = seg.lastIndexOf(",");
      if (comma < 0) return false;
      let k = s.t0;
      while (k < s.t1 && tokens[k]!.start < from + comma + 1) k++;
      return relativeAt(cp, tokens, k, s.t1);
    }
    // A speaker quoted again with no date of its own goes on with the statement quoted before
    // ("El líder estadounidense añadió", "— сказал Песков журналистам"): its date continues.
    const continues = dr.kind !== "statement" && lastDate.has(dr.speaker.name);
    // A sentence attributed by its paragraph has no cue of its own: its dates outside quotations
    // are the attribution's ("Peskow sprach am Mittwoch von einem „wichtigen Schritt“").
    const passage = dr.attribution.length === 0 && dr.kind !== "statement";
    const own =
      dr.sigDate ??
      (dr.kind === "statement"
        ? undefined
        : passage
          ? s.dates.find((x) => !s.quotes.some((q) => q.start <= x.start && x.end <= q.end) && !endsRange(text, x) && !x.ahead && !x.passing)
          : s.dates.find((x) => inAttribution(x) && !endsRange(text, x) && !x.ahead && !x.passing));
    let date: ClaimDate;
    if (dr.kind === "statement") {
      date = publishedAt ? { iso: publishedAt.slice(0, 10), basis: "published", text: null, span: null } : contextDate ? expr(contextDate, "context") : NO_DATE;
    } else if (own?.vague) {
      // "Earlier this week, the minister said …": before the day reported, and not said when.
      date = NO_DATE;
    } else if (own) {
      date = expr(own);
    } else if (amountAfter(dr, s)) {
      // "The vote came a day after Warren told reporters …": said that many days before the day reported.
      const { n, at } = amountAfter(dr, s)!;
      const span = toOriginal(doc.norm, tokens[at]!.start, tokens[at]!.end);
      date = anchor
        ? { iso: new Date(day(anchor) - n * 86400000).toISOString().slice(0, 10), basis: "relative", text: doc.original.slice(span[0], span[1]), span }
        : NO_DATE;
    } else if (s.undated || perfectCue(dr)) {
      // Undated background ("repeatedly", "la un moment dat", "had said", "hatte erklärt").
      date = NO_DATE;
    } else if (earlierEventOnly(dr, s)) {
      // What was said reports an earlier event with its date ("the FSB arrested two suspects on 27/12"):
      // the statement came some time after it — neither that date nor the article's is its date.
      date = NO_DATE;
    } else if (continues && lastDate.get(dr.speaker.name)) {
      // "Añadió que…", "He added…": the statement goes on, and so does its date.
      date = { ...lastDate.get(dr.speaker.name)! };
    } else if (paraDay.has(s.para) && dr.kind !== "indirect") {
      // A quotation with no date of its own after a claim its paragraph dates to a day ("Yesterday the
      // operator said … “We have reached the limit,” its chief said."): the passage reports that day. (Reported
      // speech there may be an opinion of any time: "Many lawmakers believe it is too early".)
      date = { ...paraDay.get(s.para)!, basis: "context" };
    } else if (contextDate) {
      date = expr(contextDate, "context");
    } else if (publishedAt) {
      date = { iso: publishedAt.slice(0, 10), basis: "published", text: null, span: null };
    } else date = NO_DATE;
    lastDate.set(dr.speaker.name, date);
    const far = !!own?.iso && !!contextDate?.iso && Math.abs(day(own.iso) - day(contextDate.iso)) > 7 * 86400000;
    // (a day of the claim's own, near the article's event: what the rest of its paragraph inherits)
    if (
      own &&
      date.basis !== null &&
      !far &&
      (date.iso?.length === 10 || !!(date.relative && (date.relative.day || date.relative.weekday || date.relative.offsetDays !== null)))
    )
      paraDay.set(s.para, date);
    return { date, background: s.undated || far };
  });
}

/** A year stated alone ("in 2019"). */
const yearAlone = (x: DateExpr) => x.basis === "explicit" && x.iso?.length === 4;

/** Most words between an auxiliary of the perfect and its reporting verb ("hatte den Vorschlag zuvor als Fehler bezeichnet"). */
const PERFECT_REACH = 6;

/** Month and day of an ISO date. */
const monthDay = (iso: string): readonly [number, number] => [Number(iso.slice(5, 7)) || 1, Number(iso.slice(8, 10)) || 1];
/** Day of a common year (1 January = 0) of a month and day. */
const ordinal = ([m, d]: readonly [number, number]) => (Date.UTC(2001, m - 1, d) - Date.UTC(2001, 0, 1)) / 86400000;

const day = (iso: string) => Date.parse(iso.padEnd(10, "-01").slice(0, 10));
