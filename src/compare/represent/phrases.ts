/** A word of the text as the comparison reads it. */
export interface RepToken {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, diacritics folded unless the pack keeps them. */
  folded: string;
  /** The stem of the folded word (the folded word itself when the pack has no stemmer). */
  stem: string;
  upper: boolean;
  /** Written in capitals, two to five letters ("US", "NATO"): such pattern words match only these. */
  acronym: boolean;
  digits: boolean;
  /** Whether this token may continue a phrase begun on the previous token (no sentence break between). */
  joins: boolean;
  /** The look-up keys of the token (see {@link tokenKeys}), made once. */
  keys?: TokenKeys;
}

/** The keys a token is looked up by: `~stem` (words over four letters), `=word`, `^WORD` (acronyms), the head of its folded form. */
interface TokenKeys {
  stem: string | null;
  word: string;
  acronym: string | null;
  /** `≡word`: the lower-cased word with its marks. */
  marked: string;
  head: string;
}

function tokenKeys(t: RepToken): TokenKeys {
  return (t.keys ??= {
    stem: t.folded.length > 4 ? `~${t.stem}` : null,
    word: `=${t.folded}`,
    acronym: t.acronym ? `^${t.text}` : null,
    marked: `≡${t.text.toLowerCase()}`,
    head: t.folded.slice(0, HEAD),
  });
}

/** How one word of a pattern matches a token. */
export type WordTest =
  /** `~stem`: the token's stem equals it (tokens over four letters); `=word`: its folded form does; `^WORD`: it is written so, in capitals; `≡word`: lower-cased, with its marks. */
  | { kind: "exact"; key: string }
  /** The token's folded form starts with `key` and is at most `extra` letters longer. */
  | { kind: "prefix"; key: string; extra: number };

interface Node<T> {
  exact: Map<string, Node<T>>;
  prefixes: Map<string, { node: Node<T>; extra: number }>;
  prefixLengths: number[];
  /** The first {@link HEAD} letters of every prefix: a word starting otherwise needs no prefix look-up. */
  prefixHeads: Set<string>;
  /** A prefix shorter than {@link HEAD} exists: heads cannot rule a word out. */
  shortPrefix: boolean;
  values: T[];
}

/** Letters of a prefix that index it for a quick "no". */
const HEAD = 3;

const node = <T>(): Node<T> => ({ exact: new Map(), prefixes: new Map(), prefixLengths: [], prefixHeads: new Set(), shortPrefix: false, values: [] });

/** A match: token range `[from, to)`, text offsets and payloads. */
export interface PhraseMatch<T> {
  from: number;
  to: number;
  start: number;
  end: number;
  values: T[];
}

/** Most words a phrase may have. */
const MAX_WORDS = 8;
/** A word may be skipped inside a phrase after this many of its words… */
const SKIP_AFTER = 2;
/** …when the phrase has at least this many. */
const SKIP_MIN_WORDS = 3;

interface State<T> {
  node: Node<T>;
  depth: number;
  skipped: boolean;
}

const hasChildren = <T>(n: Node<T>) => n.exact.size > 0 || n.prefixes.size > 0;

/** Longest prefix kept: bounds the look-ups per token. */
const MAX_PREFIX = 24;

/**
 * A dictionary of phrases over {@link RepToken}s: each word matches on its stem, or as a prefix
 * of the folded word (for names and for patterns written with `*`). Longest match first, no
 * overlaps; linear in the number of tokens times the longest phrase.
 *
 * @example
 * const m = new PhraseMatcher<string>(); m.add([{ kind: "exact", key: "sanction" }], "sanctions");
 * m.findAll(tokens)[0].values // ["sanctions"]
 */
export class PhraseMatcher<T> {
  private root: Node<T> = node();
  size = 0;

  add(words: readonly WordTest[], value: T): void {
    if (words.length === 0 || words.length > MAX_WORDS) return;
    let cur = this.root;
    for (const w of words) {
      if (w.kind === "exact") {
        let n = cur.exact.get(w.key);
        if (!n) cur.exact.set(w.key, (n = node()));
        cur = n;
      } else {
        const key = w.key.slice(0, MAX_PREFIX);
        let p = cur.prefixes.get(key);
        if (!p) {
          cur.prefixes.set(key, (p = { node: node(), extra: w.extra }));
          cur.prefixHeads.add(key.slice(0, HEAD));
          if (key.length < HEAD) cur.shortPrefix = true;
          if (!cur.prefixLengths.includes(key.length)) cur.prefixLengths.push(key.length);
          cur.prefixLengths.sort((a, b) => a - b);
        } else p.extra = Math.max(p.extra, w.extra);
        cur = p.node;
      }
    }
    if (!cur.values.includes(value)) cur.values.push(value);
    this.size++;
  }

  private step(n: Node<T>, t: RepToken, out: Node<T>[]): void {
    // Exact keys are `~stem` for words longer than four letters and `=word` for the rest: the
    // stems of short words collide ("one" and "on"), so those match as written.
    const k = tokenKeys(t);
    if (n.exact.size) {
      const a = k.stem ? n.exact.get(k.stem) : undefined;
      if (a) out.push(a);
      const b = n.exact.get(k.word);
      if (b && b !== a) out.push(b);
      if (k.acronym) {
        const c = n.exact.get(k.acronym);
        if (c) out.push(c);
      }
      const d = n.exact.get(k.marked);
      if (d) out.push(d);
    }
    if (n.prefixLengths.length === 0 || (!n.shortPrefix && !n.prefixHeads.has(k.head))) return;
    for (const l of n.prefixLengths) {
      if (l > t.folded.length) break;
      const p = n.prefixes.get(t.folded.slice(0, l));
      if (p && t.folded.length - l <= p.extra) out.push(p.node);
    }
  }

  /**
   * The longest match starting at token `i`, or null. A phrase of three words or more may have
   * one word more inside it, after its first two ("movements of Russian troops" for "movements of
   * troops"): modifiers come between the words of a phrase.
   */
  matchAt(tokens: readonly RepToken[], i: number): PhraseMatch<T> | null {
    // Most tokens begin no phrase: look that up before building any state.
    const first: Node<T>[] = [];
    this.step(this.root, tokens[i]!, first);
    if (first.length === 0) return null;
    let frontier: State<T>[] = [{ node: this.root, depth: 0, skipped: false }];
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < tokens.length && j - i < MAX_WORDS + 1 && frontier.length; j++) {
      const t = tokens[j]!;
      if (j > i && !t.joins) break;
      const next: State<T>[] = [];
      const stepped: Node<T>[] = [];
      for (const st of frontier) {
        stepped.length = 0;
        this.step(st.node, t, stepped);
        for (const n of stepped) {
          next.push({ node: n, depth: st.depth + 1, skipped: st.skipped });
          if (n.values.length === 0 || (st.skipped && st.depth + 1 < SKIP_MIN_WORDS)) continue;
          if (!best || j + 1 > best.to) best = { from: i, to: j + 1, start: tokens[i]!.start, end: t.end, values: [...n.values] };
          else if (j + 1 === best.to) for (const v of n.values) if (!best.values.includes(v)) best.values.push(v);
        }
        if (!st.skipped && st.depth >= SKIP_AFTER && hasChildren(st.node)) next.push({ node: st.node, depth: st.depth, skipped: true });
      }
      frontier = next;
    }
    return best;
  }

  /** Non-overlapping longest matches, left to right. */
  findAll(tokens: readonly RepToken[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
