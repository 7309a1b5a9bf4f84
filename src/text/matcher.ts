import { tokenize, vocabularyBase, type Token } from "./tokens.js";
import type { Normalizer } from "./fold.js";

/** Longest prefix a `word*` pattern may have: bounds the work per token on hostile input. */
const MAX_PREFIX = 32;
/** Characters of a prefix that index it for a quick "no" (see Node.prefixHeads). */
const HEAD = 3;
/** Most words a pattern may have. */
const MAX_WORDS = 10;
/** Most characters allowed between two words of one match ("U.S." and "Kresy.pl" keep their dots). */
const MAX_GAP = 3;

/**
 * Whether two words separated by `sep` may belong to one match: a short separator with no line
 * break and no sentence punctuation ("U.S.", "Kresy.pl", "president-elect", "Biden, Jr." join;
 * "Putin. Trump" does not), or the dot and space inside a spaced abbreviation ("EE. UU.").
 */
function joinable(sep: string, before?: Token, after?: Token): boolean {
  // (the common separators, a space or nothing, answered without a regular expression)
  if (sep === " " || sep === "") return true;
  if (sep.length > MAX_GAP || /[\n!?;:]/.test(sep)) return false;
  if (!(sep.includes(".") && /\s/.test(sep))) return true;
  // An abbreviation written with a space between its parts ("EE. UU.", "p. ej."): short words, the first in capitals or both lower case.
  return (
    sep === ". " &&
    !!before &&
    !!after &&
    before.text.length <= 3 &&
    after.text.length <= 3 &&
    (before.text === before.text.toUpperCase()) === (after.text === after.text.toUpperCase())
  );
}

/**
 * A trie node. Every collection is made when first filled and undefined until then: most nodes
 * are leaves with one value, and a compiled model holds tens of thousands of them.
 */
interface Node<T> {
  next: Map<string, Node<T>> | undefined;
  prefixes: Map<string, Node<T>> | undefined;
  /** The lengths of the prefixes in `prefixes`, ascending: only those are tried. */
  prefixLengths: number[] | undefined;
  /** The first HEAD characters of every prefix: a word starting otherwise needs no look-up. */
  prefixHeads: Set<string> | undefined;
  values: T[] | undefined;
  /** Values of patterns written with a final colon ("Photo:"): they match only before a colon. */
  colon: T[] | undefined;
}
// (every field written, in one order: all nodes share one shape)
const node = <T>(): Node<T> => ({
  next: undefined,
  prefixes: undefined,
  prefixLengths: undefined,
  prefixHeads: undefined,
  values: undefined,
  colon: undefined,
});

/** A match of a lexicon pattern: token range `[from, to)`, text offsets, and the payloads. */
export interface Match<T> {
  from: number;
  to: number;
  start: number;
  end: number;
  values: T[];
}

/**
 * A dictionary of multi-word patterns (see the pack schema: words separated by spaces, a trailing
 * `*` for a prefix, a final `:` for a word that must be followed by a colon, as in "Photo:") compiled to a trie over folded words. Matching is linear in the number of
 * tokens times the longest pattern.
 *
 * @example
 * const m = new Matcher<string>(true); m.add("według", "source"); m.add("kreml*", "kremlin");
 * m.findAll(tokenize("Według Kremla", true), "Według Kremla");
 */
/** What a matcher notes for a word that starts none of its patterns. */
const NONE: readonly never[] = [];

export class Matcher<T> {
  private root: Node<T> = node();
  private size = 0;
  /**
   * What this matcher found for each word of the shared vocabulary, by word id less `base`: the
   * trie nodes the word leads to from the root, NONE when it starts no pattern, undefined when
   * not yet looked up. Kept for the current vocabulary, until a pattern is added.
   */
  private heads: (readonly Node<T>[] | undefined)[] = [];
  private base = vocabularyBase();
  /** Reused frontiers of {@link matchAt} (the walk calls nothing that matches again). */
  private frontier: Node<T>[] = [];
  private nextFrontier: Node<T>[] = [];
  constructor(private readonly normalize: Normalizer | boolean) {}

  get count(): number {
    return this.size;
  }

  add(pattern: string, value: T): void {
    if (this.heads.length) this.heads = [];
    const colon = /\S:$/.test(pattern);
    if (colon) pattern = pattern.slice(0, -1);
    const prefix = pattern.endsWith("*");
    const words = tokenize(prefix ? pattern.slice(0, -1) : pattern, this.normalize).map((t) => t.key);
    if (words.length === 0 || words.length > MAX_WORDS) return;
    let cur = this.root;
    words.forEach((w, i) => {
      if (i === words.length - 1 && prefix) {
        const key = w.slice(0, MAX_PREFIX);
        const map = (cur.prefixes ??= new Map());
        let n = map.get(key);
        if (!n) {
          map.set(key, (n = node()));
          (cur.prefixHeads ??= new Set()).add(key.slice(0, HEAD));
          const lengths = (cur.prefixLengths ??= []);
          if (!lengths.includes(key.length)) {
            lengths.push(key.length);
            lengths.sort((a, b) => a - b);
          }
        }
        cur = n;
      } else {
        const map = (cur.next ??= new Map());
        let n = map.get(w);
        if (!n) map.set(w, (n = node()));
        cur = n;
      }
    });
    const list = colon ? (cur.colon ??= []) : (cur.values ??= []);
    if (!list.includes(value)) list.push(value);
    this.size++;
  }

