import { resolveMention } from "../speakers.js";
import { trimRegion } from "../attribution/region.js";
import type { Doc } from "./types.js";

/** Embedded tweets: "— Sean Spicer (@PressSec) January 28, 2017" attributes the paragraph above it. */
export function tweetSignatures(doc: Doc): void {
  const { text, cp, d, paras, paraKinds, infos, drafts, sentencesOf } = doc;
  paras.forEach((_p, pi) => {
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
    drafts[k0] = {
      speaker: sp,
      kind: "direct",
      assertion: region,
      cue: null,
      span: region,
      attribution: [[sig.start, sig.end]],
      confidence: 0.85,
      ...(sig.dates[0] ? { sigDate: sig.dates[0] } : {}),
    };
    infos[k0] = { ...infos[k0]!, dates: [...infos[k0]!.dates, ...sig.dates] };
    for (const k of prevIdx.slice(1)) drafts[k] = null;
  });
}
