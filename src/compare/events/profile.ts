import type { LexiconModel } from "../../model/index.js";
import { conceptKind } from "../../lexicon/concepts.js";
import type { ComparisonInputArticle } from "../input.js";
import { dayNumber, readMentions, type ClaimRep } from "../represent/index.js";
import { nameKey } from "../represent/names.js";
import type { CompareLexicon } from "../represent/lexicon.js";
import { issuerSideOf } from "./issuer-side.js";

/**
 * What an article tells about the event it reports, for grouping articles into events in the
 * manner of cross-lingual news clustering: who it names (people, by how often), what kind of
 * encounter (a call, a meeting), which states, subjects and names, and when.
 */
export interface ArticleProfile {
  id: string;
  order: number;
  /** The day of the event as the article dates it: its claims' dates from the text, else its publication. */
  day: number | null;
  /** `day` rests on dates in the text, not on the publication date. */
  firm: boolean;
  /** Side → days on which claims of that side date an encounter from the text. */
  firmDays: Map<string, Set<number>>;
  people: Map<string, number>;
  /** The people the article is about, at most one per side, most named first. */
  top: string[];
  kinds: Map<string, number>;
  /** States, subjects, places and unknown names, with counts. */
  keys: Map<string, number>;
  reps: ClaimRep[];
  /** The mean of the caller's embeddings of the article's claims, when `embed` was given. */
  embedding: number[] | null;
  /**
   * The institution that issued the article when it is a first-party document (a White House
   * readout, a Kremlin statement): its `issuer`, else an outlet that is an institution of a side.
   */
  issuer: string | null;
  /** The side of `issuer`: the lexicon's, else the state its words name ("Guvernul României" → RO). */
  issuerSide: string | null;
  /** The lexicon the article was read with. */
  lexicon: LexiconModel;
}

/** The issuer of a first-party document: given, or recognised from the url or outlet (kremlin.ru → Kremlin). */
function issuerOf(lexicon: LexiconModel, article: ComparisonInputArticle): string | null {
  const e = article.issuer ? lexicon.issuerFromName(article.issuer) : lexicon.issuerFromSource(article.url, article.outlet);
  return e?.id ?? article.issuer?.toLowerCase() ?? null;
}

/** Prefix of the id of a person the lexicon does not know, in `ArticleProfile.people` (then the key of their surname). */
export const UNKNOWN_PERSON = "?";

/**
 * People the lexicon does not know, read from the claims: a speaker that is a person named in two
 * words at least ("Jan Kowalczyk", "Ян Ковальчик") is a person, whoever they are. Each article
 * that names one in its title or lead (by the surname as written, in any case a language gives it)
 * or lets them speak counts them among its people, as it counts a leader of the lexicon: an
 * article on a leader's talks with an unknown prime minister at a summit is about those two, not
 * about the leader's talks with another. Returns the profiles' people and top, updated in place.
 *
 * @example
 * addUnknownPeople(profiles, articles, lexiconOf) // profile.people: Map { "friedrich-merz" → 4, "?koval" → 3 }
 */
export function addUnknownPeople(
  profiles: readonly ArticleProfile[],
  articles: ReadonlyMap<string, ComparisonInputArticle>,
  lexiconOf: (profile: ArticleProfile) => CompareLexicon,
): void {
  // The surname keys of unknown people who speak, and where they speak (and, by article, whom it lets speak).
  const speaking = new Map<string, Map<string, number>>();
  const spokenIn = new Map<string, Set<string>>();
  for (const p of profiles)
    for (const r of p.reps) {
      const s = r.claim.speaker;
      if (r.background || s.kind !== "person" || (s.id && p.lexicon.entity(s.id)) || p.lexicon.entity(r.speakerKey)) continue;
      const words = s.name.split(/\s+/u).filter(Boolean);
      if (words.length < 2) continue;
      const key = nameKey(words[words.length - 1]!);
      if (key.length < SURNAME_KEY) continue;
      let by = speaking.get(key);
      if (!by) speaking.set(key, (by = new Map()));
      by.set(p.id, (by.get(p.id) ?? 0) + 1);
      let keys = spokenIn.get(p.id);
      if (!keys) spokenIn.set(p.id, (keys = new Set()));
      keys.add(key);
    }
  if (speaking.size === 0) return;
  for (const p of profiles) {
    const article = articles.get(p.id);
    const lex = lexiconOf(p);
    const found = new Map<string, number>();
    const read = (text: string, weight: number) => {
      for (const t of lex.tokens(text)) {
        if (!t.upper || t.digits) continue;
        const key = nameKey(t.text);
        if (speaking.has(key)) found.set(key, (found.get(key) ?? 0) + weight);
      }
    };
    if (article?.title) read(article.title, TITLE_WEIGHT);
    if (article?.text) read(leadOf(article.text), 1);
    // (only the keys this article names or lets speak: linear in the articles, not articles × speakers)
    const own = spokenIn.get(p.id);
    for (const key of new Set([...found.keys(), ...(own ?? [])])) {
      const n = (found.get(key) ?? 0) + SPEAKER_WEIGHT * (speaking.get(key)!.get(p.id) ?? 0);
      if (n > 0) p.people.set(`${UNKNOWN_PERSON}${key}`, n);
    }
    if (found.size || own) p.top = topPeople(p.lexicon, p.people);
  }
}

