/**
 * Scores a claimdiff result against a gold annotation by the project's evaluation rules (the
 * same rules as the project's reference scorer): claim matching by span
 * overlap, precision/recall/F1, speaker/side/date/kind accuracy over matched required claims,
 * alignments and disagreements, and traps.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { ClaimdiffError, parseOrThrow } from "../errors.js";
import { GoldSchema } from "./gold.js";

// biome-ignore lint/suspicious/noExplicitAny: a gold file is untyped JSON, checked field by field below
type Json = any;

/** What {@link scoreResult} measures; `null` where a ratio has no denominator. */
export interface ScoreReport {
  /** Claim extraction: a predicted claim matches a gold claim when its span covers at least half of it. */
  claims: {
    /** Gold claims that must be found. */
    required: number;
    /** Claims predicted for the articles the gold knows. */
    predicted: number;
    /** Required gold claims found. */
    matched: number;
    /** Optional gold claims found (they neither help nor hurt). */
    optionalMatched: number;
    /** Matched / (matched + predictions that match no gold claim). */
    precision: number | null;
    /** Matched / required. */
    recall: number | null;
    /** Harmonic mean of precision and recall (0 when either is missing). */
    f1: number;
  };
  /** Share of matched required claims whose speaker is right. */
  speakerAccuracy: number | null;
  /** Share of matched required claims whose side is right. */
  sideAccuracy: number | null;
  /** Share of matched dated gold claims whose date is right. */
  dateAccuracy: number | null;
  /** Share of matched undated gold claims predicted without a date. */
  undatedAccuracy: number | null;
  /** Share of matched required claims whose kind is right. */
  kindAccuracy: number | null;
  /** Recall, precision and speaker accuracy per language code. */
  perLanguage: Record<string, ScoreByLanguage>;
  /** Alignments: gold groups whose every pair was predicted. */
  alignments: {
    /** Scored gold alignments. */
    gold: number;
    /** Of those, found. */
    found: number;
    /** Found / gold. */
    recall: number | null;
    /** Claim pairs the prediction aligned. */
    predictedPairs: number;
    /** Share of predicted pairs the gold aligns (or relates). */
    precision: number | null;
  };
  /** Disagreements: a gold disagreement is found by a flag of its type over its claims. */
  disagreements: {
    /** Required gold disagreements. */
    gold: number;
    /** Of those, found. */
    found: number;
    /** Found / gold. */
    recall: number | null;
    /** Disagreements the prediction flagged. */
    flagged: number;
    /** Found / flagged (flags matching optional gold disagreements not counted against it). */
    precision: number | null;
    /** Traps raised: disagreements the gold says must not be flagged, flagged. */
    trapsRaised: number;
    /** Traps in the gold. */
    traps: number;
  };
  /** Problems with the input (claims for articles the gold does not know, duplicate ids). */
  warnings: string[];
  /** Every miss, one line each (what `formatScore(report, true)` lists). */
  details: {
    /** Required gold claims not found. */
    missedClaims: string[];
    /** Predicted claims that match no gold claim. */
    unmatchedPredictions: string[];
    /** Matched claims with the wrong speaker. */
    wrongSpeakers: string[];
    /** Gold alignments not found. */
    missedAlignments: string[];
    /** Gold disagreements not found. */
    missedDisagreements: string[];
    /** Traps raised. */
    trapsRaised: string[];
  };
}

/** The scores of one language. */
export interface ScoreByLanguage {
  /** Matched / required, for this language's articles. */
  recall: number | null;
  /** Precision for this language's articles. */
  precision: number | null;
  /** Speaker accuracy for this language's articles. */
  speakerAccuracy: number | null;
}

