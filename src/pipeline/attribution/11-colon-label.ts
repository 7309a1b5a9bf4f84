import { makeDraft, wordsIn } from "./region.js";
import { resolve } from "./subjects.js";
import { wordClass } from "./phrase.js";
import { W } from "../lexicon.js";
import type { AttributionRule, Ctx, Draft, SentenceInfo } from "./types.js";
import type { Mention } from "../speakers.js";
import type { Token } from "../../text/tokens.js";

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
    // (In a headline, a comma serves too, and the quoted words may be part of the line: "Casa Bianca, “molto
    // buona” la telefonata", "Kreml, „konstruktiv“ das Gespräch" — a line with no full stop, alone in its paragraph;
    // the label may follow a kicker that ends with a colon: "Siria: Cremlino, “…”".)
    const headline = isHeadline(text, s);
    const t0 = headline ? afterKicker(text, tokens, s) : s.t0;
    // (after an article: "The minister: “…”")
    const det = wordClass(ctx.cp, tokens[t0]) & W.det;
    const m = s.mentions.find((x) => x.from === t0 || (det && x.from === t0 + 1));
    if (!m || m.ref.type === "pronoun" || m.ref.type === "name") return leadIn(ctx, s, headline);
    const colon = (headline ? /^\s*[:,]\s*/u : /^\s*:\s*/u).exec(text.slice(m.end, s.end));
    if (!colon) return leadIn(ctx, s, headline);
    const at = m.end + colon[0].length;
    const q = s.quotes.find((x) => x.start === at);
    if (!q || wordsIn(text, [q.start, q.end]) < MIN_WORDS) return null;
    const comma = colon[0].trim() === ",";
    if (!comma && !/^[\s.!?…]*$/u.test(text.slice(q.end, s.end))) return null;
    const speaker = resolve(ctx, m);
    if (!speaker || (comma && speaker.kind !== "person" && speaker.kind !== "institution")) return null;
    return makeDraft(ctx, s, speaker, [q.start, comma ? s.end : q.end], null, [[tokens[t0]!.start, m.end + colon[0].trimEnd().length]], comma ? 0.7 : 0.8);
  },
};

/** Most characters of a headline. */
const HEADLINE_CHARS = 200;

/** Whether a sentence is a headline: a whole line of its own, short, with no full stop at its end. */
export function isHeadline(text: string, s: SentenceInfo): boolean {
  if (s.end - s.start > HEADLINE_CHARS) return false;
  // (the line is read within a headline's length of the sentence, never scanned to its ends: a
  // text of a million one-word sentences with no line break stays linear)
  const from = Math.max(0, s.start - HEADLINE_CHARS);
  const before = text.slice(from, s.start);
  const nl = before.lastIndexOf("\n");
  if (nl < 0 ? from > 0 || !/^\s*$/u.test(before) : !/^\s*$/u.test(before.slice(nl + 1))) return false;
  const after = text.slice(s.end, s.end + HEADLINE_CHARS);
  const end = after.indexOf("\n");
  if (end < 0 ? s.end + HEADLINE_CHARS < text.length || !/^\s*$/u.test(after) : !/^\s*$/u.test(after.slice(0, end))) return false;
  return !/[.!?…]["”»’]?\s*$/u.test(text.slice(s.start, s.end));
}

/** Most words of a headline's kicker ("USA-Russia:", "Nahost:", "Ucraina, la guerra:"). */
const KICKER_WORDS = 4;

/** The first token after a headline's kicker (a few words and a colon, a quotation after the label), else the sentence's first. */
function afterKicker(text: string, tokens: readonly Token[], s: SentenceInfo): number {
  for (let k = s.t0; k < s.t1 - 1 && k - s.t0 < KICKER_WORDS; k++) {
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (/^\s*:\s+$/u.test(gap)) return k + 1;
    if (!/^[\s\p{Pd},]*$/u.test(gap)) break;
  }
  return s.t0;
}

/** Most words between the subject of a lead-in and its colon ("Sen. Lindsey Graham, a frequent critic, was blunt:"). */
const LEAD_IN_WORDS = 14;
/** Fewest words of the quotation after a lead-in. */
const LEAD_IN_QUOTE = 3;

/**
 * A person who opens a sentence with no cue, a short clause about them, a colon and a quotation
 * that runs to the end of the sentence: "Sen. Lindsey Graham, a frequent critic, was blunt: “He is
 * not fit to serve.”", "He put it simply: “…”". The person (a known one, a name of two words or a
 * pronoun) speaks.
 */
function leadIn(ctx: Ctx, s: SentenceInfo, headline: boolean): Draft | null {
  const { text, tokens } = ctx;
  const q = s.quotes[s.quotes.length - 1];
  if (!q || !/^[\s.!?…]*$/u.test(text.slice(q.end, s.end)) || wordsIn(text, [q.start, q.end]) < LEAD_IN_QUOTE) return null;
  const colon = /:\s*$/u.exec(text.slice(s.start, q.start));
  if (!colon || s.quotes.some((x) => x !== q && x.start < q.start)) return null;
  const colonAt = s.start + colon.index;
  // (the subject opens the sentence: a title may come first — "Sen. Lindsey Graham")
  const opens = (x: Mention) => x.from <= s.t0 + 1 && x.end <= colonAt;
  const known = s.mentions.find(
    (x) => opens(x) && x.ref.type !== "anaphor" && (x.ref.type !== "entity" || x.ref.entity?.kind === "person" || x.ref.entity?.kind === "institution"),
  );
  // (a headline names its speaker by surname alone: "Meloni sente Zelensky: “…”", when the article names
  // that person in full below it)
  let full: string | null = null;
  const name = s.names.find((x) => {
    if (!opens(x)) return false;
    if (x.to - x.from >= 2) return true;
    if (!headline || x.from !== s.t0) return false;
    full = fullNameBelow(text, s.end, text.slice(x.start, x.end));
    return full !== null;
  });
  const m = known && (!name || known.from <= name.from) ? known : name;
  if (!m || wordsIn(text, [m.end, colonAt]) > LEAD_IN_WORDS || wordsIn(text, [m.end, colonAt]) < 1) return null;
  const speaker = resolve(ctx, m);
  if (!speaker || !["person", "institution", "unknown"].includes(speaker.kind)) return null;
  // (a pronoun that stands for no one named before gives no speaker)
  if (m.ref.type === "pronoun" && speaker.name === "unknown") return null;
  const who = full && m === name && speaker.kind === "unknown" ? { ...speaker, name: full, kind: "person" as const } : speaker;
  return makeDraft(ctx, s, who, [q.start, q.end], null, [[tokens[s.t0]!.start, colonAt + 1]], 0.7);
}

/** Characters below a headline searched for the full name of a surname it gives alone. */
const FULL_NAME_WINDOW = 1500;

/**
 * The first name and surname ("Giorgia Meloni") that the text within {@link FULL_NAME_WINDOW} characters
 * after `from` gives for a surname a headline names alone, else null (a city or a country is not
 * written after a first name: "Roma ospita il vertice: “…”").
 */
function fullNameBelow(text: string, from: number, surname: string): string | null {
  if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(surname)) return null;
  const below = text.slice(from, from + FULL_NAME_WINDOW);
  let at = below.indexOf(surname);
  while (at >= 0) {
    const end = at + surname.length;
    if (!/[\p{L}\p{M}]/u.test(below[end] ?? "")) {
      const first = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+)\s$/u.exec(below.slice(Math.max(0, at - 30), at));
      if (first) return `${first[1]} ${surname}`;
    }
    at = below.indexOf(surname, end);
  }
  return null;
}
