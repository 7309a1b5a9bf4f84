import type { Claim } from "../../schema/claim.js";
import { firstTokenAt } from "../layout.js";
import { toOriginal } from "../normalize.js";
import type { Draft } from "../attribution/types.js";
import type { Doc } from "./types.js";

/** The claims of the article, with offsets into the original text, topics and the article's credits (`via`). */
export function buildClaims(doc: Doc): Claim[] {
  const { text, tokens, cp, norm, original, drafts, infos, via } = doc;
  const claims: Claim[] = [];
  // (loops, not forEach/map over tuples: the first article's pass is not spent re-optimising them)
  const all: Draft[] = [];
  const at: number[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const dr = drafts[i];
    if (!dr) continue;
    all.push(dr);
    at.push(i);
    for (let x = dr.also; x; x = x.also) {
      all.push(x);
      at.push(i);
    }
  }
  for (let k = 0; k < all.length; k++) {
    const dr = all[k]!,
      i = at[k]!;
    const dated = doc.dates[i];
    if (!dated || dr.confidence < doc.minConfidence) continue;
    const s = infos[i]!;
    const a0 = firstTokenAt(tokens, dr.assertion[0]),
      a1 = firstTokenAt(tokens, dr.assertion[1]);
    const topics = [...new Set(cp.topics.findAll(tokens, text, a0, a1).flatMap((m) => m.values))];
    const aSpan = toOriginal(norm, dr.assertion[0], dr.assertion[1]);
    const cueSpan = dr.cue ? toOriginal(norm, dr.cue.start, dr.cue.end) : null;
    const sp = dr.speaker;
    const mentionSpan = sp.mentionSpan ? toOriginal(norm, sp.mentionSpan[0], sp.mentionSpan[1]) : null;
    const speaker = { ...sp, mentionSpan, mention: mentionSpan ? original.slice(mentionSpan[0], mentionSpan[1]) : sp.mention };
    if (sp.kind === "media" && sp.name !== doc.meta.outlet) via.add(sp.name);
    if (dr.via && dr.via !== doc.meta.outlet) via.add(dr.via);
    const quotes: [number, number][] = [];
    if (dr.parts) for (const q of dr.parts) quotes.push(toOriginal(norm, q[0], q[1]));
    else for (const q of s.quotes) if (q.start >= dr.assertion[0] - 1 && q.end <= dr.assertion[1] + 1) quotes.push(toOriginal(norm, q.start, q.end));
    claims.push({
      id: `${doc.id}:c${claims.length + 1}`,
      articleId: doc.id,
      language: cp.pack.code,
      outlet: doc.meta.outlet,
      via: [],
      speaker,
      date: dated.date,
      kind: dr.kind,
      assertion: original.slice(aSpan[0], aSpan[1]),
      assertionSpan: aSpan,
      quotes,
      cue: cueSpan ? original.slice(cueSpan[0], cueSpan[1]) : null,
      cueSpan,
      span: toOriginal(norm, dr.span[0], dr.span[1]),
      topics,
      background: dated.background,
      confidence: dr.confidence,
    });
  }
  // Media credited in the text ("conform Reuters", "…, передает ТАСС") are the article's `via`.
  for (const s of infos)
    for (const c of s.cues)
      if (c.kind === "source" || c.kind === "trailing" || (c.kind === "verb" && c.from > s.t0 + 2)) {
        const m = s.mentions.find((x) => x.from >= c.to && x.from <= c.to + 2 && x.ref.type === "entity");
        const e = m && m.ref.type === "entity" ? m.ref.entity : undefined;
        if (e?.kind === "media" && e.name !== doc.meta.outlet) via.add(e.name);
      }
  const viaList = [...via];
  for (const c of claims) c.via = viaList;
  return claims;
}
