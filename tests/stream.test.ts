import { describe, expect, it } from "vitest";
import { ClaimdiffError, extractClaims, type ArticleInput, type ExtractionResult } from "../src/index.js";
import { extractClaimsStream } from "../src/stream.js";
import { teamArticles } from "./helpers/corpus.js";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const articles = teamArticles();

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** An async source that counts how many articles were pulled from it. */
function counted(items: readonly ArticleInput[], delayMs = 0) {
  const state = { pulled: 0, returned: false };
  async function* gen() {
    try {
      for (const a of items) {
        if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
        state.pulled++;
        yield a;
      }
    } finally {
      state.returned = true;
    }
  }
  return { source: gen(), state };
}

describe("extractClaimsStream (in the calling thread)", () => {
  it("yields exactly what extractClaims returns, one result per article, in input order", async () => {
    const got = await collect(extractClaimsStream(articles));
    expect(got.map((r) => r.article.id)).toEqual(articles.map((a) => a.id));
    expect(got).toEqual(articles.map((a) => extractClaims(a)));
    expect(got.some((r) => r.claims.length > 10)).toBe(true);
  });

  it("reads an async iterable lazily: one article in flight, never ahead of the consumer", async () => {
    const { source, state } = counted(articles, 1);
    const seen: number[] = [];
    for await (const r of extractClaimsStream(source)) {
      seen.push(state.pulled);
      expect(r.article.id).toBe(articles[seen.length - 1]!.id);
    }
    // when the k-th result is handed over, exactly k articles have been read
    expect(seen).toEqual(articles.map((_, i) => i + 1));
  });

  it("stops reading and closes the source when the consumer breaks off", async () => {
    const { source, state } = counted(articles);
    for await (const r of extractClaimsStream(source)) {
      expect(r.article.id).toBe(articles[0]!.id);
      break;
    }
    expect(state.pulled).toBe(1);
    expect(state.returned).toBe(true);
  });

  it("takes the extraction options (minConfidence drops claims)", async () => {
    // an article whose claims have different confidences; keep only its most confident ones
    const a = articles.find((x) => new Set(extractClaims(x).claims.map((c) => c.confidence)).size > 1)!;
    const top = Math.max(...extractClaims(a).claims.map((c) => c.confidence));
    const [all] = await collect(extractClaimsStream([a]));
    const [some] = await collect(extractClaimsStream([a], { minConfidence: top }));
    expect(all!.claims.some((c) => c.confidence < top)).toBe(true);
    expect(some!.claims.length).toBeGreaterThan(0);
    expect(some!.claims.every((c) => c.confidence >= top)).toBe(true);
    expect(some!.claims.length).toBeLessThan(all!.claims.length);
  });

  it("throws the article's ClaimdiffError without onError, and goes on with it", async () => {
    const bad = [articles[0]!, { id: "broken" } as ArticleInput, articles[1]!];
    await expect(collect(extractClaimsStream(bad))).rejects.toMatchObject({ code: "invalid_article" });
    const errors: [string, number][] = [];
    const got = await collect(extractClaimsStream(bad, { onError: (e, i) => errors.push([(e as ClaimdiffError).code, i]) }));
    expect(got.map((r) => r.article.id)).toEqual([articles[0]!.id, articles[1]!.id]);
    expect(errors).toEqual([["invalid_article", 1]]);
  });

  it("rejects bad options before reading anything", async () => {
    const { source, state } = counted(articles);
    await expect(collect(extractClaimsStream(source, { jobs: -1 }))).rejects.toBeInstanceOf(ClaimdiffError);
    await expect(collect(extractClaimsStream([], { jobs: 1.5 }))).rejects.toMatchObject({ code: "invalid_options" });
    await expect(collect(extractClaimsStream([], { nope: true } as never))).rejects.toMatchObject({ code: "invalid_options" });
    await expect(collect(extractClaimsStream(42 as never))).rejects.toMatchObject({ code: "invalid_input" });
    expect(state.pulled).toBe(0);
  });

  it("streams a batch of 20k small articles from a generator in bounded memory", async () => {
    // A real collection: --expose-gc turned on from inside, since vitest does not pass it.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    expect(typeof gc).toBe("function");
    function* small(n: number) {
      for (let i = 0; i < n; i++)
        yield { id: `s${i}`, text: `“Talks will continue in ${(i % 28) + 1} days,” Peskov said on Monday.`, language: "en", publishedAt: "2025-05-16" };
    }
    /** Heap still in use, after a full collection, at each of 10 points of the stream. */
    async function retained(n: number, keep: ExtractionResult[] | null): Promise<number> {
      gc();
      const before = process.memoryUsage().heapUsed;
      let count = 0,
        claims = 0,
        most = 0;
      for await (const r of extractClaimsStream(small(n))) {
        count++;
        claims += r.claims.length;
        keep?.push(r);
        if (count % (n / 10) === 0) {
          gc();
          most = Math.max(most, process.memoryUsage().heapUsed - before);
        }
      }
      expect([count, claims]).toEqual([n, n]);
      return most;
    }
    const streamed = await retained(20_000, null);
    const kept: ExtractionResult[] = [];
    const keeping = await retained(10_000, kept); // the control: a consumer that keeps every result
    const limit = 8 * 1024 * 1024;
    // dropping the results, the heap does not grow with the number of articles read (~2 MB here)
    expect(streamed).toBeLessThan(limit);
    // and the measure can tell: half as many articles, kept, exceed the limit (~15 MB here)
    expect(keeping).toBeGreaterThan(limit);
    expect(kept).toHaveLength(10_000);
  });
});

describe("the stream keeps claims identical for every article shape", () => {
  it("html input and first-party readouts come through unchanged", async () => {
    const html: ArticleInput = {
      id: "h",
      html: "<html><head><meta property='og:site_name' content='Reuters'></head><body><article><p>“Talks will continue,” Peskov said on Monday.</p></article></body></html>",
      publishedAt: "2025-05-16",
      language: "en",
    };
    const results: ExtractionResult[] = await collect(extractClaimsStream([html, articles.at(-1)!]));
    expect(results).toEqual([extractClaims(html), extractClaims(articles.at(-1)!)]);
    expect(results[0]!.claims[0]!.speaker.name).toBe("Dmitry Peskov");
  });
});
