import type { Speaker } from "../schema/claim.js";
import type { Account } from "../schema/comparison.js";
import type { ClaimRep } from "./represent/index.js";
import type { CompareLexicon } from "./represent/lexicon.js";

/** The claims of one side within an event. */
export interface SideAccount {
  side: string;
  reps: ClaimRep[];
  /** The side took part in the event (its people were on the call); else it reacts to it as a third party. */
  participant: boolean;
  /** Topics of the account, most frequent first. */
  topics: string[];
}

function byFrequency(values: Iterable<string>): string[] {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

/**
 * Splits an event's claims into one account per side: every speaker of a side (Sean Spicer and
 * the White House; Peskov and the Kremlin) speaks in that side's account. Claims with no side
 * (media, joint statements such as "Putin and Trump", unknown speakers) belong to no account.
 * A side that takes no part in the event (a third party reacting to it) keeps its account, marked.
 *
 * @example
 * buildAccounts(event.reps, ["RU", "US"]).map((a) => a.side) // ["RU", "US"]
 */
export function buildAccounts(reps: readonly ClaimRep[], participantSides: readonly string[]): SideAccount[] {
  const bySide = new Map<string, ClaimRep[]>();
  for (const r of reps) {
    if (!r.side) continue;
    const list = bySide.get(r.side);
    if (list) list.push(r);
    else bySide.set(r.side, [r]);
  }
  const parties = new Set(participantSides);
  return [...bySide.entries()]
    .map(([side, list]) => ({ side, reps: list, participant: parties.size < 2 || parties.has(side), topics: byFrequency(list.flatMap((r) => r.topics)) }))
    .sort((a, b) => b.reps.length - a.reps.length || a.side.localeCompare(b.side));
}

/**
 * The account as written to the result: side, speakers (most frequent first), claim ids, topics.
 *
 * @example
 * toAccountRecord(account) // { side: "US", speakers: ["White House", "Sean Spicer"], claims: [...], topics: [...] }
 */
export function toAccountRecord(account: SideAccount): Account {
  return {
    side: account.side,
    speakers: byFrequency(account.reps.map((r) => r.claim.speaker.name)),
    claims: account.reps.map((r) => r.claim.id),
    topics: account.topics,
  };
}

/**
 * The side a speaker with no side of its own names in the words that describe it: a state by
 * its name or adjective (CLDR forms of the pack: "a German government spokesman", "un portavoce
 * del governo tedesco", "представитель правительства Германии"), or a body or title of one side
 * in the lexicon ("a Kremlin aide", "Elysée sources"). Null when the speaker has a side, is a
 * news medium or a known person, or when its words name no side or several ("a Franco-German
 * source"). The event decides whether the speaker speaks for it: only for one of its parties
 * (see `events/index.ts`).
 *
 * @example
 * describedSide({ name: "a German government spokesman", mention: null, kind: "unknown", side: null, … }, en) // "DE"
 */
export function describedSide(speaker: Speaker, lex: CompareLexicon): string | null {
  if (speaker.side || speaker.kind === "media" || speaker.id) return null;
  const text = speaker.mention ?? speaker.name;
  if (!text) return null;
  const tokens = lex.tokens(text);
  const sides = new Set<string>();
  // A body or title of one side speaks for it ("a Kremlin aide", "Elysée sources"); a state's
  // name or adjective only beside a word of office (see below).
  let byState = false;
  // Tokens a state's name covers: a description that is nothing but the name ("Varșovia",
  // "Варшава", "Poland") is the state itself speaking, its government by metonymy.
  const stateTokens = new Set<number>();
  for (const m of lex.things.findAll(tokens)) {
    for (const v of m.values) {
      if (v.t === "state") {
        for (let i = m.from; i < m.to; i++) if (!compoundOfState(tokens[i]!.text, lex)) stateTokens.add(i);
        sides.add(v.code);
        byState = true;
      } else if (v.t === "role" || (v.t === "entity" && v.kind !== "media")) {
        if (v.side) sides.add(v.side);
      }
    }
  }
  // An official named by a bare word of government only names the state whose news the language
  // is ("der Regierungssprecher", "rzecznik rządu"): the event takes it only where that state is
  // a party. A person named with the title (not in the lexicon) is left as named.
  if (sides.size === 0 && speaker.kind !== "person" && lex.data.homeGovernment && homeGovernment(tokens, lex) && official(tokens, lex))
    return lex.data.homeGovernment.state;
  if (sides.size !== 1) return null;
  // "German analysts", "a Russian expert", "Ukrainian media" are of a state but speak for none of
  // its parties: only an official description does ("a German government spokesman").
  if (byState && stateTokens.size < tokens.length && !official(tokens, lex)) return null;
  return [...sides][0]!;
}

/** Letters past a state's form that are more than an ending: a word that runs on so far is a compound. */
const COMPOUND_TAIL = 5;

/**
 * Whether a word matched as a state's form runs on into a compound ("Kremlkritiker" of "kreml*"):
 * the word still names the state with its last letters cut off, so they are a word of their own.
 */
function compoundOfState(word: string, lex: CompareLexicon): boolean {
  const chars = [...word];
  if (chars.length <= COMPOUND_TAIL + 2) return false;
  const head = chars.slice(0, -COMPOUND_TAIL).join("");
  return lex.things.findAll(lex.tokens(head)).some((m) => m.values.some((v) => v.t === "state"));
}

/** Whether a description holds a word of government of the pack (`compare.homeGovernment`). */
function homeGovernment(tokens: ReturnType<CompareLexicon["tokens"]>, lex: CompareLexicon): boolean {
  return lex.operators.findAll(tokens).some((m) => m.values.some((v) => v.t === "home-government"));
}

/** Whether a description holds a word of office of the pack (`compare.officials`); true when the pack lists none. */
function official(tokens: ReturnType<CompareLexicon["tokens"]>, lex: CompareLexicon): boolean {
  if (lex.data.officials.length === 0) return true;
  return lex.operators.findAll(tokens).some((m) => m.values.some((v) => v.t === "official"));
}
