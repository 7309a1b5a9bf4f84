import { implicit, kindOf, trimRegion, wordsIn } from "../attribution/region.js";

/** Fewest quoted words in a sentence with no cue that makes it speech of its paragraph's source. */
const QUOTED_WORDS = 2;
/** Most quoted words of a term or a title in narration (see `reportedOutside`). */
const TERM_WORDS = 3;
import type { Draft, SentenceInfo } from "../attribution/types.js";
import type { Doc } from "./types.js";
import { W } from "../lexicon.js";
import { whollyQuoted as quotedOnly } from "./04-pending.js";

/**
 * Whether quoted words read as a name or a title: three quarters of them or more capitalised or
 * numbers, the pack's function words inside aside where only names are capitalised ("Fire and Fury",
 * "Gang of Eight").
 */
function nameLike(quoted: string, cp: Doc["cp"]): boolean {
  const all = quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  // (not where nouns are capitalised: there most words of a sentence may be, "Die Lage ist ernst")
  const inner = (w: string, i: number) =>
    i > 0 && !cp.pack.matching.capitalizedNouns && /^\p{Ll}/u.test(w) && ((cp.words.get(cp.fold(w)) ?? 0) & (W.det | W.prep | W.join | W.conj)) !== 0;
  const words = all.filter((w, i) => !inner(w, i));
  const caps = words.filter((w) => /^[\p{Lu}\p{Lt}\p{N}]/u.test(w)).length;
  return words.length > 0 && caps / words.length >= 0.75;
}

/**
 * Whether a quotation is a term inside a noun phrase, not speech: at most three words, right after a
 * determiner or a hyphenated word ("the “skinny repeal” plan", "so-called “repeal and replace” plan"),
 * and right before a lower-case word with only a space between.
 */
function term(doc: Doc, q: { start: number; end: number }): boolean {
  const { text, cp } = doc;
  // (Where nouns are capitalised, a lower-case word after the quotation is a verb: „Die „Grünen“ forderten …")
  if (cp.pack.matching.capitalizedNouns || wordsIn(text, [q.start, q.end]) > 3) return false;
  const before = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, q.start - 30), q.start))?.[1];
  if (!before) return false;
  const key = cp.fold(before);
  const det = ((cp.words.get(key) ?? 0) & W.det) !== 0;
  if (!det && !/\p{L}-\p{L}/u.test(before)) return false;
  return /^ \p{Ll}/u.test(text.slice(q.end, q.end + 2));
}

/**
 * Whether the words of a sentence outside its quotations may be reported speech: always where the
 * pack lists no mood of reported speech; where it does, only with a verb form of that mood outside
 * the quotation marks ("Der Plan sei „nicht durchdacht“.").
 */
function reportedOutside(doc: Doc, s: SentenceInfo): boolean {
  const { text, tokens, cp } = doc;
  if (cp.pack.reporting.reportedMood.length === 0) return true;
  // (matches and quotations both in text order: one pass over each, however many there are)
  let qi = 0;
  for (const m of cp.mood.findAll(tokens, text, s.t0, s.t1)) {
    while (qi < s.quotes.length && s.quotes[qi]!.end <= m.start) qi++;
    const q = s.quotes[qi];
    if (q && q.start < m.start) continue;
    if (cp.moodForms.has(text.slice(m.start, m.end).toLowerCase().normalize("NFC"))) return true;
  }
  return false;
}

/** Whether a sentence is all quotation (or dash dialogue): no word of the reporter outside the marks. */
const whollyQuoted = (text: string, s: SentenceInfo, dialogue: boolean): boolean => dialogue || quotedOnly(text, s);

/** The quotations of a draft's content, as spans. */
function partsOf(text: string, dr: Draft, s: SentenceInfo): [number, number][] {
  if (dr.parts) return dr.parts;
  const quotes = s.quotes.filter((q) => q.start >= dr.assertion[0] - 1 && q.end <= dr.assertion[1] + 1).map((q): [number, number] => [q.start, q.end]);
  return quotes.length || !s.speech ? quotes : [trimRegion(text, s.speech[0], s.speech[1])];
}

