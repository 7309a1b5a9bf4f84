import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED } from "./corpus.js";
import type { Claim, ExtractionResult } from "../../src/schema/claim.js";
import { BUILTIN_LEXICON } from "../../src/lexicon/index.js";

/** A gold claim as annotated in ../shared/gold/*.json. */
export interface GoldClaim {
  id: string;
  speaker: string;
  speakerAlt?: string[];
  side: string | null;
  date: string | null;
  kind: Claim["kind"];
  evidence: string;
  span: [number, number];
  topics: string[];
  required: boolean;
  event: string | null;
}

export interface GoldAlignment {
  claims: string[];
  relation: string;
  required?: boolean;
}
export interface GoldDisagreement {
  type: string;
  topic: string;
  topicAlt?: string[];
  claims?: Array<string | string[]>;
  present?: string | null;
  absent?: string | null;
  required?: boolean;
}
export interface GoldEvent {
  id: string;
  articles: string[];
  alignments: GoldAlignment[];
  disagreements: GoldDisagreement[];
  traps: Array<{ type: string; topic: string; claims?: string[] }>;
}
export interface Gold {
  articles: Record<string, { language: string; claims: GoldClaim[] }>;
  events: GoldEvent[];
}

/** A file of a shared set, or of a fixture folder given by its path (its articles and `gold.json` side by side). */
const fixtures = (dir: string, file: string) =>
  dir.includes("/") ? join(dir, file) : join(SHARED, file === "gold.json" ? `gold/${dir}.json` : `corpus/${dir}/${file}`);

/** The shared sets with gold. */
export type GoldSet = "seeds" | "readouts" | "dev";

/** Reads a gold file of the shared corpora (`../shared/gold/NAME.json`); callers skip when `sharedSet` finds none. */
export function loadGold(dir: GoldSet | `${string}/${string}`): Gold {
  // describe.skipIf still runs its body to collect the tests: without the corpus, an empty gold
  if (!existsSync(fixtures(dir, "gold.json"))) return { articles: {}, events: [] };
  return JSON.parse(readFileSync(fixtures(dir, "gold.json"), "utf8")) as Gold;
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .trim();

function entityFor(name: string) {
  const f = fold(name);
  for (const e of BUILTIN_LEXICON.entities) if (fold(e.name) === f || e.names.some((n) => fold(n) === f)) return e;
  return undefined;
}

/**
 * The perfect claims of a gold file, as `../shared/tools/gold-claims.mjs` makes them: one
 * extraction result per article (its text and sidecar metadata), each gold claim with the gold
 * span, speaker name and side, date and kind, the text of its span as assertion, no topics, no
 * background flag. Claim ids are `ARTICLE:cN` in gold order; `goldIdOf` maps them back.
 *
 * @example
 * compareClaims(perfectClaims("dev")) // what the comparison does with claims from a perfect extractor
 */
export function perfectClaims(dir: GoldSet | `${string}/${string}`, gold: Gold = loadGold(dir)): ExtractionResult[] {
  const out: ExtractionResult[] = [];
  for (const [articleId, article] of Object.entries(gold.articles)) {
    const text = readFileSync(fixtures(dir, `${articleId}.txt`), "utf8");
    const meta = JSON.parse(readFileSync(fixtures(dir, `${articleId}.json`), "utf8")) as {
      outlet?: string | null;
      publishedAt?: string | null;
      title?: string | null;
      url?: string | null;
      issuer?: string | null;
    };
    const claims: Claim[] = article.claims.map((g, i) => ({
      id: `${articleId}:c${i + 1}`,
      articleId,
      language: article.language,
      outlet: meta.outlet ?? null,
      via: [],
      speaker: { name: g.speaker, id: null, mention: null, mentionSpan: null, kind: "unknown", role: null, side: g.side },
      date: { iso: g.date, basis: g.date ? "explicit" : null, text: null, span: null },
      kind: g.kind,
      assertion: text.slice(g.span[0], g.span[1]),
      assertionSpan: g.span,
      quotes: [],
      cue: null,
      cueSpan: null,
      span: g.span,
      topics: [],
      background: false,
      confidence: 1,
    }));
    out.push({
      article: {
        id: articleId,
        language: article.language,
        languageDetected: false,
        title: meta.title ?? null,
        outlet: meta.outlet ?? null,
        url: meta.url ?? null,
        publishedAt: meta.publishedAt ?? null,
        publishedAtSource: meta.publishedAt ? "metadata" : "none",
        issuer: meta.issuer ?? null,
        via: [],
        textLength: text.length,
      },
      text,
      claims,
      warnings: [],
    });
  }
  return out;
}

/** Perfect-claim id (`ARTICLE:cN`) → gold claim id, for a gold file. */
export function goldIdOf(gold: Gold): Map<string, string> {
  const out = new Map<string, string>();
  for (const [articleId, a] of Object.entries(gold.articles)) a.claims.forEach((c, i) => out.set(`${articleId}:c${i + 1}`, c.id));
  return out;
}

/** The gold event id of every gold claim (for checking the grouping in tests only). */
export function goldEventOf(gold: Gold): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const a of Object.values(gold.articles)) for (const c of a.claims) out.set(c.id, c.event);
  return out;
}

