import { ArticleInputSchema, type ArticleInput } from "../schema/article.js";
import type { Claim, ExtractionResult, Speaker } from "../schema/claim.js";
import type { Warning } from "../schema/common.js";
import type { LanguagePack } from "../schema/pack.js";
import { parseOrThrow } from "../errors.js";
import { BUILTIN_PACKS, getLanguagePack } from "../lang/registry.js";
import { getEntity, issuerFromName, issuerFromSource } from "../lexicon/index.js";
import { tokenize } from "../text/tokens.js";
import { normalize, toOriginal } from "./normalize.js";
import { compilePack, type CompiledPack } from "./lexicon.js";
import { paragraphs, sentences } from "./segment.js";
import { classify, dashSpeech, dateline, firstTokenAt, publicationDate, quotesWithin, type ParaKind } from "./layout.js";
import { findDates, refDate, type DateExpr } from "./dates.js";
import { findMentions, nameRuns, notePersons, resolveMention, type Discourse } from "./speakers.js";
import { attribute, kindOf, trimRegion, type Cue, type Draft, type SentenceInfo } from "./claims.js";
import { detectLanguage } from "./detect.js";
import { ExtractOptionsSchema, type ExtractOptions } from "./options.js";
import { htmlToArticle } from "../input/html.js";

/**
 * Most reporting expressions read in one sentence. Real sentences hold a handful; hostile input
 * ("said said said …") holds hundreds, and the rules compare cues with cues: the cap keeps the
 * work per sentence bounded (with MAX_SENTENCE in segment.ts) and extraction linear.
 */
const MAX_CUES = 32;

const STATEMENT_MIN_WORDS = 4;

/**
 * Extracts the attributed claims of one article. See design/claims.md for what a claim is.
 *
 * @example
 * const { claims } = extractClaims({ id: "a1", text: "„Un summit trebuie organizat”, a declarat Peskov.", language: "ro", publishedAt: "2025-05-16" });
 * claims[0].speaker.name // "Dmitry Peskov"
 * @throws {ClaimdiffError} `invalid_article` / `invalid_options` / `unknown_language` with a message that says how to fix the input.
 */
