/**
 * The cosine of two embedding vectors, floored at 0 (opposite directions say no more than
 * orthogonal ones); 0 when either is all zeros. Vectors of different lengths are compared on
 * their common prefix.
 *
 * @example
 * vectorCosine([1, 0], [1, 1]) // 0.707…
 */
export function vectorCosine(x: readonly number[], y: readonly number[]): number {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    dot += x[i]! * y[i]!;
    nx += x[i]! * x[i]!;
    ny += y[i]! * y[i]!;
  }
  return nx > 0 && ny > 0 ? Math.max(0, dot / Math.sqrt(nx * ny)) : 0;
}