let seq = 0;

/**
 * A realistic claim for unit tests: `assertion` is the claim's text; the rest has defaults
 * (English, dated day `date` with basis `explicit`, kind `indirect`).
 *
 * @example
 * makeClaim({ speaker: "Kremlin", side: "RU", assertion: "The talks were constructive.", topics: ["tone"] })
 */
export function makeClaim(p: {
  assertion: string;
  speaker: string;
  side: string | null;
  topics?: string[];
  date?: string | null;
  basis?: Claim["date"]["basis"];
  article?: string;
  language?: string;
  id?: string;
  background?: boolean;
  confidence?: number;
  cue?: string | null;
}): Claim {
  const entity = entityFor(p.speaker);
  const date = p.date === undefined ? "2017-01-28" : p.date;
  const article = p.article ?? "a1";
  return {
    id: p.id ?? `${article}:c${++seq}`,
    articleId: article,
    language: p.language ?? "en",
    outlet: null,
    via: [],
    speaker: { name: p.speaker, id: entity?.id ?? null, mention: p.speaker, mentionSpan: null, kind: entity?.kind ?? "unknown", role: null, side: p.side },
    date: { iso: date, basis: date === null ? null : (p.basis ?? "explicit"), text: null, span: null },
    kind: "indirect",
    assertion: p.assertion,
    assertionSpan: [0, p.assertion.length],
    quotes: [],
    cue: p.cue ?? "said",
    cueSpan: null,
    span: [0, p.assertion.length],
    topics: p.topics ?? [],
    background: p.background ?? false,
    confidence: p.confidence ?? 0.9,
  };
}

/**
 * An article as extraction gives it, for comparison tests: its metadata, its text and its claims.
 *
 * @example
 * articleResult({ id: "ru", language: "ru", title: "Звонок", publishedAt: "2026-11-23", claims: [makeClaim({ … })] })
 */
export function articleResult(p: {
  id: string;
  language: string;
  title: string | null;
  publishedAt: string | null;
  claims: Claim[];
  text?: string;
}): ExtractionResult {
  const text = p.text ?? p.title ?? "";
  return {
    article: {
      id: p.id,
      language: p.language,
      languageDetected: false,
      title: p.title,
      outlet: null,
      url: null,
      publishedAt: p.publishedAt,
      publishedAtSource: p.publishedAt ? "metadata" : "none",
      issuer: null,
      via: [],
      textLength: p.text === undefined ? 0 : text.length,
    },
    text,
    claims: p.claims,
    warnings: [],
  } as unknown as ExtractionResult;
}
