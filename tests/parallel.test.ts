import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { ClaimdiffError, extendLanguagePack, extractClaims, getLanguagePack, type ArticleInput } from "../src/index.js";
import { extractClaimsStream } from "../src/stream.js";
import { createExtractPool, defaultWorker, type ExtractPool } from "../src/parallel/pool.js";
import { MAX_JOBS } from "../src/parallel/jobs.js";
import { availableParallelism } from "node:os";
import { teamArticles } from "./helpers/corpus.js";

// Worker threads (piscina). Under vitest the TypeScript sources run, so the default worker is
// src/parallel/worker.ts loaded through tsx (`--import tsx` in the threads' execArgv); the built
// dist/worker.js and dist/worker.cjs are tested too when dist/ has been built.

const fixtures = teamArticles();
const batch: ArticleInput[] = Array.from({ length: 3 * fixtures.length }, (_, i) => ({
  ...fixtures[i % fixtures.length]!,
  id: `${fixtures[i % fixtures.length]!.id}#${i}`,
}));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

let pool: ExtractPool;
beforeAll(() => {
  pool = createExtractPool({ jobs: 2 });
});
afterAll(async () => {
  await pool.close();
});

describe("worker pool", () => {
  it("runs the TypeScript worker from the sources", () => {
    const w = defaultWorker();
    expect(w.file).toBe(resolve("src/parallel/worker.ts"));
    expect(w.execArgv).toEqual(["--import", expect.stringMatching(/^file:.*\/node_modules\/tsx\/.*\.mjs$/)]);
  });

  it("extracts exactly what extractClaims returns, in input order", async () => {
    const got = await collect(extractClaimsStream(batch, { pool }));
    expect(got.map((r) => r.article.id)).toEqual(batch.map((a) => a.id));
    expect(got).toEqual(batch.map((a) => extractClaims(a)));
  });

  it("keeps at most `window` articles in flight (default 8 × jobs), and never reads ahead of that", async () => {
    const state = { pulled: 0, maxAhead: 0, yielded: 0, returned: false };
    async function* source() {
      try {
        for (const a of batch) {
          state.pulled++;
          state.maxAhead = Math.max(state.maxAhead, state.pulled - state.yielded);
          yield a;
        }
      } finally {
        state.returned = true;
      }
    }
    for await (const r of extractClaimsStream(source(), { pool, window: 3 })) {
      expect(r.article.id).toBe(batch[state.yielded]!.id);
      state.yielded++;
      await new Promise((res) => setTimeout(res, 2)); // a slow consumer
    }
    expect(state.yielded).toBe(batch.length);
    // the window plus the one refilled while a result is handed over
    expect(state.maxAhead).toBeLessThanOrEqual(3 + 1);
    expect(state.maxAhead).toBeGreaterThan(1); // it does run ahead: the threads are kept busy
    expect(state.returned).toBe(true);
  });

  it("brings a worker's ClaimdiffError back with its code", async () => {
    await expect(pool.run({ id: "x" } as ArticleInput)).rejects.toMatchObject({ name: "ClaimdiffError", code: "invalid_article" });
    await expect(pool.run({ text: "x", language: "zz" })).rejects.toBeInstanceOf(ClaimdiffError);
    const errors: [string, number][] = [];
    const input = [batch[0]!, { id: "bad" } as ArticleInput, batch[1]!];
    const got = await collect(extractClaimsStream(input, { pool, onError: (e, i) => errors.push([(e as ClaimdiffError).code, i]) }));
    expect(got.map((r) => r.article.id)).toEqual([batch[0]!.id, batch[1]!.id]);
    expect(errors).toEqual([["invalid_article", 1]]);
    await expect(collect(extractClaimsStream(input, { pool }))).rejects.toMatchObject({ code: "invalid_article" });
  });

  it("a stream with jobs > 1 starts its own pool with the extraction options, and closes it", async () => {
    // a custom pack reaches the threads: "harrumphed" is a reporting verb only in the extended pack
    const en = extendLanguagePack(getLanguagePack("en"), { reporting: { verbs: ["harrumphed"] } });
    const article: ArticleInput = { id: "q", text: "“We will see,” Peskov harrumphed on Monday.", language: "en", publishedAt: "2025-05-16" };
    expect(extractClaims(article).claims).toHaveLength(0);
    const [r] = await collect(extractClaimsStream([article, { ...article, id: "q2" }], { jobs: 2, packs: [en] }));
    expect(r!.claims).toHaveLength(1);
    expect(r!.claims[0]!.speaker.name).toBe("Dmitry Peskov");
    expect(r!.claims[0]!.cue).toBe("harrumphed");
  });

  it("runs a batch of articles in one task: one result or error per article, in order", async () => {
    const input = [batch[0]!, { id: "bad" } as ArticleInput, batch[1]!];
    const got = await pool.runBatch(input);
    expect(got).toHaveLength(3);
    expect(got[0]).toEqual({ ok: true, value: extractClaims(batch[0]!) });
    expect(got[1]).toMatchObject({ ok: false, error: { name: "ClaimdiffError", code: "invalid_article" } });
    expect(got[2]).toEqual({ ok: true, value: extractClaims(batch[1]!) });
    expect(await pool.runBatch([])).toEqual([]);
    expect(pool.pending).toBe(0);
  });

  it("a closed pool refuses work", async () => {
    const p = createExtractPool({ jobs: 1 });
    await p.close();
    await expect(p.run(batch[0]!)).rejects.toMatchObject({ code: "invalid_options" });
    await expect(p.runBatch([batch[0]!])).rejects.toMatchObject({ code: "invalid_options" });
    expect(() => createExtractPool({ jobs: -2 })).toThrow(ClaimdiffError);
    expect(() => createExtractPool({ options: { minConfidence: 2 } })).toThrow(/minConfidence|Invalid/);
  });
});

