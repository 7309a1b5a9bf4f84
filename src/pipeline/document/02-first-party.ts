import type { Speaker } from "../../schema/claim.js";
import { notePersons, resolveMention } from "../speakers.js";
import { trimRegion } from "../attribution/region.js";
import type { Doc } from "./types.js";

const STATEMENT_MIN_WORDS = 4;

/**
 * First-party documents (a readout, a statement): every assertive sentence is a claim of the
 * issuer. Transcript labels switch the speaker: "Question: …" turns are not the issuer's;
 * "Yury Ushakov: …" is a speaker of the issuer's side.
 */
export function firstPartyStatements(doc: Doc): void {
  const issuer = doc.issuer;
  if (!doc.firstParty || !issuer) return;
  const { text, tokens, cp, d } = doc;
  let turn: Speaker | null | "question" = null;
  doc.infos.forEach((s, i) => {
    if (doc.paraKinds[s.para] === "signature") return;
    // (a label's colon is among the first 80 characters of the sentence: searching the rest of the
    // text for one, sentence after sentence, is quadratic in a long article)
    const at = text.slice(s.start, Math.min(s.end, s.start + 80)).indexOf(":");
    const colon = at < 0 ? -1 : s.start + at;
    let body = s.start;
    if (colon > 0 && colon < s.end && colon - s.start < 80) {
      const head = cp.boiler.matchAt(tokens, s.t0, text);
      const label = s.mentions.filter((m) => m.end <= colon && text.slice(m.end, colon).trim() === "").pop();
      if (head?.values.includes("question") && tokens[head.to]?.start !== undefined && tokens[head.to]!.start > colon) {
        turn = "question";
        body = colon + 1;
      } else if (label) {
        const sp = resolveMention(label, text, d, cp, [label.start, label.end]);
        turn = sp && (sp.side === issuer.side || !issuer.side) ? sp : issuer;
        body = colon + 1;
      }
    }
    if (turn === "question") return;
    const region = trimRegion(text, body, s.end);
    const words = text.slice(region[0], region[1]).split(/\s+/u).filter(Boolean).length;
    const last = text
      .slice(region[0], region[1])
      .trimEnd()
      .replace(/[”"»’)]+$/u, "")
      .slice(-1);
    if (words < STATEMENT_MIN_WORDS || last === "?" || last === "!") return;
    doc.drafts[i] = { speaker: turn ?? issuer, kind: "statement", assertion: region, cue: null, span: region, attribution: [], confidence: 0.8 };
    notePersons(d, s.mentions);
  });
}
