import type { Span } from "../schema/common.js";

/** A span to highlight: `key` identifies it (a claim id), `span` is `[start, end)` in UTF-16 units. */
export interface Highlight {
  key: string;
  span: Span;
}

/** A run of text covered by the same set of highlights (`keys` is empty for plain text). */
export interface Segment {
  start: number;
  end: number;
  keys: string[];
}

/**
 * Cuts `[0, length)` into consecutive segments at every highlight boundary, so nested and
 * overlapping spans can be rendered as flat, non-overlapping elements. Each segment lists the
 * highlights covering it, in input order. Spans are clamped to the text; empty ones are ignored.
 *
 * @example
 * segmentHighlights(10, [{ key: "a", span: [0, 6] }, { key: "b", span: [4, 10] }])
 * // [{start:0,end:4,keys:["a"]}, {start:4,end:6,keys:["a","b"]}, {start:6,end:10,keys:["b"]}]
 */
export function segmentHighlights(length: number, highlights: readonly Highlight[]): Segment[] {
  const segments: Segment[] = [];
  sweepHighlights(length, highlights, (start, end, keys) => segments.push({ start, end, keys: [...keys] }));
  return segments;
}

/**
 * Visits the segments of {@link segmentHighlights} in order without building them: `visit`
 * gets each segment's bounds and the keys covering it (an array the sweep reuses: copy it to
 * keep it). One sweep over the boundaries in order — a highlight enters the active set at its
 * start and leaves it at its end — so the work is O(h log h) for sorting plus the size of the
 * output, however long the text and however many highlights it has.
 */
export function sweepHighlights(length: number, highlights: readonly Highlight[], visit: (start: number, end: number, keys: readonly string[]) => void): void {
  const size = Math.max(0, Math.floor(length));
  // Struct of arrays (no object per highlight): clamped bounds, and the highlights that are
  // not empty in input order.
  const n = highlights.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const kept: number[] = [];
  for (let k = 0; k < n; k++) {
    const span = highlights[k]!.span;
    starts[k] = clamp(span[0], size);
    ends[k] = clamp(span[1], size);
    if (ends[k]! > starts[k]!) kept.push(k);
  }
  const byStart = sortedBy(Uint32Array.from(kept), starts);
  const byEnd = sortedBy(Uint32Array.from(kept), ends);
  // The highlights covering the current position, kept sorted by input order, and their keys.
  const active: number[] = [];
  const keys: string[] = [];
  let i = 0;
  let j = 0;
  let pos = 0;
  while (pos < size) {
    let changed = false;
    while (j < byEnd.length && ends[byEnd[j]!]! <= pos) changed = remove(active, byEnd[j++]!) || changed;
    while (i < byStart.length && starts[byStart[i]!]! <= pos) {
      insert(active, byStart[i++]!);
      changed = true;
    }
    if (changed) {
      keys.length = active.length;
      for (let a = 0; a < active.length; a++) keys[a] = highlights[active[a]!]!.key;
    }
    const nextStart = i < byStart.length ? starts[byStart[i]!]! : size;
    const nextEnd = j < byEnd.length ? ends[byEnd[j]!]! : size;
    const end = Math.min(size, nextStart, nextEnd);
    visit(pos, end, keys);
    pos = end;
  }
}

/** Sorts highlight indices (given in input order) by `bound`, then input order; linear when already in order. */
function sortedBy(indices: Uint32Array, bound: Float64Array): Uint32Array {
  let ordered = true;
  for (let k = 1; k < indices.length && ordered; k++) ordered = bound[indices[k - 1]!]! <= bound[indices[k]!]!;
  return ordered ? indices : indices.sort((a, b) => bound[a]! - bound[b]! || a - b);
}

/** Index of the first element of `list` (ascending) that is not below `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insert(list: number[], item: number): void {
  list.splice(lowerBound(list, item), 0, item);
}

function remove(list: number[], item: number): boolean {
  const at = lowerBound(list, item);
  if (list[at] !== item) return false;
  list.splice(at, 1);
  return true;
}

function clamp(n: number, length: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(length, Math.floor(n))) : n > 0 ? length : 0;
}
