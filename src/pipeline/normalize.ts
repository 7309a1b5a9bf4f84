/**
 * Normalisation that never shifts reported offsets: the pipeline works on a normalised copy of
 * the text and maps every offset back to the original string.
 *
 * - NFC (a base letter and its combining marks are composed);
 * - ş ţ (cedilla) → ș ț (comma), the Romanian letters as written by older keyboards;
 * - no-break and other fixed-width spaces → " "; CRLF and lone CR → "\n"; U+2028/2029 → "\n";
 * - every invisible format control (Unicode category Cf) is dropped: BOM, zero-width space and
 *   joiners, soft hyphen, word joiner, bidirectional embeddings, overrides and isolates
 *   (U+202A–202E, U+2066–2069), the Arabic letter mark (U+061C), tag characters. Left in, they
 *   sit between a word and its period or quotation mark and hide sentence ends and cues.
 */
export interface Normalized {
  /** The normalised text. */
  text: string;
  /**
   * How normalised offsets map to the original, as segments (null: identity). Segment `k` starts
   * at normalised offset `segN[k]` and original offset `segO[k]`; in a run (`segE[k] < 0`)
   * character `i` is original `[segO + i - segN, +1)`, in a unit (a composed letter, a surrogate
   * pair) every character is the original `[segO[k], segE[k])`. A few numbers per change, where
   * maps of every character took eight bytes a character (160 MB for a 20 MB article).
   */
  segN: Int32Array | null;
  segO: Int32Array | null;
  segE: Int32Array | null;
  /** Length of the original text. */
  originalLength: number;
}

const NEEDS_WORK =
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\r\u015e\u015f\u0162\u0163]|\p{Cf}/u;
/** One UTF-16 unit that normalisation may change (a surrogate half is looked at with its pair). */
const NEEDS_WORK_CHAR =
  /^(?:[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\r\u015e\u015f\u0162\u0163\ud800-\udfff]|\p{Cf})$/u;
/** Invisible format controls (a whole code point, astral tag characters included). */
const DROP = /^\p{Cf}$/u;
const SPACE = /^[\u00a0\u2000-\u200a\u202f\u205f\u3000]$/;
const CEDILLA: Record<string, string> = { "\u015e": "\u0218", "\u015f": "\u0219", "\u0162": "\u021a", "\u0163": "\u021b" };

function isMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/**
 * Normalises `original` (see module doc). Linear time; text that needs no change is returned
 * as is with identity offset maps.
 *
 * @example
 * const n = normalize("Kremlinul\u00a0a declarat"); n.text // "Kremlinul a declarat"
 */
export function normalize(original: string): Normalized {
  if (!NEEDS_WORK.test(original)) return { text: original, segN: null, segO: null, segE: null, originalLength: original.length };
  const n = original.length;
  let segN = new Int32Array(64),
    segO = new Int32Array(64),
    segE = new Int32Array(64);
  let segs = 0;
  const parts: string[] = [];
  let len = 0;
  /** Original offset where the pending run of unchanged characters starts (-1: none). */
  let runFrom = -1;
  const segment = (o: number, e: number) => {
    if (segs === segN.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      segN = grow(segN);
      segO = grow(segO);
      segE = grow(segE);
    }
    segN[segs] = len;
    segO[segs] = o;
    segE[segs] = e;
    segs++;
  };
  const flush = (at: number) => {
    if (runFrom >= 0 && at > runFrom) {
      parts.push(original.slice(runFrom, at));
      len += at - runFrom;
    }
    runFrom = -1;
  };
  /** A character copied as it is: it extends the run (a new run starts a segment). */
  const keep = (i: number) => {
    if (runFrom < 0) {
      runFrom = i;
      segment(i, -1);
    }
  };
  /** `s` written for original `[from, to)`: a segment of its own. */
  const emit = (s: string, from: number, to: number) => {
    flush(from);
    if (s.length === 1 && to === from + 1) {
      segment(from, -1);
      parts.push(s);
      len += 1;
      return;
    }
    segment(from, to);
    parts.push(s);
    len += s.length;
  };
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const low = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    let j = i + (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1);
    // Most characters stay as they are (and where they are): they only extend the current run.
    if (j === i + 1 && (j === n || !isMark(low)) && (c < 0xa0 ? c !== 13 : !NEEDS_WORK_CHAR.test(original.charAt(i)))) {
      keep(i);
      i = j;
      continue;
    }
    // A format control is dropped on its own: a combining mark after it stays (with no base).
    if (DROP.test(original.slice(i, j))) {
      flush(i);
      i = j;
      continue;
    }
    let marks = false;
    while (j < n && isMark(original.charCodeAt(j))) {
      j++;
      marks = true;
    }
    let chunk = original.slice(i, j);
    const head = chunk.charAt(0);
    if (head === "\r") {
      if (original.charCodeAt(i + 1) !== 10) emit("\n", i, j);
      else flush(i);
    } else if (head === "\u2028" || head === "\u2029") {
      emit("\n", i, j);
    } else if (SPACE.test(head) && !marks) {
      emit(" ", i, j);
    } else {
      if (marks) chunk = chunk.normalize("NFC");
      const ced = CEDILLA[chunk.charAt(0)];
      if (ced) chunk = ced + chunk.slice(1);
      emit(chunk, i, j);
    }
    i = j;
  }
  flush(n);
  return { text: parts.join(""), segN: segN.subarray(0, segs), segO: segO.subarray(0, segs), segE: segE.subarray(0, segs), originalLength: n };
}

/** Original offsets of normalised character `i`: `[start, end)`. */
function originalOf(n: Normalized, i: number): [number, number] {
  const segN = n.segN!,
    segO = n.segO!,
    segE = n.segE!;
  let lo = 0,
    hi = segN.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segN[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  const e = segE[lo]!;
  if (e >= 0) return [segO[lo]!, e];
  const o = segO[lo]! + i - segN[lo]!;
  return [o, o + 1];
}

/** Maps a `[start, end)` span of the normalised text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (!n.segN) return [start, end];
  const len = n.text.length;
  const s = start >= len || start < 0 ? n.originalLength : originalOf(n, start)[0];
  // (past the end: the end of the original; the character after the last maps to nothing)
  const e = end <= start ? s : end - 1 === len ? 0 : end - 1 > len || end - 1 < 0 ? n.originalLength : originalOf(n, end - 1)[1];
  return [s, Math.max(s, e)];
}