/** Names: accents, case, dots and apostrophes ignored; "A and B" equals "B and A"; a leading "the" dropped. */
export const foldName = (s: string | null | undefined): string => {
  const f = (s ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ş]/g, "s")
    .replace(/[ţ]/g, "t")
    .replace(/[.'’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
  return f.includes(" and ")
    ? f
        .split(" and ")
        .map((x) => x.trim())
        .sort()
        .join(" and ")
    : f;
};
const topicWords = (t: unknown) =>
  foldName(String(t ?? "").replace(/[-_]/g, " "))
    .split(" ")
    .filter(Boolean);
const topicMatch = (predTopic: unknown, goldTopics: unknown[]) => {
  const p = topicWords(predTopic);
  if (!p.length) return false;
  return goldTopics.some((g) => {
    const w = topicWords(g);
    return w.join(" ") === p.join(" ") || p.every((x) => w.includes(x)) || w.every((x) => p.includes(x));
  });
};
const spanOf = (c: Json): [number, number] | null => {
  const s = c.span ?? c.evidence?.span;
  if (Array.isArray(s)) return s as [number, number];
  if (s && typeof s === "object") return [s.start, s.end];
  return null;
};
const speakerName = (c: Json) => (typeof c.speaker === "string" ? c.speaker : c.speaker?.name) ?? null;
const speakerSide = (c: Json) => (typeof c.speaker === "object" ? c.speaker?.side : undefined) ?? c.side ?? null;
const dateOf = (c: Json) => {
  const d = (typeof c.date === "string" ? c.date : (c.date?.iso ?? c.date?.value)) ?? null;
  return d ? String(d).slice(0, 10) : null;
};
const r = (x: number, y: number) => (y ? Math.round((1000 * x) / y) / 1000 : null);

/**
 * Scores `pred` (a claimdiff JSON result: `{ articles: [{ id, claims }], events }`, such as
 * `compareClaims` returns or `claimdiff extract --format json` prints) against `gold` (see
 * {@link GoldSchema}).
 *
 * @example
 * const report = scoreResult(JSON.parse(goldJson), compareClaims(results));
 * report.claims.f1 // 0.93
 * @throws {ClaimdiffError} `invalid_gold` when `gold` is not a gold annotation; `invalid_claims`
 * when `pred` is not a result.
 */
export function scoreResult(gold: unknown, pred: unknown): ScoreReport {
  parseOrThrow(
    GoldSchema,
    gold,
    "invalid_gold",
    "gold annotation",
    'a gold file is { "articles": { ID: { "language", "claims": [{ "id", "span", "required", … }] } }, "events": [ … ] }.',
  );
  if (
    pred === null ||
    typeof pred !== "object" ||
    Array.isArray(pred) ||
    !["articles", "claims", "events"].some((k) => Array.isArray((pred as Record<string, unknown>)[k]))
  ) {
    throw new ClaimdiffError(
      "invalid_claims",
      "Invalid result to score: pass what compareClaims returns (or the JSON of claimdiff extract/compare): an object with `articles`, `claims` or `events`.",
    );
  }
  return score(gold as Json, pred as Json);
}

function score(gold: Json, pred: Json): ScoreReport {
  const warnings: string[] = [];
  const goldIds = new Set(Object.keys(gold.articles ?? {}));
  const predClaims = new Map<string, Json[]>();
  const addPred = (c: Json, articleId?: string) => {
    const a = c.articleId ?? articleId;
    if (a === undefined) {
      warnings.push(`a predicted claim has no articleId: ${JSON.stringify(c).slice(0, 80)}`);
      return;
    }
    if (!goldIds.has(a)) warnings.push(`predicted claims for an article the gold does not know: ${a}`);
    if (!predClaims.has(a)) predClaims.set(a, []);
    predClaims.get(a)!.push(c);
  };
  for (const art of pred.articles ?? []) for (const c of art.claims ?? []) addPred(c, art.id);
  for (const c of pred.claims ?? []) addPred(c);

  const totals = {
    required: 0,
    predicted: 0,
    tp: 0,
    fp: 0,
    optionalHits: 0,
    speakerOk: 0,
    sideOk: 0,
    dateOk: 0,
    dateN: 0,
    undatedOk: 0,
    undatedN: 0,
    kindOk: 0,
  };
  const perLang: Record<string, { required: number; predicted: number; tp: number; fp: number; speakerOk: number }> = {};
  const predToGold = new Map<string, string>();
  const predKeyById = new Map<string, string | null>();
  const misses: string[] = [],
    extras: string[] = [],
    wrong: string[] = [];
  const keyOf = (articleId: string, p: Json, pi: number) => `${articleId}|${p.id ?? `#${pi}`}`;
  for (const [articleId, preds] of predClaims)
    preds.forEach((p, pi) => {
      if (p.id === undefined) return;
      if (predKeyById.has(p.id)) {
        warnings.push(`claim id ${p.id} is used twice: references to it are ambiguous`);
        predKeyById.set(p.id, null);
      } else predKeyById.set(p.id, keyOf(articleId, p, pi));
    });

  for (const [articleId, ga] of Object.entries<Json>(gold.articles ?? {})) {
    const lang = ga.language ?? "?";
    const L = (perLang[lang] ??= { required: 0, predicted: 0, tp: 0, fp: 0, speakerOk: 0 });
    const preds = predClaims.get(articleId) ?? [];
    const candidates: { g: Json; pi: number; iou: number }[] = [];
    for (const g of ga.claims) {
      const [gs, ge] = g.span;
      preds.forEach((p, pi) => {
        const ps = spanOf(p);
        if (!ps) return;
        const ov = Math.max(0, Math.min(ge, ps[1]) - Math.max(gs, ps[0]));
        const plen = ps[1] - ps[0];
        if (ov >= 0.5 * (ge - gs) && plen <= Math.max(8 * (ge - gs), 800)) {
          candidates.push({ g, pi, iou: ov / (Math.max(ge, ps[1]) - Math.min(gs, ps[0])) });
        }
      });
    }
    candidates.sort((a, b) => Number(b.g.required) - Number(a.g.required) || b.iou - a.iou);
    const usedG = new Set<string>(),
      usedP = new Set<number>();
    for (const { g, pi } of candidates) {
      if (usedG.has(g.id) || usedP.has(pi)) continue;
      usedG.add(g.id);
      usedP.add(pi);
      const p = preds[pi];
      predToGold.set(keyOf(articleId, p, pi), g.id);
      if (!g.required) {
        totals.optionalHits++;
        continue;
      }
      totals.tp++;
      L.tp++;
      const names = [g.speaker, ...(g.speakerAlt ?? [])].map(foldName);
      const spOk = names.includes(foldName(speakerName(p)));
      if (spOk) {
        totals.speakerOk++;
        L.speakerOk++;
      }
      if ([g.side ?? null, ...(g.sideAlt ?? [])].includes(speakerSide(p) ?? null)) totals.sideOk++;
      const d = dateOf(p);
      if (g.date) {
        totals.dateN++;
        if (d && (d === g.date || (g.date.length < 10 && d.startsWith(g.date)))) totals.dateOk++;
      } else {
        totals.undatedN++;
        if (!d) totals.undatedOk++;
      }
      if ((p.kind ?? null) === g.kind) totals.kindOk++;
      if (!spOk) wrong.push(`${g.id}: speaker ${JSON.stringify(speakerName(p))} ≠ ${JSON.stringify(g.speaker)}`);
    }
    for (const g of ga.claims)
      if (g.required) {
        totals.required++;
        L.required++;
        if (!usedG.has(g.id)) misses.push(`${g.id}: ${String(g.evidence).slice(0, 70)}`);
      }
    preds.forEach((p, pi) => {
      totals.predicted++;
      L.predicted++;
      if (!usedP.has(pi)) {
        totals.fp++;
        L.fp++;
        extras.push(`${articleId}: ${String(p.assertion ?? "").slice(0, 70)}`);
      }
    });
  }

  const toGold = (id: string) => {
    const k = predKeyById.get(id);
    return k ? predToGold.get(k) : undefined;
  };
  const idsOf = (d: Json): string[] => {
    const raw = d.claims ?? (d.sides ? Object.values(d.sides) : undefined) ?? d.evidence?.map?.((x: Json) => x.claim ?? x) ?? [];
    return [raw].flat(Infinity) as string[];
  };
  const predEvents: Json[] = pred.events ?? pred.comparison?.events ?? [];
  const predPairs = new Set<string>();
  const predFlags: { type: string; topic: string; topics?: string[]; got: Set<string> }[] = [];
  for (const e of predEvents) {
    for (const al of e.alignments ?? []) {
      const ids = ([al.claims ?? []].flat(Infinity) as string[]).map(toGold).filter(Boolean) as string[];
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (ids[i] !== ids[j]) predPairs.add([ids[i], ids[j]].sort().join("|"));
    }
    for (const d of e.disagreements ?? [])
      predFlags.push({ type: d.type, topic: d.topic, topics: d.topics, got: new Set(idsOf(d).map(toGold).filter(Boolean) as string[]) });
  }
  const goldClaims = new Map<string, Json>();
  for (const a of Object.values<Json>(gold.articles ?? {})) for (const c of a.claims) goldClaims.set(c.id, c);
  const flagTopics = (f: { topic: string; topics?: string[] }) => [f.topic, ...(f.topics ?? [])].filter(Boolean);

  const goldPairs = new Map<string, boolean>();
  let alignN = 0,
    alignHit = 0;
  const alignMiss: string[] = [];
  for (const ev of gold.events ?? [])
    for (const al of ev.alignments ?? []) {
      const scored = !["related", "same-speaker"].includes(al.relation) && al.required !== false;
      const ids: string[] = al.claims;
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const k = [ids[i], ids[j]].sort().join("|");
          goldPairs.set(k, goldPairs.get(k) || scored);
        }
      if (!scored) continue;
      alignN++;
      const ok = ids.every((a, i) => ids.slice(i + 1).every((b) => predPairs.has([a, b].sort().join("|"))));
      if (ok) alignHit++;
      else alignMiss.push(`${ev.id}: ${ids.join(" ~ ")}`);
    }
  let alignRight = 0;
  for (const k of predPairs) if (goldPairs.has(k)) alignRight++;

  let disN = 0,
    disHit = 0,
    optHit = 0,
    trapN = 0,
    trapHit = 0;
  const disMiss: string[] = [],
    trapHits: string[] = [];
  const usedFlags = new Set<number>();
  const want = (ev: Json, d: Json): string[][] => {
    if (d.claims) return d.claims.map((x: Json) => [x].flat());
    const ids = [...goldClaims.values()].filter((c) => c.event === ev.id && c.side === d.present && c.topics.includes(d.topic)).map((c) => c.id);
    return [ids];
  };
  const flagMatches = (f: (typeof predFlags)[number], ev: Json, d: Json) => {
    if (f.type !== d.type) return false;
    if (
      d.type === "omission" &&
      !topicMatch(flagTopics(f)[0] ?? "", [d.topic, ...(d.topicAlt ?? [])]) &&
      !(f.topics ?? []).some((t) => topicMatch(t, [d.topic, ...(d.topicAlt ?? [])]))
    )
      return false;
    return want(ev, d).every((alts) => alts.some((id) => f.got.has(id)));
  };
  for (const ev of gold.events ?? []) {
    for (const d of ev.disagreements ?? []) {
      const required = d.required !== false;
      if (required) disN++;
      const idx = predFlags.findIndex((f, i) => !usedFlags.has(i) && flagMatches(f, ev, d));
      if (idx >= 0) {
        usedFlags.add(idx);
        if (required) disHit++;
        else optHit++;
      } else if (required) disMiss.push(`${ev.id}: ${d.type} ${d.topic ?? ""} ${d.claims ? JSON.stringify(d.claims) : `${d.present}>${d.absent}`}`);
    }
    for (const t of ev.traps ?? []) {
      trapN++;
      let hit: boolean;
      if (t.claims) hit = predFlags.some((f) => f.type === t.type && t.claims.every((id: string) => f.got.has(id)));
      else {
        const tc = [...goldClaims.values()].filter((c) => c.event === ev.id && c.topics.includes(t.topic)).map((c) => c.id);
        const need = t.type === "omission" ? 1 : 2;
        hit = predFlags.some(
          (f) => f.type === t.type && topicMatch(flagTopics(f)[0] ?? t.topic, [t.topic]) && [...f.got].filter((id) => tc.includes(id)).length >= need,
        );
      }
      if (hit) {
        trapHit++;
        trapHits.push(`${ev.id}: ${t.type} ${t.topic}`);
      }
    }
  }
  const P = r(totals.tp, totals.tp + totals.fp),
    R = r(totals.tp, totals.required);
  return {
    claims: {
      required: totals.required,
      predicted: totals.predicted,
      matched: totals.tp,
      optionalMatched: totals.optionalHits,
      precision: P,
      recall: R,
      f1: P && R ? Math.round((2000 * P * R) / (P + R)) / 1000 : 0,
    },
    speakerAccuracy: r(totals.speakerOk, totals.tp),
    sideAccuracy: r(totals.sideOk, totals.tp),
    dateAccuracy: r(totals.dateOk, totals.dateN),
    undatedAccuracy: r(totals.undatedOk, totals.undatedN),
    kindAccuracy: r(totals.kindOk, totals.tp),
    perLanguage: Object.fromEntries(
      Object.entries(perLang).map(([k, v]) => [k, { recall: r(v.tp, v.required), precision: r(v.tp, v.tp + v.fp), speakerAccuracy: r(v.speakerOk, v.tp) }]),
    ),
    alignments: { gold: alignN, found: alignHit, recall: r(alignHit, alignN), predictedPairs: predPairs.size, precision: r(alignRight, predPairs.size) },
    disagreements: {
      gold: disN,
      found: disHit,
      recall: r(disHit, disN),
      flagged: predFlags.length,
      precision: r(disHit, predFlags.length - optHit),
      trapsRaised: trapHit,
      traps: trapN,
    },
    warnings: [...new Set(warnings)],
    details: {
      missedClaims: misses,
      unmatchedPredictions: extras,
      wrongSpeakers: wrong,
      missedAlignments: alignMiss,
      missedDisagreements: disMiss,
      trapsRaised: trapHits,
    },
  };
}

