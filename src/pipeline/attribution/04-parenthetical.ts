import { commaBeforeToken } from "../../text/tokens.js";
import { makeDraft, trimRegion, wordsIn } from "./region.js";
import { skipDates } from "./sentence.js";
import { particleOf } from "./clause.js";
import { adverbialTail, phraseBefore, separates, wordClass } from "./phrase.js";
import { W } from "../lexicon.js";
import { resolve, speakerAfter, speakerOfPhrase } from "./subjects.js";
import type { AttributionRule, Ctx, Cue, SentenceInfo } from "./types.js";
import type { Speaker } from "../../schema/claim.js";

/** Whether a comma (not a quotation mark or a dash) stands right before token k. */
const commaBefore = (ctx: Ctx, s: SentenceInfo, k: number): boolean => k > s.t0 && k < s.t1 && commaBeforeToken(ctx.text, ctx.tokens, k);

/**
 * An attribution set off by commas inside the sentence it attributes: "The problem, Smith said,
 * is that …", "Das Problem sei vielmehr, so der Präsident, dass …", "La crisi, ha detto il
 * ministro, è finita". The whole sentence is the content; the parenthesis is the attribution.
 */
export const parenthetical: AttributionRule = {
  name: "parenthetical",
  apply(ctx, s, { verbs, trailing }) {
    const { text, tokens } = ctx;
    for (const c of [...verbs, ...trailing]) {
      let open = -1,
        close = -1;
      let found: { speaker: Speaker; start: number } | null = null;
      if (commaBefore(ctx, s, c.from)) {
        // ", so der Präsident," / ", said the minister," / ", sagte er,"
        const after = speakerAfter(ctx, s, skipDates(s, c.to, tokens), 1);
        if (after) {
          let k = skipDates(s, after.m.to, tokens);
          if (k < s.t1 && particleOf(ctx, ctx.cp.cues, c, k)) k++;
          if (commaBefore(ctx, s, k)) {
            open = c.from;
            close = k;
            found = { speaker: after.speaker, start: c.start };
          }
        }
      } else {
        // ", Smith said," / ", he said,"
        const p = phraseBefore(ctx, s, c.from);
        const pro = s.mentions.find((m) => m.to === c.from && m.ref.type === "pronoun");
        let from = pro?.from ?? p?.from;
        // (with the title before the name: ", ông Minh nói,")
        while (from !== undefined && from > s.t0 && wordClass(ctx.cp, tokens[from - 1]) & W.title) from--;
        const k = skipDates(s, c.to, tokens);
        if (from !== undefined && commaBefore(ctx, s, from) && commaBefore(ctx, s, k)) {
          const sp = pro ? resolve(ctx, pro) : (speakerOfPhrase(ctx, s, { phrase: p!, role: null })?.speaker ?? null);
          if (sp) {
            open = from;
            close = k;
            found = { speaker: sp, start: tokens[from]!.start };
          }
        }
      }
      if (!found || open < 0) continue;
      // (A complementizer after the closing comma makes the verb the main one, after an opening adverbial:
      // "Отвечая на вопрос журналистов, министр сказал, что …", "Po spotkaniu, minister powiedział, że …".)
      // (Not a cue before its speaker: "Das Problem sei vielmehr, so der Präsident, dass …" is one parenthesis.)
      if (c.kind === "verb" && open !== c.from && s.cues.some((x) => x.kind === "comp" && x.from === close)) continue;
      // (A cue before the parenthesis already attributes what follows: "Er fügte hinzu, Trump habe vorgeschlagen, …".)
      if (s.cues.some((x) => x.from < open && ((x.kind === "verb" && !x.joint) || x.kind === "source" || x.kind === "impersonal"))) continue;
      // Content on both sides, and no other clause boundary inside the parenthesis.
      const before = trimRegion(text, s.start, tokens[open]!.start),
        rest = trimRegion(text, tokens[close]!.start, s.end);
      if (wordsIn(text, before) < 1 || wordsIn(text, rest) < 2) continue;
      // (Nor a date alone before it: "Sáng nay, trả lời câu hỏi của phóng viên, bà Trang nói …" opens with the verb's clause.)
      if (skipDates(s, s.t0, tokens) >= open) continue;
      // (nor is a relative clause on the speaker and adverbials after it: "…, sagte Steinmeier, der am Montag in Berlin war, vor Journalisten.")
      if (adverbialTail(ctx, s, tokens[close - 1]!.end)) continue;
      let inner = false;
      for (let k = open + 1; k < close && !inner; k++) inner = separates(ctx, k);
      if (inner) continue;
      const end = tokens[close - 1]!.end;
      return makeDraft(ctx, s, found.speaker, [s.start, s.end], c as Cue, [[found.start, end]], 0.8);
    }
    return null;
  },
};
