import { compareClaims } from "../src/compare/index.js";
import { makeClaim } from "./helpers/gold-claims.js";
const claims = [
  makeClaim({ id: "wh:c1", article: "wh", speaker: "White House", side: "US", assertion: "President Trump spoke today with President Putin of Russia by phone." }),
  makeClaim({ id: "wh:c2", article: "wh", speaker: "White House", side: "US", assertion: "The call covered Syria." }),
  makeClaim({ id: "kr:c1", article: "kr", speaker: "Kremlin", side: "RU", assertion: "Vladimir Putin had a telephone conversation with Donald Trump." }),
  makeClaim({ id: "kr:c2", article: "kr", speaker: "Kremlin", side: "RU", assertion: "The conversation covered Syria." }),
  makeClaim({ id: "kr:c3", article: "kr", speaker: "Kremlin", side: "RU", assertion: "The crisis around North Korea was discussed in detail." }),
  makeClaim({ id: "wire:c1", article: "wire", speaker: "Reuters", side: null, assertion: "Both leaders agreed on a diplomatic path on North Korea." }),
];
const r = compareClaims(claims);
for (const e of r.events) { console.log(e.id, e.claims, e.participants); for (const d of e.disagreements) console.log(d.type, d.topic, d.claims); }