/**
 * The report as the reference scorer prints it (plain text); `verbose` lists every miss.
 *
 * @example
 * console.log(formatScore(scoreResult(gold, result), true));
 */
export function formatScore(s: ScoreReport, verbose = false): string {
  if (s === null || typeof s !== "object" || typeof (s as Partial<ScoreReport>).claims !== "object") {
    throw new ClaimdiffError("invalid_input", "Invalid input: formatScore needs the report scoreResult returns.");
  }
  const c = s.claims,
    A = s.alignments,
    D = s.disagreements;
  const lines = [
    `claims     P ${c.precision}  R ${c.recall}  F1 ${c.f1}  (matched ${c.matched}/${c.required} required, ${c.predicted} predicted, ${c.optionalMatched} optional)`,
    `speaker ${s.speakerAccuracy}  side ${s.sideAccuracy}  date ${s.dateAccuracy}  undated ${s.undatedAccuracy}  kind ${s.kindAccuracy}`,
    ...Object.entries(s.perLanguage).map(([k, v]) => `  ${k}: R ${v.recall}  P ${v.precision}  speaker ${v.speakerAccuracy}`),
    `alignments ${A.found}/${A.gold} (precision ${A.precision} of ${A.predictedPairs} pairs)   disagreements ${D.found}/${D.gold} (precision ${D.precision} of ${D.flagged} flagged)   traps raised ${D.trapsRaised}/${D.traps}`,
    ...s.warnings.slice(0, 10).map((w) => `warning: ${w}`),
  ];
  if (verbose) {
    const d = s.details;
    for (const [title, list] of [
      ["missed claims", d.missedClaims],
      ["unmatched predictions", d.unmatchedPredictions],
      ["wrong speakers", d.wrongSpeakers],
      ["missed alignments", d.missedAlignments],
      ["missed disagreements", d.missedDisagreements],
      ["traps raised", d.trapsRaised],
    ] as const) {
      if (list.length) lines.push("", `${title}:`, ...list.map((x) => `  ${x}`));
    }
  }
  return lines.join("\n");
}
