/**
 * `claimdiff/eval`: scoring results against a gold annotation, by the project's evaluation
 * rules (a predicted claim matches a gold claim when its span covers at least half of it;
 * speaker, side and date accuracy over matched required claims; alignments, disagreements and
 * traps of the comparison). The same as `claimdiff eval --gold GOLD.json FILES…`.
 *
 * @example
 * ```ts
 * import { scoreResult, formatScore } from "claimdiff/eval";
 * console.log(formatScore(scoreResult(gold, compareClaims(results))));
 * ```
 *
 * @packageDocumentation
 * @module claimdiff/eval
 */
export { scoreResult, formatScore, type ScoreReport, type ScoreByLanguage } from "./eval/score.js";
export { GoldSchema, type Gold } from "./eval/gold.js";
