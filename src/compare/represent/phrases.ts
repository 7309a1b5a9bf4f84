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
  /** `≡word`: the lower-cased word with its marks (made on first use: few patterns are written so). */
  marked?: string;
  head: string;
}

function tokenKeys(t: RepToken): TokenKeys {
  return (t.keys ??= {
    stem: t.folded.length > 4 ? `~${t.stem}` : null,
    word: `=${t.folded}`,
    acronym: t.acronym ? `^${t.text}` : null,
    head: t.folded.slice(0, HEAD),
  });
}

/** How one word of a pattern matches a token. */
export type WordTest =
  /** `~stem`: the token's stem equals it (tokens over four letters); `=word`: its folded form does; `^WORD`: it is written so, in capitals; `≡word`: lower-cased, with its marks. */
  | { kind: "exact"; key: string }
  /** The token's folded form starts with `key` and is at most `extra` letters longer. */
  | {
      kind: "prefix";
      key: string;
      extra: number;
      /** The letters past the prefix, when any, must hold a vowel: the prefix is a name less its final vowel ("China" → "chin": "Chinas", "Chin", not "Chinh"). */
      vowel?: boolean;
    };

/**
 * A trie node. Every collection is made when first filled and undefined until then: most nodes
 * are leaves with one value, and the comparison's lexicon holds tens of thousands of them.
 */
interface Node<T> {
  exact: Map<string, Node<T>> | undefined;
  /** Some exact key is a `≡word` (written with its marks): only then is a token's marked form looked up. */
  marked: boolean;
  prefixes: Map<string, { node: Node<T>; extra: number; vowel: boolean }> | undefined;
  /** The lengths of the prefixes of {@link HEAD} letters or more, ascending, by their first {@link HEAD} letters: a word starting otherwise needs no prefix look-up. */
  prefixHeads: Map<string, number[]> | undefined;
  /** The lengths of the prefixes shorter than {@link HEAD}, ascending (looked up for every word). */
  shortLengths: number[] | undefined;
  values: T[] | undefined;
}

/** A vowel (of the Latin and Cyrillic scripts, folded or not). */
const VOWEL = /[aeiouyăâîąęóаеиоуыьяюэєіїйъ]/u;

/** Letters of a prefix that index it for a quick "no". */
const HEAD = 3;

// (every field written, in one order: all nodes share one shape)
const node = <T>(): Node<T> => ({ exact: undefined, marked: false, prefixes: undefined, prefixHeads: undefined, shortLengths: undefined, values: undefined });

/** Adds a length to an ascending list of lengths, once. */
function addLength(list: number[], l: number): void {
  if (list.includes(l)) return;
  list.push(l);
  list.sort((a, b) => a - b);
}

/** What a word that starts no phrase leads to from the root. */
const NONE: readonly never[] = Object.freeze([]);
/** Most words whose root look-up a matcher keeps: words repeat, and the bound keeps memory flat on large inputs. */
const ROOT_CACHE_LIMIT = 100_000;

/** A root look-up kept for a word as written, with the forms it was made from (a token carries them). */
interface RootHit<T> {
  folded: string;
  stem: string;
  acronym: boolean;
  nodes: readonly Node<T>[];
}

/** A match: token range `[from, to)`, text offsets and payloads. */
export interface PhraseMatch<T> {
  from: number;
  to: number;
  start: number;
  end: number;
  values: T[];
  /** The token of a modifier of the matcher's `modifiers` inside the phrase ("very" of "talks were very open", "muy" of "diálogo muy abierto"). */
  modifier?: number;
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
  /** The token skipped as a modifier (see {@link PhraseMatcher.modifiers}), or -1. */
  modifier: number;
}

