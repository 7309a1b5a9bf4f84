import { firstTokenAt } from "./layout.js";
import type { Token } from "../text/tokens.js";
import { W, type CompiledPack, type MentionRef } from "./lexicon.js";
import { roleHoldersOn, type Entity } from "../lexicon/index.js";
import { NAME_PARTICLES } from "../lexicon/name-particles.js";
import type { Speaker } from "../schema/claim.js";
import type { DateExpr } from "./dates.js";
import type { Cue } from "./attribution/types.js";
import { endingOf, isAcronym } from "./endings.js";
import { hyphenSyllable, nameStart } from "./name-start.js";

/** A span of text that names (or may name) a speaker. */
export interface Mention {
  from: number;
  to: number;
  start: number;
  end: number;
  ref: MentionRef | { type: "name" };
  /** A role written next to a person ("Sean Spicer, rzecznik Białego Domu"): it gives the speaker's role. */
  role?: Mention;
  /** For a name: the first token of the title written right before it and left out of it ("Parteichef | Jan Aken"). */
  lead?: number;
}

/** What the reader knows so far: people named, and who spoke last. */
export interface Discourse {
  /** Person entity ids in the order they were named (most recent last). */
  persons: string[];
  /** The last resolved speaker of a claim. */
  last: Speaker | null;
  /** The last resolved speaker that is a person. */
  lastPerson: Speaker | null;
  /**
   * A person who opened a sentence of narration since the last claim ("Macron est arrivé mardi à
   * Kiev. « … », a-t-il déclaré."; "Macron llegó el martes. «…», dijo."): who an implicit subject
   * refers to next. Cleared by each claim.
   */
  fresh?: Speaker | null;
  /** People who spoke or opened a sentence before the last one, most recent last (at most three): whom "she" refers to where the last is a man. */
  earlierPersons?: Speaker[];
  /** The last institution, medium or group named as a subject or speaking: what "it" refers to. */
  lastThing?: Speaker | null;
  /** The last group of people named as one subject ("Putin and Trump"): who a plural verb with no subject refers to. */
  lastGroup?: Speaker | null;
  /** The last news medium named ("the agency" after Reuters). */
  lastMedia?: Speaker | null;
  /** People no lexicon knows, named in full earlier, by surname (lower case): "Gidley" is "Hogan Gidley". */
  named?: Map<string, Speaker>;
  /** People who spoke under a role, with its words in lower case (see attribution/role-holder.ts). */
  roleHolders?: { words: string[]; speaker: Speaker }[];
  /** Reference date (publication date) for role holders. */
  date: string | null;
}

/** Lexicon mentions among tokens `[from, to)`. */
/** A speaker the text does not name: "unknown", with the words that stand for it where there are some. */
export function unnamedSpeaker(mention: string | null = null, span: [number, number] | null = null): Speaker {
  return { name: "unknown", id: null, mention, mentionSpan: span, kind: "unknown", role: null, side: null };
}

const FORMER = new WeakMap<CompiledPack, Set<string>>();

export function findMentions(cp: CompiledPack, tokens: readonly Token[], text: string, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  let former = FORMER.get(cp);
  if (!former) FORMER.set(cp, (former = new Set(cp.pack.grammar.formerWords.map((w) => w.toLowerCase()))));
  for (const m of cp.mentions.findAll(tokens, text, from, to)) {
    const written = text.slice(m.start, m.end);
    // (a role after a word of the past is no office held now: "the former secretary of state", "ex-president")
    const past = m.from > 0 && former.size > 0 && former.has(tokens[m.from - 1]!.key);
    // (a newspaper's name that is a word too only with its capital: "Adevărul", not "adevărul" — the truth)
    const lower = !/\p{Lu}/u.test(written) && mastheads(cp).has(written.toLowerCase());
    const values = m.values.filter(
      (v) =>
        (!(v.type === "entity" && v.caps) || written === written.toUpperCase()) &&
        !(past && v.type === "role") &&
        !(lower && v.type === "entity" && v.id === "media") &&
        !(v.type === "entity" && v.entity && otherPerson(cp, tokens, m.from, m.to, v.entity)),
    );
    // (a capitalised pronoun after two capitalised words of a name is the name's last word, not the pronoun nor a
    // state written the same: "Trần Tuấn Anh", "ông Lê Hoàng Anh")
    if (!values.length || (values.some((v) => v.type === "pronoun") && pronounInName(cp, tokens, text, m.from))) continue;
    const ref = pickRef(values);
    // (a newspaper's name written as its web address is one mention, the domain with it: "HotNews.ro", like "Ulysmedia.kz")
    const next = tokens[m.to];
    const site =
      ref.type === "entity" && ref.entity && asWritten(cp, ref.entity, written) && next && text.slice(m.end, next.start) === "." && DOMAIN.test(next.text);
    if (site) out.push({ from: m.from, to: m.to + 1, start: m.start, end: next.end, ref });
    else out.push({ from: m.from, to: m.to, start: m.start, end: m.end, ref });
  }
  return out;
}

/** A top-level domain: two to six lower-case Latin letters ("kz" of "Ulysmedia.kz"). */
export const DOMAIN = /^[a-z]{2,6}$/;
/** A top-level domain glued by its dot to the end of a name (".ro" of "HotNews.ro"). */
const DOMAIN_SUFFIX = /\.[a-z]{2,6}$/u;

/**
 * Whether a form of the media at large (an entity of kind media with no name of its own), as written, is the name
 * of a newspaper: a title of several capitalised words ("La Stampa") or a form the pack writes with a capital
 * ("Adevărul", "Le Monde") — also with its web domain after it ("HotNews.ro").
 */
function asWritten(cp: CompiledPack, e: Entity, written: string): boolean {
  if (e.kind !== "media" || e.names.length > 0) return false;
  const w = written.trim().replace(DOMAIN_SUFFIX, "");
  return TITLE.test(w) || mastheads(cp).has(w.toLowerCase());
}

