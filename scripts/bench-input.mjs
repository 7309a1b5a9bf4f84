// The bench's input, shared by scripts/bench.mjs and scripts/dev/compare-same.mjs: the articles it
// replicates and the shift that makes copies of an extraction result distinct articles.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export function loadDir(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const side = join(dir, `${id}.json`);
      const meta = existsSync(side) ? JSON.parse(readFileSync(side, "utf8")) : {};
      // only the fields of an article (a sidecar may hold notes)
      const pick = Object.fromEntries(
        ["language", "publishedAt", "outlet", "url", "issuer", "title"].filter((k) => typeof meta[k] === "string").map((k) => [k, meta[k]]),
      );
      return { ...pick, id, text: readFileSync(join(dir, f), "utf8") };
    });
}
// The shared development corpora beside the project (../shared/corpus: seeds and readouts, the
// set the earlier benchmark rows were measured on) when present; else the team's own fixtures.
const sharedCorpus = join(root, "..", "shared", "corpus");
const haveShared = existsSync(join(sharedCorpus, "seeds"));
const team = () =>
  readdirSync(join(root, "fixtures/lang"))
    .sort()
    .flatMap((code) => loadDir(join(root, "fixtures/lang", code)));
export const seeds = () => (haveShared ? loadDir(join(sharedCorpus, "seeds")) : team());
export const fixtures = () => (haveShared ? [...seeds(), ...loadDir(join(sharedCorpus, "readouts"))] : team());

/** A copy of an extraction result moved `r` × 45 days later, with its own ids and outlet. */
export function shifted(res, r) {
  const days = r * 45;
  const shift = (iso) => {
    if (!iso) return iso;
    const [y, m = "01", d = "01"] = iso.slice(0, 10).split("-");
    const t = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)) + days * 86400000).toISOString();
    return iso.length >= 10 ? t.slice(0, 10) + iso.slice(10) : t.slice(0, iso.length);
  };
  const id = `${res.article.id}~${r}`;
  const outlet = res.article.outlet ? `${res.article.outlet} ${r}` : res.article.outlet;
  return {
    ...res,
    article: { ...res.article, id, outlet, publishedAt: shift(res.article.publishedAt) },
    claims: res.claims.map((c, k) => ({ ...c, id: `${id}:c${k + 1}`, articleId: id, outlet, date: { ...c.date, iso: shift(c.date.iso) } })),
  };
}
