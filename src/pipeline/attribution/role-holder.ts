import { commaBeforeToken } from "../../text/tokens.js";
/**
 * A bare role word as a subject ("a subliniat ministrul", "añadió la ministra", "the minister
 * added") stands for the person who spoke earlier under that role ("Ministrul Muncii, Elena Pârvu, a
 * declarat …"), when one person only did: the reader takes the title back to its holder.
 */
import type { Speaker } from "../../schema/claim.js";
import { roleHoldersOn, type RoleRecord } from "../../lexicon/index.js";
import { noteRoleHolder, officeWords } from "../speakers.js";
import type { Ctx, SentenceInfo } from "./types.js";
import { W } from "../lexicon.js";
import { areaWordEndsAt, isRoleWord, lastHead, mentionsIn, roleNounBase, wordClass, type Phrase } from "./phrase.js";

/**
 * Whether role word `w` of an anaphor is word `h` of a holder's role: the same word, or one with an
 * ending of up to two letters more or less ("ministru" / "ministrul", "Minister" / "Ministerin"), or —
 * where compounds are written as one word — the end of it ("Arbeitsministerin" / "Ministerin").
 */
export function sameRole(w: string, h: string, compounds: boolean): boolean {
  if (w === h) return true;
  const [a, b] = w.length < h.length ? [w, h] : [h, w];
  if (a.length >= 5 && b.startsWith(a) && b.length - a.length <= 2) return true;
  return compounds && w.length >= 5 && h.length > w.length + 3 && h.endsWith(w);
}

/**
 * Whether a holder's role words (see `Discourse.roleHolders`) hold the office of role word `w` (lower case,
 * base form): `w` among them, with no other role word before it ("Deputy Mayor" holds no office of "mayor").
 */
export function holdsOffice(cp: Ctx["cp"], words: readonly string[], w: string, said: readonly string[] = []): boolean {
  const i = words.findIndex((x) => sameRole(w, x, cp.pack.matching.capitalizedNouns));
  return i >= 0 && words.slice(0, i).every((x) => said.includes(x) || !isRoleWord(cp, x));
}

/**
 * The phrase is determiners (an article, a demonstrative) and a role word at its head, no name
 * ("ministrul", "la ministra", "the minister", "этот министр"), with at most two words before the role
 * word that are words of the holder's role too ("the labour minister"): the one person given that role
 * earlier, with this phrase as the mention. Null where none did, or where two
 * different people did ("ministrul Muncii" and "ministrul Finanțelor": the reader cannot tell).
 */
export function namedRoleHolder(ctx: Ctx, s: SentenceInfo, p: Phrase, u: Speaker): Speaker | null {
  const { tokens, cp, d } = ctx;
  if (u.kind !== "unknown" || !d.roleHolders?.length) return null;
  // (a description of the office by other words the pack names stands for its role word: "szef resortu" is the minister)
  let k0 = p.from;
  while (k0 < p.to - 1 && wordClass(cp, tokens[k0]) & W.det) k0++;
  const put = cp.pack.grammar.rolePhrases[ctx.text.slice(tokens[k0]!.start, p.end).toLowerCase()];
  if (put && !mentionsIn(s, p).length) {
    const found = d.roleHolders.filter((h) => h.words.some((x) => sameRole(put, x, cp.pack.matching.capitalizedNouns)));
    return found.length === 1 ? { ...found[0]!.speaker, mention: ctx.text.slice(p.start, p.end), mentionSpan: [p.start, p.end] } : null;
  }
  let head = lastHead(ctx, s, p);
  if (head !== p.to - 1) return null;
  // (A body in the case of a complement after the role word names which office: "ministrul Muncii" is the one
  // given "Ministrul Muncii" — its words must be words of the holder's role.)
  const body: string[] = [];
  const ends = cp.pack.grammar.complementEndings;
  if (ends.length && tokens[head]!.upper && head > p.from) {
    let k = head;
    while (k - 1 > p.from && tokens[k - 1]!.upper && !isRoleWord(cp, tokens[k - 1]!.text)) k--;
    const key = tokens[k]!.key;
    if (k - 1 >= p.from && isRoleWord(cp, tokens[k - 1]!.text) && ends.some((e) => key.length > e.length + 2 && key.endsWith(e))) {
      for (let j = k; j <= head; j++) body.push(tokens[j]!.text.toLowerCase());
      head = k - 1;
    }
  }
  // (So does a complement in lower case right after the role word, where no word joins it (pack `grammar.joiners`
  // empty): "ministra zdrowia" is the one given "Minister zdrowia" — one or two words, each a word of the holder's role.)
  if (!body.length && !cp.pack.grammar.joiners.length && !tokens[head]!.upper && !isRoleWord(cp, tokens[head]!.text)) {
    let k = head;
    while (k > p.from && head - k < 2 && !tokens[k]!.upper && !isRoleWord(cp, tokens[k]!.text)) k--;
    if (k < head && isRoleWord(cp, tokens[k]!.text) && !tokens.slice(k + 1, head + 1).some((x) => x.upper || isRoleWord(cp, x.text))) {
      for (let j = k + 1; j <= head; j++) body.push(tokens[j]!.text.toLowerCase());
      head = k;
    }
  }
  const t = tokens[head]!;
  // (lower case, or capitalised only because it opens the sentence; not where nouns are capitalised in any case)
  if (t.upper && !(head === s.t0 || cp.pack.matching.capitalizedNouns)) return null;
  if (!isRoleWord(cp, t.text)) return null;
  // (words before the role word other than determiners say which role: "the labour minister" — each must be a word of the holder's role)
  const said: string[] = [];
  for (let k = p.from; k < head; k++) if (!(wordClass(cp, tokens[k]) & W.det)) said.push(tokens[k]!.text.toLowerCase());
  if (said.length > 2) return null;
  if (!body.length && s.names.some((n) => n.from >= p.from && n.to <= p.to && n.to - n.from >= 2)) return null;
  if (mentionsIn(s, p).some((m) => m.ref.type === "entity")) return null;
  // (an oblique form in the pack's case tables is matched by its base form: "ministra" is "minister")
  const w = (roleNounBase(cp, t.text) ?? t.text).toLowerCase();
  // (a role word before it in the holder's role that the phrase does not say makes another office: "Deputy Mayor
  // Anna Clarke" is not "the mayor")
  const holds = (words: string[]) => holdsOffice(cp, words, w, said);
  const found = d.roleHolders.filter((h) => holds(h.words) && said.every((x) => h.words.includes(x)) && body.every((x) => h.words.includes(x)));
  if (found.length !== 1) return null;
  return { ...found[0]!.speaker, mention: ctx.text.slice(p.start, p.end), mentionSpan: [p.start, p.end] };
}