/**
 * Whether a known person matched by one word, the surname ("Harris"), is someone else of that name: right after a
 * first name that is not the person's ("Rep. Tom Harris" is not Kamala Harris), or after a title of the sex the
 * person's own first name contradicts ("Mr. Harris", where Harris is Kamala; "Ms. Biden", where Biden is Joe), by
 * the pack's `reporting.maleFirstNames`, `femaleFirstNames`, `maleTitles`, `femaleTitles`. A first name no list
 * knows, or the person's own ("Kamala Harris", "Vice President Harris", "Sen. Harris"), leaves the match alone.
 */
function otherPerson(cp: CompiledPack, tokens: readonly Token[], from: number, to: number, e: Entity): boolean {
  if (e.kind !== "person" || to - from !== 1 || from === 0) return false;
  const names = e.name.toLowerCase().split(/\s+/u);
  if (names.length < 2) return false;
  const r = cp.pack.reporting;
  let prev = tokens[from - 1]!;
  if (prev.text === "." && from >= 2) prev = tokens[from - 2]!;
  if (!prev.upper) return false;
  const w = prev.key;
  if ((r.maleFirstNames.includes(w) || r.femaleFirstNames.includes(w)) && !names.includes(w)) return prev.end < tokens[from]!.start;
  const first = names[0]!;
  return (r.maleTitles.includes(w) && r.femaleFirstNames.includes(first)) || (r.femaleTitles.includes(w) && r.maleFirstNames.includes(first));
}

const FAMILY_NAMES = new WeakMap<CompiledPack, Set<string>>();
/** The pack's common family names (`grammar.familyNames`), lower case, composed. */
export function familyNames(cp: CompiledPack): Set<string> {
  let set = FAMILY_NAMES.get(cp);
  if (!set) FAMILY_NAMES.set(cp, (set = new Set(cp.pack.grammar.familyNames.map((w) => w.normalize("NFC").toLowerCase()))));
  return set;
}

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/**
 * Whether the capitalised word at token k, a pronoun, ends a name: written as a name's word, right after two
 * capitalised words of a name, no function words, joined by spaces ("Thứ trưởng Trần Tuấn Anh", "ông Lê Hoàng Anh").
 * Not after one ("Hôm nay Anh …" opens a clause), nor after a comma.
 */
export function pronounInName(cp: CompiledPack, tokens: readonly Token[], text: string, k: number): boolean {
  if (k < 1 || !NAME_WORD.test(tokens[k]!.text)) return false;
  const fn = W.det | W.prep | W.conj | W.adv | W.nonName | W.pronoun | W.rel | W.comp | W.title | W.aux;
  // (or right after a family name the pack lists, joined by a space: "ông Lê Anh Tuấn", "Theo ông Lê Anh, …")
  const prev = tokens[k - 1]!;
  if (NAME_WORD.test(prev.text) && familyNames(cp).has(prev.text.normalize("NFC").toLowerCase()) && /^ +$/u.test(text.slice(prev.end, tokens[k]!.start)))
    return true;
  if (k < 2) return false;
  for (let j = k - 2; j < k; j++) {
    const t = tokens[j]!;
    if (!NAME_WORD.test(t.text) || (cp.words.get(t.key) ?? 0) & fn || !/^ +$/u.test(text.slice(t.end, tokens[j + 1]!.start))) return false;
  }
  return true;
}

/** Prefer a role over an entity, an entity over a pronoun or a possessive, when one form is both. */
function pickRef(values: MentionRef[]): MentionRef {
  return values.find((v) => v.type === "role") ?? values.find((v) => v.type === "entity") ?? values[0]!;
}

/**
 * What the reader knows once `sp` has spoken: who spoke last, who "he", "she", "it" and "they"
 * refer to next, and a full name no lexicon knows by its surname ("Gidley" is "Hogan Gidley").
 */
export function noteSpeaker(d: Discourse, sp: Speaker, cp?: CompiledPack): void {
  d.last = sp;
  d.fresh = null;
  noteRoleHolder(d, sp);
  if (sp.kind === "person" && sp.id === null && /\s/u.test(sp.name)) {
    const words = sp.name.split(/\s+/u);
    (d.named ??= new Map()).set(words.at(-1)!.toLowerCase(), { ...sp, mention: null, mentionSpan: null });
    // (and by its first word where the pack says names come family name first: "ông Ishiba" after "Ishiba Shigeru")
    if (cp) noteFamilyFirst(cp, d, words, sp);
  }
  if (sp.kind === "group") d.lastGroup = sp;
  // A description no lexicon knows ("the fire chief") is who "he" or "she" may refer to next.
  if (sp.kind === "person" || (sp.kind === "unknown" && sp.name !== "unknown")) setLastPerson(d, sp);
  else if (sp.kind === "institution" || sp.kind === "media") d.lastThing = sp;
}

/**
 * Records a full name no lexicon knows by its first word too, where the pack writes foreign names family name first
 * (`grammar.familyNameFirst`) and that word is none of its own family names (`grammar.familyNames`: "Nguyễn" is no
 * one's alone); not over a name recorded under that word already.
 */
export function noteFamilyFirst(cp: CompiledPack, d: Discourse, words: readonly string[], sp: Speaker): void {
  if (!cp.pack.grammar.familyNameFirst || words.length < 2) return;
  const first = words[0]!.toLowerCase();
  if (first.length < 3 || familyNames(cp).has(first.normalize("NFC")) || d.named?.has(first)) return;
  (d.named ??= new Map()).set(first, { ...sp, mention: null, mentionSpan: null });
}

/** Makes `sp` the last person, keeping the one before it among the earlier ones (three at most). */
export function setLastPerson(d: Discourse, sp: Speaker): void {
  const prev = d.lastPerson;
  if (prev && prev.name !== sp.name) {
    const list = (d.earlierPersons ??= []);
    list.push(prev);
    if (list.length > 3) list.shift();
  }
  d.lastPerson = sp;
}

