import type { LanguagePack } from "../schema/pack.js";
import { tokenize } from "../text/tokens.js";

/** How many words of the text language detection reads. */
const SAMPLE = 4000;

/**
 * Detects the language of `text` among `packs`: the script must match, then the pack whose
 * stopwords and distinctive letters are most frequent wins. Returns null when no pack scores.
 *
 * @example detectLanguage("Kremlinul a declarat că ...", BUILTIN_PACKS)?.code // "ro"
 */
export function detectLanguage(text: string, packs: readonly LanguagePack[]): { pack: LanguagePack; score: number } | null {
  const sample = text.slice(0, SAMPLE * 8);
  const words = tokenize(sample, false).slice(0, SAMPLE).map((t) => t.key);
  if (words.length === 0) return null;
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: { pack: LanguagePack; score: number } | null = null;
  for (const pack of packs) {
    const scripts = pack.detection.scripts.map((s) => new RegExp(`\\p{Script=${s}}`, "u"));
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