/** Separators inside a title and its name: spaces, a comma, an elided article ("dell'Economia"), a hyphen. */
const TITLE_SEP = /^[\s,'’-]*$/u;

/**
 * Records a full name no lexicon knows that a sentence of narration gives with a role word right before
 * it ("Ministrul Muncii, Elena Pârvu, a vizitat …", "Labour Minister Anna Clarke visited …") or in an
 * apposition right after it ("Ana Ruiz, ministra de Trabajo, visitó …") as that role's holder.
 */
export function noteNamedRoles(ctx: Ctx, s: SentenceInfo): void {
  const { cp, tokens, text, d } = ctx;
  for (const n of s.names) {
    const a = n.to - 2;
    // (longer where the area of a body's name comes before the name: "Președintele Consiliului Județean Cluj Alin Tișe")
    if (n.to - n.from < 2 || n.to - n.from > (a - 2 >= n.from && areaWordEndsAt(cp, tokens, a - 2) ? 6 : 4)) continue;
    const words = tokens.slice(a, n.to);
    if (!words.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) && !isRoleWord(cp, t.text))) continue;
    const name = text.slice(words[0]!.start, words[1]!.end);
    // A role word at most four words before the name ("Le ministre de l'Intérieur, Paul Martin"), with nothing but spaces and commas between.
    let role: [number, number] | null = null;
    for (let k = a - 1; k >= Math.max(s.t0, a - 4); k--) {
      if (!TITLE_SEP.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
      if (isRoleWord(cp, tokens[k]!.text)) {
        // (with the capitalised words of its title before it, up to two: "Council President", "Prime Minister")
        let b = k;
        while (b - 1 >= s.t0 && k - b < 2 && tokens[b - 1]!.upper && /^\s+$/u.test(text.slice(tokens[b - 1]!.end, tokens[b]!.start))) b--;
        role = [tokens[b]!.start, tokens[a - 1]!.end];
        break;
      }
    }
    // Or in an apposition right after it: a comma, a determiner at most, the role word.
    if (!role && n.to < tokens.length && commaBeforeToken(text, tokens, n.to)) {
      let k = n.to;
      if (k < tokens.length && wordClass(cp, tokens[k]) & W.det) k++;
      if (k < tokens.length && tokens[k]!.start < s.end && isRoleWord(cp, tokens[k]!.text)) role = [tokens[n.to]!.start, tokens[k]!.end];
    }
    if (!role) continue;
    noteRoleHolder(d, { name, id: null, mention: null, mentionSpan: null, kind: "person", role: text.slice(role[0], role[1]), side: null });
  }
}

const OFFICE_WORDS = new WeakMap<Ctx["cp"], { role: RoleRecord; words: string[] }[]>();
/**
 * The words of the offices the lexicon gives person `id` on `date` (any date where it is null): its roles'
 * labels and the pack's forms of them, lower case; an empty list where it gives none. Words built once per pack.
 */
function officeWordsOf(cp: Ctx["cp"], id: string, date: string | null): string[] {
  let roles = OFFICE_WORDS.get(cp);
  if (!roles) {
    roles = [];
    for (const r of cp.lexicon.roles()) {
      if (r.pair) continue;
      roles.push({ role: r, words: officeWords([r.label, ...(cp.pack.roles[r.id] ?? []), ...(r.forms[cp.pack.code] ?? [])].join(" ")) });
    }
    OFFICE_WORDS.set(cp, roles);
  }
  return roles.filter((r) => r.role.holders.some((h) => h.id === id) && roleHoldersOn(r.role, date).includes(id)).flatMap((r) => r.words);
}

/**
 * Whether the lexicon gives person `id` offices on `date`, none of them the office of role word `w` (lower
 * case, base form): "President Donald Trump signed the order. The senator said …" — the senator is not Trump.
 * False for a person the lexicon gives no office then (a description may stand for anyone named: the
 * lexicon knows no past offices such as a governor's before the vice-presidency).
 */
export function holdsOtherOffices(cp: Ctx["cp"], id: string, w: string, date: string | null): boolean {
  const words = officeWordsOf(cp, id, date);
  return words.length > 0 && !words.some((x) => sameRole(w, x, cp.pack.matching.capitalizedNouns));
}