/** The words of a speaker's role and mention, lower case: what a later bare role word is matched against. */
function roleWordsOf(sp: Speaker): string[] {
  return officeWords(`${sp.role ?? ""} ${sp.mention ?? ""}`);
}

/** The words of a text naming an office, lower case, of three letters or more: what a bare role word is matched against. */
export function officeWords(text: string): string[] {
  // (a word joined by a hyphen stays one: "Vice-president" is no president)
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{M}-]+/u)
    .filter((w) => w.length >= 3);
}

/** Records a person who spoke under a role ("Ministrul Muncii, Elena Pârvu"), for a bare role word later on. */
export function noteRoleHolder(d: Discourse, sp: Speaker): void {
  if (sp.kind !== "person" || !sp.role) return;
  const words = roleWordsOf(sp);
  if (words.length === 0) return;
  const list = (d.roleHolders ??= []).filter((h) => h.speaker.name !== sp.name);
  list.push({ words, speaker: { ...sp, mention: null, mentionSpan: null } });
  d.roleHolders = list;
}

/** Records the people and media named in a stretch of text (for roles, pronouns and "the agency" later on). */
export function notePersons(d: Discourse, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (m.ref.type === "entity") {
      const e = m.ref.entity;
      if (e?.kind === "person") {
        d.persons = d.persons.filter((p) => p !== e.id);
        d.persons.push(e.id);
        // (and by surname, as a full name no lexicon knows: "May said" after "Theresa May" is she)
        const last = /\s/u.test(e.name) ? surname(e) : "";
        if (last.length >= 3 && !d.named?.has(last.toLowerCase())) (d.named ??= new Map()).set(last.toLowerCase(), speakerOf(e, null, null, null));
      }
      if (e?.kind === "media" && e.id !== "media") d.lastMedia = speakerOf(e, null, null, null);
    }
  }
}

/**
 * Records two people named as one subject — two person mentions joined by a coordinator ("Putin i
 * Trump", "Trump and Putin") — or a group mention, as the group a plural verb may refer to next.
 */
export function noteGroups(d: Discourse, mentions: readonly Mention[], tokens: readonly Token[], text: string, cp: CompiledPack, cues: readonly Cue[]): void {
  // (as the subject of a verb: a reporting verb follows within a few words — "Putin i Trump zgodzili się";
  // "… przez Rexa Tillersona i Siergieja Ławrowa." names no subject)
  const verbAfter = (k: number) => cues.some((c) => c.kind === "verb" && c.from >= k && c.from <= k + 2);
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!,
      b = mentions[i + 1];
    if (a.ref.type === "entity" && a.ref.entity?.kind === "group") {
      if (verbAfter(a.to)) d.lastGroup = resolveMention(a, text, d, cp, [a.start, a.end]);
      continue;
    }
    if (!b || !isPerson(a) || !isPerson(b) || b.from !== a.to + 1 || !((cp.words.get(tokens[a.to]!.key) ?? 0) & W.and) || !verbAfter(b.to)) continue;
    const ea = (a.ref as { entity: Entity }).entity,
      eb = (b.ref as { entity: Entity }).entity;
    if (ea.id === eb.id) continue;
    const names = [surname(ea), surname(eb)].sort();
    d.lastGroup = {
      name: `${names[0]} and ${names[1]}`,
      id: null,
      mention: null,
      mentionSpan: null,
      kind: "group",
      role: null,
      side: ea.side === eb.side ? ea.side : null,
    };
  }
}

/** Whether a reporting cue marks a plural subject (pack `grammar.pluralMarks`): "przyznali", "au declarat", "hanno detto". */
export function pluralCue(cp: CompiledPack, tokens: readonly Token[], c: Cue): boolean {
  const marks = cp.pack.grammar.pluralMarks;
  if (marks.length === 0) return false;
  const first = tokens[c.from]!.text.toLowerCase();
  for (const mk of marks) {
    if (mk.startsWith("-")) {
      if (first.endsWith(mk.slice(1)) && first.length > mk.length + 1) return true;
    } else for (let k = c.from; k < c.to; k++) if (tokens[k]!.text.toLowerCase() === mk) return true;
  }
  return false;
}

/**
 * Who an implicit subject refers to: for a plural verb the group named last, else a person who opened
 * the narration since the last claim, else the last speaker — or, where verbs mark their number, the
 * last single speaker when the last one was a group.
 */
export function implicitSubject(d: Discourse, cp: CompiledPack, tokens: readonly Token[], c: Cue): Speaker | null {
  if (cp.pack.grammar.pluralMarks.length === 0) return d.fresh ?? d.last;
  if (pluralCue(cp, tokens, c)) return d.lastGroup ?? d.last;
  if (d.fresh) return d.fresh;
  return d.last?.kind === "group" ? (d.lastPerson ?? d.last) : d.last;
}

/**
 * Whose words a possessive of a source phrase means ("По его словам", "Jego zdaniem", "Potrivit acestuia",
 * "A suo dire"): the person who opened the narration since the last claim ("Сергей Иванов посетил завод. По
 * его словам, …"), else the last speaker, else the last person named as a speaker.
 */
export function anaphorSpeaker(d: Discourse): Speaker | null {
  return d.fresh ?? d.last ?? d.lastPerson;
}

const speakerOf = (e: Entity, mention: string | null, span: [number, number] | null, role: string | null): Speaker => ({
  name: e.name,
  id: e.id,
  mention,
  mentionSpan: span,
  kind: e.kind,
  role,
  side: e.side,
});

const surname = (e: Entity) => e.name.split(" ").slice(-1)[0]!;

/**
 * Resolves a mention to a speaker, as a reader would: an entity is itself; a role is the person
 * holding it who was named before, else its holder on the article date, else the institution it
 * belongs to; a pronoun is the last person who spoke.
 */
