import { commaBeforeToken } from "../../text/tokens.js";
import { noteSpeaker } from "../speakers.js";
import { W } from "../lexicon.js";
import { implicit, kindOf, trimRegion, wordsIn } from "./region.js";
import { wordClass } from "./phrase.js";
import type { Ctx, Draft, SentenceInfo } from "./types.js";
import { coordinatedReport } from "./07-reporting-verb.js";
import { skipDates } from "./sentence.js";

/** Most words between the conjunction and the second reporting verb: a subject, not a clause. */
const SUBJECT_WORDS = 10;

/**
 * A second attribution coordinated after the content of the first: "Police said the cause was
 * under investigation, and the mayor said the city would help", "Pelosi called the tariffs a tax,
 * while Schumer said the president had no plan". The first claim's content ends at the comma
 * before the conjunction (pack `grammar.conjunctions`); the clause after it is attributed on its
 * own by the same rules. Null when the content holds no such clause.
 */
export function coordinatedClause(
  ctx: Ctx,
  s: SentenceInfo,
  first: Draft,
  attribute: (ctx: Ctx, s: SentenceInfo) => Draft | null,
): { first: Draft; second: Draft } | null {
  const { text, tokens, cp } = ctx;
  if (first.parts || first.pending) return null;
  const [a0, a1] = first.assertion;
  for (const v of s.cues) {
    if (v.kind !== "verb" || v.joint || v.start <= a0 || v.end > a1) continue;
    // Inside a quotation, a verb is quoted words, not an attribution of the reporter's.
    if (s.quotes.some((q) => q.start < v.start && v.end <= q.end)) continue;
    // The conjunction that opens the clause of the verb: after a comma or a semicolon, a few words before it.
    let k = v.from - 1;
    while (k > s.t0 && v.from - k <= SUBJECT_WORDS && !(wordClass(cp, tokens[k]) & W.conj)) k--;
    // (a conjunction of two words whose second is a complementizer: "mientras que", "alors que", "tandis que")
    const lead = k - 1 > s.t0 && wordClass(cp, tokens[k]) & W.comp && (wordClass(cp, tokens[k - 1]) & (W.conj | W.comp)) === W.conj ? k - 1 : k;
    const conj = tokens[lead];
    if (!conj || lead <= s.t0 || conj.start <= a0 || v.from - k < 2 || v.from - k > SUBJECT_WORDS) continue;
    if ((lead === k && wordClass(cp, conj) & W.comp) || !/[,;][”"»’']?\s*$/u.test(text.slice(tokens[lead - 1]!.end, conj.start))) continue;
    // No other cue, quotation mark or clause between the conjunction and the verb: just its subject.
    if (s.cues.some((c) => c !== v && c.from > k && c.from < v.from)) continue;
    const start = tokens[k + 1]!.start;
    const sub: SentenceInfo = {
      ...s,
      start,
      t0: k + 1,
      speech: null,
      quotes: s.quotes.filter((q) => q.start >= start),
      cues: s.cues.filter((c) => c.from > k),
      mentions: s.mentions.filter((m) => m.from > k),
      names: s.names.filter((m) => m.from > k),
      dates: s.dates.filter((d) => d.start >= start),
      memo: {},
    };
    // (A pronoun in it refers to the first speaker, who has just spoken.)
    const d = { ...ctx.d, named: new Map(ctx.d.named) };
    noteSpeaker(d, first.speaker, ctx.cp);
    const second = attribute({ ...ctx, d }, sub);
    if (!second || second.cue?.from !== v.from || second.assertion[0] < v.end || second.pending) continue;
    // The same speaker going on ("…, but he cautioned that …") is one act of attribution: one claim.
    // (Not one more person of the kind, unknown as they are: "One said …, and another said …" — pack `reporting.anotherPeople`.)
    const another = cp.pack.reporting.anotherPeople.includes((second.speaker.mention ?? "").trim().toLowerCase());
    if (
      !another &&
      (second.speaker.name === "unknown" ||
        second.speaker.name === first.speaker.name ||
        (second.speaker.id !== null && second.speaker.id === first.speaker.id))
    )
      return null;
    const assertion = trimRegion(text, a0, conj.start);
    if (assertion[1] - assertion[0] < 2) continue;
    const span = trimRegion(text, first.span[0], Math.max(assertion[1], ...first.attribution.map((r) => r[1])));
    return { first: { ...first, assertion, span, kind: kindOf(text, assertion, s.quotes, false) }, second };
  }
  return null;
}

/**
 * A second report of the same speaker after a comma, by a verb with no subject of its own and its
 * content right after it: "“…,” Trump said at a rally, adding that Mexico would “pay for it.”",
 * "…,” the senator said on Tuesday, noting that …" — a claim of its own, with the first speaker,
 * where the first claim's content (a quotation before the cue) does not take it in. Null when the
 * sentence holds none.
 */
export function participleClause(ctx: Ctx, s: SentenceInfo, first: Draft): { first: Draft; second: Draft } | null {
  const { text, tokens } = ctx;
  if (first.parts || first.pending || !first.cue || first.cue.kind !== "verb") return null;
  const from = Math.max(first.cue.end, ...first.attribution.map((r) => r[1]));
  for (const v of s.cues) {
    if (v.kind !== "verb" || v.joint || v.start < from || v.from <= s.t0) continue;
    if (s.quotes.some((q) => q.start < v.start && v.end <= q.end)) continue;
    // (a preposition of time may come between: "…, before adding that …", "…, while insisting that …")
    const comma = (k: number) => k > s.t0 && commaBeforeToken(text, tokens, k);
    const prep = v.from - 1 > s.t0 && (wordClass(ctx.cp, tokens[v.from - 1]) & W.prep) !== 0 && comma(v.from - 1);
    if (!comma(v.from) && !prep) continue;
    // (its content: a complementizer or a quotation right after it)
    const comp = s.cues.find((c) => c.kind === "comp" && c.from === v.to);
    const q = comp ? undefined : s.quotes.find((x) => x.start >= v.end && /^\s*:?\s*$/u.test(text.slice(v.end, x.start)));
    // (or, where a verb takes a bare clause, pack `grammar.bareContent`, the clause right after it — not a preposition,
    // a joining word or a conjunction there: "…, khẳng định hai bên cam kết …", not "…, nói với báo chí")
    const bare = !comp && !q && bareContentAt(ctx, s, v.to);
    if (!comp && !q && !bare) continue;
    const assertion = trimRegion(text, comp ? comp.end : q ? q.start : tokens[v.to]!.start, s.end);
    if (wordsIn(text, assertion) < (bare ? 3 : 2)) continue;
    const attribution: [number, number] = [v.start, comp ? comp.end : v.end];
    const second: Draft = {
      speaker: implicit(first.speaker),
      kind: kindOf(text, assertion, s.quotes, false),
      assertion,
      cue: v,
      span: trimRegion(text, v.start, s.end),
      attribution: [attribution],
      confidence: first.confidence,
    };
    // (When the first content runs over the clause, the speaker going on is one act of attribution: one
    // claim, as in coordinatedClause.)
    if (first.assertion[1] <= v.start) return { first, second };
    // (A participle of a report after a comma that ends reported speech with no quotation in it is the speaker's
    // second act, as PolNeAR counts it: "He said the talks were useful, noting that no date was set.")
    const cut = tokens[prep ? v.from - 1 : v.from]!.start;
    if (first.assertion[0] < cut && !s.quotes.some((x) => x.start < v.start && x.end > first.assertion[0])) {
      const head = trimRegion(text, first.assertion[0], text.lastIndexOf(",", cut));
      // (a bare second act after a first verb with only an adverbial after it keeps the one claim: "phát biểu tại hội nghị, khẳng định …")
      const adverbial =
        bare &&
        (wordClass(
          ctx.cp,
          ctx.tokens.find((t) => t.start >= head[0]),
        ) &
          W.prep) !==
          0;
      if (wordsIn(text, head) >= 2 && !adverbial)
        return { first: { ...first, assertion: head, span: [first.span[0], Math.min(first.span[1], head[1])] }, second };
    }
    return null;
  }
  return null;
}

/** Whether a bare clause opens at token k, right after a reporting verb, where the pack's verbs take one (`grammar.bareContent`). */
function bareContentAt(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  const { tokens, cp, text } = ctx;
  if (!cp.pack.grammar.bareContent || k >= s.t1 || !/^\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  return !(wordClass(cp, tokens[k]) & (W.prep | W.join | W.conj | W.comp | W.adv));
}

/**
 * A reporting act with its own object before a second reporting verb joined by a conjunction, which reports
 * the content: "Smith criticized the bill and said that it would raise prices", "Meloni ha criticato il piano
 * e ha detto che …", "bestätigte den Vorfall und gab an, dass …" — two acts of attribution of one speaker, as
 * PolNeAR counts them: the object is what the first act reports. The draft is the second verb's. Null when no
 * such verb precedes it (see `coordinatedReport`).
 */
export function coordinatedAct(ctx: Ctx, s: SentenceInfo, first: Draft): { first: Draft; second: Draft } | null {
  const { text, tokens, cp } = ctx;
  const next = first.cue;
  if (first.pending || !next || next.kind !== "verb") return null;
  const quoted = quotedAct(ctx, s, first);
  if (quoted || first.parts) return quoted;
  for (const v of s.cues) {
    if (v.kind !== "verb" || v.joint || v.to >= next.from || v.start < first.span[0]) continue;
    // (a verb that as often reports no speech is no act of its own: pack `reporting.otherSenses`)
    if (cp.otherSenses.findAll(tokens, text, v.from, v.to).length || !coordinatedReport(ctx, s, v, next)) continue;
    const object = trimRegion(text, tokens[v.to]!.start, tokens[next.from - 1]!.start);
    // (one noun with its article attached is an object as "the bill" is: "a criticat planul și a declarat că …")
    const articled = !tokens[v.to]!.upper && !!cp.articleSuffix?.test(tokens[v.to]!.key);
    if (wordsIn(text, object) < (articled ? 1 : 2)) return null;
    const act: Draft = {
      ...first,
      kind: kindOf(text, object, s.quotes, false),
      assertion: object,
      cue: v,
      span: trimRegion(text, first.span[0], object[1]),
      attribution: [[first.span[0], v.end]],
    };
    const second: Draft = {
      ...first,
      speaker: implicit(first.speaker),
      span: trimRegion(text, next.start, first.span[1]),
      attribution: [[next.start, Math.max(next.end, first.assertion[0])]],
    };
    return { first: act, second };
  }
  return null;
}

/** Most words of a subject before its auxiliary in a clause with no complementizer: "said Senate Democrats would …". */
const SUBJECT_REACH = 3;

/**
 * Whether a clause with no complementizer opens at token k: a subject of a few words — a name or a noun with its
 * determiner ("Democrats", "the party", "Senate Republicans") — then an auxiliary or a form of "be" (pack
 * `grammar.auxiliaries`, `grammar.passive`), nothing between them but words: "said Democrats would block it".
 * Not a date or an object with no verb after it ("and said Tuesday that …" has its complementizer later).
 */
function bareClause(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  const { text, tokens, cp } = ctx;
  if (k >= s.t1 || !(tokens[k]!.upper || wordClass(cp, tokens[k]) & W.det)) return false;
  for (let j = k + 1; j < s.t1 && j - k <= SUBJECT_REACH; j++) {
    if (!/^\s+$/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return false;
    const c = wordClass(cp, tokens[j]);
    if (c & (W.aux | W.passive)) return true;
    if (c & ~(W.det | W.nonName | W.title) || s.cues.some((x) => x.from === j) || s.dates.some((d) => d.start <= tokens[j]!.start && tokens[j]!.end <= d.end))
      return false;
  }
  return false;
}

/** Most words between a reporting verb and the conjunction before a second one: an object and a quoted name for it. */
const OBJECT_WORDS = 12;

/**
 * A verb that names its object in a quotation, then a second reporting verb joined by a coordinator with content of
 * its own: "The senator called the plan “a disaster” and said he would vote against it" — two acts of attribution,
 * the quotation the first one's content, the clause after the second verb the second's. The draft is the first verb's.
 */
function quotedAct(ctx: Ctx, s: SentenceInfo, first: Draft): { first: Draft; second: Draft } | null {
  const { text, tokens, cp } = ctx;
  const v = first.cue!;
  const [a0, a1] = first.assertion;
  if (a0 < v.end) return null;
  for (const next of s.cues) {
    if (next.kind !== "verb" || next.joint || next.from <= v.to + 1 || next.from - v.to > OBJECT_WORDS || next.end > a1) continue;
    const k = next.from - 1;
    // (no comma before it: "…,” and …" is coordinatedClause's)
    if (!(wordClass(cp, tokens[k]) & W.and) || !/^[”"»’']?\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return null;
    // (the words between: an object and a quotation that closes right before the coordinator, nothing else quoted)
    const q = s.quotes.filter((x) => x.start >= v.end && x.start < next.start);
    if (q.length !== 1 || !/^\s*$/u.test(text.slice(q[0]!.end, tokens[k]!.start))) return null;
    if (s.cues.some((c) => c !== next && c.kind === "verb" && c.from > v.to && c.from < k)) return null;
    // (nor a clause with its own auxiliary, the first verb's content: "said the plan was “a disaster” and added that …")
    for (let j = v.to; j < k; j++) if (wordClass(cp, tokens[j]) & W.aux) return null;
    // (the second verb opens its content: a complementizer, a pronoun subject, a comma or a colon right after it;
    // a date may stand between the verb and its complementizer: "and said Tuesday that …", "and said on Monday that …")
    const comp = s.cues.find((c) => c.kind === "comp" && c.from === skipDates(s, next.to, ctx.tokens));
    const opens =
      comp ||
      (next.to < s.t1 && (wordClass(cp, tokens[next.to]) & W.pronoun) !== 0) ||
      /^\s*[,:]/u.test(text.slice(next.end, next.end + 2)) ||
      bareClause(ctx, s, next.to);
    if (!opens) return null;
    const head = trimRegion(text, a0, tokens[k]!.start);
    const tail = trimRegion(text, comp ? comp.end : next.end, a1);
    if (wordsIn(text, head) < 2 || wordsIn(text, tail) < 2) return null;
    // (a quotation of the first content stays its part; the second has none)
    const parts = first.parts?.filter((p) => p[1] <= head[1]);
    const { parts: _p, ...rest } = first;
    const act: Draft = {
      ...rest,
      kind: kindOf(text, head, s.quotes, false),
      assertion: head,
      span: trimRegion(text, first.span[0], head[1]),
      ...(parts ? { parts } : {}),
    };
    const second: Draft = {
      ...rest,
      speaker: implicit(first.speaker),
      kind: kindOf(text, tail, s.quotes, false),
      assertion: tail,
      cue: next,
      span: trimRegion(text, next.start, first.span[1]),
      attribution: [[next.start, comp ? comp.end : next.end]],
    };
    return { first: act, second };
  }
  return null;
}