/** Fewest letters of the key of an unknown person's surname (shorter ones meet too many words). */
const SURNAME_KEY = 4;

/** Characters of an article's text read as its lead, besides its title. */
const LEAD = 1500;
/** Weight of a mention in the title against one in the lead or a claim. */
const TITLE_WEIGHT = 2;
/** Weight of a person speaking against a person named. */
const SPEAKER_WEIGHT = 0.5;
/** Most participants an article profile keeps. */
const TOP = 3;

const bump = <K>(m: Map<K, number>, k: K, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/**
 * The profile of an article from its claims (and its title and lead when the input carries them).
 *
 * @example
 * buildProfile(article, reps, lex).top // ["vladimir-putin", "donald-trump"]
 */
export function buildProfile(article: ComparisonInputArticle, order: number, reps: ClaimRep[], lex: CompareLexicon): ArticleProfile {
  const people = new Map<string, number>();
  const kinds = new Map<string, number>();
  const keys = new Map<string, number>();
  // Claims dated by their publication carry it where the input has no article record (bare claims).
  const published = article.publishedAt
    ? article.publishedAt.slice(0, 10)
    : (article.claims.find((c) => c.date.basis === "published" && c.date.iso && c.date.iso.length >= 10)?.date.iso?.slice(0, 10) ?? null);
  const read = (text: string, weight: number) => {
    if (!text) return;
    const m = readMentions(text, lex, published);
    for (const p of m.people) bump(people, p, weight);
    for (const s of m.states) bump(keys, `s:${s}`, weight);
    for (const n of m.names) bump(keys, `n:${n}`, weight);
    for (const c of m.concepts) {
      const kind = conceptKind(c);
      if (kind === "event") bump(kinds, c, weight);
      else if (kind === "subject" || kind === "place") bump(keys, `c:${c}`, weight);
    }
  };
  read(article.title ?? "", TITLE_WEIGHT);
  if (article.text) read(leadOf(article.text), 1);
  const firmDays = new Map<string, Set<number>>();
  const days = new Map<number, number>();
  const speakers = new Map<string, number>();
  for (const r of reps) {
    if (r.background) continue;
    for (const p of r.people) bump(people, p, 1);
    if (lex.lexicon.entity(r.speakerKey)?.kind === "person") bump(speakers, r.speakerKey, 1);
    for (const k of r.eventKinds) bump(kinds, k, 1);
    // Word stems (prefixed with their language) bring together articles in one language.
    for (const k of r.keys)
      if (k.kind === "subject" || k.kind === "place" || k.kind === "state" || k.kind === "name" || k.kind === "content" || k.kind === "designator")
        bump(keys, k.key, 1);
    if (r.firmDate && r.day !== null) {
      bump(days, r.day, 1);
      if (r.side && r.eventKinds.length) {
        let set = firmDays.get(r.side);
        if (!set) firmDays.set(r.side, (set = new Set()));
        set.add(r.day);
      }
    }
  }
  // People who speak count only where nobody is named: spokespeople speak most, leaders are named.
  if (people.size === 0) for (const [id, n] of speakers) bump(people, id, n * SPEAKER_WEIGHT);
  const firmDay = [...days.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
  const day = firmDay ?? dayNumber(published);
  const issuer = issuerOf(lex.lexicon, article);
  return {
    id: article.id,
    order,
    day,
    firm: firmDay !== null,
    firmDays,
    people,
    top: topPeople(lex.lexicon, people),
    kinds,
    keys,
    reps,
    embedding: null,
    issuer,
    issuerSide: issuer ? (lex.lexicon.entity(issuer)?.side ?? issuerSideOf(article.issuer, lex)) : null,
    lexicon: lex.lexicon,
  };
}

/** The opening of a text up to about {@link LEAD} characters, cut at a paragraph or sentence end. */
function leadOf(text: string): string {
  if (text.length <= LEAD) return text;
  const cut = text.slice(0, LEAD);
  const end = Math.max(cut.lastIndexOf("\n"), cut.lastIndexOf(". "));
  return end > LEAD / 2 ? cut.slice(0, end + 1) : cut;
}

/**
 * The people most named, at most one per side (the leaders of the encounter rather than their
 * spokespeople), most named first. People with no side (a UN chief) count as their own side.
 *
 * @example
 * topPeople(lexicon, new Map([["vladimir-putin", 9], ["donald-trump", 7], ["dmitry-peskov", 3]])) // ["vladimir-putin", "donald-trump"]
 */
export function topPeople(lexicon: LexiconModel, people: ReadonlyMap<string, number>, max = TOP): string[] {
  const sorted = [...people.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const best = sorted[0]?.[1] ?? 0;
  const out: string[] = [];
  const sides = new Set<string>();
  for (const [id, n] of sorted) {
    // Two leaders meet; a third is one of them only when named about as often (a summit).
    if (out.length >= max || n < Math.max(1, out.length < 2 ? best / 8 : best / 2)) break;
    const side = lexicon.entity(id)?.side ?? id;
    if (sides.has(side)) continue;
    sides.add(side);
    out.push(id);
  }
  return out;
}
