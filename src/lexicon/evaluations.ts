/**
 * The senses of evaluative terms, language-independent: what a readout calls an encounter or a
 * matter ("constructive", "business-like", "frank"). The level of a term (on the scale -2 … +2)
 * comes from each pack's `compare.evaluative`; its sense, from `compare.senses`. Two accounts
 * that call a conversation "constructive" and "конструктивный" use one term; "business-like"
 * and "constructive" are two terms of one level.
 */
export const EVALUATION_SENSES = [
  // Positive.
  "excellent",
  "good",
  "positive",
  "constructive",
  "productive",
  "businesslike",
  "substantive",
  "useful",
  "detailed",
  "frank",
  "sincere",
  "warm",
  "respectful",
  "pragmatic",
  "successful",
  "lasting",
  "historic",
  // A matter called fair or lawful ("a fair deal", "legitimate interests").
  "fair",
  "legitimate",
  // Neutral.
  "balanced",
  "professional",
  "serious",
  "direct",
  // Negative.
  "difficult",
  "tense",
  "disappointing",
  "unsatisfactory",
  "negative",
  "worrying",
  "dangerous",
  "provocative",
  "hostile",
  "aggressive",
  "hysterical",
  "absurd",
  "unacceptable",
  "destructive",
  // A conversation called demanding (a tough one); a matter called unfair, or unlawful.
  "demanding",
  "unfair",
  "illegal",
] as const;

export type EvaluationSense = (typeof EVALUATION_SENSES)[number];

const KNOWN: ReadonlySet<string> = new Set(EVALUATION_SENSES);

/** Whether `id` is a sense of the inventory. */
export const isEvaluationSense = (id: string): id is EvaluationSense => KNOWN.has(id);