const built = ["dist/worker.js", "dist/index.js", "dist/index.cjs"].every((f) => existsSync(f));
describe.skipIf(!built)("the built worker (dist/, after npm run build)", () => {
  // One worker for both module formats: dist/index.cjs loads the ES module build.
  for (const index of ["dist/index.js", "dist/index.cjs"] as const) {
    it(`dist/worker.js gives the results of ${index}`, async () => {
      // compared with the build it belongs to, so a dist/ older than the sources cannot fail this
      const lib = (index.endsWith(".cjs") ? createRequire(import.meta.url)(resolve(index)) : await import(pathToFileURL(resolve(index)).href)) as {
        extractClaims: typeof extractClaims;
      };
      const p = createExtractPool({ jobs: 1, workerFile: resolve("dist/worker.js") });
      try {
        const got = await Promise.all(fixtures.slice(0, 4).map((a) => p.run(a)));
        expect(got).toEqual(fixtures.slice(0, 4).map((a) => lib.extractClaims(a)));
        expect(got.some((r) => r.claims.length > 5)).toBe(true);
      } finally {
        await p.close();
      }
    });
  }
});

describe("threads are bounded", () => {
  it("rejects absurd or malformed jobs with invalid_options, at once", () => {
    for (const jobs of [1e9, MAX_JOBS + 1, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "4" as unknown as number]) {
      expect(() => createExtractPool({ jobs }), String(jobs)).toThrow(expect.objectContaining({ code: "invalid_options" }));
    }
  });

  it("rejects unknown option keys and non-object options", () => {
    expect(() => createExtractPool({ jobs: 1, threads: 4 } as never)).toThrow(
      expect.objectContaining({ code: "invalid_options", message: expect.stringMatching(/"threads"/) }),
    );
    expect(() => createExtractPool("4" as never)).toThrow(expect.objectContaining({ code: "invalid_options" }));
    expect(() => createExtractPool({ execArgv: "--inspect" } as never)).toThrow(expect.objectContaining({ code: "invalid_options" }));
  });

  it("caps the threads at the cores, and starts them only when there is work", async () => {
    const p = createExtractPool({ jobs: MAX_JOBS });
    try {
      expect(p.jobs).toBe(Math.max(1, availableParallelism()));
      expect(p.threads).toBe(0);
      await p.run(fixtures[0]!);
      expect(p.threads).toBe(1); // one article: one thread, whatever the cap
    } finally {
      await p.close();
    }
  });

  it("a stream over an array runs no more threads than it has articles", async () => {
    const one = [fixtures[0]!];
    const got = await collect(extractClaimsStream(one, { jobs: MAX_JOBS }));
    expect(got).toEqual([extractClaims(fixtures[0]!)]);
  });
});