const hasChildren = <T>(n: Node<T>) => n.exact !== undefined || n.prefixes !== undefined;

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
  /**
   * Folded words that may stand inside any phrase of two words or more, after its first word, and
   * leave it whole: intensifiers ("un diálogo muy abierto" for "diálogo abierto"). The match says so.
   */
  modifiers: ReadonlySet<string> = new Set();
  /** The root look-up of each word met, by the word as written (see {@link rootStep}); emptied when a phrase is added. */
  private rootHits = new Map<string, RootHit<T>>();

  add(words: readonly WordTest[], value: T): void {
    if (words.length === 0 || words.length > MAX_WORDS) return;
    if (this.rootHits.size) this.rootHits.clear();
    let cur = this.root;
    for (const w of words) {
      if (w.kind === "exact") {
        const exact = (cur.exact ??= new Map());
        let n = exact.get(w.key);
        if (!n) {
          exact.set(w.key, (n = node()));
          if (w.key.startsWith("≡")) cur.marked = true;
        }
        cur = n;
      } else {
        const key = w.key.slice(0, MAX_PREFIX);
        const prefixes = (cur.prefixes ??= new Map());
        let p = prefixes.get(key);
        if (!p) {
          prefixes.set(key, (p = { node: node(), extra: w.extra, vowel: w.vowel === true }));
          if (key.length < HEAD) addLength((cur.shortLengths ??= []), key.length);
          else {
            const head = key.slice(0, HEAD);
            const heads = (cur.prefixHeads ??= new Map());
            let lengths = heads.get(head);
            if (!lengths) heads.set(head, (lengths = []));
            addLength(lengths, key.length);
          }
        } else {
          p.extra = Math.max(p.extra, w.extra);
          // (a prefix asked for both ways takes any letters)
          if (w.vowel !== true) p.vowel = false;
        }
        cur = p.node;
      }
    }
    const values = (cur.values ??= []);
    if (!values.includes(value)) values.push(value);
    this.size++;
  }

  private step(n: Node<T>, t: RepToken, out: Node<T>[]): void {
    // Exact keys are `~stem` for words longer than four letters and `=word` for the rest: the
    // stems of short words collide ("one" and "on"), so those match as written.
    const k = tokenKeys(t);
    const exact = n.exact;
    if (exact !== undefined) {
      const a = k.stem ? exact.get(k.stem) : undefined;
      if (a) out.push(a);
      const b = exact.get(k.word);
      if (b && b !== a) out.push(b);
      if (k.acronym) {
        const c = exact.get(k.acronym);
        if (c) out.push(c);
      }
      if (n.marked) {
        const d = exact.get((k.marked ??= `≡${t.text.toLowerCase()}`));
        if (d) out.push(d);
      }
    }
    // Prefixes by length, shortest first: those under HEAD letters, then those that begin as the word does.
    if (n.shortLengths !== undefined) for (const l of n.shortLengths) this.prefixStep(n, t, l, out);
    const lengths = n.prefixHeads?.get(k.head);
    if (lengths) for (const l of lengths) this.prefixStep(n, t, l, out);
  }

  private prefixStep(n: Node<T>, t: RepToken, l: number, out: Node<T>[]): void {
    if (l > t.folded.length) return;
    const p = n.prefixes?.get(t.folded.slice(0, l));
    if (p && t.folded.length - l <= p.extra && (!p.vowel || t.folded.length === l || VOWEL.test(t.folded.slice(l)))) out.push(p.node);
  }

  /**
   * The nodes a token leads to from the root: looked up once per word (most words begin no
   * phrase, and the root's maps are the largest), then kept by the word as written with the
   * forms the look-up read (its folded form, stem and capitals).
   */
  private rootStep(t: RepToken): readonly Node<T>[] {
    const hit = this.rootHits.get(t.text);
    if (hit && hit.folded === t.folded && hit.stem === t.stem && hit.acronym === t.acronym) return hit.nodes;
    const out: Node<T>[] = [];
    this.step(this.root, t, out);
    const nodes = out.length ? out : (NONE as readonly Node<T>[]);
    if (this.rootHits.size >= ROOT_CACHE_LIMIT) this.rootHits.clear();
    this.rootHits.set(t.text, { folded: t.folded, stem: t.stem, acronym: t.acronym, nodes });
    return nodes;
  }

  /**
   * The longest match starting at token `i`, or null. A phrase of three words or more may have
   * one word more inside it, after its first two ("movements of Russian troops" for "movements of
   * troops"): modifiers come between the words of a phrase.
   */
  matchAt(tokens: readonly RepToken[], i: number): PhraseMatch<T> | null {
    // Most tokens begin no phrase: look that up before building any state.
    const first = this.rootStep(tokens[i]!);
    if (first.length === 0) return null;
    let frontier: State<T>[] = [{ node: this.root, depth: 0, skipped: false, modifier: -1 }];
    let best: PhraseMatch<T> | null = null;
    const stepped: Node<T>[] = [];
    for (let j = i; j < tokens.length && j - i < MAX_WORDS + 1 && frontier.length; j++) {
      const t = tokens[j]!;
      if (j > i && !t.joins) break;
      const next: State<T>[] = [];
      for (const st of frontier) {
        stepped.length = 0;
        // (from the root, the nodes looked up above)
        if (st.node === this.root) for (const n of first) stepped.push(n);
        else this.step(st.node, t, stepped);
        for (const n of stepped) {
          next.push({ node: n, depth: st.depth + 1, skipped: st.skipped, modifier: st.modifier });
          if (n.values === undefined || (st.skipped && st.modifier < 0 && st.depth + 1 < SKIP_MIN_WORDS)) continue;
          if (!best || j + 1 > best.to) {
            best = { from: i, to: j + 1, start: tokens[i]!.start, end: t.end, values: [...n.values] };
            if (st.modifier >= 0) best.modifier = st.modifier;
          } else if (j + 1 === best.to) for (const v of n.values) if (!best.values.includes(v)) best.values.push(v);
        }
        // A modifier may stand after the first word; any other word after the first two, in a phrase of three or more.
        if (!st.skipped && st.depth >= 1 && hasChildren(st.node) && this.modifiers.has(t.folded))
          next.push({ node: st.node, depth: st.depth, skipped: true, modifier: j });
        else if (!st.skipped && st.depth >= SKIP_AFTER && hasChildren(st.node)) next.push({ node: st.node, depth: st.depth, skipped: true, modifier: -1 });
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
