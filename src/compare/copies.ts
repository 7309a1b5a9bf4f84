import type { ComparisonInputArticle } from "./input.js";

/** Words per shingle: runs of this many words make up an article's fingerprint. */
const SHINGLE = 5;
/** Hash functions of the MinHash signature, in bands of {@link ROWS}. */
const HASHES = 24;
const ROWS = 4;
/** Estimated share of shingles two texts must share to be copies of one another. */
const SIMILAR = 0.85;
/** Most earlier articles of one bucket a text is compared with. */
const SCAN = 32;
/** Publication dates further apart than this make two texts two publications, not copies. */
const MAX_DAYS_APART = 7;

/** FNV-1a over a string with a seed: fast, deterministic, good enough for shingles. */
function hash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The words of an article's text (its claims' wordings and dates when the input has no text), folded. */
function wordsOf(a: ComparisonInputArticle): string[] {
  const text = a.text?.trim() ? a.text : a.claims.map((c) => `${c.assertion} ${c.date.iso ?? ""}`).join(" \n ");
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Most shingles read per text: the opening of a long text says whether it is a copy. */
const MAX_SHINGLES = 3000;
/** Seeds of the hash functions, derived once. */
const SEEDS = Array.from({ length: HASHES }, (_, k) => hash(String(k), 0x9e3779b1));

function signature(words: readonly string[]): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const n = Math.min(MAX_SHINGLES, Math.max(1, words.length - SHINGLE + 1));
  for (let i = 0; i < n; i++) {
    // One hash per shingle, mixed with each seed (xor and a multiplication): as good as a hash per seed, far cheaper.
    const base = hash(words.slice(i, i + SHINGLE).join(" "), 0);
    for (let k = 0; k < HASHES; k++) {
      let h = Math.imul(base ^ SEEDS[k]!, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35) >>> 0;
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/** Texts shorter than this (in words) are copies only when identical: too few shingles to estimate likeness. */
const MIN_NEAR = 40;

const similarity = (x: Uint32Array, y: Uint32Array) => {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (x[k] === y[k]) same++;
  return same / HASHES;
};

const dayOf = (a: ComparisonInputArticle) => (a.publishedAt ? Date.parse(a.publishedAt.slice(0, 10)) / 86_400_000 : null);

/**
 * Finds copies among articles: near-identical texts (a wire story carried by several outlets, a
 * republication), by MinHash over five-word shingles with locality-sensitive hashing, so the work
 * stays linear. Each copy maps to the first article of its text in the given order; texts
 * published more than a week apart are two publications. Articles with no words are never copies.
 *
 * @example
 * findCopies([wire, sameWireElsewhere]).get("sameWireElsewhere") // "wire"
 */
export function findCopies(articles: readonly ComparisonInputArticle[]): Map<string, string> {
  const out = new Map<string, string>();
  const buckets = new Map<string, number[]>();
  const sigs: Array<Uint32Array | null> = [];
  const exacts: Array<string | null> = [];
  const days = articles.map(dayOf);
  articles.forEach((a, i) => {
    const words = wordsOf(a);
    if (words.length < SHINGLE) {
      sigs.push(null);
      exacts.push(null);
      return;
    }
    const sig = signature(words);
    sigs.push(sig);
    const exact = words.length < MIN_NEAR ? words.join(" ") : null;
    exacts.push(exact);
    let original: number | null = null;
    for (let b = 0; b < HASHES / ROWS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(",")}`;
      const list = buckets.get(key);
      if (list) {
        // The earliest similar text is the original; long buckets (a text republished every
        // month) are scanned over their latest entries only, so the work stays bounded.
        for (let x = Math.max(0, list.length - SCAN); x < list.length; x++) {
          const j = list[x]!;
          if (original !== null && j >= original) break;
          const dj = days[j]!;
          const di = days[i]!;
          if (dj !== null && di !== null && Math.abs(dj - di) > MAX_DAYS_APART) continue;
          if (exact !== null || exacts[j] !== null ? exact === exacts[j] : similarity(sig, sigs[j]!) >= SIMILAR) {
            original = j;
            break;
          }
        }
        list.push(i);
      } else buckets.set(key, [i]);
    }
    if (original !== null) out.set(a.id, out.get(articles[original]!.id) ?? articles[original]!.id);
  });
  return out;
}
