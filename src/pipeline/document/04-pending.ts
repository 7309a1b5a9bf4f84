import { implicit, kindOf, trimRegion } from "../attribution/region.js";
import type { Draft, SentenceInfo } from "../attribution/types.js";
import type { Doc } from "./types.js";

/** Whether a sentence is all quotation: no word of the reporter outside its marks. */
export function whollyQuoted(text: string, s: SentenceInfo): boolean {
  if (s.quotes.length === 0) return false;
  let outside = "",
    at = s.start;
  for (const q of s.quotes) {
    outside += text.slice(at, Math.max(at, q.start));
    at = Math.max(at, q.end);
  }
  outside += text.slice(at, s.end);
  return !/[\p{L}\p{N}]/u.test(outside);
}

/** A paragraph that is an item of a list: a bullet, a dash or a pictograph opens its line. */
function bulleted(text: string, start: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", start - 1) + 1, start + 2);
  return /^\s*(?:[•·▪◦►▶✓✔*]|[-–—]\s|\d{1,2}[.)]\s|[\p{So}\p{Sk}])/u.test(line);
}

/**
 * Attributions with no content of their own (see `Draft.pending`). "X stwierdził:" at the end of
 * its paragraph opens what follows: a quotation (one claim, over as many paragraphs as it runs),
 * the items of a list (a claim each: "…в заявлении Белого дома: ▪️… ▪️…"), or the next paragraph.
 * "Tak powiedział Pieskow." credits the quotation just before it. With nothing to take in, there
 * is no claim.
 */
export function pendingContent(doc: Doc): void {
  const { text, infos, drafts, sentencesOf, paras, paraKinds } = doc;
  drafts.forEach((dr, i) => {
    if (!dr?.pending) return;
    drafts[i] = null;
    const s = infos[i]!;
    if (dr.pending === "before") {
      const j = i - 1;
      const prev = infos[j];
      const adjacent = prev && (prev.para === s.para || (sentencesOf.get(s.para)?.[0] === i && prev.para === s.para - 1));
      const verbFirst = dr.cue !== null && dr.cue.from - s.t0 <= 2;
      if (!prev || !adjacent || drafts[j] || doc.joined.has(j) || (!whollyQuoted(text, prev) && !(verbFirst && !prev.cues.some((c) => c.kind === "verb")))) {
        // Nothing to take in: the sentence itself is what is reported ("Trump himself always denied it.").
        const { pending: _, ...rest } = dr;
        const region = trimRegion(text, s.start, s.end);
        drafts[i] = { ...rest, assertion: region, span: [Math.min(region[0], dr.span[0]), region[1]] };
        return;
      }
      const region = trimRegion(text, prev.start, prev.end);
      const { pending: _, ...rest } = dr;
      drafts[j] = { ...rest, kind: kindOf(text, region, prev.quotes, false), assertion: region, span: [region[0], dr.span[1]] };
      // The cue's sentence is part of that claim: a quotation after it goes on from it.
      doc.joined.add(i);
      return;
    }
    // "next": the paragraph after the one this sentence ends.
    const list = sentencesOf.get(s.para)!;
    if (list[list.length - 1] !== i) return;
    const np = s.para + 1;
    if (!paras[np] || paraKinds[np] !== "body" || !sentencesOf.get(np)) return;
    const sp = implicit(dr.speaker);
    const base: Omit<Draft, "assertion" | "span" | "kind"> = { speaker: sp, cue: dr.cue, attribution: [], confidence: dr.confidence };
    if (bulleted(text, paras[np]!.start)) {
      // Every sentence of every item of the list is a claim of the source.
      for (let p = np; paras[p] && paraKinds[p] === "body" && bulleted(text, paras[p]!.start); p++) {
        for (const k of sentencesOf.get(p) ?? []) {
          const t = infos[k]!;
          const region = trimRegion(text, t.start, t.end);
          drafts[k] = { ...base, kind: kindOf(text, region, t.quotes, false), assertion: region, span: region };
        }
      }
      return;
    }
    // A quotation (over the paragraphs it runs), or the next paragraph: one claim, at the first sentence.
    let last = np;
    const opener = doc.cp.openers.has(text.charAt(paras[np]!.start));
    const unclosed = doc.unclosed;
    if (opener) while (unclosed.has(paras[last]!.start) && paras[last + 1] && paraKinds[last + 1] === "body" && last - np < 5) last++;
    const first = sentencesOf.get(np)![0]!;
    const parts: [number, number][] = [];
    for (let p = np; p <= last; p++) {
      for (const k of sentencesOf.get(p) ?? []) {
        if (k !== first) {
          drafts[k] = null;
          doc.joined.add(k);
        }
        for (const q of infos[k]!.quotes) parts.push([q.start, q.end]);
      }
    }
    const region = trimRegion(text, paras[np]!.start, paras[last]!.end);
    const kind = opener
      ? parts.length === 0 || last > np
        ? "direct"
        : kindOf(
            text,
            region,
            parts.map(([a, b]) => ({ start: a, end: b })),
            false,
          )
      : kindOf(
          text,
          region,
          parts.map(([a, b]) => ({ start: a, end: b })),
          false,
        );
    const { pending: _, ...rest } = dr;
    drafts[first] = {
      ...rest,
      kind,
      assertion: region,
      span: [dr.span[0], region[1]],
      ...(opener && last > np ? { parts: [region] } : parts.length ? { parts } : {}),
    };
  });
}