/** Draft `j` grows to take in sentence `k`, wholly a quotation: one claim, its quotations listed as parts. */
function join(doc: Doc, j: number, k: number): void {
  const dr = doc.drafts[j]!,
    s = doc.infos[j]!,
    t = doc.infos[k]!;
  const more: [number, number][] = t.quotes.length ? t.quotes.map((q) => [q.start, q.end]) : [trimRegion(doc.text, t.start, t.end)];
  const parts = k > j ? [...partsOf(doc.text, dr, s), ...more] : [...more, ...partsOf(doc.text, dr, s)];
  const a0 = Math.min(dr.assertion[0], parts[0]![0]),
    a1 = Math.max(dr.assertion[1], parts[parts.length - 1]![1]);
  doc.drafts[j] = {
    ...dr,
    parts,
    assertion: [a0, a1],
    span: [Math.min(dr.span[0], a0), Math.max(dr.span[1], a1)],
    kind: dr.kind === "indirect" ? "mixed" : dr.kind,
  };
  doc.joined.add(k);
}

/**
 * Quoted sentences with no cue of their own. One wholly quoted goes on with the quotation of the
 * claim next to it — the sentence before ("“…,” Trump told supporters. “They're …”"), the
 * paragraph before when it opens its paragraph, or the sentence after ("“…” “…,” she said.") — and
 * becomes part of that one claim. One partly quoted takes the source of its paragraph (a trailing
 * "the Kremlin said" in the sentence after, or an attributed sentence before) as a claim of its
 * own. Dash dialogue that goes on after its cue ("– … – zapewnił Pieskow. – Ale …") is quoted too.
 */