/** Words that all open with a capital, two or more: a title ("La Stampa"). */
const TITLE = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u;

const MASTHEADS = new WeakMap<CompiledPack, Set<string>>();
/** The forms of the media at large that the pack writes with a capital: the names of newspapers ("Adevărul", "Le Monde"), lower case. */
function mastheads(cp: CompiledPack): Set<string> {
  let set = MASTHEADS.get(cp);
  if (!set) {
    set = new Set((cp.pack.entities.media ?? []).filter((f) => /^\p{Lu}/u.test(f)).map((f) => f.toLowerCase()));
    MASTHEADS.set(cp, set);
  }
  return set;
}

export function resolveMention(
  m: Mention,
  text: string,
  d: Discourse,
  cp: CompiledPack,
  span: [number, number],
  before: readonly Mention[] = [],
): Speaker | null {
  const mention = text.slice(m.start, m.end);
  if (m.ref.type === "entity") {
    const e = m.ref.entity;
    // "Secondo La Stampa", "según La Prensa": the media at large (no name of its own), written as a title of
    // several capitalised words, is the newspaper of that name.
    // (so is a form the pack writes with a capital, a newspaper's name however written: "Adevărul", "Il Corriere della Sera")
    // (with its web domain, under its web address: "HotNews.ro")
    if (e && asWritten(cp, e, mention)) return { name: mention.trim(), id: null, mention, mentionSpan: span, kind: "media", role: null, side: null };
    return e ? speakerOf(e, mention, span, null) : null;
  }
  if (m.ref.type === "pronoun" && m.ref.part) {
    // "Two diplomats said … “…,” one of them added": one out of the group that spoke last, a group or a
    // description with a plural head; with one person last, no one the reader can name.
    const g = d.last;
    if (g && manyPeople(cp, g)) return { ...g, mention, mentionSpan: span };
    return unnamedSpeaker(mention, span);
  }
  if (m.ref.type === "pronoun") {
    // With no one named before it, the speaker is unknown and the pronoun its mention.
    // (not a document that spoke last: "The poll found … He said …" — the poll is no "he")
    // (nor a body that spoke last, named by its noun alone: "The company said … “…,” she said" — she is no company)
    const p = d.lastPerson ?? (d.last && d.last === d.lastThing && (d.last.kind === "unknown" || d.last.kind === "institution") ? null : d.last);
    // (one man or one woman is no group and no one of the other sex: "Officials said … He added", "Mr. Graham said … She added")
    if (p && agrees(cp, mention, p)) return { ...p, mention, mentionSpan: span };
    // (where the last does not agree, the nearest person before it that does: "Sen. Mary Collins said … Mr. Graham
    // said … She added" is Collins; only where a pronoun of one sex failed on a person, not a group: "Democrats
    // said … He added" stays unknown)
    if (p && p.kind !== "group" && !(p.kind === "unknown" && pluralHead(cp, p.mention ?? p.name))) {
      const earlier = [...(d.earlierPersons ?? [])].reverse().find((x) => x.name !== p.name && x.kind === "person" && agrees(cp, mention, x));
      if (earlier) return { ...earlier, mention, mentionSpan: span };
    }
    return unnamedSpeaker(mention, span);
  }
  if (m.ref.type === "anaphor") {
    const who = anaphorSpeaker(d);
    return who ? { ...who, mention, mentionSpan: span } : null;
  }
  if (m.ref.type === "name") {
    // A surname alone after the full name: "Gidley nói thêm" after "Hogan Gidley".
    const earlier = /\s/u.test(mention.trim()) ? undefined : d.named?.get(mention.trim().toLowerCase());
    if (earlier) return { ...earlier, mention, mentionSpan: span };
    // (One word that names a body — an acronym, declined or not, or a clipped name of the pack's — is that body,
    // in its base form: "В МИДе заявили" → "МИД", "У Мінфіні повідомили" → "Мінфін".)
    // (With one capitalised word after it, its complement: "в Минздраве Украины" → "Минздрав Украины".)
    const words = mention.trim().split(/\s+/u);
    const body = words.length <= 2 ? bodyBase(cp, words[0]!) : null;
    if (body) return { name: [body, ...words.slice(1)].join(" "), id: null, mention, mentionSpan: span, kind: "institution", role: null, side: null };
    // As written: a subject is in its base form already ("Hans" stays "Hans"); a name in another
    // case (after "według", "potrivit lui") is brought back by the caller (see sourceSpeaker).
    // (members of a party, in the plural, are a group: "Democrats", "Senate Republicans")
    const kind = partyPlural(cp, words[words.length - 1]!) ? "group" : words.length > 1 ? "person" : "unknown";
    return { name: mention, id: null, mention, mentionSpan: span, kind, role: null, side: null };
  }
  const role = cp.lexicon.role(m.ref.id);
  if (!role) return null;
  if (role.pair) {
    // "both leaders": the last two people named, in this sentence before the mention first.
    const here = before.filter((x) => x.end <= m.start && isPerson(x)).map((x) => (x.ref as { id: string }).id);
    const ids = [...d.persons.filter((p) => !here.includes(p)), ...here.filter((p, i) => here.indexOf(p) === i)];
    const two = ids
      .slice(-2)
      .map((id) => cp.lexicon.entity(id)!)
      .filter(Boolean);
    if (two.length === 2) {
      const names = two.map(surname).sort();
      return { name: `${names[0]} and ${names[1]}`, id: null, mention, mentionSpan: span, kind: "group", role: role.label, side: null };
    }
    return { name: role.label, id: null, mention, mentionSpan: span, kind: "group", role: role.label, side: role.side };
  }
  const holders = roleHoldersOn(role, d.date);
  const named = [...d.persons].reverse().find((p) => holders.includes(p) || (role.anyAffiliated && cp.lexicon.entity(p)?.affiliation === role.of));
  const id = named ?? holders[0];
  const person = id ? cp.lexicon.entity(id) : undefined;
  if (person) return speakerOf(person, mention, span, role.label);
  const inst = role.of ? cp.lexicon.entity(role.of) : undefined;
  if (inst) return speakerOf(inst, mention, span, role.label);
  return { name: role.label, id: null, mention, mentionSpan: span, kind: "unknown", role: role.label, side: role.side };
}

