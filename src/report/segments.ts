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
  const clamped = highlights
    .map((h) => ({ key: h.key, start: clamp(h.span[0], length), end: clamp(h.span[1], length) }))
    .filter((h) => h.end > h.start);
  const cuts = new Set<number>([0, length]);
  for (const h of clamped) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const keys = clamped.filter((h) => h.start <= start && h.end >= end).map((h) => h.key);
    segments.push({ start, end, keys });
  }
  return segments;
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(length, Math.floor(n)));
}
