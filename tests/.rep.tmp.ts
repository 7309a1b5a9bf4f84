import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { makeClaim } from "../tests/helpers/gold-claims.js";
const lang = process.argv[2] ?? "en";
for (const t of process.argv.slice(3)) {
  const c = makeClaim({ assertion: t, speaker: "White House", side: "US", language: lang });
  const r = represent(c, lexiconFor(lang, []).lexicon, 0);
  console.log(JSON.stringify({ concepts: r.concepts, states: r.states, people: r.people, roles: r.roles, q: r.quantities.map(q=>[q.kind,q.unit,Math.round(q.lo),Math.round(q.hi),q.text]), pred: r.predicates.map(p=>(p.negated?"!":"")+p.cls), ev: r.evaluations.map(e=>e.level+":"+e.text), topics: r.topics, keys: r.keys.map(k=>k.key).join(" ") }));
}