/**
 * Whether a pronoun of one man or one woman (pack `reporting.malePronouns`, `femalePronouns`) may stand for a
 * speaker: not a group, not a description with a plural head ({@link pluralHead}: "Officials said … He added"),
 * not one titled for the other sex (`reporting.maleTitles`, `femaleTitles`: "Mr. Graham said … She added").
 * Other pronouns ("they", "we") agree with anyone.
 */
function agrees(cp: CompiledPack, pronoun: string, sp: Speaker): boolean {
  const r = cp.pack.reporting;
  const w = pronoun.trim().toLowerCase();
  const male = r.malePronouns.includes(w);
  if (!male && !r.femalePronouns.includes(w)) return true;
  if (sp.kind === "group" || (sp.kind === "unknown" && pluralHead(cp, sp.mention ?? sp.name))) return false;
  const title =
    (sp.mention ?? "")
      .trim()
      .split(/[\s.]+/u)[0]
      ?.toLowerCase() ?? "";
  // (or last named by a pronoun of the other sex: "She said … He added" after "Mrs. Pelosi said")
  if ((male ? r.femaleTitles : r.maleTitles).includes(title) || (male ? r.femalePronouns : r.malePronouns).includes(title)) return false;
  // (or a person whose first name only the other sex bears: "Karen Bass said … Tom Graham said … She added")
  const first = sp.kind === "person" ? (/^\p{L}+/u.exec(sp.name)?.[0].toLowerCase() ?? "") : "";
  if ((male ? r.femaleFirstNames : r.maleFirstNames).includes(first)) return false;
  // (or one whose role is the other sex's: "Arbeitsministerin Anna Berger said … er", "El alcalde, Pedro Gómez … ella")
  // (a role as the text gives it, not the label of a role the lexicon knows: "Kremlin spokesperson")
  const sex = sp.role && !sp.id ? roleSex(cp, sp.role) : null;
  return sex === null || sex === (male ? "m" : "f");
}

const ROLE_SET = new WeakMap<CompiledPack, Set<string>>();
/** The words of the pack's roles and nouns of office, lower case (as `isRoleWord` reads them, built here once per pack). */
function roleSet(cp: CompiledPack): Set<string> {
  let set = ROLE_SET.get(cp);
  if (!set) {
    set = new Set(cp.pack.grammar.roleNouns.map((w) => w.toLowerCase()));
    for (const { pattern } of cp.roleForms) for (const w of officeWords(pattern)) set.add(w);
    ROLE_SET.set(cp, set);
  }
  return set;
}

/** Whether a lower-case word is a role word of the pack, or — where nouns are compounded — ends in one of five letters or more. */
function roleIn(cp: CompiledPack, w: string): boolean {
  const set = roleSet(cp);
  if (set.has(w)) return true;
  if (!cp.pack.matching.capitalizedNouns) return false;
  for (let i = 1; i + 5 <= w.length; i++) if (set.has(w.slice(i))) return true;
  return false;
}

/**
 * The sex a speaker's role says: "f" or "m" by the article that opens it (pack `reporting.femaleArticles`,
 * `maleArticles`: "La portavoz", "El alcalde"), else by its head word — its first word after articles — that is
 * a woman's form of a role word (`reporting.femaleRoleEndings`: "Arbeitsministerin", "ministra") or a role word with
 * a woman's form ("Bürgermeister", "ministro"); null where it says none ("Министр", "portavoz", "periodista").
 */
export function roleSex(cp: CompiledPack, role: string): "f" | "m" | null {
  const r = cp.pack.reporting;
  const words = role.trim().toLowerCase().split(/\s+/u);
  const a = words[0] ?? "";
  if (r.femaleArticles.includes(a)) return "f";
  if (r.maleArticles.includes(a)) return "m";
  const pairs = r.femaleRoleEndings;
  if (!pairs.length) return null;
  const head = words.find((w) => !((cp.words.get(cp.fold(w)) ?? 0) & W.det)) ?? "";
  if (head.length < 5 || !/^\p{L}+$/u.test(head)) return null;
  for (const [fe, me] of pairs) if (head.endsWith(fe) && roleIn(cp, head.slice(0, head.length - fe.length) + me)) return "f";
  if (!roleIn(cp, head)) return null;
  for (const [fe, me] of pairs) if (head.endsWith(me) && roleIn(cp, head.slice(0, head.length - me.length) + fe)) return "m";
  return null;
}

/**
 * Whether a speaker is many people: a group, or a description no lexicon knows with a plural head ("Officials")
 * or opened by a count of two or more ("Два европейских дипломата").
 */
export function manyPeople(cp: CompiledPack, sp: Speaker): boolean {
  const words = sp.mention ?? sp.name;
  return sp.kind === "group" || (sp.kind === "unknown" && sp.name !== "unknown" && (pluralHead(cp, words) || countOpens(cp, words)));
}

/**
 * Whether a description opens with a count of two or more, in figures or in the pack's words of number
 * (`dates.numbers`): "Два европейских дипломата", "3 officials" — many people, whatever the ending of its head.
 */
function countOpens(cp: CompiledPack, mention: string): boolean {
  const first = mention.trim().split(/\s+/u)[0]?.toLowerCase() ?? "";
  if (/^\d+$/u.test(first)) return Number(first) >= 2;
  return Object.entries(cp.pack.dates.numbers).some(([n, forms]) => Number(n) >= 2 && forms.some((f) => f.toLowerCase() === first));
}

