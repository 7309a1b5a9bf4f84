import { makeDraft, wordsIn } from "./region.js";
import { resolve, speakerOfPhrase } from "./subjects.js";
import { reportingVerb } from "./07-reporting-verb.js";
import { closedByComma, governedStop, semicolonClause, sourceSpeaker, titleAfter } from "./sources.js";
import type { AttributionRule, Cue, Ctx, Draft, SentenceInfo } from "./types.js";
import { bodyFieldsAfter, bodyFieldsFrom, phraseAfter, soft, wordClass } from "./phrase.js";
import { W } from "../lexicon.js";
import { genitiveCase } from "../endings.js";
import { commaBeforeToken } from "../../text/tokens.js";

/**
 * Where the content starts after a relative clause that opens at `a` (right after a comma): its first
 * word, or the one after a preposition, is a relative opener (pack `grammar.relativeOpeners`), and a
 * comma closes it before the sentence ends with some words left. Else `a` itself.
 */
function afterRelative(ctx: Ctx, s: SentenceInfo, a: number): number {
  const { cp, text, tokens } = ctx;
  if (cp.relativeOpeners.size === 0) return a;
  let k = s.t0;
  while (k < s.t1 && tokens[k]!.start < a) k++;
  if (k >= s.t1) return a;
  const opens =
    cp.relativeOpeners.has(tokens[k]!.key) || (wordClass(cp, tokens[k]) & (W.prep | W.join) && k + 1 < s.t1 && cp.relativeOpeners.has(tokens[k + 1]!.key));
  if (!opens) return a;
  const close = text.indexOf(",", tokens[k]!.end);
  if (close < 0 || close >= s.end) return a;
  // (some words of content left after it, with no quotation cut in two)
  const rest = text.slice(close + 1, s.end);
  if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length < 2 || /[„“”"«»]/u.test(text.slice(a, close))) return a;
  return close + 1;
}

/**
 * "Pour Emmanuel Macron, la Russie doit …", "Para el presidente estadounidense, …": a preposition of
 * view (pack `reporting.opinionSources`) opening a sentence with no reporting verb, then a person —
 * a known one, or a name of two words or more — and a comma: that person holds what follows.
 */
export function opinion(ctx: Ctx, s: SentenceInfo): Draft | null {
  const { cp, tokens, text } = ctx;
  if (cp.opinion.count === 0) return null;
  const m = cp.opinion.matchAt(tokens, s.t0, text);
  if (!m || m.from !== s.t0) return null;
  let k = m.to;
  while (k < s.t1 && wordClass(cp, tokens[k]) & W.det) k++;
  // (Where the pack names nouns of view, the person's possessive and one of them: "In Pelosi's view, …".)
  const nouns = cp.pack.reporting.opinionNouns;
  const framed = nouns.length > 0;
  const known = s.mentions.find((x) => x.from >= m.to && x.from <= k && (x.ref.type === "entity" || x.ref.type === "role"));
  const name = known ? undefined : s.names.find((x) => x.from === k && (framed || x.to - x.from >= 2));
  // (or a description that ends in a name of two words: "Per la segretaria del Pd Elly Schlein “…”", "For the
  // party's leader in the Senate, John Smith, …" — the person is named)
  const described = known || name || framed ? undefined : namedDescription(ctx, s, k);
  const who = known ?? name ?? described;
  if (!who || who.to >= s.t1) return null;
  let last = who.to - 1;
  if (framed) {
    // (the "s" of the possessive is a token of its own: "Pelosi" "s")
    const n = tokens[who.to]!.key === "s" && tokens[who.to]!.start === who.end + 1 ? who.to + 1 : who.to;
    if (n >= s.t1 || !/^['’]s?\s+$/u.test(text.slice(who.end, tokens[n]!.start)) || !nouns.includes(tokens[n]!.key)) return null;
    last = n;
  }
  if (last + 1 >= s.t1) return null;
  // (a comma, or a quotation right after the person: "Per Matteo Salvini “servono negoziati”")
  const gap = text.slice(tokens[last]!.end, tokens[last + 1]!.start);
  // (or a comma and a quotation: "Per Chiara Montanari, «…»")
  const quoted = !framed && s.quotes.find((q) => q.start >= tokens[last]!.end && q.start < tokens[last + 1]!.start);
  if (!/^\s*,\s*$/u.test(gap) && !(quoted && /^\s*,?\s*\S\s*$/u.test(gap))) return null;
  const sp = resolve(ctx, who);
  if (!sp || (sp.kind !== "person" && !(framed && sp.kind !== "media"))) return null;
  const from = quoted ? quoted.start : tokens[last + 1]!.start;
  if (wordsIn(text, [from, s.end]) < (quoted ? 2 : 3)) return null;
  const cue: Cue = { kind: "source", from: m.from, to: m.to, start: m.start, end: m.end, needsContent: false, joint: false, participle: false, toWhom: false };
  return makeDraft(ctx, s, sp, [from, s.end], cue, [[m.start, tokens[last]!.end]], 0.7);
}

/** The name of two words or more that closes the description starting at token `k`, if any. */
function namedDescription(ctx: Ctx, s: SentenceInfo, k: number) {
  const p = phraseAfter(ctx, s, k);
  if (!p || p.to - p.from < 3) return undefined;
  // (or the name set off by commas right after it: "Per la leader dell'opposizione, Chiara Montanari, …")
  const apposed =
    p.to < s.t1 && commaBeforeToken(ctx.text, ctx.tokens, p.to)
      ? s.names.find(
          (x) =>
            x.from === p.to &&
            x.to - x.from >= 2 &&
            x.to < s.t1 &&
            // (its closing comma, or that comma and the opening mark of a quotation: "…, Chiara Montanari, «…»")
            /^\s*,\s*[„“"«]?\s*$/u.test(ctx.text.slice(x.end, ctx.tokens[x.to]!.start)),
        )
      : undefined;
  return apposed ?? s.names.find((x) => x.to === p.to && x.from > p.from && x.to - x.from >= 2);
}

/**
 * The end offset of a preposition and a run of capitalised words right after a name that ends at offset `end`
 * (token `k` is the first after it), with a lower-case word of the clause after the run: "Pawła Jabłońskiego | z
 * Naczelnej Rady Lekarskiej | plan …" — two capitalised words at least or an acronym, and no word in the genitive
 * alone after them. -1 otherwise ("z powodu suszy" is no body).
 */
function bodyAfterName(ctx: Ctx, s: SentenceInfo, k: number, end: number): number {
  const { tokens, cp } = ctx;
  if (k < 1 || k + 2 >= s.t1 || tokens[k - 1]!.end !== end || !tokens[k - 1]!.upper) return -1;
  const prep = tokens[k]!;
  if (prep.upper || !(wordClass(cp, prep) & W.prep) || !soft(ctx, k)) return -1;
  let j = k + 1;
  while (j < s.t1 && tokens[j]!.upper && soft(ctx, j)) j++;
  // (two capitalised words at least, or an acronym: "из Российской академии наук" goes on in lower case)
  const run = j - k - 1;
  if (run === 0 || (run === 1 && !/^\p{Lu}{2,6}$/u.test(tokens[k + 1]!.text))) return -1;
  if (genitiveCase(tokens[j]!.text, cp.pack.grammar) === "genitive") return -1;
  if (j >= s.t1 || tokens[j]!.upper || !soft(ctx, j) || wordsIn(ctx.text, [tokens[j]!.start, s.end]) < 2) return -1;
  return tokens[j - 1]!.end;
}

/** A source phrase that opens the sentence (or its first clause): "According to X, …", "Według Kremla, …". */
export const openingSource: AttributionRule = {
  name: "opening-source",
  apply(ctx, s, cues) {
    const { sources, verbs } = cues;
    const { text } = ctx;
    const opensClause = (from: number, start: number) => from - s.t0 <= 3 || /,\s*$/.test(text.slice(s.start, start));
    // The source is named right after the phrase (a mention the lexicons know), is a phrase the comma
    // closes ("Według rzecznika straży pożarnej, …", "По словам начальника пожарной охраны, …"), or one in
    // the genitive the cue governs that names who may speak, with no comma ("Według rzecznika MSZ ambasador …").
    const opening = sources.find(
      (c) =>
        opensClause(c.from, c.start) &&
        verbs.every((v) => v.from > c.from) &&
        (s.mentions.some((m) => m.from >= c.to && m.from <= c.to + 3) ||
          closedByComma(ctx, s, c) ||
          governedStop(ctx, s, c) !== null ||
          titleAfter(ctx, s, c) !== null),
    );
    if (!opening) return verbs.length ? null : opinion(ctx, s);
    // ("Laut „Spiegel“ wurden …": a medium's title in quotation marks after the source phrase)
    let src = titleAfter(ctx, s, opening) ?? sourceSpeaker(ctx, s, opening);
    if (!src) return null;
    // "Según el Ministerio de Agricultura, Pesca y Alimentación, …": a body's fields listed with commas after the
    // source are its name, up to the comma that closes the list (see bodyFieldsAfter).
    let e = ctx.tokens.findIndex((t, i) => i >= s.t0 && i < s.t1 && t.end === src!.end) + 1;
    let f = e > 0 && src.sp.id === null ? bodyFieldsAfter(ctx, s, e) : -1;
    // (the source cut at the body's noun, its first field after a preposition: "Según el Ministerio | para la
    // Transición Ecológica, la Energía y el Reto Demográfico, …" — the list runs from the first comma after it)
    for (let k = e + 1; f < 0 && e > 0 && src.sp.id === null && k < s.t1 && k - e <= 8; k++) {
      if (!/^,\s+$/u.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start))) continue;
      // (the body's noun in the source already: its first field runs on to this comma)
      const b = bodyFieldsFrom(ctx, s, k);
      const g = b >= 0 && b < e ? bodyFieldsAfter(ctx, s, k) : -1;
      if (g > 0) [e, f] = [k, g];
      break;
    }
    if (f > 0) {
      const b = bodyFieldsFrom(ctx, s, e);
      const body = speakerOfPhrase(ctx, s, { phrase: { from: b, to: f, start: ctx.tokens[b]!.start, end: ctx.tokens[f - 1]!.end }, role: null });
      if (body && body.speaker.kind === "institution") src = { sp: body.speaker, end: ctx.tokens[f - 1]!.end };
    }
    // "According to Reuters, President Trump said on Monday that …": a medium reports what someone says in
    // the clause after it — that person or body is the speaker (the medium only relays; not a group of the
    // event's participants: "riporta la Tass, i due leader hanno considerato …" is the agency's account).
    if (src.sp.kind === "media" && verbs.some((v) => v.start > src.end && !v.joint)) {
      const inner = reportingVerb.apply(ctx, s, { ...cues, verbs: verbs.filter((v) => v.start > src.end), sources: [] });
      if (
        inner?.cue &&
        !inner.cue.needsContent &&
        inner.cue.start > src.end &&
        (inner.speaker.kind === "person" || inner.speaker.kind === "institution") &&
        inner.speaker.mentionSpan &&
        inner.speaker.mentionSpan[0] > src.end
      )
        return inner;
    }
    let a = src.end;
    // "Według Pawła Jabłońskiego z Naczelnej Rady Lekarskiej plan …": where no comma closes a source that ends in a
    // name, a preposition and the capitalised name of the body the person is from belong to the source phrase.
    const stop = governedStop(ctx, s, opening);
    const from = stop === null ? -1 : bodyAfterName(ctx, s, stop, src.end);
    if (from >= 0) a = from;
    const comma = text.indexOf(",", a);
    // (the comma that closes the source phrase — not one inside the content when the cue alone names the source: "Demnach hat der Sohn, …")
    if (
      comma >= 0 &&
      comma < s.end &&
      comma - a < 40 &&
      governedStop(ctx, s, opening) === null &&
      (src.end > opening.end || /^\s*,/u.test(text.slice(a, comma + 1)))
    )
      a = comma + 1;
    // A relative clause right after the source describes it and runs to its closing comma
    // ("According to the ministry, which runs the prisons, …", "Laut dem Ministerium, das …, …").
    if (a === comma + 1 && /^\s*,$/u.test(text.slice(src.end, a))) a = afterRelative(ctx, s, a);
    // A name of two words or more set off by commas right after a described source is the person described, and no
    // content ("Potrivit ministrului de Externe, Elena Popa, …", "According to the mayor, John Keller, …").
    let mentionEnd = from >= 0 ? from : src.end;
    let speaker = src.sp;
    // (a source that is a role or a description, its place after it: "ambasadorului Germaniei la București, Thomas Weber,";
    // not a body, and not a name that a relative clause describes: "According to the ministry, New York City, which …";
    // not a document — a noun of evidence describes no one: "According to the report, Marc Lotter, the spokesman, was fired.")
    const described = (): boolean => {
      let person = false;
      for (let k = opening.to; k < s.t1 && ctx.tokens[k]!.end <= src.end; k++) {
        if (ctx.cp.evidenceNouns.has(ctx.tokens[k]!.key)) return false;
        if (!ctx.tokens[k]!.upper && !(wordClass(ctx.cp, ctx.tokens[k]) & (W.det | W.prep | W.join | W.pronoun))) person = true;
      }
      return person;
    };
    if (a === comma + 1 && /^[^,;:.!?„“”"«»]*,$/u.test(text.slice(src.end, a)) && (src.sp.kind === "unknown" || src.sp.kind === "person") && described()) {
      const name = s.names.find(
        (x) =>
          x.start >= a &&
          /^\s*$/u.test(text.slice(a, x.start)) &&
          x.to - x.from >= 2 &&
          x.to < s.t1 &&
          commaBeforeToken(text, ctx.tokens, x.to) &&
          !(wordClass(ctx.cp, ctx.tokens[x.to]) & (W.rel | W.comp)),
      );
      const person = name ? resolve(ctx, name) : null;
      if (name && person?.kind === "person" && !s.cues.some((c) => c.start >= a && c.start < name.end)) {
        speaker = person;
        a = ctx.tokens[name.to]!.start;
        mentionEnd = name.end;
      }
    }
    // A source set off by commas after the subject ("The agreement, according to officials, would …"): the
    // subject before it belongs to the content.
    // (not after an adverbial or a conjunction: "Кроме того, по данным СМИ, …", "E, riporta la Tass, …")
    const inside =
      opening.from > s.t0 + 1 &&
      /,\s*$/u.test(text.slice(s.start, opening.start)) &&
      !/^\s*[„“"«]/u.test(text.slice(s.start, s.start + 2)) &&
      !(wordClass(ctx.cp, ctx.tokens[s.t0]) & (W.conj | W.adv | W.prep | W.join | W.comp));
    // (to the first semicolon after the source: "According to the CBO, the deficit grew; lawmakers …")
    const region = semicolonClause(text, s.start, s.end, src.end);
    return makeDraft(ctx, s, speaker, [inside ? s.start : a, region[1]], opening, [[opening.start, mentionEnd]], 0.85);
  },
};
