import { implicit, kindOf, trimRegion } from "../attribution/region.js";
import type { Doc } from "./types.js";

/**
 * Quoted sentences with no cue of their own take the source of their paragraph (a trailing "the
 * Kremlin said" in the sentence after, or an attributed sentence before). Dash dialogue that
 * goes on after its cue ("– … – zapewnił Pieskow. – Ale …") is quoted too.
 */
export function quotedNeighbours(doc: Doc): void {
  if (doc.firstParty && doc.issuer) return;
  const { text, cp, infos, drafts } = doc;
  infos.forEach((s, i) => {
    const dialogue = cp.dashes.has(text.charAt(s.start));
    if (drafts[i] || (s.quotes.length === 0 && !dialogue) || s.cues.some((c) => c.kind === "verb" || c.kind === "source")) return;
    if (doc.paraKinds[s.para] !== "body") return;
    const quoted = dialogue ? s.end - s.start : s.quotes.reduce((n, q) => n + q.end - q.start, 0);
    if (quoted < 8) return;
    let j = -1;
    for (let k = i + 1; k < infos.length && infos[k]!.para === s.para; k++) if (drafts[k]) { j = k; break; }
    if (j < 0) for (let k = i - 1; k >= 0 && infos[k]!.para === s.para; k--) if (drafts[k]) { j = k; break; }
    if (j < 0) return;
    const src = drafts[j]!;
    const region = trimRegion(text, s.start, s.end);
    drafts[i] = { speaker: implicit(src.speaker), kind: kindOf(text, region, s.quotes, dialogue), assertion: region, cue: src.cue, span: region, attribution: [], confidence: 0.6 };
  });
}

/**
 * A quotation that runs over paragraphs opens each with a quotation mark and closes only in the
 * last, where the attribution stands: earlier paragraphs belong to that speaker.
 */
export function runOnQuotes(doc: Doc): void {
  const { text, cp, paras, drafts, sentencesOf } = doc;
  const unclosedAt = new Set(doc.unclosed);
  const claimed = new Set<number>();
  doc.infos.forEach((s, k) => { if (drafts[k]) claimed.add(s.para); });
  for (let pi = paras.length - 2; pi >= 0; pi--) {
    const p = paras[pi]!, next = paras[pi + 1]!;
    const k0 = sentencesOf.get(pi)?.[0], k1 = sentencesOf.get(pi + 1)?.[0];
    if (k0 === undefined || k1 === undefined || doc.paraKinds[pi] !== "body" || !unclosedAt.has(p.start)) continue;
    if (!cp.openers.has(text.charAt(next.start)) || text.charAt(next.start) !== text.charAt(p.start)) continue;
    const src = drafts[k1];
    if (!src || claimed.has(pi)) continue;
    const region = trimRegion(text, p.start, p.end);
    drafts[k0] = { speaker: implicit(src.speaker), kind: "direct", assertion: region, cue: src.cue, span: region, attribution: [], confidence: 0.7 };
    claimed.add(pi);
  }
}
