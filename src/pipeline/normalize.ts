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
  /** Original offset where normalised character `i` starts (length = text.length + 1). Null: identity. */
  starts: Int32Array | null;
  /** Original offset where normalised character `i` ends. Null: identity. */
  ends: Int32Array | null;
  /** Length of the original text. */
  originalLength: number;
}

const NEEDS_WORK = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\r\u015e\u015f\u0162\u0163]|\p{Cf}/u;
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
  if (!NEEDS_WORK.test(original)) return { text: original, starts: null, ends: null, originalLength: original.length };
  const n = original.length;
  let starts = new Int32Array(n + 1);
  let ends = new Int32Array(n + 1);
  const parts: string[] = [];
  let len = 0;
  const emit = (s: string, from: number, to: number) => {
    if (len + s.length + 1 > starts.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(Math.max(a.length * 2, len + s.length + 1)); b.set(a); return b; };
      starts = grow(starts);
      ends = grow(ends);
    }
    for (let k = 0; k < s.length; k++) {
      starts[len] = from;
      ends[len] = to;
      len++;
    }
    parts.push(s);
  };
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const low = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    let j = i + (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1);
    // A format control is dropped on its own: a combining mark after it stays (with no base).
    if (DROP.test(original.slice(i, j))) { i = j; continue; }
    let marks = false;
    while (j < n && isMark(original.charCodeAt(j))) { j++; marks = true; }
    let chunk = original.slice(i, j);
    const head = chunk.charAt(0);
    if (head === "\r") {
      if (original.charCodeAt(i + 1) !== 10) emit("\n", i, j);
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
  starts[len] = n;
  return { text: parts.join(""), starts: starts.subarray(0, len + 1), ends: ends.subarray(0, len + 1), originalLength: n };
}

/** Maps a `[start, end)` span of the normalised text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (!n.starts || !n.ends) return [start, end];
  const s = n.starts[Math.min(start, n.text.length)] ?? n.originalLength;
  const e = end <= start ? s : (n.ends[end - 1] ?? n.originalLength);
  return [s, Math.max(s, e)];
}
