import type { LanguagePack } from "../schema/pack.js";
import { tokenize } from "../text/tokens.js";
import { ClaimdiffError } from "../errors.js";

/** How many words of the text language detection reads. */
const SAMPLE = 4000;

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

/**
 * Detects the language of `text` among `packs`: the script must match, then the pack whose
 * stopwords and distinctive letters are most frequent wins. Returns null when no pack scores.
 *
 * @example detectLanguage("Kremlinul a declarat că ...", BUILTIN_PACKS)?.pack.code // "ro"
 * @throws {ClaimdiffError} `invalid_input` when `text` is not a string or `packs` not a list of packs.
 */
export function detectLanguage(text: string, packs: readonly LanguagePack[]): { pack: LanguagePack; score: number } | null {
  if (typeof text !== "string") throw new ClaimdiffError("invalid_input", `Invalid input: detectLanguage needs the text as a string, not ${text === null ? "null" : typeof text}.`);
  const list: unknown = packs;
  if (!Array.isArray(list) || list.some((p) => !p || typeof p !== "object" || !(p as Partial<LanguagePack>).detection)) {
    throw new ClaimdiffError("invalid_input", "Invalid input: detectLanguage needs a list of language packs to choose from, e.g. BUILTIN_PACKS.");
  }
  const sample = text.slice(0, SAMPLE * 8);
  const words = tokenize(sample, false).slice(0, SAMPLE).map((t) => t.key);
  if (words.length === 0) return null;
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: { pack: LanguagePack; score: number } | null = null;
  for (const pack of packs) {
    const scripts = pack.detection.scripts.map(scriptPattern).filter((r): r is RegExp => r !== null);
    const letters = [...pack.detection.letters];
    let scriptHits = 0, letterHits = 0, stopHits = 0;
    for (const w of words) if (scripts.some((r) => r.test(w))) scriptHits++;
    if (scriptHits < words.length * 0.3) continue;
    for (const ch of sample) if (letters.includes(ch.toLowerCase())) letterHits++;
    for (const sw of new Set(pack.detection.stopwords.map((s) => s.toLowerCase()))) stopHits += counts.get(sw) ?? 0;
    const score = (stopHits + 0.5 * letterHits) / words.length;
    if (score > 0 && (!best || score > best.score)) best = { pack, score };
  }
  return best;
}
