import { makeDraft } from "./region.js";
import { phraseBefore, separates, wordClass } from "./phrase.js";
import { speakerAfter, speakerOfPhrase } from "./subjects.js";
import { W, type CompiledPack } from "../lexicon.js";
import type { AttributionRule, Ctx, Cue, SentenceInfo } from "./types.js";
import type { Speaker } from "../../schema/claim.js";

const LABEL = /^[^,;:.!?]{1,40}:\s*$/u;
const WORDS = new WeakMap<CompiledPack, { modals: Set<string>; groups: Set<string>; reflexives: Set<string> }>();

/** The pack's modals of intent and reflexive pronouns (`reporting.plans`), folded once per pack. */
function wordsOf(cp: CompiledPack): { modals: Set<string>; groups: Set<string>; reflexives: Set<string> } {
  let w = WORDS.get(cp);
  if (!w) {
    const p = cp.pack.reporting.plans;
    const fold = (x: string) => x.toLowerCase().normalize("NFC");
    w = { modals: new Set(p.modals.map(fold)), groups: new Set(p.groupModals.map(fold)), reflexives: new Set(p.reflexives.map(fold)) };
    WORDS.set(cp, w);
  }
  return w;
}

/**
 * A plan of a body: a modal of intent (pack `reporting.plans`) whose clause ends in an
 * infinitive, with an institution, a party, a country or a group as its subject ("Die Regierung
 * will die Steuer senken", "Am Montag wollen die Gewerkschaften zu Streiks aufrufen"). A body's
 * intention is known only as it announced it: the sentence is its claim. A person's wish is often
 * narration ("Er will nach Hause gehen"), and a pronoun or "man" names no one: both give nothing.
 * Only a sentence no other rule attributed and with no reporting cue of its own.
 */
export const plan: AttributionRule = {
  name: "plan",
  apply(ctx, s, { verbs, sources, impersonal, trailing }) {
    const { text, tokens, cp } = ctx;
    const { modals, groups, reflexives } = wordsOf(cp);
    if (modals.size === 0 || verbs.length || sources.length || impersonal.length || trailing.length) return null;
    if (/[?]\s*$/u.test(text.slice(s.start, s.end))) return null;
    const inQuote = (pos: number) => s.quotes.some((q) => q.start <= pos && pos < q.end);
    let k = s.t0 + 1;
    while (k < s.t1 && !(modals.has(tokens[k]!.key) && !tokens[k]!.upper && !inQuote(tokens[k]!.start))) k++;
    if (k >= s.t1 || separates(ctx, k)) return null;
    // The clause of the modal runs to the first separator; it ends in an infinitive in lower case.
    let e = k + 1;
    while (e < s.t1 && !separates(ctx, e)) e++;
    const last = tokens[e - 1]!;
    const ends = cp.pack.reporting.plans.infinitiveEndings;
    if (e - k < 3 || last.upper || modals.has(last.key) || inQuote(last.start) || !ends.some((x) => last.key.endsWith(x))) return null;
    // The subject opens the sentence right before the modal ("Die SPD will …"), or follows it after a fronted
    // adverbial ("Dort will die Forschergruppe …", "Darüber hinaus will sich die Partei …").
    const before = phraseBefore(ctx, s, k);
    // (after a label and its colon: "Bildung: Die Partei will …")
    const opens = before && before.to === k && (before.from === s.t0 || LABEL.test(text.slice(s.start, before.start)));
    const cue: Cue = {
      kind: "verb",
      from: k,
      to: k + 1,
      start: tokens[k]!.start,
      end: tokens[k]!.end,
      needsContent: false,
      joint: false,
      participle: false,
      toWhom: false,
    };
    // (a reflexive pronoun may stand between: "will sich die Partei … einsetzen")
    const after = reflexives.has(tokens[k + 1]!.key) ? k + 2 : k + 1;
    let sp: { speaker: Speaker; m: { from: number; to: number; start: number; end: number } } | null = opens
      ? speakerOfPhrase(ctx, s, { phrase: before, role: null })
      : null;
    const group = groups.has(tokens[k]!.key);
    if (!sp || !body(ctx, s, sp.speaker, sp.m, group)) sp = speakerAfter(ctx, s, after);
    if (!sp || !body(ctx, s, sp.speaker, sp.m, group)) return null;
    return makeDraft(ctx, s, sp.speaker, [s.start, s.end], cue, [[Math.min(sp.m.start, cue.start), Math.max(sp.m.end, cue.end)]], 0.6);
  },
};

/**
 * Whether a subject is a body that speaks as one: no person, no role holder, no pronoun. After a modal in the
 * plural (`group`), so are the members of a body described together: a phrase of no name that ends in a compound
 * opened by a body's short name in capitals and a hyphen ("Die CDU-Politiker", "EU-Diplomaten").
 */
function body(ctx: Ctx, s: SentenceInfo, sp: Speaker, m: { from: number; to: number }, group = false): boolean {
  for (let j = m.from; j < m.to; j++) if (wordClass(ctx.cp, ctx.tokens[j]) & W.pronoun) return false;
  if (m.to > s.t1) return false;
  // (so is a group of the lexicon whose noun closes such a compound: "EU-Diplomaten" is read as "Diplomaten")
  if (group && (sp.id ? sp.kind === "group" : sp.kind === "person" || sp.kind === "unknown") && members(ctx, s, m)) return true;
  if (sp.kind === "person" || sp.role) return false;
  return sp.kind === "institution" || sp.kind === "group";
}

/** A compound opened by a short name in capitals and a hyphen: "CDU-Politiker", "EU-Diplomaten". */
const MEMBERS = /^\p{Lu}[\p{Lu}\d]+-\p{L}{3,}$/u;

/** Whether the phrase `m` ends in a compound of a body's short name, with no name of two words in it. */
function members(ctx: Ctx, s: SentenceInfo, m: { from: number; to: number }): boolean {
  // (the last word as written: a hyphen may split it into tokens)
  let a = m.to - 1;
  while (a > m.from && !/\s/u.test(ctx.text.slice(ctx.tokens[a - 1]!.end, ctx.tokens[a]!.start))) a--;
  if (!MEMBERS.test(ctx.text.slice(ctx.tokens[a]!.start, ctx.tokens[m.to - 1]!.end))) return false;
  return !s.names.some((n) => n.from < m.to && m.from < n.to && n.to - n.from >= 2);
}
