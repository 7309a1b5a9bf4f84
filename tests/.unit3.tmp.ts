import { compareClaims } from "../src/compare/index.js";
import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { eventWeights } from "../src/compare/match/weights.js";
import { scorePairs } from "../src/compare/match/pairs.js";
import { makeClaim } from "./helpers/gold-claims.js";
const claims = [
  makeClaim({ article: "wh", speaker: "White House", side: "US", assertion: "President Trump spoke today with President Putin of Russia by phone." }),
  makeClaim({ article: "wh", speaker: "White House", side: "US", assertion: "Trump said he would meet Putin as soon as possible." }),
  makeClaim({ article: "kr", speaker: "Kremlin", side: "RU", assertion: "Vladimir Putin had a telephone conversation with Donald Trump." }),
  makeClaim({ article: "kr", speaker: "Kremlin", side: "RU", assertion: "Such a meeting needs considerable preparation." }),
];
const reps = claims.map((c, i) => represent(c, lexiconFor("en", []).lexicon, i));
const w = eventWeights(reps);
for (const p of scorePairs(reps, w, null)) console.log(p.a.claim.assertion.slice(0, 30), "|", p.b.claim.assertion.slice(0, 30), p.relation, p.evidence.score.toFixed(2), p.evidence.shared.map((k) => k.key + "/" + k.kind).join(" "));
const r = compareClaims(claims);
console.log(r.events.map((e) => [e.participants, e.accounts.map(a=>a.side), e.disagreements.map((d) => d.type)]));