export function quotedNeighbours(doc: Doc): void {
  if (doc.firstParty && doc.issuer) return;
  const { text, cp, infos, drafts, paras } = doc;
  const quoting = (dr: Draft | null): dr is Draft => !!dr && (dr.kind === "direct" || dr.kind === "mixed");
  const unclosedAt = doc.unclosed;
  // A quotation left open at the end of its paragraph, the next paragraph opening with the same mark,
  // runs on ("“We have the votes,” Briggs said. “And we will pass it.¶“The people want it done.”"):
  // the open sentence is quoted to its paragraph's end.
  const runsOn = (i: number): boolean => {
    const s = infos[i]!,
      next = paras[s.para + 1];
    const last = i + 1 >= infos.length || infos[i + 1]!.para !== s.para;
    return last && !!next && unclosedAt.has(s.start) && cp.openers.has(text.charAt(s.start)) && text.charAt(next.start) === text.charAt(s.start);
  };
  // Paragraphs whose open quotation was joined to a claim: the next paragraph goes on with it.
  const ranOn = new Set<number>();
  infos.forEach((s, i) => {
    const dialogue = cp.dashes.has(text.charAt(s.start));
    const open = runsOn(i);
    // (A claim whose quotation is left open at its paragraph's end goes on in the next: "Ryan said: “We
    // have the votes.¶“We will pass it.”")
    const para = paras[s.para]!,
      next = paras[s.para + 1];
    if (
      quoting(drafts[i] ?? null) &&
      next &&
      s.quotes.some((q) => q.end === para.end && unclosedAt.has(q.start) && text.charAt(q.start) === text.charAt(next.start))
    )
      ranOn.add(s.para);
    if (
      drafts[i] ||
      doc.joined.has(i) ||
      (s.quotes.length === 0 && !dialogue && !open) ||
      s.cues.some((c) => (c.kind === "verb" && !c.joint) || c.kind === "source")
    )
      return;
    if (doc.paraKinds[s.para] !== "body") return;
    const quoted = dialogue || open ? s.end - s.start : s.quotes.reduce((n, q) => n + q.end - q.start, 0);
    if (quoted < 8) return;
    if (open || whollyQuoted(text, s, dialogue)) {
      // The claim this sentence continues: the last claim before it in its paragraph, or in the
      // paragraph before when it opens its own — with only joined quotations between.
      let j = i - 1;
      while (j >= 0 && !drafts[j] && doc.joined.has(j)) j--;
      const samePara = j >= 0 && infos[j]!.para === s.para;
      const opensPara = i === 0 || infos[i - 1]!.para !== s.para;
      // (the paragraph before, or the claim that paragraph's cue credits: "…\n\nthe statement says.\n\n“…”")
      const prevPara = j >= 0 && opensPara && infos[i - 1]!.para === s.para - 1 && doc.paraKinds[s.para - 1] === "body" && s.para - infos[j]!.para <= 2;
      const src = drafts[j] ?? null;
      // (After reported speech, a quotation right after it in its paragraph is that speaker's too: "X sagte,
      // dass … . „…“")
      // The same for a paragraph that is all quotation right after a paragraph that ends in reported speech
      // ("Smith said he would vote no.¶“This bill is a disaster.”"): wire style quotes its speaker so.
      const afterReported = !!src && src.kind === "indirect" && (samePara || prevPara) && j === i - 1 && src.cue !== null;
      if (j >= 0 && (quoting(src) || afterReported) && (samePara || prevPara)) {
        // A quotation goes on from a quotation in its paragraph ("“…,” Trump told supporters. “They're …”"):
        // one claim. A new quotation after reported speech with quoted words, or in a paragraph of its own,
        // is a claim of its own by the same speaker.
        if ((samePara || (opensPara && ranOn.has(s.para - 1))) && src!.kind === "direct") {
          join(doc, j, i);
          if (open) ranOn.add(s.para);
          return;
        }
        const region = trimRegion(text, s.start, s.end);
        drafts[i] = { speaker: implicit(src!.speaker), kind: "direct", assertion: region, cue: null, span: region, attribution: [], confidence: 0.7 };
        // (a new quotation left open at its paragraph's end goes on in the next: one claim)
        if (open) ranOn.add(s.para);
        return;
      }
      // "“A.” “B,” she said.": the next claim of the paragraph.
      let k = i + 1;
      while (
        k < infos.length &&
        infos[k]!.para === s.para &&
        !drafts[k] &&
        whollyQuoted(text, infos[k]!, false) &&
        !infos[k]!.cues.some((c) => c.kind === "verb")
      )
        k++;
      if (k < infos.length && infos[k]!.para === s.para && quoting(drafts[k] ?? null)) {
        for (let m = k - 1; m >= i; m--) join(doc, k, m);
        return;
      }
      // After narration opened by a person, right before it in its paragraph or ending the paragraph
      // before ("Mayor Tom Reyes spoke to supporters on Friday.¶“We built this city together.”"), a
      // quotation with no cue is that person's speech: no one else is named as speaking.
      const narrator = i > 0 && !drafts[i - 1] && !doc.joined.has(i - 1) ? doc.narrators?.get(i - 1) : undefined;
      const near = i > 0 && (infos[i - 1]!.para === s.para || (opensPara && infos[i - 1]!.para === s.para - 1 && doc.paraKinds[s.para - 1] === "body"));
      if (narrator && near && (dialogue || !s.quotes.every((q) => nameLike(text.slice(q.start, q.end), cp)))) {
        const region = trimRegion(text, s.start, s.end);
        drafts[i] = { speaker: implicit(narrator), kind: "direct", assertion: region, cue: null, span: region, attribution: [], confidence: 0.6 };
        return;
      }
    }
    // A sentence with quoted words and no cue takes the source of its paragraph only when the quotation
    // is speech, not a name or a title in quotation marks („Cassini“, „Sosoliso“): two
    // words at least ("„Gesindel“" alone is lost; "„Cassini“" is no claim).
    const quotedWords = dialogue ? QUOTED_WORDS : s.quotes.reduce((n, q) => n + wordsIn(text, [q.start, q.end]), 0);
    if (quotedWords < QUOTED_WORDS) return;
    // Nor when every quotation reads as a name or a title: most of its words capitalised („Morning Star“,
    // „Antica Babilonia“, „People's Alliance for Democracy“).
    if (!dialogue && s.quotes.every((q) => nameLike(text.slice(q.start, q.end), cp))) return;
    // Nor when every quotation is a term inside a noun phrase: a few words after a determiner and before
    // the noun they qualify ("The “skinny repeal” plan failed").
    if (!dialogue && s.quotes.every((q) => term(doc, q))) return;
    // Nor, where the language marks reported speech by its mood (pack `reporting.reportedMood`), when a
    // few quoted words stand in words outside that mood: the reporter's own narration with a quoted
    // term or title in it ("Danach zeigte er seinen Film „Die lange Nacht“.").
    if (!dialogue && quotedWords <= TERM_WORDS && !reportedOutside(doc, s)) return;
    let j = -1;
    for (let k = i + 1; k < infos.length && infos[k]!.para === s.para; k++)
      if (drafts[k]) {
        j = k;
        break;
      }
    if (j < 0)
      for (let k = i - 1; k >= 0 && infos[k]!.para === s.para; k--)
        if (drafts[k]) {
          j = k;
          break;
        }
    if (j < 0) return;
    const src = drafts[j]!;
    const region = trimRegion(text, s.start, s.end);
    drafts[i] = {
      speaker: implicit(src.speaker),
      kind: kindOf(text, region, s.quotes, dialogue),
      assertion: region,
      cue: src.cue,
      span: region,
      attribution: [],
      confidence: 0.6,
    };
  });
}

