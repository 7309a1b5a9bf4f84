/**
 * A description, where the person is from, and their name, with no comma between them: "говорит машинист из Твери
 * Николай Громов", "каже шахтар із Павлограда Іван Бондар", "mówi górnik z Katowic Jan Nowak". The name speaks; the
 * description and its place are its role.
 */
import { W } from "../lexicon.js";
import { soft, wordClass, type Phrase } from "./phrase.js";
import type { Ctx, SentenceInfo } from "./types.js";

/**
 * After description `p` (lower case, ending before a preposition of origin, pack `grammar.originPrepositions`), a run of
 * three capitalised words at least that closes the clause (the sentence's end, or a comma or a stop after it): its last
 * words are the name (a person named in the sentence who ends the run, else the last two words), the words before them
 * the place. Returns the name and the role (the description with its place), or null.
 */
export function nameAfterOrigin(ctx: Ctx, s: SentenceInfo, p: Phrase): { phrase: Phrase; role: Phrase } | null {
  const { cp, tokens, text } = ctx;
  const o = p.to;
  if (o + 1 >= s.t1 || tokens[p.from]!.upper || wordClass(cp, tokens[p.from]) & W.det) return null;
  const prep = tokens[o]!;
  if (prep.upper || !cp.pack.grammar.originPrepositions.includes(prep.key) || !soft(ctx, o)) return null;
  let e = o + 1;
  while (e < s.t1 && tokens[e]!.upper && !tokens[e]!.digits && soft(ctx, e)) e++;
  if (e - (o + 1) < 3) return null;
  const lastTok = tokens[e - 1]!;
  if (e < s.t1 && !/^\s*[,.;!?…]/u.test(text.slice(lastTok.end, tokens[e]!.start))) return null;
  // (the name: a person or a run of capitalised words the sentence knows, ending the run, after one place word at least)
  const known = [...s.mentions, ...s.names].filter((m) => m.to === e && m.from >= o + 2 && m.to - m.from >= 2).sort((a, b) => a.from - b.from)[0];
  const from = known ? known.from : e - 2;
  const phrase: Phrase = { from, to: e, start: tokens[from]!.start, end: lastTok.end };
  const role: Phrase = { from: p.from, to: from, start: p.start, end: tokens[from - 1]!.end };
  return { phrase, role };
}
