import { implicit } from "../attribution/region.js";
import type { Draft } from "../attribution/types.js";
import type { Doc } from "./types.js";

/** Cue kinds of a source phrase: what names the source of a passage ("according to", "zufolge", "hieß es"). */
const SOURCE_CUES = new Set(["source", "post", "impersonal", "trailing", "as"]);

/** A claim that speaks for a passage: one by a source phrase, or by an institution or a medium. */
const speaksForPassage = (dr: Draft): boolean =>
  !dr.cue?.joint && (SOURCE_CUES.has(dr.cue?.kind ?? "") || dr.speaker.kind === "institution" || dr.speaker.kind === "media");

/**
 * Verbs of agreeing and discussing report what the parties did; the source of the passage told
 * it. A claim whose only cue is one ("The two leaders agreed to meet again.") takes the speaker of
 * the source that covers its paragraph: a source phrase or an institution's claim before it in
 * the paragraph ("Secondo la Casa Bianca, … . I due presidenti hanno concordato …"), or a claim
 * right after it whose content comes first ("… agreed to normalise relations. …, the Kremlin
 * reported."). With none, the subject keeps it when it quotes the parties or reports a clause
 * ("agreed that …", or the content a content verb needs: "beschloss, … zu senken"); otherwise it is narration.
 */
export function jointUnderSource(doc: Doc): void {
  if (doc.firstParty && doc.issuer) return;
  const { infos, drafts } = doc;
  drafts.forEach((dr, i) => {
    if (!dr?.cue?.joint) return;
    const para = infos[i]!.para;
    let src: Draft | null = null;
    for (let k = i - 1; k >= 0 && infos[k]!.para === para && !src; k--) {
      const d = drafts[k];
      if (d && speaksForPassage(d)) src = d;
    }
    const next = drafts[i + 1];
    if (
      !src &&
      next &&
      infos[i + 1]!.para === para &&
      !next.cue?.joint &&
      next.cue &&
      next.assertion[1] <= next.cue.start &&
      next.speaker.kind !== "person" &&
      next.speaker.kind !== "unknown"
    )
      src = next;
    if (src) {
      drafts[i] = { ...dr, speaker: implicit(src.speaker) };
      return;
    }
    // With no source, what the parties agreed or discussed is narration ("Putin agrees to pause
    // strikes after long call with Trump") — unless it quotes them or reports a clause of theirs.
    const s = infos[i]!;
    const quoted = s.quotes.some((q) => q.start >= dr.assertion[0] - 1 && q.end <= dr.assertion[1] + 1);
    // (a verb that reports only with content has it: "hat beschlossen, die Gebühren abzuschaffen")
    const clause = !!dr.cue && (dr.cue.needsContent || s.cues.some((c) => c.kind === "comp" && c.from === dr.cue!.to));
    if (!quoted && !clause) drafts[i] = null;
  });
}