/**
 * A quotation that runs over paragraphs opens each with a quotation mark and closes only in the
 * last, where the attribution stands: the earlier paragraphs are part of that claim.
 */
export function runOnQuotes(doc: Doc): void {
  const { text, cp, paras, drafts, sentencesOf } = doc;
  const unclosedAt = doc.unclosed;
  const claimed = new Set<number>();
  doc.infos.forEach((s, k) => {
    if (drafts[k] || doc.joined.has(k)) claimed.add(s.para);
  });
  for (let pi = paras.length - 2; pi >= 0; pi--) {
    const p = paras[pi]!,
      next = paras[pi + 1]!;
    const k0 = sentencesOf.get(pi)?.[0],
      k1 = sentencesOf.get(pi + 1)?.[0];
    if (k0 === undefined || k1 === undefined || doc.paraKinds[pi] !== "body" || !unclosedAt.has(p.start)) continue;
    if (!cp.openers.has(text.charAt(next.start)) || text.charAt(next.start) !== text.charAt(p.start)) continue;
    // The claim of the next paragraph (or the one it was joined to).
    let j = k1;
    while (j < drafts.length && !drafts[j] && doc.joined.has(j) && doc.infos[j]!.para === pi + 1) j++;
    const src = drafts[j];
    if (!src || sentencesOf.get(pi)!.every((k) => doc.joined.has(k))) continue;
    if (claimed.has(pi) && !sentencesOf.get(pi)!.every((k) => !drafts[k])) continue;
    const region = trimRegion(text, p.start, p.end);
    for (const k of sentencesOf.get(pi)!) {
      drafts[k] = null;
      doc.joined.add(k);
    }
    const parts: [number, number][] = [
      region,
      ...(src.parts ??
        doc.infos[j]!.quotes.filter((q) => q.start >= src.assertion[0] - 1 && q.end <= src.assertion[1] + 1).map((q) => [q.start, q.end] as [number, number])),
    ];
    drafts[j] = { ...src, kind: src.kind === "indirect" ? "mixed" : src.kind, parts, assertion: [region[0], src.assertion[1]], span: [region[0], src.span[1]] };
    claimed.add(pi);
  }
}
