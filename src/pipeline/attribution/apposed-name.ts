/**
 * A description and, set beside it after a comma, a longer description that ends in a name: "explicó el jefe de
 * la misión, el eurodiputado portugués Nuno Arganil", "a été jugée … par le ministre belge, Luc Vandermeersch".
 * The name speaks; the description before it is its role.
 */
import { commaBeforeToken } from "../../text/tokens.js";
import { W } from "../lexicon.js";
import { phraseAfter, wordClass, type Phrase } from "./phrase.js";
import type { Ctx, SentenceInfo } from "./types.js";

/**
 * The phrase after description `p` and its comma that ends in a name of two capitalised words at least and closes
 * the clause (the sentence's end, or a comma or a stop after it), or null. `p` must open with an article (a
 * description, no name); the phrase after it may (a second description with the name: "el eurodiputado portugués
 * Nuno Arganil") or not ("Luc Vandermeersch").
 */
export function apposedName(ctx: Ctx, s: SentenceInfo, p: Phrase): Phrase | null {
  const { cp, tokens, text } = ctx;
  if (p.to >= s.t1 || !(wordClass(cp, tokens[p.from]) & W.det) || !commaBeforeToken(text, tokens, p.to)) return null;
  const next = phraseAfter(ctx, s, p.to);
  if (!next || next.from !== p.to || next.to - next.from < 2) return null;
  const a = tokens[next.to - 2]!,
    b = tokens[next.to - 1]!;
  if (!a.upper || !b.upper || a.digits || b.digits || wordClass(cp, a) & W.det) return null;
  if (next.to < s.t1 && !/^\s*[,.;]/u.test(text.slice(b.end, tokens[next.to]!.start + 1))) return null;
  return next;
}
