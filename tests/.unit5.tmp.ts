import { compareClaims } from "../src/compare/index.js";
import { makeClaim } from "./helpers/gold-claims.js";
const claims = ["o1", "o2", "o3"].map((article) =>
  makeClaim({ id: `${article}:c1`, article, speaker: "Kremlin", side: "RU", date: "2021-12-07", assertion: "Putin stressed that Russia seeks legally binding security guarantees ruling out NATO expansion." }));
claims.push(makeClaim({ id: "o4:c1", article: "o4", speaker: "White House", side: "US", date: "2021-12-07", assertion: "Biden held a video call with Putin." }));
const r = compareClaims(claims);
console.log(r.articles.map(a => [a.id, a.copyOf]), r.events.map(e => [e.claims, e.alignments.map(a => a.claims)]));