/**
 * Whether a description no lexicon knows has a plural head: its word before the first preposition (else its
 * last word), in lower case, ends in one of the pack's `reporting.pluralHeadEndings` with no doubled last letter,
 * and is no function word ("Officials", "senior aides familiar with …"; not "the boss", "a person familiar with
 * the talks").
 */
function pluralHead(cp: CompiledPack, mention: string): boolean {
  const ends = cp.pack.reporting.pluralHeadEndings;
  if (ends.length === 0) return false;
  const words = mention.trim().split(/\s+/u);
  let head = words[words.length - 1] ?? "";
  for (let i = 1; i < words.length; i++)
    if ((cp.words.get(words[i]!.toLowerCase()) ?? 0) & W.prep) {
      head = words[i - 1]!;
      break;
    }
  const key = head.toLowerCase();
  // (the description's first word may be capitalised as the sentence's: "Officials said"; a surname alone is
  // one only where its full name came before, and then it is a person's)
  if (head !== key && head !== words[0]) return false;
  return key.length > 3 && ends.some((e) => key.endsWith(e)) && key.at(-1) !== key.at(-2) && !cp.words.has(key);
}

/** One word of a name by the pack's suffix rules, or null where none applies. */
function ruleBase(w: string, last: boolean, cp: CompiledPack): string | null {
  // (an acronym in capitals is never declined: "ВЦИОМ", "NATO")
  if (isAcronym(w)) return w;
  for (const r of cp.pack.nameRules) {
    // A rule for the whole name's ending (German genitive "Hans Müllers") leaves the first names alone.
    if (r.lastWord && !last) continue;
    if (w.length >= r.minLength && w.toLowerCase().endsWith(r.suffix.toLowerCase())) return w.slice(0, w.length - r.suffix.length) + r.replace;
  }
  return null;
}

/** Reduces an inflected unknown name to its nominative form with the pack's suffix rules. */
export function nominative(name: string, cp: CompiledPack): string {
  const words = name.split(/\s+/);
  return words.map((w, i) => ruleBase(w, i === words.length - 1, cp) ?? w).join(" ");
}

/**
 * The base form of an unknown name in the genitive a source preposition governs ("Według Donalda
 * Tuska" → "Donald Tusk", "По словам Ивана Петрова" → "Иван Петров"): the pack's suffix rules, else
 * an ending learnt from the pack's own names (endings.ts) that is one of the genitive's (pack
 * `grammar.genitiveEndings`) and leaves no doubt — it is dropped ("-a"), is longer than one letter
 * ("-ой" → "-а"), or was learnt after one kind of letter only ("-y" → "-a" after a consonant: "Anny").
 * In the genitive, a name's "-a" is no woman's nominative ("Zacharowa" is "Zacharowej" there), so
 * what {@link nominative} leaves alone may go. Packs without genitive endings: {@link nominative}.
 */
export function genitiveName(name: string, cp: CompiledPack): string {
  const gen = cp.pack.grammar.genitiveEndings;
  if (gen.length === 0) return nominative(name, cp);
  const words = name.split(/\s+/);
  // (a name spelt the way the language's own never are is foreign in all its words: "Wesleya Clarka")
  const foreignSpellings = cp.pack.grammar.foreignSpellings;
  const lower = name.toLowerCase();
  const native = !foreignSpellings.some((f) => lower.includes(f));
  return words
    .map((w, i) => {
      const ruled = ruleBase(w, i === words.length - 1, cp);
      if (ruled !== null) return ruled;
      // (each part of a double name: "Kosiniaka-Kamysza" → "Kosiniak-Kamysz")
      return w
        .split("-")
        .map((part) => {
          const e = endingOf(part, cp.endings, native);
          // (an ending that holds the stem's last letter ends with one of the genitive's: "Pawła" → "Paweł", "Marka" → "Marek")
          if (!e || !gen.some((g) => e.from.endsWith(g)) || !(e.to === "" || e.from.length > 1 || e.after !== null)) return part;
          const stem = part.slice(0, part.length - e.from.length);
          // (a stem no word of the language ends so is a foreign name's, whose vowel the ending took: "Pedra" → "Pedro")
          const vowel = e.to === "" ? cp.pack.grammar.stemVowels.find(([end]) => stem.toLowerCase().endsWith(end)) : undefined;
          // (and where an alternation the paradigms teach would apply, a longer such stem left by the bare ending's drop
          // wins, being the more specific: "Pabla" → "Pablo" by "-abl", while "Wróbla" → "Wróbel", "Aleksandra" → "Aleksander")
          if (e.letters) {
            const lower = part.toLowerCase();
            const drop = cp.endings.find((x) => x.to === "" && !x.letters && gen.includes(x.from) && lower.endsWith(x.from));
            const bare = drop ? part.slice(0, part.length - drop.from.length) : "";
            const own = drop ? cp.pack.grammar.stemVowels.find(([end]) => end.length > e.from.length && bare.toLowerCase().endsWith(end)) : undefined;
            if (own) return bare + own[1];
          }
          return stem + (vowel ? vowel[1] : e.to);
        })
        .join("-");
    })
    .join(" ");
}

/** A person of the lexicon and a role next to each other ("Sean Spicer, rzecznik Białego Domu", "X – rzecznik MSZ"). */
export function apposition(a: Mention, b: Mention, text: string): boolean {
  const sep = text.slice(a.end, b.start);
  // (or a dash: "Aleksand Bortnikov - lãnh đạo FSB", "Jan Kowalski – rzecznik MSZ")
  return sep.length <= 3 && (/^[\s,]*$/.test(sep) || /^\s+[-–—]\s+$/u.test(sep));
}

export const isPerson = (m: Mention) => m.ref.type === "entity" && m.ref.entity?.kind === "person";
export const isRole = (m: Mention) => m.ref.type === "role";

