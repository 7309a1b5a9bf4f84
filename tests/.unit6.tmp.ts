import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { eventWeights } from "../src/compare/match/weights.js";
import { scorePairs } from "../src/compare/match/pairs.js";
import { makeClaim } from "./helpers/gold-claims.js";
const texts: [string, string, string][] = [
  ["wh", "US", "President Biden held a video call today with President Putin of Russia."],
  ["wh", "US", "Biden voiced concern about the situation around Ukraine."],
  ["wh", "US", "The presidents also discussed the dialogue on strategic stability, a separate dialogue on ransomware, and Iran."],
  ["kr", "RU", "Vladimir Putin had a conversation with Joseph Biden by video link."],
  ["kr", "RU", "The situation around Ukraine was discussed at length."],
  ["kr", "RU", "They discussed the Joint Comprehensive Plan of Action on the Iranian nuclear programme."],
  ["kr", "RU", "The meeting also included an exchange of views on cybersecurity and ransomware."],
];
const reps = texts.map(([a, s, t], i) => represent(makeClaim({ id: `${a}:${i}`, article: a, speaker: s === "US" ? "White House" : "Kremlin", side: s, assertion: t }), lexiconFor("en", []).lexicon, i));
const w = eventWeights(reps, { ids: ["joe-biden", "vladimir-putin"], sides: ["US", "RU"] });
for (const p of scorePairs(reps, w, null)) if (p.relation === "corroboration") console.log(p.a.claim.id, p.b.claim.id, p.evidence.score.toFixed(2), p.evidence.containment.toFixed(2), p.evidence.discriminative, p.evidence.shared.map(k=>k.key+"/"+k.kind).join(" "));
for (const r of reps) console.log(r.claim.id, r.keys.map(k=>k.key).join(" "), r.listRun);
