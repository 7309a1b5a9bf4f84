/**
 * Language detection: a maintained detector (tinyld, statistical n-gram profiles of 60+
 * languages, synchronous in ESM and CJS) chooses among the installed packs whose script the text
 * is written in; a pack for a language the detector does not know competes by its own stopwords
 * and distinctive letters, and those also decide when the detector is unsure.
 *
 * The detector's profiles are large (loading them costs more than the rest of claimdiff): they
 * are loaded on the first detection, never by importing claimdiff or extracting with a language.
 */
import { lazy } from "../input/lazy.js";
import type { LanguagePack } from "../schema/pack.js";
import { tokenize } from "../text/tokens.js";
import { ClaimdiffError } from "../errors.js";
import { BUILTIN_PACKS } from "../lang/registry.js";

/** How many words of the text detection reads. */
const SAMPLE = 4000;
/** Characters of text the statistical detector reads (it is sure of a language well before). */
const DETECTOR_SAMPLE = 2000;
/** Below this confidence the detector's guess needs stopwords of its language in the text. */
const SURE = 0.5;
/**
 * Below this confidence the text is probably in a language with no installed pack (Portuguese read
 * among the Romance packs scores under 0.1; real articles in a pack's language score above 0.5).
 */
const UNSURE = 0.3;
/**
 * A line of this many words or fewer is too short for the detector's ranking: when it is unsure there,
 * the stopwords, letters and endings decide (a longer text's ranking still counts: "La segretaria del
 * Pd … ha attaccato il governo" has more French stopwords than Italian ones).
 */
const SHORT_LINE = 6;

const tinyld = lazy<typeof import("tinyld")>("tinyld");
let known: ReadonlySet<string> | undefined;
/** ISO 639-1 codes the detector knows (loads the detector). */
function knownCodes(): ReadonlySet<string> {
  if (known) return known;
  const { supportedLanguages, toISO2 } = tinyld();
  return (known = new Set<string>(supportedLanguages.map((l) => toISO2(l)).filter(Boolean)));
}
const baseCode = (p: LanguagePack) => p.code.toLowerCase().split("-")[0]!;

const SCRIPT_PATTERNS = new Map<string, RegExp | null>();
/**
 * `\p{Script=NAME}` for a script name of a pack. The name is pack data: only a bare Unicode script
 * name becomes a pattern (nothing else can be injected into it), and an unknown name matches nothing
 * instead of throwing.
 */
function scriptPattern(name: string): RegExp | null {
  let r = SCRIPT_PATTERNS.get(name);
  if (r !== undefined) return r;
  try {
    r = /^[A-Za-z_]{2,40}$/.test(name) ? new RegExp(`\\p{Script=${name}}`, "u") : null;
  } catch {
    r = null;
  }
  SCRIPT_PATTERNS.set(name, r);
  return r;
}

/** The share of the sample's stopwords and distinctive letters that are the pack's (0 when none). */
function stopwordScore(pack: LanguagePack, words: readonly string[], counts: ReadonlyMap<string, number>, sample: string): number {
  const letters = [...pack.detection.letters];
  let letterHits = 0,
    stopHits = 0;
  if (letters.length) for (const ch of sample) if (letters.includes(ch.toLowerCase())) letterHits++;
  for (const sw of new Set(pack.detection.stopwords.map((s) => s.toLowerCase()))) stopHits += counts.get(sw) ?? 0;
  return (stopHits + 0.5 * letterHits) / words.length;
}

/** The share of the sample's words that end in one of the pack's distinctive endings, counted half. */
function endingScore(pack: LanguagePack, words: readonly string[]): number {
  const endings = pack.detection.endings ?? [];
  if (!endings.length) return 0;
  let hits = 0;
  for (const w of words) if (endings.some((e) => w.length >= e.length + 3 && w.endsWith(e))) hits++;
  return (0.5 * hits) / words.length;
}

/** The share of the sample's words that are the pack's verb forms of short lines (`detection.headlineVerbs`). */
function headlineScore(pack: LanguagePack, counts: ReadonlyMap<string, number>, words: readonly string[]): number {
  let hits = 0;
  for (const v of new Set((pack.detection.headlineVerbs ?? []).map((x) => x.toLowerCase()))) hits += counts.get(v) ?? 0;
  return hits / words.length;
}

/** Control characters other than tabs and line breaks: bytes of a binary file read as text. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/gu;
const DIGIT = /\d/u;
const LETTER = /\p{L}/u;
const LOWER_UPPER = /\p{Ll}\p{Lu}/gu;
/** A token of 12 characters or more that mixes letters and digits, or switches from lower to upper case three times ("SGVsbG8gd29y"): an encoded string, no word. */
function encoded(w: string): boolean {
  if (w.length < 12) return false;
  if (DIGIT.test(w) && LETTER.test(w)) return true;
  LOWER_UPPER.lastIndex = 0;
  let n = 0;
  while (n < 3 && LOWER_UPPER.exec(w)) n++;
  return n >= 3;
}

/**
 * Whether the sample is no prose: binary data (control characters, 1 in 100 or more), or mostly encoded
 * strings (base64, hex digests: more than half its letters in tokens that are {@link encoded}).
 */