/**
 * Runs of capitalised words that no lexicon knows (two words or more, or one word that does not
 * open the sentence): candidate names of speakers the lexicon lacks.
 */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** An acronym or a short code with a digit ("EU", "SPD", "G7", "G20", "F16"): the first part of a compound noun before a hyphen. */
const COMPOUND_CODE = /^(?:\p{Lu}{2,6}|\p{Lu}{1,3}\d{1,3})$/u;
/**
 * The first word of a name that runs from token `from` to token `last`, past acronyms written before a
 * name of two words or more — the body the person speaks for ("МЗС Георгій Тихий", "FBI Director Kash
 * Patel"), not across a hyphen ("SWR-Intendant Peter Boudgoust" keeps its compound).
 */
export function pastAcronyms(text: string, tokens: readonly Token[], from: number, last: number): number {
  while (last - from >= 2 && ACRONYM.test(tokens[from]!.text) && /^\s+$/u.test(text.slice(tokens[from]!.end, tokens[from + 1]!.start))) from++;
  return from;
}

/**
 * Whether a token is a name's particle ({@link NAME_PARTICLES}: "de", "van", "von der") in lower case,
 * where the pack has no function word of that spelling (there its own rules read it).
 */
export function isNameParticle(cp: CompiledPack, t: Token): boolean {
  return !t.upper && NAME_PARTICLES.has(t.key) && !cp.words.has(t.key);
}

