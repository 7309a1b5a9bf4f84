import { describe, expect, it } from "vitest";
import { ClaimdiffError } from "../src/errors.js";
import { renderHtml, renderJson, renderMarkdown, renderNdjson } from "../src/index.js";
import { ComparisonResultSchema, type ComparisonResult } from "../src/schema/comparison.js";
import type { ExtractionResult } from "../src/schema/claim.js";
import { segmentHighlights, type Highlight } from "../src/report/segments.js";
import { buildComparison } from "./fixtures-hostile/report-fixture.js";

const result = ComparisonResultSchema.parse(buildComparison());

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ClaimdiffError);
    return (e as ClaimdiffError).code;
  }
  throw new Error("expected a ClaimdiffError, nothing was thrown");
}

const bad = [undefined, null, "report", 42, [], {}, { articles: [], events: [] }, { ...result, events: [{ id: 1 }] }];

describe("renderers reject bad arguments with a typed error", () => {
  it("renderHtml and renderMarkdown: invalid_result for anything that is not a comparison result", () => {
    for (const value of bad) {
      expect(
        codeOf(() => renderHtml(value as unknown as ComparisonResult)),
        String(value),
      ).toBe("invalid_result");
      expect(
        codeOf(() => renderMarkdown(value as unknown as ComparisonResult)),
        String(value),
      ).toBe("invalid_result");
    }
    const broken = structuredClone(result);
    (broken.articles[0]!.claims[0] as { span: unknown }).span = "0-10";
    expect(codeOf(() => renderHtml(broken))).toBe("invalid_result");
    try {
      renderMarkdown(broken);
    } catch (e) {
      expect((e as ClaimdiffError).message).toMatch(/span/);
    }
  });

  it("strict options: unknown keys and wrong types are invalid_options", () => {
    expect(codeOf(() => renderHtml(result, { titel: "x" } as never))).toBe("invalid_options");
    expect(codeOf(() => renderHtml(result, { title: 3 } as never))).toBe("invalid_options");
    expect(codeOf(() => renderHtml(result, { strongest: -1 }))).toBe("invalid_options");
    expect(codeOf(() => renderHtml(result, "title" as never))).toBe("invalid_options");
    expect(codeOf(() => renderMarkdown(result, { background: "no" } as never))).toBe("invalid_options");
    expect(codeOf(() => renderMarkdown(result, { title: "x", colour: true } as never))).toBe("invalid_options");
    expect(renderMarkdown(result, undefined)).toContain("# claimdiff report");
  });

  it("renderJson: invalid_result for undefined and anything not a result; results round-trip", () => {
    for (const value of [undefined, null, "x", 1, {}, { events: "no" }, [{ article: 1 }]]) {
      expect(
        codeOf(() => renderJson(value as never)),
        String(value),
      ).toBe("invalid_result");
    }
    const json = renderJson(result);
    expect(json.endsWith("}\n")).toBe(true);
    expect(ComparisonResultSchema.parse(JSON.parse(json))).toEqual(result);
    const extraction: ExtractionResult = {
      article: { ...result.articles[0]!, claims: undefined, text: undefined } as never,
      text: "t",
      claims: [],
      warnings: [],
    };
    delete (extraction.article as Record<string, unknown>)["claims"];
    delete (extraction.article as Record<string, unknown>)["text"];
    expect(JSON.parse(renderJson(extraction)).text).toBe("t");
    expect(JSON.parse(renderJson([extraction]))).toHaveLength(1);
  });

  it("renderNdjson: one JSON document a line; invalid_result for a non-array or an item with no JSON form", () => {
    const claims = result.articles.flatMap((a) => a.claims);
    const lines = renderNdjson(claims).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(claims.map((c) => c.id));
    expect(renderNdjson([])).toBe("");
    expect(codeOf(() => renderNdjson(undefined as never))).toBe("invalid_result");
    expect(codeOf(() => renderNdjson("abc" as never))).toBe("invalid_result");
    expect(codeOf(() => renderNdjson([{ a: 1 }, undefined]))).toBe("invalid_result");
    expect(codeOf(() => renderNdjson([() => 1]))).toBe("invalid_result");
    expect(codeOf(() => renderNdjson([{ n: 1n }]))).toBe("invalid_result");
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expect(codeOf(() => renderNdjson([cyclic]))).toBe("invalid_result");
  });
});

describe("highlighting is linear in the article", () => {
  /** `units` paragraphs of 115 characters, each with a claim and one nested in it. */
  function highlights(units: number): Highlight[] {
    const out: Highlight[] = [];
    for (let u = 0, at = 0; u < units; u++, at += 115) {
      out.push({ key: `c${2 * u + 1}`, span: [at, at + 83] }, { key: `c${2 * u + 2}`, span: [at + 20, at + 40] });
    }
    return out;
  }

  /** The best time of each function over `reps` interleaved runs (so both see the same load). */
  function best(fns: (() => void)[], reps = 9): number[] {
    const min = fns.map(() => Infinity);
    for (let i = 0; i < reps; i++) {
      fns.forEach((fn, k) => {
        const t0 = performance.now();
        fn();
        min[k] = Math.min(min[k]!, performance.now() - t0);
      });
    }
    return min;
  }

  // A ratio, not a wall-clock bound: cutting N highlights into segments is compared with a
  // plainly linear pass over the same highlights (one object per highlight) in the same process,
  // so machine speed and load cancel out. A sweep is 3–20× it (more under load); filtering every
  // highlight for every segment (the old way) was about 500× it at this size. The whole
  // report (4, 8, 16 MB articles) is measured by `node scripts/bench-report.mjs`.
  it("cuts highlights into segments in time linear in their number", () => {
    const hs = highlights(16_000);
    const length = hs.length * 115;
    const linear = () => hs.map((h) => ({ start: h.span[0], end: h.span[1], keys: [h.key] })).sort((a, b) => a.start - b.start);
    linear();
    segmentHighlights(length, hs);
    const [sweep, pass] = best([() => segmentHighlights(length, hs), linear]);
    const ratio = sweep! / pass!;
    console.info(`[report] segmentHighlights of 32k highlights: ×${ratio.toFixed(1)} a linear pass over them`);
    expect(ratio).toBeLessThan(60);
  });
});