function garbled(sample: string, tokens: readonly { text: string }[]): boolean {
  const control = sample.match(CONTROL)?.length ?? 0;
  if (control * 100 >= sample.length) return true;
  let all = 0,
    enc = 0;
  for (const t of tokens) {
    all += t.text.length;
    if (encoded(t.text)) enc += t.text.length;
  }
  return enc * 2 > all;
}

/**
 * Detects the language of `text` among `packs` (the built-in packs when omitted; the first pack of a
 * code wins, so a user's pack replaces a built-in one). Returns null when no pack fits. `sure` is
 * false when the choice is weak: the text is then probably in a language no installed pack reads.
 *
 * @example detectLanguage("Kremlinul a declarat că ...")?.pack.code // "ro"
 * @throws {ClaimdiffError} `invalid_input` when `text` is not a string or `packs` not a list of packs.
 */
export function detectLanguage(text: string, packs: readonly LanguagePack[] = BUILTIN_PACKS): { pack: LanguagePack; score: number; sure: boolean } | null {
  if (typeof text !== "string")
    throw new ClaimdiffError("invalid_input", `Invalid input: detectLanguage needs the text as a string, not ${text === null ? "null" : typeof text}.`);
  const list: unknown = packs;
  if (!Array.isArray(list) || list.some((p) => !p || typeof p !== "object" || !(p as Partial<LanguagePack>).detection)) {
    throw new ClaimdiffError("invalid_input", "Invalid input: detectLanguage needs a list of language packs to choose from, e.g. BUILTIN_PACKS.");
  }
  const sample = text.slice(0, SAMPLE * 8);
  const tokens = tokenize(sample, false).slice(0, SAMPLE);
  const words = tokens.map((t) => t.key);
  if (words.length === 0 || garbled(sample, tokens)) return null;
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  // Packs whose script a good share of the words are written in.
  const candidates: LanguagePack[] = [];
  const seen = new Set<string>();
  for (const pack of packs) {
    const code = pack.code.toLowerCase();
    if (seen.has(code)) continue;
    seen.add(code);
    const scripts = pack.detection.scripts.map(scriptPattern).filter((r): r is RegExp => r !== null);
    let scriptHits = 0;
    for (const w of words) if (scripts.some((r) => r.test(w))) scriptHits++;
    if (scriptHits >= words.length * 0.3) candidates.push(pack);
  }
  if (candidates.length === 0) return null;
  const stop = new Map(candidates.map((p) => [p, stopwordScore(p, words, counts, sample)]));
  let best: { pack: LanguagePack; score: number; sure: boolean } | null = null;
  const KNOWN = knownCodes();
  const known = candidates.filter((p) => KNOWN.has(baseCode(p)));
  if (known.length) {
    const only = [...new Set(known.map(baseCode))];
    const ranked = tinyld()
      .detectAll(text.slice(0, DETECTOR_SAMPLE), { only })
      .map((r) => ({ pack: known.find((p) => baseCode(p) === r.lang), score: r.accuracy, sure: r.accuracy >= UNSURE }))
      .filter((r): r is { pack: LanguagePack; score: number; sure: boolean } => r.pack !== undefined);
    // The detector's first guess needs stopwords of its language in the text, unless it is sure
    // and no installed language has any; else its best-ranked language whose stopwords are there
    // ("« Ce budget est un budget de responsabilité », a lancé …" ranks Spanish first, French
    // second), else the stopwords decide (below).
    const top = ranked[0];
    if (top && top.score < UNSURE && words.length <= SHORT_LINE) {
      // The detector is unsure of a short line ("Salvini con Meloni." ranks Spanish first): the
      // stopwords, letters, verb forms of short lines and distinctive endings of the ranked languages
      // decide, the ranking breaks ties.
      // (a language the detector left out of its ranking competes too, after the ranked ones: "Meloni trifft Macron.")
      const unranked = known.filter((p) => !ranked.some((r) => r.pack === p)).map((pack) => ({ pack, score: 0, sure: false }));
      let bestScore = 0;
      for (const r of [...ranked, ...unranked]) {
        const sc = stop.get(r.pack)! + headlineScore(r.pack, counts, words) + endingScore(r.pack, words);
        if (sc > bestScore) {
          best = r.score > 0 ? r : { ...r, score: sc };
          bestScore = sc;
        }
      }
    } else if (top && (stop.get(top.pack)! > 0 || (top.score >= SURE && candidates.every((p) => stop.get(p) === 0)))) best = top;
    else best = ranked.find((r) => stop.get(r.pack)! > 0) ?? null;
  }
  // A pack for a language the detector does not know competes by its stopwords.
  for (const p of candidates) {
    if (KNOWN.has(baseCode(p))) continue;
    const sc = stop.get(p)!;
    if (sc > 0 && (!best || sc > stop.get(best.pack)!)) best = { pack: p, score: sc, sure: true };
  }
  if (best) return best;
  // The detector is unsure: the stopwords decide.
  for (const p of candidates) {
    const sc = stop.get(p)!;
    if (sc > 0 && (!best || sc > best.score)) best = { pack: p, score: sc, sure: false };
  }
  return best;
}
