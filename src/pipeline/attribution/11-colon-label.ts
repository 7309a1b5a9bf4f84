import { makeDraft, wordsIn } from "./region.js";
import { resolve } from "./subjects.js";
import { wordClass } from "./phrase.js";
import { W } from "../lexicon.js";
import type { AttributionRule } from "./types.js";

/** Fewest words of a quotation given under a label. */
const MIN_WORDS = 2;

/**
 * A speaker given as a label, a colon and a quotation: the convention of headlines and leads in
 * every language ("Kremlin: “The talks were constructive”", "Peskow: „Das Gespräch war offen“",
 * "Песков: «Разговор был конструктивным»"). The label is a mention the speakers pass knows (a
 * person, a role, an institution, a medium) opening the sentence; the colon and the quotation
 * follow it directly, and the quotation runs to the end of the sentence. A label that is a topic
 * ("Syria: “a new phase”") names no speaker and gives nothing.
 */
export const colonLabel: AttributionRule = {
  name: "colon-label",
  apply(ctx, s) {
    const { text, tokens } = ctx;
    // (after an article: "The minister: “…”")
    const det = wordClass(ctx.cp, tokens[s.t0]) & W.det;
    const m = s.mentions.find((x) => x.from === s.t0 || (det && x.from === s.t0 + 1));
    if (!m || m.ref.type === "pronoun" || m.ref.type === "name") return null;
    const colon = /^\s*:\s*/u.exec(text.slice(m.end, s.end));
    if (!colon) return null;
    const at = m.end + colon[0].length;
    const q = s.quotes.find((x) => x.start === at);
    if (!q || wordsIn(text, [q.start, q.end]) < MIN_WORDS || !/^[\s.!?…]*$/u.test(text.slice(q.end, s.end))) return null;
    const speaker = resolve(ctx, m);
    if (!speaker) return null;
    return makeDraft(ctx, s, speaker, [q.start, q.end], null, [[tokens[s.t0]!.start, m.end + colon[0].trimEnd().length]], 0.8);
  },
};