export function extractClaims(article: ArticleInput, options: ExtractOptions = {}): ExtractionResult {
  const input = parseOrThrow(ArticleInputSchema, article, "invalid_article", "article", "pass an object with `text` (or `html`) and optional id, outlet, url, publishedAt, language, issuer.");
  const opts = parseOrThrow(ExtractOptionsSchema, options, "invalid_options", "extraction options", "allowed: packs, fallbackLanguage, firstParty, minConfidence.");
  const warnings: Warning[] = [];
  let meta = { title: input.title ?? null, outlet: input.outlet ?? null, url: input.url ?? null, publishedAt: input.publishedAt ?? null, language: input.language ?? null };
  let original = input.text ?? "";
  if (typeof input.html === "string" && typeof input.text !== "string") {
    const h = htmlToArticle(input.html);
    original = h.text;
    meta = {
      title: meta.title ?? h.title ?? null, outlet: meta.outlet ?? h.outlet ?? null, url: meta.url ?? h.url ?? null,
      publishedAt: meta.publishedAt ?? h.publishedAt ?? null, language: meta.language ?? h.language ?? null,
    };
  }
  const id = input.id ?? "article";
  const norm = normalize(original);
  const text = norm.text;
  const packs: readonly LanguagePack[] = [...opts.packs, ...BUILTIN_PACKS];

  let pack: LanguagePack;
  let detected = false;
  if (meta.language) pack = getLanguagePack(meta.language, opts.packs);
  else {
    const d = detectLanguage(text, packs);
    detected = true;
    if (d) pack = d.pack;
    else {
      pack = getLanguagePack(opts.fallbackLanguage, opts.packs);
      if (text.trim()) warnings.push({ code: "language-undetected", message: `Could not detect the language; used "${pack.code}". Pass article.language to be sure.`, span: null });
    }
  }
  const cp = compilePack(pack);
  const tokens = tokenize(text, cp.fold);

  let publishedAt = meta.publishedAt;
  let publishedAtSource: "metadata" | "text" | "none" = publishedAt ? "metadata" : "none";
  if (!publishedAt) {
    publishedAt = publicationDate(text, tokens, cp);
    if (publishedAt) publishedAtSource = "text";
  }
  const ref = refDate(publishedAt);
  const issuerEntity = input.issuer ? issuerFromName(input.issuer) : issuerFromSource(meta.url, meta.outlet);
  const issuerName = input.issuer ?? issuerEntity?.name ?? null;
  const firstParty = opts.firstParty ?? issuerName !== null;

  const { paras, unclosed } = paragraphs(text, cp);
  for (const u of unclosed.slice(0, 20)) warnings.push({ code: "unclosed-quote", message: "A quotation mark is not closed in its paragraph; unless the next paragraph continues the quotation, it was read as plain text.", span: toOriginal(norm, u, u + 1) });
  if (unclosed.length > 20) warnings.push({ code: "unclosed-quote", message: `${unclosed.length - 20} more unclosed quotation marks.`, span: null });

  // --- classify paragraphs and build sentence records -------------------------------------------
  const via = new Set<string>(input.via ?? []);
  const infos: SentenceInfo[] = [];
  const paraKinds: ParaKind[] = [];
  let bodySeen = 0; // a dateline opens one of the first two paragraphs (after a headline)
  let ended = false;
  paras.forEach((p, pi) => {
    const t0 = firstTokenAt(tokens, p.start), t1 = firstTokenAt(tokens, p.end);
    const kind: ParaKind = ended ? "end" : classify(text, p, tokens, t0, t1, cp);
    if (kind === "end") ended = true;
    paraKinds.push(kind);
    if (kind === "credit") {
      for (const m of cp.mentions.findAll(tokens, text, t0, t1)) {
        const e = m.values.map((v) => (v.type === "entity" ? getEntity(v.id) : undefined)).find(Boolean);
        if (e && e.name !== meta.outlet) via.add(e.name);
      }
    }
    if (kind !== "body" && kind !== "signature") return;
    const dl = dateline(text, p, bodySeen < 2);
    if (t1 - t0 >= 4) bodySeen++; // a line of a few symbols is no paragraph of the body yet
    for (const s of sentences(text, p, pi, cp)) {
      const a = firstTokenAt(tokens, s.start), b = firstTokenAt(tokens, s.end);
      const quotes = quotesWithin(p.quotes, s.start, s.end);
      // Dialogue opened by a dash ("—Le dejé claro… —dijo Putin—") holds its content up to the next
      // spaced dash, as a quotation does; a dateline ("Moscú, 1 ene (EFE).-") is no part of a claim.
      const hidden: [number, number][] = quotes.map((q) => [q.start, q.end - 1]);
      const speech = dashSpeech(text, s.start, s.end, cp);
      if (speech) hidden.push(speech);
      if (dl && dl[0] >= s.start && dl[0] < s.end) {
        hidden.push(dl);
        // "MOSCOW, May 16 (Reuters) -": the agency of a dateline is a credit.
        for (const m of cp.mentions.findAll(tokens, text, a, firstTokenAt(tokens, dl[1]))) {
          const e = m.values.map((v) => (v.type === "entity" ? getEntity(v.id) : undefined)).find(Boolean);
          if (e?.kind === "media" && e.name !== meta.outlet) via.add(e.name);
        }
      }
      const outside = (pos: number) => !hidden.some(([x, y]) => x < pos && pos < y) && !(dl && pos >= dl[0] && pos < dl[1]);
      const cues: Cue[] = cp.cues.findAll(tokens, text, a, b).filter((m) => outside(m.start)).map((m) => ({ kind: m.values.includes("verb") ? "verb" : m.values[0]!, from: m.from, to: m.to, start: m.start, end: m.end })).slice(0, MAX_CUES);
      // Names of media and institutions inside a short quotation count («Интерфакс», „Rzeczpospolita”).
      const shortQuote = (pos: number) => quotes.some((q) => q.start < pos && pos < q.end && q.end - q.start <= 40);
      const mentions = findMentions(cp, tokens, text, a, b).filter((m) => outside(m.start) || (shortQuote(m.start) && m.ref.type === "entity" && ["media", "institution"].includes(getEntity(m.ref.id)?.kind ?? "")));
      const dates = findDates(text, tokens, a, b, cp, ref);
      const names = nameRuns(text, tokens, a, b, mentions, cues, dates, cp).filter((m) => outside(m.start));
      const undated = cp.undated.findAll(tokens, text, a, b).some((m) => outside(m.start));
      const stated = dl && dl[0] >= s.start && dl[0] < s.end ? dates.filter((x) => x.start >= dl[1]) : dates;
      infos.push({ start: s.start, end: s.end, para: pi, t0: a, t1: b, quotes, cues, mentions, names, dates: stated, undated, speech });
    }
  });

  // --- the article's event date: the first date in its first paragraphs -------------------------
  // (a line of a few symbols — emoji, a decorative mark — is no lead paragraph)
  const wordsIn = (i: number) => firstTokenAt(tokens, paras[i]!.end) - firstTokenAt(tokens, paras[i]!.start);
  const leadParas = new Set(paras.map((_, i) => i).filter((i) => (paraKinds[i] === "body" || paraKinds[i] === "signature") && wordsIn(i) >= 4).slice(0, 3));
  const contextDate: DateExpr | null = infos.filter((s) => leadParas.has(s.para)).flatMap((s) => s.dates).find((d) => !publishedAt || d.iso.slice(0, 10) <= publishedAt.slice(0, 10)) ?? null;

  // --- attribution --------------------------------------------------------------------------------
  const d: Discourse = { persons: [], last: null, lastPerson: null, date: publishedAt };
  const drafts: (Draft | null)[] = new Array(infos.length).fill(null);
  const issuerSpeaker: Speaker | null = issuerEntity
    ? { name: issuerEntity.name, id: issuerEntity.id, mention: null, mentionSpan: null, kind: issuerEntity.kind, role: null, side: issuerEntity.side }
    : issuerName ? { name: issuerName, id: null, mention: null, mentionSpan: null, kind: "institution", role: null, side: null } : null;
  let turn: Speaker | null | "question" = null;
  const ctx = { text, tokens, cp, d };
  infos.forEach((s, i) => {
    if (paraKinds[s.para] === "signature") return;
    if (firstParty && issuerSpeaker) {
      // Transcript labels: "Question: …" turns are not the issuer's; "Yury Ushakov: …" is a speaker.
      const colon = text.indexOf(":", s.start);
      let body = s.start;
      if (colon > 0 && colon < s.end && colon - s.start < 80) {
        const head = cp.boiler.matchAt(tokens, s.t0, text);
        const label = s.mentions.filter((m) => m.end <= colon && text.slice(m.end, colon).trim() === "").pop();
        if (head?.values.includes("question") && tokens[head.to]?.start !== undefined && tokens[head.to]!.start > colon) { turn = "question"; body = colon + 1; }
        else if (label) {
          const sp = resolveMention(label, text, d, cp, [label.start, label.end]);
          turn = sp && (sp.side === issuerSpeaker.side || !issuerSpeaker.side) ? sp : issuerSpeaker;
          body = colon + 1;
        }
      }
      if (turn === "question") return;
      const region = trimRegion(text, body, s.end);
      const words = text.slice(region[0], region[1]).split(/\s+/u).filter(Boolean).length;
      const last = text.slice(region[0], region[1]).trimEnd().replace(/[”"»’)]+$/u, "").slice(-1);
      if (words < STATEMENT_MIN_WORDS || last === "?" || last === "!") return;
      const sp = (turn ?? issuerSpeaker) as Speaker;
      drafts[i] = { speaker: sp, kind: "statement", assertion: region, cue: null, span: region, attribution: [], confidence: 0.8 };
      notePersons(d, s.mentions);
      return;
    }
    // "Об этом сообщил Песков." / "Poinformował o tym rzecznik Kremla.": the sentence before is what was said.
    // It is never a claim of its own: when the sentence before is attributed already, it only names the channel.
    const retro = s.cues.find((c) => c.kind === "retro" && c.from - s.t0 <= 3);
    if (retro && (i === 0 || drafts[i - 1] || infos[i - 1]!.para !== s.para)) { notePersons(d, s.mentions); return; }
    if (retro) {
      const prev = infos[i - 1]!;
      const m = s.mentions.find((x) => x.ref.type !== "pronoun" && x.ref.type !== "anaphor");
      const sp = m ? resolveMention(m, text, d, cp, [m.start, m.end]) : null;
      const v = s.cues.find((c) => c.kind === "verb");
      if (sp && v) {
        const region = trimRegion(text, prev.start, prev.end);
        drafts[i - 1] = { speaker: sp, kind: kindOf(text, region, prev.quotes, false), assertion: region, cue: v, span: [region[0], s.end], attribution: [[s.start, s.end]], confidence: 0.8 };
        infos[i - 1] = { ...prev, dates: [...prev.dates, ...s.dates] };
        notePersons(d, s.mentions);
        d.last = sp;
        if (sp.kind === "person") d.lastPerson = sp;
        return;
      }
    }
    const draft = attribute(ctx, s);
    notePersons(d, s.mentions);
    if (draft) {
      drafts[i] = draft;
      d.last = draft.speaker;
      if (draft.speaker.kind === "person") d.lastPerson = draft.speaker;
    } else {
      // A person who opens a sentence of narration becomes who "he" and "she" refer to next.
      const first = s.mentions[0];
      if (first && first.from - s.t0 <= 2 && (first.ref.type === "entity" || first.ref.type === "role")) {
        const sp = resolveMention(first, text, d, cp, [first.start, first.end]);
        if (sp?.kind === "person") d.lastPerson = sp;
      }
    }
  });

  // Quoted sentences with no cue take the source of their paragraph (a trailing "the Kremlin said").
  if (!firstParty) {
    infos.forEach((s, i) => {
      // Dash dialogue that goes on after its cue ("– … – zapewnił Pieskow. – Ale …") is quoted too.
      const dialogue = cp.dashes.has(text.charAt(s.start));
      if (drafts[i] || (s.quotes.length === 0 && !dialogue) || s.cues.some((c) => c.kind === "verb" || c.kind === "source")) return;
      if (paraKinds[s.para] !== "body") return;
      const quoted = dialogue ? s.end - s.start : s.quotes.reduce((n, q) => n + q.end - q.start, 0);
      if (quoted < 8) return;
      let j = -1;
      for (let k = i + 1; k < infos.length && infos[k]!.para === s.para; k++) if (drafts[k]) { j = k; break; }
      if (j < 0) for (let k = i - 1; k >= 0 && infos[k]!.para === s.para; k--) if (drafts[k]) { j = k; break; }
      if (j < 0) return;
      const src = drafts[j]!;
      const region = trimRegion(text, s.start, s.end);
      drafts[i] = { speaker: { ...src.speaker, mention: null, mentionSpan: null }, kind: kindOf(text, region, s.quotes, dialogue), assertion: region, cue: src.cue, span: region, attribution: [], confidence: 0.6 };
    });
  }

  // A quotation that runs over paragraphs opens each with a quotation mark and closes only in the
  // last, where the attribution stands: earlier paragraphs belong to that speaker.
  const unclosedAt = new Set(unclosed);
  const sentencesOf = new Map<number, number[]>(); // paragraph → its sentence indices
  const claimed = new Set<number>();
  infos.forEach((s, k) => {
    const list = sentencesOf.get(s.para);
    if (list) list.push(k); else sentencesOf.set(s.para, [k]);
    if (drafts[k]) claimed.add(s.para);
  });
  for (let pi = paras.length - 2; pi >= 0; pi--) {
    const p = paras[pi]!, next = paras[pi + 1]!;
    const k0 = sentencesOf.get(pi)?.[0], k1 = sentencesOf.get(pi + 1)?.[0];
    if (k0 === undefined || k1 === undefined || paraKinds[pi] !== "body" || !unclosedAt.has(p.start)) continue;
    if (!cp.openers.has(text.charAt(next.start)) || text.charAt(next.start) !== text.charAt(p.start)) continue;
    const src = drafts[k1];
    if (!src || claimed.has(pi)) continue;
    const region = trimRegion(text, p.start, p.end);
    drafts[k0] = { speaker: { ...src.speaker, mention: null, mentionSpan: null }, kind: "direct", assertion: region, cue: src.cue, span: region, attribution: [], confidence: 0.7 };
    claimed.add(pi);
  }

  // Embedded tweets: "— Sean Spicer (@PressSec) January 28, 2017" attributes the paragraph above it.
  paras.forEach((p, pi) => {
    if (paraKinds[pi] !== "signature" || pi === 0 || paraKinds[pi - 1] !== "body") return;
    const sigIdx = sentencesOf.get(pi)?.[0];
    const sig = sigIdx === undefined ? undefined : infos[sigIdx];
    const prevIdx = sentencesOf.get(pi - 1) ?? [];
    if (!sig || prevIdx.length === 0 || prevIdx.some((k) => drafts[k])) return;
    const m = sig.mentions.find((x) => x.ref.type !== "pronoun");
    const sp = m ? resolveMention(m, text, d, cp, [m.start, m.end]) : null;
    if (!sp) return;
    const prev = paras[pi - 1]!;
    let end = prev.end;
    const pic = text.slice(prev.start, prev.end).search(/\s(pic\.twitter\.com|https?:)\S*\s*$/u);
    if (pic > 0) end = prev.start + pic;
    const region = trimRegion(text, prev.start, end);
    const k0 = prevIdx[0]!;
    drafts[k0] = { speaker: sp, kind: "direct", assertion: region, cue: null, span: region, attribution: [[sig.start, sig.end]], confidence: 0.85 };
    infos[k0] = { ...infos[k0]!, dates: [...infos[k0]!.dates, ...sig.dates] };
    for (const k of prevIdx.slice(1)) drafts[k] = null;
    if (sig.dates[0]) (drafts[k0] as Draft & { sigDate?: DateExpr }).sigDate = sig.dates[0];
  });

  // --- claims ----------------------------------------------------------------------------------------
  /** A weekday or relative day word ("Vineri", "yesterday") in the attribution, outside the content. */
  const relativeInAttribution = (s: SentenceInfo, dr: Draft): boolean =>
    cp.dates.findAll(tokens, text, s.t0, s.t1).some((m) => (m.end <= dr.assertion[0] || m.start >= dr.assertion[1])
      && m.values.some((v) => v.type === "weekday" || v.type === "day"));
  const claims: Claim[] = [];
  const lastDate = new Map<string, Claim["date"]>();
  infos.forEach((s, i) => {
    const dr = drafts[i] as (Draft & { sigDate?: DateExpr }) | null;
    if (!dr || dr.confidence < opts.minConfidence) return;
    // The statement date is a date of the attribution: before the subject ("Vineri, Kremlinul a
    // declarat"), right after the cue ("a subliniat joi că"), or next to the cue with no comma
    // between; not one inside the content, nor one in a clause between subject and cue ("…, who
    // congratulated him last Tuesday, assured …").
    const subj = dr.speaker.mentionSpan;
    const cue = dr.cue;
    const inAttribution = (x: DateExpr) => {
      if (x.start >= dr.assertion[0] && x.end <= dr.assertion[1]) return false;
      if (subj && x.end <= subj[0]) return true;
      if (!subj && cue && x.end <= cue.start) return true;
      if (cue && x.start >= cue.end) return true;
      if (cue && x.end <= cue.start && !/[,;(]/.test(text.slice(x.end, cue.start))) return true;
      return dr.attribution.some(([a, b]) => x.start >= a && x.end <= b) && !subj;
    };
    const undated = s.undated;
    // A speaker quoted again with no date of its own goes on with the statement quoted before
    // ("El líder estadounidense añadió", "— сказал Песков журналистам"): its date continues.
    const continues = dr.kind !== "statement" && lastDate.has(dr.speaker.name);
    let date: Claim["date"];
    // A sentence attributed by its paragraph has no cue of its own: its dates outside quotations
    // are the attribution's ("Peskow sprach am Mittwoch von einem „wichtigen Schritt“").
    const passage = dr.attribution.length === 0 && dr.kind !== "statement";
    const own = dr.sigDate ?? (dr.kind === "statement" ? undefined
      : passage ? s.dates.find((x) => !s.quotes.some((q) => q.start <= x.start && x.end <= q.end))
      : s.dates.find(inAttribution));
    if (dr.kind === "statement") {
      date = publishedAt ? { iso: publishedAt.slice(0, 10), basis: "published", text: null, span: null } : contextDate ? { iso: contextDate.iso, basis: "context", text: original.slice(...toOriginal(norm, contextDate.start, contextDate.end)), span: toOriginal(norm, contextDate.start, contextDate.end) } : { iso: null, basis: null, text: null, span: null };
    } else if (own) {
      date = { iso: own.iso, basis: own.basis, text: original.slice(...toOriginal(norm, own.start, own.end)), span: toOriginal(norm, own.start, own.end) };
    } else if (undated || (!ref && relativeInAttribution(s, dr))) {
      // Undated background, or a relative date ("Vineri") with no publication date to resolve it against.
      date = { iso: null, basis: null, text: null, span: null };
    } else if (continues && lastDate.get(dr.speaker.name)) {
      // "Añadió que…", "He added…": the statement goes on, and so does its date.
      date = { ...lastDate.get(dr.speaker.name)! };
    } else if (contextDate) {
      date = { iso: contextDate.iso, basis: "context", text: original.slice(...toOriginal(norm, contextDate.start, contextDate.end)), span: toOriginal(norm, contextDate.start, contextDate.end) };
    } else if (publishedAt) {
      date = { iso: publishedAt.slice(0, 10), basis: "published", text: null, span: null };
    } else date = { iso: null, basis: null, text: null, span: null };
    lastDate.set(dr.speaker.name, date);
    const far = own && contextDate && Math.abs(Date.parse(own.iso.padEnd(10, "-01").slice(0, 10)) - Date.parse(contextDate.iso.padEnd(10, "-01").slice(0, 10))) > 7 * 86400000;
    const background = undated || !!far;

    const a0 = firstTokenAt(tokens, dr.assertion[0]), a1 = firstTokenAt(tokens, dr.assertion[1]);
    const topics = [...new Set(cp.topics.findAll(tokens, text, a0, a1).flatMap((m) => m.values))];
    const aSpan = toOriginal(norm, dr.assertion[0], dr.assertion[1]);
    const cueSpan = dr.cue ? toOriginal(norm, dr.cue.start, dr.cue.end) : null;
    const span = toOriginal(norm, dr.span[0], dr.span[1]);
    const sp = dr.speaker;
    const speaker = { ...sp, mentionSpan: sp.mentionSpan ? toOriginal(norm, sp.mentionSpan[0], sp.mentionSpan[1]) : null, mention: sp.mentionSpan ? original.slice(...toOriginal(norm, sp.mentionSpan[0], sp.mentionSpan[1])) : sp.mention };
    if (sp.kind === "media" && sp.name !== meta.outlet) via.add(sp.name);
    claims.push({
      id: `${id}:c${claims.length + 1}`,
      articleId: id,
      language: pack.code,
      outlet: meta.outlet,
      via: [],
      speaker,
      date,
      kind: dr.kind,
      assertion: original.slice(aSpan[0], aSpan[1]),
      assertionSpan: aSpan,
      quotes: s.quotes.filter((q) => q.start >= dr.assertion[0] - 1 && q.end <= dr.assertion[1] + 1).map((q) => toOriginal(norm, q.start, q.end)),
      cue: cueSpan ? original.slice(cueSpan[0], cueSpan[1]) : null,
      cueSpan,
      span,
      topics,
      background,
      confidence: dr.confidence,
    });
  });
  // Media credited in the text ("conform Reuters", "…, передает ТАСС") are the article's `via`.
  for (const s of infos) for (const c of s.cues) if (c.kind === "source" || c.kind === "trailing" || (c.kind === "verb" && c.from > s.t0 + 2)) {
    const m = s.mentions.find((x) => x.from >= c.to && x.from <= c.to + 2 && x.ref.type === "entity");
    const e = m && m.ref.type === "entity" ? getEntity(m.ref.id) : undefined;
    if (e?.kind === "media" && e.name !== meta.outlet) via.add(e.name);
  }
  const viaList = [...via];
  for (const c of claims) c.via = viaList;

  if (!text.trim()) warnings.push({ code: "empty-text", message: "The article has no text: no claims.", span: null });
  return {
    article: {
      id, language: pack.code, languageDetected: detected, title: meta.title, outlet: meta.outlet, url: meta.url,
      publishedAt, publishedAtSource, issuer: issuerName, via: viaList, textLength: original.length,
    },
    text: original,
    claims,
    warnings,
  };
}