/** Whether token `b` is an ending written after an apostrophe right after `a` that a name rule of the pack strips ("Kirby" "ego"). */
function apostropheEnding(text: string, a: Token, b: Token, cp: CompiledPack): boolean {
  const sep = text.slice(a.end, b.start);
  if (!/^['’]$/u.test(sep)) return false;
  const ending = (sep + b.text).toLowerCase();
  // (not a possessive: "Pelosi's view")
  return !cp.pack.grammar.possessives.includes(ending) && cp.pack.nameRules.some((r) => r.suffix.toLowerCase() === ending);
}

export function nameRuns(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  known: readonly { from: number; to: number }[],
  cues: readonly Cue[],
  dates: readonly DateExpr[],
  cp: CompiledPack,
  isRole: (word: string) => boolean = () => false,
): Mention[] {
  // Tokens of the sentence taken by a mention, a cue or a date (one byte each, not a set of numbers;
  // each date marks its own tokens rather than every token testing every date).
  const held = new Uint8Array(Math.max(0, b - a));
  const take = (k: number) => {
    if (k >= a && k < b) held[k - a] = 1;
  };
  for (const m of known) for (let k = m.from; k < m.to; k++) take(k);
  for (const m of cues) for (let k = m.from; k < m.to; k++) take(k);
  for (const d of dates) {
    for (let k = Math.max(a, firstTokenAt(tokens, d.start)); k < b && tokens[k]!.start < d.end; k++) if (tokens[k]!.end <= d.end) held[k - a] = 1;
  }
  const taken = { has: (k: number) => held[k - a] === 1 };
  const single = !cp.pack.matching.capitalizedNouns;
  // Pronouns, articles, adverbs and titles in capitals open sentences ("It", "Lo", "Pertanto",
  // "Mr"): no name starts or goes on with one.
  const fn = (k: number) => (cp.words.get(tokens[k]!.key) ?? 0) & (W.det | W.prep | W.conj | W.adv | W.nonName | W.pronoun | W.rel | W.comp | W.title);
  const out: Mention[] = [];
  const joined = (k: number) => /^[\s-]{1,2}$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  // (an ending after an apostrophe that the pack's name rules know belongs to the name: "Kirby'ego", "Mike'a Johnsona")
  const ending = (k: number) => k < b && !taken.has(k) && !tokens[k]!.upper && apostropheEnding(text, tokens[k - 1]!, tokens[k]!, cp);
  for (let i = a; i < b; i++) {
    if (taken.has(i) || !tokens[i]!.upper || fn(i)) continue;
    // (Where nouns are capitalised, an acronym or a short code with a digit joined by a hyphen to the next word opens
    // a compound noun, no name: "die G7-Staaten", "die EU-Kommission", "die SPD-Fraktion"; a name may follow it.)
    if (!single && i + 1 < b && text.slice(tokens[i]!.end, tokens[i + 1]!.start) === "-" && COMPOUND_CODE.test(tokens[i]!.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (ending(j)) j++;
    // (a role word opening the run is no word of the name: one more after it — "Președintele Consiliului Județean Cluj Alin Tișe")
    const most = isRole(tokens[i]!.text) ? 6 : 5;
    for (;;) {
      while (
        j < b &&
        !taken.has(j) &&
        ((tokens[j]!.upper && (!fn(j) || pronounInName(cp, tokens, text, j)) && joined(j)) || hyphenSyllable(cp, text, tokens, j, i)) &&
        j - i < most
      ) {
        j++;
        if (ending(j)) j++;
      }
      // (over one or two name particles the pack has no word for, to a capitalised surname: "Bill de Blasio")
      let q = j;
      while (q < b && q < j + 2 && !taken.has(q) && isNameParticle(cp, tokens[q]!) && joined(q)) q++;
      // (or over one capitalised particle, even one the pack reads as an article: "Marine Le Pen", "Luigi Di Maio")
      if (q === j && q < b && !taken.has(q) && tokens[q]!.upper && NAME_PARTICLES.has(tokens[q]!.key) && joined(q)) q++;
      if (q === j || q >= b || taken.has(q) || !tokens[q]!.upper || fn(q) || !joined(q) || j - i >= 5) break;
      j = q;
    }
    // (An acronym before a name of two words or more is the body the person speaks for, no part of the
    // name: "речник МЗС Георгій Тихий", "FBI Director Kash Patel".)
    let from = pastAcronyms(text, tokens, i, j - 1);
    // (A role word before a name of two words is the person's title, no part of the name: "Director Jane
    // Moriarty", "Senate Majority Whip John Cornyn".)
    // (Where nouns are capitalised, a role word before one capitalised word too: "Parteichef Müller" is Müller,
    // read as a title and a surname by the phrase rules, not as a name of two words.)
    for (let k = j - (single ? 3 : 2); k >= from; k--)
      if (isRole(tokens[k]!.text)) {
        from = k + 1;
        break;
      }
    // (A body in the case of a complement right after a role word is no part of a name: "ministrul Muncii Elena
    // Pârvu" is Elena Pârvu; "ministrul Finanțelor Publice" names no one.)
    const ends = cp.pack.grammar.complementEndings;
    if (ends.length && from === i && from - 1 >= a && isRole(tokens[from - 1]!.text)) {
      const key = tokens[from]!.key;
      if (ends.some((e) => key.length > e.length + 2 && key.endsWith(e))) {
        if (j - from - 1 < 2) {
          i = j - 1;
          continue;
        }
        from = j - 2;
      }
    }
    // (So is a clipped body's name there, before a name of two words: "глава Совфеда Валентина Матвиенко",
    // "речник Генштабу Андрій Коваленко" — pack `grammar.bodyStems`.)
    if (
      from === i &&
      from - 1 >= a &&
      j - from - 1 >= 2 &&
      !ACRONYM.test(tokens[from]!.text) &&
      isRole(tokens[from - 1]!.text) &&
      bodyBase(cp, tokens[from]!.text)
    )
      from++;
    // (a title's place that runs into the name is no part of it: "tại Việt Nam | Ito Naoki" — see nameStart)
    from = nameStart(cp, tokens, from, j, familyNames(cp));
    if (j - from >= 2 || single)
      out.push({ from, to: j, start: tokens[from]!.start, end: tokens[j - 1]!.end, ref: { type: "name" }, ...(from > i ? { lead: i } : {}) });
    i = j - 1;
  }
  return out;
}

const BODY_ACRONYM = /^(\p{Lu}{2,6})(\p{Ll}{1,2})?$/u;
const BODY_STEMS = new WeakMap<CompiledPack, string[]>();
/**
 * The base form of one word that names a public body, or null for any other word: an acronym, without the
 * case ending it may take ("МИДе" → "МИД", "МЗС"); a clipped name that starts with one of the pack's
 * `grammar.bodyStems` and has at most two letters after it ("Минфине" → "Минфин"), with the base ending of
 * a stem the pack also lists with it ("госдум" and "госдума": "Госдуме" → "Госдума"). Longer words after a
 * stem are as written ("Минэкономразвития").
 */
export function bodyBase(cp: CompiledPack, word: string): string | null {
  const acr = BODY_ACRONYM.exec(word);
  if (acr) return acr[1]!;
  let stems = BODY_STEMS.get(cp);
  if (!stems) BODY_STEMS.set(cp, (stems = cp.pack.grammar.bodyStems.map((x) => x.toLowerCase())));
  if (stems.length === 0 || word.charAt(0) === word.charAt(0).toLowerCase()) return null;
  const lw = word.toLowerCase();
  let stem = "";
  for (const x of stems) if (lw.startsWith(x) && x.length > stem.length) stem = x;
  if (!stem) return null;
  if (lw.length - stem.length > 2) return word;
  // (the stem's base form the pack lists beside it: one to two letters more)
  const base = stems.find((x) => x.length > stem.length && x.length <= stem.length + 2 && x.startsWith(stem));
  return word.slice(0, stem.length) + (base ? base.slice(stem.length) : "");
}

/**
 * Whether a word is the plural of a party's member (pack `grammar.partyMembers` with one of
 * `reporting.pluralHeadEndings`): "Democrats", "Republicans" — a group, never one person.
 */
export function partyPlural(cp: CompiledPack, word: string): boolean {
  const w = word.toLowerCase();
  return cp.pack.reporting.pluralHeadEndings.some((e) => w.length > e.length && w.endsWith(e) && cp.pack.grammar.partyMembers.includes(w.slice(0, -e.length)));
}

/**
 * A person who opens a sentence as a title and a surname only ("Mr. Lopez disagreed.", "Sen. Ortiz was
 * not convinced."): the person noted under that surname before, or the surname as written — who a quotation
 * with no cue right after it quotes. Undefined where the sentence opens otherwise, or where capitals mark
 * every noun.
 */
export function titledSurname(
  cp: CompiledPack,
  tokens: readonly Token[],
  text: string,
  t0: number,
  names: readonly { from: number; to: number }[],
  named: ReadonlyMap<string, Speaker> | undefined,
): Speaker | undefined {
  const n = names[0];
  // (or members of a party who open it, up to three words: "Democrats disagreed.", "House Republicans were not
  // persuaded." — the group a quotation with no cue right after it quotes)
  if (!cp.pack.matching.capitalizedNouns && n && n.from === t0 && n.to - n.from <= 3 && partyPlural(cp, tokens[n.to - 1]!.text)) {
    const mentionSpan: [number, number] = [tokens[t0]!.start, tokens[n.to - 1]!.end];
    const mention = text.slice(mentionSpan[0], mentionSpan[1]);
    return { name: mention, id: null, mention, mentionSpan, kind: "group", role: null, side: null };
  }
  if (cp.pack.matching.capitalizedNouns || !n || n.from <= t0 || n.from - t0 > 2) return undefined;
  let k = t0;
  while (k < n.from && ((cp.words.get(tokens[k]!.key) ?? 0) & W.title) !== 0) k++;
  if (k !== n.from || n.to - n.from !== 1) return undefined;
  const t = tokens[n.from]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return undefined;
  const mentionSpan: [number, number] = [tokens[t0]!.start, t.end];
  const mention = text.slice(mentionSpan[0], mentionSpan[1]);
  const known = named?.get(t.text.toLowerCase());
  return known ? { ...known, mention, mentionSpan } : { name: t.text, id: null, mention, mentionSpan, kind: "person", role: null, side: null };
}