  addAll(patterns: Iterable<string>, value: T): void {
    for (const p of patterns) this.add(p, value);
  }

  /** Writes the nodes `key` leads to from `n` into `out` from index `k`; returns the index after them. */
  private step(n: Node<T>, key: string, out: Node<T>[], k: number): number {
    if (n.next !== undefined) {
      const exact = n.next.get(key);
      if (exact) out[k++] = exact;
    }
    const lengths = n.prefixLengths;
    if (lengths === undefined) return k;
    const head = key.slice(0, HEAD);
    // Prefixes shorter than HEAD are stored under their whole key: look those up by length.
    if (!n.prefixHeads!.has(head) && (lengths[0]! >= HEAD || key.length < 1)) return k;
    for (const l of lengths) {
      if (l > key.length) break;
      const p = n.prefixes!.get(key.slice(0, l));
      if (p) out[k++] = p;
    }
    return k;
  }

  /** The longest match starting at token `i`, or null. `text` is the text the tokens index. */
  matchAt(tokens: readonly Token[], i: number, text?: string): Match<T> | null {
    const first = tokens[i];
    if (!first || this.size === 0) return null;
    const heads = this.headsOf(first, this.notes());
    return heads === NONE ? null : this.walk(tokens, i, text, heads);
  }

  /** The notes by word id, emptied when the vocabulary has started afresh. */
  private notes(): (readonly Node<T>[] | undefined)[] {
    const b = vocabularyBase();
    if (b !== this.base) {
      this.base = b;
      this.heads = [];
    }
    return this.heads;
  }

  /**
   * The trie nodes the word of `first` leads to from the root (NONE when it starts no pattern),
   * found once per word and kept under its id: most words start no pattern, and those that do
   * are looked up in the root's large maps once, not at every occurrence.
   */
  private headsOf(first: Token, notes: (readonly Node<T>[] | undefined)[]): readonly Node<T>[] {
    const k = first.id - this.base;
    const known = k >= 0 ? notes[k] : undefined;
    if (known !== undefined) return known;
    const out: Node<T>[] = [];
    const heads = this.step(this.root, first.key, out, 0) ? out : (NONE as readonly Node<T>[]);
    // (a word of an earlier vocabulary is not noted; the array is filled up to the id, so that
    // it stays dense: ids come from every language met)
    if (k >= 0) {
      while (notes.length < k) notes.push(undefined);
      notes[k] = heads;
    }
    return heads;
  }

  /** The longest match starting at token `i`, whose word leads to the nodes `heads`. */
  private walk(tokens: readonly Token[], i: number, text: string | undefined, heads: readonly Node<T>[]): Match<T> | null {
    const first = tokens[i]!;
    // (two reused arrays, each with its count of nodes: the frontier and the next one)
    let frontier = this.frontier;
    let next = this.nextFrontier;
    let size = 0;
    let best: Match<T> | null = null;
    for (let j = i; j < tokens.length && j - i < MAX_WORDS; j++) {
      const t = tokens[j]!;
      if (j === i) {
        for (let f = 0; f < heads.length; f++) frontier[size++] = heads[f]!;
      } else {
        if (text !== undefined) {
          const prev = tokens[j - 1]!;
          const gap = t.start - prev.end;
          // (a gap longer than any separator is no join: no need to copy it; a space or nothing joins)
          if (gap > MAX_GAP) break;
          if (gap !== 0 && !(gap === 1 && text.charCodeAt(prev.end) === 32) && !joinable(text.slice(prev.end, t.start), prev, t)) break;
        }
        let k = 0;
        for (let f = 0; f < size; f++) k = this.step(frontier[f]!, t.key, next, k);
        const swap = frontier;
        frontier = next;
        next = swap;
        size = k;
        if (size === 0) break;
      }
      for (let f = 0; f < size; f++) {
        const n = frontier[f]!;
        if (n.values === undefined && n.colon === undefined) continue;
        const values = n.values ?? NONE;
        const colonNext = n.colon !== undefined && text !== undefined && /^\s?:/.test(text.slice(t.end, t.end + 2));
        const vals: readonly T[] = colonNext ? [...values, ...n.colon!] : values;
        if (vals.length && (!best || j + 1 > best.to)) {
          best = { from: i, to: j + 1, start: first.start, end: t.end, values: [...vals] };
        } else if (vals.length && best && j + 1 === best.to) {
          for (const v of vals) if (!best.values.includes(v)) best.values.push(v);
        }
      }
    }
    this.frontier = frontier;
    this.nextFrontier = next;
    return best;
  }

  /** Non-overlapping longest matches, left to right, over tokens `[from, to)`. */
  findAll(tokens: readonly Token[], text?: string, from = 0, to = tokens.length): Match<T>[] {
    const out: Match<T>[] = [];
    if (this.size === 0) return out;
    const notes = this.notes();
    for (let i = from; i < to; ) {
      const t = tokens[i];
      if (!t) break;
      // (the words that start no pattern, most of them, skipped here without a call)
      const heads = notes[t.id - this.base] ?? this.headsOf(t, notes);
      if (heads === NONE) {
        i++;
        continue;
      }
      const m = this.walk(tokens, i, text, heads);
      if (m && m.to <= to) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
